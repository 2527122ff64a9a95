package dev.kiln.examples.todo;

/**
 * The JSON body of {@code POST /todos} and {@code PUT /todos/{id}}, e.g.
 * {@code {"title": "buy milk", "done": false}}. For {@code PATCH} any field may be left out.
 *
 * @param title what to do; required on POST and PUT
 * @param done whether it is done; {@code false} when left out on POST, required on PUT
 */
public record TodoDraft(String title, Boolean done) {
}
