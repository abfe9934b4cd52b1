package com.coachkeep.checkin.application.service;

import com.coachkeep.checkin.application.port.in.GetCoachDashboardUseCase;
import com.coachkeep.checkin.application.port.in.GetReviewQueueUseCase;
import com.coachkeep.checkin.application.port.out.AttentionPort;
import com.coachkeep.checkin.application.port.out.CheckinRepository;
import com.coachkeep.checkin.application.port.out.CheckinScheduleRepository;
import com.coachkeep.checkin.application.port.out.CheckinSettingsRepository;
import com.coachkeep.checkin.application.port.out.ReviewQueuePort;
import com.coachkeep.checkin.domain.CheckinSchedule;
import com.coachkeep.checkin.domain.OccurrenceStatus;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AttentionSource;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * "Who needs me today", in a bounded number of statements whatever the roster size: the target, the waiting check-ins
 * and their metrics (the review queue's three), the visible clients with their last activity, their schedules, the
 * submissions of the last 14 days, and one call per attention source.
 */
@ApplicationScoped
@Transactional
public class GetCoachDashboardService implements GetCoachDashboardUseCase {
    /** How far back missed occurrences are listed. */
    static final int MISSED_DAYS = 14;

    private final ReviewQueuePort query;
    private final CheckinSettingsRepository settings;
    private final CheckinScheduleRepository schedules;
    private final CheckinRepository checkins;
    private final AttentionPort sources;
    private final Clock clock;
    private final com.coachkeep.shared.application.ClientAccessPort access;

    @Inject
    public GetCoachDashboardService(ReviewQueuePort query, CheckinSettingsRepository settings, CheckinScheduleRepository schedules,
            CheckinRepository checkins, AttentionPort sources, Clock clock, com.coachkeep.shared.application.ClientAccessPort access) {
        this.access = access;
        this.query = query;
        this.settings = settings;
        this.schedules = schedules;
        this.checkins = checkins;
        this.sources = sources;
        this.clock = clock;
    }

    protected GetCoachDashboardService() {
        this(null, null, null, null, null, null, null);
    }

    @Override
    public Dashboard dashboard(Actor actor, Integer inactiveDays) {
        actor.require(Permission.CHECKINS_REVIEW);
        int days = inactiveDays == null ? 7 : inactiveDays;
        if (days < 1 || days > 365) {
            throw InvalidInputException.of("inactiveDays", "must be 1–365");
        }
        Instant now = clock.instant();
        int target = settings.responseTargetHours(actor.workspaceId());
        GetReviewQueueUseCase.ReviewQueue queue = GetReviewQueueService.build(actor, query, target, now);
        List<ReviewQueuePort.Visible> visible = query.visibleClients(actor);
        Map<UUID, String> names = new HashMap<>();
        visible.forEach(v -> names.put(v.clientId(), v.clientName()));
        Set<UUID> ids = names.keySet();

        List<Missed> missed = new ArrayList<>();
        if (!ids.isEmpty()) {
            List<CheckinSchedule> all = schedules.ofClients(actor.workspaceId(), ids);
            LocalDate utcToday = LocalDate.ofInstant(now, ZoneOffset.UTC);
            var done = all.isEmpty() ? Map.<UUID, Map<LocalDate, CheckinRepository.Submission>>of()
                    : checkins.submissions(actor.workspaceId(), all.stream().map(CheckinSchedule::id).collect(Collectors.toSet()),
                            utcToday.minusDays(MISSED_DAYS + 2L), utcToday.plusDays(2));
            // a client whose access is paused (a failed renewal past the grace period) misses nothing while paused
            Map<UUID, Instant> paused = all.isEmpty() ? Map.of()
                    : access.pausedSince(actor.workspaceId(), all.stream().map(s -> s.clientId().value()).collect(Collectors.toSet()));
            for (CheckinSchedule s : all) {
                LocalDate today = s.today(now);
                Map<LocalDate, CheckinRepository.Submission> subs = done.getOrDefault(s.id(), Map.of());
                Instant pausedSince = paused.get(s.clientId().value());
                LocalDate pausedFrom = pausedSince == null ? null : LocalDate.ofInstant(pausedSince, s.zone());
                for (LocalDate day : s.occurrences(today.minusDays(MISSED_DAYS), today)) {
                    if (pausedFrom != null && !day.isBefore(pausedFrom)) {
                        continue;
                    }
                    if (!subs.containsKey(day) && s.status(day, null, now) == OccurrenceStatus.MISSED) {
                        missed.add(new Missed(s.clientId(), names.get(s.clientId().value()), s.id(), day));
                    }
                }
            }
        }
        missed.sort(Comparator.comparing(Missed::day).reversed().thenComparing(m -> m.clientId().value()));

        Instant cutoff = now.minus(days, ChronoUnit.DAYS);
        List<Inactive> inactive = visible.stream().filter(v -> v.lastActivity() == null || v.lastActivity().isBefore(cutoff))
                .map(v -> new Inactive(new ClientId(v.clientId()), v.clientName(), v.lastActivity()))
                .sorted(Comparator.comparing(Inactive::lastActivity, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();

        List<AttentionSource.Item> attention = new ArrayList<>();
        if (!ids.isEmpty()) {
            attention.addAll(sources.attention(actor, Set.copyOf(ids), now));
        }
        int breached = (int) queue.entries().stream().filter(GetReviewQueueUseCase.Entry::breached).count();
        return new Dashboard(target, queue.entries().size(), breached, queue.entries(), missed, inactive, attention);
    }
}
