package com.coachkeep.nutrition.application.service;

import com.coachkeep.nutrition.application.port.in.GetNutritionLogUseCase;
import com.coachkeep.nutrition.application.port.in.ListNutritionLogsUseCase;
import com.coachkeep.nutrition.application.port.in.LogNutritionCommand;
import com.coachkeep.nutrition.application.port.in.LogNutritionUseCase;
import com.coachkeep.nutrition.application.port.in.LoggedView;
import com.coachkeep.nutrition.application.port.in.NutritionDaysView;
import com.coachkeep.nutrition.application.port.in.NutritionLogView;
import com.coachkeep.nutrition.application.port.in.NutritionTargetView;
import com.coachkeep.nutrition.application.port.out.NutritionLogRepository;
import com.coachkeep.nutrition.application.port.out.NutritionTargetRepository;
import com.coachkeep.nutrition.domain.Compliance;
import com.coachkeep.nutrition.domain.DayAdherence;
import com.coachkeep.nutrition.domain.NutritionLog;
import com.coachkeep.nutrition.domain.NutritionTarget;
import com.coachkeep.nutrition.domain.Tolerance;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.Validator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Daily nutrition logs: written by the client (their own only) or by staff on their behalf, read with adherence. */
@ApplicationScoped
@Transactional
public class NutritionLogService implements LogNutritionUseCase, GetNutritionLogUseCase, ListNutritionLogsUseCase {
    private final NutritionLogRepository logs;
    private final NutritionTargetRepository targets;
    private final NutritionClients clients;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public NutritionLogService(NutritionLogRepository logs, NutritionTargetRepository targets, NutritionClients clients, AuditTrail audit,
            Clock clock) {
        this.logs = logs;
        this.targets = targets;
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
    }

    protected NutritionLogService() {
        this(null, null, null, null, null);
    }

    @Override
    public LoggedView log(Actor actor, ClientId clientId, LogNutritionCommand c) {
        ClientId client = clients.reach(actor, clientId, Permission.NUTRITION_MANAGE, Permission.SELF_WRITE);
        NutritionClients.Calendar calendar = clients.calendar(actor, client);
        // a day up to one ahead of the client's today is accepted: a client travelling east is ahead of their stored zone
        if (c.day().isAfter(calendar.today().plusDays(1))) {
            throw InvalidInputException.of("day", "must not be after the client's today (" + calendar.today() + ")");
        }
        Instant now = clock.instant();
        Optional<UUID> ofDay = logs.idOfDay(actor.workspaceId(), client, c.day());
        if (ofDay.isPresent() && !ofDay.get().equals(c.logId())) {
            throw new ConflictException("day-already-logged", "The client's " + c.day() + " is already logged as " + ofDay.get()
                    + ": send that log's id to change it.");
        }
        Optional<NutritionLog> stored = logs.find(actor.workspaceId(), client, c.logId());
        if (stored.isEmpty() && logIdTakenElsewhere(actor, c.logId())) {
            throw new ConflictException("id-taken", "This log id is in use; choose a new UUID.");
        }
        NutritionLog sent = new NutritionLog(c.logId(), actor.workspaceId(), client, c.day(), c.dayType(), c.entry(), c.totals(), c.meals(),
                c.waterMl(), c.note(), actor.personId(), actor.staff(), now, now, 0);
        NutritionLog result;
        boolean created = stored.isEmpty();
        if (created) {
            result = sent;
            logs.save(result, true);
        } else if (stored.get().sameContentAs(sent)) {
            result = stored.get(); // a resend: nothing changes
        } else {
            result = stored.get().replacedBy(sent);
            logs.save(result, false);
        }
        if (actor.staff() && result != stored.orElse(null)) {
            audit.record(AuditRecord.of(actor, "nutrition.logged_on_behalf").target("client", client)
                    .detail("log", result.id().toString()).detail("day", result.day().toString()).detail("created", created));
        }
        Tolerance tolerance = calendar.settings().tolerance();
        return new LoggedView(view(result, targets.history(actor.workspaceId(), client), tolerance), created);
    }

    /** Ids are chosen by clients: one used for another client's log is refused rather than overwritten. */
    private boolean logIdTakenElsewhere(Actor actor, UUID id) {
        return logs.idTaken(actor.workspaceId(), id);
    }

    @Override
    public NutritionLogView get(Actor actor, ClientId clientId, UUID logId) {
        ClientId client = clients.reach(actor, clientId, Permission.NUTRITION_READ, Permission.SELF_READ);
        NutritionLog log = logs.find(actor.workspaceId(), client, logId).orElseThrow(() -> new NotFoundException("nutrition log"));
        return view(log, targets.history(actor.workspaceId(), client), clients.calendar(actor, client).settings().tolerance());
    }

    @Override
    public NutritionDaysView list(Actor actor, ClientId clientId, String fromText, String toText) {
        ClientId client = clients.reach(actor, clientId, Permission.NUTRITION_READ, Permission.SELF_READ);
        NutritionClients.Calendar calendar = clients.calendar(actor, client);
        Validator v = new Validator();
        LocalDate to = toText == null ? calendar.today() : v.check("to", toText, NutritionLogService::date);
        LocalDate from = fromText == null ? (to == null ? null : to.minusDays(6)) : v.check("from", fromText, NutritionLogService::date);
        v.throwIfInvalid();
        if (from.isAfter(to)) {
            throw InvalidInputException.of("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw InvalidInputException.of("from", "the range may span at most " + MAX_DAYS + " days");
        }
        List<NutritionTarget> history = targets.history(actor.workspaceId(), client);
        Tolerance tolerance = calendar.settings().tolerance();
        List<NutritionLog> found = logs.between(actor.workspaceId(), client, from, to);
        Map<LocalDate, Compliance.LoggedDay> byDay = new HashMap<>();
        found.forEach(l -> byDay.put(l.day(), new Compliance.LoggedDay(l.day(), l.dayType(), l.totals())));
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        Compliance.NutritionFigures figures = Compliance.nutrition(history, byDay, tolerance, to, days);
        return new NutritionDaysView(from, to, found.stream().map(l -> view(l, history, tolerance)).toList(), figures.daysWithTarget(),
                figures.daysLogged(), figures.daysOnTarget(), figures.adherence());
    }

    static NutritionLogView view(NutritionLog log, List<NutritionTarget> history, Tolerance tolerance) {
        Optional<NutritionTarget> target = NutritionTarget.applying(history, log.dayType(), log.day());
        return new NutritionLogView(log, target.map(NutritionTargetView::of).orElse(null),
                target.map(t -> DayAdherence.judge(t, log.totals(), tolerance)).orElse(null));
    }

    static LocalDate date(String raw) {
        try {
            return LocalDate.parse(raw);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("must be a date (YYYY-MM-DD)");
        }
    }
}
