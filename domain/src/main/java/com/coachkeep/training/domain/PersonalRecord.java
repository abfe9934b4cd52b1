package com.coachkeep.training.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A personal record set by a performed set: the heaviest load ever lifted for a number of reps (a rep record,
 * {@code reps} > 0), or the highest estimated one-rep max ({@code reps} = 0). Warm-ups and unloaded sets never
 * set records; a tie is not a record.
 */
public record PersonalRecord(ExerciseId exercise, LocalDate date, int reps, BigDecimal kilograms) {

    public boolean isEstimatedOneRepMax() {
        return reps == 0;
    }

    /**
     * The records {@code set} breaks against {@code history} (earlier sets of the same and other exercises, in any
     * order): for its rep count, and for the estimated one-rep max.
     */
    public static List<PersonalRecord> brokenBy(PerformedSet set, Collection<PerformedSet> history,
            OneRepMaxFormula formula) {
        List<PersonalRecord> records = new ArrayList<>();
        if (!set.type().counts() || set.reps() < 1 || set.kilograms().signum() <= 0) {
            return records;
        }
        List<PerformedSet> earlier = history.stream()
                .filter(h -> h.exercise().equals(set.exercise()) && h.type().counts() && h != set).toList();
        boolean heaviestForReps = earlier.stream().filter(h -> h.reps() == set.reps())
                .allMatch(h -> h.kilograms().compareTo(set.kilograms()) < 0);
        if (heaviestForReps) {
            records.add(new PersonalRecord(set.exercise(), set.date(), set.reps(), set.kilograms()));
        }
        double estimate = set.estimatedOneRepMax(formula);
        if (!Double.isNaN(estimate) && earlier.stream().map(h -> h.estimatedOneRepMax(formula))
                .allMatch(e -> Double.isNaN(e) || e < estimate - 1e-9)) {
            records.add(new PersonalRecord(set.exercise(), set.date(), 0,
                    BigDecimal.valueOf(estimate).setScale(1, RoundingMode.HALF_EVEN)));
        }
        return records;
    }
}
