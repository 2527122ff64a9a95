package dev.kiln.benchmarks.suite;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON scenario every server runs: bind a small order to a record and answer a receipt. All
 * servers share this one mapper, so the suite compares servers and not JSON libraries.
 */
public final class JsonScenario {

    /** The request body wrk sends. */
    public static final String ORDER = "{\"item\":\"kiln\",\"quantity\":3,\"tags\":[\"fast\",\"small\"]}";

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private JsonScenario() {
    }

    /**
     * The request: what is ordered.
     *
     * @param item the item's name
     * @param quantity how many
     * @param tags free labels
     */
    public record Order(String item, int quantity, List<String> tags) {
    }

    /**
     * The answer.
     *
     * @param item the item's name
     * @param quantity how many
     * @param tagCount how many labels the order had
     * @param accepted always true
     */
    public record Receipt(String item, int quantity, int tagCount, boolean accepted) {
    }

    /**
     * Parses an order and returns the receipt as JSON.
     *
     * @param body the request body
     * @return the receipt, UTF-8 JSON
     * @throws JacksonException when the body is not an order
     */
    public static byte[] answer(byte[] body) {
        return MAPPER.writeValueAsBytes(receipt(MAPPER.readValue(body, Order.class)));
    }

    /**
     * Returns the receipt for an order.
     *
     * @param order the order
     * @return its receipt
     */
    public static Receipt receipt(Order order) {
        return new Receipt(order.item(), order.quantity(), order.tags() == null ? 0 : order.tags().size(), true);
    }
}
