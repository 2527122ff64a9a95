/**
 * Command-line and environment configuration shared by the example apps: every setting has a flag
 * and an environment variable, and {@code --help} lists them.
 */
package dev.kiln.examples.config;
