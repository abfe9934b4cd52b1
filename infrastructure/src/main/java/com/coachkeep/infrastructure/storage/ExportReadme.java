package com.coachkeep.infrastructure.storage;

import com.coachkeep.privacy.application.port.out.ExportArchiveStorePort;
import java.util.Map;

/** The README.txt at the root of every export archive: what the archive is and what each folder holds. */
final class ExportReadme {
    private static final Map<String, String> FOLDERS = Map.of(
            "workspace", """
                    workspace.json            the workspace's settings (name, time zone, currency, locale, colour, policies)
                    memberships/<id>.json     every membership: the person's id, name and email, role, status, dates
                    invitations/<id>.json     invitations sent (address, role, status, dates; never the link's secret)
                    roles/<id>.json           custom roles and their permissions""",
            "roster", """
                    clients/<id>.json         client records (name, email, assigned coach membership, tags, status, dates)
                    notes/<id>.json           coach notes, decrypted: client, author, time and text; "erased": true and
                                              "body": null for a note whose client's key was destroyed""",
            "notification", """
                    preferences.json          which optional emails the person receives (in a client's own export only)""",
            "support", """
                    grants/<id>.json          every time Coachkeep support had access to the workspace: the staff
                                              identity, reason, ticket, scope, times, approval and number of views
                                              (only in the owner's export of the whole workspace)""",
            "audit", """
                    events.csv                the workspace's audit trail, one event a row in sequence order, with each
                                              event's previousHash and hash (SHA-256 chain, see the API docs); only in
                                              the owner's export of the whole workspace""");

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
            String folders = FOLDERS.get(f.name());
            if (folders != null) {
                folders.lines().forEach(line -> s.append("    ").append(line).append('\n'));
            }
            s.append('\n');
        }
        return s.toString();
    }
}
