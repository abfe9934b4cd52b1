package com.coachkeep.console.support.grants;

import com.coachkeep.console.layout.MainLayout;
import com.coachkeep.console.layout.RequiresPermission;
import com.coachkeep.console.signin.CurrentStaff;
import com.coachkeep.console.signin.StaffSession;
import com.coachkeep.console.support.Notifications;
import com.coachkeep.console.support.Outcome;
import com.coachkeep.console.support.ReasonDialog;
import com.coachkeep.support.application.port.in.ContentScopeView;
import com.coachkeep.support.application.port.in.SupportContentView;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    /** The content scopes the features contribute, by name, ordinary ones first. */
    private final Map<String, ContentScopeView> scopes = new LinkedHashMap<>();

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
                + "ticket. Sensitive content (coach notes) needs a second member of staff's approval first. The workspace's owner "
                + "is emailed when access starts and sees every grant and every view in their audit trail."));
        if (requester) {
            presenter.scopes(staff.actor()).forEach(sc -> scopes.put(sc.name(), sc));
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
        scope.setItems(scopes.keySet());
        scope.setItemLabelGenerator(s -> scopes.get(s).label() + (scopes.get(s).sensitive() ? " (sensitive: needs approval)" : ""));
        if (!scopes.containsKey(requestForm.getScope()) && !scopes.isEmpty()) {
            requestForm.setScope(scopes.keySet().iterator().next());
        }
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
        if (!asApprover && "active".equals(g.status()) && scopes.containsKey(g.scope())) {
            ContentScopeView list = listOf(scopes.get(g.scope()));
            Button view = new Button("View " + list.label().toLowerCase(java.util.Locale.ROOT), e -> showContent(g, list));
            view.setId("view-" + list.name());
            view.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(view);
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

    /** The scope whose list a grant of {@code scope} opens with: the one it is read beside, or itself. */
    private ContentScopeView listOf(ContentScopeView scope) {
        return scope.includes().stream().map(scopes::get).filter(java.util.Objects::nonNull).findFirst().orElse(scope);
    }

    /**
     * The list of the grant's scope (or of the scope it is read beside) as a grid; when the grant's scope is read beside
     * it, choosing a row shows the grant's own content of that item.
     */
    private void showContent(SupportGrantView g, ContentScopeView list) {
        content.removeAll();
        SupportGrantsPresenter.Shown<SupportContentView> shown = presenter.content(CurrentStaff.require().actor(), g.id(), list.name(), null);
        if (!shown.outcome().ok()) {
            Notifications.show(shown.outcome());
            return;
        }
        SupportContentView page = shown.items().get(0);
        Grid<SupportContentView.Row> rows = new Grid<>();
        rows.setId(list.name());
        for (int i = 0; i < page.columns().size(); i++) {
            int column = i;
            rows.addColumn(r -> r.cells().get(column)).setHeader(page.columns().get(i)).setAutoWidth(true);
        }
        rows.setAllRowsVisible(true);
        rows.setItems(page.rows());
        Div beside = new Div();
        beside.setId("content-beside");
        ContentScopeView own = scopes.get(g.scope());
        boolean readBeside = !own.name().equals(list.name());
        if (readBeside) {
            rows.asSingleSelect().addValueChangeListener(e -> showBeside(g, own, e.getValue(), beside));
        }
        Paragraph said = new Paragraph(shown.outcome().message()
                + (readBeside ? " Choose a row to read its " + own.label().toLowerCase(java.util.Locale.ROOT) + "." : ""));
        said.setId(list.name() + "-shown");
        content.add(new H3(list.label() + " (read-only, under grant " + SupportGrantsPresenter.shortId(g.id()) + ")"), said, rows, beside);
    }

    private void showBeside(SupportGrantView g, ContentScopeView scope, SupportContentView.Row row, Div beside) {
        beside.removeAll();
        if (row == null) {
            return;
        }
        SupportGrantsPresenter.Shown<SupportContentView> shown = presenter.content(CurrentStaff.require().actor(), g.id(), scope.name(), row.id());
        if (!shown.outcome().ok()) {
            Notifications.show(shown.outcome());
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId(scope.name());
        shown.items().get(0).rows().forEach(r -> list.add(new ListItem(String.join(" — ", r.cells()))));
        beside.add(new H3(scope.label() + " of " + row.cells().get(0)), new Paragraph(shown.outcome().message()), list);
    }
}
