/** The suite's routes as annotated methods, scanned by {@link dev.kiln.benchmarks.suite.KilnRouterServer}. */
package dev.kiln.benchmarks.suite.routes;
