package com.coachkeep.console.support.reports;

import com.coachkeep.console.layout.MainLayout;
import com.coachkeep.console.layout.RequiresPermission;
import com.coachkeep.console.signin.CurrentStaff;
import com.coachkeep.console.support.ReasonDialog;
import com.coachkeep.support.application.port.in.SecurityReportView;
import com.coachkeep.support.domain.SecurityReportState;
import com.coachkeep.support.domain.SupportPermission;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** The inbox of vulnerability reports: the list with each report's countdown, and the selected report with its next moves. */
@Route(value = "security-reports", layout = MainLayout.class)
@PageTitle("Security reports")
@RequiresPermission(SupportPermission.SECURITY_REPORTS_MANAGE)
public class SecurityReportsView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final SecurityReportsPresenter presenter;
    private final Select<String> stateFilter = new Select<>();
    private final Grid<SecurityReportsPresenter.Row> grid = new Grid<>();
    private final Div details = new Div();

    @Inject
    public SecurityReportsView(SecurityReportsPresenter presenter) {
        this.presenter = presenter;
        setSizeFull();
        H2 title = new H2("Security reports");
        title.setId("view-title");
        stateFilter.setLabel("State");
        stateFilter.setItems("all", "new", "acknowledged", "triaged", "fixed", "closed");
        stateFilter.setValue("all");
        stateFilter.addValueChangeListener(e -> refresh());
        grid.setId("reports");
        grid.addColumn(r -> TIME.format(r.report().receivedAt())).setHeader("Received").setAutoWidth(true);
        grid.addColumn(r -> r.report().summary()).setHeader("Summary").setFlexGrow(3);
        grid.addColumn(r -> r.report().state()).setHeader("State").setAutoWidth(true);
        grid.addColumn(SecurityReportsPresenter.Row::countdown).setHeader("Acknowledgement (2 business days)").setAutoWidth(true);
        grid.addColumn(r -> Optional.ofNullable(r.report().reporterEmail()).orElse("anonymous")).setHeader("Reporter").setAutoWidth(true);
        grid.setClassNameGenerator(r -> r.report().overdue() ? "overdue" : null);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        add(title, new Paragraph("Every report is acknowledged within two business days (P-DIS-1). Each move needs a reason."),
                stateFilter, grid, details);
        refresh();
    }

    private void refresh() {
        String state = stateFilter.getValue();
        SecurityReportState filter = state == null || "all".equals(state) ? null : SecurityReportState.fromWire(state);
        grid.setItems(presenter.reports(CurrentStaff.require().actor(), filter));
        details.removeAll();
    }

    private void show(SecurityReportsPresenter.Row row) {
        details.removeAll();
        if (row == null) {
            return;
        }
        SecurityReportView r = row.report();
        H3 summary = new H3(r.summary());
        Span state = new Span(r.state() + " · " + row.countdown());
        state.setId("report-state");
        state.getElement().getThemeList().add(r.overdue() ? "badge error" : "badge");
        HorizontalLayout actions = new HorizontalLayout();
        for (SecurityReportState next : presenter.nextStates(r)) {
            String label = label(next);
            Button b = new Button(label, e -> new ReasonDialog(label + ": " + r.summary(),
                    "The report moves from " + r.state() + " to " + next.wireName() + ".", label,
                    form -> presenter.move(CurrentStaff.require().actor(), r.id(), next, form), this::refresh).open());
            b.setId(next.wireName().equals("acknowledged") ? "acknowledge" : "move-" + next.wireName());
            actions.add(b);
        }
        details.add(summary, state, new Paragraph(r.details()),
                new Paragraph("Affected URL: " + Optional.ofNullable(r.affectedUrl()).orElse("—") + " · tracking id " + r.id()
                        + " · due " + TIME.format(r.acknowledgementDue())),
                actions);
    }

    private static String label(SecurityReportState next) {
        return switch (next) {
            case ACKNOWLEDGED -> "Acknowledge";
            case TRIAGED -> "Triage";
            case FIXED -> "Mark fixed";
            case CLOSED -> "Close";
            case NEW -> next.name().toLowerCase(Locale.ROOT);
        };
    }
}
