package com.coachkeep.privacy.application.port.out;

import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.util.List;

/**
 * The export half of the data-rights contract. Every bounded context that stores personal data provides one
 * implementation (a CDI bean in its persistence adapter) that writes its data into an export archive, streaming
 * (page by page, never the whole table in memory). The export use cases find them all, so a feature added later
 * is exported by adding its implementation. A test compares {@link #tables()} of all implementations with the
 * database catalog and fails when a table is covered by none.
 */
public interface PersonalDataExportPort {
    /** The feature's name ({@code roster}): its folder in the archive. */
    String feature();

    /** The tables whose data this feature exports. */
    List<String> tables();

    /**
     * What the feature's folder holds, for the archive's README: one line per file pattern, the pattern padded to 26
     * characters, then its description (continuation lines indented to match).
     */
    String readme();

    /** Writes everything of the workspace this feature holds (for the owner's export). */
    void exportWorkspace(WorkspaceId workspaceId, ExportArchivePort archive);

    /** Writes what this feature holds about one client (for the client's own export). */
    void exportClient(WorkspaceId workspaceId, ClientId clientId, ExportArchivePort archive);
}
