package com.coachkeep.console.support.grants;

import com.coachkeep.console.layout.MainLayout;
import com.coachkeep.console.layout.RequiresPermission;
import com.coachkeep.console.signin.CurrentStaff;
import com.coachkeep.console.signin.StaffSession;
import com.coachkeep.console.support.Notifications;
import com.coachkeep.console.support.Outcome;
import com.coachkeep.console.support.ReasonDialog;
import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.application.port.in.CoachNoteView;
import com.coachkeep.support.application.port.in.SupportGrantView;
import com.coachkeep.support.domain.SupportPermission;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Break-glass grants. For an agent: ask for a grant to a workspace (the one chosen in the look-up), their grants with
 * the time left, revoking one, and the read-only content under an active one. For an approver: the grants waiting for a
 * second person, approving (never one's own) and revoking, and any grant by its id.
 */
@Route(value = "grants", layout = MainLayout.class)
@PageTitle("Break-glass grants")
@RequiresPermission({ SupportPermission.GRANT_REQUEST, SupportPermission.GRANT_APPROVE })
public class SupportGrantsView extends VerticalLayout implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;

    private final SupportGrantsPresenter presenter;
    private final GrantRequestForm requestForm = new GrantRequestForm();
    private final Binder<GrantRequestForm> requestBinder = new Binder<>(GrantRequestForm.class);
    private final TextField workspaceId = new TextField("Workspace id");
    private final Grid<SupportGrantsPresenter.Row> own = new Grid<>();
    private final Grid<SupportGrantsPresenter.Row> pending = new Grid<>();
    private final Div selected = new Div();
    private final Div content = new Div();
    private final boolean requester;
    private final boolean approver;

    @Inject
    public SupportGrantsView(SupportGrantsPresenter presenter) {
        this.presenter = presenter;
        StaffSession staff = CurrentStaff.require();
        requester = staff.role().grants(SupportPermission.GRANT_REQUEST);
        approver = staff.role().grants(SupportPermission.GRANT_APPROVE);
        setSizeFull();
        H2 title = new H2("Break-glass grants");
        title.setId("view-title");
        add(title, new Paragraph("Read-only access to a workspace's content for at most 60 minutes, with a reason and a support "
                + "ticket. Coach notes are sensitive: a second member of staff approves them first. The workspace's owner is "
                + "emailed when access starts and sees every grant and every view in their audit trail."));
        if (requester) {
            add(requestForm());
            add(new H3("Your grants"), own);
            own.setId("own-grants");
            columns(own, false);
            own.asSingleSelect().addValueChangeListener(e -> show(e.getValue(), false));
        }
        if (approver) {
            pending.setId("pending-grants");
            columns(pending, true);
            pending.asSingleSelect().addValueChangeListener(e -> show(e.getValue(), true));
            add(new H3("Waiting for a second person's approval"), pending, byId());
        }
        selected.setWidthFull();
        content.setWidthFull();
        add(selected, content);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> workspace = event.getLocation().getQueryParameters().getParameters().get("workspace");
        if (requester && workspace != null && !workspace.isEmpty()) {
            workspaceId.setValue(workspace.get(0));
        }
    }

    private VerticalLayout requestForm() {
        workspaceId.setId("grant-workspace");
        Select<String> scope = new Select<>();
        scope.setId("grant-scope");
        scope.setLabel("Scope");
        scope.setItems("roster", "coach-notes");
        scope.setItemLabelGenerator(s -> "roster".equals(s) ? "Roster (clients)" : "Coach notes (sensitive: needs approval)");
        IntegerField minutes = new IntegerField("Minutes (1 to 60)");
        minutes.setId("grant-minutes");
        minutes.setMin(1);
        minutes.setMax(60);
        minutes.setStepButtonsVisible(true);
        TextField ticket = new TextField("Support ticket");
        ticket.setId("grant-ticket");
        ticket.setMaxLength(100);
        TextArea reason = new TextArea("Reason (recorded in the workspace's audit trail; the owner reads it)");
        reason.setId("grant-reason");
        reason.setMaxLength(1000);
        requestBinder.forField(workspaceId).asRequired("Choose the workspace (look it up first)")
                .bind(GrantRequestForm::getWorkspaceId, GrantRequestForm::setWorkspaceId);
        requestBinder.forField(scope).asRequired().bind(GrantRequestForm::getScope, GrantRequestForm::setScope);
        requestBinder.forField(minutes).asRequired("How long, at most 60 minutes")
                .withValidator(m -> m >= 1 && m <= 60, "From 1 to 60 minutes").bind(GrantRequestForm::getMinutes, GrantRequestForm::setMinutes);
        requestBinder.forField(ticket).asRequired("Name the support ticket").bind(GrantRequestForm::getTicket, GrantRequestForm::setTicket);
        requestBinder.forField(reason).asRequired("Say why").bind(GrantRequestForm::getReason, GrantRequestForm::setReason);
        requestBinder.setBean(requestForm);
        Button ask = new Button("Ask for the grant", e -> {
            if (requestBinder.validate().isOk()) {
                Outcome outcome = presenter.request(CurrentStaff.require().actor(), requestForm);
                Notifications.show(outcome);
                if (outcome.ok()) {
                    requestForm.setReason("");
                    requestForm.setTicket("");
                    requestBinder.refreshFields();
                    refresh();
                }
            }
        });
        ask.setId("request-grant");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout layout = new FormLayout(workspaceId, scope, minutes, ticket, reason);
        layout.setColspan(reason, 2);
        VerticalLayout section = new VerticalLayout(new H3("Ask for a grant"), layout, ask);
        section.setId("grant-request");
        section.setPadding(false);
        return section;
    }

    private static void columns(Grid<SupportGrantsPresenter.Row> grid, boolean forApprover) {
        grid.addColumn(r -> r.grant().workspaceId()).setHeader("Workspace").setAutoWidth(true);
        if (forApprover) {
            grid.addColumn(r -> r.grant().staffId() + " (" + r.grant().internalRole().replace('_', ' ') + ")").setHeader("Asked by")
                    .setFlexGrow(2);
        }
        grid.addColumn(r -> r.grant().scope()).setHeader("Scope").setAutoWidth(true);
        grid.addColumn(r -> r.grant().status()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(SupportGrantsPresenter.Row::timeLeft).setHeader("Time left").setAutoWidth(true);
        grid.addColumn(r -> r.grant().ticket()).setHeader("Ticket").setAutoWidth(true);
        grid.addColumn(r -> r.grant().reason()).setHeader("Reason").setFlexGrow(2);
        grid.addColumn(r -> SupportGrantsPresenter.TIME.format(r.grant().requestedAt())).setHeader("Asked").setAutoWidth(true);
        grid.addColumn(r -> r.grant().views()).setHeader("Views").setAutoWidth(true);
        grid.setAllRowsVisible(true);
    }

    private HorizontalLayout byId() {
        GrantIdForm form = new GrantIdForm();
        Binder<GrantIdForm> binder = new Binder<>(GrantIdForm.class);
        TextField id = new TextField("Any grant by its id (to revoke an active one)");
        id.setId("grant-id");
        id.setWidth("24rem");
        binder.forField(id).asRequired("The grant's id").bind(GrantIdForm::getGrantId, GrantIdForm::setGrantId);
        binder.setBean(form);
        Button open = new Button("Open", e -> {
            if (binder.validate().isOk()) {
                SupportGrantsPresenter.Shown<SupportGrantsPresenter.Row> found = presenter.find(CurrentStaff.require().actor(), form);
                if (found.outcome().ok()) {
                    show(found.items().get(0), true);
                } else {
                    Notifications.show(found.outcome());
                }
            }
        });
        open.setId("open-grant");
        HorizontalLayout bar = new HorizontalLayout(id, open);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void refresh() {
        if (requester) {
            own.setItems(presenter.own(CurrentStaff.require().actor()));
        }
        if (approver) {
            pending.setItems(presenter.pendingApproval(CurrentStaff.require().actor()));
        }
        selected.removeAll();
        content.removeAll();
    }

    private void show(SupportGrantsPresenter.Row row, boolean asApprover) {
        selected.removeAll();
        content.removeAll();
        if (row == null) {
            return;
        }
        SupportGrantView g = row.grant();
        Span status = new Span(g.status() + " · " + row.timeLeft());
        status.setId("grant-status");
        status.getElement().getThemeList().add("active".equals(g.status()) ? "badge success" : "badge");
        HorizontalLayout actions = new HorizontalLayout();
        boolean open = "active".equals(g.status()) || "pending".equals(g.status());
        if (!asApprover && "active".equals(g.status())) {
            Button roster = new Button("View the roster", e -> showRoster(g));
            roster.setId("view-roster");
            roster.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(roster);
        }
        if (asApprover && "pending".equals(g.status())) {
            Button approve = new Button("Approve", e -> new ReasonDialog("Approve grant " + SupportGrantsPresenter.shortId(g.id()),
                    g.staffId() + " asks to see " + g.scope() + " of workspace " + g.workspaceId() + " for " + g.minutes()
                            + " minutes under ticket " + g.ticket() + ": " + g.reason(),
                    "Approve", form -> presenter.approve(CurrentStaff.require().actor(), g.id(), form), this::refresh).open());
            approve.setId("approve-grant");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            // The requester never approves their own grant; the use case refuses it as well.
            approve.setEnabled(!g.staffId().equals(CurrentStaff.require().staffId()));
            actions.add(approve);
        }
        if (open) {
            Button revoke = new Button("Revoke", e -> new ReasonDialog("Revoke grant " + SupportGrantsPresenter.shortId(g.id()),
                    "The grant ends at once; the workspace's trail records it.", "Revoke",
                    form -> presenter.revoke(CurrentStaff.require().actor(), g.id(), form), this::refresh).open());
            revoke.setId("revoke-grant");
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(revoke);
        }
        selected.add(new H3("Grant " + SupportGrantsPresenter.shortId(g.id()) + " · " + g.scope()), status,
                new Paragraph("Workspace " + g.workspaceId() + " · asked by " + g.staffId() + " · ticket " + g.ticket() + " · "
                        + g.minutes() + " min · reason: " + g.reason()
                        + (g.approvedBy() == null ? "" : " · approved by " + g.approvedBy())
                        + (g.revokedBy() == null ? "" : " · revoked by " + g.revokedBy()) + " · id " + g.id()),
                actions);
    }

    private void showRoster(SupportGrantView g) {
        content.removeAll();
        SupportGrantsPresenter.Shown<ClientView> roster = presenter.roster(CurrentStaff.require().actor(), g.id());
        if (!roster.outcome().ok()) {
            Notifications.show(roster.outcome());
            return;
        }
        Grid<ClientView> clients = new Grid<>();
        clients.setId("roster");
        clients.addColumn(ClientView::displayName).setHeader("Client").setAutoWidth(true);
        clients.addColumn(ClientView::email).setHeader("Email").setAutoWidth(true);
        clients.addColumn(ClientView::status).setHeader("Status").setAutoWidth(true);
        clients.addColumn(c -> c.joined() ? "yes" : "not yet").setHeader("Joined").setAutoWidth(true);
        clients.addColumn(c -> SupportGrantsPresenter.TIME.format(c.createdAt())).setHeader("Added").setAutoWidth(true);
        clients.setAllRowsVisible(true);
        clients.setItems(roster.items());
        Div notes = new Div();
        notes.setId("notes");
        boolean sensitive = "coach-notes".equals(g.scope());
        if (sensitive) {
            clients.asSingleSelect().addValueChangeListener(e -> showNotes(g, e.getValue(), notes));
        }
        Paragraph shown = new Paragraph(roster.outcome().message() + (sensitive ? " Choose a client to read their coach notes." : ""));
        shown.setId("roster-shown");
        content.add(new H3("Roster (read-only, under grant " + SupportGrantsPresenter.shortId(g.id()) + ")"), shown, clients, notes);
    }

    private void showNotes(SupportGrantView g, ClientView client, Div notes) {
        notes.removeAll();
        if (client == null) {
            return;
        }
        SupportGrantsPresenter.Shown<CoachNoteView> shown = presenter.coachNotes(CurrentStaff.require().actor(), g.id(), client);
        if (!shown.outcome().ok()) {
            Notifications.show(shown.outcome());
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("coach-notes");
        shown.items().forEach(n -> list.add(new ListItem(SupportGrantsPresenter.TIME.format(n.createdAt()) + " — "
                + (n.erased() ? "(erased)" : n.body()))));
        notes.add(new H3("Coach notes of " + client.displayName()), new Paragraph(shown.outcome().message()), list);
    }
}
