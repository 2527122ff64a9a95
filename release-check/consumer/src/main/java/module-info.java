/** A user's application: one handler served by Kiln's HTTP server. */
module com.example.consumer {
    requires dev.kiln.http.core;
    requires java.net.http;
}
