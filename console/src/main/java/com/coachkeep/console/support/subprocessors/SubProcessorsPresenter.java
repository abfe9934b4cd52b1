package com.coachkeep.console.support.subprocessors;

import com.coachkeep.console.support.Outcome;
import com.coachkeep.console.support.ReasonForm;
import com.coachkeep.support.application.port.in.AddSubProcessorCommand;
import com.coachkeep.support.application.port.in.ChangeSubProcessorCommand;
import com.coachkeep.support.application.port.in.ListSubProcessorsUseCase;
import com.coachkeep.support.application.port.in.ManageSubProcessorsUseCase;
import com.coachkeep.support.application.port.in.SubProcessorView;
import com.coachkeep.support.application.port.in.SupportActor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/** Presents the sub-processor list through {@link ListSubProcessorsUseCase} and changes it through {@link ManageSubProcessorsUseCase}. */
@Dependent
public class SubProcessorsPresenter {
    private final ListSubProcessorsUseCase list;
    private final ManageSubProcessorsUseCase manage;

    @Inject
    public SubProcessorsPresenter(ListSubProcessorsUseCase list, ManageSubProcessorsUseCase manage) {
        this.list = list;
        this.manage = manage;
    }

    public List<SubProcessorView> current() {
        return list.listCurrent().items();
    }

    public Outcome add(SupportActor actor, SubProcessorForm f) {
        return Outcome.of(() -> {
            SubProcessorView added = manage.add(actor, new AddSubProcessorCommand(f.getService(), f.getPurpose(), f.getRegion(),
                    f.getDataCategories(), f.getSince(), f.getReason()));
            return added.service() + " added; every coach is being told (a material change).";
        });
    }

    /** Sends only what changed, so that an unchanged purpose or region does not count as a material change. */
    public Outcome change(SupportActor actor, SubProcessorView before, SubProcessorForm f) {
        return Outcome.of(() -> {
            boolean material = !Objects.equals(before.purpose(), f.getPurpose()) || !Objects.equals(before.region(), f.getRegion());
            manage.change(actor, new ChangeSubProcessorCommand(before.id(),
                    Objects.equals(before.purpose(), f.getPurpose()) ? null : f.getPurpose(),
                    Objects.equals(before.region(), f.getRegion()) ? null : f.getRegion(),
                    Objects.equals(Objects.toString(before.dataCategories(), ""), f.getDataCategories()) ? null : f.getDataCategories(),
                    f.getReason()));
            return before.service() + " changed" + (material ? "; every coach is being told (a material change)." : ".");
        });
    }

    public Outcome retire(SupportActor actor, SubProcessorView s, ReasonForm form) {
        return Outcome.of(() -> {
            manage.retire(actor, s.id(), form.getReason());
            return s.service() + " retired from the list.";
        });
    }
}
