package be.sitegate.simulator;

import be.sitegate.domain.EnterpriseNumber;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.X509CertUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.RSAPublicKey;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Checks a private_key_jwt client assertion: signature by the key of the {@code x5c} leaf, a leaf
 * issued by the simulator's CA and valid now, for client authentication, to a registered technical
 * user; {@code iss = sub = CN}, our token URL in {@code aud}, {@code iat} not after {@code exp} and a
 * lifetime of at most five minutes, and a {@code jti} never seen before.
 */
final class ClientAssertionVerifier {

    /** Why an assertion was refused; the message goes to the client as error_description. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /** The verified client. */
    record Client(String clientId, String sender) {
    }

    private static final Duration MAX_LIFETIME = Duration.ofMinutes(5);
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    /** The real service's public examples all sign RS256 and none shows another algorithm accepted. */
    private static final Set<JWSAlgorithm> ACCEPTED = Set.of(JWSAlgorithm.RS256);
    private static final Pattern ENTERPRISE_NUMBER = Pattern.compile("[01]\\d{9}");

    private final DevelopmentCa ca;
    private final Clock clock;
    private final String defaultSender;
    /** jti → when it may be forgotten (its assertion has expired by then, so a replay fails on exp). */
    private final Map<String, Instant> seenJti = new ConcurrentHashMap<>();

    ClientAssertionVerifier(DevelopmentCa ca, Clock clock, String defaultSender) {
        this.ca = ca;
        this.clock = clock;
        this.defaultSender = defaultSender;
    }

    Client verify(String assertion, Collection<String> acceptedAudiences) throws Refused {
        if (assertion == null || assertion.isBlank()) {
            throw new Refused("client_assertion is required");
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(assertion);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new Refused("client_assertion is not a signed JWT");
        }
        if (!ACCEPTED.contains(jwt.getHeader().getAlgorithm())) {
            throw new Refused("unsupported algorithm " + jwt.getHeader().getAlgorithm());
        }
        X509Certificate leaf = leafCertificate(jwt);
        Instant now = clock.instant();
        if (!ca.issued(leaf, now)) {
            throw new Refused("the x5c certificate was not issued by this service's CA or is not valid now");
        }
        var notATechnicalUser = ca.whyNotATechnicalUser(leaf);
        if (notATechnicalUser.isPresent()) {
            throw new Refused(notATechnicalUser.get());
        }
        checkSignature(jwt, leaf);
        String cn = commonName(leaf);
        if (cn == null || !cn.equals(claims.getIssuer()) || !cn.equals(claims.getSubject())) {
            throw new Refused("iss and sub must both be the certificate's CN");
        }
        List<String> audience = claims.getAudience();
        if (audience == null || audience.stream().noneMatch(acceptedAudiences::contains)) {
            throw new Refused("aud must be this token endpoint's URL");
        }
        checkTimes(claims, now);
        String jti = claims.getJWTID();
        if (jti == null || jti.isBlank()) {
            throw new Refused("jti is required");
        }
        forgetExpiredJti(now);
        if (seenJti.putIfAbsent(jti, claims.getExpirationTime().toInstant().plus(CLOCK_SKEW)) != null) {
            throw new Refused("this jti was already used");
        }
        return new Client(cn, senderOf(cn));
    }

    private static X509Certificate leafCertificate(SignedJWT jwt) throws Refused {
        List<Base64> chain = jwt.getHeader().getX509CertChain();
        if (chain == null || chain.isEmpty()) {
            throw new Refused("the JWT header must carry the certificate in x5c");
        }
        X509Certificate leaf = X509CertUtils.parse(chain.get(0).decode());
        if (leaf == null) {
            throw new Refused("x5c[0] is not an X.509 certificate");
        }
        return leaf;
    }

    private static void checkSignature(SignedJWT jwt, X509Certificate leaf) throws Refused {
        try {
            if (!(leaf.getPublicKey() instanceof RSAPublicKey rsa)) {
                throw new Refused("the certificate's key must be RSA (RS256)");
            }
            JWSVerifier verifier = new RSASSAVerifier(rsa);
            if (!jwt.verify(verifier)) {
                throw new Refused("the signature does not match the certificate's key");
            }
        } catch (JOSEException e) {
            throw new Refused("the signature cannot be checked: " + e.getMessage());
        }
    }

    private static void checkTimes(JWTClaimsSet claims, Instant now) throws Refused {
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        if (exp == null || iat == null) {
            throw new Refused("iat and exp are required");
        }
        if (iat.after(exp)) {
            // Else the lifetime check below, on a negative duration, would let it through.
            throw new Refused("iat lies after exp");
        }
        if (!now.isBefore(exp.toInstant())) {
            throw new Refused("the assertion has expired");
        }
        if (iat.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
            throw new Refused("iat lies in the future");
        }
        if (Duration.between(iat.toInstant(), exp.toInstant()).compareTo(MAX_LIFETIME) > 0) {
            throw new Refused("exp may be at most 5 minutes after iat");
        }
    }

    private void forgetExpiredJti(Instant now) {
        seenJti.values().removeIf(until -> until.isBefore(now));
    }

    private static String commonName(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
            return null;
        } catch (InvalidNameException e) {
            return null;
        }
    }

    /**
     * The sender is the organisation behind the technical user: the enterprise number written in
     * the CN (e.g. {@code kiosk-0566988259}) when there is one, else the seed's default sender.
     */
    private String senderOf(String cn) {
        Matcher m = ENTERPRISE_NUMBER.matcher(cn);
        while (m.find()) {
            if (EnterpriseNumber.isValid(m.group())) {
                return m.group();
            }
        }
        return defaultSender;
    }
}
