/**
 * The side-by-side suite's servers: Kiln and its peers answering the same routes, started by
 * {@code benchmarks/run.sh} through {@link dev.kiln.benchmarks.suite.ServeMain}, and the
 * {@link dev.kiln.benchmarks.suite.ResultsTable} that turns the raw figures into markdown.
 */
package dev.kiln.benchmarks.suite;
