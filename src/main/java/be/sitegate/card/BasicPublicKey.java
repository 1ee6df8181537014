package be.sitegate.card;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Optional;

/**
 * The basic public key of an applet 1.8 card (file 4040) and the challenge its chip expects. The
 * card signs the challenge as an already computed hash, so the challenge is as long as the hash
 * that goes with the key's curve, and the algorithm reference of INTERNAL AUTHENTICATE names it.
 * The curve is read from the file, not assumed: the specification allows 256 to 521 bits.
 *
 * @param challengeLength bytes of challenge: SHA-256, SHA-384 or SHA-512 length for P-256, P-384, P-521
 * @param algorithmReference P1 of INTERNAL AUTHENTICATE: 01 (SHA-256), 02 (SHA-384), 04 (SHA-512)
 */
record BasicPublicKey(ECPublicKey key, int challengeLength, int algorithmReference) {

    /** The key in a DER SubjectPublicKeyInfo, or empty when it is no EC key on a curve the card uses. */
    static Optional<BasicPublicKey> parse(byte[] subjectPublicKeyInfo) {
        ECPublicKey key;
        try {
            if (!(KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo))
                    instanceof ECPublicKey ec)) {
                return Optional.empty();
            }
            key = ec;
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
        return switch (key.getParams().getCurve().getField().getFieldSize()) {
            case 256 -> Optional.of(new BasicPublicKey(key, 32, 0x01));
            case 384 -> Optional.of(new BasicPublicKey(key, 48, 0x02));
            case 521 -> Optional.of(new BasicPublicKey(key, 64, 0x04));
            default -> Optional.empty();
        };
    }

    /** Whether {@code rs}, the card's plain {@code r || s}, signs {@code challenge} taken as the hash itself. */
    boolean signed(byte[] challenge, byte[] rs) {
        try {
            // "NONE": the challenge is the hash; P1363 is the plain r || s the card answers with.
            Signature verifier = Signature.getInstance("NONEwithECDSAinP1363Format");
            verifier.initVerify(key);
            verifier.update(challenge);
            return verifier.verify(rs);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** P-256, P-384 or P-521, for the site manager's log. */
    String curveName() {
        return "P-" + key.getParams().getCurve().getField().getFieldSize();
    }
}
