-- GET a client's compliance over 7, 30 and 90 days; the client has two years of nutrition logs and habits.
local bench = dofile(os.getenv("BENCH_DIR") .. "/scenarios/common.lua")
request = bench.request("GET", function(t) return "/api/v1/workspaces/" .. t.w .. "/clients/" .. t.c .. "/compliance" end)
done = bench.done
