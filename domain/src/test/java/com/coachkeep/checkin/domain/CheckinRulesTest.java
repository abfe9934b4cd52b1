package com.coachkeep.checkin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CheckinRulesTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static CheckinSchedule schedule(Recurrence r, ZoneId zone, LocalDate start, int grace) {
        return new CheckinSchedule(UUID.randomUUID(), new WorkspaceId(UUID.randomUUID()), new ClientId(UUID.randomUUID()), UUID.randomUUID(), r,
                zone, start, null, grace, new PersonId(UUID.randomUUID()), Instant.EPOCH, 0);
    }

    // ------------------------------------------------------------------ schedules

    @Test
    void weeklyOccurrencesStayOnTheWeekdayAcrossTheSpringAndAutumnChanges() {
        CheckinSchedule s = schedule(new Recurrence.EveryWeeks(1, DayOfWeek.SUNDAY), BERLIN, LocalDate.of(2026, 3, 1), 2);
        List<LocalDate> days = s.occurrences(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 5));
        assertEquals(List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 22),
                LocalDate.of(2026, 3, 29), LocalDate.of(2026, 4, 5)), days);
        // 29 March 2026 has 23 hours in Berlin: the deadline is local midnight, 23 hours after the day began
        LocalDate spring = LocalDate.of(2026, 3, 29);
        assertEquals(Duration.ofHours(23), Duration.between(spring.atStartOfDay(BERLIN).toInstant(), s.deadline(spring)));
        assertEquals(ZonedDateTime.of(2026, 3, 30, 0, 0, 0, 0, BERLIN).toInstant(), s.deadline(spring));
        // 25 October 2026 has 25 hours
        LocalDate autumn = LocalDate.of(2026, 10, 25);
        assertEquals(Duration.ofHours(25), Duration.between(autumn.atStartOfDay(BERLIN).toInstant(), s.deadline(autumn)));
    }

    @Test
    void aSubmissionAtTheLastLocalMinuteOfAShortDayIsOnTimeAndOneMinuteLaterIsLate() {
        CheckinSchedule s = schedule(new Recurrence.EveryWeeks(1, DayOfWeek.SUNDAY), BERLIN, LocalDate.of(2026, 3, 1), 2);
        LocalDate spring = LocalDate.of(2026, 3, 29);
        Instant lastMinute = ZonedDateTime.of(2026, 3, 29, 23, 59, 0, 0, BERLIN).toInstant();
        assertEquals(OccurrenceStatus.SUBMITTED, s.status(spring, lastMinute, lastMinute));
        Instant after = lastMinute.plusSeconds(61);
        assertEquals(OccurrenceStatus.LATE, s.status(spring, after, after));
        // a fixed 24 h after the UTC start of the day would have been wrong by an hour: 23:30 UTC is 01:30 next day in Berlin
        Instant utcEndOfDay = Instant.parse("2026-03-29T23:30:00Z");
        assertEquals(OccurrenceStatus.LATE, s.status(spring, utcEndOfDay, utcEndOfDay));
    }

    @Test
    void dueThenLateThenMissedWithoutASubmission() {
        CheckinSchedule s = schedule(new Recurrence.EveryWeeks(1, DayOfWeek.MONDAY), NEW_YORK, LocalDate.of(2026, 11, 1), 2);
        LocalDate day = LocalDate.of(2026, 11, 2); // the day after the US autumn change
        assertEquals(OccurrenceStatus.DUE, s.status(day, null, ZonedDateTime.of(2026, 11, 2, 23, 59, 0, 0, NEW_YORK).toInstant()));
        assertEquals(OccurrenceStatus.LATE, s.status(day, null, ZonedDateTime.of(2026, 11, 3, 0, 0, 1, 0, NEW_YORK).toInstant()));
        assertEquals(OccurrenceStatus.LATE, s.status(day, null, ZonedDateTime.of(2026, 11, 4, 23, 59, 0, 0, NEW_YORK).toInstant()));
        assertEquals(OccurrenceStatus.MISSED, s.status(day, null, ZonedDateTime.of(2026, 11, 5, 0, 0, 0, 0, NEW_YORK).toInstant()));
        assertTrue(s.accepts(day, ZonedDateTime.of(2026, 11, 4, 23, 0, 0, 0, NEW_YORK).toInstant()));
        assertTrue(!s.accepts(day, ZonedDateTime.of(2026, 11, 5, 0, 0, 0, 0, NEW_YORK).toInstant()));
        assertTrue(!s.accepts(day, ZonedDateTime.of(2026, 11, 1, 23, 0, 0, 0, NEW_YORK).toInstant()), "not before the day began");
        assertTrue(!s.accepts(LocalDate.of(2026, 11, 3), ZonedDateTime.of(2026, 11, 3, 12, 0, 0, 0, NEW_YORK).toInstant()), "no occurrence");
    }

    @Test
    void aReminderOnTheMorningOfTheDayAndAnOverdueNoticeOnTheMorningAfterInTheClientsZone() {
        CheckinSchedule s = schedule(new Recurrence.EveryWeeks(1, DayOfWeek.SUNDAY), BERLIN, LocalDate.of(2026, 3, 1), 2);
        LocalDate spring = LocalDate.of(2026, 3, 29); // 23 hours long in Berlin
        java.util.function.Function<ZonedDateTime, Object> at = t -> s.noticeDue(spring, t.toInstant()).orElse(null);
        assertNull(at.apply(ZonedDateTime.of(2026, 3, 29, 6, 59, 0, 0, BERLIN)), "not before 07:00, never at midnight");
        assertEquals(CheckinNotice.REMINDER, at.apply(ZonedDateTime.of(2026, 3, 29, 7, 0, 0, 0, BERLIN)));
        assertEquals(CheckinNotice.REMINDER, at.apply(ZonedDateTime.of(2026, 3, 29, 23, 59, 0, 0, BERLIN)));
        assertNull(at.apply(ZonedDateTime.of(2026, 3, 30, 0, 30, 0, 0, BERLIN)), "late, but not yet morning");
        assertEquals(CheckinNotice.OVERDUE, at.apply(ZonedDateTime.of(2026, 3, 30, 7, 0, 0, 0, BERLIN)));
        assertEquals(CheckinNotice.OVERDUE, at.apply(ZonedDateTime.of(2026, 3, 31, 23, 0, 0, 0, BERLIN)));
        assertNull(at.apply(ZonedDateTime.of(2026, 4, 1, 7, 0, 0, 0, BERLIN)), "missed: nothing more");
        // 07:00 in Berlin on the spring change is 05:00 UTC, an hour earlier in UTC than the day before
        assertEquals(CheckinNotice.REMINDER, s.noticeDue(spring, Instant.parse("2026-03-29T05:00:00Z")).orElse(null));
        assertNull(s.noticeDue(LocalDate.of(2026, 3, 28), Instant.parse("2026-03-28T12:00:00Z")).orElse(null), "no occurrence that day");
        // no grace days: missed at the deadline, so no overdue notice
        CheckinSchedule strict = schedule(new Recurrence.EveryWeeks(1, DayOfWeek.SUNDAY), BERLIN, LocalDate.of(2026, 3, 1), 0);
        assertNull(strict.noticeDue(spring, ZonedDateTime.of(2026, 3, 30, 8, 0, 0, 0, BERLIN).toInstant()).orElse(null));
        // a schedule made after the occurrence's deadline never asked for it: no overdue notice
        CheckinSchedule later = new CheckinSchedule(UUID.randomUUID(), s.workspaceId(), s.clientId(), s.formId(), s.recurrence(), BERLIN,
                LocalDate.of(2026, 3, 1), null, 2, null, ZonedDateTime.of(2026, 3, 30, 6, 0, 0, 0, BERLIN).toInstant(), 0);
        assertNull(later.noticeDue(spring, ZonedDateTime.of(2026, 3, 30, 8, 0, 0, 0, BERLIN).toInstant()).orElse(null));
    }

    @Test
    void theSameInstantIsDueInOneZoneAndLateInAnother() {
        Instant now = Instant.parse("2026-06-08T02:00:00Z");
        LocalDate day = LocalDate.of(2026, 6, 7);
        CheckinSchedule ny = schedule(new Recurrence.EveryWeeks(1, DayOfWeek.SUNDAY), NEW_YORK, day, 1);
        CheckinSchedule berlin = schedule(new Recurrence.EveryWeeks(1, DayOfWeek.SUNDAY), BERLIN, day, 1);
        assertEquals(OccurrenceStatus.DUE, ny.status(day, null, now));
        assertEquals(OccurrenceStatus.LATE, berlin.status(day, null, now));
    }

    @Test
    void everyNWeeksMonthlyAndOnce() {
        CheckinSchedule two = schedule(new Recurrence.EveryWeeks(2, DayOfWeek.FRIDAY), BERLIN, LocalDate.of(2026, 1, 1), 1);
        assertEquals(List.of(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 16), LocalDate.of(2026, 1, 30)),
                two.occurrences(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 5)));
        // asked from the middle of the cycle, the cycle keeps its anchor
        assertEquals(List.of(LocalDate.of(2026, 1, 16), LocalDate.of(2026, 1, 30)), two.occurrences(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 2, 5)));
        CheckinSchedule monthly = schedule(new Recurrence.Monthly(31), BERLIN, LocalDate.of(2026, 1, 1), 1);
        assertEquals(List.of(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30)),
                monthly.occurrences(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30)));
        CheckinSchedule once = schedule(new Recurrence.Once(LocalDate.of(2026, 5, 5)), BERLIN, LocalDate.of(2026, 1, 1), 1);
        assertEquals(List.of(LocalDate.of(2026, 5, 5)), once.occurrences(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void aScheduleIsCheckedAsSent() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CheckinSchedule.define("fortnightly", null, null, null, null,
                "2026-13-01", null, "Mars/Olympus", 9, BERLIN, Instant.parse("2026-01-01T12:00:00Z")));
        List<String> fields = e.violations().stream().map(v -> v.field()).toList();
        assertTrue(fields.containsAll(List.of("kind", "startsOn", "timeZone", "graceDays")), fields.toString());
        assertThrows(InvalidInputException.class, () -> CheckinSchedule.define("weekly", "someday", null, null, null, null, null, null, null,
                BERLIN, Instant.parse("2026-01-01T12:00:00Z")));
        var d = CheckinSchedule.define("every_n_weeks", "tuesday", 3, null, null, null, null, "America/New_York", null, BERLIN,
                Instant.parse("2026-01-01T12:00:00Z"));
        assertEquals(new Recurrence.EveryWeeks(3, DayOfWeek.TUESDAY), d.recurrence());
        assertEquals(NEW_YORK, d.zone());
        assertEquals(2, d.graceDays());
    }

    // ------------------------------------------------------------------ units and metrics

    @Test
    void poundsAndInchesAreStoredCanonicallyWithTheEnteredUnit() {
        var m = MetricType.BODYWEIGHT.measure(new BigDecimal("180"), "lb");
        assertEquals(new BigDecimal("81.6466"), m.canonical());
        assertEquals("lb", m.enteredUnit());
        assertEquals(new BigDecimal("180.00"), MeasureUnit.LB.fromCanonical(m.canonical()));
        var waist = MetricType.builtIn("waist").orElseThrow().measure(new BigDecimal("32"), "in");
        assertEquals(0, new BigDecimal("81.28").compareTo(waist.canonical()));
        assertThrows(IllegalArgumentException.class, () -> MetricType.BODYWEIGHT.measure(new BigDecimal("80"), "cm"));
        assertThrows(IllegalArgumentException.class, () -> MetricType.BODYWEIGHT.measure(new BigDecimal("800"), "kg"));
        assertThrows(IllegalArgumentException.class, () -> MetricType.BODYWEIGHT.measure(new BigDecimal("80"), "stone"));
        MetricType steps = MetricType.custom("steps", "Daily steps", "number", "steps");
        assertEquals(new BigDecimal("12000"), steps.measure(new BigDecimal("12000"), null).entered());
        assertThrows(InvalidInputException.class, () -> MetricType.custom("waist", "Waist again", "length", null));
    }

    @Test
    void theTrendIsSmoothedExponentiallyAndChangesAreMeasuredOnTheTrend() {
        List<Map.Entry<LocalDate, BigDecimal>> values = new ArrayList<>();
        LocalDate start = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 100; i++) {
            // a steady loss of 0.1 kg a day with a water swing of ±1 kg on alternate days
            values.add(Map.entry(start.plusDays(i), BigDecimal.valueOf(90 - 0.1 * i + (i % 2 == 0 ? 1 : -1))));
        }
        MetricSeries.Series s = MetricSeries.of(values);
        assertEquals(100, s.points().size());
        assertEquals(91.0, s.points().get(0).trend());
        assertEquals(91 + 0.1 * (88.9 - 91), s.points().get(1).trend(), 0.01);
        // the swings are damped: consecutive trend values differ far less than the raw values
        for (int i = 50; i < 99; i++) {
            assertTrue(Math.abs(s.points().get(i + 1).trend() - s.points().get(i).trend()) < 0.35);
        }
        // over 30 days the trend has fallen by about 3 kg (a lag of ~9 days does not change the slope)
        assertEquals(-3.0, s.changes().get(1).change(), 0.3);
        assertEquals(7, s.changes().get(0).days());
        assertNull(MetricSeries.of(values.subList(0, 20)).changes().get(2).change(), "20 days do not reach 90 days back");
    }

    @Test
    void severalValuesOnADayCountAsTheirMean() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        var s = MetricSeries.of(List.of(Map.entry(d, new BigDecimal("80")), Map.entry(d, new BigDecimal("82"))));
        assertEquals(1, s.points().size());
        assertEquals(81.0, s.points().get(0).value());
    }

    // ------------------------------------------------------------------ forms and answers

    static CheckinForm form() {
        List<Question> qs = List.of(
                Question.define("weight", "number", "Morning weight?", true, "kg", null, null),
                Question.define("energy", "scale", "Energy this week (1–10)?", true, null, null, null),
                Question.define("wins", "long_text", "Your wins?", false, null, null, null),
                Question.define("diet", "single_choice", "Diet adherence?", true, null, List.of("all", "most", "some"), null),
                Question.define("issues", "multiple_choice", "Any issues?", false, null, List.of("sleep", "stress", "injury"), null),
                Question.define("sick", "yes_no", "Were you ill?", true, null, null, null),
                Question.define("photos", "photo_set", "Progress photos", false, null, null, List.of("front", "side", "back")));
        return CheckinForm.first(UUID.randomUUID(), new WorkspaceId(UUID.randomUUID()), CheckinForm.define("Weekly", qs), null, Instant.EPOCH);
    }

    @Test
    void aPhotoSetIsAnsweredWithPhotoIdsByPoseKeptInTheQuestionsOrder() {
        CheckinForm f = form();
        UUID front = UUID.randomUUID();
        UUID back = UUID.randomUUID();
        List<Answer> answers = Answer.of(f, Map.of("weight", 80, "energy", 5, "diet", "all", "sick", false,
                "photos", Map.of("back", back.toString(), "front", front.toString())));
        Answer photos = answers.stream().filter(a -> a.questionKey().equals("photos")).findFirst().orElseThrow();
        assertEquals("front=" + front + "\nback=" + back, photos.value());
        assertEquals(List.of("front", "back"), List.copyOf(photos.photos().keySet()));
        assertEquals(Map.of("front", front, "back", back), photos.photos());
        for (Object wrong : List.of(Map.of("left", front.toString()), Map.of("front", "selfie.jpg"), List.of(front.toString()), "front")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Answer.of(f, Map.of("weight", 80, "energy", 5, "diet", "all",
                    "sick", false, "photos", wrong)), wrong.toString());
            assertEquals(List.of("answers.photos"), e.violations().stream().map(v -> v.field()).toList());
        }
        Question required = Question.define("pics", "photo_set", "Photos", true, null, null, List.of("front", "side"));
        assertThrows(IllegalArgumentException.class, () -> required.answer(Map.of("front", front.toString())), "every pose of a required set");
        assertTrue(Answer.of(f, Map.of("weight", 80, "energy", 5, "diet", "all", "sick", false, "photos", Map.of())).stream()
                .noneMatch(a -> a.questionKey().equals("photos")), "an optional set left empty is no answer");
    }

    @Test
    void answersAreCheckedAgainstTheirQuestionsAndKeepTheQuestionText() {
        CheckinForm f = form();
        List<Answer> answers = Answer.of(f, Map.of("weight", 81.5, "energy", 7, "diet", "most", "issues", List.of("sleep", "stress"), "sick", false));
        assertEquals(5, answers.size());
        assertEquals("Morning weight?", answers.get(0).questionText());
        assertEquals("81.5", answers.get(0).value());
        assertEquals("sleep\nstress", answers.get(3).value());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Answer.of(f, Map.of("weight", "heavy", "energy", 11,
                "diet", "none", "sick", "no", "nope", 1, "photos", List.of("x"))));
        List<String> fields = e.violations().stream().map(v -> v.field()).toList();
        assertTrue(fields.containsAll(List.of("answers.weight", "answers.energy", "answers.diet", "answers.sick", "answers.nope", "answers.photos")),
                fields.toString());
        // a new version with a reworded question: the old answers keep the words they answered
        CheckinForm v2 = f.revise(CheckinForm.define("Weekly", List.of(Question.define("weight", "number", "Weight after waking?", true, "kg", null,
                null))), null, Instant.EPOCH);
        assertEquals(2, v2.version());
        assertEquals("Morning weight?", answers.get(0).questionText());
        assertEquals(f, f.revise(CheckinForm.define(f.name(), f.questions()), null, Instant.EPOCH), "no change, no new version");
    }

    @Test
    void questionsAndFormsAreCheckedAsSent() {
        assertThrows(InvalidInputException.class, () -> Question.define("Bad Key", "number", "x", true, null, null, null));
        assertThrows(InvalidInputException.class, () -> Question.define("c", "single_choice", "x", true, null, List.of("only"), null));
        assertThrows(InvalidInputException.class, () -> Question.define("c", "yes_no", "x", true, "kg", null, null));
        assertThrows(InvalidInputException.class, () -> Question.define("p", "photo_set", "x", true, null, null, List.of()));
        Question q = Question.define("a", "yes_no", "x", true, null, null, null);
        assertThrows(InvalidInputException.class, () -> CheckinForm.define("Form", List.of(q, q)));
        assertThrows(InvalidInputException.class, () -> CheckinForm.define(" ", List.of()));
    }

    @Test
    void aReviewedCheckinIsLocked() {
        CheckinForm f = form();
        Checkin c = new Checkin(UUID.randomUUID(), f.workspaceId(), new ClientId(UUID.randomUUID()), f.id(), 1, null, null, List.of(), null, false,
                Instant.EPOCH, Instant.EPOCH, null, null, null, 0);
        Checkin edited = c.edit(1, List.of(), Instant.EPOCH.plusSeconds(5));
        assertEquals(1, edited.version());
        Checkin reviewed = edited.review(new PersonId(UUID.randomUUID()), "Great week", Instant.EPOCH.plusSeconds(10));
        assertTrue(reviewed.reviewed());
        assertThrows(Checkin.CheckinReviewedException.class, () -> reviewed.edit(1, List.of(), Instant.EPOCH.plusSeconds(20)));
        assertThrows(Checkin.CheckinReviewedException.class, () -> reviewed.review(null, "again", Instant.EPOCH.plusSeconds(20)));
    }
}
