package dev.kiln.benchmarks.suite.routes;

import dev.kiln.benchmarks.suite.JsonScenario;
import dev.kiln.http.router.Body;
import dev.kiln.http.router.Get;
import dev.kiln.http.router.Post;

/** The suite's routes as annotated methods, for the {@code kiln-router} server. */
public final class SuiteRoutes {

    /**
     * Answers {@code pong}.
     *
     * @return pong, as text
     */
    @Get("/ping")
    public String ping() {
        return "pong";
    }

    /**
     * Binds an order from the JSON body and answers a receipt, serialized as JSON by the router.
     *
     * @param order the bound body
     * @return the receipt
     */
    @Post("/json")
    public JsonScenario.Receipt json(@Body JsonScenario.Order order) {
        return JsonScenario.receipt(order);
    }
}
