package com.coachkeep.console.support.subprocessors;

import com.coachkeep.console.layout.MainLayout;
import com.coachkeep.console.layout.RequiresPermission;
import com.coachkeep.console.signin.CurrentStaff;
import com.coachkeep.console.support.Notifications;
import com.coachkeep.console.support.Outcome;
import com.coachkeep.console.support.ReasonDialog;
import com.coachkeep.support.application.port.in.SubProcessorView;
import com.coachkeep.support.domain.SupportPermission;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Objects;

/** The sub-processor list as published, with add, change and retire. */
@Route(value = "sub-processors", layout = MainLayout.class)
@PageTitle("Sub-processors")
@RequiresPermission(SupportPermission.SUB_PROCESSORS_MANAGE)
public class SubProcessorsView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final SubProcessorsPresenter presenter;
    private final Grid<SubProcessorView> grid = new Grid<>();

    @Inject
    public SubProcessorsView(SubProcessorsPresenter presenter) {
        this.presenter = presenter;
        setSizeFull();
        H2 title = new H2("Sub-processors");
        title.setId("view-title");
        Button add = new Button("Add sub-processor", e -> formDialog(null).open());
        add.setId("add-sub-processor");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("sub-processors");
        grid.addColumn(SubProcessorView::service).setHeader("Service").setAutoWidth(true);
        grid.addColumn(SubProcessorView::purpose).setHeader("Purpose").setFlexGrow(3);
        grid.addColumn(SubProcessorView::region).setHeader("Region").setAutoWidth(true);
        grid.addColumn(s -> Objects.toString(s.dataCategories(), "")).setHeader("Data").setFlexGrow(2);
        grid.addColumn(SubProcessorView::since).setHeader("Since").setAutoWidth(true);
        grid.addComponentColumn(s -> {
            Button edit = new Button("Edit", e -> formDialog(s).open());
            Button retire = new Button("Retire", e -> new ReasonDialog("Retire " + s.service(),
                    "It leaves the public list; the audit trail keeps the change.", "Retire",
                    form -> presenter.retire(CurrentStaff.require().actor(), s, form), this::refresh).open());
            retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(edit, retire);
        }).setHeader("").setAutoWidth(true);
        add(title, new Paragraph("The public list of sub-processors (P-SUB-1). Adding one, or changing a purpose or region, is a "
                + "material change: every coach is emailed about it. Every change needs a reason."), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(presenter.current());
    }

    private Dialog formDialog(SubProcessorView existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(existing == null ? "Add a sub-processor" : "Change " + existing.service());
        SubProcessorForm form = new SubProcessorForm();
        if (existing != null) {
            form.setService(existing.service());
            form.setPurpose(existing.purpose());
            form.setRegion(existing.region());
            form.setDataCategories(Objects.toString(existing.dataCategories(), ""));
            form.setSince(existing.since());
        }
        Binder<SubProcessorForm> binder = new Binder<>(SubProcessorForm.class);
        TextField service = new TextField("Service");
        TextField purpose = new TextField("Purpose");
        TextField region = new TextField("Region");
        TextField data = new TextField("Data categories");
        DatePicker since = new DatePicker("In use since");
        TextArea reason = new TextArea("Reason (recorded in the audit trail)");
        binder.forField(service).asRequired().bind(SubProcessorForm::getService, SubProcessorForm::setService);
        binder.forField(purpose).asRequired().bind(SubProcessorForm::getPurpose, SubProcessorForm::setPurpose);
        binder.forField(region).asRequired().bind(SubProcessorForm::getRegion, SubProcessorForm::setRegion);
        binder.forField(data).bind(SubProcessorForm::getDataCategories, SubProcessorForm::setDataCategories);
        binder.forField(since).asRequired().bind(SubProcessorForm::getSince, SubProcessorForm::setSince);
        binder.forField(reason).asRequired("Say why").bind(SubProcessorForm::getReason, SubProcessorForm::setReason);
        binder.setBean(form);
        service.setReadOnly(existing != null);
        since.setReadOnly(existing != null);
        FormLayout layout = new FormLayout(service, purpose, region, data, since, reason);
        layout.setColspan(reason, 2);
        dialog.add(layout, new Paragraph("A new sub-processor, or a new purpose or region, is announced to every coach by email."));
        Button save = new Button(existing == null ? "Add and announce" : "Save", e -> {
            if (binder.validate().isOk()) {
                Outcome outcome = existing == null ? presenter.add(CurrentStaff.require().actor(), form)
                        : presenter.change(CurrentStaff.require().actor(), existing, form);
                Notifications.show(outcome);
                if (outcome.ok()) {
                    dialog.close();
                    refresh();
                }
            }
        });
        save.setId("save-sub-processor");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.setWidth("40rem");
        return dialog;
    }
}
