package com.coachkeep.console.layout;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** Shown instead of a view the staff member's role may not use. */
@Route(value = "denied", layout = MainLayout.class)
@PageTitle("Not for your role")
public class AccessDeniedView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    public AccessDeniedView() {
        H2 title = new H2("Not for your role");
        title.setId("access-denied");
        add(title, new Paragraph("Your internal role does not include this work. If you need it, ask an admin to change your "
                + "role at the identity provider."));
    }
}
