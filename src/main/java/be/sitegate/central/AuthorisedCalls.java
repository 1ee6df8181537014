package be.sitegate.central;

import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * API calls with a bearer token: on a 401 the token is dropped, a new one fetched once, and the
 * call repeated; a second 401 means the service does not accept this client.
 */
final class AuthorisedCalls {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorisedCalls.class);

    private final CentralHttp http;
    private final TokenSource tokens;

    AuthorisedCalls(CentralHttp http, TokenSource tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    CentralHttp.Answer send(Request.Builder request) {
        AccessToken token = tokens.current();
        CentralHttp.Answer answer = http.execute(authorised(request, token));
        if (!isTokenRefusal(answer)) {
            return answer;
        }
        LOG.info("access token refused; fetching a new one");
        tokens.invalidate(token);
        answer = http.execute(authorised(request, tokens.current()));
        if (isTokenRefusal(answer)) {
            throw new CentralAuthenticationException(CentralAuthenticationException.Reason.TOKEN_REFUSED,
                    "a freshly issued access token was refused");
        }
        return answer;
    }

    /** A 401 with code BAD_CREDENTIALS is the initialisation refusing a person, not the token. */
    private static boolean isTokenRefusal(CentralHttp.Answer answer) {
        return answer.status() == 401 && !"BAD_CREDENTIALS".equals(Problem.code(answer.body(), 401));
    }

    private static Request authorised(Request.Builder request, AccessToken token) {
        return request.header("Authorization", "Bearer " + token.value()).build();
    }
}
