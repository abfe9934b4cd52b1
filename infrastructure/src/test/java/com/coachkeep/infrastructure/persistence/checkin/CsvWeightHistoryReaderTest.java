package com.coachkeep.infrastructure.persistence.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.coachkeep.checkin.application.port.out.WeightHistoryPort.Row;
import com.coachkeep.shared.domain.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWeightHistoryReaderTest {
    final CsvWeightHistoryReader reader = new CsvWeightHistoryReader();

    @Test
    void withingsTakesTheUnitFromTheColumnAndTheDayFromTheTimestamp() {
        List<Row> rows = reader.read("withings", "\uFEFFDate,\"Weight (lb)\",\"Fat mass (lb)\"\n\"2026-11-01 07:12:00\",176.4,30\n"
                + "\"2026-11-02 07:15:00\",,30\n");
        assertEquals(List.of(new Row(2, "2026-11-01", "176.4", "lb"), new Row(3, "2026-11-02", "", "lb")), rows);
    }

    @Test
    void fitbitDatesAreUsMonthFirstAndSemicolonFilesAreRead() {
        assertEquals(List.of(new Row(2, "2026-03-04", "80.2", null)), reader.read("fitbit", "Date;Weight;BMI\n03/04/2026;80.2;24\n"));
        // a date not in the format's way is kept as written, for the row's rejection
        assertEquals("2026-13-45", reader.read("generic", "date,weight\n2026-13-45,80\n").get(0).date());
    }

    @Test
    void appleHealthReadsTheUnitOfEachRow() {
        List<Row> rows = reader.read("apple-health", "type,startDate,value,unit\nBodyMass,2026-05-01T07:00:00Z,81,kg\nBodyMass,2026-05-02T07:00:00Z,178,lb\n");
        assertEquals(List.of(new Row(2, "2026-05-01", "81", "kg"), new Row(3, "2026-05-02", "178", "lb")), rows);
    }

    @Test
    void aFileWithoutTheFormatsColumnsIsRefusedWhole() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read("withings", "when,kilos\n2026-01-01,80\n"));
        assertEquals("csv", e.violations().get(0).field());
        assertThrows(InvalidInputException.class, () -> reader.read("generic", "date,weight\n\"2026-01-01,80\n"));
    }
}
