package com.coachkeep.console.layout;

import com.coachkeep.console.support.health.HealthView;
import com.coachkeep.console.support.incidents.IncidentsView;
import com.coachkeep.console.support.reports.SecurityReportsView;
import com.coachkeep.console.support.subprocessors.SubProcessorsView;
import com.coachkeep.support.domain.SupportPermission;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The console's sections. The three planned ones are the plug-in points for the support work whose use cases are
 * being built (workspace look-up, break-glass grants, support actions): each becomes a view by giving its entry a view
 * class and the permission its use case checks; until then the navigation shows it as planned.
 */
@ApplicationScoped
public class ConsoleSections {
    public static final ConsoleSection HEALTH = new ConsoleSection("Platform health", HealthView.class, null, 10);
    public static final ConsoleSection WORKSPACE_LOOKUP = new ConsoleSection("Workspace look-up", null, null, 20);
    public static final ConsoleSection BREAK_GLASS_GRANTS = new ConsoleSection("Break-glass grants", null, null, 30);
    public static final ConsoleSection SUPPORT_ACTIONS = new ConsoleSection("Support actions", null, null, 40);
    public static final ConsoleSection SECURITY_REPORTS = new ConsoleSection("Security reports", SecurityReportsView.class,
            SupportPermission.SECURITY_REPORTS_MANAGE, 50);
    public static final ConsoleSection INCIDENTS = new ConsoleSection("Incidents", IncidentsView.class, SupportPermission.INCIDENTS_MANAGE,
            60);
    public static final ConsoleSection SUB_PROCESSORS = new ConsoleSection("Sub-processors", SubProcessorsView.class,
            SupportPermission.SUB_PROCESSORS_MANAGE, 70);

    /** Every section, in navigation order. */
    public List<ConsoleSection> all() {
        return List.of(HEALTH, WORKSPACE_LOOKUP, BREAK_GLASS_GRANTS, SUPPORT_ACTIONS, SECURITY_REPORTS, INCIDENTS, SUB_PROCESSORS);
    }
}
