package be.sitegate.virtualcard;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.card.IdentityTag;
import be.sitegate.card.Tlv;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.junit.jupiter.api.Test;

/**
 * The virtual card's applet 1.8 basic key and INTERNAL AUTHENTICATE, checked independently of the
 * kiosk's reader: Bouncy Castle's own DER parser, SHA-384 and ECDSA, never the JDK code the reader
 * uses, so a mistake shared by card and reader cannot pass here.
 */
class BasicKeyTest {

    private static final String CHALLENGE = "00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF"
            + "0123456789ABCDEF0123456789ABCDEF";

    private static byte[] send(BelpicCard card, String hex) {
        return card.process(HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    private static String sw(byte[] response) {
        return HexFormat.of().withUpperCase().formatHex(response, response.length - 2, response.length);
    }

    private static byte[] tag26(VirtualCardProfile profile) throws Exception {
        return Tlv.parse(profile.file(VirtualCardProfile.IDENTITY)).get(IdentityTag.BASIC_KEY_HASH);
    }

    private static byte[] sha384(byte[] data) {
        SHA384Digest digest = new SHA384Digest();
        digest.update(data, 0, data.length);
        byte[] out = new byte[48];
        digest.doFinal(out, 0);
        return out;
    }

    /** The answer to a challenge: 61xx, then GET RESPONSE with the announced length. */
    private static byte[] signatureOf(BelpicCard card, String challenge) {
        byte[] first = send(card, "00 88 02 81 32 94 30" + challenge);
        assertThat(sw(first)).isEqualTo("6160");
        byte[] answer = send(card, "00 C0 00 00 60");
        assertThat(sw(answer)).isEqualTo("9000");
        return Arrays.copyOf(answer, answer.length - 2);
    }

    private static boolean verifies(byte[] subjectPublicKeyInfo, byte[] challenge, byte[] rs) throws Exception {
        ECPublicKeyParameters key = (ECPublicKeyParameters) PublicKeyFactory.createKey(
                SubjectPublicKeyInfo.getInstance(subjectPublicKeyInfo));
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, key);
        int half = rs.length / 2;
        return verifier.verifySignature(challenge, new BigInteger(1, Arrays.copyOf(rs, half)),
                new BigInteger(1, Arrays.copyOfRange(rs, half, rs.length)));
    }

    @Test
    void file4040IsA120BytePointOnP384WhoseHashIsTheSignedTag26() throws Exception {
        VirtualCardProfile ec = VirtualCardProfiles.named("ec-18");
        byte[] spki = ec.file(VirtualCardProfile.BASIC_PUBLIC_KEY);
        assertThat(spki).hasSize(120);
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(spki);
        assertThat(info.getAlgorithm().getParameters().toString()).as("secp384r1").isEqualTo("1.3.132.0.34");
        assertThat(info.getPublicKeyData().getBytes()[0]).as("uncompressed point").isEqualTo((byte) 0x04);
        assertThat(tag26(ec)).isEqualTo(sha384(spki));
    }

    @Test
    void theChipSignsTheChallengeAsAHashWithTheKeyOf4040() throws Exception {
        VirtualCardProfile ec = VirtualCardProfiles.named("ec-18");
        BelpicCard card = new BelpicCard(ec);
        byte[] rs = signatureOf(card, CHALLENGE);
        assertThat(rs).hasSize(96);
        byte[] challenge = HexFormat.of().parseHex(CHALLENGE);
        assertThat(verifies(ec.file(VirtualCardProfile.BASIC_PUBLIC_KEY), challenge, rs)).isTrue();
        challenge[0] ^= 1;
        assertThat(verifies(ec.file(VirtualCardProfile.BASIC_PUBLIC_KEY), challenge, rs)).isFalse();
        assertThat(card.challengeCount()).isEqualTo(1);
    }

    @Test
    void theFailingProfilesFailExactlyWhereTheyShould() throws Exception {
        VirtualCardProfile genuine = VirtualCardProfiles.named("ec-18");
        VirtualCardProfile clone = VirtualCardProfiles.named("ec-18-cloned-chip");
        assertThat(clone.files()).as("a copy of every file").containsOnlyKeys(genuine.files().keySet());
        for (String path : genuine.files().keySet()) {
            assertThat(clone.file(path)).as(path).isEqualTo(genuine.file(path));
        }
        byte[] cloneAnswer = signatureOf(new BelpicCard(clone), CHALLENGE);
        assertThat(verifies(clone.file(VirtualCardProfile.BASIC_PUBLIC_KEY), HexFormat.of().parseHex(CHALLENGE),
                cloneAnswer)).as("the clone's chip signs with a key of its own").isFalse();

        VirtualCardProfile wrongHash = VirtualCardProfiles.named("ec-18-wrong-key-hash");
        byte[] ownKey = wrongHash.file(VirtualCardProfile.BASIC_PUBLIC_KEY);
        assertThat(tag26(wrongHash)).isNotEqualTo(sha384(ownKey)).isEqualTo(sha384(genuine.file(
                VirtualCardProfile.BASIC_PUBLIC_KEY)));
        assertThat(verifies(ownKey, HexFormat.of().parseHex(CHALLENGE), signatureOf(new BelpicCard(wrongHash),
                CHALLENGE))).as("its chip and its 4040 agree; only tag 26 names another key").isTrue();

        VirtualCardProfile noKey = VirtualCardProfiles.named("ec-18-no-basic-key");
        assertThat(tag26(noKey)).isEqualTo(sha384(noKey.file(VirtualCardProfile.BASIC_PUBLIC_KEY)));
        assertThat(sw(send(new BelpicCard(noKey), "00 88 02 81 32 94 30" + CHALLENGE))).isEqualTo("6A88");
    }

    @Test
    void statusWordsOfInternalAuthenticate() {
        BelpicCard card = new BelpicCard(VirtualCardProfiles.named("ec-18"));
        assertThat(sw(send(card, "00 88 02 81 32 95 30" + CHALLENGE))).as("wrong tag").isEqualTo("6A80");
        assertThat(sw(send(card, "00 88 02 81 31 94 2F" + CHALLENGE.substring(2)))).as("short challenge")
                .isEqualTo("6A80");
        assertThat(sw(send(card, "00 88 03 81 32 94 30" + CHALLENGE))).as("unknown algorithm").isEqualTo("6B00");
        assertThat(sw(send(card, "00 88 01 81 22 94 20" + CHALLENGE.substring(0, 64)))).as("SHA-256 for a P-384 key")
                .isEqualTo("6B00");
        assertThat(sw(send(card, "00 88 02 82 32 94 30" + CHALLENGE))).as("another key reference").isEqualTo("6B00");
        assertThat(sw(send(card, "00 C0 00 00 60"))).as("nothing to get").isEqualTo("6985");
        assertThat(sw(send(new BelpicCard(VirtualCardProfiles.named("rsa-17")), "00 88 02 81 32 94 30" + CHALLENGE)))
                .as("an applet 1.7 card's basic key is not the kiosk's to challenge").isEqualTo("6A88");
        assertThat(card.challengeCount()).as("every INTERNAL AUTHENTICATE received is counted").isEqualTo(5);
    }

    @Test
    void theAnswerIsLostToAnyOtherCommandAndGivenInPartsOnRequest() {
        BelpicCard card = new BelpicCard(VirtualCardProfiles.named("ec-18"));
        assertThat(sw(send(card, "00 88 02 81 32 94 30" + CHALLENGE))).isEqualTo("6160");
        assertThat(sw(send(card, "00 C0 00 00 00"))).as("Le 256 for 96 bytes").isEqualTo("6C60");
        byte[] part = send(card, "00 C0 00 00 40");
        assertThat(part).hasSize(0x40 + 2);
        assertThat(sw(part)).isEqualTo("6120");
        assertThat(sw(send(card, "00 C0 00 00 20"))).isEqualTo("9000");
        assertThat(sw(send(card, "00 88 02 81 32 94 30" + CHALLENGE))).isEqualTo("6160");
        send(card, "00 A4 08 0C 06 3F00 DF01 4031");
        assertThat(sw(send(card, "00 C0 00 00 60"))).isEqualTo("6985");
    }

    @Test
    void after5000ChallengesTheChipRefusesWith6985AndKeepsRefusingAfterAReset() {
        BelpicCard card = new BelpicCard(VirtualCardProfiles.named("ec-18"));
        card.assumeChallengesSigned(BelpicCard.CHALLENGE_LIMIT - 1);
        assertThat(sw(send(card, "00 88 02 81 32 94 30" + CHALLENGE))).as("the 5,000th").isEqualTo("6160");
        assertThat(sw(send(card, "00 88 02 81 32 94 30" + CHALLENGE))).isEqualTo("6985");
        card.reset();
        assertThat(sw(send(card, "00 88 02 81 32 94 30" + CHALLENGE))).isEqualTo("6985");
    }
}
