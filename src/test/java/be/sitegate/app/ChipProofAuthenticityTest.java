package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.card.EidReadResult;
import be.sitegate.card.EidReader;
import be.sitegate.card.EidReaderSettings;
import be.sitegate.kiosk.CardEvents;
import be.sitegate.kiosk.CardIdentity;
import be.sitegate.kiosk.CardIdentity.Authenticity;
import be.sitegate.virtualcard.VirtualCardPki;
import be.sitegate.virtualcard.VirtualCardProfiles;
import be.sitegate.virtualcard.VirtualTerminal;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the screen hears of a chip that fails its proof: the very authenticity a forged card gets,
 * so the worker reads the forged card's words and nothing is registered (CardInputTest holds that
 * screen rule); a card whose chip is proven, or an applet 1.7 card whose chip cannot be, registers.
 * Read for real from the in-process virtual card, in the demo's set-up (specimen numbers accepted).
 */
class ChipProofAuthenticityTest {

    private static final EidReader READER = new EidReader(EidReaderSettings.trusting(List.of(VirtualCardPki.testRoot())));

    private static Authenticity authenticity(String profile) {
        CardEventsAdapter adapter = new CardEventsAdapter(true);
        AtomicReference<CardIdentity> told = new AtomicReference<>();
        adapter.subscribe(new CardEvents.Listener() {
            @Override
            public void cardRead(CardIdentity identity) {
                told.set(identity);
            }
        });
        VirtualTerminal terminal = VirtualTerminal.standalone("Reader 0");
        terminal.insert(VirtualCardProfiles.named(profile));
        EidReadResult result = READER.read(terminal);
        assertThat(result).as(profile).isInstanceOf(EidReadResult.Success.class);
        adapter.onCardRead(terminal.getName(), result);
        return told.get().authenticity();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ec-18-cloned-chip", "ec-18-wrong-key-hash", "ec-18-no-basic-key"})
    void aChipThatFailsIsRefusedAsAForgedCardIs(String profile) {
        assertThat(authenticity("forged-ca-ec")).isEqualTo(Authenticity.NOT_AUTHENTIC);
        assertThat(authenticity(profile)).isEqualTo(authenticity("forged-ca-ec"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ec-18", "rsa-17"})
    void aProvenChipOrAnApplet17CardRegisters(String profile) {
        assertThat(authenticity(profile)).isEqualTo(Authenticity.AUTHENTIC);
    }
}
