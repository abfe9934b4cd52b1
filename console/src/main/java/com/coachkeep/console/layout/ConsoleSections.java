package com.coachkeep.console.layout;

import com.coachkeep.console.support.abuse.AbuseFlagsView;
import com.coachkeep.console.support.actions.SupportActionsView;
import com.coachkeep.console.support.grants.SupportGrantsView;
import com.coachkeep.console.support.health.HealthView;
import com.coachkeep.console.support.incidents.IncidentsView;
import com.coachkeep.console.support.lookup.WorkspaceLookupView;
import com.coachkeep.console.support.reports.SecurityReportsView;
import com.coachkeep.console.support.subprocessors.SubProcessorsView;
import com.coachkeep.support.domain.SupportPermission;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * The console's sections. A section is a view and the permission (or permissions, any of which will do, for a view
 * whose parts need different ones) its use cases check; an entry without a view is shown as not yet available.
 */
@ApplicationScoped
public class ConsoleSections {
    public static final ConsoleSection HEALTH = new ConsoleSection("Platform health", HealthView.class, Set.of(), 10);
    public static final ConsoleSection WORKSPACE_LOOKUP = new ConsoleSection("Workspace look-up", WorkspaceLookupView.class,
            SupportPermission.WORKSPACE_LOOKUP, 20);
    public static final ConsoleSection BREAK_GLASS_GRANTS = new ConsoleSection("Break-glass grants", SupportGrantsView.class,
            Set.of(SupportPermission.GRANT_REQUEST, SupportPermission.GRANT_APPROVE), 30);
    public static final ConsoleSection SUPPORT_ACTIONS = new ConsoleSection("Support actions", SupportActionsView.class,
            SupportActionsView.SECTION_PERMISSIONS, 40);
    public static final ConsoleSection SECURITY_REPORTS = new ConsoleSection("Security reports", SecurityReportsView.class,
            SupportPermission.SECURITY_REPORTS_MANAGE, 50);
    public static final ConsoleSection ABUSE_FLAGS = new ConsoleSection("Abuse flags", AbuseFlagsView.class,
            SupportPermission.ABUSE_FLAGS_MANAGE, 55);
    public static final ConsoleSection INCIDENTS = new ConsoleSection("Incidents", IncidentsView.class, SupportPermission.INCIDENTS_MANAGE,
            60);
    public static final ConsoleSection SUB_PROCESSORS = new ConsoleSection("Sub-processors", SubProcessorsView.class,
            SupportPermission.SUB_PROCESSORS_MANAGE, 70);

    /** Every section, in navigation order. */
    public List<ConsoleSection> all() {
        return List.of(HEALTH, WORKSPACE_LOOKUP, BREAK_GLASS_GRANTS, SUPPORT_ACTIONS, SECURITY_REPORTS, ABUSE_FLAGS, INCIDENTS, SUB_PROCESSORS);
    }
}
