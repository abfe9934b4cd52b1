package com.coachkeep.console.support.actions;

import com.coachkeep.console.layout.MainLayout;
import com.coachkeep.console.layout.RequiresPermission;
import com.coachkeep.console.signin.CurrentStaff;
import com.coachkeep.console.support.Notifications;
import com.coachkeep.console.support.Outcome;
import com.coachkeep.console.support.ReasonDialog;
import com.coachkeep.console.support.ReasonForm;
import com.coachkeep.support.application.port.in.DeadLetterView;
import com.coachkeep.support.application.port.in.SupportActor;
import com.coachkeep.support.application.port.in.WorkspaceSummary;
import com.coachkeep.support.domain.InternalRole;
import com.coachkeep.support.domain.SupportPermission;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Support actions: on a workspace (the one chosen in the look-up) suspend or restore it, resend one of its
 * invitations, run its deletion or export on a documented request; and the outbox's dead letters. Each part is shown
 * only to the roles whose permission it needs, and every action asks for a reason.
 */
@Route(value = "support-actions", layout = MainLayout.class)
@PageTitle("Support actions")
@RequiresPermission({ SupportPermission.INVITATIONS_RESEND, SupportPermission.WORKSPACE_SUSPEND, SupportPermission.DATA_REQUESTS,
        SupportPermission.OUTBOX_MANAGE })
public class SupportActionsView extends VerticalLayout implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** The permissions of this view's parts: a role with any of them sees the view. */
    public static final Set<SupportPermission> SECTION_PERMISSIONS = Set.of(SupportPermission.INVITATIONS_RESEND,
            SupportPermission.WORKSPACE_SUSPEND, SupportPermission.DATA_REQUESTS, SupportPermission.OUTBOX_MANAGE);

    private final SupportActionsPresenter presenter;
    private final WorkspaceActionForm form = new WorkspaceActionForm();
    private final Binder<WorkspaceActionForm> binder = new Binder<>(WorkspaceActionForm.class);
    private final TextField workspaceId = new TextField("Workspace id");
    private final Span workspaceStatus = new Span();
    private final Grid<DeadLetterView> deadLetters = new Grid<>();
    private final InternalRole role;

    @Inject
    public SupportActionsView(SupportActionsPresenter presenter) {
        this.presenter = presenter;
        role = CurrentStaff.require().role();
        setSizeFull();
        H2 title = new H2("Support actions");
        title.setId("view-title");
        add(title, new Paragraph("Every action asks for a reason and is recorded in the platform audit trail and, when it "
                + "concerns a workspace, in that workspace's own trail, where its owner reads it."));
        boolean onWorkspaces = role.grants(SupportPermission.WORKSPACE_SUSPEND) || role.grants(SupportPermission.INVITATIONS_RESEND)
                || role.grants(SupportPermission.DATA_REQUESTS);
        if (onWorkspaces) {
            add(workspace());
        }
        if (role.grants(SupportPermission.WORKSPACE_SUSPEND)) {
            add(suspension());
        }
        if (role.grants(SupportPermission.INVITATIONS_RESEND)) {
            add(invitation());
        }
        if (role.grants(SupportPermission.DATA_REQUESTS)) {
            add(dataRequest());
        }
        if (role.grants(SupportPermission.OUTBOX_MANAGE)) {
            add(deadLetters());
            refreshDeadLetters();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> workspace = event.getLocation().getQueryParameters().getParameters().get("workspace");
        if (workspace != null && !workspace.isEmpty()) {
            workspaceId.setValue(workspace.get(0));
            showWorkspace();
        }
    }

    private SupportActor actor() {
        return CurrentStaff.require().actor();
    }

    private Component workspace() {
        workspaceId.setId("action-workspace");
        workspaceId.setWidth("24rem");
        binder.forField(workspaceId).asRequired("Choose the workspace (look it up first)")
                .bind(WorkspaceActionForm::getWorkspaceId, WorkspaceActionForm::setWorkspaceId);
        binder.setBean(form);
        workspaceStatus.setId("action-workspace-status");
        HorizontalLayout bar = new HorizontalLayout(workspaceId);
        if (role.grants(SupportPermission.WORKSPACE_LOOKUP)) {
            Button show = new Button("Show", e -> showWorkspace());
            show.setId("show-workspace");
            bar.add(show);
        }
        bar.add(workspaceStatus);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void showWorkspace() {
        workspaceStatus.setText("");
        workspaceStatus.getElement().getThemeList().clear();
        if (!role.grants(SupportPermission.WORKSPACE_LOOKUP) || !binder.validate().isOk()) {
            return;
        }
        SupportActionsPresenter.Workspace w = presenter.workspace(actor(), form);
        if (w.summary() == null) {
            Notifications.show(w.outcome());
            return;
        }
        workspaceStatus.setText(w.summary().name() + " · " + w.summary().status() + " · owner "
                + Objects.toString(w.summary().ownerEmail(), "without an email"));
        workspaceStatus.getElement().getThemeList().add(WorkspaceSummary.ACTIVE.equals(w.summary().status()) ? "badge success" : "badge error");
    }

    private Component suspension() {
        Button suspend = workspaceAction("Suspend", "Suspend the workspace for abuse",
                "Its members are refused (with workspace-suspended) until it is restored; they keep exporting and deleting their "
                        + "data.", presenter::suspend);
        suspend.setId("suspend-workspace");
        suspend.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button restore = workspaceAction("Restore", "Restore the workspace", "Its members can work in it again.", presenter::restore);
        restore.setId("restore-workspace");
        return section("Suspension for abuse", new HorizontalLayout(suspend, restore));
    }

    private Component invitation() {
        TextField invitationId = new TextField("Invitation id (the owner names it)");
        invitationId.setId("invitation-id");
        invitationId.setWidth("24rem");
        binder.forField(invitationId).bind(WorkspaceActionForm::getInvitationId, WorkspaceActionForm::setInvitationId);
        Button resend = workspaceAction("Resend", "Resend the invitation",
                "A new link replaces the old one and the email goes out again.", presenter::resendInvitation);
        resend.setId("resend-invitation");
        HorizontalLayout bar = new HorizontalLayout(invitationId, resend);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return section("Resend an invitation", bar);
    }

    private Component dataRequest() {
        TextField ticket = new TextField("Support ticket documenting the request and who asked");
        ticket.setId("data-request-ticket");
        ticket.setWidth("24rem");
        ticket.setMaxLength(100);
        binder.forField(ticket).bind(WorkspaceActionForm::getTicket, WorkspaceActionForm::setTicket);
        Button export = workspaceAction("Run the export", "Export the workspace on its owner's request",
                "The owner's own export runs; only the owner can download it.", presenter::export);
        export.setId("run-export");
        Button deletion = workspaceAction("Run the deletion", "Delete the workspace on its owner's request",
                "The owner's own deletion runs: the workspace and its data are erased, and the owner receives the confirmation.",
                presenter::delete);
        deletion.setId("run-deletion");
        deletion.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout bar = new HorizontalLayout(ticket, export, deletion);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return section("A workspace owner's documented data request", bar);
    }

    private Component deadLetters() {
        deadLetters.setId("dead-letters");
        deadLetters.addColumn(DeadLetterView::template).setHeader("Email").setAutoWidth(true);
        deadLetters.addColumn(d -> Objects.toString(d.workspaceId(), "platform")).setHeader("Workspace").setAutoWidth(true);
        deadLetters.addColumn(DeadLetterView::attempts).setHeader("Attempts").setAutoWidth(true);
        deadLetters.addColumn(d -> TIME.format(d.createdAt())).setHeader("Created").setAutoWidth(true);
        deadLetters.addColumn(d -> d.failedAt() == null ? "" : TIME.format(d.failedAt())).setHeader("Gave up").setAutoWidth(true);
        deadLetters.addColumn(DeadLetterView::lastError).setHeader("Last error").setFlexGrow(2);
        deadLetters.addComponentColumn(d -> {
            Button retry = new Button("Retry", e -> new ReasonDialog("Retry the " + d.template() + " email",
                    "It is queued again, due now, with its attempts counted afresh.", "Retry",
                    f -> presenter.retry(actor(), d, f), this::refreshDeadLetters).open());
            Button discard = new Button("Discard", e -> new ReasonDialog("Discard the " + d.template() + " email",
                    "It will not be sent, and its content is dropped.", "Discard",
                    f -> presenter.discard(actor(), d, f), this::refreshDeadLetters).open());
            discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(retry, discard);
        }).setHeader("").setAutoWidth(true);
        deadLetters.setAllRowsVisible(true);
        return section("Dead letters of the outbox (metadata only)", deadLetters);
    }

    private void refreshDeadLetters() {
        deadLetters.setItems(presenter.deadLetters(actor()));
    }

    /** A button that asks for the reason and then runs a presenter action on the chosen workspace. */
    private Button workspaceAction(String label, String title, String explanation, WorkspaceAction action) {
        return new Button(label, e -> {
            if (binder.validate().isOk()) {
                new ReasonDialog(title + " " + form.getWorkspaceId().strip(), explanation, label,
                        reason -> action.run(actor(), form, reason), this::showWorkspace).open();
            }
        });
    }

    private static Component section(String heading, Component body) {
        VerticalLayout section = new VerticalLayout(new H3(heading), body);
        section.setPadding(false);
        return section;
    }

    /** A presenter action on the chosen workspace. */
    @FunctionalInterface
    interface WorkspaceAction {
        Outcome run(SupportActor actor, WorkspaceActionForm form, ReasonForm reason);
    }
}
