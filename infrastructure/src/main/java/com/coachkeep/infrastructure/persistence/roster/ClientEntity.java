package com.coachkeep.infrastructure.persistence.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "client")
public class ClientEntity {
    @Id
    public UUID id;
    @Column(name = "workspace_id", nullable = false, updatable = false)
    public UUID workspaceId;
    @Column(name = "display_name", nullable = false)
    public String displayName;
    /** Lower-cased name: the sort and search key of the roster. */
    @Column(name = "sort_name", nullable = false)
    public String sortName;
    @Column(name = "email", nullable = false)
    public String email;
    /** Nullable uuid columns are mapped as text: EclipseLink 4.0 cannot read a null uuid into a UUID field. */
    @Column(name = "person_id")
    public String personId;
    @Column(name = "assigned_coach_id")
    public String assignedCoachId;
    /** Comma-separated; tags cannot contain commas. */
    @Column(name = "tags", nullable = false)
    public String tags;
    @Column(name = "status", nullable = false)
    public String status;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
