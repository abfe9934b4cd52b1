package com.coachkeep.checkin.application.port.out;

import java.util.List;

/**
 * Reads a weight history export (CSV) in a named format into rows as written (date and weight text with the unit the
 * format names), or raises {@code InvalidInputException} when the file as a whole is not that format (no header it
 * knows, not CSV).
 */
public interface WeightHistoryPort {
    List<Row> read(String format, String csv);

    /** The formats known, by name. */
    List<String> formats();

    /**
     * @param line the line number in the file (the header is line 1)
     * @param unit the unit the format gives the row ("kg", "lb"), or null when the file does not say
     */
    record Row(long line, String date, String weight, String unit) {
    }
}
