package com.coachkeep.shared.domain;

/** Checks for free text that arrives from outside: trimmed, bounded, no control characters. */
public final class Text {
    private Text() {
    }

    /**
     * Returns {@code raw} trimmed, or raises {@link IllegalArgumentException} with a message meant for the caller.
     */
    public static String required(String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("must not be blank");
        }
        String value = raw.strip();
        if (value.length() > maxLength) {
            throw new IllegalArgumentException("must be at most " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                throw new IllegalArgumentException("must not contain control characters");
            }
        }
        return value;
    }

    /** Like {@link #required} but single-line: no line breaks or tabs. */
    public static String singleLine(String raw, int maxLength) {
        String value = required(raw, maxLength);
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\t') >= 0) {
            throw new IllegalArgumentException("must be a single line");
        }
        return value;
    }
}
