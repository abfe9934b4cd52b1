package com.coachkeep.infrastructure.persistence.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "person")
public class PersonEntity {
    @Id
    public UUID id;
    @Column(name = "issuer", nullable = false)
    public String issuer;
    @Column(name = "subject", nullable = false)
    public String subject;
    @Column(name = "email")
    public String email;
    @Column(name = "email_verified", nullable = false)
    public boolean emailVerified;
    @Column(name = "display_name")
    public String displayName;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
