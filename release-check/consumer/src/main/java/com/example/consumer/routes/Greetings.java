package com.example.consumer.routes;

import dev.kiln.http.router.Get;
import dev.kiln.http.router.PathParam;

/** A handler class as a user writes one: found by the router's scan, answered as text and as JSON. */
public final class Greetings {

    /** A JSON result. */
    public record Greeting(String name, String text) {
    }

    @Get("/ping")
    String ping() {
        return "pong";
    }

    @Get("/hello/{name}")
    Greeting hello(@PathParam String name) {
        return new Greeting(name, "hello " + name);
    }
}
