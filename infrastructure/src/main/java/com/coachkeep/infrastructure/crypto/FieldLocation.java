package com.coachkeep.infrastructure.crypto;

import com.coachkeep.privacy.domain.DataSubject;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Where an encrypted value lives: its subject (hence workspace and key), table, column and row. It is the
 * ciphertext's associated data, so a value copied to another row, column, subject or workspace does not decrypt.
 */
public record FieldLocation(DataSubject subject, String table, String column, UUID rowId) {
    public FieldLocation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(rowId, "rowId");
    }

    byte[] associatedData() {
        return ("coachkeep/field/v1|" + subject.workspaceId() + "|" + subject + "|" + table + "|" + column + "|" + rowId)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return table + "." + column + " of row " + rowId + " (" + subject + ")";
    }
}
