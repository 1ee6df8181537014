package be.sitegate.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** A refusal of the whole call, answered as {@code {"code": ..., "message": ...}} plus any extra fields. */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, Object> extra;
    private final Map<String, String> headers;

    public ApiException(int status, String code, String message) {
        this(status, code, message, Map.of(), Map.of());
    }

    public ApiException(int status, String code, String message, Map<String, Object> extra,
            Map<String, String> headers) {
        super(message);
        this.status = status;
        this.code = code;
        this.extra = Map.copyOf(extra);
        this.headers = Map.copyOf(headers);
    }

    public static ApiException malformed(String message) {
        return new ApiException(400, "MALFORMED", message);
    }

    public ApiResponse toResponse() {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("code", code);
        body.put("message", getMessage());
        extra.forEach((k, v) -> body.set(k, Json.MAPPER.valueToTree(v)));
        ApiResponse response = ApiResponse.json(status, body);
        for (Map.Entry<String, String> h : headers.entrySet()) {
            response = response.withHeader(h.getKey(), h.getValue());
        }
        return response;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
