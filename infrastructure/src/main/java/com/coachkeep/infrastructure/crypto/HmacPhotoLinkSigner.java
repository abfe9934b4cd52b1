package com.coachkeep.infrastructure.crypto;

import com.coachkeep.checkin.application.port.out.PhotoLinkSignerPort;
import com.coachkeep.checkin.domain.PhotoId;
import com.coachkeep.checkin.domain.PhotoLinkClaims;
import com.coachkeep.checkin.domain.PhotoVariant;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;

/**
 * Signed photo links: {@code base64url(claims) "." base64url(HMAC-SHA256(key, claims))}, the claims being
 * {@code v1|workspace|client|photo|variant|viewer|expiry (epoch seconds)}. The key is the server's secret:
 * {@value #SECRET} (base64, at least 32 bytes; the same on every node), or else a random key kept in the data directory
 * ({@code photo-link-hmac.key}, created on first use, readable by the server's user only). Replacing the key ends every
 * link at once. A token is compared in constant time and parsed only once its MAC is verified.
 */
@ApplicationScoped
public class HmacPhotoLinkSigner implements PhotoLinkSignerPort {
    public static final String SECRET = "coachkeep.photos.link-secret";
    private static final Logger LOG = Logger.getLogger(HmacPhotoLinkSigner.class.getName());
    private static final String ALGORITHM = "HmacSHA256";
    private static final String VERSION = "v1";

    @Inject
    Config config;

    private SecretKeySpec key;

    /** For tests outside a container. */
    public static HmacPhotoLinkSigner withKey(byte[] secret) {
        HmacPhotoLinkSigner s = new HmacPhotoLinkSigner();
        s.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        return s;
    }

    @PostConstruct
    void init() {
        Optional<String> configured = config.getOptionalValue(SECRET, String.class).filter(v -> !v.isBlank());
        byte[] secret;
        if (configured.isPresent()) {
            secret = Base64.getDecoder().decode(configured.get().trim());
        } else {
            Path data = Path.of(config.getOptionalValue("coachkeep.data.dir", String.class).orElse(System.getProperty("user.home") + "/.coachkeep"));
            secret = fromFile(data.resolve("photo-link-hmac.key"));
        }
        if (secret.length < 32) {
            throw new IllegalStateException(SECRET + " must hold at least 32 bytes (base64)");
        }
        key = new SecretKeySpec(secret, ALGORITHM);
    }

    private static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    Files.write(file, Base64.getEncoder().encode(fresh), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    try {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException e) {
                        // not a POSIX file system: the directory's own protection applies
                    }
                    LOG.info(() -> "Created the photo link key " + file + "; set " + SECRET + " to share one key between nodes");
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // another start wrote it first: read theirs
                }
            }
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the photo link key " + file, e);
        }
    }

    @Override
    public String sign(PhotoLinkClaims c) {
        String claims = String.join("|", VERSION, c.workspaceId().value().toString(), c.clientId().value().toString(),
                c.photoId().value().toString(), c.variant().wireName(), c.viewer().value().toString(),
                Long.toString(c.expiresAt().getEpochSecond()));
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        byte[] payload = claims.getBytes(StandardCharsets.UTF_8);
        return b64.encodeToString(payload) + "." + b64.encodeToString(mac(payload));
    }

    @Override
    public Optional<PhotoLinkClaims> read(String token) {
        if (token == null || token.length() > 512) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            Base64.Decoder b64 = Base64.getUrlDecoder();
            byte[] payload = b64.decode(token.substring(0, dot));
            byte[] given = b64.decode(token.substring(dot + 1));
            // only the one encoding a link was issued with: base64 ignores the spare bits of a last character, so another
            // character there would decode to the same bytes and pass as the same link
            Base64.Encoder canonical = Base64.getUrlEncoder().withoutPadding();
            if (!token.equals(canonical.encodeToString(payload) + "." + canonical.encodeToString(given))) {
                return Optional.empty();
            }
            if (!MessageDigest.isEqual(mac(payload), given)) {
                return Optional.empty();
            }
            String[] f = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
            if (f.length != 7 || !f[0].equals(VERSION)) {
                return Optional.empty();
            }
            return Optional.of(new PhotoLinkClaims(new WorkspaceId(UUID.fromString(f[1])), new ClientId(UUID.fromString(f[2])),
                    new PhotoId(UUID.fromString(f[3])), PhotoVariant.parse(f[4]).orElseThrow(), new PersonId(UUID.fromString(f[5])),
                    Instant.ofEpochSecond(Long.parseLong(f[6]))));
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
