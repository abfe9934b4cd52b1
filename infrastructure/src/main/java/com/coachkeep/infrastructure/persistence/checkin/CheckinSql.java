package com.coachkeep.infrastructure.persistence.checkin;

import com.coachkeep.checkin.domain.Answer;
import com.coachkeep.checkin.domain.Measurement;
import com.coachkeep.checkin.domain.MetricSource;
import com.coachkeep.checkin.domain.Question;
import com.coachkeep.checkin.domain.QuestionType;
import com.coachkeep.infrastructure.crypto.FieldCipher;
import com.coachkeep.infrastructure.crypto.FieldLocation;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Column conversions, JSON of questions and answers, and the encrypted fields' locations, shared by the check-in adapters. */
final class CheckinSql {
    static final String METRIC_COLUMNS = "id, client_id, type_key, measured_on, value, entered_value, entered_unit, source, checkin_id, recorded_by, "
            + "recorded_at";

    private CheckinSql() {
    }

    static FieldLocation location(UUID workspaceId, UUID clientId, String table, String column, UUID rowId) {
        return new FieldLocation(DataSubject.client(new WorkspaceId(workspaceId), new ClientId(clientId)), table, column, rowId);
    }

    static byte[] encrypt(FieldCipher cipher, UUID workspaceId, UUID clientId, String table, String column, UUID rowId, String text) {
        return text == null ? null : cipher.encrypt(location(workspaceId, clientId, table, column, rowId), text);
    }

    static String decrypt(FieldCipher cipher, UUID workspaceId, UUID clientId, String table, String column, UUID rowId, Object ct) {
        return ct == null ? null : cipher.decrypt(location(workspaceId, clientId, table, column, rowId), (byte[]) ct).orElse(null);
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        return LocalDate.parse(value.toString());
    }

    static String param(LocalDate day) {
        return day == null ? null : day.toString();
    }

    static PersonId person(Object value) {
        return value == null ? null : new PersonId(Rows.uuid(value));
    }

    static String personParam(PersonId p) {
        return p == null ? null : p.value().toString();
    }

    static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }

    static Measurement metric(WorkspaceId workspaceId, Object[] r) {
        return new Measurement(Rows.uuid(r[0]), workspaceId, new ClientId(Rows.uuid(r[1])), Rows.text(r[2]), date(r[3]), decimal(r[4]).stripTrailingZeros(),
                decimal(r[5]).stripTrailingZeros(), Rows.text(r[6]), MetricSource.valueOf(Rows.text(r[7])), r[8] == null ? null : Rows.uuid(r[8]),
                person(r[9]), Rows.instant(r[10]));
    }

    // ---------------------------------------------------------------------------------------------- JSON

    static String questionsJson(List<Question> questions) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (Question q : questions) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("key", q.key()).add("type", q.type().name()).add("text", q.text())
                    .add("required", q.required());
            if (q.unit() != null) {
                o.add("unit", q.unit());
            }
            o.add("options", Json.createArrayBuilder(q.options())).add("poses", Json.createArrayBuilder(q.poses()));
            a.add(o);
        }
        return a.build().toString();
    }

    static List<Question> questions(String json) {
        List<Question> out = new ArrayList<>();
        for (JsonValue v : Json.createReader(new StringReader(json)).readArray()) {
            JsonObject o = v.asJsonObject();
            out.add(new Question(o.getString("key"), QuestionType.valueOf(o.getString("type")), o.getString("text"), o.getBoolean("required"),
                    o.containsKey("unit") ? o.getString("unit") : null, strings(o.getJsonArray("options")), strings(o.getJsonArray("poses"))));
        }
        return out;
    }

    static String answersJson(List<Answer> answers) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (Answer x : answers) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("key", x.questionKey()).add("text", x.questionText()).add("type", x.type().name())
                    .add("value", x.value());
            if (x.unit() != null) {
                o.add("unit", x.unit());
            }
            a.add(o);
        }
        return a.build().toString();
    }

    static List<Answer> answers(String json) {
        if (json == null) {
            return List.of();
        }
        List<Answer> out = new ArrayList<>();
        for (JsonValue v : Json.createReader(new StringReader(json)).readArray()) {
            JsonObject o = v.asJsonObject();
            out.add(new Answer(o.getString("key"), o.getString("text"), QuestionType.valueOf(o.getString("type")),
                    o.containsKey("unit") ? o.getString("unit") : null, o.getString("value")));
        }
        return out;
    }

    private static List<String> strings(JsonArray a) {
        return a == null ? List.of() : a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
