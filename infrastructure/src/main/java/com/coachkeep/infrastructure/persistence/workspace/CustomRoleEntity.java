package com.coachkeep.infrastructure.persistence.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The table's key is (workspace_id, id); the id alone is unique too, which is what JPA is told. Permissions are
 * stored as their names, comma-separated.
 */
@Entity
@Table(name = "custom_role")
public class CustomRoleEntity {
    @Id
    public UUID id;
    @Column(name = "workspace_id", nullable = false, updatable = false)
    public UUID workspaceId;
    @Column(name = "name", nullable = false)
    public String name;
    @Column(name = "permissions", nullable = false)
    public String permissions;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
