package be.sitegate.central;

import java.util.List;

/**
 * Valid answers of the central service, as the contract (docs/central-api.md) and the client tests
 * write them: where the mutated fuzz answers start. The registration is the one the client tests
 * send back from the stub ({@link CentralClientTest#registration}).
 */
final class CentralAnswerSeeds {

    static final String REGISTRATION = CentralClientTest.registration("123456789012", "R1", "VALIDATED");
    static final String LIMOSA_REGISTRATION = REGISTRATION.replace("\"inss\":\"85073003328\",\"companyId\":\"0566988259\",",
            "\"limosaId\":\"12345678901234567\",");
    static final String WITH_HISTORY = CentralClientTest.registration("123456789013", "R1", "FAILED", "DUC IS NOT EXISTING")
            .replace("\"remarks\":[\"DUC IS NOT EXISTING\"]", "\"remarks\":[\"DUC IS NOT EXISTING\"],\"direction\":\"IN\","
                    + "\"timestamp\":\"2026-11-23T07:59:00+01:00\",\"history\":[{\"at\":\"2026-11-23T08:00:00+01:00\","
                    + "\"status\":\"SUCCESSFULLY REGISTERED\",\"remarks\":[]}]");

    /** Answers to a register call for one item, client reference R1. */
    static final List<String> REGISTER = List.of(
            created(REGISTRATION),
            created(LIMOSA_REGISTRATION),
            created(WITH_HISTORY),
            "{\"results\":[{\"clientReference\":\"R1\",\"created\":false,\"errors\":[{\"code\":\"WORKER_NOT_DECLARED\","
                    + "\"description\":\"no declaration for this worker\"}]}]}",
            "{\"results\":[{\"clientReference\":\"R1\",\"created\":false,\"existingRegistrationId\":\"123456789012\","
                    + "\"errors\":[{\"code\":\"ALREADY_REGISTERED\",\"description\":\"already\"}]}]}");

    static final List<String> CANCEL = List.of(
            "{\"results\":[{\"presenceRegistrationId\":\"123456789012\",\"cancelled\":true,\"registration\":"
                    + REGISTRATION.replace("VALIDATED", "SUCCESSFULLY CANCELLED") + "}]}",
            "{\"results\":[{\"presenceRegistrationId\":\"123456789012\",\"cancelled\":false,\"errors\":[{\"code\":"
                    + "\"TOO_LATE\",\"description\":\"too late\"}]}]}");

    static final List<String> INITIALISATION = List.of(
            "{\"contractor\":{\"enterpriseNumber\":\"0566988259\",\"name\":\"Bouw NV\"},\"workplace\":{\"id\":"
                    + "\"1Y101DRUNWB5Z\",\"address\":\"Meir 1, Antwerpen\",\"sector\":1,\"mode\":\"CIAW\",\"companies\":"
                    + "[{\"enterpriseNumber\":\"0566988259\",\"name\":\"Bouw NV\"}]}}");

    static final List<String> SEARCH = List.of(
            "{\"items\":[" + REGISTRATION + "],\"page\":1,\"pageSize\":2,\"total\":1}",
            "{\"items\":[" + REGISTRATION + "," + WITH_HISTORY + "],\"page\":1,\"pageSize\":2,\"total\":2}",
            "{\"items\":[],\"page\":1,\"pageSize\":2,\"total\":0}");

    static final List<String> EMPLOYERS = List.of(
            "{\"employers\":[{\"enterpriseNumber\":\"0566988259\",\"name\":\"Bouw NV\"}]}", "{\"employers\":[]}");

    static final List<String> TOKEN = List.of(
            "{\"access_token\":\"fuzz-token\",\"token_type\":\"Bearer\",\"expires_in\":600}");

    static final List<String> PROBLEMS = List.of(
            "{\"type\":\"urn:problem-type:belgif:invalidAccessToken\",\"title\":\"Invalid\",\"status\":401}",
            "{\"code\":\"WORKPLACE_UNKNOWN\",\"type\":\"urn:problem-type:sitegate:workplaceUnknown\",\"status\":404,"
                    + "\"detail\":\"no such workplace\"}",
            "{\"code\":\"TOO_MANY_ATTEMPTS\",\"message\":\"no\",\"retryAfterSeconds\":60}");

    private CentralAnswerSeeds() {
    }

    static String created(String registration) {
        return "{\"results\":[{\"clientReference\":\"R1\",\"created\":true,\"registration\":" + registration + "}]}";
    }
}
