package dev.kiln.http.router;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentRequestsTest {

    @Test
    void aFreshRouterAnswersConcurrentJsonAndFormRequestsCorrectly() throws Exception {
        try (Client client = Client.start(TestApps.app()); ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                int n = i;
                answers.add(pool.submit(() -> switch (n % 3) {
                    case 0 -> client.post("/bodies/credentials", "application/json", "{\"user\":\"u" + n + "\",\"password\":\"p\"}").text();
                    case 1 -> client.post("/bodies/credentials", "application/x-www-form-urlencoded", "user=u" + n + "&password=p").text();
                    default -> client.get("/echo/u" + n).text() + "|p|false";
                }));
            }
            for (int i = 0; i < answers.size(); i++) {
                String expected = "u" + i + "|p|false";
                assertEquals(expected, answers.get(i).get());
            }
        }
    }
}
