package com.coachkeep.console.support.abuse;

import com.coachkeep.console.support.Outcome;
import com.coachkeep.console.support.ReasonForm;
import com.coachkeep.support.application.port.in.AbuseFlagView;
import com.coachkeep.support.application.port.in.AcknowledgeAbuseFlagUseCase;
import com.coachkeep.support.application.port.in.ListAbuseFlagsUseCase;
import com.coachkeep.support.application.port.in.SupportActor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** Presents abuse flags: lists them through {@link ListAbuseFlagsUseCase}, acknowledges through {@link AcknowledgeAbuseFlagUseCase}. */
@Dependent
public class AbuseFlagsPresenter {
    private final ListAbuseFlagsUseCase list;
    private final AcknowledgeAbuseFlagUseCase acknowledge;

    @Inject
    public AbuseFlagsPresenter(ListAbuseFlagsUseCase list, AcknowledgeAbuseFlagUseCase acknowledge) {
        this.list = list;
        this.acknowledge = acknowledge;
    }

    public List<AbuseFlagView> flags(SupportActor actor, boolean openOnly) {
        return list.list(actor, openOnly);
    }

    public Outcome acknowledge(SupportActor actor, String flagId, ReasonForm form) {
        return Outcome.of(() -> {
            AbuseFlagView v = acknowledge.acknowledge(actor, flagId, form.getReason());
            return "Flag " + shortId(v.id()) + " (" + v.limit() + ", " + v.subjectKind() + " " + v.subject() + ") is acknowledged.";
        });
    }

    /** What a flag says in one line: which limit, by whom, how often. */
    public static String summary(AbuseFlagView v) {
        return "Limit \"" + v.limit() + "\" crossed by " + v.subjectKind() + " " + v.subject() + " on " + v.operation() + ", "
                + v.crossings() + (v.crossings() == 1 ? " time" : " times");
    }

    static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }
}
