package com.coachkeep.console.layout;

import com.coachkeep.support.domain.InternalRole;
import com.coachkeep.support.domain.SupportPermission;
import com.vaadin.flow.component.Component;

/**
 * One entry of the console's navigation ({@link ConsoleSections}); the main layout lists the sections the signed-in
 * staff member's role may use, in {@link #order()}.
 *
 * @param label      what the navigation shows
 * @param view       the view's class (a {@code @Route} in the main layout), or {@code null} for a planned section
 * @param permission what the role needs for it, or {@code null} when every member of staff may use it
 * @param order      its place in the navigation
 */
public record ConsoleSection(String label, Class<? extends Component> view, SupportPermission permission, int order) {

    public boolean visibleTo(InternalRole role) {
        return permission == null || role.grants(permission);
    }

    public boolean planned() {
        return view == null;
    }
}
