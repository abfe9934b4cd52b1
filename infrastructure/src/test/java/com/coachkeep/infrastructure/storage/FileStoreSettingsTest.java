package com.coachkeep.infrastructure.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class FileStoreSettingsTest {
    static Config config(Map<String, String> values) {
        return (Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[] {Config.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getOptionalValue")) {
                        return Optional.ofNullable(values.get((String) args[0]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theLocalFolderUnderTheDataDirectoryIsTheDefault() {
        FileStoreSettings settings = FileStoreSettings.from(config(Map.of("coachkeep.data.dir", "/srv/coachkeep")));
        assertEquals("local", settings.kind());
        assertEquals(Path.of("/srv/coachkeep/files"), settings.local());
        assertNull(settings.s3());
    }

    @Test
    void anS3CompatibleServiceIsAddressedByPathWithExplicitCredentials() {
        FileStoreSettings settings = FileStoreSettings.from(config(Map.of(
                "coachkeep.data.dir", "/srv/coachkeep",
                "coachkeep.files.store", "S3",
                "coachkeep.files.s3.bucket", "coachkeep-files",
                "coachkeep.files.s3.endpoint", "https://minio.internal:9000",
                "coachkeep.files.s3.access-key-id", "id",
                "coachkeep.files.s3.secret-access-key", "secret")));
        assertEquals("s3", settings.kind());
        assertEquals(Optional.of(URI.create("https://minio.internal:9000")), settings.s3().endpoint());
        assertTrue(settings.s3().pathStyle());
        assertEquals("us-east-1", settings.s3().region());
        assertEquals(Path.of("/srv/coachkeep/files-scratch"), settings.s3().scratch());
    }

    @Test
    void awsItselfUsesVirtualHostsAndThePlatformsCredentials() {
        FileStoreSettings settings = FileStoreSettings.from(config(Map.of(
                "coachkeep.files.store", "s3", "coachkeep.files.s3.bucket", "b", "coachkeep.files.s3.region", "eu-central-1")));
        assertFalse(settings.s3().pathStyle());
        assertTrue(settings.s3().accessKeyId().isEmpty());
        assertEquals("eu-central-1", settings.s3().region());
    }

    @Test
    void aMissingBucketHalfCredentialsOrAnUnknownStoreAreRefusedByName() {
        IllegalStateException bucket = assertThrows(IllegalStateException.class,
                () -> FileStoreSettings.from(config(Map.of("coachkeep.files.store", "s3"))));
        assertTrue(bucket.getMessage().contains("coachkeep.files.s3.bucket"));
        IllegalStateException half = assertThrows(IllegalStateException.class, () -> FileStoreSettings.from(config(Map.of(
                "coachkeep.files.store", "s3", "coachkeep.files.s3.bucket", "b", "coachkeep.files.s3.access-key-id", "id"))));
        assertTrue(half.getMessage().contains("secret-access-key"));
        IllegalStateException kind = assertThrows(IllegalStateException.class,
                () -> FileStoreSettings.from(config(Map.of("coachkeep.files.store", "gcs"))));
        assertTrue(kind.getMessage().contains("coachkeep.files.store"));
    }
}
