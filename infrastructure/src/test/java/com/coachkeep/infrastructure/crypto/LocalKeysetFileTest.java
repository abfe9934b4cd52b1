package com.coachkeep.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKeysetFileTest {
    @TempDir
    Path temp;

    @Test
    void theKeyFileIsGeneratedOnceReadableByTheOwnerOnlyAndReused() throws Exception {
        Path file = temp.resolve("data/keys/kek.json");
        TinkKeyVault first = TinkKeyVault.localFile(file);
        byte[] ad = "subject".getBytes(StandardCharsets.UTF_8);
        byte[] wrapped = first.wrap("data key".getBytes(StandardCharsets.UTF_8), ad);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        String json = Files.readString(file);
        assertTrue(json.contains("AesGcmKey"), json);

        TinkKeyVault again = TinkKeyVault.localFile(file);
        assertArrayEquals("data key".getBytes(StandardCharsets.UTF_8), again.unwrap(wrapped, ad));
        assertEquals(json, Files.readString(file), "the file is not rewritten");
        assertThrows(SecurityException.class, () -> again.unwrap(wrapped, "other".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aKeyFileOthersCanReadIsRefused() throws Exception {
        Path file = temp.resolve("keys/kek.json");
        TinkKeyVault.localFile(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TinkKeyVault.localFile(file));
        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
    }

    @Test
    void aKmsUriWithoutItsIntegrationOnTheClassPathFailsWithInstructions() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KmsKeys.open("gcp-kms://projects/p/locations/eu/keyRings/r/cryptoKeys/k"));
        assertTrue(e.getMessage().contains("tink-gcpkms"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> KmsKeys.open("aws-kms://arn:aws:kms:eu-west-1:1:key/k"));
        assertTrue(e.getMessage().contains("tink-awskms"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> KmsKeys.open("vault://k"));
        assertTrue(e.getMessage().contains("COACHKEEP_KEK_URI"), e.getMessage());
    }
}
