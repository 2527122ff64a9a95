-- POST a small JSON order (the body of dev.kiln.benchmarks.suite.JsonScenario.ORDER); the server
-- binds it to a record and answers a JSON receipt.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")

wrk.method = "POST"
wrk.body = '{"item":"kiln","quantity":3,"tags":["fast","small"]}'
wrk.headers["Content-Type"] = "application/json"
