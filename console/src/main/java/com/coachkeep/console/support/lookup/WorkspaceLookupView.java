package com.coachkeep.console.support.lookup;

import com.coachkeep.console.layout.MainLayout;
import com.coachkeep.console.layout.RequiresPermission;
import com.coachkeep.console.signin.CurrentStaff;
import com.coachkeep.console.support.Notifications;
import com.coachkeep.console.support.actions.SupportActionsView;
import com.coachkeep.console.support.grants.SupportGrantsView;
import com.coachkeep.support.application.port.in.WorkspaceSummary;
import com.coachkeep.support.domain.InternalRole;
import com.coachkeep.support.domain.SupportPermission;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;

/**
 * Finds workspaces and shows their metadata: id, name, created, status, staff and client counts, owner email. Nothing
 * of their content: that needs a grant.
 */
@Route(value = "workspaces", layout = MainLayout.class)
@PageTitle("Workspace look-up")
@RequiresPermission(SupportPermission.WORKSPACE_LOOKUP)
public class WorkspaceLookupView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final WorkspaceLookupPresenter presenter;
    private final LookupForm form = new LookupForm();
    private final Binder<LookupForm> binder = new Binder<>(LookupForm.class);
    private final Grid<WorkspaceSummary> grid = new Grid<>();
    private final Span found = new Span();
    private final Div details = new Div();

    @Inject
    public WorkspaceLookupView(WorkspaceLookupPresenter presenter) {
        this.presenter = presenter;
        setSizeFull();
        H2 title = new H2("Workspace look-up");
        title.setId("view-title");
        TextField query = new TextField("Name, owner email or workspace id");
        query.setId("lookup-query");
        query.setWidth("28rem");
        query.setMaxLength(254);
        binder.forField(query).asRequired("Type a part of the name, the owner's email or the id")
                .bind(LookupForm::getQuery, LookupForm::setQuery);
        binder.setBean(form);
        Button search = new Button("Look up", e -> search());
        search.setId("lookup");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(Key.ENTER);
        HorizontalLayout bar = new HorizontalLayout(query, search);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        found.setId("lookup-found");
        grid.setId("workspaces");
        grid.addColumn(WorkspaceSummary::name).setHeader("Name").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(WorkspaceSummary::id).setHeader("Id").setAutoWidth(true);
        grid.addColumn(w -> TIME.format(w.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(WorkspaceSummary::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(WorkspaceSummary::staffCount).setHeader("Staff").setAutoWidth(true);
        grid.addColumn(WorkspaceSummary::clientCount).setHeader("Clients").setAutoWidth(true);
        grid.addColumn(w -> Objects.toString(w.ownerEmail(), "—")).setHeader("Owner email").setAutoWidth(true).setFlexGrow(1);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        add(title, new Paragraph("Metadata only: a workspace's content (its clients, notes, programs) is never shown here; it "
                + "needs a time-limited grant. Every look-up is recorded in the platform audit trail."), bar, found, grid, details);
    }

    private void search() {
        if (!binder.validate().isOk()) {
            return;
        }
        WorkspaceLookupPresenter.Found result = presenter.search(CurrentStaff.require().actor(), form);
        grid.setItems(result.workspaces());
        details.removeAll();
        found.setText(result.outcome().message());
        if (!result.outcome().ok()) {
            Notifications.show(result.outcome());
        }
    }

    private void show(WorkspaceSummary w) {
        details.removeAll();
        if (w == null) {
            return;
        }
        InternalRole role = CurrentStaff.require().role();
        Span status = new Span(w.status());
        status.setId("workspace-status");
        status.getElement().getThemeList().add(WorkspaceSummary.ACTIVE.equals(w.status()) ? "badge success" : "badge error");
        HorizontalLayout next = new HorizontalLayout();
        if (role.grants(SupportPermission.GRANT_REQUEST)) {
            Button grant = new Button("Ask for a grant to its content", e -> open(SupportGrantsView.class, w));
            grant.setId("request-grant-for-workspace");
            next.add(grant);
        }
        if (SupportActionsView.SECTION_PERMISSIONS.stream().anyMatch(role::grants)) {
            Button actions = new Button("Support actions", e -> open(SupportActionsView.class, w));
            actions.setId("actions-for-workspace");
            next.add(actions);
        }
        H3 name = new H3(w.name());
        name.setId("workspace-name");
        details.add(name, status, new Paragraph("Id " + w.id() + " · created " + TIME.format(w.createdAt()) + " · " + w.staffCount()
                + " staff · " + w.clientCount() + " clients · owner " + Objects.toString(w.ownerEmail(), "without an email")), next);
    }

    private static void open(Class<? extends com.vaadin.flow.component.Component> view, WorkspaceSummary w) {
        UI.getCurrent().navigate(RouteConfiguration.forSessionScope().getUrl(view),
                QueryParameters.simple(Map.of("workspace", w.id())));
    }
}
