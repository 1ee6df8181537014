package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.card.EidReadResult;
import be.sitegate.card.EidReader;
import be.sitegate.card.EidReaderSettings;
import be.sitegate.config.KioskConfig;
import be.sitegate.kiosk.CardEvents;
import be.sitegate.kiosk.CardIdentity;
import be.sitegate.kiosk.CardIdentity.Authenticity;
import be.sitegate.virtualcard.VirtualCardPki;
import be.sitegate.virtualcard.VirtualCardProfiles;
import be.sitegate.virtualcard.VirtualTerminal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The government's public specimen cards carry national numbers anyone can copy, so a kiosk on a
 * site must not register them, while the demo lives on them. Each card here is read for real from
 * the in-process virtual card and goes through {@link CardEventsAdapter} as the configuration sets it
 * up. The reader trusts the virtual card's test root throughout: the card is authentic, only its
 * number is in question.
 */
class SpecimenCardTest {

    private static final KioskConfig ON_A_SITE = KioskConfig.of(Map.of(), Map.of());
    private static final KioskConfig IN_THE_DEMO = ON_A_SITE.forDemo(Path.of("demo", "kiosk.db"));
    private static final EidReader READER = new EidReader(EidReaderSettings.trusting(List.of(VirtualCardPki.testRoot())));

    /** What the screen is told when {@code profile} is read on a kiosk with {@code config}. */
    private static CardIdentity read(String profile, KioskConfig config) {
        CardEventsAdapter adapter = new CardEventsAdapter(config.acceptSpecimenCards());
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
        assertThat(result).as("the card itself reads and verifies").isInstanceOf(EidReadResult.Success.class);
        adapter.onCardRead(terminal.getName(), result);
        assertThat(told.get()).as("the screen heard of the card").isNotNull();
        return told.get();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa-17", "ec-18"})
    void aSpecimenCardIsNotAuthenticOnASite(String specimen) {
        CardIdentity identity = read(specimen, ON_A_SITE);
        assertThat(identity.inss().isSpecimen()).isTrue();
        assertThat(identity.authenticity()).isEqualTo(Authenticity.NOT_AUTHENTIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa-17", "ec-18"})
    void theSameSpecimenCardIsAuthenticInTheDemo(String specimen) {
        assertThat(read(specimen, IN_THE_DEMO).authenticity()).isEqualTo(Authenticity.AUTHENTIC);
    }

    @Test
    void anAuthenticCardWithARealNumberIsAuthenticOnASite() {
        CardIdentity identity = read("accents", ON_A_SITE);
        assertThat(identity.inss().isSpecimen()).isFalse();
        assertThat(identity.authenticity()).as("only the specimen number is refused, not the virtual card")
                .isEqualTo(Authenticity.AUTHENTIC);
    }
}
