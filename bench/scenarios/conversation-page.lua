-- GET the newest page (50) of a client's conversation; the client has 2,000 messages (clients 1 and 2 of a workspace).
local bench = dofile(os.getenv("BENCH_DIR") .. "/scenarios/common.lua")
request = bench.request("GET", function(t) return "/api/v1/workspaces/" .. t.w .. "/clients/" .. t.c .. "/conversation/messages?limit=50" end)
done = bench.done
