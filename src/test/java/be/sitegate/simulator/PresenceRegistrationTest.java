package be.sitegate.simulator;

import be.sitegate.testkit.TestClock;
import static be.sitegate.simulator.SimulatorTestSupport.BUILDER;
import static be.sitegate.simulator.SimulatorTestSupport.GENT;
import static be.sitegate.simulator.SimulatorTestSupport.NOW;
import static be.sitegate.simulator.SimulatorTestSupport.SPECIMEN;
import static be.sitegate.simulator.SimulatorTestSupport.TODAY;
import static be.sitegate.simulator.SimulatorTestSupport.ciawItem;
import static be.sitegate.simulator.SimulatorTestSupport.ciaowItem;
import static be.sitegate.simulator.SimulatorTestSupport.items;
import static be.sitegate.simulator.SimulatorTestSupport.limosaItem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PresenceRegistrationTest {

    @TempDir
    static Path dataDir;
    static SimulatorServer sim;
    static SimulatorClient client;
    static final AtomicInteger REFERENCES = new AtomicInteger();

    @BeforeAll
    static void startSimulator() {
        sim = SimulatorTestSupport.start(dataDir, new TestClock(NOW));
        client = new SimulatorClient(sim);
        client.token(NOW);
    }

    @AfterAll
    static void stopSimulator() {
        sim.close();
    }

    private static String reference() {
        return "REF-" + REFERENCES.incrementAndGet();
    }

    private static JsonNode registerOne(Map<String, Object> item) {
        SimulatorClient.Answer answer = client.post("/api/v1/presences", items(item));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode results = answer.json().get("results");
        assertThat(results.size()).isEqualTo(1);
        return results.get(0);
    }

    @Test
    void happyPathGivesAReceiptNumber() {
        String ref = reference();
        JsonNode result = registerOne(ciawItem(ref, "90021214541", BUILDER));

        assertThat(result.get("clientReference").asText()).isEqualTo(ref);
        assertThat(result.get("created").asBoolean()).isTrue();
        JsonNode r = result.get("registration");
        assertThat(r.get("presenceRegistrationId").asText()).matches("\\d{12,15}");
        assertThat(r.get("status").asText()).isEqualTo("SUCCESSFULLY REGISTERED");
        assertThat(r.get("remarks").size()).isZero();
        assertThat(r.get("workplaceId").asText()).isEqualTo(GENT);
        assertThat(r.get("registrationDate").asText()).isEqualTo(TODAY.toString());
        assertThat(r.get("inss").asText()).isEqualTo("90021214541");
        assertThat(r.get("companyId").asText()).isEqualTo(BUILDER);
        assertThat(r.get("channel").asText()).isEqualTo("WEBSERVICE");
        assertThat(r.get("sender").asText()).isEqualTo(SimulatorClient.SENDER);
        assertThat(r.get("sector").asInt()).isEqualTo(1);
        assertThat(r.has("creationDate")).isTrue();
        assertThat(r.has("direction")).isFalse();
    }

    @Test
    void specimenCardsAndBisNumbersAreKnownPersons() {
        assertThat(registerOne(ciawItem(reference(), "01050399963", "0403123486")).at("/registration/status").asText())
                .isEqualTo("SUCCESSFULLY REGISTERED");
        assertThat(registerOne(ciawItem(reference(), "72421501679", BUILDER)).at("/registration/status").asText())
                .isEqualTo("SUCCESSFULLY REGISTERED");
    }

    @Test
    void tomorrowIsAllowedForCheckinatwork() {
        Map<String, Object> item = ciawItem(reference(), "92092306477", BUILDER);
        item.put("registrationDate", TODAY.plusDays(1).toString());

        assertThat(registerOne(item).get("created").asBoolean()).isTrue();
    }

    @Test
    void limosaWorkerIsRegisteredWithTheLimosaEmployer() {
        JsonNode r = registerOne(limosaItem(reference(), "23456789012345678")).get("registration");

        assertThat(r.get("status").asText()).isEqualTo("SUCCESSFULLY REGISTERED");
        assertThat(r.get("limosaId").asText()).isEqualTo("23456789012345678");
        assertThat(r.get("companyId").asText()).isEqualTo("0448902340");
        assertThat(r.has("inss")).isFalse();
    }

    @Test
    void checkInAndOutRegistersEveryEventOfTheDay() {
        JsonNode in = registerOne(ciaowItem(reference(), "IN", "2026-03-10T08:31:00+01:00"));
        JsonNode out = registerOne(ciaowItem(reference(), "OUT", "2026-03-10T12:00:00+01:00"));
        JsonNode backIn = registerOne(ciaowItem(reference(), "IN", "2026-03-10T12:30:00+01:00"));

        for (JsonNode result : List.of(in, out, backIn)) {
            assertThat(result.get("created").asBoolean()).as(result.toString()).isTrue();
            assertThat(result.at("/registration/status").asText()).isEqualTo("SUCCESSFULLY REGISTERED");
            assertThat(result.at("/registration/sector").asInt()).isEqualTo(4);
        }
        assertThat(out.at("/registration/direction").asText()).isEqualTo("OUT");
        assertThat(out.at("/registration/timestamp").asText()).isEqualTo("2026-03-10T12:00:00+01:00");
    }

    @Test
    void checkInAndOutAcceptsOnlyToday() {
        Map<String, Object> item = ciaowItem(reference(), "IN", "2026-03-11T07:00:00+01:00");
        item.put("registrationDate", TODAY.plusDays(1).toString());

        assertError(registerOne(item), "INVALID_DATE", "REGISTRATION DATE MUST BE TODAY OR TOMORROW");
    }

    @Test
    void checkInAndOutNeedsDirectionAndTimestamp() {
        Map<String, Object> item = ciaowItem(reference(), "SIDEWAYS", "later");

        assertError(registerOne(item), "MALFORMED",
                "DIRECTION (IN OR OUT) AND TIMESTAMP ARE REQUIRED FOR CHECK IN AND OUT AT WORK");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "INVALID_INSS, INSS IS NOT VALID, 85073003300, 0566988259, , " + GENT + ", 2026-03-10",
        "INVALID_COMPANY_ID, COMPANY ID IS NOT VALID, 85073003328, 0566988250, , " + GENT + ", 2026-03-10",
        "INVALID_LIMOSA_ID, LIMOSA ID IS NOT VALID, , , L1-ABC, " + GENT + ", 2026-03-10",
        "INVALID_PERSON, EITHER INSS WITH COMPANY ID OR LIMOSA ID IS REQUIRED, 85073003328, , , " + GENT + ", 2026-03-10",
        "INVALID_DATE, REGISTRATION DATE MUST BE TODAY OR TOMORROW, 85073003328, 0403123486, , " + GENT + ", 2026-03-09",
        "INVALID_WORKPLACE_ID, WORKPLACE ID IS NOT VALID, 85073003328, 0403123486, , 1Y1-NOT-A-DUC-NUMBER, 2026-03-10",
    })
    void onlyAMalformedItemIsNotCreatedWithTheRealDescription(String code, String description, String inss, String company,
            String limosa, String workplace, String date) {
        Map<String, Object> item = new java.util.LinkedHashMap<>();
        item.put("clientReference", reference());
        item.put("workplaceId", workplace);
        item.put("registrationDate", date);
        if (inss != null) {
            item.put("inss", inss);
        }
        if (company != null) {
            item.put("companyId", company);
        }
        if (limosa != null) {
            item.put("limosaId", limosa);
        }

        assertError(registerOne(item), code, description);
    }

    @Test
    void bothPersonFormsAtOnceIsInvalidPerson() {
        Map<String, Object> item = ciawItem(reference(), SPECIMEN, BUILDER);
        item.put("limosaId", "23456789012345678");

        assertError(registerOne(item), "INVALID_PERSON", "EITHER INSS WITH COMPANY ID OR LIMOSA ID IS REQUIRED");
    }

    @Test
    void severalErrorsAreAllReported() {
        Map<String, Object> item = ciawItem(reference(), "85073003300", "0566988250");
        item.put("registrationDate", "2026-01-01");

        JsonNode errors = registerOne(item).get("errors");
        List<String> codes = new ArrayList<>();
        errors.forEach(e -> codes.add(e.get("code").asText()));
        assertThat(codes).containsExactly("INVALID_INSS", "INVALID_COMPANY_ID", "INVALID_DATE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "DUC IS NOT EXISTING, 85073003328, 0403123486, , 1Y1UNKNOWN000",
        "SITE IS NOT SUBJECT TO PRESENCE REGISTRATION, 85073003328, 0566988259, , 1Y1SMALLLEUV7",
        "LIMOSA ID IS NOT KNOWN, , , 99999999999999999, " + GENT,
    })
    void whatOnlyALookUpCanTellIsARemarkOnACreatedRegistrationNotARefusal(String remark, String inss,
            String company, String limosa, String workplace) {
        Map<String, Object> item = new java.util.LinkedHashMap<>();
        item.put("clientReference", reference());
        item.put("workplaceId", workplace);
        item.put("registrationDate", "2026-03-10");
        if (inss != null) {
            item.put("inss", inss);
            item.put("companyId", company);
        } else {
            item.put("limosaId", limosa);
        }

        JsonNode result = registerOne(item);

        assertThat(result.get("created").asBoolean()).isTrue();
        JsonNode r = result.get("registration");
        assertThat(r.get("presenceRegistrationId").asText()).matches("\\d{12,15}");
        assertThat(r.get("status").asText()).isEqualTo("FAILED");
        assertThat(r.get("remarks").get(0).asText()).isEqualTo(remark);
    }

    @Test
    void samePersonWorkplaceAndDayWithAnotherReferenceIsRegisteredAgainAndFlagged() {
        JsonNode first = registerOne(ciawItem(reference(), "03040512242", BUILDER));
        String receipt = first.at("/registration/presenceRegistrationId").asText();

        JsonNode second = registerOne(ciawItem(reference(), "03040512242", BUILDER));

        assertThat(second.get("created").asBoolean()).isTrue();
        assertThat(second.at("/registration/presenceRegistrationId").asText()).isNotEqualTo(receipt);
        assertThat(second.at("/registration/status").asText()).isEqualTo("FAILED");
        assertThat(second.at("/registration/remarks/0").asText()).isEqualTo("SAME DECLARATION HAS ALREADY BEEN REGISTERED");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource({
        "88010115125, 0459221061, COMPANY IS NOT KNOWN  AS BUILDER OR  SUBCONTRACTOR IN THIS DUC",
        "93031512343, 0566988259, NISS IS NOT KNOW IN THE NATIONAL REGISTER|RELATED DIMONA NOT OK",
        "78051128786, 0415223445, EMPLOYER NOT ACTIVE",
        "69031409384, 0566988259, RELATED DIMONA NOT OK",
        "80010101293, 0403123486, RELATED DIMONA NOT OK",
    })
    void everyRemarkMakesACreatedButFailedRegistration(String inss, String company, String remarks) {
        JsonNode result = registerOne(ciawItem(reference(), inss, company));

        assertThat(result.get("created").asBoolean()).isTrue();
        JsonNode r = result.get("registration");
        assertThat(r.get("presenceRegistrationId").asText()).matches("\\d{12,15}");
        assertThat(r.get("status").asText()).isEqualTo("FAILED");
        List<String> actual = new ArrayList<>();
        r.get("remarks").forEach(x -> actual.add(x.asText()));
        assertThat(actual).containsExactly(remarks.split("\\|"));
    }

    @Test
    void limosaRemarks() {
        JsonNode inactive = registerOne(limosaItem(reference(), "45678901234567890")).get("registration");
        assertThat(inactive.get("status").asText()).isEqualTo("FAILED");
        assertThat(inactive.get("remarks").get(0).asText()).isEqualTo("LIMOSA ID IS NOT ACTIVE AT DATE");

        JsonNode offDeclaration = registerOne(limosaItem(reference(), "34567890123456789")).get("registration");
        assertThat(offDeclaration.get("remarks").get(0).asText())
                .isEqualTo("COMPANY IS NOT KNOWN  AS BUILDER OR  SUBCONTRACTOR IN THIS DUC");
    }

    @Test
    void resendWithTheSameReferenceGetsTheSameReceiptAndNoSecondRow() {
        String ref = reference();
        JsonNode first = registerOne(ciawItem(ref, "96012613145", BUILDER));
        JsonNode again = registerOne(ciawItem(ref, "96012613145", BUILDER));

        assertThat(again).isEqualTo(first);
        assertThat(sim.registrationCount(SimulatorClient.SENDER, ref)).isEqualTo(1);
    }

    @Test
    void notCreatedResultsAreRepeatedToo() {
        String ref = reference();
        Map<String, Object> item = ciawItem(ref, "85073003300", BUILDER);

        assertThat(registerOne(item)).isEqualTo(registerOne(item));
    }

    @Test
    void resultsComeInItemOrderForABatch() {
        String a = reference();
        String b = reference();
        String c = reference();
        SimulatorClient.Answer answer = client.post("/api/v1/presences", items(
                ciawItem(a, "87060338536", "0437881160"), ciawItem(b, "bad", BUILDER), ciawItem(c, "02091104748",
                        "0403123486")));

        JsonNode results = answer.json().get("results");
        assertThat(results.get(0).get("clientReference").asText()).isEqualTo(a);
        assertThat(results.get(1).get("created").asBoolean()).isFalse();
        assertThat(results.get(2).get("clientReference").asText()).isEqualTo(c);
        assertThat(results.get(2).get("created").asBoolean()).isTrue();
    }

    @Test
    void twoHundredItemsAreAcceptedAndTwoHundredAndOneAreNot() {
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            many.add(ciaowItem(reference(), i % 2 == 0 ? "IN" : "OUT", "2026-03-10T09:00:00+01:00"));
        }
        SimulatorClient.Answer tooMany = client.post("/api/v1/presences", Map.of("items", many));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("code").asText()).isEqualTo("TOO_MANY_ITEMS");

        SimulatorClient.Answer ok = client.post("/api/v1/presences", Map.of("items", many.subList(0, 200)));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("results").size()).isEqualTo(200);
    }

    @Test
    void malformedCallsAreRefusedAsAWhole() {
        assertMalformed(client.post("/api/v1/presences", "{not json"));
        assertMalformed(client.post("/api/v1/presences", Map.of("items", List.of())));
        assertMalformed(client.post("/api/v1/presences", items(ciawItem("X".repeat(25), SPECIMEN, BUILDER))));
    }

    private static void assertMalformed(SimulatorClient.Answer answer) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asText()).isEqualTo("MALFORMED");
    }

    private static void assertError(JsonNode result, String code, String description) {
        assertThat(result.get("created").asBoolean()).as(result.toString()).isFalse();
        assertThat(result.get("errors").get(0).get("code").asText()).as(result.toString()).isEqualTo(code);
        assertThat(result.get("errors").get(0).get("description").asText()).isEqualTo(description);
    }
}
