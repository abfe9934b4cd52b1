package com.coachkeep.nutrition.application.service;

import com.coachkeep.nutrition.application.port.in.NutritionPlanView;
import com.coachkeep.nutrition.application.port.in.SetAdherenceToleranceUseCase;
import com.coachkeep.nutrition.application.port.in.SetClientTimeZoneUseCase;
import com.coachkeep.nutrition.application.port.out.NutritionSettingsRepository;
import com.coachkeep.nutrition.application.port.out.NutritionTargetRepository;
import com.coachkeep.nutrition.domain.NutritionSettings;
import com.coachkeep.nutrition.domain.Tolerance;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;

/** A client's nutrition settings: the coach's tolerance, and the client's time zone. */
@ApplicationScoped
@Transactional
public class NutritionSettingsService implements SetAdherenceToleranceUseCase, SetClientTimeZoneUseCase {
    private final NutritionSettingsRepository settings;
    private final NutritionTargetRepository targets;
    private final NutritionClients clients;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public NutritionSettingsService(NutritionSettingsRepository settings, NutritionTargetRepository targets, NutritionClients clients,
            AuditTrail audit, Clock clock) {
        this.settings = settings;
        this.targets = targets;
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
    }

    protected NutritionSettingsService() {
        this(null, null, null, null, null);
    }

    @Override
    public NutritionPlanView setTolerance(Actor actor, ClientId clientId, Tolerance tolerance) {
        ClientId client = clients.reach(actor, clientId, Permission.NUTRITION_MANAGE, null);
        settings.saveTolerance(actor.workspaceId(), client, tolerance, clock.instant());
        audit.record(AuditRecord.of(actor, "nutrition.tolerance_set").target("client", client)
                .detail("caloriesPercent", tolerance.caloriesPercent()).detail("proteinMinimumPercent", tolerance.proteinMinimumPercent())
                .detail("carbohydratePercent", tolerance.carbohydratePercent()).detail("fatPercent", tolerance.fatPercent()));
        return NutritionTargetService.view(actor, client, targets.history(actor.workspaceId(), client), clients.calendar(actor, client));
    }

    @Override
    public NutritionPlanView setTimeZone(Actor actor, ClientId clientId, String timeZone) {
        ClientId client = clients.reach(actor, clientId, Permission.NUTRITION_MANAGE, Permission.SELF_WRITE);
        ZoneId zone;
        try {
            zone = NutritionSettings.parseZone(timeZone);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("timeZone", e.getMessage());
        }
        settings.saveTimeZone(actor.workspaceId(), client, zone, clock.instant());
        return NutritionTargetService.view(actor, client, targets.history(actor.workspaceId(), client), clients.calendar(actor, client));
    }
}
