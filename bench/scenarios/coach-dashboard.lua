-- GET the coach dashboard as a workspace's owner, who sees all its clients (300 by default): 150 check-ins awaiting
-- review with their metrics, 300 weekly schedules.
local bench = dofile(os.getenv("BENCH_DIR") .. "/scenarios/common.lua")
request = bench.request("GET", function(t) return "/api/v1/workspaces/" .. t.w .. "/checkin-review/dashboard" end)
done = bench.done
