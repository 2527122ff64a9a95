/** A user's application: handlers served by Kiln's HTTP server and router, and an HTTP to HTTPS redirect. */
module com.example.consumer {
    requires dev.kiln.http.core;
    requires dev.kiln.http.router;
    requires dev.kiln.http.tls;
    requires java.net.http;

    // the router calls the handler methods, Jackson reads the records
    opens com.example.consumer.routes to dev.kiln.http.router, tools.jackson.databind;
}
