package com.coachkeep.privacy.application.port.in;

import com.coachkeep.privacy.domain.ExportId;
import com.coachkeep.shared.application.Caller;
import java.io.InputStream;

/**
 * Opens an export's archive for the person who asked for it, through the current download link, while they are
 * still a member of the workspace; recorded in the audit trail.
 */
public interface DownloadExportUseCase {
    ExportDownload download(Caller caller, ExportId id, String token);

    /** The archive, decrypted while it is read; the caller closes the stream. */
    record ExportDownload(String fileName, long size, InputStream content) {
    }
}
