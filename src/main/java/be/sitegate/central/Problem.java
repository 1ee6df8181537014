package be.sitegate.central;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * The code of a refused call, from its error body. Every RSZ REST API answers errors as an RFC 9457
 * problem ({@code application/problem+json}: {@code type}, {@code title}, {@code status},
 * {@code detail}); the project's contract adds a {@code code} member (problem details allow extension
 * members) that names the refusal for the kiosk. Without it, the type's last segment is the code
 * ({@code urn:problem-type:belgif:invalidAccessToken} is {@code INVALID_ACCESS_TOKEN}); without
 * either, the HTTP status ({@code HTTP_503}).
 */
final class Problem {

    private static final String URN = "urn:problem-type:";

    private Problem() {
    }

    static String code(JsonNode body, int status) {
        JsonNode code = body.path("code");
        if (code.isTextual() && !code.asText().isBlank()) {
            return code.asText();
        }
        String type = body.path("type").asText("");
        int last = type.lastIndexOf(':');
        if (type.startsWith(URN) && last < type.length() - 1) {
            return upperSnake(type.substring(last + 1));
        }
        return "HTTP_" + status;
    }

    /** {@code invalidAccessToken} to {@code INVALID_ACCESS_TOKEN}; anything but letters and digits becomes {@code _}. */
    private static String upperSnake(String camel) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append('_');
            }
            out.append(Character.isLetterOrDigit(c) ? c : '_');
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
