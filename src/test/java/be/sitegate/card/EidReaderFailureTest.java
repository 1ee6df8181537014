package be.sitegate.card;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.virtualcard.VirtualCardProfile;
import be.sitegate.virtualcard.VirtualCardProfiles;
import be.sitegate.virtualcard.VirtualTerminal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every way a read can go wrong ends in a result with a reason code, never an exception. */
class EidReaderFailureTest {

    private static final VirtualCardProfile RSA = VirtualCardProfiles.named("rsa-17");

    private static EidReadResult read(javax.smartcardio.CardTerminal terminal, EidReaderSettings settings) {
        return new EidReader(settings).read(terminal);
    }

    private static VirtualTerminal with(VirtualCardProfile profile) {
        VirtualTerminal terminal = VirtualTerminal.standalone("r");
        terminal.insert(profile);
        return terminal;
    }

    private static ReadFailure failure(EidReadResult result) {
        assertThat(result).isInstanceOf(EidReadResult.Failure.class);
        return ((EidReadResult.Failure) result).reason();
    }

    @Test
    void cardPulledAfterAnyApduIsCardRemoved() {
        int full = read(with(RSA), EidReaderTest.SETTINGS).apduCount();
        for (int n = 1; n < full; n++) {
            VirtualTerminal terminal = with(RSA);
            terminal.setResendOnWrongLength(false);
            terminal.removeAfterApdus(n);
            EidReadResult result = read(terminal, EidReaderTest.SETTINGS);
            assertThat(failure(result)).as("pulled after %d APDUs", n).isEqualTo(ReadFailure.CARD_REMOVED);
        }
    }

    /**
     * Issue 18.3, seen on the real stack: when the card leaves while vpcd waits for its answer, vpcd may
     * hand pcscd an empty answer, and the JDK's channel then throws IllegalArgumentException ("apdu
     * must be at least 2 bytes long") instead of a CardException. The card is gone all the same: the
     * worker must be told to insert it again, not that it cannot be read.
     */
    @Test
    void aCardPulledWhileAnApduIsUnansweredIsCardRemoved() {
        int full = read(with(RSA), EidReaderTest.SETTINGS).apduCount();
        for (int n = 1; n <= full; n++) {
            VirtualTerminal terminal = with(RSA);
            EidReadResult result = read(new AnswerLostOnPull(terminal, n), EidReaderTest.SETTINGS);
            assertThat(failure(result)).as("pulled during APDU %d", n).isEqualTo(ReadFailure.CARD_REMOVED);
        }
    }

    /** A reader whose {@code pullAt}-th APDU loses its answer as the card is pulled, as the JDK over vpcd reports it. */
    private static final class AnswerLostOnPull extends javax.smartcardio.CardTerminal {
        private final VirtualTerminal terminal;
        private final int pullAt;
        private int apdus;

        AnswerLostOnPull(VirtualTerminal terminal, int pullAt) {
            this.terminal = terminal;
            this.pullAt = pullAt;
        }

        @Override
        public String getName() {
            return terminal.getName();
        }

        @Override
        public javax.smartcardio.Card connect(String protocol) throws javax.smartcardio.CardException {
            javax.smartcardio.Card card = terminal.connect(protocol);
            javax.smartcardio.CardChannel channel = card.getBasicChannel();
            javax.smartcardio.CardChannel losing = new javax.smartcardio.CardChannel() {
                @Override
                public javax.smartcardio.Card getCard() {
                    return card;
                }

                @Override
                public int getChannelNumber() {
                    return 0;
                }

                @Override
                public javax.smartcardio.ResponseAPDU transmit(javax.smartcardio.CommandAPDU command)
                        throws javax.smartcardio.CardException {
                    if (++apdus == pullAt) {
                        terminal.remove();
                        return new javax.smartcardio.ResponseAPDU(new byte[0]); // what the JDK does with vpcd's empty answer
                    }
                    return channel.transmit(command);
                }

                @Override
                public int transmit(java.nio.ByteBuffer command, java.nio.ByteBuffer response) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void close() {
                    throw new IllegalStateException("the basic channel cannot be closed");
                }
            };
            return new javax.smartcardio.Card() {
                @Override
                public javax.smartcardio.ATR getATR() {
                    return card.getATR();
                }

                @Override
                public String getProtocol() {
                    return card.getProtocol();
                }

                @Override
                public javax.smartcardio.CardChannel getBasicChannel() {
                    return losing;
                }

                @Override
                public javax.smartcardio.CardChannel openLogicalChannel() throws javax.smartcardio.CardException {
                    return card.openLogicalChannel();
                }

                @Override
                public void beginExclusive() throws javax.smartcardio.CardException {
                    card.beginExclusive();
                }

                @Override
                public void endExclusive() throws javax.smartcardio.CardException {
                    card.endExclusive();
                }

                @Override
                public byte[] transmitControlCommand(int code, byte[] command) throws javax.smartcardio.CardException {
                    return card.transmitControlCommand(code, command);
                }

                @Override
                public void disconnect(boolean reset) throws javax.smartcardio.CardException {
                    card.disconnect(reset);
                }
            };
        }

        @Override
        public boolean isCardPresent() throws javax.smartcardio.CardException {
            return terminal.isCardPresent();
        }

        @Override
        public boolean waitForCardPresent(long timeout) throws javax.smartcardio.CardException {
            return terminal.waitForCardPresent(timeout);
        }

        @Override
        public boolean waitForCardAbsent(long timeout) throws javax.smartcardio.CardException {
            return terminal.waitForCardAbsent(timeout);
        }
    }

    /**
     * Issue 18.3: the photo is read after the verdict, when the confirmation asks for it. The card
     * pulled after any APDU of that read gives no photo, as "card removed", and never a partial JPEG.
     */
    @Test
    void cardPulledAfterAnyApduOfThePhotoReadIsCardRemoved() {
        VirtualTerminal measure = with(RSA);
        measure.setResendOnWrongLength(false);
        var whole = (EidReadResult.Success) read(measure, EidReaderTest.SETTINGS);
        int before = measure.card().apduCount();
        assertThat(whole.session().readPhoto()).isInstanceOf(PhotoResult.Loaded.class);
        int photoApdus = measure.card().apduCount() - before;
        assertThat(photoApdus).isGreaterThan(3);
        for (int n = 1; n < photoApdus; n++) {
            VirtualTerminal terminal = with(RSA);
            terminal.setResendOnWrongLength(false);
            var success = (EidReadResult.Success) read(terminal, EidReaderTest.SETTINGS);
            terminal.removeAfterApdus(n);
            assertThat(success.session().readPhoto()).as("pulled after %d APDUs of the photo", n)
                    .isEqualTo(new PhotoResult.Failed(ReadFailure.CARD_REMOVED));
        }
    }

    @Test
    void noCardAtConnectIsCardRemoved() {
        assertThat(failure(read(VirtualTerminal.standalone("empty"), EidReaderTest.SETTINGS)))
                .isEqualTo(ReadFailure.CARD_REMOVED);
    }

    @Test
    void slowCardHitsTheTimeLimit() {
        int full = read(with(RSA), EidReaderTest.SETTINGS).apduCount();
        VirtualTerminal terminal = with(RSA);
        terminal.setResponseDelay(Duration.ofMillis(100));
        EidReadResult result = read(terminal, EidReaderTest.SETTINGS.withTimeLimit(Duration.ofMillis(400)));
        assertThat(failure(result)).isEqualTo(ReadFailure.TIMED_OUT);
        // Counted, not timed: the read gave up part-way, at the limit, not when the card had finished.
        assertThat(result.apduCount()).as("APDUs answered when it gave up").isLessThan(full);
    }

    @Test
    void cardThatStopsAnsweringHitsTheTimeLimit() {
        VirtualTerminal terminal = with(RSA);
        terminal.setResponseDelay(Duration.ofMinutes(10));
        assertThat(failure(read(terminal, EidReaderTest.SETTINGS.withTimeLimit(Duration.ofMillis(300)))))
                .isEqualTo(ReadFailure.TIMED_OUT);
    }

    @Test
    void cardWithoutEidFilesIsNotAnEid() {
        VirtualCardProfile other = new VirtualCardProfile("bank", "not an eID", 0x10,
                HexFormat.of().parseHex("3B6800000073C84000009000"), Map.of("3F002F00", new byte[10]));
        EidReadResult result = read(with(other), EidReaderTest.SETTINGS);
        assertThat(failure(result)).isEqualTo(ReadFailure.NOT_AN_EID);
        assertThat(result.apduCount()).isEqualTo(1);
    }

    @Test
    void unknownAtrIsRefusedBeforeAnyApduWhenRequired() {
        VirtualCardProfile odd = new VirtualCardProfile("odd-atr", "eID files, foreign ATR", 0x17,
                HexFormat.of().parseHex("3B6800000073C84000009000"), RSA.files());
        EidReadResult strict = read(with(odd), EidReaderTest.SETTINGS.withRequireKnownAtr(true));
        assertThat(failure(strict)).isEqualTo(ReadFailure.NOT_AN_EID);
        assertThat(strict.apduCount()).isZero();
        assertThat(read(with(odd), EidReaderTest.SETTINGS)).isInstanceOf(EidReadResult.Success.class);
        assertThat(read(with(RSA), EidReaderTest.SETTINGS.withRequireKnownAtr(true)))
                .isInstanceOf(EidReadResult.Success.class);
        assertThat(read(with(VirtualCardProfiles.named("ec-18")), EidReaderTest.SETTINGS.withRequireKnownAtr(true)))
                .isInstanceOf(EidReadResult.Success.class);
    }

    /**
     * The identity is parsed and checked while the address is still being read: a broken identity
     * or national number found early must not hide that the card was then pulled, nor be reported
     * before every file is in (the order of a read that checks at the end).
     */
    @Test
    void aCardPulledAfterItsIdentityWasCheckedIsStillCardRemoved() {
        byte[] identity = RSA.file(VirtualCardProfile.IDENTITY);
        byte[] nn = "71715100070".getBytes(StandardCharsets.US_ASCII);
        identity[indexOf(identity, nn) + 10] = '1'; // wrong check digit: found as soon as the identity is in
        VirtualCardProfile badNumber = RSA.withFile(VirtualCardProfile.IDENTITY, identity);
        int full = read(with(badNumber), EidReaderTest.SETTINGS).apduCount();
        VirtualTerminal terminal = with(badNumber);
        terminal.setResendOnWrongLength(false);
        terminal.removeAfterApdus(full - 1); // during the address, the last file
        assertThat(failure(read(terminal, EidReaderTest.SETTINGS))).isEqualTo(ReadFailure.CARD_REMOVED);
        assertThat(failure(read(with(badNumber), EidReaderTest.SETTINGS))).isEqualTo(ReadFailure.INVALID_NATIONAL_NUMBER);
    }

    /** The checks the reader starts early and finishes at the end give the one-pass verdict, forgery by forgery. */
    @Test
    void checksStartedWhileReadingGiveTheSameVerdictAsCheckingAtTheEnd() {
        EidReaderSettings settings = EidReaderTest.SETTINGS;
        EidVerifier verifier = new EidVerifier(settings.trustedRoots(), settings.clock());
        for (Map.Entry<String, NotAuthenticReason> forged : ForgedCards.profiles().entrySet()) {
            var result = (EidReadResult.Success) read(with(VirtualCardProfiles.named(forged.getKey())), settings);
            assertThat(result.card().verification())
                    .as(forged.getKey())
                    .isEqualTo(verifier.verify(result.card().files(), result.card().identity()));
            assertThat(result.card().verification().reason()).as(forged.getKey()).contains(forged.getValue());
        }
        var genuine = (EidReadResult.Success) read(with(RSA), settings);
        assertThat(genuine.card().verification())
                .isEqualTo(verifier.verify(genuine.card().files(), genuine.card().identity()));
        assertThat(genuine.card().verification().isAuthentic()).isTrue();
    }

    @Test
    void truncatedIdentityFileIsCorrupt() {
        byte[] identity = RSA.file(VirtualCardProfile.IDENTITY);
        byte[] broken = java.util.Arrays.copyOf(identity, 40);
        broken[39] = 0x7F; // a tag whose length runs past the end
        assertThat(failure(read(with(RSA.withFile(VirtualCardProfile.IDENTITY, broken)), EidReaderTest.SETTINGS)))
                .isEqualTo(ReadFailure.CORRUPT_FILE);
    }

    @Test
    void badNationalNumberIsRefused() {
        byte[] identity = RSA.file(VirtualCardProfile.IDENTITY);
        byte[] nn = "71715100070".getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(identity, nn);
        identity[at + 10] = '1'; // wrong check digit
        assertThat(failure(read(with(RSA.withFile(VirtualCardProfile.IDENTITY, identity)), EidReaderTest.SETTINGS)))
                .isEqualTo(ReadFailure.INVALID_NATIONAL_NUMBER);
    }

    @Test
    void corruptRrnCertificateIsNotAuthentic() {
        byte[] garbage = new byte[300];
        garbage[0] = 0x30;
        garbage[1] = 0x20;
        var result = (EidReadResult.Success) read(with(RSA.withFile(VirtualCardProfile.RRN_CERTIFICATE, garbage)),
                EidReaderTest.SETTINGS);
        assertThat(result.card().verification().reason()).contains(NotAuthenticReason.RRN_CERTIFICATE_UNREADABLE);
    }

    @Test
    void alteredAddressFailsTheAddressSignature() {
        byte[] address = RSA.file(VirtualCardProfile.ADDRESS);
        address[3] = 'X';
        var result = (EidReadResult.Success) read(with(RSA.withFile(VirtualCardProfile.ADDRESS, address)),
                EidReaderTest.SETTINGS);
        assertThat(result.card().verification().reason()).contains(NotAuthenticReason.ADDRESS_SIGNATURE_INVALID);
    }

    @Test
    void readerHandlesWrongLengthItselfWhenTheTransportDoesNot() {
        VirtualTerminal jdkLike = with(RSA);
        VirtualTerminal raw = with(RSA);
        raw.setResendOnWrongLength(false);
        EidReadResult a = read(jdkLike, EidReaderTest.SETTINGS);
        EidReadResult b = read(raw, EidReaderTest.SETTINGS);
        assertThat(b).isInstanceOf(EidReadResult.Success.class);
        assertThat(((EidReadResult.Success) b).card().identity())
                .isEqualTo(((EidReadResult.Success) a).card().identity());
        assertThat(b.apduCount()).as("each 6Cxx costs one re-sent APDU").isEqualTo(a.apduCount() + 2);
        assertThat(raw.card().apduCount()).isEqualTo(jdkLike.card().apduCount());
    }

    @Test
    void fileLengthAnExactMultipleOfTheChunkEndsOn6B00() {
        byte[] photo = new byte[512];
        photo[0] = (byte) 0xFF;
        VirtualTerminal terminal = with(RSA.withFile(VirtualCardProfile.PHOTO, photo));
        var success = (EidReadResult.Success) read(terminal, EidReaderTest.SETTINGS);
        int before = terminal.card().apduCount();
        var loaded = (PhotoResult.Loaded) success.session().readPhoto();
        assertThat(loaded.jpeg()).hasSize(512);
        assertThat(loaded.hashMatches()).isFalse();
        assertThat(terminal.card().apduCount() - before).as("SELECT + 2 full chunks + 6B00").isEqualTo(4);
    }

    @Test
    void pcscErrorsAndUnexpectedExceptionsBecomeResults() {
        assertThat(failure(read(brokenTerminal(new javax.smartcardio.CardException(
                "sun.security.smartcardio.PCSCException: SCARD_E_NO_SERVICE")), EidReaderTest.SETTINGS)))
                .isEqualTo(ReadFailure.PCSC_ERROR);
        assertThat(failure(read(brokenTerminal(new javax.smartcardio.CardException("SCARD_E_COMM_DATA_LOST")),
                EidReaderTest.SETTINGS.withTimeLimit(Duration.ofSeconds(5))))).isEqualTo(ReadFailure.PCSC_ERROR);
        assertThat(failure(read(brokenTerminal(new UnsupportedOperationException("driver bug")), EidReaderTest.SETTINGS)))
                .isEqualTo(ReadFailure.PCSC_ERROR);
    }

    /** A reader whose card stays present but whose connect fails with {@code error}. */
    private static javax.smartcardio.CardTerminal brokenTerminal(Exception error) {
        return new javax.smartcardio.CardTerminal() {
            @Override
            public String getName() {
                return "broken";
            }

            @Override
            public javax.smartcardio.Card connect(String protocol) throws javax.smartcardio.CardException {
                if (error instanceof javax.smartcardio.CardException ce) {
                    throw ce;
                }
                throw (RuntimeException) error;
            }

            @Override
            public boolean isCardPresent() {
                return true;
            }

            @Override
            public boolean waitForCardPresent(long timeout) {
                return true;
            }

            @Override
            public boolean waitForCardAbsent(long timeout) {
                return false;
            }
        };
    }

    private static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i <= data.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
