package com.coachkeep.privacy.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of an export's download link: 32 random bytes, URL-safe. Only its SHA-256 hash is stored, so a copy of
 * the database does not download anything.
 */
public record DownloadToken(String value) {
    private static final SecureRandom RANDOM = new SecureRandom();

    public static DownloadToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new DownloadToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String hash() {
        return hashOf(value);
    }

    public static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "DownloadToken[redacted]";
    }
}
