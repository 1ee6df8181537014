package be.sitegate.pki;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Key pairs and X.509 certificates for the project's own PKIs: the simulator's development CA and
 * TLS certificate, technical-user certificates, and the virtual eID card's test root and RRN
 * certificate. Nothing here is meant to meet a production CA's policy.
 */
public final class Certificates {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Certificates() {
    }

    /** Describes one certificate to issue. */
    public record Profile(
            X500Name subject,
            PublicKey publicKey,
            Instant notBefore,
            Instant notAfter,
            boolean certificateAuthority,
            int keyUsage,
            List<KeyPurposeId> extendedKeyUsages,
            List<String> dnsNames,
            List<String> ipAddresses) {

        public Profile {
            extendedKeyUsages = List.copyOf(extendedKeyUsages);
            dnsNames = List.copyOf(dnsNames);
            ipAddresses = List.copyOf(ipAddresses);
        }

        public static Profile ca(String dn, PublicKey key, Instant from, Instant to) {
            return new Profile(new X500Name(dn), key, from, to, true,
                    KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature, List.of(), List.of(), List.of());
        }

        public static Profile tlsServer(String dn, PublicKey key, Instant from, Instant to,
                List<String> dnsNames, List<String> ipAddresses) {
            return new Profile(new X500Name(dn), key, from, to, false,
                    KeyUsage.digitalSignature | KeyUsage.keyEncipherment,
                    List.of(KeyPurposeId.id_kp_serverAuth), dnsNames, ipAddresses);
        }

        public static Profile signer(String dn, PublicKey key, Instant from, Instant to) {
            return new Profile(new X500Name(dn), key, from, to, false,
                    KeyUsage.digitalSignature | KeyUsage.nonRepudiation, List.of(KeyPurposeId.id_kp_clientAuth),
                    List.of(), List.of());
        }

        /**
         * The same profile with exactly these key usages; none at all leaves the key usage extension
         * out (a certificate that does not say what its key is for, as forged test cards need).
         */
        public Profile withKeyUsage(Usage... usages) {
            int bits = 0;
            for (Usage u : usages) {
                bits |= u.bit;
            }
            return new Profile(subject, publicKey, notBefore, notAfter, certificateAuthority, bits, extendedKeyUsages,
                    dnsNames, ipAddresses);
        }
    }

    /** Key usage bits (RFC 5280 4.2.1.3), named so that callers need no Bouncy Castle type. */
    public enum Usage {
        DIGITAL_SIGNATURE(KeyUsage.digitalSignature),
        NON_REPUDIATION(KeyUsage.nonRepudiation),
        KEY_ENCIPHERMENT(KeyUsage.keyEncipherment),
        DATA_ENCIPHERMENT(KeyUsage.dataEncipherment),
        KEY_AGREEMENT(KeyUsage.keyAgreement),
        KEY_CERT_SIGN(KeyUsage.keyCertSign),
        CRL_SIGN(KeyUsage.cRLSign);

        private final int bit;

        Usage(int bit) {
            this.bit = bit;
        }
    }

    public static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(bits, RANDOM);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An RSA key drawn from {@code random}: a seeded generator gives the same key every run (test PKIs). */
    public static KeyPair rsa(int bits, SecureRandom random) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(bits, random);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An EC key on NIST P-384, the curve of applet 1.8 eID cards. */
    public static KeyPair ecP384() {
        return ecP384(RANDOM);
    }

    /** An EC P-384 key drawn from {@code random}: a seeded generator gives the same key every run. */
    public static KeyPair ecP384(SecureRandom random) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp384r1"), random);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signature algorithm that fits the key: SHA256withRSA or SHA384withECDSA. */
    public static String signatureAlgorithmFor(PrivateKey key) {
        return "EC".equals(key.getAlgorithm()) ? "SHA384withECDSA" : "SHA256withRSA";
    }

    public static X509Certificate selfSigned(Profile profile, PrivateKey key) {
        return issue(profile, profile.subject(), key, null);
    }

    /** Issues {@code profile} signed by {@code issuerKey}; {@code issuer} null means self-signed. */
    public static X509Certificate issue(Profile profile, X509Certificate issuer, PrivateKey issuerKey) {
        return issue(profile, X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()), issuerKey, issuer);
    }

    /** Self-signed with a chosen serial number: with a fixed key and dates, the same certificate every run. */
    public static X509Certificate selfSigned(Profile profile, PrivateKey key, BigInteger serial) {
        return issue(profile, profile.subject(), key, null, serial);
    }

    /** Issues {@code profile} with a chosen serial number (reproducible test certificates). */
    public static X509Certificate issue(Profile profile, X509Certificate issuer, PrivateKey issuerKey, BigInteger serial) {
        return issue(profile, X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()), issuerKey, issuer,
                serial);
    }

    private static X509Certificate issue(Profile p, X500Name issuerName, PrivateKey issuerKey, X509Certificate issuer) {
        return issue(p, issuerName, issuerKey, issuer, new BigInteger(64, RANDOM).abs().add(BigInteger.ONE));
    }

    private static X509Certificate issue(Profile p, X500Name issuerName, PrivateKey issuerKey, X509Certificate issuer,
            BigInteger serial) {
        try {
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuerName, serial,
                    Date.from(p.notBefore()), Date.from(p.notAfter()), p.subject(), p.publicKey());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true,
                    p.certificateAuthority() ? new BasicConstraints(0) : new BasicConstraints(false));
            if (p.keyUsage() != 0) {
                b.addExtension(Extension.keyUsage, true, new KeyUsage(p.keyUsage()));
            }
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(p.publicKey()));
            if (issuer != null) {
                b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(issuer));
            }
            if (!p.extendedKeyUsages().isEmpty()) {
                b.addExtension(Extension.extendedKeyUsage, false,
                        new ExtendedKeyUsage(p.extendedKeyUsages().toArray(KeyPurposeId[]::new)));
            }
            List<GeneralName> names = new ArrayList<>();
            p.dnsNames().forEach(n -> names.add(new GeneralName(GeneralName.dNSName, n)));
            p.ipAddresses().forEach(n -> names.add(new GeneralName(GeneralName.iPAddress, n)));
            if (!names.isEmpty()) {
                b.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(names.toArray(GeneralName[]::new)));
            }
            ContentSigner signer = new JcaContentSignerBuilder(signatureAlgorithmFor(issuerKey)).build(issuerKey);
            return new JcaX509CertificateConverter().getCertificate(b.build(signer));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("could not issue certificate for " + p.subject(), e);
        }
    }

    public static X509Certificate parse(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X.509 certificate", e);
        }
    }

    /** Reads every certificate in a PEM (or DER) file. */
    public static List<X509Certificate> readAll(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> out = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                out.add((X509Certificate) c);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(file + " holds no readable certificate", e);
        }
    }

    public static String toPem(Object certificateOrKeyOrRequest) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(out)) {
            w.writeObject(certificateOrKeyOrRequest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static void writePem(Path file, Object... objects) {
        StringBuilder all = new StringBuilder();
        for (Object o : objects) {
            all.append(toPem(o));
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, all, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads PEM text with BouncyCastle's parser (certificates, keys, PKCS#10 requests). */
    public static Object readPemObject(String pem) {
        try (var parser = new org.bouncycastle.openssl.PEMParser(new StringReader(pem))) {
            return parser.readObject();
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable PEM", e);
        }
    }

    /**
     * A password-protected PKCS#12 file holding one key and its chain under {@code alias}, readable by
     * its owner only; an existing file is replaced in one rename ({@link OwnerOnlyFiles#replace}).
     */
    public static void writePkcs12(Path file, String alias, PrivateKey key, char[] password, X509Certificate... chain) {
        OwnerOnlyFiles.folder(file.toAbsolutePath().getParent());
        OwnerOnlyFiles.replace(file, pkcs12(alias, key, password, chain));
    }

    /** The bytes of a password-protected PKCS#12 key store holding one key and its chain. */
    public static byte[] pkcs12(String alias, PrivateKey key, char[] password, X509Certificate... chain) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(alias, key, password, chain);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            ks.store(out, password);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyStore readPkcs12(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            return ks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(file + " cannot be opened with that password", e);
        }
    }

    /** A PKCS#10 certification request for {@code subjectDn}, signed with the key pair's private key (proof of possession). */
    public static org.bouncycastle.pkcs.PKCS10CertificationRequest certificationRequest(String subjectDn, KeyPair keys) {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(signatureAlgorithmFor(keys.getPrivate()))
                    .build(keys.getPrivate());
            return new org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder(new X500Name(subjectDn),
                    keys.getPublic()).build(signer);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("could not sign the certification request", e);
        }
    }

    /** True when the request's signature verifies with the public key it carries. */
    public static boolean hasValidSignature(org.bouncycastle.pkcs.PKCS10CertificationRequest request) {
        try {
            // Via the JCA public key: the JDK has no key factory registered under the EC OID BouncyCastle would use.
            PublicKey key = new org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest(request).getPublicKey();
            return request.isSignatureValid(new org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder()
                    .build(key));
        } catch (OperatorCreationException | org.bouncycastle.pkcs.PKCSException | GeneralSecurityException e) {
            return false;
        }
    }
}
