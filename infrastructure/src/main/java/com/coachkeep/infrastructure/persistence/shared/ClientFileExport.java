package com.coachkeep.infrastructure.persistence.shared;

import com.coachkeep.privacy.application.port.out.ExportArchivePort;
import com.coachkeep.privacy.application.port.out.PersonalDataExportPort;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.FileId;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The export of a feature that keeps one file about a client per row (progress photos, message attachments): the
 * rows, a page at a time, as one CSV whose last column is the file's path in the archive, then each file as stored,
 * decrypted, in its client's folder ({@code <client>/<name>}). The owner's export holds every client's rows and files;
 * a client's export, their own. Other copies of a file (thumbnails) are not exported.
 *
 * @param <T> what a row is
 */
public abstract class ClientFileExport<T> implements PersonalDataExportPort {
    static final int PAGE = 200;

    @PersistenceContext(unitName = Persistence.UNIT)
    protected EntityManager em;
    @Inject
    protected TenantScope tenant;

    private final String feature;
    private final List<String> tables;
    private final String select;
    private final String order;
    private final String csv;
    private final List<String> header;

    /**
     * @param feature the feature's name, its folder in the archive
     * @param tables  the tables its export covers
     * @param table   the table with a row per file (with {@code workspace_id} and {@code client_id})
     * @param columns the columns {@link #row} reads
     * @param order   the rows' order: by {@code client_id} first, unique with its last column
     * @param csv     the CSV's name
     * @param header  the CSV's header, the file's path last
     */
    protected ClientFileExport(String feature, List<String> tables, String table, String columns, String order, String csv,
            List<String> header) {
        this.feature = feature;
        this.tables = List.copyOf(tables);
        this.select = "select " + columns + " from " + table + " where workspace_id = ?1";
        this.order = " order by " + order + " limit ?2 offset ?3";
        this.csv = csv;
        this.header = List.copyOf(header);
    }

    /** The item of one row of the columns. */
    protected abstract T row(WorkspaceId workspaceId, Object[] row);

    /** Where the item's file is: whose, which, and its name in the client's folder. */
    protected abstract ClientFile file(T item);

    /** The item's CSV row, ending with the file's path in the archive. */
    protected abstract List<String> csvRow(T item, String path);

    /** A stored file about a client, and its name in the client's folder of the archive. */
    public record ClientFile(ClientId clientId, UUID fileId, String name) {
        String path() {
            return clientId + "/" + name;
        }
    }

    @Override
    public String feature() {
        return feature;
    }

    @Override
    public List<String> tables() {
        return tables;
    }

    @Override
    public void exportWorkspace(WorkspaceId workspaceId, ExportArchivePort archive) {
        export(workspaceId, null, archive);
    }

    @Override
    public void exportClient(WorkspaceId workspaceId, ClientId clientId, ExportArchivePort archive) {
        export(workspaceId, clientId, archive);
    }

    private void export(WorkspaceId workspaceId, ClientId only, ExportArchivePort archive) {
        List<T> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<T> page = page(workspaceId, only, offset);
            all.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
        }
        archive.csv(csv, header, all.stream().map(item -> csvRow(item, file(item).path())).iterator());
        for (T item : all) {
            ClientFile file = file(item);
            archive.file(file.path(), DataSubject.client(workspaceId, file.clientId()), new FileId(file.fileId()));
        }
    }

    @SuppressWarnings("unchecked")
    private List<T> page(WorkspaceId workspaceId, ClientId only, int offset) {
        tenant.workspace(workspaceId);
        var q = em.createNativeQuery(select + (only == null ? "" : " and client_id = ?4") + order)
                .setParameter(1, workspaceId.value()).setParameter(2, PAGE).setParameter(3, offset);
        if (only != null) {
            q.setParameter(4, only.value());
        }
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> row(workspaceId, r)).toList();
    }
}
