package com.coachkeep.nutrition.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.nutrition.application.port.in.ComplianceView;
import com.coachkeep.nutrition.application.port.in.HabitInput;
import com.coachkeep.nutrition.application.port.in.HabitView;
import com.coachkeep.nutrition.application.port.in.LogNutritionCommand;
import com.coachkeep.nutrition.application.port.in.LogNutritionCommand.MacrosInput;
import com.coachkeep.nutrition.application.port.in.LogNutritionCommand.MealInput;
import com.coachkeep.nutrition.application.port.in.LoggedView;
import com.coachkeep.nutrition.application.port.in.NutritionDaysView;
import com.coachkeep.nutrition.application.port.in.TargetSetView;
import com.coachkeep.nutrition.domain.NutritionTarget;
import com.coachkeep.nutrition.domain.Tolerance;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.Violation;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.testing.fakes.MutableClock;
import com.coachkeep.testing.fakes.RecordingAuditTrail;
import com.coachkeep.workspace.domain.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NutritionServicesTest {
    static final WorkspaceId WS = WorkspaceId.newId();

    MutableClock clock = new MutableClock(Instant.parse("2026-06-15T10:00:00Z"));
    NutritionFakes.Roster roster = new NutritionFakes.Roster();
    NutritionFakes.Targets targets = new NutritionFakes.Targets();
    NutritionFakes.Settings settings = new NutritionFakes.Settings();
    NutritionFakes.Logs logs = new NutritionFakes.Logs();
    NutritionFakes.Habits habits = new NutritionFakes.Habits();
    RecordingAuditTrail audit = new RecordingAuditTrail();
    NutritionClients clients = new NutritionClients(roster, settings, clock);
    NutritionTargetService targetService = new NutritionTargetService(targets, clients, audit, clock);
    NutritionSettingsService settingsService = new NutritionSettingsService(settings, targets, clients, audit, clock);
    NutritionLogService logService = new NutritionLogService(logs, targets, clients, audit, clock);
    HabitService habitService = new HabitService(habits, clients, audit, clock);
    ComplianceService complianceService = new ComplianceService(clients, targets, logs, habits,
            (w, c, today, windows) -> java.util.Optional.empty());

    Actor coach;
    Actor assistant;
    Actor client;
    Actor otherClient;
    ClientId clientId = ClientId.newId();
    ClientId otherClientId = ClientId.newId();

    @BeforeEach
    void roster() {
        coach = staff(Role.COACH);
        assistant = staff(Role.ASSISTANT);
        client = new Actor(PersonId.newId(), WS, MembershipId.newId(), "client", false, Role.CLIENT.permissions());
        otherClient = new Actor(PersonId.newId(), WS, MembershipId.newId(), "client", false, Role.CLIENT.permissions());
        roster.clients.put(clientId, new NutritionFakes.Roster.Entry(client.personId(), coach.membershipId()));
        roster.clients.put(otherClientId, new NutritionFakes.Roster.Entry(otherClient.personId(), null));
    }

    static Actor staff(Role role) {
        return new Actor(PersonId.newId(), WS, MembershipId.newId(), role.wireName(), true, role.permissions());
    }

    TargetSetView target(String type, String from, int kcal, int protein, int carbs, int fat) {
        return targetService.setTarget(coach, clientId, new NutritionTarget.Values(type, from, kcal, protein, carbs, fat, null, null));
    }

    LoggedView logTotals(Actor who, LocalDate day, String type, double kcal, double protein, double carbs, double fat) {
        return logService.log(who, clientId, LogNutritionCommand.of(UUID.randomUUID().toString(), day.toString(), type,
                new MacrosInput(kcal, protein, carbs, fat, null), null, null, null));
    }

    // ------------------------------------------------------------------------------------------------ targets

    @Test
    void aTargetAppliesFromItsDateAndTheHistoryKeepsTheEarlierOne() {
        target("training", "2026-06-01", 2500, 180, 280, 75);
        TargetSetView later = target("training", "2026-06-20", 2300, 180, 240, 70);
        var plan = targetService.plan(client, clientId);
        assertEquals(2500, plan.training().calories(), "the later target applies only from its date");
        assertNull(plan.rest());
        assertEquals(2, plan.history().size());
        assertEquals(later.target().id(), plan.history().get(0).id(), "newest first");
        assertEquals("nutrition.target_set", audit.last().action());
    }

    @Test
    void macronutrientsThatDoNotAddUpToTheCaloriesAreSetWithAWarning() {
        TargetSetView set = target("rest", "2026-06-01", 3000, 100, 100, 30); // 1070 kcal from macros
        assertEquals(1, set.warnings().size(), set.warnings().toString());
        assertTrue(set.warnings().get(0).contains("1070 kcal"), set.warnings().get(0));
        assertTrue(target("rest", "2026-06-02", 2000, 150, 200, 67).warnings().isEmpty());
    }

    @Test
    void everyInvalidTargetFieldIsNamedAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> targetService.setTarget(coach, clientId,
                new NutritionTarget.Values("cheat", "2026-13-01", -1, 1600, null, 10, -5, 20_000)));
        assertEquals(List.of("dayType", "effectiveFrom", "calories", "protein", "carbohydrate", "fibre", "waterMl"),
                e.violations().stream().map(Violation::field).toList());
    }

    @Test
    void onlyStaffWhoManageNutritionSetTargetsAndTolerance() {
        assertThrows(AccessDeniedException.class, () -> target2(client));
        assertThrows(AccessDeniedException.class, () -> target2(assistant));
        assertThrows(AccessDeniedException.class, () -> settingsService.setTolerance(client, clientId, Tolerance.DEFAULT));
        // a coach reaches only the clients they can see: another coach's client is not found
        assertThrows(NotFoundException.class, () -> targetService.setTarget(coach, otherClientId,
                new NutritionTarget.Values("rest", "2026-06-01", 2000, 150, 200, 67, null, null)));
        assertTrue(targets.rows.isEmpty());
    }

    private void target2(Actor who) {
        targetService.setTarget(who, clientId, new NutritionTarget.Values("rest", "2026-06-01", 2000, 150, 200, 67, null, null));
    }

    // ------------------------------------------------------------------------------------------------ logs and adherence

    @Test
    void aDayIsOnTargetWithinTheCoachsToleranceAndProteinNeedsOnlyItsMinimum() {
        target("rest", "2026-06-01", 2000, 150, 200, 70);
        LocalDate d = LocalDate.parse("2026-06-10");
        assertTrue(logTotals(client, d, "rest", 2190, 135, 225, 62).log().adherence().onTarget(), "+9.5 % kcal, protein 90 %");
        assertTrue(logTotals(client, d.plusDays(1), "rest", 1900, 260, 180, 70).log().adherence().onTarget(), "more protein is fine");
        var over = logTotals(client, d.plusDays(2), "rest", 2210, 150, 200, 70).log().adherence();
        assertFalse(over.onTarget());
        assertFalse(over.calories());
        var lowProtein = logTotals(client, d.plusDays(3), "rest", 2000, 134, 200, 70).log().adherence();
        assertFalse(lowProtein.protein(), "134 g is below 90 % of 150 g");
        // a tighter tolerance changes the verdict of the same day
        settingsService.setTolerance(coach, clientId, new Tolerance(5, 95, 10, 10));
        NutritionDaysView days = logService.list(client, clientId, "2026-06-10", "2026-06-13");
        assertFalse(days.logs().get(0).adherence().onTarget(), "+9.5 % is outside ±5 %");
        assertEquals(4, days.daysWithTarget());
        assertEquals(4, days.daysLogged());
        assertEquals(1, days.daysOnTarget());
    }

    @Test
    void aLogByTheTrainingDayTypeIsJudgedAgainstTheTrainingTarget() {
        target("rest", "2026-06-01", 2000, 150, 200, 70);
        target("training", "2026-06-01", 2600, 170, 300, 80);
        var v = logTotals(client, LocalDate.parse("2026-06-10"), "training", 2600, 170, 300, 80).log();
        assertEquals(2600, v.target().calories());
        assertTrue(v.adherence().onTarget());
    }

    @Test
    void aResentLogChangesNothingAndASecondIdForTheSameDayIsAConflict() {
        String id = UUID.randomUUID().toString();
        var meals = List.of(new MealInput(null, "Breakfast", "07:30", 500.0, 30.0, 60.0, 15.0, 5.0, "oats"),
                new MealInput(null, "Lunch", null, 700.0, 45.0, 80.0, 20.0, null, null));
        LogNutritionCommand command = LogNutritionCommand.of(id, "2026-06-14", "rest", null, meals, 2000, "tired");
        LoggedView first = logService.log(client, clientId, command);
        assertTrue(first.created());
        assertEquals(1200, first.log().log().totals().calories(), 0.01, "totals are the sum of the meals");
        LoggedView again = logService.log(client, clientId, LogNutritionCommand.of(id, "2026-06-14", "rest", null, meals, 2000, "tired"));
        assertFalse(again.created());
        assertEquals(0, again.log().log().version(), "a resend is not a change");
        assertEquals(1, logs.rows.size());
        ConflictException conflict = assertThrows(ConflictException.class, () -> logService.log(client, clientId,
                LogNutritionCommand.of(UUID.randomUUID().toString(), "2026-06-14", null, new MacrosInput(1.0, 1.0, 1.0, 1.0, null), null, null, null)));
        assertTrue(conflict.getMessage().contains(id), conflict.getMessage());
        assertFalse(first.log().log().onBehalf());
        assertTrue(audit.records.isEmpty(), "a client's own log is not audited");
    }

    @Test
    void aCoachLogsOnTheClientsBehalfRecordedAndAuditedWhileAClientWritesOnlyTheirOwn() {
        LoggedView v = logTotals(coach, LocalDate.parse("2026-06-14"), "rest", 1800, 120, 200, 60);
        assertTrue(v.log().log().onBehalf());
        assertEquals(coach.personId(), v.log().log().loggedBy());
        assertEquals("nutrition.logged_on_behalf", audit.last().action());
        assertThrows(NotFoundException.class, () -> logService.log(otherClient, clientId, LogNutritionCommand.of(UUID.randomUUID().toString(),
                "2026-06-13", null, new MacrosInput(1.0, 1.0, 1.0, 1.0, null), null, null, null)));
        assertThrows(AccessDeniedException.class, () -> logTotals(assistant, LocalDate.parse("2026-06-12"), "rest", 1, 1, 1, 1));
        // the assistant reads
        assertEquals(1, logService.list(assistantSeeingAll(), clientId, null, null).logs().size());
    }

    private Actor assistantSeeingAll() {
        java.util.Set<com.coachkeep.shared.domain.Permission> p = new java.util.HashSet<>(Role.ASSISTANT.permissions());
        p.add(com.coachkeep.shared.domain.Permission.CLIENTS_READ_ALL);
        return new Actor(PersonId.newId(), WS, MembershipId.newId(), "custom", true, p);
    }

    @Test
    void aLogNamesEveryInvalidFieldWithItsPlace() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LogNutritionCommand.of("nope", "2026-02-30", "binge",
                null, List.of(new MealInput(null, "", null, -1.0, 20_000.0, 1.0, 1.0, null, null)), -5, null));
        assertEquals(List.of("logId", "day", "dayType", "meals[0].name", "meals[0].calories", "meals[0].protein", "waterMl"),
                e.violations().stream().map(Violation::field).toList());
        assertThrows(InvalidInputException.class, () -> logTotals(client, LocalDate.parse("2026-06-18"), "rest", 1, 1, 1, 1),
                "three days ahead of the client's today");
    }

    // ------------------------------------------------------------------------------------------------ habits and time zones

    @Test
    void aCheckOffLandsOnTheClientsOwnDayAcrossTheDaylightSavingChange() {
        // Sydney leaves daylight saving on 5 April 2026 at 03:00; at 13:30 UTC on 4 April it is already 5 April there
        settingsService.setTimeZone(client, clientId, "Australia/Sydney");
        clock.set(Instant.parse("2026-03-30T02:00:00Z")); // 30 March, 13:00 in Sydney
        UUID habit = UUID.randomUUID();
        habitService.assign(coach, clientId, habit, new HabitInput("Evening walk", null, "daily", null, null, null), null);
        assertEquals(LocalDate.parse("2026-03-30"), habits.rows.get(habit).startsOn(), "starts on the client's today");
        clock.set(Instant.parse("2026-04-04T13:30:00Z"));
        for (LocalDate d = LocalDate.parse("2026-03-30"); d.isBefore(LocalDate.parse("2026-04-05")); d = d.plusDays(1)) {
            habitService.checkOff(client, clientId, habit, d.toString(), true);
        }
        HabitView before = habitService.checkOff(client, clientId, habit, "2026-04-05", true);
        assertEquals(LocalDate.parse("2026-04-05"), before.today(), "UTC still says 4 April");
        assertTrue(before.doneToday());
        assertEquals(7, before.streak());
        // a day after the client's today plus one is refused, whatever UTC says
        assertThrows(InvalidInputException.class, () -> habitService.checkOff(client, clientId, habit, "2026-04-07", true));
        // 25 hours later (the day of the change has 25 hours) it is 6 April in Sydney, not yet checked: the streak holds
        clock.set(Instant.parse("2026-04-05T14:30:00Z"));
        HabitView next = habitService.get(coach, clientId, habit);
        assertEquals(LocalDate.parse("2026-04-06"), next.today());
        assertFalse(next.doneToday());
        assertEquals(7, next.streak(), "today not yet done does not break the streak");
        assertEquals(1.0, next.adherence7(), 0.001, "6 of 6 due days before today, today still open counts as due");
    }

    @Test
    void aNewYorkClientsDayDoesNotEndAtMidnightUtcInSpringOrAutumn() {
        settingsService.setTimeZone(client, clientId, "America/New_York");
        // 8 March 2026: clocks go forward at 02:00; 03:59 UTC on 9 March is still 8 March (23:59 EDT)
        clock.set(Instant.parse("2026-03-09T03:59:00Z"));
        assertEquals(LocalDate.parse("2026-03-08"), complianceService.compliance(client, clientId).today());
        // 1 November 2026: clocks go back; 04:30 UTC on 2 November is 23:30 EST on 1 November
        clock.set(Instant.parse("2026-11-02T04:30:00Z"));
        assertEquals(LocalDate.parse("2026-11-01"), complianceService.compliance(coach, clientId).today());
        // without a zone of their own, the workspace's stands in
        settings.rows.remove(clientId);
        assertEquals("Europe/Berlin", complianceService.compliance(coach, clientId).timeZone());
    }

    @Test
    void anArchivedHabitIsNoLongerDueButKeepsItsHistoryAndOnlyStaffWhoManageNutritionChangeHabits() {
        clock.set(Instant.parse("2026-06-01T10:00:00Z"));
        UUID habit = UUID.randomUUID();
        var created = habitService.assign(coach, clientId, habit, new HabitInput("Protein at breakfast", "Eggs or yoghurt", "weekdays",
                null, List.of("monday", "wednesday", "friday"), "2026-06-01"), null);
        assertTrue(created.created());
        assertFalse(habitService.assign(coach, clientId, habit, new HabitInput("Protein at breakfast", "Eggs or yoghurt", "weekdays",
                null, List.of("monday", "wednesday", "friday"), "2026-06-01"), null).created(), "assigning twice makes one habit");
        assertThrows(AccessDeniedException.class, () -> habitService.assign(client, clientId, UUID.randomUUID(),
                new HabitInput("x", null, "daily", null, null, null), null));
        assertThrows(AccessDeniedException.class, () -> habitService.archive(client, clientId, habit));
        habitService.checkOff(client, clientId, habit, "2026-06-01", true);
        clock.set(Instant.parse("2026-06-10T10:00:00Z"));
        habitService.archive(coach, clientId, habit);
        assertEquals("habit.archived", audit.last().action());
        assertTrue(habitService.list(client, clientId, false).isEmpty());
        HabitView archived = habitService.list(client, clientId, true).get(0);
        assertEquals(List.of(LocalDate.parse("2026-06-01")), archived.checkedOff());
        assertThrows(InvalidInputException.class, () -> habitService.checkOff(client, clientId, habit, "2026-06-10", true));
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> habitService.assign(coach, clientId, UUID.randomUUID(),
                new HabitInput(" ", null, "times_per_week", 9, null, "someday"), null));
        assertEquals(List.of("title", "schedule", "startsOn"), bad.violations().stream().map(Violation::field).toList());
    }

    // ------------------------------------------------------------------------------------------------ compliance

    @Test
    void complianceOverSevenThirtyAndNinetyDaysCountsUnloggedDaysAgainstAndComesFromAFixedNumberOfReads() {
        clock.set(Instant.parse("2026-06-30T10:00:00Z")); // 30 June in Berlin
        target("rest", "2026-05-01", 2000, 150, 200, 70); // 61 days with a target in the 90-day window
        LocalDate today = LocalDate.parse("2026-06-30");
        for (int i = 0; i < 20; i++) {
            LocalDate d = today.minusDays(i);
            boolean good = i % 2 == 0;
            logTotals(client, d, "rest", good ? 2000 : 2600, 150, 200, 70);
        }
        UUID habit = UUID.randomUUID();
        habitService.assign(coach, clientId, habit, new HabitInput("Sleep by 23:00", null, "times_per_week", 3, null, "2026-06-01"), null);
        for (int i = 1; i <= 29; i += 3) {
            habitService.checkOff(client, clientId, habit, LocalDate.parse("2026-06-01").plusDays(i - 1).toString(), true);
        }
        int before = roster.reads + settings.reads + targets.reads + logs.reads + habits.reads;
        ComplianceView c = complianceService.compliance(client, clientId);
        int reads = roster.reads + settings.reads + targets.reads + logs.reads + habits.reads - before;
        assertEquals(5 + 1, reads, "the roster's visibility read, settings, targets, logged days, habits, check-offs");
        ComplianceView.Window week = c.windows().get(0);
        ComplianceView.Window month = c.windows().get(1);
        ComplianceView.Window quarter = c.windows().get(2);
        assertEquals(List.of(7, 30, 90), c.windows().stream().map(ComplianceView.Window::days).toList());
        assertEquals(7, week.nutrition().daysLogged());
        assertEquals(4, week.nutrition().daysOnTarget());
        assertEquals(20, month.nutrition().daysLogged());
        assertEquals(10, month.nutrition().daysOnTarget());
        assertEquals(30, month.nutrition().daysWithTarget());
        assertEquals(61, quarter.nutrition().daysWithTarget(), "days before the first target do not count");
        assertEquals(10.0 / 61, quarter.nutrition().adherence(), 1e-9);
        assertNotNull(month.habits());
        assertEquals(10, month.habits().met());
        assertTrue(month.habits().due() >= 12 && month.habits().due() <= 14, "about 3 a week over June: " + month.habits());
        assertNull(week.workouts(), "workouts are not measured here");
        assertThrows(NotFoundException.class, () -> complianceService.compliance(otherClient, clientId));
    }
}
