package com.coachkeep.console.layout;

import com.coachkeep.console.signin.CurrentStaff;
import com.coachkeep.console.signin.SignOutServlet;
import com.coachkeep.console.signin.StaffSession;
import com.coachkeep.console.support.ConsoleInfo;
import com.coachkeep.support.domain.InternalRole;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * The frame of every console view: title, who is signed in and as what, sign-out, and the navigation of the sections
 * this staff member's role may use. Navigation to a view the role may not use is refused here (and again by the use
 * case behind it).
 */
public class MainLayout extends AppLayout implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;

    @Inject
    public MainLayout(ConsoleSections sections) {
        StaffSession staff = CurrentStaff.require();
        H1 title = new H1(ConsoleInfo.COACHKEEP.title());
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        Span who = new Span(staff.displayName() + " · " + roleName(staff.role()));
        who.setId("signed-in-as");
        who.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Anchor signOut = new Anchor(SignOutServlet.PATH, "Sign out");
        signOut.setId("sign-out");
        signOut.setRouterIgnore(true);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, who, signOut);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(who);
        header.setWidthFull();
        header.addClassNames(LumoUtility.Padding.End.MEDIUM);
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.setId("console-nav");
        sections.all().stream().filter(s -> s.visibleTo(staff.role())).sorted(Comparator.comparingInt(ConsoleSection::order))
                .forEach(section -> nav.addItem(item(section)));
        Div drawer = new Div(nav);
        if (staff.mfaRelaxed()) {
            Span relaxed = new Span("Development sign-in: no second factor was required. Production always requires one.");
            relaxed.setId("mfa-relaxed");
            relaxed.getElement().getThemeList().add("badge contrast");
            relaxed.addClassNames(LumoUtility.Margin.MEDIUM, LumoUtility.Whitespace.NORMAL);
            drawer.add(relaxed);
        }
        addToDrawer(drawer);
    }

    private static SideNavItem item(ConsoleSection section) {
        if (section.planned()) {
            SideNavItem planned = new SideNavItem(section.label() + " (planned)");
            planned.setEnabled(false);
            return planned;
        }
        SideNavItem item = new SideNavItem(section.label(), RouteConfiguration.forSessionScope().getUrl(section.view()));
        item.setId("nav-" + section.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
        return item;
    }

    static String roleName(InternalRole role) {
        return switch (role) {
            case SUPPORT_AGENT -> "support agent";
            case SECURITY_OFFICER -> "security officer";
            case ADMIN -> "admin";
        };
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RequiresPermission required = event.getNavigationTarget().getAnnotation(RequiresPermission.class);
        if (required != null && Arrays.stream(required.value()).noneMatch(CurrentStaff.require().role()::grants)) {
            event.rerouteTo(AccessDeniedView.class);
        }
    }
}
