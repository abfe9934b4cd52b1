package com.coachkeep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.testing.TestServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The exercise catalogue the changelog loads is in the database, searchable by muscle, and read-only to the API. */
class ExerciseCatalogueIT {

    /** One exercise per line after the header (no field of the file spans lines; its unit test parses it fully). */
    private static long rowsInFile() throws Exception {
        try (var in = new BufferedReader(new InputStreamReader(
                ExerciseCatalogueIT.class.getResourceAsStream("/db/changelog/data/exercise-catalogue.csv"),
                StandardCharsets.UTF_8))) {
            return in.lines().skip(1).filter(line -> !line.isBlank()).count();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void everyExerciseOfTheFileIsLoadedAndFoundByItsMuscles() throws Exception {
        try (Connection app = DriverManager.getConnection(TestServer.DB_URL, "coachkeep_app", "")) {
            assertEquals(rowsInFile(), count(app, "select count(*) from exercise_catalogue"));
            assertTrue(count(app, "select count(*) from exercise_catalogue where primary_muscle_list @> array['QUADS']") >= 10);
            assertEquals(count(app, "select count(*) from exercise_catalogue"),
                    count(app, "select count(distinct id) from exercise_catalogue"), "each exercise has its own stable id");
        }
    }

    @Test
    void theApplicationRoleCannotChangeTheCatalogue() throws Exception {
        try (Connection app = DriverManager.getConnection(TestServer.DB_URL, "coachkeep_app", "")) {
            SQLException insert = assertThrows(SQLException.class, () -> app.createStatement().executeUpdate(
                    "insert into exercise_catalogue (slug, name, variation_of, primary_muscles, equipment, pattern, mechanics,"
                            + " instructions) values ('x', 'X', 'x', 'QUADS', 'NONE', 'SQUAT', 'COMPOUND', 'xxxxxxxxxxxx')"));
            assertEquals("42501", insert.getSQLState());
            SQLException update = assertThrows(SQLException.class,
                    () -> app.createStatement().executeUpdate("update exercise_catalogue set name = name || '!'"));
            assertEquals("42501", update.getSQLState());
        }
    }
}
