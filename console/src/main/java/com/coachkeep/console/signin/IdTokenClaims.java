package com.coachkeep.console.signin;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The claims of a verified ID token that the console decides on.
 *
 * @param issuer   {@code iss}
 * @param subject  {@code sub}
 * @param name     a name to show: {@code name}, {@code preferred_username} or {@code email}, whichever comes first
 * @param groups   the values of the configured groups claim
 * @param amr      {@code amr}: how the staff member authenticated (RFC 8176 values)
 * @param issuedAt {@code iat}
 */
public record IdTokenClaims(String issuer, String subject, String name, List<String> groups, List<String> amr, Instant issuedAt) {
    public IdTokenClaims {
        groups = groups == null ? List.of() : List.copyOf(groups);
        amr = amr == null ? List.of() : List.copyOf(amr);
    }

    /** Reads the claims from a claim map, as JSON parsers and the server's OpenID Connect client give them. */
    public static IdTokenClaims of(Map<String, Object> claims, String groupsClaim) {
        String name = firstString(claims, "name", "preferred_username", "email", "sub");
        return new IdTokenClaims(string(claims.get("iss")), string(claims.get("sub")), name, strings(claims.get(groupsClaim)),
                strings(claims.get("amr")), instant(claims.get("iat")));
    }

    private static String firstString(Map<String, Object> claims, String... names) {
        for (String n : names) {
            String v = string(claims.get(n));
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Iterable<?> items) {
            List<String> out = new java.util.ArrayList<>();
            items.forEach(i -> out.add(String.valueOf(i).replaceAll("^\"|\"$", "")));
            return out;
        }
        if (value instanceof Object[] items) {
            return java.util.Arrays.stream(items).map(String::valueOf).toList();
        }
        String s = value.toString().strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        return java.util.Arrays.stream(s.split(",")).map(String::strip).map(v -> v.replaceAll("^\"|\"$", ""))
                .filter(v -> !v.isEmpty()).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Number n) {
            return Instant.ofEpochSecond(n.longValue());
        }
        if (value != null) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(value.toString().strip()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
