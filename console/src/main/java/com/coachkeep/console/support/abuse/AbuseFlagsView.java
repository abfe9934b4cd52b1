package com.coachkeep.console.support.abuse;

import com.coachkeep.console.layout.MainLayout;
import com.coachkeep.console.layout.RequiresPermission;
import com.coachkeep.console.signin.CurrentStaff;
import com.coachkeep.console.support.ReasonDialog;
import com.coachkeep.support.application.port.in.AbuseFlagView;
import com.coachkeep.support.domain.SupportPermission;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Abuse flags raised by the API's rate limits: the list, and the selected flag with its acknowledgement. */
@Route(value = "abuse-flags", layout = MainLayout.class)
@PageTitle("Abuse flags")
@RequiresPermission(SupportPermission.ABUSE_FLAGS_MANAGE)
public class AbuseFlagsView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final AbuseFlagsPresenter presenter;
    private final Select<String> stateFilter = new Select<>();
    private final Grid<AbuseFlagView> grid = new Grid<>();
    private final Div details = new Div();

    @Inject
    public AbuseFlagsView(AbuseFlagsPresenter presenter) {
        this.presenter = presenter;
        setSizeFull();
        H2 title = new H2("Abuse flags");
        title.setId("view-title");
        stateFilter.setLabel("Show");
        stateFilter.setItems("open", "all");
        stateFilter.setValue("open");
        stateFilter.addValueChangeListener(e -> refresh());
        grid.setId("flags");
        grid.addColumn(f -> TIME.format(f.raisedAt())).setHeader("Raised").setAutoWidth(true);
        grid.addColumn(AbuseFlagView::limit).setHeader("Limit").setAutoWidth(true);
        grid.addColumn(f -> f.subjectKind() + " " + f.subject()).setHeader("Who").setFlexGrow(2);
        grid.addColumn(AbuseFlagView::operation).setHeader("Operation").setFlexGrow(3);
        grid.addColumn(AbuseFlagView::crossings).setHeader("Crossings").setAutoWidth(true);
        grid.addColumn(f -> TIME.format(f.lastSeenAt())).setHeader("Last seen").setAutoWidth(true);
        grid.addColumn(AbuseFlagView::state).setHeader("State").setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        add(title, new Paragraph("A flag is raised when a person, a workspace or a client address crosses a rate limit of the API "
                + "(brute force, enumeration, mass export). Look at it, act where needed (suspend a workspace, block an address at the "
                + "edge), and acknowledge it with what you did."), stateFilter, grid, details);
        refresh();
    }

    private void refresh() {
        grid.setItems(presenter.flags(CurrentStaff.require().actor(), !"all".equals(stateFilter.getValue())));
        details.removeAll();
    }

    private void show(AbuseFlagView flag) {
        details.removeAll();
        if (flag == null) {
            return;
        }
        Span state = new Span(flag.state());
        state.setId("flag-state");
        state.getElement().getThemeList().add(flag.open() ? "badge error" : "badge success");
        details.add(new H3(AbuseFlagsPresenter.summary(flag)), state);
        if (flag.open()) {
            Button acknowledge = new Button("Acknowledge", e -> new ReasonDialog("Acknowledge: " + flag.limit(),
                    AbuseFlagsPresenter.summary(flag) + ". Say what was done about it.", "Acknowledge",
                    form -> presenter.acknowledge(CurrentStaff.require().actor(), flag.id(), form), this::refresh).open());
            acknowledge.setId("acknowledge");
            details.add(acknowledge);
        } else {
            details.add(new Paragraph("Acknowledged " + TIME.format(flag.acknowledgedAt()) + " by " + flag.acknowledgedBy() + ": "
                    + flag.reason()));
        }
    }
}
