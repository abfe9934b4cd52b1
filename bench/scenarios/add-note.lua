-- POST a coach note (the write path: the body is encrypted under the client's data key).
local bench = dofile(os.getenv("BENCH_DIR") .. "/scenarios/common.lua")
request = bench.request("POST", function(t) return "/api/v1/workspaces/" .. t.w .. "/clients/" .. t.c .. "/notes" end,
    function(t) return '{"body":"Squat 3x5 at 100 kg felt easy; add 2.5 kg next week. Sleep was short."}' end)
done = bench.done
