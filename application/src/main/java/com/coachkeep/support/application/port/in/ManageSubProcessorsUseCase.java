package com.coachkeep.support.application.port.in;

/**
 * Maintains the sub-processor list from the console: admins and security officers, each change with a reason that
 * goes into the platform audit trail.
 */
public interface ManageSubProcessorsUseCase {
    SubProcessorView add(SupportActor actor, AddSubProcessorCommand command);

    SubProcessorView change(SupportActor actor, ChangeSubProcessorCommand command);

    SubProcessorView retire(SupportActor actor, String id, String reason);
}
