package com.coachkeep.infrastructure.rest.shared;

import com.coachkeep.shared.application.Patch;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Violation;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a JSON merge patch (RFC 7396) body field by field: absent fields stay unchanged, {@code null} clears
 * where allowed, a value of the wrong type or an unknown field is named in a validation problem.
 */
public final class MergePatch {
    private final JsonObject body;
    private final List<Violation> violations = new ArrayList<>();

    public MergePatch(JsonObject body, Set<String> knownFields) {
        if (body == null) {
            throw InvalidInputException.of("body", "must be a JSON object with the fields to change");
        }
        this.body = body;
        for (String field : body.keySet()) {
            if (!knownFields.contains(field)) {
                violations.add(new Violation(field, "is not a field that can be changed"));
            }
        }
    }

    public Patch<String> text(String field, boolean nullable) {
        if (!body.containsKey(field)) {
            return Patch.absent();
        }
        JsonValue v = body.get(field);
        if (v.getValueType() == JsonValue.ValueType.NULL) {
            if (!nullable) {
                violations.add(new Violation(field, "must not be null"));
            }
            return Patch.of(null);
        }
        if (v instanceof JsonString s) {
            return Patch.of(s.getString());
        }
        violations.add(new Violation(field, "must be a string"));
        return Patch.absent();
    }

    public Patch<Boolean> bool(String field) {
        if (!body.containsKey(field)) {
            return Patch.absent();
        }
        JsonValue v = body.get(field);
        if (v == JsonValue.TRUE || v == JsonValue.FALSE || v.getValueType() == JsonValue.ValueType.TRUE
                || v.getValueType() == JsonValue.ValueType.FALSE) {
            return Patch.of(v.getValueType() == JsonValue.ValueType.TRUE);
        }
        violations.add(new Violation(field, "must be true or false"));
        return Patch.absent();
    }

    public Patch<List<String>> textList(String field) {
        if (!body.containsKey(field)) {
            return Patch.absent();
        }
        JsonValue v = body.get(field);
        if (v instanceof JsonArray array && array.stream().allMatch(x -> x instanceof JsonString)) {
            return Patch.of(array.stream().map(x -> ((JsonString) x).getString()).toList());
        }
        violations.add(new Violation(field, "must be a list of strings"));
        return Patch.absent();
    }

    /** Raises a validation problem naming every field of the wrong type or unknown. */
    public void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
