package be.sitegate.card;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.List;

/**
 * An RSASSA-PKCS1-v1_5 signature (RFC 8017, section 8.2.2) checked in two steps, so that the
 * costly step needs no data: {@link #open} is the public-key operation (RSAVP1, {@code s^e mod n}),
 * which needs only the key and the signature and runs while the card is still sending the signed
 * file; {@link #signs} then encodes the data's digest as EMSA-PKCS1-v1_5 does and compares the
 * whole block, byte for byte, as the RFC's verification does (nothing is parsed out of the block,
 * so no lax parse can be fooled). A signature of the wrong length, or not below the modulus, signs
 * nothing. The reader checks it gives the same answer as {@code Signature.getInstance("SHAxwithRSA")}
 * ({@code RsaSignatureTest}).
 */
final class RsaSignature {

    /**
     * The DER DigestInfo before the hash: with NULL parameters (RFC 8017 section 9.2 note 1), then
     * without parameters, which RFC 8017 appendix B.1 says implementations must accept as well, and
     * which the JDK accepts.
     */
    private static final byte[][] SHA1_INFO = {hex("3021300906052b0e03021a05000414"), hex("301f300706052b0e03021a0414")};
    private static final byte[][] SHA256_INFO = {hex("3031300d060960864801650304020105000420"),
        hex("302f300b06096086480165030402010420")};
    private static final byte[][] SHA384_INFO = {hex("3041300d060960864801650304020205000430"),
        hex("303f300b06096086480165030402020430")};

    /** {@code s^e mod n} as k bytes, or null when the signature cannot be one for this key. */
    private final byte[] opened;

    private RsaSignature(byte[] opened) {
        this.opened = opened;
    }

    /** Applies the public key to {@code signature}; the comparison waits for the data ({@link #signs}). */
    static RsaSignature open(RSAPublicKey key, byte[] signature) {
        try {
            return openOrFail(key, signature);
        } catch (RuntimeException e) {
            return new RsaSignature(null); // a key the JDK would not verify with either
        }
    }

    private static RsaSignature openOrFail(RSAPublicKey key, byte[] signature) {
        BigInteger n = key.getModulus();
        int k = (n.bitLength() + 7) / 8;
        if (signature.length != k) {
            return new RsaSignature(null);
        }
        BigInteger s = new BigInteger(1, signature);
        if (s.compareTo(n) >= 0) {
            return new RsaSignature(null);
        }
        byte[] m = s.modPow(key.getPublicExponent(), n).toByteArray();
        byte[] em = new byte[k];
        int length = Math.min(m.length, k); // toByteArray may add a sign byte, and drops leading zeros
        System.arraycopy(m, m.length - length, em, k - length, length);
        return new RsaSignature(em);
    }

    /**
     * Whether the opened signature signs {@code data} with one of {@code algorithms}
     * ({@code SHA1withRSA}, {@code SHA256withRSA}, {@code SHA384withRSA}; any other signs nothing).
     */
    boolean signs(byte[] data, List<String> algorithms) {
        if (opened == null) {
            return false;
        }
        for (String algorithm : algorithms) {
            byte[][] infos = switch (algorithm) {
                case "SHA1withRSA" -> SHA1_INFO;
                case "SHA256withRSA" -> SHA256_INFO;
                case "SHA384withRSA" -> SHA384_INFO;
                default -> new byte[0][];
            };
            byte[] hash = infos.length == 0 ? null : digest(algorithm, data);
            for (byte[] info : infos) {
                if (MessageDigest.isEqual(opened, encoded(info, hash, opened.length))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** EMSA-PKCS1-v1_5: {@code 00 01 FF..FF 00 DigestInfo}, k bytes; null when k is too short for it. */
    private static byte[] encoded(byte[] info, byte[] hash, int k) {
        int t = info.length + hash.length;
        if (k < t + 11) {
            return null;
        }
        byte[] em = new byte[k];
        em[1] = 0x01;
        Arrays.fill(em, 2, k - t - 1, (byte) 0xFF);
        System.arraycopy(info, 0, em, k - t, info.length);
        System.arraycopy(hash, 0, em, k - hash.length, hash.length);
        return em;
    }

    private static byte[] digest(String algorithm, byte[] data) {
        String name = switch (algorithm) {
            case "SHA1withRSA" -> "SHA-1";
            case "SHA256withRSA" -> "SHA-256";
            default -> "SHA-384";
        };
        try {
            return MessageDigest.getInstance(name).digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(name + " is part of every JDK", e);
        }
    }

    private static byte[] hex(String text) {
        return java.util.HexFormat.of().parseHex(text);
    }
}
