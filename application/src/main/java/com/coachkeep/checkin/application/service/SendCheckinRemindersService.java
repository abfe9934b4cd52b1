package com.coachkeep.checkin.application.service;

import com.coachkeep.checkin.application.port.in.SendCheckinRemindersUseCase;
import com.coachkeep.checkin.application.port.out.CheckinReminderRepository;
import com.coachkeep.checkin.application.port.out.CheckinReminderRepository.Scheduled;
import com.coachkeep.checkin.application.port.out.CheckinReminderRepository.Sent;
import com.coachkeep.checkin.application.port.out.CheckinRepository;
import com.coachkeep.checkin.domain.CheckinNotice;
import com.coachkeep.checkin.domain.CheckinSchedule;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Check-in reminders and overdue notices: at each run, every occurrence that calls for a notice now
 * ({@link CheckinSchedule#noticeDue}: the reminder from 07:00 of its day in the client's zone while it is due, the
 * overdue notice from 07:00 the day after while it is late) and has neither a submission nor that notice sent yet. A
 * client gets <b>one email per run</b> listing all of them (two forms due: one email naming both), never one per form.
 * Each notice is recorded ({@code checkin_reminder}, unique per occurrence and kind) in the transaction that queues the
 * email, so it is sent once; the email's idempotency key is made of the client's id and the notices it carries.
 */
@ApplicationScoped
@Transactional
public class SendCheckinRemindersService implements SendCheckinRemindersUseCase {
    /** How far back occurrences are looked at: the longest grace, the day after, and a day for the widest zone offset. */
    static final int LOOK_BACK_DAYS = CheckinSchedule.MAX_GRACE_DAYS + 2;

    private final CheckinReminderRepository reminders;
    private final CheckinRepository checkins;
    private final MailPort mail;
    private final Clock clock;

    @Inject
    public SendCheckinRemindersService(CheckinReminderRepository reminders, CheckinRepository checkins, MailPort mail, Clock clock) {
        this.reminders = reminders;
        this.checkins = checkins;
        this.mail = mail;
        this.clock = clock;
    }

    protected SendCheckinRemindersService() {
        this(null, null, null, null);
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<UUID> workspacesWithSchedules(int limit) {
        return reminders.workspacesWithSchedules(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(LOOK_BACK_DAYS), limit);
    }

    @Override
    public int remind(UUID workspaceId) {
        WorkspaceId ws = new WorkspaceId(workspaceId);
        Instant now = clock.instant();
        LocalDate utcToday = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<Scheduled> scheduled = reminders.scheduled(ws, utcToday.minusDays(LOOK_BACK_DAYS));
        if (scheduled.isEmpty()) {
            return 0;
        }
        LocalDate lo = utcToday.minusDays(LOOK_BACK_DAYS + 1L);
        LocalDate hi = utcToday.plusDays(1);
        Set<UUID> ids = scheduled.stream().map(s -> s.schedule().id()).collect(Collectors.toSet());
        Map<UUID, Map<LocalDate, CheckinRepository.Submission>> submitted = checkins.submissions(ws, ids, lo, hi);
        Set<Sent> sent = reminders.sent(ws, ids, lo, hi);
        Map<PersonId, List<Notice>> byPerson = new LinkedHashMap<>();
        for (Scheduled s : scheduled) {
            CheckinSchedule schedule = s.schedule();
            LocalDate today = schedule.today(now);
            Map<LocalDate, CheckinRepository.Submission> done = submitted.getOrDefault(schedule.id(), Map.of());
            for (LocalDate day : schedule.occurrences(today.minusDays(schedule.graceDays() + 1L), today)) {
                if (done.containsKey(day)) {
                    continue;
                }
                schedule.noticeDue(day, now).map(kind -> new Sent(schedule.id(), day, kind)).filter(n -> !sent.contains(n))
                        .ifPresent(n -> byPerson.computeIfAbsent(s.personId(), k -> new ArrayList<>()).add(new Notice(s, n)));
            }
        }
        if (byPerson.isEmpty()) {
            return 0;
        }
        CheckinReminderRepository.Sender sender = reminders.sender(ws);
        DateTimeFormatter days = DateTimeFormatter.ofPattern("EEEE d MMMM", sender.locale());
        int emails = 0;
        for (List<Notice> notices : byPerson.values()) {
            // recorded first: a notice another node's run recorded in the meantime is left to that run's email
            List<Notice> mine = notices.stream().filter(n -> reminders.record(ws, n.sent(), n.scheduled().schedule().clientId().value(), now))
                    .sorted(Comparator.comparing((Notice n) -> n.sent().occurrenceOn()).thenComparing(n -> n.scheduled().formName())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            Scheduled first = mine.get(0).scheduled();
            List<Map<String, Object>> due = new ArrayList<>();
            List<Map<String, Object>> overdue = new ArrayList<>();
            for (Notice n : mine) {
                LocalDate day = n.sent().occurrenceOn();
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("form", n.scheduled().formName());
                item.put("day", day.format(days));
                item.put("lastDay", day.plusDays(n.scheduled().schedule().graceDays()).format(days));
                (n.sent().kind() == CheckinNotice.REMINDER ? due : overdue).add(item);
            }
            Map<String, Object> model = new LinkedHashMap<>();
            if (first.name() != null) {
                model.put("recipientName", first.name());
            }
            model.put("workspaceName", sender.branding().name());
            model.put("total", mine.size());
            model.put("one", mine.size() == 1);
            model.put("due", due);
            model.put("overdue", overdue);
            String carried = mine.stream().map(n -> n.sent().scheduleId() + ":" + n.sent().occurrenceOn() + ":" + n.sent().kind().wireName())
                    .sorted().collect(Collectors.joining(","));
            String key = "checkin-reminder:" + first.schedule().clientId().value() + ":"
                    + UUID.nameUUIDFromBytes(carried.getBytes(StandardCharsets.UTF_8));
            mail.enqueue(new MailPort.Email(EmailTemplate.CHECKIN_REMINDER, new MailPort.Recipient(first.email(), first.name(), first.personId()),
                    ws, sender.locale(), sender.branding(), model, key));
            emails++;
        }
        return emails;
    }

    private record Notice(Scheduled scheduled, Sent sent) {
    }
}
