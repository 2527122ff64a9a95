package dev.kiln.examples.todo;

/**
 * One to-do item, as stored and as sent to clients in JSON.
 *
 * @param id the id the store gave it
 * @param title what to do, 1 to {@value TodoRules#MAX_TITLE} characters
 * @param done whether it is done
 */
public record Todo(long id, String title, boolean done) {
}
