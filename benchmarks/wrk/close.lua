-- GET with "Connection: close": one request per connection, so accept and connection setup dominate.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")

wrk.headers["Connection"] = "close"
