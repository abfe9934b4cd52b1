package com.coachkeep.training.domain;

import com.coachkeep.shared.domain.Validator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The content of a program: phases → weeks → days → blocks → exercise entries → set prescriptions. The same
 * value is a template's version and a client's copy; a client's copy keeps the template's {@link PlanKey}s,
 * which {@link TemplateMerge} relies on. There is no cap at a few months: up to five years of weeks.
 * Invariants (checked by {@link #validate()}, which names every invalid field at once): every element valid,
 * keys unique across the plan, at most {@link #MAX_WEEKS} weeks in all.
 */
public record ProgramPlan(List<ProgramPhase> phases) {
    public static final int MAX_WEEKS = 260;
    public static final int MAX_PHASES = 52;

    public ProgramPlan {
        phases = phases == null ? List.of() : List.copyOf(phases);
    }

    /** Throws {@link com.coachkeep.shared.domain.InvalidInputException} listing every rule the plan breaks. */
    public ProgramPlan validate() {
        Validator v = new Validator();
        v.require(!phases.isEmpty(), "phases", "a program needs at least one phase");
        v.require(phases.size() <= MAX_PHASES, "phases", "must hold at most " + MAX_PHASES + " phases");
        v.require(weekCount() <= MAX_WEEKS, "phases", "a program holds at most " + MAX_WEEKS + " weeks");
        for (int i = 0; i < phases.size(); i++) {
            phases.get(i).validate("phases[" + i + "]", v);
        }
        Set<PlanKey> seen = new HashSet<>();
        keys().filter(k -> !seen.add(k)).findFirst()
                .ifPresent(k -> v.require(false, "phases", "the key " + k + " is used twice"));
        v.throwIfInvalid();
        return this;
    }

    public int weekCount() {
        return phases.stream().mapToInt(p -> p.weeks().size()).sum();
    }

    /** Every week in order, across phases. */
    public List<ProgramWeek> weeks() {
        return phases.stream().flatMap(p -> p.weeks().stream()).toList();
    }

    /** Every day in order, across weeks (a sequence assignment walks this list). */
    public List<ProgramDay> days() {
        return weeks().stream().flatMap(w -> w.days().stream()).toList();
    }

    /** The training days only, in order (what a sequence assignment counts). */
    public List<ProgramDay> trainingDays() {
        return days().stream().filter(d -> !d.restDay()).toList();
    }

    private Stream<PlanKey> keys() {
        return phases.stream().flatMap(p -> Stream.concat(Stream.of(p.key()), p.weeks().stream().flatMap(w ->
                Stream.concat(Stream.of(w.key()), w.days().stream().flatMap(d ->
                        Stream.concat(Stream.of(d.key()), d.blocks().stream().flatMap(b ->
                                Stream.concat(Stream.of(b.key()), b.entries().stream().map(BlockEntry::key)))))))));
    }
}
