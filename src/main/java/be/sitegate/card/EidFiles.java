package be.sitegate.card;

import be.sitegate.pki.Certificates;
import java.security.cert.X509Certificate;

/**
 * The raw files of one read, exactly as the card returned them (signatures cover these bytes).
 * Arrays are the reader's own copies; callers must not change them.
 */
public record EidFiles(byte[] identity, byte[] identitySignature, byte[] address, byte[] addressSignature,
        byte[] rrnCertificateFile) {

    /** The RRN certificate, parsed by its DER length; throws IllegalArgumentException when unreadable. */
    public X509Certificate rrnCertificate() {
        int length = ApduExchange.derTotalLength(rrnCertificateFile);
        if (length <= 0 || length > rrnCertificateFile.length) {
            throw new IllegalArgumentException("no certificate in the RRN certificate file");
        }
        return Certificates.parse(java.util.Arrays.copyOf(rrnCertificateFile, length));
    }

    int photoHashLength() {
        try {
            return EidFileParser.photoHash(identity).length;
        } catch (CorruptFileException e) {
            return 0;
        }
    }
}
