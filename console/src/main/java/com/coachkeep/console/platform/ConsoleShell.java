package com.coachkeep.console.platform;

import com.coachkeep.console.support.ConsoleInfo;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page every console view lives in: the stock Lumo theme (no custom front-end build), no indexing by robots. */
@Theme(themeClass = Lumo.class)
@Meta(name = "robots", content = "noindex, nofollow")
public class ConsoleShell implements AppShellConfigurator {
    private static final long serialVersionUID = 1L;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle(ConsoleInfo.COACHKEEP.title());
    }
}
