package com.coachkeep.infrastructure.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.infrastructure.crypto.DataKeys;
import com.coachkeep.privacy.application.port.out.FileStorePort;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.privacy.domain.FileId;
import com.coachkeep.roster.domain.ClientId;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.Optional;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 adapter against a real S3 API server (S3Proxy over an in-memory blob store, on a loopback port), with
 * signed requests and path-style addressing as an S3-compatible service is configured in production.
 */
class S3FileStoreTest extends FileStoreContract {
    static final String BUCKET = "coachkeep-files";
    static final String ACCESS = "test-access-key";
    static final String SECRET = "test-secret-key";
    static BlobStoreContext blobs;
    static S3Proxy proxy;
    static URI endpoint;

    S3FileStore s3Store;
    S3Client raw;

    @BeforeAll
    static void startS3() throws Exception {
        blobs = ContextBuilder.newBuilder("transient").credentials("identity", "credential").build(BlobStoreContext.class);
        blobs.getBlobStore().createContainerInLocation(null, BUCKET);
        proxy = S3Proxy.builder().blobStore(blobs.getBlobStore())
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS, SECRET)
                .endpoint(URI.create("http://127.0.0.1:0")).build();
        proxy.start();
        for (int i = 0; i < 100 && !"STARTED".equals(proxy.getState()); i++) {
            Thread.sleep(50);
        }
        endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    @AfterAll
    static void stopS3() throws Exception {
        proxy.stop();
        blobs.close();
    }

    FileStoreSettings.S3 settings(String prefix) {
        return new FileStoreSettings.S3(BUCKET, Optional.of(endpoint), "us-east-1", prefix, true,
                Optional.of(ACCESS), Optional.of(SECRET), temp.resolve("scratch"));
    }

    @Override
    FileStorePort newStore(DataKeys keys) {
        s3Store = S3FileStore.of(settings("tenants/"), keys);
        raw = S3Client.builder().endpointOverride(endpoint).forcePathStyle(true)
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .requestChecksumCalculation(software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(software.amazon.awssdk.core.checksums.ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(ACCESS, SECRET)))
                .build();
        return s3Store;
    }

    @AfterEach
    void closeClients() {
        s3Store.close();
        raw.close();
    }

    @Override
    byte[] rawBytes(DataSubject owner, FileId id) {
        return raw.getObjectAsBytes(b -> b.bucket(BUCKET).key(s3Store.key(owner, id))).asByteArray();
    }

    @Override
    void writeRaw(DataSubject owner, FileId id, byte[] bytes) {
        raw.putObject(b -> b.bucket(BUCKET).key(s3Store.key(owner, id)), RequestBody.fromBytes(bytes));
    }

    @Test
    void objectsAreNamedByWorkspaceSubjectAndIdUnderThePrefixAndNoScratchFileStays() throws Exception {
        FileId id = FileId.newId();
        store.put(client, id, new ByteArrayInputStream(new byte[10]));
        String expected = "tenants/" + workspace + "/client-" + client.id() + "/" + id;
        assertEquals(expected, s3Store.key(client, id));
        assertTrue(raw.listObjectsV2(b -> b.bucket(BUCKET).prefix("tenants/" + workspace + "/")).contents().stream()
                .anyMatch(o -> o.key().equals(expected)));
        try (var left = Files.list(temp.resolve("scratch"))) {
            assertEquals(0, left.count(), "the ciphertext's scratch copy is removed after the upload");
        }
    }

    @Test
    void deletingAllOfASubjectCoversMoreThanOneListingPage() throws Exception {
        DataSubject many = DataSubject.client(workspace, ClientId.newId());
        for (int i = 0; i < 1005; i++) {
            writeRaw(many, FileId.newId(), new byte[] {1});
        }
        assertEquals(1005, store.deleteAll(many));
        assertTrue(raw.listObjectsV2(b -> b.bucket(BUCKET).prefix("tenants/" + workspace + "/client-" + many.id()))
                .contents().isEmpty());
    }

    @Test
    void aFileWrittenByTheLocalStoreReadsFromTheObjectStoreAfterACopy() throws Exception {
        LocalFileStore local = LocalFileStore.of(temp.resolve("files"), keys);
        FileId id = FileId.newId();
        local.put(client, id, new ByteArrayInputStream("moved between stores".getBytes()));
        writeRaw(client, id, Files.readAllBytes(local.subjectDirectory(client).resolve(id.toString())));
        try (var in = store.get(client, id).orElseThrow()) {
            assertEquals("moved between stores", new String(in.readAllBytes()));
        }
    }
}
