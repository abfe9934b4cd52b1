-- GET /me: the caller and their workspaces.
local bench = dofile(os.getenv("BENCH_DIR") .. "/scenarios/common.lua")
request = bench.request("GET", function(t) return "/api/v1/me" end)
done = bench.done
