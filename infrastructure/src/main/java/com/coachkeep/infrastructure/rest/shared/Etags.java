package com.coachkeep.infrastructure.rest.shared;

import com.coachkeep.shared.domain.InvalidInputException;
import jakarta.ws.rs.core.HttpHeaders;

/** ETags are the aggregate's version in quotes; If-Match turns into the version the caller expects. */
public final class Etags {
    private Etags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an If-Match header asks for: null when absent or {@code *}. A value that is not an ETag as this
     * API sends them (a quoted version, possibly weak) is a validation problem naming the header, not a 412: it was
     * never read from us, so nothing changed since.
     */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        try {
            long version = Long.parseLong(v);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw InvalidInputException.of(HttpHeaders.IF_MATCH, "must be an ETag as this API sends it (such as \"3\"), or *");
    }
}
