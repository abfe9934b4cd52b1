package com.coachkeep.checkin.application.service;

import com.coachkeep.checkin.application.port.in.GetCheckinFormUseCase;
import com.coachkeep.checkin.application.port.in.QuestionInput;
import com.coachkeep.checkin.application.port.in.SaveCheckinFormUseCase;
import com.coachkeep.checkin.application.port.out.CheckinFormRepository;
import com.coachkeep.checkin.domain.CheckinForm;
import com.coachkeep.checkin.domain.Question;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.Validator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Check-in forms: saved by staff who manage forms, one new version per change; read by staff and by clients. */
@ApplicationScoped
@Transactional
public class CheckinFormService implements SaveCheckinFormUseCase, GetCheckinFormUseCase {
    private final CheckinFormRepository forms;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public CheckinFormService(CheckinFormRepository forms, AuditTrail audit, Clock clock) {
        this.forms = forms;
        this.audit = audit;
        this.clock = clock;
    }

    protected CheckinFormService() {
        this(null, null, null);
    }

    @Override
    public Saved create(Actor actor, String name, List<QuestionInput> questions) {
        actor.require(Permission.CHECKIN_FORMS_MANAGE);
        CheckinForm.Definition d = define(name, questions);
        UUID formId = UUID.randomUUID();
        CheckinForm f = CheckinForm.first(formId, actor.workspaceId(), d, actor.personId(), clock.instant());
        forms.add(f);
        audit.record(AuditRecord.of(actor, "checkin_form.created").target("checkin_form", formId).detail("version", 1));
        return new Saved(f, true);
    }

    @Override
    public Saved revise(Actor actor, UUID formId, String name, List<QuestionInput> questions) {
        actor.require(Permission.CHECKIN_FORMS_MANAGE);
        var stored = forms.latest(actor.workspaceId(), formId);
        if (stored.isEmpty()) {
            throw new NotFoundException("checkin form");
        }
        CheckinForm.Definition d = define(name, questions);
        CheckinForm next = stored.get().revise(d, actor.personId(), clock.instant());
        if (next != stored.get()) {
            forms.add(next);
            audit.record(AuditRecord.of(actor, "checkin_form.revised").target("checkin_form", formId).detail("version", next.version()));
        }
        return new Saved(next, false);
    }

    static CheckinForm.Definition define(String name, List<QuestionInput> questions) {
        Validator v = new Validator();
        List<Question> qs = new ArrayList<>();
        if (questions == null) {
            v.require(false, "questions", "is required");
        } else {
            for (int i = 0; i < questions.size(); i++) {
                QuestionInput q = questions.get(i);
                if (q == null) {
                    v.require(false, "questions[" + i + "]", "must be an object");
                    continue;
                }
                Question parsed = v.check("questions[" + i + "]", q, in -> Question.define(in.key(), in.type(), in.text(), in.required(), in.unit(),
                        in.options(), in.poses()));
                if (parsed != null) {
                    qs.add(parsed);
                }
            }
        }
        v.throwIfInvalid();
        return CheckinForm.define(name, qs);
    }

    @Override
    public CheckinForm get(Actor actor, UUID formId, Integer version) {
        requireRead(actor);
        CheckinForm latest = forms.latest(actor.workspaceId(), formId).orElseThrow(() -> new NotFoundException("checkin form"));
        if (version == null || version == latest.version()) {
            return latest;
        }
        if (version < 1 || version > latest.version()) {
            throw InvalidInputException.of("version", "must be a version of the form, 1–" + latest.version());
        }
        return forms.version(actor.workspaceId(), formId, version).orElseThrow(() -> new NotFoundException("checkin form"));
    }

    @Override
    public List<CheckinForm> list(Actor actor) {
        requireRead(actor);
        return forms.latestOfEach(actor.workspaceId());
    }

    private static void requireRead(Actor actor) {
        if (actor.staff()) {
            if (!actor.has(Permission.CHECKIN_FORMS_MANAGE) && !actor.has(Permission.CHECKINS_READ_ASSIGNED)) {
                throw new AccessDeniedException(Permission.CHECKINS_READ_ASSIGNED);
            }
        } else {
            actor.require(Permission.SELF_READ);
        }
    }
}
