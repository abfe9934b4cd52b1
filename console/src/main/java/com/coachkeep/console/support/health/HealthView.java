package com.coachkeep.console.support.health;

import com.coachkeep.console.layout.MainLayout;
import com.coachkeep.console.signin.CurrentStaff;
import com.coachkeep.support.application.port.in.PlatformStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The console's start page: the platform's health by component, and the incidents published on the status. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Platform health")
public class HealthView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final HealthPresenter presenter;
    private final Span overall = new Span();
    private final Paragraph checked = new Paragraph();
    private final Grid<PlatformStatus.Component> components = new Grid<>();
    private final Grid<PlatformStatus.Incident> incidents = new Grid<>();

    @Inject
    public HealthView(HealthPresenter presenter) {
        this.presenter = presenter;
        H2 title = new H2("Platform health");
        title.setId("view-title");
        overall.setId("overall-status");
        components.setId("components");
        components.addColumn(PlatformStatus.Component::name).setHeader("Component");
        components.addColumn(PlatformStatus.Component::status).setHeader("Status");
        components.setAllRowsVisible(true);
        incidents.addColumn(PlatformStatus.Incident::title).setHeader("Published incident").setFlexGrow(3);
        incidents.addColumn(PlatformStatus.Incident::status).setHeader("Status");
        incidents.addColumn(i -> i.updates().isEmpty() ? "" : i.updates().get(i.updates().size() - 1).text()).setHeader("Latest update")
                .setFlexGrow(3);
        incidents.setAllRowsVisible(true);
        Button refresh = new Button("Refresh", e -> refresh());
        refresh.setId("refresh");
        add(title, new Paragraph("Welcome, " + CurrentStaff.require().displayName()
                + ". The status below comes from the readiness checks; the public status page publishes the same."),
                overall, checked, refresh, components, new H3("On the public status"), incidents);
        refresh();
    }

    private void refresh() {
        PlatformStatus status = presenter.status();
        overall.setText("Overall: " + status.status());
        overall.getElement().getThemeList().clear();
        overall.getElement().getThemeList().add(PlatformStatus.OPERATIONAL.equals(status.status()) ? "badge success" : "badge error");
        checked.setText("Checked " + TIME.format(status.checkedAt()));
        components.setItems(status.components());
        incidents.setItems(status.incidents());
    }
}
