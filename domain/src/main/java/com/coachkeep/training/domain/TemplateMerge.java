package com.coachkeep.training.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Carries a template's change into a client's copy without wiping the coach's adjustments for that client: a
 * three-way merge of the template version the copy was made from ({@code base}), the new template version
 * ({@code updated}) and the client's copy, element by element, matched by {@link PlanKey}.
 * <ul>
 * <li>an element the client's copy left as it was takes the template's new version (added, changed, removed);</li>
 * <li>an element adjusted for the client, which the template did not change, stays as adjusted;</li>
 * <li>an element both changed keeps the client's adjustment, and the change list says so
 *     ({@link PlanChange.Kind#KEPT_ADJUSTMENT}), as does a template change to an element the client's copy dropped;</li>
 * <li>elements added only to the client's copy stay, after the element they followed.</li>
 * </ul>
 * The comparison unit is an exercise entry with its sets; days, blocks and phases compare their own attributes
 * (name, rest flag, block type and timing) separately from their children. Merging the base with itself returns
 * the client's copy; merging a copy that was never adjusted returns the new template.
 */
public final class TemplateMerge {
    private TemplateMerge() {
    }

    /** The client's plan after the template change, and what changes for this client. */
    public record Result(ProgramPlan plan, List<PlanChange> changes) {
        public boolean changesAnything() {
            return changes.stream().anyMatch(c -> c.kind() != PlanChange.Kind.KEPT_ADJUSTMENT);
        }
    }

    public static Result merge(ProgramPlan base, ProgramPlan updated, ProgramPlan client) {
        List<PlanChange> changes = new ArrayList<>();
        List<ProgramPhase> phases = mergeList(base.phases(), updated.phases(), client.phases(), ProgramPhase::key,
                ProgramPhase::name, (b, u, c, where) -> {
                    String name = pick(b.name(), u.name(), c.name(), where, changes);
                    List<ProgramWeek> weeks = mergeList(b.weeks(), u.weeks(), c.weeks(), ProgramWeek::key,
                            w -> "week " + (indexIn(u.weeks(), c.weeks(), w) + 1), (bw, uw, cw, wWhere) ->
                                    new ProgramWeek(cw.key(), mergeDays(bw, uw, cw, wWhere, changes)), where, changes);
                    return new ProgramPhase(c.key(), name, weeks);
                }, "", changes);
        return new Result(new ProgramPlan(phases), List.copyOf(changes));
    }

    private static List<ProgramDay> mergeDays(ProgramWeek b, ProgramWeek u, ProgramWeek c, String where,
            List<PlanChange> changes) {
        return mergeList(b.days(), u.days(), c.days(), ProgramDay::key, ProgramDay::name, (bd, ud, cd, dWhere) -> {
            DayAttributes attrs = pick(DayAttributes.of(bd), DayAttributes.of(ud), DayAttributes.of(cd), dWhere, changes);
            List<Block> blocks = mergeList(bd.blocks(), ud.blocks(), cd.blocks(), Block::key,
                    blk -> "block " + (indexIn(ud.blocks(), cd.blocks(), blk) + 1), (bb, ub, cb, bWhere) -> {
                        BlockAttributes ba = pick(BlockAttributes.of(bb), BlockAttributes.of(ub), BlockAttributes.of(cb),
                                bWhere, changes);
                        List<BlockEntry> entries = mergeList(bb.entries(), ub.entries(), cb.entries(), BlockEntry::key,
                                e -> "exercise " + e.exercise(), (be, ue, ce, eWhere) -> pick(be, ue, ce, eWhere, changes),
                                bWhere, changes);
                        return new Block(cb.key(), ba.type(), entries, ba.rounds(), ba.durationSeconds(),
                                ba.workSeconds(), ba.restSeconds());
                    }, dWhere, changes);
            return new ProgramDay(cd.key(), attrs.name(), attrs.restDay(), blocks);
        }, where, changes);
    }

    /** Three-way choice of one value: the template's change unless the client's copy was adjusted. */
    private static <T> T pick(T base, T updated, T client, String where, List<PlanChange> changes) {
        if (Objects.equals(client, base)) {
            if (!Objects.equals(updated, base)) {
                changes.add(new PlanChange(PlanChange.Kind.CHANGED, where));
            }
            return updated;
        }
        if (!Objects.equals(updated, base) && !Objects.equals(updated, client)) {
            changes.add(new PlanChange(PlanChange.Kind.KEPT_ADJUSTMENT, where));
        }
        return client;
    }

    private interface NodeMerge<T> {
        T merge(T base, T updated, T client, String where);
    }

    private static <T> List<T> mergeList(List<T> base, List<T> updated, List<T> client, Function<T, PlanKey> key,
            Function<T, String> label, NodeMerge<T> merge, String where, List<PlanChange> changes) {
        Map<PlanKey, T> b = byKey(base, key);
        Map<PlanKey, T> c = byKey(client, key);
        Map<PlanKey, T> result = new LinkedHashMap<>();
        for (T u : updated) {
            PlanKey k = key.apply(u);
            T inBase = b.get(k);
            T inClient = c.get(k);
            String here = join(where, label.apply(inClient != null ? inClient : u));
            if (inBase == null && inClient == null) {
                result.put(k, u);
                changes.add(new PlanChange(PlanChange.Kind.ADDED, here));
            } else if (inBase == null) {
                result.put(k, inClient);
                if (!inClient.equals(u)) {
                    changes.add(new PlanChange(PlanChange.Kind.KEPT_ADJUSTMENT, here));
                }
            } else if (inClient == null) {
                if (!u.equals(inBase)) {
                    changes.add(new PlanChange(PlanChange.Kind.KEPT_ADJUSTMENT, here));
                }
            } else {
                result.put(k, merge.merge(inBase, u, inClient, here));
            }
        }
        // what the client's copy holds beyond the new template: the template's removals and the client's additions
        List<T> ordered = new ArrayList<>(result.values());
        T previous = null;
        for (T inClient : client) {
            PlanKey k = key.apply(inClient);
            if (!result.containsKey(k)) {
                T inBase = b.get(k);
                boolean keep = inBase == null || !inBase.equals(inClient);
                if (inBase != null) {
                    changes.add(new PlanChange(keep ? PlanChange.Kind.KEPT_ADJUSTMENT : PlanChange.Kind.REMOVED,
                            join(where, label.apply(inClient))));
                }
                if (keep) {
                    int at = previous == null ? 0 : ordered.indexOf(previous) + 1;
                    ordered.add(at, inClient);
                    result.put(k, inClient);
                    previous = inClient;
                }
            } else {
                previous = result.get(k);
            }
        }
        return List.copyOf(ordered);
    }

    private static <T> Map<PlanKey, T> byKey(List<T> items, Function<T, PlanKey> key) {
        Map<PlanKey, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(key.apply(i), i));
        return map;
    }

    private static <T> int indexIn(List<T> first, List<T> second, T item) {
        int i = first.indexOf(item);
        return i >= 0 ? i : Math.max(0, second.indexOf(item));
    }

    private static String join(String where, String label) {
        return where.isEmpty() ? label : where + " / " + label;
    }

    private record DayAttributes(String name, boolean restDay) {
        static DayAttributes of(ProgramDay d) {
            return new DayAttributes(d.name(), d.restDay());
        }
    }

    private record BlockAttributes(BlockType type, Integer rounds, Integer durationSeconds, Integer workSeconds,
            Integer restSeconds) {
        static BlockAttributes of(Block b) {
            return new BlockAttributes(b.type(), b.rounds(), b.durationSeconds(), b.workSeconds(), b.restSeconds());
        }
    }
}
