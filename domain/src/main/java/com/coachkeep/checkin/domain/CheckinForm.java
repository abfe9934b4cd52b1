package com.coachkeep.checkin.domain;

import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.Text;
import com.coachkeep.shared.domain.Validator;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One version of a workspace's check-in form. A change never edits a version: it adds the next one, so a submission
 * keeps pointing at the questions it answered (with their text as asked then).
 */
public record CheckinForm(UUID id, WorkspaceId workspaceId, int version, String name, List<Question> questions, boolean archived,
        PersonId createdBy, Instant createdAt) {
    public static final int MAX_QUESTIONS = 40;

    public CheckinForm {
        questions = List.copyOf(questions);
    }

    /** Checks a form's name and questions (keys unique); raises {@link InvalidInputException} listing every problem. */
    public static Definition define(String name, List<Question> questions) {
        Validator v = new Validator();
        String n = v.check("name", name, raw -> Text.singleLine(raw, 120));
        v.require(questions != null && !questions.isEmpty() && questions.size() <= MAX_QUESTIONS, "questions",
                "must hold 1–" + MAX_QUESTIONS + " questions");
        if (questions != null) {
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < questions.size(); i++) {
                v.require(keys.add(questions.get(i).key()), "questions[" + i + "].key", "must be unique in the form");
            }
        }
        v.throwIfInvalid();
        return new Definition(n, List.copyOf(questions));
    }

    public record Definition(String name, List<Question> questions) {
    }

    public static CheckinForm first(UUID id, WorkspaceId workspaceId, Definition d, PersonId by, Instant at) {
        return new CheckinForm(id, workspaceId, 1, d.name(), d.questions(), false, by, at);
    }

    /** The next version, or this one when nothing changed. */
    public CheckinForm revise(Definition d, PersonId by, Instant at) {
        if (d.name().equals(name) && d.questions().equals(questions)) {
            return this;
        }
        return new CheckinForm(id, workspaceId, version + 1, d.name(), d.questions(), false, by, at);
    }

    public Optional<Question> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }
}
