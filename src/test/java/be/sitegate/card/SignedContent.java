package be.sitegate.card;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;

/**
 * What the national register's signatures and the root's signature actually cover in one read, so a
 * fuzz test can tell a change that matters from one that does not: the identity file and its
 * signature file exactly; the address without its zero padding; of an EC signature file the DER
 * signature, not the padding after it; of the RRN certificate file the signed certificate and its
 * signature, not the padding or the encoding around them. A card whose signed content changed must
 * never verify as authentic; one whose signed content is the same must.
 */
record SignedContent(byte[] identity, byte[] identitySignature, byte[] address, byte[] addressSignature,
        byte[] rrnCertificate) {

    static SignedContent of(EidFiles files, boolean ec) {
        return new SignedContent(files.identity(), files.identitySignature(), Tlv.trimTrailingZeros(files.address()),
                ec ? derPrefix(files.addressSignature()) : files.addressSignature(), certificate(files));
    }

    boolean sameAs(SignedContent other) {
        return Arrays.equals(identity, other.identity) && Arrays.equals(identitySignature, other.identitySignature)
                && Arrays.equals(address, other.address) && Arrays.equals(addressSignature, other.addressSignature)
                && Arrays.equals(rrnCertificate, other.rrnCertificate);
    }

    /** What the verifier reads of an EC signature file (the DER header's length), or all of it when that does not fit. */
    private static byte[] derPrefix(byte[] signatureFile) {
        if (signatureFile.length < 2) {
            return signatureFile;
        }
        int length = (signatureFile[1] & 0xFF) + 2;
        return length > signatureFile.length ? signatureFile : Arrays.copyOf(signatureFile, length);
    }

    private static byte[] certificate(EidFiles files) {
        try {
            X509Certificate c = files.rrnCertificate();
            byte[] tbs = c.getTBSCertificate();
            byte[] signature = c.getSignature();
            byte[] out = Arrays.copyOf(tbs, tbs.length + signature.length + c.getSigAlgName().length());
            System.arraycopy(signature, 0, out, tbs.length, signature.length);
            byte[] algorithm = c.getSigAlgName().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            System.arraycopy(algorithm, 0, out, tbs.length + signature.length, algorithm.length);
            return out;
        } catch (IllegalArgumentException | CertificateEncodingException unreadable) {
            return files.rrnCertificateFile();
        }
    }
}
