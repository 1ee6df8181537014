package be.sitegate.central;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The code of a refusal from an RFC 9457 problem, with or without the contract's {@code code} member. */
class ProblemTest {

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void theContractsCodeMemberNamesTheRefusal() throws Exception {
        assertThat(Problem.code(json("{\"type\":\"urn:problem-type:sitegate:badCredentials\",\"status\":401,"
                + "\"code\":\"BAD_CREDENTIALS\"}"), 401)).isEqualTo("BAD_CREDENTIALS");
    }

    @Test
    void aBelgifProblemWithoutItIsNamedByItsTypesLastSegment() throws Exception {
        assertThat(Problem.code(json("{\"type\":\"urn:problem-type:belgif:invalidAccessToken\",\"href\":"
                + "\"https://www.belgif.be/specification/rest/api-guide/problems/invalidAccessToken.html\","
                + "\"status\":401,\"title\":\"Invalid access token\",\"detail\":\"The Bearer access token found in"
                + " the Authorization HTTP header is invalid\"}"), 401)).isEqualTo("INVALID_ACCESS_TOKEN");
    }

    @Test
    void anythingElseIsNamedByItsHttpStatus() throws Exception {
        assertThat(Problem.code(json("{}"), 503)).isEqualTo("HTTP_503");
        assertThat(Problem.code(json("{\"type\":\"about:blank\"}"), 500)).isEqualTo("HTTP_500");
        assertThat(Problem.code(json("{\"type\":\"urn:problem-type:\"}"), 400)).isEqualTo("HTTP_400");
        assertThat(Problem.code(json("{\"code\":42}"), 400)).isEqualTo("HTTP_400");
    }
}
