package com.coachkeep.training.application.service;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.training.application.port.in.ExerciseLibrarySettingsView;
import com.coachkeep.training.application.port.in.GetExerciseLibrarySettingsUseCase;
import com.coachkeep.training.application.port.in.UpdateExerciseLibrarySettingsUseCase;
import com.coachkeep.training.application.port.out.ExerciseDescriptionPort;
import com.coachkeep.training.application.port.out.ExerciseLibrarySettingsRepository;
import com.coachkeep.training.domain.ExerciseLibrarySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The exercise library's settings: staff who read the library read them; only the owner ({@code WORKSPACE_MANAGE})
 * changes them, and each change of the AI option is audited (P-AI-1: off until the owner turns it on).
 */
@ApplicationScoped
@Transactional
public class ExerciseLibrarySettingsService implements GetExerciseLibrarySettingsUseCase, UpdateExerciseLibrarySettingsUseCase {
    private final ExerciseLibrarySettingsRepository settings;
    private final ExerciseDescriptionPort provider;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public ExerciseLibrarySettingsService(ExerciseLibrarySettingsRepository settings, ExerciseDescriptionPort provider,
            AuditTrail audit, Clock clock) {
        this.settings = settings;
        this.provider = provider;
        this.audit = audit;
        this.clock = clock;
    }

    protected ExerciseLibrarySettingsService() {
        this(null, null, null, null);
    }

    @Override
    public ExerciseLibrarySettingsView get(Actor actor) {
        actor.require(Permission.PROGRAMS_READ);
        return view(settings.get(actor.workspaceId()));
    }

    @Override
    public ExerciseLibrarySettingsView update(Actor actor, boolean aiDescriptions, Long expectedVersion) {
        actor.require(Permission.WORKSPACE_MANAGE);
        ExerciseLibrarySettings before = settings.get(actor.workspaceId());
        ExerciseLibrarySettings after = settings.save(actor.workspaceId(), aiDescriptions, expectedVersion, actor.personId(), clock.instant());
        if (before.aiDescriptions() != aiDescriptions) {
            audit.record(AuditRecord.of(actor, "exercise_library.ai_descriptions_changed").target("workspace", actor.workspaceId())
                    .detail("from", before.aiDescriptions()).detail("to", aiDescriptions));
        }
        return view(after);
    }

    private ExerciseLibrarySettingsView view(ExerciseLibrarySettings s) {
        var p = provider.provider();
        return new ExerciseLibrarySettingsView(s.aiDescriptions(), p.isPresent(), p.map(ExerciseDescriptionPort.Provider::name).orElse(null),
                s.version());
    }
}
