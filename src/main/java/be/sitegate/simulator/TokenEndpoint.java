package be.sitegate.simulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code POST /oauth2/token}: client credentials with a private_key_jwt assertion, nothing else. */
final class TokenEndpoint {

    static final String PATH = "/oauth2/token";
    private static final Logger LOG = LoggerFactory.getLogger(TokenEndpoint.class);
    private static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private final ClientAssertionVerifier verifier;
    private final AccessTokens tokens;
    private final String tokenUrl;

    /** @param tokenUrl this endpoint's configured public URL: the only {@code aud} an assertion may carry */
    TokenEndpoint(ClientAssertionVerifier verifier, AccessTokens tokens, String tokenUrl) {
        this.verifier = verifier;
        this.tokens = tokens;
        this.tokenUrl = tokenUrl;
    }

    ApiResponse handle(ApiRequest request) {
        Map<String, String> form = ApiRequest.decodeForm(new String(request.body(), StandardCharsets.UTF_8));
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return error(400, "unsupported_grant_type", "grant_type must be client_credentials");
        }
        if (!JWT_BEARER.equals(form.get("client_assertion_type"))) {
            return error(400, "invalid_client", "client_assertion_type must be " + JWT_BEARER);
        }
        try {
            ClientAssertionVerifier.Client client = verifier.verify(form.get("client_assertion"), Set.of(tokenUrl));
            String token = tokens.issue(client.clientId(), client.sender());
            LOG.info("access token issued to client {} (sender {})", client.clientId(), client.sender());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("access_token", token);
            body.put("token_type", "Bearer");
            body.put("expires_in", tokens.lifetime().toSeconds());
            return ApiResponse.json(200, body).withHeader("Cache-Control", "no-store");
        } catch (ClientAssertionVerifier.Refused e) {
            LOG.info("client assertion refused: {}", e.getMessage());
            return error(401, "invalid_client", e.getMessage());
        }
    }

    private static ApiResponse error(int status, String error, String description) {
        return ApiResponse.json(status, Map.of("error", error, "error_description", description));
    }
}
