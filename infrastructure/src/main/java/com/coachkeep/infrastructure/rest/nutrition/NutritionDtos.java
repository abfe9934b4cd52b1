package com.coachkeep.infrastructure.rest.nutrition;

import com.coachkeep.nutrition.application.port.in.ComplianceView;
import com.coachkeep.nutrition.application.port.in.HabitView;
import com.coachkeep.nutrition.application.port.in.NutritionDaysView;
import com.coachkeep.nutrition.application.port.in.NutritionLogView;
import com.coachkeep.nutrition.application.port.in.NutritionPlanView;
import com.coachkeep.nutrition.application.port.in.NutritionTargetView;
import com.coachkeep.nutrition.application.port.in.TargetSetView;
import com.coachkeep.nutrition.domain.DayAdherence;
import com.coachkeep.nutrition.domain.Habit;
import com.coachkeep.nutrition.domain.HabitSchedule;
import com.coachkeep.nutrition.domain.Macros;
import com.coachkeep.nutrition.domain.Meal;
import com.coachkeep.nutrition.domain.NutritionLog;
import com.coachkeep.nutrition.domain.Tolerance;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the nutrition resources. */
public final class NutritionDtos {
    private NutritionDtos() {
    }

    // ---------------------------------------------------------------------------------------------- targets and plan

    @Schema(name = "NutritionTargetRequest", description = "Targets for one day type from a date on; earlier targets stay in the history")
    public record TargetRequest(
            @Schema(required = true, enumeration = {"training", "rest"}) String dayType,
            @Schema(required = true, description = "The client's local date from which the target applies", example = "2026-12-07",
                    maxLength = 10) String effectiveFrom,
            @Schema(required = true, description = "kcal per day, 0–10000", example = "2400") Integer calories,
            @Schema(required = true, description = "grams per day, 0–1500", example = "160") Integer protein,
            @Schema(required = true, description = "grams per day, 0–1500", example = "260") Integer carbohydrate,
            @Schema(required = true, description = "grams per day, 0–1500", example = "80") Integer fat,
            @Schema(description = "grams per day, 0–300") Integer fibre,
            @Schema(description = "millilitres per day, 0–10000") Integer waterMl) {
    }

    @Schema(name = "NutritionTarget")
    public record TargetResponse(String id, @Schema(enumeration = {"training", "rest"}) String dayType, String effectiveFrom, int calories,
            int protein, int carbohydrate, int fat, Integer fibre, Integer waterMl, Instant createdAt) {
        static TargetResponse of(NutritionTargetView v) {
            return v == null ? null : new TargetResponse(v.id().toString(), v.dayType(), v.effectiveFrom().toString(), v.calories(), v.protein(),
                    v.carbohydrate(), v.fat(), v.fibre(), v.waterMl(), v.createdAt());
        }
    }

    @Schema(name = "NutritionTargetSet")
    public record TargetSetResponse(TargetResponse target,
            @Schema(description = "Things the coach may want to check, such as macronutrients that do not add up to the calories")
            List<String> warnings) {
        static TargetSetResponse of(TargetSetView v) {
            return new TargetSetResponse(TargetResponse.of(v.target()), v.warnings());
        }
    }

    @Schema(name = "AdherenceTolerance", description = "How close to target a day must be to count as on target")
    public record ToleranceBody(
            @Schema(required = true, description = "Calories within ± this percentage of target", example = "10") Integer caloriesPercent,
            @Schema(required = true, description = "Protein at least this percentage of target", example = "90") Integer proteinMinimumPercent,
            @Schema(required = true, description = "Carbohydrate within ± this percentage", example = "15") Integer carbohydratePercent,
            @Schema(required = true, description = "Fat within ± this percentage", example = "15") Integer fatPercent) {
        static ToleranceBody of(Tolerance t) {
            return new ToleranceBody(t.caloriesPercent(), t.proteinMinimumPercent(), t.carbohydratePercent(), t.fatPercent());
        }
    }

    @Schema(name = "ClientTimeZoneRequest")
    public record TimeZoneRequest(@Schema(required = true, description = "An IANA time zone", example = "Europe/Berlin", maxLength = 64)
            String timeZone) {
    }

    @Schema(name = "NutritionPlan", description = "The targets that apply today per day type, every target set (newest first), the "
            + "tolerance and the client's time zone")
    public record PlanResponse(TargetResponse training, TargetResponse rest, List<TargetResponse> history, ToleranceBody tolerance,
            String timeZone, @Schema(description = "True while the client has set no zone and the workspace's stands in") boolean timeZoneFromWorkspace,
            @Schema(description = "Today in the client's calendar") String today) {
        static PlanResponse of(NutritionPlanView v) {
            return new PlanResponse(TargetResponse.of(v.training()), TargetResponse.of(v.rest()),
                    v.history().stream().map(TargetResponse::of).toList(), ToleranceBody.of(v.tolerance()), v.timeZone(),
                    v.timeZoneFromWorkspace(), v.today().toString());
        }
    }

    // ---------------------------------------------------------------------------------------------- logs

    @Schema(name = "NutritionAmounts", description = "kcal and grams, to one decimal")
    public record AmountsBody(@Schema(required = true, example = "2350") Double calories, @Schema(required = true, example = "150") Double protein,
            @Schema(required = true, example = "250") Double carbohydrate, @Schema(required = true, example = "75") Double fat, Double fibre) {
        static AmountsBody of(Macros m) {
            return new AmountsBody(m.calories(), m.protein(), m.carbohydrate(), m.fat(), m.fibre());
        }
    }

    @Schema(name = "MealRequest")
    public record MealRequest(@Schema(description = "A UUID chosen by the client; derived from the log's id and the meal's place when absent")
            String id,
            @Schema(required = true, maxLength = 200, example = "Breakfast") String name,
            @Schema(description = "Local time, HH:MM", example = "07:30") String eatenAt,
            @Schema(required = true, example = "550") Double calories, @Schema(required = true, example = "35") Double protein,
            @Schema(required = true, example = "60") Double carbohydrate, @Schema(required = true, example = "15") Double fat, Double fibre,
            @Schema(maxLength = 2000) String note) {
    }

    @Schema(name = "NutritionLogRequest", description = "One day of the client's calendar: either totals or meals")
    public record LogRequest(
            @Schema(required = true, description = "The client's local date", example = "2026-12-07", maxLength = 10) String day,
            @Schema(enumeration = {"training", "rest"}, description = "Which targets apply; rest when absent") String dayType,
            @Schema(description = "The day's totals, when not logged meal by meal") AmountsBody totals,
            @Schema(description = "The day's meals (at most 30), each with its macronutrients as eaten") List<MealRequest> meals,
            @Schema(description = "Water drunk, millilitres") Integer waterMl,
            @Schema(maxLength = 2000, description = "A note about the day (stored encrypted)") String note) {
    }

    @Schema(name = "Meal")
    public record MealResponse(String id, String name, String eatenAt, AmountsBody amounts, String note) {
        static MealResponse of(Meal m) {
            return new MealResponse(m.id().toString(), m.name(), m.eatenAt() == null ? null : m.eatenAt().toString(), AmountsBody.of(m.macros()),
                    m.note());
        }
    }

    @Schema(name = "DayAdherence", description = "How the day compares with its target, within the tolerance")
    public record AdherenceResponse(boolean onTarget, boolean calories, boolean protein, boolean carbohydrate, boolean fat) {
        static AdherenceResponse of(DayAdherence a) {
            return a == null ? null : new AdherenceResponse(a.onTarget(), a.calories(), a.protein(), a.carbohydrate(), a.fat());
        }
    }

    @Schema(name = "NutritionLog")
    public record LogResponse(String id, String day, @Schema(enumeration = {"training", "rest"}) String dayType,
            @Schema(enumeration = {"totals", "meals"}) String entry, AmountsBody totals, List<MealResponse> meals, Integer waterMl, String note,
            @Schema(description = "True when staff logged it on the client's behalf") boolean onBehalf, String loggedBy,
            @Schema(description = "The target that applied that day, or null") TargetResponse target, AdherenceResponse adherence,
            Instant createdAt, Instant updatedAt) {
        static LogResponse of(NutritionLogView v) {
            NutritionLog l = v.log();
            return new LogResponse(l.id().toString(), l.day().toString(), l.dayType().wireName(), l.entry().name().toLowerCase(Locale.ROOT),
                    AmountsBody.of(l.totals()), l.meals().stream().map(MealResponse::of).toList(), l.waterMl(), l.note(), l.onBehalf(),
                    l.loggedBy() == null ? null : l.loggedBy().toString(), TargetResponse.of(v.target()), AdherenceResponse.of(v.adherence()),
                    l.createdAt(), l.updatedAt());
        }
    }

    @Schema(name = "NutritionDays", description = "The logged days of a range with adherence, and the range's figures")
    public record DaysResponse(String from, String to, List<LogResponse> items, int daysWithTarget, int daysLogged, int daysOnTarget,
            @Schema(description = "Days on target ÷ days with a target; null when none had one") Double adherence) {
        static DaysResponse of(NutritionDaysView v) {
            return new DaysResponse(v.from().toString(), v.to().toString(), v.logs().stream().map(LogResponse::of).toList(), v.daysWithTarget(),
                    v.daysLogged(), v.daysOnTarget(), v.adherence());
        }
    }

    // ---------------------------------------------------------------------------------------------- habits

    @Schema(name = "HabitRequest")
    public record HabitRequest(
            @Schema(required = true, maxLength = 200, example = "Ten minutes' walk after lunch") String title,
            @Schema(maxLength = 2000) String description,
            @Schema(required = true, enumeration = {"daily", "times_per_week", "weekdays"}) String schedule,
            @Schema(description = "For times_per_week: 1–7") Integer timesPerWeek,
            @Schema(description = "For weekdays: monday … sunday") List<String> weekdays,
            @Schema(description = "The client's local date it starts; today when absent", maxLength = 10) String startsOn) {
    }

    @Schema(name = "Habit")
    public record HabitResponse(String id, String title, String description,
            @Schema(enumeration = {"daily", "times_per_week", "weekdays"}) String schedule, Integer timesPerWeek, List<String> weekdays,
            String startsOn, @Schema(description = "The day from which it is no longer due; null while active") String archivedOn,
            @Schema(description = "Consecutive due days (or weeks) met; today not yet done does not break it") int streak,
            double adherence7, double adherence30, boolean doneToday,
            @Schema(description = "Days checked off in the last 90 days, in the client's calendar") List<String> checkedOff, String today,
            Instant createdAt, Instant updatedAt) {
        static HabitResponse of(HabitView v) {
            Habit h = v.habit();
            return new HabitResponse(h.id().toString(), h.title(), h.description(), Habit.kindOf(h.schedule()),
                    h.schedule() instanceof HabitSchedule.TimesPerWeek t ? t.times() : null,
                    h.schedule() instanceof HabitSchedule.OnWeekdays w
                            ? w.days().stream().sorted().map(DayOfWeek::name).map(d -> d.toLowerCase(Locale.ROOT)).toList() : null,
                    h.startsOn().toString(), h.archivedOn() == null ? null : h.archivedOn().toString(), v.streak(), v.adherence7(),
                    v.adherence30(), v.doneToday(), v.checkedOff().stream().map(Object::toString).toList(), v.today().toString(),
                    h.createdAt(), h.updatedAt());
        }
    }

    @Schema(name = "HabitList")
    public record HabitList(List<HabitResponse> items) {
    }

    @Schema(name = "HabitCheckOffRequest")
    public record CheckOffRequest(
            @Schema(required = true, description = "The client's local date", example = "2026-12-07", maxLength = 10) String day,
            @Schema(required = true, description = "true checks the day off, false takes it back") Boolean done) {
    }

    // ---------------------------------------------------------------------------------------------- compliance

    @Schema(name = "ComplianceWindow")
    public record WindowResponse(int days, String from, String to, NutritionCompliance nutrition, HabitCompliance habits,
            @Schema(description = "Workouts done ÷ scheduled (days with a logged workout, training days of the client's programs); null when the caller may not read the client's programs") WorkoutCompliance workouts) {
    }

    @Schema(name = "NutritionCompliance")
    public record NutritionCompliance(int daysWithTarget, int daysLogged, int daysOnTarget, Double adherence) {
    }

    @Schema(name = "HabitCompliance")
    public record HabitCompliance(int due, int done, double adherence) {
    }

    @Schema(name = "WorkoutCompliance")
    public record WorkoutCompliance(int scheduled, int done) {
    }

    @Schema(name = "Compliance")
    public record ComplianceResponse(String today, String timeZone, List<WindowResponse> windows) {
        static ComplianceResponse of(ComplianceView v) {
            return new ComplianceResponse(v.today().toString(), v.timeZone(), v.windows().stream().map(w -> new WindowResponse(w.days(),
                    w.from().toString(), w.to().toString(), new NutritionCompliance(w.nutrition().daysWithTarget(), w.nutrition().daysLogged(),
                    w.nutrition().daysOnTarget(), w.nutrition().adherence()), new HabitCompliance(w.habits().due(), w.habits().met(),
                    w.habits().ratio()), w.workouts() == null ? null : new WorkoutCompliance(w.workouts().scheduled(), w.workouts().done())))
                    .toList());
        }
    }
}
