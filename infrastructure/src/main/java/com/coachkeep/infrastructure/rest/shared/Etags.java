package com.coachkeep.infrastructure.rest.shared;

import com.coachkeep.shared.application.StaleVersionException;

/** ETags are the aggregate's version in quotes; If-Match turns into the version the caller expects. */
public final class Etags {
    private Etags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an If-Match header asks for: null when absent or {@code *}. A value that is no ETag of ours
     * can never match, so it is answered 412 like a stale one.
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
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new StaleVersionException(-1);
        }
    }
}
