package com.coachkeep.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TemplateMergeTest {
    private final ExerciseId squat = ExerciseId.newId();
    private final ExerciseId bench = ExerciseId.newId();
    private final ExerciseId row = ExerciseId.newId();
    private final ExerciseId curl = ExerciseId.newId();
    private final ExerciseId dip = ExerciseId.newId();

    @Test
    void aTemplateChangeReachesTheClientAndKeepsTheClientsOwnAdjustment() {
        BlockEntry squats = Plans.entry(squat, 5, 5, 100);
        BlockEntry benches = Plans.entry(bench, 3, 8, 70);
        BlockEntry curls = Plans.entry(curl, 3, 12, 12);
        ProgramPlan base = Plans.plan(Plans.day("Full body", squats, benches, curls));
        // the coach lowered this client's squats (a sore knee) and added rows for them
        BlockEntry rows = Plans.entry(row, 3, 10, 50);
        ProgramPlan client = Plans.mapDays(Plans.mapEntries(base, e -> e.key().equals(squats.key()) ? Plans.withLoad(e, 80) : e),
                days -> List.of(days.get(0).withBlocks(insertAfter(days.get(0).blocks(), 1, Block.single(rows)))));
        // the template now does 4 × 6 bench, 3 × 5 squats, drops curls and adds dips
        BlockEntry dips = Plans.entry(dip, 3, 10, 0);
        ProgramPlan updated = Plans.mapEntries(base, e -> e.key().equals(benches.key()) ? Plans.withSets(e, 4, 6)
                : e.key().equals(squats.key()) ? Plans.withSets(e, 3, 5) : e);
        updated = Plans.mapDays(updated, days -> List.of(days.get(0).withBlocks(List.of(days.get(0).blocks().get(0),
                days.get(0).blocks().get(1), Block.single(dips)))));

        TemplateMerge.Result result = TemplateMerge.merge(base, updated, client);

        List<BlockEntry> entries = result.plan().days().get(0).blocks().stream().flatMap(b -> b.entries().stream()).toList();
        assertEquals(List.of(squat, bench, row, dip), entries.stream().map(BlockEntry::exercise).toList());
        assertEquals(0, new BigDecimal("80").compareTo(Plans.firstLoadKg(entries.get(0))), "the client's squat load stays");
        assertEquals(5, entries.get(0).sets().size(), "the adjusted squats are the client's, not the template's");
        assertEquals(4, entries.get(1).sets().size(), "the template's bench change reaches the client");
        assertEquals(List.of(PlanChange.Kind.KEPT_ADJUSTMENT, PlanChange.Kind.CHANGED, PlanChange.Kind.ADDED,
                PlanChange.Kind.REMOVED), result.changes().stream().map(PlanChange::kind).toList());
        assertTrue(result.changes().get(0).where().endsWith("exercise " + squat), result.changes().get(0).where());
        assertTrue(result.changes().get(1).where().startsWith("Base / week 1 / Full body / block 2"));
        assertTrue(result.plan().validate().weekCount() == 1);
    }

    @Test
    void aTemplateChangeToSomethingTheClientDroppedLeavesItDroppedAndSaysSo() {
        BlockEntry squats = Plans.entry(squat, 5, 5, 100);
        BlockEntry benches = Plans.entry(bench, 3, 8, 70);
        ProgramPlan base = Plans.plan(Plans.day("A", squats, benches));
        ProgramPlan client = Plans.mapDays(base, days -> List.of(days.get(0).withBlocks(List.of(days.get(0).blocks().get(0)))));
        ProgramPlan updated = Plans.mapEntries(base, e -> e.key().equals(benches.key()) ? Plans.withLoad(e, 75) : e);

        TemplateMerge.Result result = TemplateMerge.merge(base, updated, client);

        assertEquals(client, result.plan());
        assertEquals(List.of(PlanChange.Kind.KEPT_ADJUSTMENT), result.changes().stream().map(PlanChange::kind).toList());
        assertFalse(result.changesAnything());
    }

    @Test
    void anUnadjustedCopyBecomesTheNewTemplate() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            ProgramPlan base = randomPlan(random);
            ProgramPlan updated = edit(base, 1 + random.nextInt(4), 0, 5);

            TemplateMerge.Result result = TemplateMerge.merge(base, updated, base);

            assertEquals(updated, result.plan());
            assertEquals(!updated.equals(base), result.changesAnything());
        }
    }

    @Test
    void anUnchangedTemplateLeavesTheClientsCopyAsItIs() {
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            ProgramPlan base = randomPlan(random);
            ProgramPlan client = edit(base, 1 + random.nextInt(4), 0, -5);

            TemplateMerge.Result result = TemplateMerge.merge(base, base, client);

            assertEquals(client, result.plan());
            assertTrue(result.changes().isEmpty());
        }
    }

    @Test
    void changesToDifferentExercisesAreBothKept() {
        Random random = new Random(13);
        for (int i = 0; i < 200; i++) {
            ProgramPlan base = randomPlan(random);
            ProgramPlan updated = edit(base, 2, 0, 5);   // the template changes entries 0, 2, 4...
            ProgramPlan client = edit(base, 2, 1, -5);   // the client's copy was adjusted at 1, 3, 5...

            TemplateMerge.Result result = TemplateMerge.merge(base, updated, client);

            assertEquals(edit(updated, 2, 1, -5), result.plan());
            assertTrue(result.changes().stream().noneMatch(c -> c.kind() == PlanChange.Kind.KEPT_ADJUSTMENT));
        }
    }

    /** One to three days of one to four exercises each, with random sets, reps and loads. */
    private static ProgramPlan randomPlan(Random random) {
        ProgramDay[] days = new ProgramDay[1 + random.nextInt(3)];
        for (int d = 0; d < days.length; d++) {
            BlockEntry[] entries = new BlockEntry[1 + random.nextInt(4)];
            for (int e = 0; e < entries.length; e++) {
                entries[e] = Plans.entry(ExerciseId.newId(), 1 + random.nextInt(5), 1 + random.nextInt(12),
                        20 + random.nextInt(180));
            }
            days[d] = Plans.day("Day " + (d + 1), entries);
        }
        return Plans.plan(days);
    }

    /** Changes the load of every {@code every}-th entry from {@code offset} on by {@code deltaKg}. */
    private static ProgramPlan edit(ProgramPlan plan, int every, int offset, int deltaKg) {
        AtomicInteger i = new AtomicInteger();
        return Plans.mapEntries(plan, e -> (i.getAndIncrement() - offset) % every == 0 && i.get() > offset
                ? Plans.withLoad(e, Plans.firstLoadKg(e).doubleValue() + deltaKg) : e);
    }

    private static List<Block> insertAfter(List<Block> blocks, int index, Block block) {
        List<Block> copy = new ArrayList<>(blocks);
        copy.add(index + 1, block);
        return copy;
    }
}
