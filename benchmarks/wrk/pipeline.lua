-- Pipelined GET: each connection sends PIPELINE_DEPTH requests (default 16) in one write and
-- reads the responses in order. wrk counts every response, so requests/s is responses/s.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")

local depth = tonumber(os.getenv("PIPELINE_DEPTH") or "16")
local batch

init = function(args)
  local path = wrk.path
  local one = wrk.format("GET", path)
  local all = {}
  for i = 1, depth do
    all[i] = one
  end
  batch = table.concat(all)
end

request = function()
  return batch
end
