package com.coachkeep.training.application.port.in;

import java.time.Instant;

/** One saved version of a template. */
public record TemplateVersionView(int version, Instant createdAt) {
}
