package com.coachkeep.shared.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** An email address, normalised to lower case so that comparisons (invitation acceptance) are exact. */
public record EmailAddress(String value) {
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("must not be blank");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("must be an email address");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
