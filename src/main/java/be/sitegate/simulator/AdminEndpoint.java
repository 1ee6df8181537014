package be.sitegate.simulator;

import be.sitegate.pki.CertificateRequests;
import be.sitegate.pki.Certificates;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;

/**
 * {@code /admin/**}: the simulator's own control surface (not part of the real service). Loopback
 * callers with the data directory's admin token only.
 */
final class AdminEndpoint {

    static final String PREFIX = "/admin/";

    private final String adminToken;
    private final FaultInjector faults;
    private final AccessTokens tokens;
    private final DevelopmentCa ca;

    AdminEndpoint(String adminToken, FaultInjector faults, AccessTokens tokens, DevelopmentCa ca) {
        this.adminToken = adminToken;
        this.faults = faults;
        this.tokens = tokens;
        this.ca = ca;
    }

    ApiResponse handle(ApiRequest request) {
        if (!request.remote().getAddress().isLoopbackAddress()) {
            throw new ApiException(403, "FORBIDDEN", "administration is for loopback callers only");
        }
        String given = request.header("X-Admin-Token");
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                adminToken.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "BAD_ADMIN_TOKEN", "X-Admin-Token is missing or wrong");
        }
        String route = request.method() + " " + request.path();
        switch (route) {
            case "GET /admin/faults":
                return ApiResponse.json(200, faults.current());
            case "PUT /admin/faults":
                faults.set(readSettings(request));
                return ApiResponse.json(200, faults.current());
            case "DELETE /admin/faults":
                faults.clear();
                return ApiResponse.json(200, faults.current());
            case "POST /admin/tokens/expire":
                tokens.expireAll();
                return ApiResponse.empty(204);
            case "POST /admin/certificates":
                return issueCertificate(request);
            default:
                throw new ApiException(404, "NOT_FOUND", "no such administration operation: " + route);
        }
    }

    private static FaultSettings readSettings(ApiRequest request) {
        JsonNode body = request.jsonBody();
        try {
            return new FaultSettings(body.path("latencyMs").asLong(0), body.path("serverErrorRate").asDouble(0),
                    body.path("dropAfterCommitRate").asDouble(0), body.path("malformedRate").asDouble(0),
                    body.path("outageSeconds").asLong(0),
                    body.path("rateLimitSeconds").asLong(0), body.path("lateAnswerMs").asLong(0));
        } catch (IllegalArgumentException e) {
            throw ApiException.malformed(e.getMessage());
        }
    }

    private ApiResponse issueCertificate(ApiRequest request) {
        try {
            X509Certificate issued = ca.issueClientCertificate(CertificateRequests.parseAndVerify(request.bodyText()));
            return ApiResponse.text(200, "application/x-pem-file",
                    Certificates.toPem(issued) + Certificates.toPem(ca.caCertificate()));
        } catch (IllegalArgumentException e) {
            throw ApiException.malformed(e.getMessage());
        }
    }
}
