package com.coachkeep.training.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Hard sets per muscle group per week (weeks start on Monday): a working set counts one for each primary muscle
 * of its exercise and a half for each secondary one, the common convention for counting volume; warm-ups do
 * not count.
 */
public final class WeeklyVolume {
    private WeeklyVolume() {
    }

    /** The muscles an exercise trains, as far as volume is concerned. */
    public record Targets(Set<Muscle> primary, Set<Muscle> secondary) {
        public Targets {
            primary = Set.copyOf(primary);
            secondary = Set.copyOf(secondary);
        }
    }

    public static Map<LocalDate, Map<Muscle, Double>> of(Collection<PerformedSet> sets,
            Function<ExerciseId, Targets> targets) {
        Map<LocalDate, Map<Muscle, Double>> weeks = new TreeMap<>();
        for (PerformedSet set : sets) {
            if (!set.type().counts()) {
                continue;
            }
            Targets t = targets.apply(set.exercise());
            if (t == null) {
                continue;
            }
            Map<Muscle, Double> week = weeks.computeIfAbsent(
                    set.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), d -> new EnumMap<>(Muscle.class));
            t.primary().forEach(m -> week.merge(m, 1.0, Double::sum));
            t.secondary().stream().filter(m -> !t.primary().contains(m)).forEach(m -> week.merge(m, 0.5, Double::sum));
        }
        return weeks;
    }
}
