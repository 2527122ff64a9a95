-- Shared by the suite's wrk scripts: after the run, prints one machine-readable line that
-- benchmarks/run.sh reads (wrk's own summary is printed as usual above it).
--   KILN_RESULT requests=<n> duration_us=<n> p50_us=<n> p99_us=<n> errors=<n> non2xx=<n>
-- errors counts connect, read, write and timeout errors; non2xx counts responses outside 2xx/3xx.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "KILN_RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d errors=%d non2xx=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, e.status))
end
