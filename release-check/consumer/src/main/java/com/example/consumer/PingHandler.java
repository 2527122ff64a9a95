package com.example.consumer;

import dev.kiln.http.core.Handler;
import dev.kiln.http.core.Request;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.Status;

/** Answers {@code GET /ping} with {@code pong}, anything else with 404. */
public final class PingHandler implements Handler {

    @Override
    public Response handle(Request request) {
        if (request.path().equals("/ping")) {
            return Response.text("pong");
        }
        return Response.text(Status.NOT_FOUND_404, "no route for " + request.path());
    }
}
