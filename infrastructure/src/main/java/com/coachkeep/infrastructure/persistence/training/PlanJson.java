package com.coachkeep.infrastructure.persistence.training;

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
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A program plan as stored (the {@code plan} jsonb column): the domain's structure, field for field, with loads as
 * entered ({@code {"kind":"fixed","amount":100,"unit":"KG"}} or a percentage of a maximum). Only plans the domain
 * validated are written, so reading trusts the shape.
 */
public final class PlanJson {
    private PlanJson() {
    }

    public static String write(ProgramPlan plan) {
        JsonArrayBuilder phases = Json.createArrayBuilder();
        for (ProgramPhase p : plan.phases()) {
            JsonArrayBuilder weeks = Json.createArrayBuilder();
            for (ProgramWeek w : p.weeks()) {
                JsonArrayBuilder days = Json.createArrayBuilder();
                for (ProgramDay d : w.days()) {
                    JsonArrayBuilder blocks = Json.createArrayBuilder();
                    for (Block b : d.blocks()) {
                        JsonArrayBuilder entries = Json.createArrayBuilder();
                        for (BlockEntry e : b.entries()) {
                            JsonArrayBuilder sets = Json.createArrayBuilder();
                            e.sets().forEach(s -> sets.add(set(s)));
                            JsonObjectBuilder eb = Json.createObjectBuilder().add("key", e.key().toString())
                                    .add("exerciseId", e.exercise().toString()).add("sets", sets);
                            text(eb, "notes", e.notes());
                            entries.add(eb);
                        }
                        JsonObjectBuilder bb = Json.createObjectBuilder().add("key", b.key().toString()).add("type", b.type().name())
                                .add("entries", entries);
                        number(bb, "rounds", b.rounds());
                        number(bb, "durationSeconds", b.durationSeconds());
                        number(bb, "workSeconds", b.workSeconds());
                        number(bb, "restSeconds", b.restSeconds());
                        blocks.add(bb);
                    }
                    days.add(Json.createObjectBuilder().add("key", d.key().toString()).add("name", d.name())
                            .add("restDay", d.restDay()).add("blocks", blocks));
                }
                weeks.add(Json.createObjectBuilder().add("key", w.key().toString()).add("days", days));
            }
            phases.add(Json.createObjectBuilder().add("key", p.key().toString()).add("name", p.name()).add("weeks", weeks));
        }
        return Json.createObjectBuilder().add("phases", phases).build().toString();
    }

    public static ProgramPlan read(String json) {
        JsonObject root;
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            root = r.readObject();
        }
        return new ProgramPlan(list(root, "phases", PlanJson::readPhase));
    }

    private static ProgramPhase readPhase(JsonObject p) {
        return new ProgramPhase(key(p), p.getString("name"), list(p, "weeks", w -> new ProgramWeek(key(w), list(w, "days", PlanJson::readDay))));
    }

    private static ProgramDay readDay(JsonObject d) {
        return new ProgramDay(key(d), d.getString("name"), d.getBoolean("restDay"), list(d, "blocks", PlanJson::readBlock));
    }

    private static Block readBlock(JsonObject b) {
        return new Block(key(b), BlockType.valueOf(b.getString("type")), list(b, "entries", PlanJson::readEntry), integer(b, "rounds"),
                integer(b, "durationSeconds"), integer(b, "workSeconds"), integer(b, "restSeconds"));
    }

    private static BlockEntry readEntry(JsonObject e) {
        return new BlockEntry(key(e), new ExerciseId(UUID.fromString(e.getString("exerciseId"))), list(e, "sets", PlanJson::readSet),
                str(e, "notes"));
    }

    /** One set prescription alone (the target a logged set answers). */
    public static String writeSet(SetPrescription s) {
        return set(s).build().toString();
    }

    public static SetPrescription readSet(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return readSet(r.readObject());
        }
    }

    private static JsonObjectBuilder set(SetPrescription s) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("type", s.type().name());
        number(b, "repsMin", s.repsMin());
        number(b, "repsMax", s.repsMax());
        number(b, "seconds", s.seconds());
        number(b, "metres", s.metres());
        if (s.load() != null) {
            b.add("load", load(s.load()));
        }
        if (s.effort() != null) {
            b.add("effort", Json.createObjectBuilder().add("kind", s.effort().kind().name()).add("value", s.effort().value()));
        }
        number(b, "restMinSeconds", s.restMinSeconds());
        number(b, "restMaxSeconds", s.restMaxSeconds());
        text(b, "tempo", s.tempo());
        text(b, "notes", s.notes());
        return b;
    }

    private static JsonObjectBuilder load(LoadTarget t) {
        if (t instanceof LoadTarget.Fixed f) {
            return Json.createObjectBuilder().add("kind", "fixed").add("amount", f.load().amount()).add("unit", f.load().unit().name());
        }
        if (t instanceof LoadTarget.PercentOfOneRepMax p) {
            return Json.createObjectBuilder().add("kind", "percentOfOneRepMax").add("percent", p.percent());
        }
        return Json.createObjectBuilder().add("kind", "percentOfTrainingMax").add("percent", ((LoadTarget.PercentOfTrainingMax) t).percent());
    }

    private static SetPrescription readSet(JsonObject s) {
        LoadTarget load = null;
        if (s.containsKey("load") && !s.isNull("load")) {
            JsonObject l = s.getJsonObject("load");
            load = switch (l.getString("kind")) {
                case "fixed" -> new LoadTarget.Fixed(new Load(l.getJsonNumber("amount").bigDecimalValue(), LoadUnit.valueOf(l.getString("unit"))));
                case "percentOfOneRepMax" -> new LoadTarget.PercentOfOneRepMax(l.getJsonNumber("percent").bigDecimalValue());
                default -> new LoadTarget.PercentOfTrainingMax(l.getJsonNumber("percent").bigDecimalValue());
            };
        }
        Effort effort = null;
        if (s.containsKey("effort") && !s.isNull("effort")) {
            JsonObject e = s.getJsonObject("effort");
            effort = new Effort(Effort.Kind.valueOf(e.getString("kind")), e.getJsonNumber("value").bigDecimalValue());
        }
        return new SetPrescription(SetType.valueOf(s.getString("type")), integer(s, "repsMin"), integer(s, "repsMax"),
                integer(s, "seconds"), integer(s, "metres"), load, effort, integer(s, "restMinSeconds"), integer(s, "restMaxSeconds"),
                str(s, "tempo"), str(s, "notes"));
    }

    private static <T> List<T> list(JsonObject o, String name, Function<JsonObject, T> each) {
        JsonArray a = o.getJsonArray(name);
        return a == null ? List.of() : a.getValuesAs(JsonObject.class).stream().map(each).toList();
    }

    private static PlanKey key(JsonObject o) {
        return new PlanKey(UUID.fromString(o.getString("key")));
    }

    private static Integer integer(JsonObject o, String name) {
        return o.containsKey(name) && o.get(name).getValueType() == JsonValue.ValueType.NUMBER ? o.getInt(name) : null;
    }

    private static String str(JsonObject o, String name) {
        return o.containsKey(name) && o.get(name).getValueType() == JsonValue.ValueType.STRING ? o.getString(name) : null;
    }

    private static void number(JsonObjectBuilder b, String name, Integer value) {
        if (value != null) {
            b.add(name, value);
        }
    }

    private static void text(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }

}
