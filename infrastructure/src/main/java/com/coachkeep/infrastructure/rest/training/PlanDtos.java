package com.coachkeep.infrastructure.rest.training;

import com.coachkeep.shared.domain.Validator;
import com.coachkeep.training.domain.Block;
import com.coachkeep.training.domain.BlockEntry;
import com.coachkeep.training.domain.BlockType;
import com.coachkeep.training.domain.Effort;
import com.coachkeep.training.domain.ExerciseId;
import com.coachkeep.training.domain.Load;
import com.coachkeep.training.domain.LoadTarget;
import com.coachkeep.training.domain.LoadUnit;
import com.coachkeep.training.domain.PlanKey;
import com.coachkeep.training.domain.ProgramDay;
import com.coachkeep.training.domain.ProgramPhase;
import com.coachkeep.training.domain.ProgramPlan;
import com.coachkeep.training.domain.ProgramWeek;
import com.coachkeep.training.domain.SetPrescription;
import com.coachkeep.training.domain.SetType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A program plan on the wire, the same shape in requests and answers: phases → weeks → days → blocks → exercise
 * entries → sets. Every element may carry a {@code key} (a UUID the client chose, kept across versions and in clients'
 * copies, so that template changes can be merged); one is made when absent. Reading collects every malformed field with
 * its path ({@code plan.phases[0].weeks[0].days[1].blocks[0].type}); the domain then checks the rules the same way.
 */
public final class PlanDtos {
    private PlanDtos() {
    }

    @Schema(name = "ProgramPlan", description = "Phases → weeks → days → blocks → exercises → sets")
    public record PlanBody(@Schema(required = true) List<PhaseBody> phases) {
    }

    @Schema(name = "ProgramPhase")
    public record PhaseBody(@Schema(description = "Stable key (UUID); made when absent") String key,
            @Schema(required = true, maxLength = 200, example = "Accumulation") String name,
            @Schema(required = true) List<WeekBody> weeks) {
    }

    @Schema(name = "ProgramWeek")
    public record WeekBody(String key, @Schema(required = true, description = "Up to 14 days, in order") List<DayBody> days) {
    }

    @Schema(name = "ProgramDay")
    public record DayBody(String key, @Schema(required = true, maxLength = 200, example = "Lower body") String name,
            @Schema(description = "A rest day has no blocks") Boolean restDay, List<BlockBody> blocks) {
    }

    @Schema(name = "ProgramBlock")
    public record BlockBody(String key,
            @Schema(required = true, enumeration = {"single", "superset", "circuit", "amrap", "emom", "intervals"}) String type,
            @Schema(required = true) List<EntryBody> entries,
            @Schema(description = "Rounds of a superset or circuit") Integer rounds,
            @Schema(description = "Time cap of an AMRAP, length of an EMOM or interval block") Integer durationSeconds,
            Integer workSeconds, Integer restSeconds) {
    }

    @Schema(name = "ProgramExerciseEntry")
    public record EntryBody(String key,
            @Schema(required = true, description = "An exercise of the catalogue") String exerciseId,
            @Schema(required = true) List<SetBody> sets, @Schema(maxLength = 1000) String notes) {
    }

    @Schema(name = "SetPrescription", description = "Exactly one of reps (repsMin..repsMax), seconds or metres")
    public record SetBody(@Schema(required = true, enumeration = {"warm_up", "working", "drop", "amrap"}) String type,
            Integer repsMin, Integer repsMax, Integer seconds, Integer metres, LoadBody load, EffortBody effort,
            Integer restMinSeconds, Integer restMaxSeconds,
            @Schema(description = "Four digits or X, e.g. 31X0", maxLength = 7) String tempo,
            @Schema(maxLength = 1000) String notes) {
    }

    @Schema(name = "LoadTarget", description = "fixed: amount and unit; percentOfOneRepMax or percentOfTrainingMax: percent")
    public record LoadBody(@Schema(required = true, enumeration = {"fixed", "percentOfOneRepMax", "percentOfTrainingMax"}) String kind,
            BigDecimal amount, @Schema(enumeration = {"kg", "lb"}) String unit, BigDecimal percent) {
    }

    @Schema(name = "Effort", description = "RPE 1-10 or RIR 0-10, in half steps")
    public record EffortBody(@Schema(required = true, enumeration = {"rpe", "rir"}) String kind,
            @Schema(required = true) BigDecimal value) {
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The plan of a request, or an invalid-input error naming every malformed field under {@code prefix}. */
    static ProgramPlan toDomain(PlanBody body, String prefix) {
        Validator v = new Validator();
        if (body == null) {
            v.require(false, prefix, "is required");
            v.throwIfInvalid();
        }
        ProgramPlan plan = new ProgramPlan(each(body.phases(), prefix + ".phases", v, (p, at) -> new ProgramPhase(key(p.key(), at, v), p.name(),
                each(p.weeks(), at + ".weeks", v, (w, wAt) -> new ProgramWeek(key(w.key(), wAt, v),
                        each(w.days(), wAt + ".days", v, (d, dAt) -> new ProgramDay(key(d.key(), dAt, v), d.name(),
                                Boolean.TRUE.equals(d.restDay()), each(d.blocks(), dAt + ".blocks", v, (b, bAt) -> block(b, bAt, v)))))))));
        v.throwIfInvalid();
        return plan;
    }

    private static Block block(BlockBody b, String at, Validator v) {
        BlockType type = b.type() == null ? null : v.check(at + ".type", b.type(), t -> parseEnum(BlockType.class, t));
        return new Block(key(b.key(), at, v), type, each(b.entries(), at + ".entries", v, (e, eAt) -> entry(e, eAt, v)),
                b.rounds(), b.durationSeconds(), b.workSeconds(), b.restSeconds());
    }

    private static BlockEntry entry(EntryBody e, String at, Validator v) {
        ExerciseId exercise = e.exerciseId() == null ? null : v.check(at + ".exerciseId", e.exerciseId(), x -> {
            try {
                return ExerciseId.parse(x);
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException("is not an exercise id");
            }
        });
        return new BlockEntry(key(e.key(), at, v), exercise, each(e.sets(), at + ".sets", v, (s, sAt) -> set(s, sAt, v)), e.notes());
    }

    private static SetPrescription set(SetBody s, String at, Validator v) {
        SetType type = s.type() == null ? null : v.check(at + ".type", s.type(), t -> parseEnum(SetType.class, t));
        LoadTarget load = s.load() == null ? null : v.check(at + ".load", s.load(), PlanDtos::load);
        Effort effort = s.effort() == null ? null : v.check(at + ".effort", s.effort(), PlanDtos::effort);
        return new SetPrescription(type, s.repsMin(), s.repsMax(), s.seconds(), s.metres(), load, effort, s.restMinSeconds(),
                s.restMaxSeconds(), s.tempo(), s.notes());
    }

    private static LoadTarget load(LoadBody l) {
        if (l.kind() == null) {
            throw new IllegalArgumentException("needs a kind: fixed, percentOfOneRepMax or percentOfTrainingMax");
        }
        return switch (l.kind()) {
            case "fixed" -> {
                if (l.amount() == null || l.unit() == null) {
                    throw new IllegalArgumentException("a fixed load needs an amount and a unit (kg or lb)");
                }
                yield new LoadTarget.Fixed(new Load(l.amount(), LoadUnit.parse(l.unit())));
            }
            case "percentOfOneRepMax", "percentOfTrainingMax" -> {
                if (l.percent() == null) {
                    throw new IllegalArgumentException("a percentage load needs a percent");
                }
                yield l.kind().equals("percentOfOneRepMax") ? new LoadTarget.PercentOfOneRepMax(l.percent())
                        : new LoadTarget.PercentOfTrainingMax(l.percent());
            }
            default -> throw new IllegalArgumentException("kind must be fixed, percentOfOneRepMax or percentOfTrainingMax");
        };
    }

    private static Effort effort(EffortBody e) {
        if (e.kind() == null || e.value() == null) {
            throw new IllegalArgumentException("needs a kind (rpe or rir) and a value");
        }
        return new Effort(parseEnum(Effort.Kind.class, e.kind()), e.value());
    }

    private static PlanKey key(String key, String at, Validator v) {
        if (key == null) {
            return PlanKey.newKey();
        }
        PlanKey k = v.check(at + ".key", key, x -> {
            try {
                return PlanKey.parse(x);
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException("must be a UUID");
            }
        });
        return k == null ? PlanKey.newKey() : k;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text)) {
                return e;
            }
        }
        throw new IllegalArgumentException("must be one of " + java.util.Arrays.stream(type.getEnumConstants())
                .map(PlanDtos::wire).toList());
    }

    private static <I, O> List<O> each(List<I> items, String at, Validator v, BiFunction<I, String, O> map) {
        if (items == null) {
            return List.of();
        }
        if (items.size() > 1000) {
            v.require(false, at, "holds too many elements");
            return List.of();
        }
        List<O> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(map.apply(items.get(i), at + "[" + i + "]"));
        }
        return out;
    }

    static String wire(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------------------------------------------------------

    static PlanBody of(ProgramPlan plan) {
        if (plan == null) {
            return null;
        }
        return new PlanBody(plan.phases().stream().map(p -> new PhaseBody(p.key().toString(), p.name(), p.weeks().stream()
                .map(w -> new WeekBody(w.key().toString(), w.days().stream().map(d -> new DayBody(d.key().toString(), d.name(),
                        d.restDay(), d.blocks().stream().map(PlanDtos::of).toList())).toList())).toList())).toList());
    }

    private static BlockBody of(Block b) {
        return new BlockBody(b.key().toString(), wire(b.type()), b.entries().stream().map(e -> new EntryBody(e.key().toString(),
                e.exercise().toString(), e.sets().stream().map(PlanDtos::of).toList(), e.notes())).toList(), b.rounds(),
                b.durationSeconds(), b.workSeconds(), b.restSeconds());
    }

    static SetBody setOf(SetPrescription s) {
        return of(s);
    }

    /** A single prescription of a request (a logged set's target), or an invalid-input error naming its malformed fields. */
    static SetPrescription setToDomain(SetBody body, String at) {
        Validator v = new Validator();
        SetPrescription s = set(body, at, v);
        v.throwIfInvalid();
        return s;
    }

    static DayBody dayOf(ProgramDay d) {
        return new DayBody(d.key().toString(), d.name(), d.restDay(), d.blocks().stream().map(PlanDtos::of).toList());
    }

    static Effort effortToDomain(EffortBody e) {
        return effort(e);
    }

    private static SetBody of(SetPrescription s) {
        return new SetBody(wire(s.type()), s.repsMin(), s.repsMax(), s.seconds(), s.metres(), of(s.load()),
                s.effort() == null ? null : new EffortBody(wire(s.effort().kind()), s.effort().value()), s.restMinSeconds(),
                s.restMaxSeconds(), s.tempo(), s.notes());
    }

    static LoadBody of(LoadTarget t) {
        if (t == null) {
            return null;
        }
        if (t instanceof LoadTarget.Fixed f) {
            return new LoadBody("fixed", f.load().amount(), wire(f.load().unit()), null);
        }
        if (t instanceof LoadTarget.PercentOfOneRepMax p) {
            return new LoadBody("percentOfOneRepMax", null, null, p.percent());
        }
        return new LoadBody("percentOfTrainingMax", null, null, ((LoadTarget.PercentOfTrainingMax) t).percent());
    }
}
