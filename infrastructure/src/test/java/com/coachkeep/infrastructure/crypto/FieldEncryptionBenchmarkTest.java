package com.coachkeep.infrastructure.crypto;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.coachkeep.infrastructure.platform.EmbeddedDatabase;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What encrypting a field costs, printed, never asserted: run with
 * {@code ./mvnw -pl infrastructure -am test -Dtest=FieldEncryptionBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false -Dcoachkeep.benchmark=true}.
 * It writes and reads a 500-character note through PostgreSQL (the embedded server, one row per statement, as a
 * request does) in plaintext and encrypted, and times the cipher alone with a warm key cache and a cold one (a
 * key unwrapped from the local key file on every operation).
 */
class FieldEncryptionBenchmarkTest {
    static final int WARMUP = 2_000;
    static final int ROUNDS = 5_000;
    static final String NOTE = "Knee pain after squats; keep loads light. ".repeat(12).substring(0, 500);

    @TempDir
    Path temp;

    @Test
    void measureFieldEncryptionCost() throws Exception {
        assumeTrue(Boolean.getBoolean("coachkeep.benchmark"), "a benchmark: run with -Dcoachkeep.benchmark=true");
        DataKeys keys = DataKeys.of(new InMemoryWrappedKeys(), TinkKeyVault.localFile(temp.resolve("keys/kek.json")),
                Clock.systemUTC(), Duration.ofMinutes(2), 10_000);
        FieldCipher cipher = FieldCipher.of(keys);
        DataSubject subject = DataSubject.client(WorkspaceId.newId(), ClientId.newId());
        List<String> report = new ArrayList<>();

        // the cipher alone
        FieldLocation at = new FieldLocation(subject, "coach_note", "body", UUID.randomUUID());
        byte[] ciphertext = cipher.encrypt(at, NOTE);
        for (int i = 0; i < WARMUP * 10; i++) {
            cipher.decrypt(at, cipher.encrypt(at, NOTE));
        }
        report.add(line("encrypt, warm key cache", time(ROUNDS * 10, i -> cipher.encrypt(at, NOTE))));
        report.add(line("decrypt, warm key cache", time(ROUNDS * 10, i -> cipher.decrypt(at, ciphertext))));
        report.add(line("decrypt, cold cache (unwrap each time)", time(ROUNDS, i -> {
            keys.forgetUnwrappedKeys();
            cipher.decrypt(at, ciphertext);
        })));

        // a client's program: the whole plan is one encrypted value, decrypted and parsed on every read of the program
        String plan = com.coachkeep.infrastructure.persistence.training.PlanJson.write(twelveWeekPlan());
        FieldLocation program = new FieldLocation(subject, "assigned_program", "plan", UUID.randomUUID());
        byte[] planCiphertext = cipher.encrypt(program, plan);
        for (int i = 0; i < WARMUP; i++) {
            com.coachkeep.infrastructure.persistence.training.PlanJson.read(cipher.decrypt(program, planCiphertext).orElseThrow());
        }
        String planSize = String.format(Locale.ROOT, " (%,d B)", plan.length());
        report.add(line("12-week plan" + planSize + ": encrypt", time(ROUNDS, i -> cipher.encrypt(program, plan))));
        report.add(line("12-week plan: decrypt", time(ROUNDS, i -> cipher.decrypt(program, planCiphertext))));
        report.add(line("12-week plan: parse the JSON (as before)", time(ROUNDS,
                i -> com.coachkeep.infrastructure.persistence.training.PlanJson.read(plan))));

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (EmbeddedDatabase.Running db = new EmbeddedDatabase().start(temp.resolve("postgres"), port);
             Connection c = db.dataSource(EmbeddedDatabase.OWNER_ROLE).getConnection()) {
            c.createStatement().execute("create table note (id uuid primary key, body text, body_ct bytea)");
            PreparedStatement plainInsert = c.prepareStatement("insert into note (id, body) values (?, ?)");
            PreparedStatement cipherInsert = c.prepareStatement("insert into note (id, body_ct) values (?, ?)");
            PreparedStatement plainSelect = c.prepareStatement("select body from note where id = ?");
            PreparedStatement cipherSelect = c.prepareStatement("select body_ct from note where id = ?");
            int n = WARMUP + ROUNDS;
            UUID[] plainIds = ids(n);
            UUID[] cipherIds = ids(n);
            Op plainWrite = i -> {
                plainInsert.setObject(1, plainIds[i]);
                plainInsert.setString(2, NOTE);
                plainInsert.executeUpdate();
            };
            Op cipherWrite = i -> {
                cipherInsert.setObject(1, cipherIds[i]);
                cipherInsert.setBytes(2, cipher.encrypt(new FieldLocation(subject, "note", "body", cipherIds[i]), NOTE));
                cipherInsert.executeUpdate();
            };
            Op plainRead = i -> {
                plainSelect.setObject(1, plainIds[i]);
                try (ResultSet rs = plainSelect.executeQuery()) {
                    rs.next();
                    rs.getString(1);
                }
            };
            Op cipherRead = i -> {
                cipherSelect.setObject(1, cipherIds[i]);
                try (ResultSet rs = cipherSelect.executeQuery()) {
                    rs.next();
                    cipher.decrypt(new FieldLocation(subject, "note", "body", cipherIds[i]), rs.getBytes(1));
                }
            };
            timeFrom(0, WARMUP, plainWrite);
            timeFrom(0, WARMUP, cipherWrite);
            timeFrom(0, WARMUP, plainRead);
            timeFrom(0, WARMUP, cipherRead);
            // alternating blocks, so that drift (JIT, WAL growth, other load on the machine) hits both sides alike
            double pw = 0, cw = 0, pr = 0, cr = 0;
            int blocks = 10;
            int block = ROUNDS / blocks;
            for (int b = 0; b < blocks; b++) {
                int from = WARMUP + b * block;
                pw += timeFrom(from, from + block, plainWrite) / blocks;
                cw += timeFrom(from, from + block, cipherWrite) / blocks;
            }
            for (int b = 0; b < blocks; b++) {
                int from = WARMUP + b * block;
                pr += timeFrom(from, from + block, plainRead) / blocks;
                cr += timeFrom(from, from + block, cipherRead) / blocks;
            }
            report.add(line("write, plaintext (insert, autocommit)", pw));
            report.add(line("write, encrypted", cw) + String.format(Locale.ROOT, "   ratio %.2f", cw / pw));
            report.add(line("read, plaintext (select by id)", pr));
            report.add(line("read, encrypted", cr) + String.format(Locale.ROOT, "   ratio %.2f", cr / pr));
        }
        System.out.println("Field encryption, 500-character value, " + ROUNDS + " operations each (" + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version") + "; encrypted side adds the 500-character "
                + "note's ciphertext of " + ciphertext.length + " bytes):");
        report.forEach(l -> System.out.println("  " + l));
    }

    /** Twelve weeks of four training days and three rest days, five exercises a day, four sets each at a % of 1RM. */
    static com.coachkeep.training.domain.ProgramPlan twelveWeekPlan() {
        List<com.coachkeep.training.domain.ProgramWeek> weeks = new ArrayList<>();
        for (int w = 0; w < 12; w++) {
            List<com.coachkeep.training.domain.ProgramDay> days = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                if (d == 2 || d >= 5) {
                    days.add(com.coachkeep.training.domain.ProgramDay.rest("Rest"));
                    continue;
                }
                List<com.coachkeep.training.domain.Block> blocks = new ArrayList<>();
                for (int e = 0; e < 5; e++) {
                    com.coachkeep.training.domain.SetPrescription set = com.coachkeep.training.domain.SetPrescription.reps(5,
                            new com.coachkeep.training.domain.LoadTarget.PercentOfOneRepMax(new java.math.BigDecimal(70 + w)));
                    blocks.add(com.coachkeep.training.domain.Block.single(new com.coachkeep.training.domain.BlockEntry(
                            com.coachkeep.training.domain.PlanKey.newKey(), com.coachkeep.training.domain.ExerciseId.newId(),
                            List.of(set, set, set, set), null)));
                }
                days.add(new com.coachkeep.training.domain.ProgramDay(com.coachkeep.training.domain.PlanKey.newKey(), "Day " + d,
                        false, blocks));
            }
            weeks.add(new com.coachkeep.training.domain.ProgramWeek(com.coachkeep.training.domain.PlanKey.newKey(), days));
        }
        return new com.coachkeep.training.domain.ProgramPlan(List.of(new com.coachkeep.training.domain.ProgramPhase(
                com.coachkeep.training.domain.PlanKey.newKey(), "Strength", weeks)));
    }

    @FunctionalInterface
    interface Op {
        void run(int i) throws Exception;
    }

    static UUID[] ids(int n) {
        UUID[] ids = new UUID[n];
        for (int i = 0; i < n; i++) {
            ids[i] = UUID.randomUUID();
        }
        return ids;
    }

    /** Microseconds per operation. */
    static double time(int rounds, Op op) throws Exception {
        return timeFrom(0, rounds, op);
    }

    static double timeFrom(int from, int to, Op op) throws Exception {
        long start = System.nanoTime();
        for (int i = from; i < to; i++) {
            op.run(i);
        }
        return (System.nanoTime() - start) / 1_000.0 / (to - from);
    }

    static String line(String label, double micros) {
        return String.format(Locale.ROOT, "%-42s %9.2f µs/op", label, micros);
    }
}
