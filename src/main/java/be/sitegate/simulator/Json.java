package be.sitegate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON mapper of the simulator, and lenient readers for request fields. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Json() {
    }

    /** A text field, or null when absent, null or not text. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** A required text field, else {@code 400 MALFORMED}. */
    static String requiredText(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw ApiException.malformed("'" + field + "' is required and must be a string");
        }
        return value;
    }
}
