package be.sitegate.simulator;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code type} of each refusal. The reference names the Belgif style and one of its types
 * ({@code urn:problem-type:belgif:invalidAccessToken}); the general refusals use the Belgif REST
 * guide's standard types. The presence service's own types are not public, so its refusals
 * (a bad password, a workplace not allowed, ...) get types in the project's own namespace,
 * {@code urn:problem-type:sitegate:<code in lower camel case>} (docs/central-api.md).
 */
final class ProblemTypes {

    private static final Map<String, String> BELGIF = Map.of(
            "INVALID_TOKEN", "invalidAccessToken",
            "MALFORMED", "badRequest",
            "NOT_FOUND", "resourceNotFound",
            "TOO_MANY_REQUESTS", "tooManyRequests",
            "SERVICE_UNAVAILABLE", "serviceUnavailable",
            "INTERNAL_ERROR", "internalServerError");

    private ProblemTypes() {
    }

    static String type(String code) {
        String belgif = BELGIF.get(code);
        return belgif != null ? "urn:problem-type:belgif:" + belgif : "urn:problem-type:sitegate:" + lowerCamel(code);
    }

    /** The HTTP reason phrase: a problem's title is the same for every occurrence of its type. */
    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 405 -> "Method Not Allowed";
            case 413 -> "Payload Too Large";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "HTTP " + status;
        };
    }

    private static String lowerCamel(String code) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : code.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
