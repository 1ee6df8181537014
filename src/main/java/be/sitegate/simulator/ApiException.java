package be.sitegate.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A refusal of the whole call, answered as every RSZ REST API answers one: an RFC 9457 problem
 * ({@code application/problem+json} with {@code type}, {@code title}, {@code status}, {@code detail}),
 * plus the contract's {@code code} member and any extra fields (see {@link ProblemTypes}).
 */
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
        body.put("type", ProblemTypes.type(code));
        body.put("title", ProblemTypes.title(status));
        body.put("status", status);
        body.put("detail", getMessage());
        body.put("code", code);
        extra.forEach((k, v) -> body.set(k, Json.MAPPER.valueToTree(v)));
        ApiResponse response = ApiResponse.problem(status, body);
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
