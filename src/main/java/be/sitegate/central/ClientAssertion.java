package be.sitegate.central;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.cert.CertificateEncodingException;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The private_key_jwt client assertion: signed with the technical user's key (RS256 for RSA, ES384
 * for EC P-384), carrying its certificate in {@code x5c}, valid for {@link #LIFETIME}, with a fresh
 * {@code jti} each time since the service refuses replays.
 */
final class ClientAssertion {

    static final Duration LIFETIME = Duration.ofMinutes(2);

    private final TechnicalUser user;
    private final Clock clock;

    ClientAssertion(TechnicalUser user, Clock clock) {
        this.user = user;
        this.clock = clock;
    }

    String create(String tokenUrl) {
        try {
            boolean ec = user.privateKey() instanceof ECPrivateKey || "EC".equals(user.privateKey().getAlgorithm());
            JWSAlgorithm alg = ec ? JWSAlgorithm.ES384 : JWSAlgorithm.RS256;
            JWSSigner signer = ec ? new ECDSASigner((ECPrivateKey) user.privateKey())
                    : new RSASSASigner(user.privateKey());
            JWSHeader header = new JWSHeader.Builder(alg)
                    .x509CertChain(List.of(Base64.encode(user.certificate().getEncoded())))
                    .build();
            Instant now = clock.instant();
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(user.clientId())
                    .subject(user.clientId())
                    .audience(tokenUrl)
                    .issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plus(LIFETIME)))
                    .jwtID(UUID.randomUUID().toString())
                    .build();
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot sign the client assertion with the technical user's key", e);
        }
    }
}
