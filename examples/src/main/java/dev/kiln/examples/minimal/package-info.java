/** The smallest Kiln app: one handler on plain http-core, in one file. */
package dev.kiln.examples.minimal;
