package be.sitegate.central;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The private_key_jwt client assertion: signed RS256 with the technical user's RSA key (the only
 * algorithm the service is known to take), carrying its certificate in {@code x5c}, valid for {@link #LIFETIME}, with a fresh
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
            JWSSigner signer = new RSASSASigner(user.privateKey());
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
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
