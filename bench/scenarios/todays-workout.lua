-- GET today's workout of a client: their running program's day, % of 1RM resolved from their recent sets.
local bench = dofile(os.getenv("BENCH_DIR") .. "/scenarios/common.lua")
request = bench.request("GET", function(t) return "/api/v1/workspaces/" .. t.w .. "/clients/" .. t.c .. "/workouts/today" end)
done = bench.done
