/**
 * JMH micro-benchmarks of Kiln's per-request path: request parsing, response writing, route
 * dispatch. They use http-core's internal classes, so they run on the class path. See the module's
 * README for how to run them with {@code -prof gc}.
 */
package dev.kiln.benchmarks.jmh;
