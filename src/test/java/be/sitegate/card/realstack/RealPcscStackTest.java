package be.sitegate.card.realstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.sitegate.card.CardInsertion;
import be.sitegate.card.CardListener;
import be.sitegate.card.CardMonitor;
import be.sitegate.card.CardStatus;
import be.sitegate.card.EidCard;
import be.sitegate.card.EidReadResult;
import be.sitegate.card.ForgedCards;
import be.sitegate.card.EidReader;
import be.sitegate.card.EidReaderSettings;
import be.sitegate.card.MonitorStatus;
import be.sitegate.card.NotAuthenticReason;
import be.sitegate.card.PcscTerminalSource;
import be.sitegate.card.PhotoResult;
import be.sitegate.card.ReadFailure;
import be.sitegate.card.TerminalSource;
import be.sitegate.card.VerificationOutcome;
import be.sitegate.domain.ChipProof;
import be.sitegate.domain.DocumentType;
import be.sitegate.virtualcard.BelpicCard;
import be.sitegate.virtualcard.VirtualCardPki;
import be.sitegate.virtualcard.VirtualCardProfiles;
import be.sitegate.virtualcard.VpcdCardClient;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.CardTerminal;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real stack: pcscd, the vpcd driver, TCP, and our virtual card, read through the JDK's PC/SC
 * provider. All real-stack tests live in this one class because the JDK's PC/SC context is static
 * per JVM and must be made after pcscd runs; one pcscd serves them all and is stopped by PID. The
 * tests run in any order: the one that stops pcscd starts it again and the kiosk reconnects. On CI
 * ({@code CI=true}) a stack that cannot start fails the class instead of skipping it.
 */
class RealPcscStackTest {

    private static final String SLOT_0 = "Virtual PCD 00 00";
    private static final Clock JUNE_2026 = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneId.of("Europe/Brussels"));

    private static final Path LOG = Path.of("target", "pcscd-test.log");
    private static PcscDaemon pcscd;
    private static TerminalSource.Unavailable beforeStart;
    private static TerminalSource source;
    private static CardTerminal slot0;
    private static EidReader reader;

    @BeforeAll
    static void startPcscd() throws Exception {
        require(PcscDaemon.installed(), "/usr/sbin/pcscd is missing (apt-get install pcscd vsmartcard-vpcd)");
        require(!PcscDaemon.alreadyRunning(), "another pcscd already runs on this machine; the real-stack tests "
                + "need their own (stop it: systemctl stop pcscd.socket pcscd)");
        source = new PcscTerminalSource();
        try {
            source.terminals();
        } catch (TerminalSource.Unavailable e) {
            beforeStart = e;
        }
        pcscd = PcscDaemon.start(LOG);
        slot0 = slot0();
        reader = new EidReader(EidReaderSettings.trusting(List.of(VirtualCardPki.testRoot())).withClock(JUNE_2026));
    }

    /** On CI the real stack is part of what is tested: missing, it fails; elsewhere it is skipped. */
    private static void require(boolean condition, String why) {
        if (!condition && "true".equals(System.getenv("CI"))) {
            fail(why + ": the real-stack tests cannot run, and on CI they must");
        }
        assumeTrue(condition, why + ": real-stack tests skipped");
    }

    /** The vpcd slot as the current PC/SC context sees it (a new one after pcscd restarted). */
    private static CardTerminal slot0() throws TerminalSource.Unavailable {
        CardTerminal slot = source.terminals().getTerminal(SLOT_0);
        assertThat(slot).as("vpcd reader " + SLOT_0).isNotNull();
        return slot;
    }

    @AfterAll
    static void stopPcscd() throws InterruptedException {
        if (pcscd != null) {
            pcscd.close(); // idempotent: the last test may have stopped it already
        }
    }

    /** Inserts {@code profile} through vpcd and waits (polling, at most 6 s) until pcscd sees it. */
    private static VpcdCardClient insert(String profile) throws Exception {
        VpcdCardClient client = new VpcdCardClient("127.0.0.1", VpcdCardClient.DEFAULT_PORT,
                new BelpicCard(VirtualCardProfiles.named(profile)));
        client.insert();
        assertThat(slot0.waitForCardPresent(6000)).as("card " + profile + " seen by pcscd").isTrue();
        return client;
    }

    private static void pull(VpcdCardClient client) throws Exception {
        client.close();
        assertThat(slot0.waitForCardAbsent(6000)).as("card removal seen by pcscd").isTrue();
    }

    private static EidReadResult.Success readOk(String profile) throws Exception {
        VpcdCardClient client = insert(profile);
        try {
            EidReadResult result = reader.read(slot0);
            assertThat(result).as(profile).isInstanceOf(EidReadResult.Success.class);
            return (EidReadResult.Success) result;
        } finally {
            pull(client);
        }
    }

    @Test
    void pcscServiceMissingIsAStatusAndRecovers() {
        assertThat(beforeStart).as("PC/SC unavailable before pcscd started").isNotNull();
        assertThat(beforeStart.status()).isEqualTo(MonitorStatus.PCSC_SERVICE_UNAVAILABLE);
    }

    @Test
    void defaultCardIsAuthenticWithPhoto() throws Exception {
        VpcdCardClient client = insert("rsa-17");
        try {
            var result = (EidReadResult.Success) reader.read(slot0);
            assertThat(result.card().identity().nationalNumber().toString()).isEqualTo("71715100070");
            assertThat(result.card().verification().outcome()).isEqualTo(VerificationOutcome.AUTHENTIC);
            assertThat(result.session().readPhoto()).isInstanceOfSatisfying(PhotoResult.Loaded.class,
                    photo -> assertThat(photo.hashMatches()).isTrue());
            result.session().close();
        } finally {
            pull(client);
        }
    }

    @Test
    void everyProfileThroughTheRealStack() throws Exception {
        assertThat(readOk("ec-18").card().verification().outcome()).isEqualTo(VerificationOutcome.AUTHENTIC);
        assertThat(readOk("accents").card().identity().lastName()).isEqualTo("Müller-Dąbrowska");
        assertThat(readOk("bis").card().identity().nationalNumber().isBis()).isTrue();
        var expired = readOk("expired").card().verification();
        assertThat(expired.outcome()).isEqualTo(VerificationOutcome.EXPIRED);
        var tampered = readOk("tampered").card().verification();
        assertThat(tampered.outcome()).isEqualTo(VerificationOutcome.NOT_AUTHENTIC);
        assertThat(tampered.reason()).contains(NotAuthenticReason.IDENTITY_SIGNATURE_INVALID);
        var kids = readOk("kids").card();
        assertThat(kids.identity().documentType()).isEqualTo(DocumentType.KIDS_CARD);
        assertThat(kids.verification().outcome()).isEqualTo(VerificationOutcome.AUTHENTIC);
    }

    /**
     * Issue 15's forged signers through pcscd and vpcd, every one of them, both key types (RSA
     * signatures are read to the modulus length, EC ones to the end of their padding):
     * NOT_AUTHENTIC for the rule each breaks, as in process (ForgedCardsTest).
     */
    @Test
    void forgedSignersAreNotAuthenticThroughTheRealStack() throws Exception {
        for (var forged : ForgedCards.profiles().entrySet()) {
            var verification = readOk(forged.getKey()).card().verification();
            assertThat(verification.outcome()).as(forged.getKey()).isEqualTo(VerificationOutcome.NOT_AUTHENTIC);
            assertThat(verification.reason()).as(forged.getKey()).contains(forged.getValue());
        }
    }

    /**
     * Issue 19.1 through pcscd and vpcd: the applet 1.8 card proves its chip (INTERNAL AUTHENTICATE
     * answered 61xx, fetched by the JDK's GET RESPONSE), the 1.7 card is data verified with its chip
     * not provable, and the three chips that fail are refused as forged cards are; the virtual chip
     * counts the challenges it received.
     */
    @Test
    void chipProofThroughTheRealStack() throws Exception {
        assertThat(chipRead("ec-18", ChipProof.PROVEN, 1).verification().outcome())
                .isEqualTo(VerificationOutcome.AUTHENTIC);
        assertThat(chipRead("rsa-17", ChipProof.NOT_PROVABLE, 0).verification().outcome())
                .isEqualTo(VerificationOutcome.AUTHENTIC);
        assertThat(chipRead("ec-18-cloned-chip", ChipProof.FAILED, 1).verification().reason())
                .contains(NotAuthenticReason.CHIP_SIGNATURE_INVALID);
        assertThat(chipRead("ec-18-wrong-key-hash", ChipProof.FAILED, 0).verification().reason())
                .contains(NotAuthenticReason.CHIP_BASIC_KEY_HASH_MISMATCH);
        assertThat(chipRead("ec-18-no-basic-key", ChipProof.FAILED, 1).verification().reason())
                .contains(NotAuthenticReason.CHIP_BASIC_KEY_MISSING);
    }

    private static EidCard chipRead(String profile, ChipProof expected, int challenges)
            throws Exception {
        VpcdCardClient client = insert(profile);
        try {
            EidReadResult result = reader.read(slot0);
            assertThat(result).as(profile).isInstanceOf(EidReadResult.Success.class);
            var success = (EidReadResult.Success) result;
            success.session().close();
            assertThat(success.card().chipProof()).as(profile).isEqualTo(expected);
            assertThat(client.card().challengeCount()).as(profile + ": challenges received").isEqualTo(challenges);
            return success.card();
        } finally {
            pull(client);
        }
    }

    /**
     * The virtual card's chip proof checked with other tools than the kiosk's: pcsc-tools' {@code
     * scriptor} (its own PC/SC client) sends SELECT 4040, READ BINARY, INTERNAL AUTHENTICATE and
     * GET RESPONSE through pcscd and vpcd, and {@code openssl} verifies the chip's answer over the
     * challenge with the key read from 4040. Skipped where either tool is missing.
     */
    @Test
    void theChipProofChecksOutWithScriptorAndOpenssl(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/scriptor"))
                && Files.isExecutable(Path.of("/usr/bin/openssl")), "scriptor or openssl missing");
        assertThat(opensslVerifiesTheChipsAnswer("ec-18", dir.resolve("genuine"))).isTrue();
        assertThat(opensslVerifiesTheChipsAnswer("ec-18-cloned-chip", dir.resolve("clone")))
                .as("the copied files' key does not verify the other chip's answer").isFalse();
    }

    private static boolean opensslVerifiesTheChipsAnswer(String profile, Path dir) throws Exception {
        Files.createDirectories(dir);
        String challenge = "0F1E2D3C4B5A69788796A5B4C3D2E1F00F1E2D3C4B5A69788796A5B4C3D2E1F0"
                + "00112233445566778899AABBCCDDEEFF";
        VpcdCardClient client = insert(profile);
        List<byte[]> answers;
        try {
            answers = scriptor(List.of("00 A4 08 0C 06 3F00DF014040", "00 B0 00 00 78",
                    "00 88 02 81 32 94 30 " + challenge, "00 C0 00 00 60"));
        } finally {
            pull(client);
        }
        assertThat(answers).hasSize(4);
        assertThat(HexFormat.of().formatHex(answers.get(0))).isEqualTo("9000");
        byte[] key = Arrays.copyOf(answers.get(1), answers.get(1).length - 2);
        assertThat(HexFormat.of().formatHex(answers.get(2))).as("T=0: the answer waits").isEqualTo("6160");
        byte[] rs = answers.get(3);
        assertThat(HexFormat.of().formatHex(rs, rs.length - 2, rs.length)).isEqualTo("9000");
        rs = Arrays.copyOf(rs, rs.length - 2);
        assertThat(rs).hasSize(96);
        Files.write(dir.resolve("key.der"), key);
        Files.write(dir.resolve("challenge.bin"), HexFormat.of().parseHex(challenge));
        Files.write(dir.resolve("signature.der"), new DERSequence(
                new ASN1Encodable[] {
                    new ASN1Integer(new BigInteger(1, Arrays.copyOf(rs, 48))),
                    new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(rs, 48, 96)))
                }).getEncoded());
        // pkeyutl takes its input as the digest itself, as the chip does: no hashing on either side.
        Process verify = new ProcessBuilder("openssl", "pkeyutl", "-verify", "-pubin", "-keyform", "DER", "-inkey",
                dir.resolve("key.der").toString(), "-in", dir.resolve("challenge.bin").toString(), "-sigfile",
                dir.resolve("signature.der").toString()).redirectErrorStream(true).start();
        String said = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean verified = verify.waitFor() == 0;
        assertThat(said).as(profile).contains(verified ? "Signature Verified Successfully" : "Signature Verification Failure");
        return verified;
    }

    /** The response APDUs {@code scriptor} got for {@code commands} on slot 0, in order. */
    private static List<byte[]> scriptor(List<String> commands) throws Exception {
        Process p = new ProcessBuilder("scriptor", "-r", SLOT_0).redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            for (String command : commands) {
                // scriptor wants every byte on its own: "00 A4 08 0C ..."
                String bytes = command.replace(" ", "").replaceAll("(..)(?!$)", "$1 ");
                in.write((bytes + "\n").getBytes(StandardCharsets.US_ASCII));
            }
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        // "< 30 76 ... " then 16 bytes a line until the one that ends " : <status in words>"
        List<byte[]> answers = new ArrayList<>();
        StringBuilder hex = null;
        for (String line : out.split("\n")) {
            if (line.startsWith("< ")) {
                hex = new StringBuilder();
                line = line.substring(2);
            }
            if (hex != null) {
                hex.append(line.split(" : ")[0].replace(" ", ""));
                if (line.contains(" : ")) {
                    answers.add(HexFormat.of().parseHex(hex));
                    hex = null;
                }
            }
        }
        return answers;
    }

    /**
     * The card stays in vpcd and is read three times as one insertion (a retry), then once more as
     * another: two challenges in all. Then through the monitor, card pulled and put back: one more
     * per insertion.
     */
    @Test
    void oneChallengePerInsertionThroughTheRealStack() throws Exception {
        BelpicCard chip = new BelpicCard(VirtualCardProfiles.named("ec-18"));
        VpcdCardClient client = new VpcdCardClient("127.0.0.1", VpcdCardClient.DEFAULT_PORT, chip);
        client.insert();
        assertThat(slot0.waitForCardPresent(6000)).isTrue();
        try {
            CardInsertion insertion = new CardInsertion();
            for (int read = 0; read < 3; read++) {
                var result = (EidReadResult.Success) reader.read(slot0, number -> { }, insertion);
                result.session().close();
                assertThat(result.card().chipProof()).as("read %d of the insertion", read).isEqualTo(ChipProof.PROVEN);
            }
            assertThat(chip.challengeCount()).isEqualTo(1);
            var again = (EidReadResult.Success) reader.read(slot0, number -> { }, new CardInsertion());
            again.session().close();
            assertThat(again.card().chipProof()).isEqualTo(ChipProof.PROVEN);
            assertThat(chip.challengeCount()).isEqualTo(2);
        } finally {
            pull(client);
        }

        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        try (CardMonitor monitor = new CardMonitor(source, reader, into(events))) {
            monitor.start();
            await(events, new CardStatus(MonitorStatus.WAITING_FOR_CARD, SLOT_0));
            for (int insertion = 0; insertion < 3; insertion++) {
                VpcdCardClient again = new VpcdCardClient("127.0.0.1", VpcdCardClient.DEFAULT_PORT, chip);
                again.insert();
                await(events, new CardStatus(MonitorStatus.CARD_INSERTED, SLOT_0));
                Object read = events.poll(10, TimeUnit.SECONDS);
                assertThat(read).isInstanceOf(EidReadResult.Success.class);
                assertThat(((EidReadResult.Success) read).card().chipProof()).isEqualTo(ChipProof.PROVEN);
                again.close();
                await(events, new CardStatus(MonitorStatus.CARD_REMOVED, SLOT_0));
            }
        }
        assertThat(chip.challengeCount()).isEqualTo(2 + 3);
    }

    /**
     * Another application on the same reader (eID middleware, a browser's card plug-in) reads the
     * photo in a loop from its own process while the kiosk reads the card: in shared mode its SELECT
     * can land between the kiosk's SELECT and READ BINARY, and the kiosk would read the photo as the
     * identity file (CORRUPT_FILE after 21 APDUs: the photo's nine chunks for the identity's one).
     * The kiosk holds a PC/SC transaction over each read, so every read is whole and authentic.
     */
    @Test
    void anotherApplicationReadingTheCardCannotMixItsFileIntoARead() throws Exception {
        VpcdCardClient client = insert("rsa-17");
        Process neighbour = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PhotoReadingNeighbour.class.getName(), SLOT_0, "30")
                .redirectErrorStream(true).start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(neighbour.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("READY");
            Thread.sleep(500);
            for (int i = 0; i < 25; i++) {
                EidReadResult result = reader.read(slot0);
                assertThat(result).as("read %d beside another application", i).isInstanceOf(EidReadResult.Success.class);
                var success = (EidReadResult.Success) result;
                assertThat(success.card().identity().nationalNumber().toString()).isEqualTo("71715100070");
                assertThat(success.card().verification().outcome()).isEqualTo(VerificationOutcome.AUTHENTIC);
                success.session().close();
            }
            neighbour.destroy();
        } finally {
            neighbour.destroyForcibly();
            pull(client);
        }
    }

    @Test
    void cardPulledMidReadIsCardRemoved() throws Exception {
        for (int budget : new int[] {1, 4, 9}) {
            VpcdCardClient client = insert("rsa-17");
            client.removeAfterApdus(budget);
            try {
                EidReadResult result = reader.read(slot0);
                assertThat(result).as("pulled after %d APDUs", budget)
                        .isEqualTo(new EidReadResult.Failure(ReadFailure.CARD_REMOVED, result.apduCount()));
            } finally {
                pull(client);
            }
        }
    }

    @Test
    void pcscdStoppingIsReportedAsServiceLostAndCardsAreReadAgainOnceItIsBack() throws Exception {
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        try (CardMonitor monitor = new CardMonitor(source, reader, into(events))) {
            monitor.start();
            await(events, new CardStatus(MonitorStatus.WAITING_FOR_CARD, SLOT_0));
            pcscd.close();
            await(events, CardStatus.of(MonitorStatus.PCSC_SERVICE_LOST));

            // pcscd comes back (an upgrade restarts it): the same kiosk reads cards again, no restart.
            pcscd = PcscDaemon.start(LOG);
            await(events, new CardStatus(MonitorStatus.WAITING_FOR_CARD, SLOT_0));
            slot0 = slot0();
            insertReadAndRemove(events, "rsa-17");
        }
    }

    @Test
    void monitorReportsInsertionReadAndRemoval() throws Exception {
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        try (CardMonitor monitor = new CardMonitor(source, reader, into(events))) {
            monitor.start();
            await(events, new CardStatus(MonitorStatus.WAITING_FOR_CARD, SLOT_0));
            insertReadAndRemove(events, "ec-18");
        }
    }

    /** A listener that puts every status and read result the monitor reports into {@code events}. */
    private static CardListener into(BlockingQueue<Object> events) {
        return new CardListener() {
            @Override
            public void onStatus(CardStatus status) {
                events.add(status);
            }

            @Override
            public void onCardRead(String readerName, EidReadResult result) {
                events.add(result);
            }
        };
    }

    /** A card through the monitor: inserted, read (verified), removed, each seen in turn. */
    private static void insertReadAndRemove(BlockingQueue<Object> events, String profile) throws Exception {
        VpcdCardClient client = new VpcdCardClient("127.0.0.1", VpcdCardClient.DEFAULT_PORT,
                new BelpicCard(VirtualCardProfiles.named(profile)));
        client.insert();
        await(events, new CardStatus(MonitorStatus.CARD_INSERTED, SLOT_0));
        Object read = events.poll(10, TimeUnit.SECONDS);
        assertThat(read).isInstanceOf(EidReadResult.Success.class);
        client.close();
        await(events, new CardStatus(MonitorStatus.CARD_REMOVED, SLOT_0));
    }

    private static void await(BlockingQueue<Object> events, CardStatus expected) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            Object e = events.poll(100, TimeUnit.MILLISECONDS);
            if (expected.equals(e)) {
                return;
            }
        }
        fail("no " + expected + " within 10 s");
    }
}
