package com.coachkeep.infrastructure.storage;

import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.FileId;
import com.google.crypto.tink.StreamingAead;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Locale;

/**
 * What every file store shares, so a file written by one adapter has the same name and the same binding in another
 * (a move from local disk to an object store copies bytes; it does not re-encrypt): the subject's folder name and
 * the associated data that ties the ciphertext to its workspace, subject and file id.
 */
final class EncryptedFiles {
    static final int BUFFER = 64 * 1024;

    private EncryptedFiles() {
    }

    /** {@code <workspace id>/<client|workspace>-<subject id>}: the subject's folder, or its object-key prefix. */
    static String subjectPath(DataSubject owner) {
        return owner.workspaceId() + "/" + owner.kind().name().toLowerCase(Locale.ROOT) + "-" + owner.id();
    }

    static byte[] associatedData(DataSubject owner, FileId id) {
        return ("coachkeep/file/v1|" + owner.workspaceId() + "|" + owner + "|" + id).getBytes(StandardCharsets.UTF_8);
    }

    /** Encrypts the stream into {@code target} (created or truncated), 64 KB at a time; returns the plaintext size. */
    static long encrypt(StreamingAead aead, DataSubject owner, FileId id, InputStream content, Path target) throws IOException {
        long size = 0;
        try (OutputStream out = aead.newEncryptingStream(Files.newOutputStream(target), associatedData(owner, id))) {
            byte[] buffer = new byte[BUFFER];
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                out.write(buffer, 0, n);
                size += n;
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("Could not encrypt file " + id, e);
        }
        return size;
    }

    /** Wraps a ciphertext stream in a decrypting one; closes the raw stream when that fails. */
    static InputStream decrypting(StreamingAead aead, DataSubject owner, FileId id, InputStream raw) throws IOException {
        try {
            return aead.newDecryptingStream(raw, associatedData(owner, id));
        } catch (GeneralSecurityException | IOException e) {
            raw.close();
            throw e instanceof IOException io ? io : new IOException("File " + id + " does not decrypt", e);
        }
    }
}
