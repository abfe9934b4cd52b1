-- GET a page of 20 clients from deep inside a large roster (the target's cursor points past most of it).
local bench = dofile(os.getenv("BENCH_DIR") .. "/scenarios/common.lua")
request = bench.request("GET", function(t) return "/api/v1/workspaces/" .. t.w .. "/clients?limit=20&cursor=" .. t.cursor end)
done = bench.done
