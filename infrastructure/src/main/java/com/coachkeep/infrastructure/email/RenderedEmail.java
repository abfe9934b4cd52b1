package com.coachkeep.infrastructure.email;

/** An email's subject and both its bodies, as the templates rendered them. */
public record RenderedEmail(String subject, String text, String html) {
}
