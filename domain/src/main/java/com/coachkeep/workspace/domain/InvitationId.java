package com.coachkeep.workspace.domain;

import com.coachkeep.shared.domain.Ids;
import java.util.Objects;
import java.util.UUID;

public record InvitationId(UUID value) {
    public InvitationId {
        Objects.requireNonNull(value, "value");
    }

    public static InvitationId newId() {
        return new InvitationId(UUID.randomUUID());
    }

    public static InvitationId parse(String text) {
        return new InvitationId(Ids.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
