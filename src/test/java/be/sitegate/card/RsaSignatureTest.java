package be.sitegate.card;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.pki.Certificates;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.crypto.Cipher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two-step RSA check gives the JDK's {@code Signature} answer for every signature, genuine or
 * not: by each digest, over other data, altered, of the wrong length, not below the modulus, and for
 * blocks made with the private key that are almost, but not exactly, the PKCS #1 v1.5 encoding.
 */
class RsaSignatureTest {

    private static final List<String> ALGORITHMS = List.of("SHA1withRSA", "SHA256withRSA", "SHA384withRSA");
    private static final Random RANDOM = new Random(17);
    private static final List<KeyPair> KEYS = new ArrayList<>();

    @BeforeAll
    static void keys() {
        KEYS.add(Certificates.rsa(2048));
        KEYS.add(Certificates.rsa(1024));
        KEYS.add(Certificates.rsa(1023)); // a modulus whose length is not a whole number of bytes
    }

    private static boolean jdk(String algorithm, KeyPair keys, byte[] data, byte[] signature) {
        try {
            Signature s = Signature.getInstance(algorithm);
            s.initVerify(keys.getPublic());
            s.update(data);
            return s.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static boolean ours(String algorithm, KeyPair keys, byte[] data, byte[] signature) {
        return RsaSignature.open((RSAPublicKey) keys.getPublic(), signature).signs(data, List.of(algorithm));
    }

    /** Both answer the same for every algorithm; returns how many accepted. */
    private static int agree(KeyPair keys, byte[] data, byte[] signature, String what) {
        int accepted = 0;
        for (String algorithm : ALGORITHMS) {
            boolean expected = jdk(algorithm, keys, data, signature);
            assertThat(ours(algorithm, keys, data, signature)).as("%s, %s", what, algorithm).isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }
        return accepted;
    }

    private static byte[] sign(String algorithm, KeyPair keys, byte[] data) throws GeneralSecurityException {
        Signature s = Signature.getInstance(algorithm);
        s.initSign(keys.getPrivate());
        s.update(data);
        return s.sign();
    }

    /** {@code block^d mod n}: a "signature" whose opened block is exactly {@code block}. */
    private static byte[] raw(KeyPair keys, byte[] block) throws GeneralSecurityException {
        Cipher rsa = Cipher.getInstance("RSA/ECB/NoPadding");
        rsa.init(Cipher.ENCRYPT_MODE, keys.getPrivate());
        return rsa.doFinal(block);
    }

    private static int k(KeyPair keys) {
        return (((RSAPublicKey) keys.getPublic()).getModulus().bitLength() + 7) / 8;
    }

    private static byte[] data(int length) {
        byte[] data = new byte[length];
        RANDOM.nextBytes(data);
        return data;
    }

    @Test
    void genuineSignaturesVerifyByTheirOwnDigestOnly() throws Exception {
        for (KeyPair keys : KEYS) {
            for (String algorithm : ALGORITHMS) {
                for (int i = 0; i < 20; i++) {
                    byte[] data = data(RANDOM.nextInt(600));
                    byte[] signature = sign(algorithm, keys, data);
                    assertThat(agree(keys, data, signature, "genuine")).isEqualTo(1);
                    assertThat(ours(algorithm, keys, data, signature)).isTrue();
                    byte[] other = data.clone();
                    if (other.length > 0) {
                        other[RANDOM.nextInt(other.length)] ^= (byte) (1 << RANDOM.nextInt(8));
                        assertThat(agree(keys, other, signature, "other data")).isZero();
                    }
                    byte[] altered = signature.clone();
                    altered[RANDOM.nextInt(altered.length)] ^= (byte) (1 << RANDOM.nextInt(8));
                    assertThat(agree(keys, data, altered, "altered signature")).isZero();
                }
            }
        }
    }

    @Test
    void signaturesOfTheWrongLengthOrNotBelowTheModulusSignNothing() throws Exception {
        for (KeyPair keys : KEYS) {
            byte[] data = data(300);
            byte[] signature = sign("SHA256withRSA", keys, data);
            byte[] longer = new byte[signature.length + 1];
            System.arraycopy(signature, 0, longer, 1, signature.length);
            agree(keys, data, longer, "a leading zero more");
            agree(keys, data, java.util.Arrays.copyOf(signature, signature.length - 1), "a byte short");
            agree(keys, data, java.util.Arrays.copyOfRange(signature, 1, signature.length), "first byte cut");
            agree(keys, data, new byte[0], "empty");
            agree(keys, data, new byte[signature.length], "all zeros");
            BigInteger n = ((RSAPublicKey) keys.getPublic()).getModulus();
            for (BigInteger s : List.of(n, n.add(BigInteger.ONE), n.add(new BigInteger(1, signature)))) {
                byte[] bytes = s.toByteArray();
                byte[] block = new byte[signature.length];
                if (bytes.length - (bytes[0] == 0 ? 1 : 0) <= block.length) {
                    int from = bytes[0] == 0 ? 1 : 0;
                    System.arraycopy(bytes, from, block, block.length - (bytes.length - from), bytes.length - from);
                    assertThat(agree(keys, data, block, "s >= n")).isZero();
                }
            }
            byte[] allOnes = new byte[signature.length];
            java.util.Arrays.fill(allOnes, (byte) 0xFF);
            assertThat(agree(keys, data, allOnes, "all FF")).isZero();
            for (int i = 0; i < 50; i++) {
                assertThat(agree(keys, data, data(signature.length), "random")).isZero();
            }
        }
    }

    /**
     * Blocks one step away from the encoding, put under the key with its private half: each passes
     * or fails as it does for the JDK. Of them, the JDK takes the encoding and the DigestInfo without
     * its NULL parameters (RFC 8017 appendix B.1 says to accept both), and nothing else.
     */
    @Test
    void almostEncodedBlocksPassOrFailAsForTheJdk() throws Exception {
        HexFormat hex = HexFormat.of();
        Map<String, List<String>> infos = Map.of(
                "SHA1withRSA", List.of("3021300906052b0e03021a05000414", "301f300706052b0e03021a0414"),
                "SHA256withRSA", List.of("3031300d060960864801650304020105000420", "302f300b06096086480165030402010420"),
                "SHA384withRSA", List.of("3041300d060960864801650304020205000430", "303f300b06096086480165030402020430"));
        for (KeyPair keys : KEYS) {
            int k = k(keys);
            for (String algorithm : ALGORITHMS) {
                byte[] data = data(200);
                String digest = algorithm.replace("withRSA", "").replace("SHA", "SHA-");
                byte[] hash = MessageDigest.getInstance(digest).digest(data);
                byte[] withNull = hex.parseHex(infos.get(algorithm).get(0));
                byte[] withoutParameters = hex.parseHex(infos.get(algorithm).get(1));
                List<byte[]> blocks = new ArrayList<>();
                blocks.add(block(k, 1, 0xFF, withNull, hash)); // the encoding
                blocks.add(block(k, 1, 0xFF, withoutParameters, hash)); // DigestInfo without parameters
                blocks.add(block(k, 2, 0xFF, withNull, hash)); // block type 2
                blocks.add(block(k, 1, 0x00, withNull, hash)); // zero padding instead of FF
                blocks.add(block(k, 1, 0xFE, withNull, hash)); // wrong padding byte
                byte[] truncatedHash = block(k, 1, 0xFF, withNull, hash);
                truncatedHash[k - 1] ^= 0x01; // the hash's last bit
                blocks.add(truncatedHash);
                byte[] garbage = block(k, 1, 0xFF, withNull, hash);
                for (int i = 10; i < k - withNull.length - hash.length - 1; i++) {
                    garbage[i] = (byte) 0x5A; // eight FF, then garbage before the 00 separator
                }
                blocks.add(garbage);
                byte[] trailing = block(k, 1, 0xFF, withNull, hash);
                System.arraycopy(trailing, 3, trailing, 2, k - 3); // everything a byte earlier, a byte after the hash
                trailing[k - 1] = 0x00;
                blocks.add(trailing);
                byte[] otherDigest = block(k, 1, 0xFF, withNull, hash);
                otherDigest[k - hash.length - 5] ^= 0x01; // the OID's last byte (before 05 00 04 len): another digest's
                blocks.add(otherDigest);
                byte[] nullNotNull = block(k, 1, 0xFF, withNull, hash);
                nullNotNull[k - hash.length - 3] = 0x01; // a parameter of one byte instead of NULL
                blocks.add(nullNotNull);
                int passed = 0;
                for (int i = 0; i < blocks.size(); i++) {
                    passed += agree(keys, data, raw(keys, blocks.get(i)), algorithm + " block " + i);
                }
                assertThat(passed).as(algorithm).isEqualTo(2);
                assertThat(ours(algorithm, keys, data, raw(keys, blocks.get(0)))).isTrue();
                assertThat(ours(algorithm, keys, data, raw(keys, blocks.get(1)))).isTrue();
            }
        }
    }

    /** {@code 00 type pad.. 00 info hash}, k bytes. */
    private static byte[] block(int k, int type, int pad, byte[] info, byte[] hash) {
        byte[] b = new byte[k];
        b[1] = (byte) type;
        int t = info.length + hash.length;
        java.util.Arrays.fill(b, 2, k - t - 1, (byte) pad);
        System.arraycopy(info, 0, b, k - t, info.length);
        System.arraycopy(hash, 0, b, k - hash.length, hash.length);
        return b;
    }

    @Test
    void anUnknownAlgorithmSignsNothing() throws Exception {
        KeyPair keys = KEYS.get(0);
        byte[] data = data(100);
        byte[] signature = sign("SHA256withRSA", keys, data);
        RsaSignature opened = RsaSignature.open((RSAPublicKey) keys.getPublic(), signature);
        assertThat(opened.signs(data, List.of("MD5withRSA"))).isFalse();
        assertThat(opened.signs(data, List.of())).isFalse();
        assertThat(opened.signs(data, List.of("SHA1withRSA", "SHA256withRSA"))).isTrue();
    }
}
