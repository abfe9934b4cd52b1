package com.coachkeep.infrastructure.persistence.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "workspace")
public class WorkspaceEntity {
    @Id
    public UUID id;
    @Column(name = "name", nullable = false)
    public String name;
    @Column(name = "timezone", nullable = false)
    public String timezone;
    @Column(name = "currency", nullable = false)
    public String currency;
    @Column(name = "locale", nullable = false)
    public String locale;
    @Column(name = "brand_color", nullable = false)
    public String brandColor;
    @Column(name = "coaches_see_all_clients", nullable = false)
    public boolean coachesSeeAllClients;
    @Column(name = "staff_mfa_required", nullable = false)
    public boolean staffMfaRequired;
    @Column(name = "owner_id", nullable = false)
    public UUID ownerId;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Column(name = "deletion_requested_at")
    public OffsetDateTime deletionRequestedAt;

    @Column(name = "suspended_at")
    public OffsetDateTime suspendedAt;
    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
