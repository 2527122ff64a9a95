package dev.kiln.examples.site.handlers;

import dev.kiln.http.core.HeaderNames;
import dev.kiln.http.core.Response;
import dev.kiln.http.core.Status;
import dev.kiln.http.router.Get;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * {@code GET /stream}: a body produced while it is sent, in {@value #PIECES} flushed pieces (chunked
 * transfer coding), ending with an {@code X-Content-SHA256} trailer over the body. The trailer
 * reaches clients that send {@code TE: trailers}.
 */
@Singleton
public final class StreamRoutes {

    /** How many pieces the body has. */
    static final int PIECES = 16;
    private static final Duration PAUSE = Duration.ofMillis(20);

    /** Creates the route; it needs nothing. */
    @Inject
    public StreamRoutes() {
    }

    /**
     * Streams the pieces.
     *
     * @return the streaming response
     */
    @Get("/stream")
    public Response stream() {
        return Response.builder(Status.OK_200)
                .contentType("text/plain; charset=utf-8")
                .header(HeaderNames.TRAILER, PieceByPieceBody.TRAILER)
                .header(HeaderNames.CACHE_CONTROL, "no-store")
                .stream(new PieceByPieceBody(PIECES, PAUSE))
                .build();
    }
}
