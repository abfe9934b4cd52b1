package com.coachkeep.infrastructure.persistence.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "coach_note")
public class CoachNoteEntity {
    @Id
    public UUID id;
    @Column(name = "workspace_id", nullable = false, updatable = false)
    public UUID workspaceId;
    @Column(name = "client_id", nullable = false, updatable = false)
    public UUID clientId;
    @Column(name = "author_id", nullable = false, updatable = false)
    public UUID authorId;
    /** Plaintext of a note written before notes were encrypted, until the start-up step encrypts it; else null. */
    @Column(name = "body")
    public String body;
    /** The body encrypted under the client's field key (see {@link JpaCoachNoteRepository#location}). */
    @Column(name = "body_ct")
    public byte[] bodyCiphertext;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
