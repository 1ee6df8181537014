package be.sitegate.central;

import static be.sitegate.fuzz.PerInputDeadline.within;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.fuzz.JsonMutations;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The parts of an answer read besides its JSON (issue 18, part 5): {@code Retry-After} of any text is
 * a wait of zero or more or none, and digits are read as the seconds they say; a problem body of any
 * shape names a non-blank code; an answer of any length, with a Content-Length that may lie, is read
 * whole up to the limit and refused as malformed beyond it, never read past it.
 */
class CentralHeadersFuzzTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @Property
    void retryAfterIsAWaitOfZeroOrMoreOrNone(@ForAll("retryAfter") String header) throws Exception {
        Optional<Duration> wait = within(() -> RetryAfter.parse(header, NOW));
        wait.ifPresent(w -> assertThat(w).isGreaterThanOrEqualTo(Duration.ZERO));
        String bare = header.strip();
        if (!bare.isEmpty() && bare.chars().allMatch(c -> c >= '0' && c <= '9') && bare.length() < 19) {
            assertThat(wait).contains(Duration.ofSeconds(Long.parseLong(bare)));
        }
    }

    @Property
    void aProblemOfAnyShapeNamesACode(@ForAll("problems") String body, @ForAll("statuses") int status)
            throws Exception {
        String code = within(() -> Problem.code(JsonMutations.parse(body), status));
        assertThat(code).isNotBlank();
    }

    @Property
    void anAnswerIsReadUpToTheLimitWhateverItsLengthSays(@ForAll("sizes") int size, @ForAll("claims") long claimed)
            throws Exception {
        long limit = 4096;
        byte[] content = new byte[size];
        ResponseBody body = new LyingBody(content, claimed);
        try {
            byte[] read = within(() -> AnswerSize.read(body, limit));
            assertThat(read).hasSize(size);
            assertThat((long) size).isLessThanOrEqualTo(limit);
        } catch (CentralUnavailableException refused) {
            assertThat(refused.reason()).isEqualTo(CentralUnavailableException.Reason.MALFORMED_ANSWER);
            assertThat(size > limit || claimed > limit).isTrue();
        } catch (IOException notExpected) {
            throw new AssertionError("an in-memory body gave an IOException", notExpected);
        }
    }

    /** A body whose Content-Length says {@code claimed}, whatever it holds. */
    private static final class LyingBody extends ResponseBody {
        private final byte[] content;
        private final long claimed;

        LyingBody(byte[] content, long claimed) {
            this.content = content;
            this.claimed = claimed;
        }

        @Override
        public MediaType contentType() {
            return null;
        }

        @Override
        public long contentLength() {
            return claimed;
        }

        @Override
        public BufferedSource source() {
            return new Buffer().write(content);
        }
    }

    @Provide
    Arbitrary<String> retryAfter() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, Long.MAX_VALUE).map(l -> Long.toString(l)),
                Arbitraries.strings().numeric().ofMaxLength(30),
                Arbitraries.strings().withChars("0123456789٣۵０ -+.e").ofMaxLength(12),
                Arbitraries.of("Wed, 21 Oct 2015 07:28:00 GMT", "Sun, 06 Nov 1994 08:49:37 GMT", "Fri, 31 Dec 9999 23:59:59 GMT",
                        "Mon, 30 Feb 2026 25:61:61 GMT", "Tue, 24 Nov 2026 08:00:00 +0100", "Thu, 01 Jan -999999999 00:00:00 GMT"),
                Arbitraries.strings().ofMaxLength(40));
    }

    @Provide
    Arbitrary<String> problems() {
        return JsonMutations.mutated(CentralAnswerSeeds.PROBLEMS).filter(b -> {
            try {
                JsonMutations.parse(b);
                return true;
            } catch (IllegalArgumentException notJson) {
                return false;
            }
        });
    }

    @Provide
    Arbitrary<Integer> statuses() {
        return Arbitraries.integers().between(100, 599);
    }

    @Provide
    Arbitrary<Integer> sizes() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.integers().between(4090, 4100)),
                Tuple.of(1, Arbitraries.integers().between(0, 20_000)));
    }

    @Provide
    Arbitrary<Long> claims() {
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(-1L)), Tuple.of(1, Arbitraries.longs().between(0, 8192)),
                Tuple.of(1, Arbitraries.of(0L, 4096L, 4097L, Long.MAX_VALUE, Long.MIN_VALUE)));
    }
}
