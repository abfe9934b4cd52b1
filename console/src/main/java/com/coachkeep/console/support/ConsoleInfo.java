package com.coachkeep.console.support;

/**
 * Names the support console and where it is served, so the deployable and the console's views
 * agree on one title and one path.
 *
 * @param title the name shown to support staff
 * @param path  the context-relative path the console is served under
 */
public record ConsoleInfo(String title, String path) {

    /** The console as it is deployed in the Coachkeep server. */
    public static final ConsoleInfo COACHKEEP = new ConsoleInfo("Coachkeep support console", "/console");

    public ConsoleInfo {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/'");
        }
    }
}
