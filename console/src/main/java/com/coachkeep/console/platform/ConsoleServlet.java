package com.coachkeep.console.platform;

import com.vaadin.cdi.CdiVaadinServlet;
import jakarta.servlet.annotation.WebInitParam;
import jakarta.servlet.annotation.WebServlet;

/**
 * Serves the console under {@code /console} (its static resources under {@code /console/VAADIN}), beside the REST API,
 * which keeps {@code /api/v1}. Declaring the servlet stops vaadin-cdi from deploying its own at {@code /*}.
 * {@code closeIdleSessions}: an open tab's heartbeats do not keep a session alive, so the idle timeout holds.
 */
@WebServlet(urlPatterns = "/console/*", name = "console", asyncSupported = true, loadOnStartup = 1, initParams = {
        @WebInitParam(name = "productionMode", value = "true"),
        @WebInitParam(name = "closeIdleSessions", value = "true") })
public class ConsoleServlet extends CdiVaadinServlet {
    private static final long serialVersionUID = 1L;
}
