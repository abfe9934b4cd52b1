package com.coachkeep.infrastructure.storage;

import com.coachkeep.infrastructure.crypto.DataKeys;
import com.coachkeep.privacy.application.port.out.FileStorePort;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.FileId;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The file store {@code coachkeep.files.store} selects: local disk (the default) or an S3-compatible object store.
 * Both encrypt before they write, with the same names and associated data, so the application cannot tell them
 * apart. Chosen on first use, so a wrong setting fails the first file operation with a message naming the setting.
 */
@ApplicationScoped
public class ConfiguredFileStore implements FileStorePort {
    private static final Logger LOG = Logger.getLogger(ConfiguredFileStore.class.getName());

    @Inject
    DataKeys keys;
    @Inject
    Config config;

    private volatile FileStorePort store;

    @Override
    public long put(DataSubject owner, FileId id, InputStream content) throws IOException {
        return store().put(owner, id, content);
    }

    @Override
    public Optional<InputStream> get(DataSubject owner, FileId id) throws IOException {
        return store().get(owner, id);
    }

    @Override
    public boolean delete(DataSubject owner, FileId id) throws IOException {
        return store().delete(owner, id);
    }

    @Override
    public int deleteAll(DataSubject owner) throws IOException {
        return store().deleteAll(owner);
    }

    private FileStorePort store() {
        FileStorePort current = store;
        if (current == null) {
            synchronized (this) {
                current = store;
                if (current == null) {
                    FileStoreSettings settings = FileStoreSettings.from(config);
                    current = switch (settings.kind()) {
                        case FileStoreSettings.S3_KIND -> S3FileStore.of(settings.s3(), keys);
                        default -> LocalFileStore.of(settings.local(), keys);
                    };
                    LOG.info(() -> "file store: " + (settings.s3() == null ? "local folder " + settings.local().toAbsolutePath()
                            : "S3 bucket " + settings.s3().bucket() + settings.s3().endpoint().map(e -> " at " + e).orElse("")));
                    store = current;
                }
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (store instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.fine(() -> "closing the file store: " + e);
            }
        }
    }
}
