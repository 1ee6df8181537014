package be.sitegate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An incoming call, read completely before any endpoint looks at it. */
public record ApiRequest(String method, String path, Map<String, String> query, Headers headers, byte[] body,
        InetSocketAddress remote, AccessTokens.Grant grant) {

    public ApiRequest withGrant(AccessTokens.Grant newGrant) {
        return new ApiRequest(method, path, query, headers, body, remote, newGrant);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as a JSON object; anything else is a {@code 400 MALFORMED}. */
    public JsonNode jsonBody() {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw ApiException.malformed("the body must be a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw ApiException.malformed("the body is not valid JSON");
        }
    }

    public String header(String name) {
        return headers.getFirst(name);
    }

    /** Decodes {@code a=1&b=2} (query strings and form bodies alike). */
    public static Map<String, String> decodeForm(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            out.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return out;
    }
}
