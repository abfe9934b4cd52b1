package com.coachkeep.infrastructure.storage;

import com.coachkeep.privacy.application.port.out.ExportArchiveStorePort;

/**
 * The README.txt at the root of every export archive: what the archive is and what each folder holds, as each
 * feature describes its own folder ({@code PersonalDataExportPort.readme()}).
 */
final class ExportReadme {
    private ExportReadme() {
    }

    static String text(ExportArchiveStorePort.Manifest m) {
        StringBuilder s = new StringBuilder();
        s.append("Coachkeep data export\n=====================\n\n");
        s.append("Export ").append(m.exportId()).append(", made ").append(m.createdAt()).append('\n');
        s.append("Workspace ").append(m.workspaceName()).append(" (").append(m.workspaceId()).append(")\n");
        s.append("WORKSPACE".equalsIgnoreCase(m.scope()) ? "Scope: the whole workspace (the owner's export)\n"
                : "Scope: the data of one client (" + m.clientId() + "), asked for by that client\n");
        s.append("""

                Format
                ------
                - One folder per feature of Coachkeep. A feature with nothing to export for this scope has no folder.
                - JSON (UTF-8, RFC 8259) for records: one file per record, named by its id; field names in camelCase.
                - CSV (UTF-8, RFC 4180, first row the header) for long series such as the audit trail.
                - Stored files (photos, attachments) are copied as they were uploaded, decrypted.
                - Times are RFC 3339 in UTC; ids are UUIDs; a missing value is null.
                - manifest.json lists the features and the database tables each one was read from.
                - Encrypted fields are decrypted. A value whose key was destroyed (its person deleted their data) is
                  marked "erased": true, never shown.

                Folders
                -------
                """);
        for (ExportArchiveStorePort.Feature f : m.features()) {
            s.append(f.name()).append("/   (from ").append(String.join(", ", f.tables())).append(")\n");
            if (f.readme() != null) {
                f.readme().lines().forEach(line -> s.append("    ").append(line).append('\n'));
            }
            s.append('\n');
        }
        return s.toString();
    }
}
