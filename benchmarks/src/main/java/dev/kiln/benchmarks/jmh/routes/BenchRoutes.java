package dev.kiln.benchmarks.jmh.routes;

import dev.kiln.benchmarks.suite.JsonScenario;
import dev.kiln.http.router.Body;
import dev.kiln.http.router.Get;
import dev.kiln.http.router.PathParam;
import dev.kiln.http.router.Post;

/**
 * The routes the dispatch benchmark's router scans: the two measured ones among a dozen others, so
 * that matching walks a table of a realistic size rather than a single entry.
 */
public final class BenchRoutes {

    /**
     * The path-parameter route.
     *
     * @param id the user's id
     * @return the id, as text
     */
    @Get("/users/{id}")
    public String user(@PathParam String id) {
        return id;
    }

    /**
     * The JSON-body route: binds an order, answers a receipt as JSON.
     *
     * @param order the bound body
     * @return the receipt
     */
    @Post("/orders")
    public JsonScenario.Receipt order(@Body JsonScenario.Order order) {
        return JsonScenario.receipt(order);
    }

    // Fillers: other routes of a typical small API, so the table is not a single entry.

    @Get("/ping")
    String ping() {
        return "pong";
    }

    @Get("/users/{id}/orders")
    String userOrders(@PathParam String id) {
        return id;
    }

    @Get("/users/{id}/orders/{order}")
    String userOrder(@PathParam String id, @PathParam String order) {
        return id + order;
    }

    @Get("/users")
    String users() {
        return "users";
    }

    @Get("/products/{sku}")
    String product(@PathParam String sku) {
        return sku;
    }

    @Get("/products")
    String products() {
        return "products";
    }

    @Get("/articles/{slug}")
    String article(@PathParam String slug) {
        return slug;
    }

    @Get("/articles")
    String articles() {
        return "articles";
    }

    @Get("/health")
    String health() {
        return "ok";
    }

    @Get("/admin/stats")
    String stats() {
        return "stats";
    }

    @Post("/carts")
    String cart(@Body JsonScenario.Order order) {
        return order.item();
    }
}
