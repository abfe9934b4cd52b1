package com.coachkeep.console.layout;

import com.coachkeep.support.domain.InternalRole;
import com.coachkeep.support.domain.SupportPermission;
import com.vaadin.flow.component.Component;
import java.util.Set;

/**
 * One entry of the console's navigation ({@link ConsoleSections}); the main layout lists the sections the signed-in
 * staff member's role may use, in {@link #order()}.
 *
 * @param label      what the navigation shows
 * @param view       the view's class (a {@code @Route} in the main layout), or {@code null} for a planned section
 * @param permissions what the role needs for it, any one of them (a view whose parts need different permissions), or
 *                    none when every member of staff may use it
 * @param order       its place in the navigation
 */
public record ConsoleSection(String label, Class<? extends Component> view, Set<SupportPermission> permissions, int order) {
    public ConsoleSection {
        permissions = Set.copyOf(permissions);
    }

    /** A section that needs one permission, or none ({@code null}) when every member of staff may use it. */
    public ConsoleSection(String label, Class<? extends Component> view, SupportPermission permission, int order) {
        this(label, view, permission == null ? Set.of() : Set.of(permission), order);
    }

    public boolean visibleTo(InternalRole role) {
        return permissions.isEmpty() || permissions.stream().anyMatch(role::grants);
    }

    public boolean planned() {
        return view == null;
    }
}
