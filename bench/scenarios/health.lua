-- GET /health/live: no token, no database; what the server answers doing no work.
local bench = dofile(os.getenv("BENCH_DIR") .. "/scenarios/common.lua")
request = function() return wrk.format("GET", "/health/live") end
done = bench.done
