package com.coachkeep.privacy.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.privacy.domain.Backup;
import com.coachkeep.privacy.domain.BackupRetention;
import com.coachkeep.testing.fakes.FakeBackups;
import com.coachkeep.testing.fakes.MutableClock;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class BackupServiceTest {
    private static final Instant START = Instant.parse("2026-11-01T02:00:00Z");
    private final MutableClock clock = new MutableClock(START);
    private final FakeBackups.Database database = new FakeBackups.Database();
    private final FakeBackups.Store store = new FakeBackups.Store();
    private final BackupService service = new BackupService(database, new FakeBackups.Files(), store, BackupRetention.days(30), clock);

    @Tag("promise:P-BAK-1")
    @Test
    void aBackupHoldsTheDatabaseAndTheFilesTakenAtTheClocksTime() {
        Backup b = service.backUp();

        assertEquals(START, b.takenAt());
        assertEquals(List.of(BackupService.DATABASE_PART, BackupService.FILES_PART), List.copyOf(store.parts.get(b.name()).keySet()));
        assertEquals("dump", store.parts.get(b.name()).get(BackupService.DATABASE_PART).toString());
        assertEquals(List.of(b), store.list());
    }

    @Tag("promise:P-BAK-1")
    @Test
    void aFailedDumpLeavesNoBackupBehind() {
        database.fail = true;

        assertThrows(UncheckedIOException.class, service::backUp);

        assertTrue(store.list().isEmpty());
        assertEquals(1, store.abandoned);
    }

    @Tag("promise:P-BAK-1")
    @Test
    void aBackupIsTakenOnlyWhenTheNewestIsAsOldAsTheInterval() {
        Duration daily = Duration.ofDays(1);
        assertTrue(service.backUpIfDue(daily).isPresent(), "no backup yet: one is due");

        clock.advance(Duration.ofHours(23).plusMinutes(59));
        assertTrue(service.backUpIfDue(daily).isEmpty(), "23:59 after the last one: not due");

        clock.advance(Duration.ofMinutes(1));
        assertTrue(service.backUpIfDue(daily).isPresent(), "a day after the last one: due");
        assertEquals(2, store.list().size());
    }

    @Tag("promise:P-DEL-3")
    @Test
    void backupsOlderThanThirtyDaysArePrunedAndYoungerOnesKept() {
        Backup old = store.put(START.minus(Duration.ofDays(45)));
        Backup justExpired = store.put(START.minus(Duration.ofDays(30)).minusSeconds(1));
        Backup exactlyThirtyDays = store.put(START.minus(Duration.ofDays(30)));
        Backup recent = store.put(START.minus(Duration.ofDays(1)));

        List<Backup> pruned = service.prune();

        assertEquals(List.of(old, justExpired), pruned);
        assertEquals(List.of(exactlyThirtyDays, recent), store.list());
    }

    @Tag("promise:P-DEL-3")
    @Test
    void asTheClockMovesOnEveryBackupLeavesTheWindowEvenTheLastOne() {
        Backup only = service.backUp();

        clock.advance(Duration.ofDays(30));
        assertEquals(List.of(), service.prune(), "exactly 30 days old: still kept");

        clock.advance(Duration.ofSeconds(1));
        assertEquals(List.of(only), service.prune());
        assertTrue(store.list().isEmpty(), "no copy outlives the window, even when no newer backup was taken");
    }

    @Test
    void aRetentionBeyondThirtyDaysIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BackupRetention.days(31));
        assertThrows(IllegalArgumentException.class, () -> BackupRetention.days(0));
    }
}
