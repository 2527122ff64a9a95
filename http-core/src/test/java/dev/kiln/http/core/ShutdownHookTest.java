package dev.kiln.http.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ShutdownHookTest {

    @Test
    void sigtermLetsTheRequestInFlightFinishBeforeTheProcessExits() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ShutdownHookMain.class.getName())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int port = -1;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("port ")) {
                    port = Integer.parseInt(line.substring(5));
                    break;
                }
            }
            assertTrue(port > 0, "the child server started");
            try (RawClient client = new RawClient(port)) {
                client.send("GET /slow HTTP/1.1\r\nHost: h\r\n\r\n");
                while ((line = out.readLine()) != null && !line.equals("handling")) {
                    // wait until the handler runs
                }
                process.destroy(); // SIGTERM
                RawClient.RawResponse response = client.read();
                assertEquals("done", response.text());
                assertEquals("close", response.header("Connection"));
            }
            assertTrue(process.waitFor(10, TimeUnit.SECONDS), "the process exited");
        } finally {
            process.destroyForcibly();
        }
    }
}
