package dev.kiln.examples.todo;

import dev.kiln.http.core.HeaderNames;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.Status;
import dev.kiln.http.router.Body;
import dev.kiln.http.router.Controller;
import dev.kiln.http.router.Delete;
import dev.kiln.http.router.Get;
import dev.kiln.http.router.Patch;
import dev.kiln.http.router.PathParam;
import dev.kiln.http.router.Post;
import dev.kiln.http.router.Put;
import dev.kiln.http.router.QueryParam;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The to-do REST API under {@code /todos}: records in and out as JSON, ids from the path, filters
 * from the query. A rule broken by a body is a 400 problem ({@link InvalidTodoException}, mapped in
 * {@link TodoApp}); an unknown id is 404.
 *
 * <pre>
 * GET    /todos?done=false&amp;limit=10   list
 * POST   /todos         {"title": "..."}    create: 201 + Location
 * GET    /todos/{id}                       one item
 * PUT    /todos/{id}    {"title": "...", "done": true}   replace
 * PATCH  /todos/{id}    {"done": true}      change some fields
 * DELETE /todos/{id}                       remove: 204
 * </pre>
 */
@Singleton
@Controller("/todos")
public final class TodoRoutes {

    /** The most items one list returns. */
    static final int MAX_LIMIT = 1000;

    private final TodoStore store;
    private final JsonMapper json;

    /**
     * Creates the routes.
     *
     * @param store the items
     * @param json the JSON writer for created items
     */
    @Inject
    public TodoRoutes(TodoStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    /**
     * Lists items by id.
     *
     * @param done only items in this state, when given
     * @param limit at most this many, 1 to {@value #MAX_LIMIT}; 100 when not given
     * @return the items
     */
    @Get("/")
    public List<Todo> list(@QueryParam Optional<Boolean> done, @QueryParam Optional<Integer> limit) {
        int max = limit.orElse(100);
        if (max < 1 || max > MAX_LIMIT) {
            throw new InvalidTodoException("limit", "limit must be 1 to " + MAX_LIMIT + ", was " + max);
        }
        return store.list(done, max);
    }

    /**
     * Creates an item.
     *
     * @param draft its title and optional state
     * @return 201 with the item and its {@code Location}
     */
    @Post("/")
    public Response create(@Body TodoDraft draft) {
        Todo todo = store.create(draft);
        return Response.builder(Status.CREATED_201)
                .header(HeaderNames.LOCATION, "/todos/" + todo.id())
                .contentType("application/json")
                .body(json.writeValueAsBytes(todo))
                .build();
    }

    /**
     * Returns one item.
     *
     * @param id its id
     * @return the item
     */
    @Get("/{id}")
    public Todo get(@PathParam long id) {
        return store.get(id);
    }

    /**
     * Replaces an item's title and state.
     *
     * @param id its id
     * @param draft the new title and state, both required
     * @return the changed item
     */
    @Put("/{id}")
    public Todo replace(@PathParam long id, @Body TodoDraft draft) {
        return store.replace(id, draft);
    }

    /**
     * Changes the fields given.
     *
     * @param id its id
     * @param draft the fields to change
     * @return the changed item
     */
    @Patch("/{id}")
    public Todo update(@PathParam long id, @Body TodoDraft draft) {
        return store.update(id, draft);
    }

    /**
     * Removes an item.
     *
     * @param id its id
     */
    @Delete("/{id}")
    public void delete(@PathParam long id) {
        store.delete(id);
    }
}
