package com.coachkeep.nutrition.application.service;

import com.coachkeep.nutrition.application.port.in.GetNutritionPlanUseCase;
import com.coachkeep.nutrition.application.port.in.NutritionPlanView;
import com.coachkeep.nutrition.application.port.in.NutritionTargetView;
import com.coachkeep.nutrition.application.port.in.SetNutritionTargetUseCase;
import com.coachkeep.nutrition.application.port.in.TargetSetView;
import com.coachkeep.nutrition.application.port.out.NutritionTargetRepository;
import com.coachkeep.nutrition.domain.DayType;
import com.coachkeep.nutrition.domain.NutritionTarget;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Nutrition targets: set by staff who manage nutrition, read by them and by the client. */
@ApplicationScoped
@Transactional
public class NutritionTargetService implements SetNutritionTargetUseCase, GetNutritionPlanUseCase {
    private final NutritionTargetRepository targets;
    private final NutritionClients clients;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public NutritionTargetService(NutritionTargetRepository targets, NutritionClients clients, AuditTrail audit, Clock clock) {
        this.targets = targets;
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
    }

    protected NutritionTargetService() {
        this(null, null, null, null);
    }

    @Override
    public TargetSetView setTarget(Actor actor, ClientId clientId, NutritionTarget.Values values) {
        ClientId client = clients.reach(actor, clientId, Permission.NUTRITION_MANAGE, null);
        NutritionTarget.Set set = NutritionTarget.set(actor.workspaceId(), client, values, actor.personId(), clock.instant());
        targets.add(set.target());
        NutritionTarget t = set.target();
        audit.record(AuditRecord.of(actor, "nutrition.target_set").target("client", client)
                .detail("dayType", t.dayType().wireName()).detail("effectiveFrom", t.effectiveFrom().toString())
                .detail("calories", t.calories()).detail("protein", t.protein()).detail("carbohydrate", t.carbohydrate())
                .detail("fat", t.fat()));
        return new TargetSetView(NutritionTargetView.of(t), set.warnings());
    }

    @Override
    public NutritionPlanView plan(Actor actor, ClientId clientId) {
        ClientId client = clients.reach(actor, clientId, Permission.NUTRITION_READ, Permission.SELF_READ);
        return view(actor, client, targets.history(actor.workspaceId(), client), clients.calendar(actor, client));
    }

    static NutritionPlanView view(Actor actor, ClientId client, List<NutritionTarget> history, NutritionClients.Calendar calendar) {
        List<NutritionTargetView> newestFirst = new ArrayList<>();
        history.stream().sorted(Comparator.comparing(NutritionTarget::effectiveFrom).thenComparing(NutritionTarget::createdAt).reversed())
                .forEach(t -> newestFirst.add(NutritionTargetView.of(t)));
        var s = calendar.settings();
        return new NutritionPlanView(
                NutritionTargetView.of(NutritionTarget.applying(history, DayType.TRAINING, calendar.today()).orElse(null)),
                NutritionTargetView.of(NutritionTarget.applying(history, DayType.REST, calendar.today()).orElse(null)),
                List.copyOf(newestFirst), s.tolerance(), s.zone().getId(), s.clientZone() == null, calendar.today());
    }
}
