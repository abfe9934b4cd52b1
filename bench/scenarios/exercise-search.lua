-- GET a page of 20 exercises of the library (catalogue + 10,000 workspace exercises) matching a search term.
local bench = dofile(os.getenv("BENCH_DIR") .. "/scenarios/common.lua")
local terms = { "squat", "press", "row", "curl", "deadlift", "lunge", "tempo", "paused", "rdl", "bench", "pull", "raise" }
request = bench.request("GET", function(t)
  return "/api/v1/workspaces/" .. t.w .. "/exercises?limit=20&q=" .. terms[math.random(#terms)]
end)
done = bench.done
