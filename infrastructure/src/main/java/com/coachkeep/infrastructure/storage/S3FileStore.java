package com.coachkeep.infrastructure.storage;

import com.coachkeep.infrastructure.crypto.DataKeys;
import com.coachkeep.privacy.application.port.out.FileStorePort;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.FileId;
import com.coachkeep.privacy.domain.SubjectErasedException;
import com.google.crypto.tink.StreamingAead;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Files in an S3-compatible object store (AWS S3, MinIO, Ceph, R2, …), under the object key
 * {@code <prefix><workspace id>/<client|workspace>-<subject id>/<file id>} — the same names and the same encryption as
 * the local store, so the object store only ever holds ciphertext that is bound to its key.
 *
 * <p>Why a scratch file: an object's length must be known before its upload starts, and the ciphertext's length is
 * only known once the content has been encrypted. The file is encrypted into a private scratch file (64 KB at a time,
 * so memory does not grow with the file), uploaded, then removed; reading streams the object through the decrypting
 * stream. Checksums are sent only where S3 requires them: the newer CRC headers are refused by many S3-compatible
 * services. For the same reason a subject's files are deleted one request each rather than by the batch delete,
 * which always carries one (a few milliseconds a file, inside a deletion job that reports progress).
 */
public final class S3FileStore implements FileStorePort, AutoCloseable {
    /** The sub-processor of Amazon's own S3 (no endpoint configured, or an amazonaws.com one), as the public list names it. */
    public static final String AMAZON_S3 = "Amazon S3";

    /**
     * The sub-processor this adapter stores files with (P-OWN-1): Amazon S3 itself, or the S3-compatible service the
     * operator names in {@code coachkeep.files.s3.sub-processor} (reported as undeclared when they named none).
     */
    public static String subProcessor(FileStoreSettings.S3 settings, java.util.Optional<String> named) {
        if (named.isPresent()) {
            return named.get();
        }
        boolean amazon = settings.endpoint().map(u -> u.getHost() != null && u.getHost().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".amazonaws.com")).orElse(true);
        return amazon ? AMAZON_S3 : com.coachkeep.infrastructure.platform.SubProcessors.UNDECLARED;
    }
    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final Path scratch;
    private final DataKeys keys;

    S3FileStore(S3Client s3, String bucket, String prefix, Path scratch, DataKeys keys) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
        this.scratch = scratch;
        this.keys = keys;
    }

    public static S3FileStore of(FileStoreSettings.S3 settings, DataKeys keys) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.builder().build())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(credentials(settings));
        settings.endpoint().ifPresent(builder::endpointOverride);
        return new S3FileStore(builder.build(), settings.bucket(), settings.prefix(), settings.scratch(), keys);
    }

    private static AwsCredentialsProvider credentials(FileStoreSettings.S3 settings) {
        if (settings.accessKeyId().isPresent()) {
            return StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKeyId().get(), settings.secretAccessKey().orElseThrow()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    @Override
    public long put(DataSubject owner, FileId id, InputStream content) throws IOException {
        StreamingAead aead = keys.fileKeyForWriting(owner);
        Path temp = scratchFile(id);
        try {
            long size = EncryptedFiles.encrypt(aead, owner, id, content, temp);
            s3.putObject(b -> b.bucket(bucket).key(key(owner, id)).contentType("application/octet-stream"),
                    RequestBody.fromFile(temp));
            return size;
        } catch (SdkException e) {
            throw new IOException("Could not store file " + id + " in bucket " + bucket, e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public Optional<InputStream> get(DataSubject owner, FileId id) throws IOException {
        ResponseInputStream<GetObjectResponse> raw;
        try {
            raw = s3.getObject(b -> b.bucket(bucket).key(key(owner, id)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new IOException("Could not read file " + id + " from bucket " + bucket, e);
        }
        Optional<StreamingAead> aead = keys.fileKeyForReading(owner);
        if (aead.isEmpty()) {
            raw.abort();
            throw new SubjectErasedException(owner);
        }
        return Optional.of(EncryptedFiles.decrypting(aead.get(), owner, id, raw));
    }

    @Override
    public boolean delete(DataSubject owner, FileId id) throws IOException {
        String key = key(owner, id);
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("Could not look up file " + id + " in bucket " + bucket, e);
        } catch (SdkException e) {
            throw new IOException("Could not look up file " + id + " in bucket " + bucket, e);
        }
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (SdkException e) {
            throw new IOException("Could not delete file " + id + " from bucket " + bucket, e);
        }
    }

    @Override
    public int deleteAll(DataSubject owner) throws IOException {
        String subjectPrefix = prefix + EncryptedFiles.subjectPath(owner) + "/";
        int deleted = 0;
        try {
            for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(subjectPrefix)).contents()) {
                s3.deleteObject(b -> b.bucket(bucket).key(object.key()));
                deleted++;
            }
        } catch (SdkException e) {
            throw new IOException("Could not delete the files of " + owner + " from bucket " + bucket
                    + " (" + deleted + " deleted before the failure)", e);
        }
        return deleted;
    }

    String key(DataSubject owner, FileId id) {
        return prefix + EncryptedFiles.subjectPath(owner) + "/" + id;
    }

    private Path scratchFile(FileId id) throws IOException {
        try {
            if (!Files.isDirectory(scratch)) {
                Files.createDirectories(scratch);
            }
            return scratch.getFileSystem().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempFile(scratch, "." + id, ".upload",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(scratch, "." + id, ".upload");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
