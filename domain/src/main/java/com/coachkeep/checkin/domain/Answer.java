package com.coachkeep.checkin.domain;

import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An answer with the question as it was asked (its text, type and unit), so it reads the same after the form changes.
 * Stored only encrypted under the client's key.
 */
public record Answer(String questionKey, String questionText, QuestionType type, String unit, String value) {

    /**
     * The answers to a form version, in the form's order: every required question answered (a photo set with the
     * client's progress photos by pose), nothing answered that the form does not ask.
     */
    public static List<Answer> of(CheckinForm form, Map<String, Object> raw) {
        Map<String, Object> given = raw == null ? Map.of() : raw;
        Validator v = new Validator();
        for (String key : given.keySet()) {
            v.require(form.question(key).isPresent(), "answers." + key, "is not a question of version " + form.version() + " of the form");
        }
        List<Answer> out = new ArrayList<>();
        for (Question q : form.questions()) {
            String value = v.check("answers." + q.key(), given.get(q.key()), q::answer);
            if (value != null) {
                out.add(new Answer(q.key(), q.text(), q.type(), q.unit(), value));
            }
        }
        v.throwIfInvalid();
        return out;
    }

    /** A photo set's photos by pose (the question's order); empty for any other answer. */
    public java.util.Map<String, java.util.UUID> photos() {
        java.util.Map<String, java.util.UUID> out = new java.util.LinkedHashMap<>();
        if (type == QuestionType.PHOTO_SET && value != null) {
            for (String line : value.split("\n")) {
                int eq = line.lastIndexOf('=');
                out.put(line.substring(0, eq), java.util.UUID.fromString(line.substring(eq + 1)));
            }
        }
        return out;
    }

    /** Raised when nothing but a map is acceptable. */
    static InvalidInputException notAMap() {
        return InvalidInputException.of("answers", "must be an object keyed by question key");
    }
}
