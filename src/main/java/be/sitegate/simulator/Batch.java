package be.sitegate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The {@code {"items": [...]}} envelope shared by registration and cancellation. */
final class Batch {

    private Batch() {
    }

    /** 1 to {@code max} JSON objects, else {@code 400 TOO_MANY_ITEMS} or {@code 400 MALFORMED}. */
    static List<JsonNode> items(JsonNode body, int max) {
        JsonNode items = body.get("items");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw ApiException.malformed("'items' must be an array of 1 to " + max + " objects");
        }
        if (items.size() > max) {
            throw new ApiException(400, "TOO_MANY_ITEMS", "at most " + max + " items per call");
        }
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode item : items) {
            if (!item.isObject()) {
                throw ApiException.malformed("every item must be a JSON object");
            }
            out.add(item);
        }
        return out;
    }
}
