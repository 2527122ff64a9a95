/** The annotated routes {@link dev.kiln.benchmarks.jmh.RouterDispatchBenchmark} scans. */
package dev.kiln.benchmarks.jmh.routes;
