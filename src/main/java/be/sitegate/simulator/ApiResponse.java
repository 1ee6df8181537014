package be.sitegate.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an endpoint answers; the router writes it, unless a fault says otherwise. */
public record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    public static ApiResponse json(int status, Object body) {
        try {
            return new ApiResponse(status, "application/json", Json.MAPPER.writeValueAsBytes(body), Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An RFC 9457 problem, the error body of every RSZ REST API. */
    public static ApiResponse problem(int status, Object body) {
        try {
            return new ApiResponse(status, "application/problem+json", Json.MAPPER.writeValueAsBytes(body), Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ApiResponse text(int status, String contentType, String body) {
        return new ApiResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static ApiResponse empty(int status) {
        return new ApiResponse(status, null, new byte[0], Map.of());
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new ApiResponse(status, contentType, body, all);
    }
}
