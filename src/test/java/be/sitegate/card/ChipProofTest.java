package be.sitegate.card;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.ChipProof;
import be.sitegate.virtualcard.BelpicCard;
import be.sitegate.virtualcard.VirtualCardProfiles;
import be.sitegate.virtualcard.VirtualTerminal;
import be.sitegate.virtualcard.VirtualTerminals;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Issue 19.1 in process: applet 1.8 cards prove their chip with the basic key (4040 hashed into the
 * signed tag 26, then one INTERNAL AUTHENTICATE), applet 1.7 cards are "data verified, chip not
 * provable", and a chip that fails is refused exactly as forged files are. The challenges the virtual
 * chip received are counted, over retried reads and over many insertions.
 */
class ChipProofTest {

    private static BelpicCard card(String profile) {
        return new BelpicCard(VirtualCardProfiles.named(profile));
    }

    private static VirtualTerminal holding(BelpicCard card) {
        VirtualTerminal terminal = VirtualTerminal.standalone("test reader");
        terminal.insert(card);
        return terminal;
    }

    private static EidCard read(VirtualTerminal terminal, CardInsertion insertion) {
        EidReadResult result = new EidReader(EidReaderTest.SETTINGS).read(terminal, number -> { }, insertion);
        assertThat(result).isInstanceOf(EidReadResult.Success.class);
        EidReadResult.Success success = (EidReadResult.Success) result;
        success.session().close();
        return success.card();
    }

    private static EidCard read(BelpicCard card) {
        return read(holding(card), new CardInsertion());
    }

    @Test
    void anApplet18CardProvesItsChipWithOneChallenge() {
        BelpicCard chip = card("ec-18");
        EidCard card = read(chip);
        assertThat(card.chipProof()).isEqualTo(ChipProof.PROVEN);
        assertThat(card.verification().outcome()).isEqualTo(VerificationOutcome.AUTHENTIC);
        assertThat(chip.challengeCount()).isEqualTo(1);
        assertThat(chip.lastChallenge()).as("a SHA-384-long challenge for the P-384 basic key").hasSize(48);
    }

    @Test
    void anApplet17CardIsDataVerifiedChipNotProvableAndNeverChallenged() {
        for (String profile : List.of("rsa-17", "bis", "accents", "expired", "kids")) {
            BelpicCard chip = card(profile);
            EidCard card = read(chip);
            assertThat(card.chipProof()).as(profile).isEqualTo(ChipProof.NOT_PROVABLE);
            assertThat(card.verification().isAuthentic()).as(profile).isTrue();
            assertThat(chip.challengeCount()).as(profile).isZero();
        }
    }

    /** The forged-card outcome, and so the forged-card words for the worker; the reason says it was the chip. */
    @Test
    void aClonedChipIsRefusedAsNotAuthenticWithOneWarningForTheSiteManager() {
        BelpicCard chip = card("ec-18-cloned-chip");
        AtomicReference<EidCard> read = new AtomicReference<>();
        List<String> warnings = warningsWhile(() -> read.set(read(chip)));
        EidCard card = read.get();
        assertThat(card.verification().outcome()).isEqualTo(VerificationOutcome.NOT_AUTHENTIC);
        assertThat(card.verification().reason()).contains(NotAuthenticReason.CHIP_SIGNATURE_INVALID);
        assertThat(card.chipProof()).isEqualTo(ChipProof.FAILED);
        assertThat(chip.challengeCount()).isEqualTo(1);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("not authentic", "CHIP_SIGNATURE_INVALID", "4040")
                .doesNotContain("01050399963", "99963", "Benoît", "Specimen", "Namur");
    }

    @Test
    void aKeyWhoseHashIsNotTag26IsRefusedBeforeAnyChallenge() {
        BelpicCard chip = card("ec-18-wrong-key-hash");
        List<String> warnings = warningsWhile(() -> {
            EidCard card = read(chip);
            assertThat(card.verification().outcome()).isEqualTo(VerificationOutcome.NOT_AUTHENTIC);
            assertThat(card.verification().reason()).contains(NotAuthenticReason.CHIP_BASIC_KEY_HASH_MISMATCH);
            assertThat(card.chipProof()).isEqualTo(ChipProof.FAILED);
        });
        assertThat(chip.challengeCount()).as("no challenge spent on a key the register did not sign").isZero();
        assertThat(warnings).singleElement().asString().contains("CHIP_BASIC_KEY_HASH_MISMATCH", "tag 26");
    }

    @Test
    void aChipWithoutItsBasicKeyIsRefused() {
        BelpicCard chip = card("ec-18-no-basic-key");
        List<String> warnings = warningsWhile(() -> {
            EidCard card = read(chip);
            assertThat(card.verification().reason()).contains(NotAuthenticReason.CHIP_BASIC_KEY_MISSING);
            assertThat(card.chipProof()).isEqualTo(ChipProof.FAILED);
        });
        assertThat(chip.challengeCount()).isEqualTo(1);
        assertThat(warnings).singleElement().asString().contains("CHIP_BASIC_KEY_MISSING", "6A88");
    }

    @Test
    void aChipWhoseChallengesAreUsedUpIsRefused() {
        BelpicCard chip = card("ec-18");
        chip.assumeChallengesSigned(BelpicCard.CHALLENGE_LIMIT);
        EidCard card = read(chip);
        assertThat(card.verification().reason()).contains(NotAuthenticReason.CHIP_CHALLENGE_BLOCKED);
        assertThat(card.chipProof()).isEqualTo(ChipProof.FAILED);
    }

    /** Files that do not verify keep their own reason: the chip's verdict does not hide a forgery. */
    @Test
    void forgedFilesOnAGenuineChipKeepTheirForgeryReason() {
        EidCard card = read(card("forged-ca-ec"));
        assertThat(card.verification().reason()).contains(NotAuthenticReason.RRN_SIGNER_IS_CA);
        assertThat(card.chipProof()).isEqualTo(ChipProof.PROVEN);
    }

    /** The card stays in and is read again (a retry): the chip's first answer stands, no second challenge. */
    @Test
    void aSecondReadOfTheSameInsertionDoesNotChallengeAgain() {
        BelpicCard chip = card("ec-18");
        VirtualTerminal terminal = holding(chip);
        CardInsertion insertion = new CardInsertion();
        assertThat(read(terminal, insertion).chipProof()).isEqualTo(ChipProof.PROVEN);
        assertThat(read(terminal, insertion).chipProof()).isEqualTo(ChipProof.PROVEN);
        assertThat(chip.challengeCount()).isEqualTo(1);

        BelpicCard clone = card("ec-18-cloned-chip");
        VirtualTerminal other = holding(clone);
        CardInsertion cloneInsertion = new CardInsertion();
        for (int retry = 0; retry < 3; retry++) {
            assertThat(read(other, cloneInsertion).verification().reason()).as("retry %d", retry)
                    .contains(NotAuthenticReason.CHIP_SIGNATURE_INVALID);
        }
        assertThat(clone.challengeCount()).as("a failed chip is not challenged again in a retry loop").isEqualTo(1);
    }

    /**
     * A read that failed after the chip answered, retried in the same insertion: proven without a
     * new challenge. A read that failed between the challenge and its answer: the retry of that
     * insertion must not challenge again, so it asks for the card to be inserted again; the next
     * insertion is challenged.
     */
    @Test
    void aReadRetriedAfterATransportFaultIsNotChallengedAgain() {
        int challenge = wireApdusUpToTheChallenge();

        BelpicCard chip = card("ec-18");
        VirtualTerminal terminal = holding(chip);
        CardInsertion insertion = new CardInsertion();
        terminal.removeAfterApdus(challenge + 3); // GET RESPONSE and SELECT 4033 answered, then gone
        assertThat(failure(terminal, insertion)).isEqualTo(ReadFailure.CARD_REMOVED);
        assertThat(chip.challengeCount()).isEqualTo(1);
        terminal.insert(chip); // the transport is back; the caller says it is the same insertion
        assertThat(read(terminal, insertion).chipProof()).isEqualTo(ChipProof.PROVEN);
        assertThat(chip.challengeCount()).isEqualTo(1);

        BelpicCard cut = card("ec-18");
        VirtualTerminal cutTerminal = holding(cut);
        CardInsertion cutInsertion = new CardInsertion();
        cutTerminal.removeAfterApdus(challenge); // the challenge answered 61xx, its GET RESPONSE never
        assertThat(failure(cutTerminal, cutInsertion)).isEqualTo(ReadFailure.CARD_REMOVED);
        cutTerminal.insert(cut);
        for (int retry = 0; retry < 3; retry++) {
            assertThat(failure(cutTerminal, cutInsertion)).as("retry %d: insert the card again", retry)
                    .isEqualTo(ReadFailure.CARD_REMOVED);
        }
        assertThat(cut.challengeCount()).isEqualTo(1);
        assertThat(read(cutTerminal, new CardInsertion()).chipProof()).as("the next insertion").isEqualTo(ChipProof.PROVEN);
        assertThat(cut.challengeCount()).isEqualTo(2);
    }

    /** Pulled after any APDU of an applet 1.8 read, the chip proof's own included: removed, never "not authentic". */
    @Test
    void anApplet18CardPulledAfterAnyApduIsCardRemoved() {
        VirtualTerminal whole = holding(card("ec-18"));
        whole.setResendOnWrongLength(false); // the reader re-sends after 6Cxx itself: every APDU it sends is one budget step
        int full = new EidReader(EidReaderTest.SETTINGS).read(whole).apduCount();
        for (int n = 1; n < full; n++) {
            VirtualTerminal terminal = holding(card("ec-18"));
            terminal.setResendOnWrongLength(false);
            terminal.removeAfterApdus(n);
            assertThat(failure(terminal, new CardInsertion())).as("pulled after %d APDUs", n)
                    .isEqualTo(ReadFailure.CARD_REMOVED);
        }
    }

    private static ReadFailure failure(VirtualTerminal terminal, CardInsertion insertion) {
        EidReadResult result = new EidReader(EidReaderTest.SETTINGS).read(terminal, n -> { }, insertion);
        assertThat(result).isInstanceOf(EidReadResult.Failure.class);
        return ((EidReadResult.Failure) result).reason();
    }

    /** The wire APDU that is INTERNAL AUTHENTICATE in a read of ec-18: the first budget after which the chip was challenged. */
    private static int wireApdusUpToTheChallenge() {
        for (int n = 1; n < 100; n++) {
            BelpicCard probe = card("ec-18");
            VirtualTerminal terminal = holding(probe);
            terminal.removeAfterApdus(n);
            new EidReader(EidReaderTest.SETTINGS).read(terminal);
            if (probe.challengeCount() == 1) {
                return n;
            }
        }
        throw new AssertionError("the read never challenged the chip");
    }

    @Test
    void everyInsertionThroughTheMonitorIsChallengedOnceWithAFreshChallenge() throws Exception {
        BelpicCard chip = card("ec-18");
        VirtualTerminals terminals = new VirtualTerminals();
        VirtualTerminal reader = terminals.add("USB reader");
        BlockingQueue<EidReadResult> reads = new LinkedBlockingQueue<>();
        BlockingQueue<CardStatus> removals = new LinkedBlockingQueue<>();
        Set<String> challenges = new HashSet<>();
        int insertions = 12;
        try (CardMonitor monitor = new CardMonitor(TerminalSource.of(terminals), new EidReader(EidReaderTest.SETTINGS),
                new CardListener() {
                    @Override
                    public void onStatus(CardStatus status) {
                        if (status.code() == MonitorStatus.CARD_REMOVED) {
                            removals.add(status);
                        }
                    }

                    @Override
                    public void onCardRead(String readerName, EidReadResult result) {
                        reads.add(result);
                    }
                }, Duration.ofMillis(20))) {
            monitor.start();
            for (int i = 0; i < insertions; i++) {
                reader.insert(chip);
                EidReadResult result = reads.poll(10, TimeUnit.SECONDS);
                assertThat(result).as("insertion %d", i).isInstanceOf(EidReadResult.Success.class);
                assertThat(((EidReadResult.Success) result).card().chipProof()).isEqualTo(ChipProof.PROVEN);
                challenges.add(HexFormat.of().formatHex(chip.lastChallenge()));
                reader.remove();
                assertThat(removals.poll(10, TimeUnit.SECONDS)).as("removal %d seen by the monitor", i).isNotNull();
            }
        }
        assertThat(chip.challengeCount()).isEqualTo(insertions);
        assertThat(challenges).as("a fresh random challenge every insertion").hasSize(insertions);
    }

    private static List<String> warningsWhile(Runnable work) {
        Logger logger = (Logger) LoggerFactory.getLogger(ChipProver.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            work.run();
        } finally {
            logger.detachAppender(appender);
        }
        List<String> out = new ArrayList<>();
        for (ILoggingEvent e : appender.list) {
            if (e.getLevel() == Level.WARN) {
                out.add(e.getFormattedMessage());
            }
        }
        return out;
    }
}
