package com.coachkeep.infrastructure.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.Config;

/**
 * The development token issuer: signs RS256 tokens shaped like an OpenID Connect provider's
 * access tokens ({@code iss}, {@code sub}, {@code aud}, {@code exp}, {@code iat}, {@code nbf},
 * {@code jti}, {@code email}, {@code email_verified}, {@code name}, {@code auth_time},
 * {@code amr}). Prepared by the start-up sequence in development mode only; until then (and
 * always in production) it mints nothing.
 */
@ApplicationScoped
public class DevIssuer {

    /** Where the development issuer says tokens come from ({@code coachkeep.dev-issuer.issuer}). */
    public static final String ISSUER_PROPERTY = "coachkeep.dev-issuer.issuer";
    public static final String DEFAULT_ISSUER = "http://localhost:9080/dev-issuer";
    public static final String DEFAULT_AUDIENCE = "coachkeep-api";
    public static final Duration LIFETIME = Duration.ofMinutes(15);

    private static final Logger LOG = Logger.getLogger(DevIssuer.class.getName());

    @Inject
    Config config;

    private final Clock clock = Clock.systemUTC();
    private volatile DevIssuerKeys keys;

    /**
     * Loads or generates the key pair in {@code directory}. Called before the application accepts
     * requests, so the public JWKS exists before MicroProfile JWT first reads it.
     */
    public void prepare(Path directory) throws IOException {
        DevIssuerKeys loaded = DevIssuerKeys.loadOrCreate(directory);
        keys = loaded;
        LOG.info(() -> "Coachkeep development issuer (development only) " + (loaded.generated() ? "generated a new key pair" : "reuses its key pair")
                + " in " + loaded.directory() + "; issuer " + issuer() + ", audience " + audience()
                + ". Tokens: GET /dev/token?person=owner (loopback only).");
        String location = config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).orElse("");
        if (!location.contains(loaded.publicJwksFile().toString())) {
            LOG.warning(() -> "mp.jwt.verify.publickey.location is '" + location + "', not the development issuer's "
                    + loaded.publicJwksFile() + ": tokens from /dev/token will not be accepted.");
        }
    }

    /** Whether tokens can be minted (development mode, keys prepared). */
    public boolean available() {
        return keys != null;
    }

    /** The {@code iss} this issuer signs. */
    public String issuer() {
        return config.getOptionalValue(ISSUER_PROPERTY, String.class).orElse(DEFAULT_ISSUER);
    }

    /** The {@code aud} this issuer signs: the first audience the server verifies. */
    public String audience() {
        return config.getOptionalValue("mp.jwt.verify.audiences", String.class)
                .map(a -> Arrays.stream(a.split(",")).map(String::trim).filter(s -> !s.isEmpty()).findFirst()
                        .orElse(DEFAULT_AUDIENCE))
                .orElse(DEFAULT_AUDIENCE);
    }

    /** A token for a demo person. */
    public MintedToken mint(DemoPeople.DemoPerson person, boolean mfa) {
        return mint(person.subject(), person.email(), person.name(), mfa);
    }

    /**
     * A token for any subject.
     *
     * @param mfa whether the sign-in is reported as multi-factor ({@code amr} = pwd, otp) or password only
     */
    public MintedToken mint(String subject, String email, String name, boolean mfa) {
        DevIssuerKeys current = keys;
        if (current == null) {
            throw new IllegalStateException("The development issuer is not available");
        }
        Objects.requireNonNull(subject, "subject");
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(subject)
                .audience(audience())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(expires))
                .jwtID(UUID.randomUUID().toString())
                .claim("email", email)
                .claim("email_verified", true)
                .claim("name", name)
                .claim("auth_time", now.getEpochSecond())
                .claim("amr", mfa ? List.of("pwd", "otp") : List.of("pwd"))
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(current.signingKey().getKeyID())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(current.signingKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a development token", e);
        }
        return new MintedToken(jwt.serialize(), subject, expires);
    }

    /** A signed token and what a caller needs to know about it. */
    public record MintedToken(String token, String subject, Instant expiresAt) {

        public long expiresInSeconds() {
            return LIFETIME.toSeconds();
        }
    }
}
