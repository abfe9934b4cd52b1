package com.coachkeep.console.support.incidents;

import com.coachkeep.console.layout.MainLayout;
import com.coachkeep.console.layout.RequiresPermission;
import com.coachkeep.console.signin.CurrentStaff;
import com.coachkeep.console.support.Notifications;
import com.coachkeep.console.support.Outcome;
import com.coachkeep.support.application.port.in.IncidentView;
import com.coachkeep.support.domain.SupportPermission;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Security incidents: the list, the selected incident with its updates, and recording, updating and resolving. */
@Route(value = "incidents", layout = MainLayout.class)
@PageTitle("Incidents")
@RequiresPermission(SupportPermission.INCIDENTS_MANAGE)
public class IncidentsView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final IncidentsPresenter presenter;
    private final Grid<IncidentView> grid = new Grid<>();
    private final Div details = new Div();

    @Inject
    public IncidentsView(IncidentsPresenter presenter) {
        this.presenter = presenter;
        setSizeFull();
        H2 title = new H2("Incidents");
        title.setId("view-title");
        Button record = new Button("Record incident", e -> recordDialog().open());
        record.setId("record-incident");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("incidents");
        grid.addColumn(i -> TIME.format(i.detectedAt())).setHeader("Detected").setAutoWidth(true);
        grid.addColumn(IncidentView::publicTitle).setHeader("Public title").setFlexGrow(3);
        grid.addColumn(IncidentView::severity).setHeader("Severity").setAutoWidth(true);
        grid.addColumn(i -> i.affectedWorkspaceIds().size()).setHeader("Workspaces").setAutoWidth(true);
        grid.addColumn(i -> i.resolvedAt() == null ? "open" : "resolved " + TIME.format(i.resolvedAt())).setHeader("Status")
                .setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        add(title, new Paragraph("Recording an incident emails the owner of every affected workspace and publishes its first "
                + "update on the public status (P-INC-1). Every action needs a reason."), record, grid, details);
        refresh();
    }

    private void refresh() {
        grid.setItems(presenter.incidents(CurrentStaff.require().actor()));
        details.removeAll();
    }

    private void show(IncidentView incident) {
        details.removeAll();
        if (incident == null) {
            return;
        }
        UnorderedList updates = new UnorderedList();
        incident.updates().forEach(u -> updates.add(new ListItem(TIME.format(u.postedAt()) + " — " + u.text())));
        HorizontalLayout actions = new HorizontalLayout();
        if (incident.resolvedAt() == null) {
            Button update = new Button("Post update", e -> updateDialog("Post an update", incident, presenter::postUpdate).open());
            update.setId("post-update");
            Button resolve = new Button("Resolve", e -> updateDialog("Resolve the incident", incident, presenter::resolve).open());
            resolve.setId("resolve");
            actions.add(update, resolve);
        }
        details.add(new H3(incident.publicTitle()), new Paragraph("What happened: " + incident.whatHappened()),
                new Paragraph("Data affected: " + String.join(", ", incident.dataAffected())),
                new Paragraph("Remediation: " + incident.remediation()),
                new Paragraph("Workspaces affected: " + (incident.affectedWorkspaceIds().isEmpty() ? "none named"
                        : String.join(", ", incident.affectedWorkspaceIds()))),
                new H3("Public updates"), updates, actions);
    }

    private Dialog recordDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Record a security incident");
        IncidentForm form = new IncidentForm();
        form.setDetectedAt(LocalDateTime.now(ZoneOffset.UTC).withSecond(0).withNano(0));
        Binder<IncidentForm> binder = new Binder<>(IncidentForm.class);
        TextField publicTitle = new TextField("Public title (shown on the status)");
        TextArea whatHappened = new TextArea("What happened");
        TextArea dataAffected = new TextArea("Data affected (one per line)");
        TextArea remediation = new TextArea("What we do about it");
        Select<String> severity = new Select<>();
        severity.setLabel("Severity");
        severity.setItems("low", "medium", "high", "critical");
        TextArea workspaces = new TextArea("Affected workspace ids (one per line; their owners are emailed)");
        DateTimePicker detectedAt = new DateTimePicker("Detected at (UTC)");
        TextArea firstUpdate = new TextArea("First public update");
        TextArea recommendations = new TextArea("What owners can do (optional, in the email)");
        TextArea reason = new TextArea("Reason (recorded in the audit trail)");
        binder.forField(publicTitle).asRequired().bind(IncidentForm::getPublicTitle, IncidentForm::setPublicTitle);
        binder.forField(whatHappened).asRequired().bind(IncidentForm::getWhatHappened, IncidentForm::setWhatHappened);
        binder.forField(dataAffected).asRequired().bind(IncidentForm::getDataAffected, IncidentForm::setDataAffected);
        binder.forField(remediation).asRequired().bind(IncidentForm::getRemediation, IncidentForm::setRemediation);
        binder.forField(severity).asRequired().bind(IncidentForm::getSeverity, IncidentForm::setSeverity);
        binder.forField(workspaces).bind(IncidentForm::getAffectedWorkspaceIds, IncidentForm::setAffectedWorkspaceIds);
        binder.forField(detectedAt).asRequired().bind(IncidentForm::getDetectedAt, IncidentForm::setDetectedAt);
        binder.forField(firstUpdate).asRequired().bind(IncidentForm::getFirstUpdate, IncidentForm::setFirstUpdate);
        binder.forField(recommendations).bind(IncidentForm::getRecommendations, IncidentForm::setRecommendations);
        binder.forField(reason).asRequired("Say why").bind(IncidentForm::getReason, IncidentForm::setReason);
        binder.setBean(form);
        FormLayout layout = new FormLayout(publicTitle, severity, whatHappened, dataAffected, remediation, workspaces, detectedAt,
                firstUpdate, recommendations, reason);
        layout.setColspan(whatHappened, 2);
        layout.setColspan(reason, 2);
        dialog.add(layout);
        Button save = new Button("Record and notify", e -> {
            if (binder.validate().isOk()) {
                Outcome outcome = presenter.record(CurrentStaff.require().actor(), form);
                Notifications.show(outcome);
                if (outcome.ok()) {
                    dialog.close();
                    refresh();
                }
            }
        });
        save.setId("save-incident");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.setWidth("48rem");
        return dialog;
    }

    private Dialog updateDialog(String title, IncidentView incident,
            TriFunction<com.coachkeep.support.application.port.in.SupportActor, String, IncidentUpdateForm, Outcome> action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title + ": " + incident.publicTitle());
        IncidentUpdateForm form = new IncidentUpdateForm();
        Binder<IncidentUpdateForm> binder = new Binder<>(IncidentUpdateForm.class);
        TextArea text = new TextArea("Public text (shown on the status)");
        TextArea reason = new TextArea("Reason (recorded in the audit trail)");
        text.setWidthFull();
        reason.setWidthFull();
        binder.forField(text).asRequired().bind(IncidentUpdateForm::getPublicText, IncidentUpdateForm::setPublicText);
        binder.forField(reason).asRequired("Say why").bind(IncidentUpdateForm::getReason, IncidentUpdateForm::setReason);
        binder.setBean(form);
        dialog.add(text, reason);
        Button post = new Button("Post", e -> {
            if (binder.validate().isOk()) {
                Outcome outcome = action.apply(CurrentStaff.require().actor(), incident.id(), form);
                Notifications.show(outcome);
                if (outcome.ok()) {
                    dialog.close();
                    refresh();
                }
            }
        });
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), post);
        dialog.setWidth("36rem");
        return dialog;
    }

    /** A presenter action on an incident. */
    @FunctionalInterface
    interface TriFunction<A, B, C, R> {
        R apply(A a, B b, C c);
    }
}
