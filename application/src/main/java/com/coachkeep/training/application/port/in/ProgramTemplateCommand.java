package com.coachkeep.training.application.port.in;

import com.coachkeep.training.domain.ProgramPlan;

/**
 * A template's content as the coach saves it: a name, a description and the whole plan (validated by the domain,
 * which names each invalid field). {@code expectedVersion} (from {@code If-Match}) guards a revision; null skips it.
 */
public record ProgramTemplateCommand(String name, String description, ProgramPlan plan, Long expectedVersion) {
}
