-- Shared by every scenario (wrk runs each thread in its own Lua state, so each loads this file once).
-- The harness writes the targets file named by BENCH_TARGETS: one line per target, tab-separated:
--   token  workspaceId  clientId  [cursor]
-- Each request picks a target at random, so the load spreads over many people's tokens and workspaces.
local bench = {}

local targets = {}
for line in io.lines(os.getenv("BENCH_TARGETS")) do
  local token, w, c, cursor = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t?([^\t]*)$")
  if token then
    targets[#targets + 1] = { token = token, w = w, c = c, cursor = cursor }
  end
end
assert(#targets > 0, "no targets in " .. tostring(os.getenv("BENCH_TARGETS")))

math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)

local function pick()
  return targets[math.random(#targets)]
end

-- A request function for wrk: path(target) gives the path; body(target), when given, makes it a JSON POST.
function bench.request(method, path, body)
  return function()
    local t = pick()
    local headers = { ["Authorization"] = "Bearer " .. t.token, ["Accept"] = "application/json" }
    local payload = nil
    if body then
      headers["Content-Type"] = "application/json"
      payload = body(t)
    end
    return wrk.format(method, path(t), headers, payload)
  end
end

-- One machine-readable line for the harness: requests/s, p50 and p99 in ms, the count of answers, and the count of
-- failed ones (status >= 400 and socket errors; timeouts only slow a scenario down, they are in the latencies).
function bench.done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local failed = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
  io.write(string.format("BENCH %.1f %.2f %.2f %d %d\n", summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests, failed))
end

return bench
