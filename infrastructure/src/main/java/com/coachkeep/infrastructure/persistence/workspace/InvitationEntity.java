package com.coachkeep.infrastructure.persistence.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "invitation")
public class InvitationEntity {
    @Id
    public UUID id;
    @Column(name = "workspace_id", nullable = false, updatable = false)
    public UUID workspaceId;
    @Column(name = "email", nullable = false)
    public String email;
    @Column(name = "role", nullable = false)
    public String role;
    @Column(name = "token_hash", nullable = false)
    public String tokenHash;
    /** Nullable uuid columns are mapped as text: EclipseLink 4.0 cannot read a null uuid into a UUID field. */
    @Column(name = "client_id")
    public String clientId;
    @Column(name = "invited_by", nullable = false)
    public UUID invitedBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;
    @Column(name = "status", nullable = false)
    public String status;
    @Column(name = "accepted_by")
    public String acceptedBy;
    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;
}
