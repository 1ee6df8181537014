package be.sitegate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.app.CardEventsAdapter;
import be.sitegate.card.EidReadResult;
import be.sitegate.card.EidReader;
import be.sitegate.card.EidReaderSettings;
import be.sitegate.card.PhotoResult;
import be.sitegate.card.VerificationOutcome;
import be.sitegate.kiosk.CardEvents;
import be.sitegate.kiosk.CardIdentity;
import be.sitegate.virtualcard.VirtualCardPki;
import be.sitegate.virtualcard.VirtualCardProfile;
import be.sitegate.virtualcard.VirtualCardProfiles;
import be.sitegate.virtualcard.VirtualTerminal;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tampered, truncated and corrupt cards (issue 18, part 3) read in process: each named damage
 * refused for its own reason, and bytes flipped and cuts all over the files a read takes never
 * read as authentic, never an exception. The kiosk's side of the same cards is
 * {@link CardFaultsInProcessTest}.
 */
class DamagedCardsTest {

    private static final EidReader READER = new EidReader(
            EidReaderSettings.trusting(List.of(VirtualCardPki.testRoot())));

    static Stream<DamagedCards.Damage> damages() {
        return DamagedCards.all().stream();
    }

    private static EidReadResult read(VirtualCardProfile profile) {
        VirtualTerminal terminal = VirtualTerminal.standalone("r");
        terminal.insert(profile);
        return READER.read(terminal);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void eachDamageIsRefusedForItsOwnReason(DamagedCards.Damage damage) {
        EidReadResult result = read(damage.profile());
        DamagedCards.Expected expected = damage.expected();
        if (expected.failure() != null) {
            assertThat(result).isInstanceOfSatisfying(EidReadResult.Failure.class,
                    f -> assertThat(f.reason()).isEqualTo(expected.failure()));
        } else {
            assertThat(result).isInstanceOfSatisfying(EidReadResult.Success.class, s -> {
                assertThat(s.card().verification().outcome()).isEqualTo(VerificationOutcome.NOT_AUTHENTIC);
                assertThat(s.card().verification().reason()).contains(expected.reason());
                s.session().close();
            });
        }
    }

    @Test
    void theUndamagedCardIsAuthentic() {
        var result = (EidReadResult.Success) read(DamagedCards.GENUINE);
        assertThat(result.card().verification().outcome()).isEqualTo(VerificationOutcome.AUTHENTIC);
        result.session().close();
    }

    /**
     * Every byte of the files a read takes, each flipped in turn. The certificate is flipped within
     * its DER only (the zero padding after it is no part of it), and a flip that leaves both what the
     * root signed and the signature's value as they were is no tampering: the one such byte is the
     * count of unused bits in the signature's BIT STRING, which the JDK's parser takes as 1 when the
     * signature's last bit is 0. (The address's trailing zeros are trimmed before its signature is
     * checked, so flipping one makes it data, and it fails.)
     */
    /**
     * Every 7th byte flipped and every 7th length cut of the files a read takes, for both key types (a
     * prime stride lands on tags, lengths and values alike); {@code .ci/soak card} takes every one.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rsa-17", "ec-18"})
    void flippedAndCutFilesAreNeverAuthentic(String card) {
        FileDamageSweep.Result result = FileDamageSweep.run(VirtualCardProfiles.named(card), 7, READER);
        assertThat(result.reads()).isGreaterThan(150);
        assertThat(result.crashes()).as("reads that threw").isEmpty();
        assertThat(result.authentic()).as("damages read as authentic").isEmpty();
    }

    /**
     * The photo is read after the verdict, when the confirmation shows it: a photo that does not match
     * the hash the national register signed is reported so, and the kiosk shows no photo at all.
     */
    @Test
    void aPhotoThatDoesNotMatchItsHashIsNeverShown() {
        var result = (EidReadResult.Success) read(DamagedCards.photoFlipped());
        CardEventsAdapter adapter = new CardEventsAdapter(true);
        AtomicReference<CardIdentity> told = new AtomicReference<>();
        adapter.subscribe(new CardEvents.Listener() {
            @Override
            public void cardRead(CardIdentity identity) {
                told.set(identity);
            }
        });
        adapter.onCardRead("r", result);
        assertThat(told.get().photo().get()).as("photo shown").isEmpty();
        assertThat(result.session().readPhoto()).isInstanceOfSatisfying(PhotoResult.Loaded.class,
                photo -> assertThat(photo.hashMatches()).isFalse());
        result.session().close();
    }

}
