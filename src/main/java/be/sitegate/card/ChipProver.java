package be.sitegate.card;

import be.sitegate.card.ApduExchange.FileShape;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.smartcardio.CardException;
import javax.smartcardio.ResponseAPDU;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proves that the card in the reader is the chip the national register issued the files for, not a
 * copy of its files on another chip. The rule for which cards can be challenged is the identity
 * file's tag 26 (the basic key's SHA-384), which the register's signature covers: a card whose signed
 * files carry it was issued as applet 1.8 and must prove its chip; a card without it (applet 1.7)
 * cannot, its basic key being published nowhere. The ATR and GET CARD DATA are the chip's own words,
 * which a clone would simply make say "1.7" to dodge the challenge.
 *
 * <p>For a 1.8 card: file 4040 is read, its SHA-384 checked against tag 26 (a mismatch is refused
 * before any challenge is spent), then one INTERNAL AUTHENTICATE with a fresh random challenge, at
 * most once per {@link CardInsertion}. The APDUs go out on the reader's thread; the signature is
 * verified on the checking threads while the card answers the next commands.
 */
final class ChipProver {

    private static final Logger LOG = LoggerFactory.getLogger(ChipProver.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Private key reference of the basic key; the challenge's tag in the command data. */
    private static final int BASIC_KEY = 0x81;
    private static final int CHALLENGE_TAG = 0x94;

    private ChipProver() {
    }

    /**
     * Sends what the chip check needs and returns its verdict, complete once the signature is verified.
     * A transport failure (card pulled, time limit) is thrown, as for every other file of the read.
     */
    static CompletableFuture<ChipCheck> prove(ApduExchange exchange, byte[] identityFile, CardInsertion insertion,
            Executor checks) throws CardReadException, CardException {
        Optional<byte[]> keyHash = basicKeyHash(identityFile);
        if (keyHash.isEmpty()) {
            return CompletableFuture.completedFuture(ChipCheck.notProvable());
        }
        Optional<CompletableFuture<ChipCheck>> earlier = insertion.verdictFor(keyHash.get());
        if (earlier.isPresent()) {
            return earlier.get().thenApply(check -> {
                check.failure().ifPresent(reason -> refused(reason, "this insertion's answer, not challenged again"));
                return check;
            });
        }
        Optional<byte[]> file = readBasicKeyFile(exchange);
        if (file.isEmpty()) {
            return failed(NotAuthenticReason.CHIP_BASIC_KEY_UNREADABLE, "file 4040 cannot be read");
        }
        if (!MessageDigest.isEqual(sha384(file.get()), keyHash.get())) {
            return failed(NotAuthenticReason.CHIP_BASIC_KEY_HASH_MISMATCH,
                    "the SHA-384 of file 4040 is not identity tag 26: the key is not the one the register signed");
        }
        Optional<BasicPublicKey> key = BasicPublicKey.parse(file.get());
        if (key.isEmpty()) {
            return failed(NotAuthenticReason.CHIP_BASIC_KEY_UNREADABLE, "file 4040 holds no EC key on P-256/384/521");
        }
        if (!insertion.claimChallenge()) {
            // A read before this one sent the challenge and got no answer (pulled, timed out): the
            // next insertion may challenge again; this one may not, whatever the number of retries.
            throw new CardReadException(ReadFailure.CARD_REMOVED,
                    "the chip was already challenged during this insertion without an answer");
        }
        byte[] challenge = new byte[key.get().challengeLength()];
        RANDOM.nextBytes(challenge);
        ResponseAPDU answer = exchange.command(internalAuthenticate(key.get().algorithmReference(), challenge));
        CompletableFuture<ChipCheck> verdict = switch (answer.getSW()) {
            case 0x9000 -> CompletableFuture.supplyAsync(() -> verify(key.get(), challenge, answer.getData()), checks);
            case 0x6A88 -> failed(NotAuthenticReason.CHIP_BASIC_KEY_MISSING, "INTERNAL AUTHENTICATE answered 6A88");
            case 0x6985 -> failed(NotAuthenticReason.CHIP_CHALLENGE_BLOCKED, "INTERNAL AUTHENTICATE answered 6985");
            default -> failed(NotAuthenticReason.CHIP_CHALLENGE_REFUSED,
                    String.format("INTERNAL AUTHENTICATE answered %04X", answer.getSW()));
        };
        insertion.remember(keyHash.get(), verdict);
        return verdict;
    }

    /** {@code 00 88 P1 81 Lc 94 len challenge}: no PIN, no MSE SET needed for the basic key. */
    static byte[] internalAuthenticate(int algorithmReference, byte[] challenge) {
        byte[] apdu = new byte[7 + challenge.length];
        apdu[1] = (byte) 0x88;
        apdu[2] = (byte) algorithmReference;
        apdu[3] = (byte) BASIC_KEY;
        apdu[4] = (byte) (2 + challenge.length);
        apdu[5] = (byte) CHALLENGE_TAG;
        apdu[6] = (byte) challenge.length;
        System.arraycopy(challenge, 0, apdu, 7, challenge.length);
        return apdu;
    }

    private static ChipCheck verify(BasicPublicKey key, byte[] challenge, byte[] rs) {
        if (key.signed(challenge, rs)) {
            return ChipCheck.proven();
        }
        refused(NotAuthenticReason.CHIP_SIGNATURE_INVALID, "the answer (" + rs.length + " bytes) is no " + key.curveName()
                + " signature of the challenge by the key of file 4040: the files may be a copy on another chip");
        return ChipCheck.failed(NotAuthenticReason.CHIP_SIGNATURE_INVALID);
    }

    /** Tag 26 of the identity file; empty when absent, or when the file does not parse (the read says so). */
    private static Optional<byte[]> basicKeyHash(byte[] identityFile) {
        try {
            Map<Integer, byte[]> fields = Tlv.parse(identityFile);
            return Optional.ofNullable(fields.get(IdentityTag.BASIC_KEY_HASH));
        } catch (CorruptFileException e) {
            return Optional.empty();
        }
    }

    /** The DER of file 4040 without padding; empty when the card refuses to select or read it. */
    private static Optional<byte[]> readBasicKeyFile(ApduExchange exchange) throws CardReadException, CardException {
        try {
            exchange.select(EidFile.BASIC_PUBLIC_KEY);
            byte[] file = exchange.read(FileShape.DER, -1);
            return file.length == 0 ? Optional.empty() : Optional.of(file);
        } catch (CardReadException e) {
            if (e.failure() == ReadFailure.NOT_AN_EID || e.failure() == ReadFailure.CARD_ERROR
                    || e.failure() == ReadFailure.CORRUPT_FILE) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static CompletableFuture<ChipCheck> failed(NotAuthenticReason reason, String detail) {
        refused(reason, detail);
        return CompletableFuture.completedFuture(ChipCheck.failed(reason));
    }

    /** The site manager's clue to a copied card: which check failed, never whose card it is. */
    private static void refused(NotAuthenticReason reason, String detail) {
        LOG.warn("eID refused as not authentic, chip not proven: {}: {}", reason, detail);
    }

    private static byte[] sha384(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-384").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-384 is part of every JDK", e);
        }
    }
}
