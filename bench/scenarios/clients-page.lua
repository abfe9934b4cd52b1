-- GET the first page of 20 clients of the caller's workspace.
local bench = dofile(os.getenv("BENCH_DIR") .. "/scenarios/common.lua")
request = bench.request("GET", function(t) return "/api/v1/workspaces/" .. t.w .. "/clients?limit=20" end)
done = bench.done
