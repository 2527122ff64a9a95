/**
 * A JSON REST API in memory ({@link dev.kiln.examples.todo.TodoApp}): records in and out, path and
 * query binding, validation errors as {@code application/problem+json}, 404 for unknown ids.
 */
package dev.kiln.examples.todo;
