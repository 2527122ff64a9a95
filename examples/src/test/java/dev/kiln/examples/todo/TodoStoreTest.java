package dev.kiln.examples.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.http.core.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TodoStoreTest {

    private final TodoStore store = new TodoStore();

    @Test
    void createsItemsWithIncreasingIdsAndTrimmedTitles() {
        assertEquals(new Todo(1, "buy milk", false), store.create(new TodoDraft("  buy milk ", null)));
        assertEquals(new Todo(2, "call Ada", true), store.create(new TodoDraft("call Ada", true)));
        assertEquals(List.of(new Todo(1, "buy milk", false), new Todo(2, "call Ada", true)),
                store.list(Optional.empty(), 100));
    }

    @Test
    void filtersAndLimitsTheList() {
        store.create(new TodoDraft("a", false));
        store.create(new TodoDraft("b", true));
        store.create(new TodoDraft("c", false));
        assertEquals(List.of("a", "c"), store.list(Optional.of(false), 10).stream().map(Todo::title).toList());
        assertEquals(List.of("a"), store.list(Optional.empty(), 1).stream().map(Todo::title).toList());
    }

    @Test
    void replacesAndUpdatesItems() {
        long id = store.create(new TodoDraft("a", false)).id();
        assertEquals(new Todo(id, "b", true), store.replace(id, new TodoDraft("b", true)));
        assertEquals(new Todo(id, "b", false), store.update(id, new TodoDraft(null, false)));
        assertEquals(new Todo(id, "c", false), store.update(id, new TodoDraft("c", null)));
        assertEquals(new Todo(id, "c", false), store.get(id));
    }

    @Test
    void refusesDraftsThatBreakARuleNamingTheField() {
        assertEquals("title", assertThrows(InvalidTodoException.class, () -> store.create(new TodoDraft(null, null))).field());
        assertEquals("title must not be blank",
                assertThrows(InvalidTodoException.class, () -> store.create(new TodoDraft("  ", null))).getMessage());
        assertEquals("title must be at most 200 characters, was 201",
                assertThrows(InvalidTodoException.class, () -> store.create(new TodoDraft("x".repeat(201), null))).getMessage());
        long id = store.create(new TodoDraft("a", false)).id();
        assertEquals("done", assertThrows(InvalidTodoException.class, () -> store.replace(id, new TodoDraft("b", null))).field());
        assertEquals(new Todo(id, "a", false), store.get(id), "a refused change changes nothing");
    }

    @Test
    void answersNotFoundForUnknownIds() {
        assertEquals("no todo with id 42", assertThrows(NotFoundException.class, () -> store.get(42)).getMessage());
        assertThrows(NotFoundException.class, () -> store.replace(42, new TodoDraft("a", true)));
        assertThrows(NotFoundException.class, () -> store.update(42, new TodoDraft("a", null)));
        assertThrows(NotFoundException.class, () -> store.delete(42));
        long id = store.create(new TodoDraft("a", false)).id();
        store.delete(id);
        assertThrows(NotFoundException.class, () -> store.get(id));
    }
}
