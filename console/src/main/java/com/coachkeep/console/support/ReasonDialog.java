package com.coachkeep.console.support;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.function.Function;

/**
 * Asks why before an action runs: every console action carries a reason into the audit trail. The action runs only
 * with a non-blank reason; its outcome is shown and, when it succeeded, the dialog closes.
 */
public class ReasonDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    public ReasonDialog(String title, String explanation, String confirmLabel, Function<ReasonForm, Outcome> action,
            Runnable afterSuccess) {
        setHeaderTitle(title);
        ReasonForm form = new ReasonForm();
        Binder<ReasonForm> binder = new Binder<>(ReasonForm.class);
        TextArea reason = new TextArea("Reason (recorded in the audit trail)");
        reason.setId("reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        binder.forField(reason).asRequired("Say why").bind(ReasonForm::getReason, ReasonForm::setReason);
        binder.setBean(form);
        add(new Paragraph(explanation), reason);
        Button confirm = new Button(confirmLabel, e -> {
            if (binder.validate().isOk()) {
                Outcome outcome = action.apply(form);
                Notifications.show(outcome);
                if (outcome.ok()) {
                    close();
                    afterSuccess.run();
                }
            }
        });
        confirm.setId("confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, confirm);
        setWidth("32rem");
    }
}
