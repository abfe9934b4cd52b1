package com.coachkeep.training.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Small plans for tests, and edits that return a changed copy of a plan (as a coach's edit would). */
final class Plans {
    private Plans() {
    }

    static BlockEntry entry(ExerciseId exercise, int sets, int reps, double kg) {
        List<SetPrescription> list = new ArrayList<>();
        for (int i = 0; i < sets; i++) {
            list.add(SetPrescription.reps(reps, new LoadTarget.Fixed(Load.kg(kg))));
        }
        return new BlockEntry(PlanKey.newKey(), exercise, list, null);
    }

    static ProgramDay day(String name, BlockEntry... entries) {
        List<Block> blocks = new ArrayList<>();
        for (BlockEntry e : entries) {
            blocks.add(Block.single(e));
        }
        return new ProgramDay(PlanKey.newKey(), name, false, blocks);
    }

    static ProgramPlan plan(ProgramDay... days) {
        return new ProgramPlan(List.of(new ProgramPhase(PlanKey.newKey(), "Base",
                List.of(new ProgramWeek(PlanKey.newKey(), List.of(days))))));
    }

    /** The plan with every entry for which {@code edit} answers a different value replaced by it. */
    static ProgramPlan mapEntries(ProgramPlan plan, UnaryOperator<BlockEntry> edit) {
        return new ProgramPlan(plan.phases().stream().map(p -> new ProgramPhase(p.key(), p.name(), p.weeks().stream()
                .map(w -> new ProgramWeek(w.key(), w.days().stream().map(d -> d.withBlocks(d.blocks().stream()
                        .map(b -> new Block(b.key(), b.type(), b.entries().stream().map(edit).toList(), b.rounds(),
                                b.durationSeconds(), b.workSeconds(), b.restSeconds())).toList())).toList())).toList()))
                .toList());
    }

    /** The plan's first week's days replaced by {@code edit}'s answer. */
    static ProgramPlan mapDays(ProgramPlan plan, UnaryOperator<List<ProgramDay>> edit) {
        ProgramPhase phase = plan.phases().get(0);
        ProgramWeek week = phase.weeks().get(0);
        return new ProgramPlan(List.of(new ProgramPhase(phase.key(), phase.name(),
                List.of(new ProgramWeek(week.key(), edit.apply(week.days()))))));
    }

    /** The entry with every set's fixed load replaced by {@code kg}. */
    static BlockEntry withLoad(BlockEntry e, double kg) {
        return new BlockEntry(e.key(), e.exercise(), e.sets().stream().map(s -> new SetPrescription(s.type(),
                s.repsMin(), s.repsMax(), s.seconds(), s.metres(), new LoadTarget.Fixed(Load.kg(kg)), s.effort(),
                s.restMinSeconds(), s.restMaxSeconds(), s.tempo(), s.notes())).toList(), e.notes());
    }

    /** The entry with {@code sets} sets of {@code reps}, at its first set's load. */
    static BlockEntry withSets(BlockEntry e, int sets, int reps) {
        List<SetPrescription> list = new ArrayList<>();
        for (int i = 0; i < sets; i++) {
            list.add(SetPrescription.reps(reps, e.sets().get(0).load()));
        }
        return new BlockEntry(e.key(), e.exercise(), list, e.notes());
    }

    static BigDecimal firstLoadKg(BlockEntry e) {
        return ((LoadTarget.Fixed) e.sets().get(0).load()).load().kilograms();
    }
}
