package com.coachkeep.training.application.service;

import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.training.application.port.in.ExerciseDescriptionSuggestion;
import com.coachkeep.training.application.port.in.SuggestExerciseDescriptionUseCase;
import com.coachkeep.training.application.port.out.ExerciseDescriptionPort;
import com.coachkeep.training.application.port.out.ExerciseDescriptionPort.DescriptionRequest;
import com.coachkeep.training.application.port.out.ExerciseDescriptionPort.Provider;
import com.coachkeep.training.application.port.out.ExerciseLibraryRepository;
import com.coachkeep.training.application.port.out.ExerciseLibrarySettingsRepository;
import com.coachkeep.training.domain.ExerciseDetails;
import com.coachkeep.training.domain.ExerciseId;
import com.coachkeep.training.domain.LibraryExercise;
import com.coachkeep.training.domain.WorkspaceExercise;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * AI-drafted exercise instructions (P-AI-1). Nothing leaves unless the deployment configured a provider and the
 * workspace's owner turned the option on; what leaves is a {@link DescriptionRequest} (name, equipment, muscles), built
 * here from the exercise alone. Every call that reaches the provider is audited with its outcome, the failed ones too.
 */
@ApplicationScoped
@Transactional
public class SuggestExerciseDescriptionService implements SuggestExerciseDescriptionUseCase {
    private final ExerciseLibraryRepository library;
    private final ExerciseLibrarySettingsRepository settings;
    private final ExerciseDescriptionPort provider;
    private final AuditTrail audit;

    @Inject
    public SuggestExerciseDescriptionService(ExerciseLibraryRepository library, ExerciseLibrarySettingsRepository settings,
            ExerciseDescriptionPort provider, AuditTrail audit) {
        this.library = library;
        this.settings = settings;
        this.provider = provider;
        this.audit = audit;
    }

    protected SuggestExerciseDescriptionService() {
        this(null, null, null, null);
    }

    @Override
    public ExerciseDescriptionSuggestion suggest(Actor actor, ExerciseId id) {
        actor.require(Permission.PROGRAMS_MANAGE);
        LibraryExercise exercise = library.find(actor.workspaceId(), id).orElseThrow(() -> new NotFoundException("exercise"));
        if (exercise.status() == WorkspaceExercise.Status.MERGED) {
            exercise = library.find(actor.workspaceId(), exercise.mergedInto()).orElseThrow(() -> new NotFoundException("exercise"));
        }
        Provider configured = provider.provider().orElseThrow(() -> new ConflictException("ai-descriptions-not-configured",
                "AI-drafted descriptions are not available: this deployment has no language-model provider configured "
                        + "(coachkeep.ai.base-url, coachkeep.ai.model and coachkeep.ai.api-key)."));
        if (!settings.get(actor.workspaceId()).aiDescriptions()) {
            throw new ConflictException("ai-descriptions-off",
                    "AI-drafted descriptions are off for this workspace; the owner can turn them on in the exercise library's settings.");
        }
        ExerciseDetails d = exercise.details();
        DescriptionRequest request = new DescriptionRequest(d.name(), d.equipment(), d.primaryMuscles(), d.secondaryMuscles());
        AuditRecord call = AuditRecord.of(actor, "exercise.description_requested").target("exercise", exercise.id())
                .detail("provider", configured.name()).detail("model", configured.model()).detail("sent", "name,equipment,muscles");
        String text;
        try {
            text = provider.describe(request);
        } catch (ExerciseDescriptionPort.ProviderFailedException e) {
            audit.recordAlone(call.detail("outcome", "failed"));
            throw new ConflictException("ai-provider-failed",
                    "The language-model provider did not answer with a description; try again later.");
        }
        audit.record(call.detail("outcome", "answered"));
        return new ExerciseDescriptionSuggestion(exercise.id(), text, configured.name(), configured.model());
    }
}
