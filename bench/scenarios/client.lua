-- GET one client of the caller's workspace.
local bench = dofile(os.getenv("BENCH_DIR") .. "/scenarios/common.lua")
request = bench.request("GET", function(t) return "/api/v1/workspaces/" .. t.w .. "/clients/" .. t.c end)
done = bench.done
