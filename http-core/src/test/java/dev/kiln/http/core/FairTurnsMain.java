package dev.kiln.http.core;

/**
 * A server process for {@link FairTurnsTest}, to run on one carrier thread: prints its port;
 * {@code /sleep} answers after a 5 ms sleep (woken by the JDK's timer, so through the scheduler's
 * submission queue), anything else {@code pong} after 100 µs of work.
 */
public final class FairTurnsMain {

    private FairTurnsMain() {
    }

    public static void main(String[] args) {
        HttpServer server = TestServers.start(request -> {
            if (request.path().equals("/sleep")) {
                Thread.sleep(5);
                return Response.text("slept");
            }
            long end = System.nanoTime() + 100_000;
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            return Response.text("pong");
        });
        System.out.println("port " + server.port());
        System.out.flush();
    }
}
