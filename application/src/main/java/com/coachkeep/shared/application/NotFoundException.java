package com.coachkeep.shared.application;

/**
 * The resource does not exist, or exists in a workspace or scope the actor cannot see: both answer the
 * same, so nobody can learn what other workspaces hold.
 */
public final class NotFoundException extends RuntimeException {
    private final String resource;

    public NotFoundException(String resource) {
        super(resource + " not found", null, false, false);
        this.resource = resource;
    }

    public String resource() {
        return resource;
    }
}
