package com.coachkeep.shared.application;

import com.coachkeep.shared.domain.Refusal;

/**
 * The resource does not exist, or exists in a workspace or scope the actor cannot see: both answer the
 * same, so nobody can learn what other workspaces hold.
 */
public final class NotFoundException extends Refusal.NotFound {
    private final String resource;

    public NotFoundException(String resource) {
        super("not-found", resource + " not found");
        this.resource = resource;
    }

    public String resource() {
        return resource;
    }
}
