package be.sitegate.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Answers of the central service changed two ways: as a JSON tree ({@link JsonEdit}: still JSON,
 * wrong in content) and as bytes ({@link ByteEdit}: often no longer JSON at all).
 */
public final class JsonMutations {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values that mean something to the contract, besides any value at all. */
    private static final List<String> TELLING = List.of("null", "true", "false", "0", "-1", "1", "200", "2.5", "1e400",
            "-1e400", "9223372036854775808", "\"\"", "\" \"", "\"R1\"", "\"R2\"", "\"VALIDATED\"",
            "\"SUCCESSFULLY REGISTERED\"", "\"FAILED\"", "\"SUCCESSFULLY CANCELLED\"", "\"ALREADY_REGISTERED\"",
            "\"2026-11-23\"", "\"+999999999-12-31\"", "\"2026-11-23T08:00:00+01:00\"", "\"2026-11-23T08:00:00\"",
            "\"85073003328\"", "\"85073003361\"", "\"0566988259\"", "\"1Y101DRUNWB5Z\"", "\"CIAW\"", "\"IN\"",
            "{}", "[]", "[{}]", "[null]", "{\"created\":true}", "\"\\u0000\"", "\"é\"");

    private JsonMutations() {
    }

    public static Arbitrary<JsonNode> value() {
        Arbitrary<String> text = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(TELLING)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(30).map(s -> {
                    try {
                        return JSON.writeValueAsString(s);
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                })),
                Tuple.of(1, Arbitraries.longs().map(l -> Long.toString(l))));
        return text.map(JsonMutations::parse);
    }

    public static Arbitrary<JsonEdit> edit() {
        return Combinators.combine(Arbitraries.of(JsonEdit.Kind.class), Arbitraries.integers().between(0, 10_000), value())
                .as(JsonEdit::new);
    }

    /** {@code valid} with 1 to 4 tree edits, as text. */
    public static Arbitrary<String> treeMutated(String valid) {
        JsonNode tree = parse(valid);
        return edit().list().ofMinSize(1).ofMaxSize(4).map(edits -> {
            JsonNode out = tree;
            for (JsonEdit e : edits) {
                out = e.apply(out);
            }
            return out.toString();
        });
    }

    /** {@code valid} with 1 to 4 byte edits, decoded as UTF-8 again (broken sequences become U+FFFD). */
    public static Arbitrary<String> byteMutated(String valid) {
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        return ByteMutations.edits(ByteMutations::noLengths)
                .map(edits -> new String(ByteMutations.apply(bytes, edits), StandardCharsets.UTF_8));
    }

    /** Either kind, from any of {@code valid}; sometimes unchanged, so the valid path is fuzzed too. */
    public static Arbitrary<String> mutated(List<String> valid) {
        // One arbitrary per seed, chosen among, rather than a flatMap that builds new ones for every try.
        List<Arbitrary<String>> perSeed = valid.stream().map(v -> Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(v)),
                Tuple.of(6, treeMutated(v)),
                Tuple.of(3, byteMutated(v)))).toList();
        return Arbitraries.oneOf(perSeed);
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: a seed must be valid", e);
        }
    }
}
