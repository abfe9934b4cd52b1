package com.coachkeep.infrastructure.platform;

import java.util.logging.Logger;

/**
 * Stops the whole server process when start-up is refused: an application that failed to start
 * would otherwise leave a running server that answers nothing useful, which an orchestrator
 * cannot tell from a healthy one. The exit happens on a thread of its own, a moment later, so
 * the failing start-up can unwind and be logged first and the server's own shutdown hook can
 * stop it in order.
 */
final class ServerHalt {

    private static final Logger LOG = Logger.getLogger(ServerHalt.class.getName());
    private static final long DELAY_MILLIS = 1_000;

    private ServerHalt() {
    }

    static void haltSoon(int status) {
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(DELAY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LOG.severe(() -> "Coachkeep is stopping the server (exit status " + status + ").");
            System.exit(status);
        }, "coachkeep-halt");
        halt.setDaemon(false);
        halt.start();
    }
}
