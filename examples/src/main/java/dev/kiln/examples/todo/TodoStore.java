package dev.kiln.examples.todo;

import dev.kiln.http.core.NotFoundException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The to-do items, in memory. Ids start at 1 and are never reused. Thread-safe without locks:
 * every change is one atomic operation on a concurrent map.
 */
@Singleton
public final class TodoStore {

    private final Map<Long, Todo> todos = new ConcurrentHashMap<>();
    private final AtomicLong lastId = new AtomicLong();

    /** Creates an empty store. */
    @Inject
    public TodoStore() {
    }

    /**
     * Lists items by id.
     *
     * @param done only items with this state, or empty for all
     * @param limit at most this many, 1 or more
     * @return the items
     */
    public List<Todo> list(Optional<Boolean> done, int limit) {
        return todos.values().stream()
                .filter(todo -> done.isEmpty() || todo.done() == done.get())
                .sorted(Comparator.comparingLong(Todo::id))
                .limit(limit)
                .toList();
    }

    /**
     * Returns an item.
     *
     * @param id the id
     * @return the item
     * @throws NotFoundException when there is no item with this id
     */
    public Todo get(long id) {
        Todo todo = todos.get(id);
        if (todo == null) {
            throw notFound(id);
        }
        return todo;
    }

    /**
     * Adds an item.
     *
     * @param draft its title and optional state
     * @return the new item with its id
     * @throws InvalidTodoException when the draft breaks a rule
     */
    public Todo create(TodoDraft draft) {
        String title = TodoRules.title(draft.title());
        boolean done = draft.done() != null && draft.done();
        Todo todo = new Todo(lastId.incrementAndGet(), title, done);
        todos.put(todo.id(), todo);
        return todo;
    }

    /**
     * Replaces an item's title and state.
     *
     * @param id the id
     * @param draft the new title and state, both required
     * @return the changed item
     * @throws InvalidTodoException when the draft breaks a rule
     * @throws NotFoundException when there is no item with this id
     */
    public Todo replace(long id, TodoDraft draft) {
        Todo replacement = new Todo(id, TodoRules.title(draft.title()), TodoRules.done(draft.done()));
        Todo changed = todos.computeIfPresent(id, (key, old) -> replacement);
        if (changed == null) {
            throw notFound(id);
        }
        return changed;
    }

    /**
     * Changes the fields given in a draft and keeps the others.
     *
     * @param id the id
     * @param draft the fields to change; absent ones stay
     * @return the changed item
     * @throws InvalidTodoException when a given field breaks a rule
     * @throws NotFoundException when there is no item with this id
     */
    public Todo update(long id, TodoDraft draft) {
        String title = draft.title() == null ? null : TodoRules.title(draft.title());
        Todo changed = todos.computeIfPresent(id, (key, old) -> new Todo(id,
                title == null ? old.title() : title,
                draft.done() == null ? old.done() : draft.done()));
        if (changed == null) {
            throw notFound(id);
        }
        return changed;
    }

    /**
     * Removes an item.
     *
     * @param id the id
     * @throws NotFoundException when there is no item with this id
     */
    public void delete(long id) {
        if (todos.remove(id) == null) {
            throw notFound(id);
        }
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("no todo with id " + id);
    }
}
