package com.coachkeep.nutrition.application.service;

import com.coachkeep.nutrition.application.port.out.HabitRepository;
import com.coachkeep.nutrition.application.port.out.NutritionLogRepository;
import com.coachkeep.nutrition.application.port.out.NutritionSettingsRepository;
import com.coachkeep.nutrition.application.port.out.NutritionTargetRepository;
import com.coachkeep.nutrition.domain.DayType;
import com.coachkeep.nutrition.domain.Habit;
import com.coachkeep.nutrition.domain.HabitSchedule;
import com.coachkeep.nutrition.domain.Macros;
import com.coachkeep.nutrition.domain.Meal;
import com.coachkeep.nutrition.domain.NutritionLog;
import com.coachkeep.nutrition.domain.NutritionTarget;
import com.coachkeep.roster.application.port.in.DemoWorkspaceSeededEvent;
import com.coachkeep.roster.application.port.in.DemoWorkspaceSeededEvent.DemoSeededClient;
import com.coachkeep.nutrition.domain.Tolerance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The demo workspace's nutrition: each demo client gets training- and rest-day targets (changed once, four weeks ago,
 * so the history shows), eight weeks of believable logs (mostly meal by meal, some days as totals, a few days missed,
 * weekends looser), and three habits with check-offs. Runs inside the seeding transaction (it observes
 * {@link DemoWorkspaceSeededEvent}), so a failure rolls the whole demo back. Deterministic per client.
 */
@ApplicationScoped
public class NutritionDemoContent {
    static final int WEEKS = 8;
    private static final String[][] MEALS = {
        {"Breakfast", "07:30", "Porridge with berries and whey", "0.25"},
        {"Lunch", "12:45", "Chicken, rice and vegetables", "0.35"},
        {"Snack", "16:00", "Greek yoghurt and an apple", "0.1"},
        {"Dinner", "19:30", "Salmon, potatoes and salad", "0.3"},
    };

    private final NutritionTargetRepository targets;
    private final NutritionLogRepository logs;
    private final HabitRepository habits;
    private final NutritionSettingsRepository settings;

    @Inject
    public NutritionDemoContent(NutritionTargetRepository targets, NutritionLogRepository logs, HabitRepository habits,
            NutritionSettingsRepository settings) {
        this.targets = targets;
        this.logs = logs;
        this.habits = habits;
        this.settings = settings;
    }

    protected NutritionDemoContent() {
        this(null, null, null, null);
    }

    void seed(@Observes DemoWorkspaceSeededEvent event) {
        for (DemoSeededClient c : event.clients()) {
            seedClient(event, c);
        }
    }

    private void seedClient(DemoWorkspaceSeededEvent event, DemoSeededClient c) {
        Instant now = event.at();
        LocalDate today = LocalDate.ofInstant(now, settings.find(event.workspaceId(), c.clientId()).zone());
        Random random = new Random(c.clientId().value().getMostSignificantBits());
        LocalDate start = today.minusWeeks(WEEKS);
        int base = 2000 + random.nextInt(8) * 100;
        settings.saveTolerance(event.workspaceId(), c.clientId(), Tolerance.DEFAULT, now);
        for (LocalDate from : List.of(start, today.minusWeeks(4))) {
            int kcal = from.equals(start) ? base : base - 100;
            for (DayType type : DayType.values()) {
                int calories = type == DayType.TRAINING ? kcal + 200 : kcal - 100;
                int protein = (int) Math.round(calories * 0.3 / 4);
                int fat = (int) Math.round(calories * 0.25 / 9);
                int carbohydrate = (int) Math.round(calories * 0.45 / 4);
                targets.add(NutritionTarget.set(event.workspaceId(), c.clientId(), new NutritionTarget.Values(type.wireName(), from.toString(),
                        calories, protein, carbohydrate, fat, 30, 2500), c.coachPersonId(), now.minusSeconds(86_400L * (today.toEpochDay()
                        - from.toEpochDay()))).target());
            }
        }
        List<NutritionTarget> history = targets.history(event.workspaceId(), c.clientId());
        double diligence = 0.7 + random.nextDouble() * 0.25;
        for (LocalDate day = start; day.isBefore(today); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (random.nextDouble() > diligence) {
                continue; // a day not logged
            }
            DayType type = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY).contains(day.getDayOfWeek())
                    ? DayType.TRAINING : DayType.REST;
            NutritionTarget target = NutritionTarget.applying(history, type, day).orElseThrow();
            double drift = (weekend ? 1.08 : 1.0) + random.nextGaussian() * 0.07;
            UUID id = UUID.nameUUIDFromBytes(("demo-log/" + c.clientId() + "/" + day).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Instant at = now.minusSeconds(86_400L * (today.toEpochDay() - day.toEpochDay()));
            List<Meal> meals = new ArrayList<>();
            Macros totals = Macros.ZERO;
            boolean asTotals = random.nextInt(5) == 0;
            for (int i = 0; i < MEALS.length; i++) {
                double share = Double.parseDouble(MEALS[i][3]) * drift;
                Macros m = new Macros(target.calories() * share, target.protein() * share * (0.9 + random.nextDouble() * 0.2),
                        target.carbohydrate() * share * (0.9 + random.nextDouble() * 0.2), target.fat() * share * (0.9 + random.nextDouble() * 0.2),
                        7.0 * drift);
                totals = totals.plus(m);
                meals.add(new Meal(UUID.nameUUIDFromBytes((id + "/meal/" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)), MEALS[i][0],
                        LocalTime.parse(MEALS[i][1]), m, i == 3 && weekend ? "Dinner out with friends" : MEALS[i][2]));
            }
            NutritionLog log = new NutritionLog(id, event.workspaceId(), c.clientId(), day, type,
                    asTotals ? NutritionLog.Entry.TOTALS : NutritionLog.Entry.MEALS, totals, asTotals ? List.of() : meals,
                    1500 + random.nextInt(15) * 100, weekend && random.nextBoolean() ? "Busy weekend, ate out once" : null, c.personId(), false,
                    at, at, 0);
            logs.save(log, true);
        }
        seedHabits(event, c, random, start, today, now);
    }

    private void seedHabits(DemoWorkspaceSeededEvent event, DemoSeededClient c, Random random, LocalDate start, LocalDate today, Instant now) {
        List<Habit.Definition> definitions = List.of(
                new Habit.Definition("Drink 2.5 litres of water", null, new HabitSchedule.Daily(), start),
                new Habit.Definition("Walk 8,000 steps", "Any pace; a walk after lunch makes it easy.", new HabitSchedule.TimesPerWeek(5), start),
                new Habit.Definition("Prepare lunches for the week", null,
                        new HabitSchedule.OnWeekdays(EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.WEDNESDAY)), start.plusWeeks(2)));
        int n = 0;
        for (Habit.Definition d : definitions) {
            UUID id = UUID.nameUUIDFromBytes(("demo-habit/" + c.clientId() + "/" + n++).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Habit habit = Habit.assign(id, event.workspaceId(), c.clientId(), d, c.coachPersonId(), now);
            habits.save(habit, true);
            double keep = 0.6 + random.nextDouble() * 0.35;
            for (LocalDate day = d.startsOn(); day.isBefore(today); day = day.plusDays(1)) {
                if (d.schedule().isDueOn(day) && random.nextDouble() < keep) {
                    habits.checkOff(event.workspaceId(), c.clientId(), id, day, true, c.personId(), now);
                }
            }
        }
    }
}
