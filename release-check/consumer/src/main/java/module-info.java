/** A user's application: a handler served by Kiln's HTTP server, and an HTTP to HTTPS redirect. */
module com.example.consumer {
    requires dev.kiln.http.core;
    requires dev.kiln.http.tls;
    requires java.net.http;
}
