package be.sitegate.reliability;

import be.sitegate.card.EidReadResult;
import be.sitegate.card.EidReader;
import be.sitegate.card.Tlv;
import be.sitegate.virtualcard.VirtualCardProfile;
import be.sitegate.virtualcard.VirtualTerminal;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every byte flipped, and every shorter length, of each file a read takes (identity, address,
 * their signatures, the RRN certificate), read in process one damage at a time: none may read as
 * authentic and none may throw. {@code stride} takes every stride-th byte and length (1: all).
 */
final class FileDamageSweep {

    static final List<String> READ_FILES = List.of(DamagedCards.IDENTITY, DamagedCards.IDENTITY_SIGNATURE,
            DamagedCards.ADDRESS, DamagedCards.ADDRESS_SIGNATURE, DamagedCards.RRN);

    /**
     * @param outcomes how many damaged reads ended in each outcome
     * @param authentic the damages read as authentic (must be none)
     * @param crashes the damages whose read threw (must be none)
     */
    record Result(String card, int reads, Map<String, Integer> outcomes, List<String> authentic, List<String> crashes) {
    }

    private FileDamageSweep() {
    }

    static Result run(VirtualCardProfile genuine, int stride, EidReader reader) {
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> authentic = new ArrayList<>();
        List<String> crashes = new ArrayList<>();
        int reads = 0;
        for (String path : READ_FILES) {
            byte[] file = genuine.file(path);
            int meaningful = meaningful(file, path, genuine);
            for (int at = 0; at < meaningful; at += stride) {
                byte[] flipped = DamagedCards.flip(file, at);
                if (path.equals(DamagedCards.RRN) && sameSignedCertificate(file, flipped)) {
                    continue;
                }
                reads++;
                read(reader, genuine.withFile(path, flipped), path + " byte " + at + " flipped", outcomes, authentic,
                        crashes);
            }
            for (int length = 0; length < meaningful; length += stride) {
                reads++;
                read(reader, genuine.withFile(path, DamagedCards.cut(file, length)), path + " cut to " + length,
                        outcomes, authentic, crashes);
            }
        }
        return new Result(genuine.name(), reads, outcomes, authentic, crashes);
    }

    private static void read(EidReader reader, VirtualCardProfile damaged, String what, Map<String, Integer> outcomes,
            List<String> authentic, List<String> crashes) {
        VirtualTerminal terminal = VirtualTerminal.standalone("damaged");
        terminal.insert(damaged);
        try {
            EidReadResult result = reader.read(terminal);
            String outcome;
            if (result instanceof EidReadResult.Success s) {
                s.session().close();
                var verification = s.card().verification();
                outcome = verification.reason().map(r -> "not authentic: " + r).orElse(verification.outcome().name());
                if (verification.isAuthentic()) {
                    authentic.add(what);
                }
            } else {
                outcome = "refused: " + ((EidReadResult.Failure) result).reason();
            }
            outcomes.merge(outcome, 1, Integer::sum);
        } catch (RuntimeException | Error e) {
            crashes.add(what + ": " + e);
        }
    }

    /**
     * How much of a file carries meaning: a certificate its DER, an EC signature its DER (the zeros
     * after either are padding, ignored by design), the address up to its trailing zeros (they are
     * trimmed before its signature is checked, so a zero flipped there becomes data), the rest all.
     */
    static int meaningful(byte[] file, String path, VirtualCardProfile card) {
        boolean signature = path.equals(DamagedCards.IDENTITY_SIGNATURE) || path.equals(DamagedCards.ADDRESS_SIGNATURE);
        if (path.equals(DamagedCards.RRN)) {
            return DamagedCards.derLength(file);
        }
        if (signature && card.appletVersion() == 0x18) {
            return (file[1] & 0xFF) + 2;
        }
        return path.equals(DamagedCards.ADDRESS) ? Tlv.trimTrailingZeros(file).length : file.length;
    }

    /**
     * A flip that leaves both what the root signed and the signature's value as they were is no
     * tampering: the one such byte is the count of unused bits in the certificate signature's BIT
     * STRING, which the JDK's parser takes as 1 when the signature's last bit is 0.
     */
    static boolean sameSignedCertificate(byte[] original, byte[] changed) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            var a = (X509Certificate) factory.generateCertificate(
                    new ByteArrayInputStream(original, 0, DamagedCards.derLength(original)));
            var b = (X509Certificate) factory.generateCertificate(
                    new ByteArrayInputStream(changed, 0, DamagedCards.derLength(changed)));
            return Arrays.equals(a.getTBSCertificate(), b.getTBSCertificate())
                    && Arrays.equals(a.getSignature(), b.getSignature());
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
