package be.sitegate.central;

import static be.sitegate.fuzz.PerInputDeadline.within;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.fuzz.JsonMutations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The client's reading of the service's JSON (issue 18, part 5), without the network, so that many
 * answers are tried: valid answers changed as trees (a value of another type, a member gone or
 * renamed, an element repeated) read into the client's results or fail as a {@link CentralException};
 * a result reads as created only where the answer says {@code "created": true}, a cancellation as
 * cancelled only where it says {@code "cancelled": true}. {@link CentralClientFuzzTest} sends answers
 * like these over a real HTTPS exchange.
 */
class CentralAnswersFuzzTest {

    private final CentralJson json = new CentralJson(new ObjectMapper());

    @Property
    void aRegisterResultIsCreatedOnlyWhereTheAnswerSaysSo(@ForAll("registerAnswers") String answer) throws Exception {
        JsonNode tree = JsonMutations.parse(answer);
        List<ItemResult> results = readOrRefuse("registration results", () -> {
            List<ItemResult> out = new ArrayList<>();
            for (JsonNode r : json.array(tree, "results")) {
                out.add(json.itemResult(r));
            }
            return out;
        });
        if (results == null) {
            return;
        }
        for (int i = 0; i < results.size(); i++) {
            JsonNode said = tree.path("results").path(i);
            if (results.get(i) instanceof ItemResult.Created created) {
                assertThat(said.path("created").isBoolean() && said.path("created").booleanValue()).isTrue();
                assertThat(said.path("registration").path("status").asText())
                        .isEqualTo(created.registration().status().wire());
                assertThat(created.registration().presenceRegistrationId())
                        .isEqualTo(said.path("registration").path("presenceRegistrationId").asText());
            } else {
                assertThat(said.path("created").isBoolean() && !said.path("created").booleanValue()).isTrue();
                assertThat(((ItemResult.NotCreated) results.get(i)).errors()).isNotEmpty();
            }
        }
    }

    @Property
    void aCancelResultIsCancelledOnlyWhereTheAnswerSaysSo(@ForAll("cancelAnswers") String answer) throws Exception {
        JsonNode tree = JsonMutations.parse(answer);
        List<CancelResult> results = readOrRefuse("cancellation results",
                () -> json.array(tree, "results").stream().map(json::cancelResult).toList());
        if (results == null) {
            return;
        }
        for (int i = 0; i < results.size(); i++) {
            JsonNode said = tree.path("results").path(i).path("cancelled");
            assertThat(said.isBoolean()).isTrue();
            assertThat(results.get(i) instanceof CancelResult.Cancelled).isEqualTo(said.booleanValue());
        }
    }

    @Property
    void anInitialisationReadsWholeOrIsMalformed(@ForAll("initialisationAnswers") String answer) throws Exception {
        JsonNode tree = JsonMutations.parse(answer);
        Initialisation opened = readOrRefuse("initialisation", () -> json.initialisation(tree));
        if (opened != null) {
            assertThat(opened.workplace().id()).isEqualTo(
                    be.sitegate.domain.WorkplaceId.parse(tree.path("workplace").path("id").asText()));
        }
    }

    @Property
    void aSearchPageReadsWholeOrIsMalformed(@ForAll("searchAnswers") String answer) throws Exception {
        JsonNode tree = JsonMutations.parse(answer);
        List<CentralRegistration> page = readOrRefuse("search results",
                () -> json.array(tree, "items").stream().map(json::registration).toList());
        if (page != null) {
            assertThat(page).hasSize(tree.path("items").size());
        }
    }

    /** The result, or null when the answer was refused as the client refuses it: with a CentralException. */
    private static <T> T readOrRefuse(String what, Supplier<T> read) throws Exception {
        try {
            T out = within(() -> CentralJson.reading(what, read));
            Statistics.label("outcome").collect("read");
            return out;
        } catch (CentralException refused) {
            Statistics.label("outcome").collect(refused.reasonCode());
            return null;
        }
    }

    @Provide
    Arbitrary<String> registerAnswers() {
        return JsonMutations.mutated(CentralAnswerSeeds.REGISTER).filter(CentralAnswersFuzzTest::isJson);
    }

    @Provide
    Arbitrary<String> cancelAnswers() {
        return JsonMutations.mutated(CentralAnswerSeeds.CANCEL).filter(CentralAnswersFuzzTest::isJson);
    }

    @Provide
    Arbitrary<String> initialisationAnswers() {
        return JsonMutations.mutated(CentralAnswerSeeds.INITIALISATION).filter(CentralAnswersFuzzTest::isJson);
    }

    @Provide
    Arbitrary<String> searchAnswers() {
        return JsonMutations.mutated(CentralAnswerSeeds.SEARCH).filter(CentralAnswersFuzzTest::isJson);
    }

    /** Bytes that are no longer JSON are the HTTP layer's to refuse ({@link CentralClientFuzzTest}). */
    private static boolean isJson(String text) {
        try {
            JsonMutations.parse(text);
            return true;
        } catch (IllegalArgumentException notJson) {
            return false;
        }
    }
}
