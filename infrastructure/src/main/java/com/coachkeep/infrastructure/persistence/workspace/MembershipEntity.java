package com.coachkeep.infrastructure.persistence.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The table's key is (workspace_id, id); the id alone is unique too, which is what JPA is told. */
@Entity
@Table(name = "membership")
public class MembershipEntity {
    @Id
    public UUID id;
    @Column(name = "workspace_id", nullable = false, updatable = false)
    public UUID workspaceId;
    @Column(name = "person_id", nullable = false, updatable = false)
    public UUID personId;
    @Column(name = "role", nullable = false)
    public String role;
    /** Nullable, hence text (see docs/architecture.md: EclipseLink and null uuids). */
    @Column(name = "custom_role_id")
    public String customRoleId;
    @Column(name = "status", nullable = false)
    public String status;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "removed_at")
    public OffsetDateTime removedAt;
}
