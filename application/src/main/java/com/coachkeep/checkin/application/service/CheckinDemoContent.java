package com.coachkeep.checkin.application.service;

import com.coachkeep.checkin.application.port.out.CheckinFormRepository;
import com.coachkeep.checkin.application.port.out.CheckinRepository;
import com.coachkeep.checkin.application.port.out.CheckinScheduleRepository;
import com.coachkeep.checkin.application.port.out.MeasurementRepository;
import com.coachkeep.checkin.domain.Answer;
import com.coachkeep.checkin.domain.Checkin;
import com.coachkeep.checkin.domain.CheckinForm;
import com.coachkeep.checkin.domain.CheckinSchedule;
import com.coachkeep.checkin.domain.Measurement;
import com.coachkeep.checkin.domain.MetricSource;
import com.coachkeep.checkin.domain.Question;
import com.coachkeep.checkin.domain.Recurrence;
import com.coachkeep.roster.application.port.in.DemoWorkspaceSeededEvent;
import com.coachkeep.roster.application.port.in.DemoWorkspaceSeededEvent.DemoSeededClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The demo workspace's check-ins: a weekly check-in form, scheduled for every active demo client on Sundays, with
 * thirteen weeks of believable submissions (bodyweight trending down with day-to-day noise, a waist measurement every
 * fourth week, energy and sleep that wander, a missed week now and then), reviewed with feedback except the latest
 * ones, which wait in the coach's queue. Runs inside the seeding transaction ({@link DemoWorkspaceSeededEvent}).
 * Deterministic per client.
 */
@ApplicationScoped
public class CheckinDemoContent {
    static final int WEEKS = 13;
    private static final String[] WINS = {"Hit all four sessions", "New squat PR", "Meal-prepped on Sunday", "Walked 10k steps most days",
        "Slept before 11 every night", "Stayed on plan at a wedding", "Deadlift felt easy", "Drank more water"};
    private static final String[] STRUGGLES = {"Late nights at work", "Weekend snacking", "Sore knee on Thursday", "Travel midweek",
        "Low motivation on Monday", "", "", ""};
    private static final String[] FEEDBACK = {"Great consistency this week: keep the routine exactly as it is.",
        "Weight is trending down nicely. Let's keep protein high and add one walk.", "Good job on the sessions. Aim for 7 hours of sleep.",
        "Solid week. Next week, plan the weekend meals in advance.", "Nice progress on the waist: the trend matters more than one weigh-in."};

    private final CheckinFormRepository forms;
    private final CheckinScheduleRepository schedules;
    private final CheckinRepository checkins;
    private final MeasurementRepository measurements;

    @Inject
    public CheckinDemoContent(CheckinFormRepository forms, CheckinScheduleRepository schedules, CheckinRepository checkins,
            MeasurementRepository measurements) {
        this.forms = forms;
        this.schedules = schedules;
        this.checkins = checkins;
        this.measurements = measurements;
    }

    protected CheckinDemoContent() {
        this(null, null, null, null);
    }

    void seed(@Observes DemoWorkspaceSeededEvent event) {
        UUID formId = UUID.nameUUIDFromBytes(("demo-checkin-form/" + event.workspaceId()).getBytes(StandardCharsets.UTF_8));
        CheckinForm form = CheckinForm.first(formId, event.workspaceId(), CheckinForm.define("Weekly check-in", List.of(
                Question.define("energy", "scale", "How was your energy this week (1–10)?", true, null, null, null),
                Question.define("sleep", "number", "Average sleep per night?", true, "hours", null, null),
                Question.define("diet", "single_choice", "How well did you stick to the nutrition plan?", true, null,
                        List.of("Fully", "Mostly", "Partly", "Not really"), null),
                Question.define("sick", "yes_no", "Were you ill or injured?", true, null, null, null),
                Question.define("wins", "long_text", "Your wins this week?", false, null, null, null),
                Question.define("struggles", "long_text", "What got in the way?", false, null, null, null),
                Question.define("photos", "photo_set", "Progress photos", false, null, null, List.of("front", "side", "back")))),
                event.ownerPersonId(), event.at().minusSeconds(86_400L * 7 * (WEEKS + 1)));
        forms.add(form);
        ZoneId zone = schedules.workspaceZone(event.workspaceId());
        for (DemoSeededClient c : event.clients()) {
            if ("active".equalsIgnoreCase(c.status())) {
                seedClient(event, form, zone, c);
            }
        }
    }

    private void seedClient(DemoWorkspaceSeededEvent event, CheckinForm form, ZoneId zone, DemoSeededClient c) {
        Instant now = event.at();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Random random = new Random(c.clientId().value().getLeastSignificantBits());
        LocalDate start = today.minusWeeks(WEEKS).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        UUID scheduleId = UUID.nameUUIDFromBytes(("demo-checkin-schedule/" + c.clientId()).getBytes(StandardCharsets.UTF_8));
        CheckinSchedule schedule = new CheckinSchedule(scheduleId, event.workspaceId(), c.clientId(), form.id(),
                new Recurrence.EveryWeeks(1, DayOfWeek.SUNDAY), zone, start, null, 2, c.coachPersonId(), start.atStartOfDay(zone).toInstant(), 0);
        schedules.save(schedule, true);
        double weight = 70 + random.nextInt(30) + random.nextDouble();
        double weeklyLoss = 0.2 + random.nextDouble() * 0.4;
        double waist = weight + 5 + random.nextInt(8);
        boolean pounds = random.nextInt(3) == 0;
        List<LocalDate> days = schedule.occurrences(start, today);
        List<Measurement> metrics = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            weight -= weeklyLoss + random.nextGaussian() * 0.25;
            waist -= weeklyLoss * 0.6;
            boolean latest = i >= days.size() - 2;
            if (!latest && random.nextInt(9) == 0) {
                continue; // a missed week
            }
            Instant submitted = day.atTime(9 + random.nextInt(11), random.nextInt(60)).atZone(zone).toInstant();
            if (submitted.isAfter(now)) {
                continue;
            }
            UUID id = UUID.nameUUIDFromBytes(("demo-checkin/" + c.clientId() + "/" + day).getBytes(StandardCharsets.UTF_8));
            Map<String, Object> raw = new HashMap<>();
            raw.put("energy", 5 + random.nextInt(5));
            raw.put("sleep", Math.round((6 + random.nextDouble() * 2) * 2) / 2.0);
            raw.put("diet", List.of("Fully", "Mostly", "Mostly", "Partly", "Not really").get(random.nextInt(5)));
            raw.put("sick", random.nextInt(12) == 0);
            raw.put("wins", WINS[random.nextInt(WINS.length)]);
            String struggle = STRUGGLES[random.nextInt(STRUGGLES.length)];
            if (!struggle.isEmpty()) {
                raw.put("struggles", struggle);
            }
            List<Answer> answers = Answer.of(form, raw);
            boolean reviewed = !latest || (i == days.size() - 2 && random.nextBoolean());
            Instant reviewedAt = reviewed ? submitted.plusSeconds(3_600L * (2 + random.nextInt(30))) : null;
            if (reviewedAt != null && reviewedAt.isAfter(now)) {
                reviewedAt = null;
            }
            Checkin checkin = new Checkin(id, event.workspaceId(), c.clientId(), form.id(), form.version(), scheduleId, day, answers, c.personId(),
                    false, submitted, submitted, reviewedAt == null ? null : c.coachPersonId(), reviewedAt,
                    reviewedAt == null ? null : FEEDBACK[random.nextInt(FEEDBACK.length)], reviewedAt == null ? 0 : 1);
            checkins.save(checkin, true);
            BigDecimal kg = BigDecimal.valueOf(weight).setScale(1, RoundingMode.HALF_EVEN);
            BigDecimal entered = pounds ? BigDecimal.valueOf(weight / 0.45359237).setScale(1, RoundingMode.HALF_EVEN) : kg;
            metrics.add(new Measurement(UUID.nameUUIDFromBytes((id + "/bodyweight").getBytes(StandardCharsets.UTF_8)), event.workspaceId(), c.clientId(),
                    "bodyweight", day, pounds ? entered.multiply(new BigDecimal("0.45359237")).setScale(4, RoundingMode.HALF_EVEN) : kg, entered,
                    pounds ? "lb" : "kg", MetricSource.CHECKIN, id, c.personId(), submitted));
            if (i % 4 == 0) {
                metrics.add(new Measurement(UUID.nameUUIDFromBytes((id + "/waist").getBytes(StandardCharsets.UTF_8)), event.workspaceId(), c.clientId(),
                        "waist", day, BigDecimal.valueOf(waist).setScale(1, RoundingMode.HALF_EVEN), BigDecimal.valueOf(waist).setScale(1,
                        RoundingMode.HALF_EVEN), "cm", MetricSource.CHECKIN, id, c.personId(), submitted));
            }
            // a midweek weigh-in logged outside the check-in
            LocalDate midweek = day.plusDays(3);
            if (midweek.isBefore(today) && random.nextInt(3) > 0) {
                BigDecimal mid = BigDecimal.valueOf(weight - weeklyLoss / 2 + random.nextGaussian() * 0.3).setScale(1, RoundingMode.HALF_EVEN);
                metrics.add(new Measurement(UUID.nameUUIDFromBytes((id + "/midweek").getBytes(StandardCharsets.UTF_8)), event.workspaceId(),
                        c.clientId(), "bodyweight", midweek, mid, mid, "kg", MetricSource.LOGGED, null, c.personId(),
                        midweek.atTime(7, 30).atZone(zone).toInstant()));
            }
        }
        measurements.add(metrics);
    }
}
