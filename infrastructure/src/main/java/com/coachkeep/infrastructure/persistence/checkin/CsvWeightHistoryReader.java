package com.coachkeep.infrastructure.persistence.checkin;

import com.coachkeep.checkin.application.port.out.WeightHistoryPort;
import com.coachkeep.shared.domain.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Weight histories exported by common apps, read with Commons CSV by a column mapping per format (docs/checkins.md):
 * which header names the date, which the weight, how the date is written, and the unit when the export says it.
 * A file whose header lacks the format's columns, or that is not CSV, is refused whole.
 */
@ApplicationScoped
public class CsvWeightHistoryReader implements WeightHistoryPort {
    /**
     * @param dateColumns   header names of the date column, the first present wins (compared case-insensitively)
     * @param weightColumns header names of the weight column; a name's unit, if it has one, is the row's unit
     * @param datePattern   how dates are written (null: ISO date, optionally followed by a time)
     */
    record Mapping(List<String> dateColumns, Map<String, String> weightColumns, String datePattern) {
    }

    static final Map<String, Mapping> FORMATS = Map.of(
            // date,weight (the unit sent with the import)
            "generic", new Mapping(List.of("date"), Map.of("weight", ""), null),
            // Libra / Happy Scale style: date;weight;trend with ISO dates
            "happy-scale", new Mapping(List.of("date"), Map.of("weight", ""), null),
            // Withings "Weight.csv": Date,"Weight (kg)",... with "yyyy-MM-dd HH:mm:ss" dates
            "withings", new Mapping(List.of("date"), Map.of("weight (kg)", "kg", "weight (lb)", "lb"), null),
            // Fitbit weight export: Date,Weight,BMI,Fat with MM/dd/yyyy (US) dates
            "fitbit", new Mapping(List.of("date"), Map.of("weight", ""), "MM/dd/yyyy"),
            // MyFitnessPal measurement export: Date,Weight with ISO dates
            "myfitnesspal", new Mapping(List.of("date"), Map.of("weight", ""), null),
            // Apple Health via common CSV converters: startDate,value,unit
            "apple-health", new Mapping(List.of("startdate", "date"), Map.of("value", "column:unit"), null));

    @Override
    public List<String> formats() {
        return FORMATS.keySet().stream().sorted().toList();
    }

    @Override
    public List<Row> read(String format, String csv) {
        Mapping m = FORMATS.get(format);
        char delimiter = firstLine(csv).chars().filter(c -> c == ';').count() > firstLine(csv).chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat f = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).setAllowMissingColumnNames(true).setIgnoreHeaderCase(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(stripBom(csv))).setFormat(f).get()) {
            Map<String, Integer> header = parser.getHeaderMap();
            Map<String, Integer> lower = new java.util.HashMap<>();
            header.forEach((k, v) -> lower.put(k == null ? "" : k.strip().toLowerCase(Locale.ROOT), v));
            Optional<String> dateColumn = m.dateColumns().stream().filter(lower::containsKey).findFirst();
            Optional<Map.Entry<String, String>> weightColumn = m.weightColumns().entrySet().stream().filter(e -> lower.containsKey(e.getKey()))
                    .findFirst();
            if (dateColumn.isEmpty() || weightColumn.isEmpty()) {
                throw InvalidInputException.of("csv", "is not a " + format + " export: its header must name " + m.dateColumns().get(0) + " and "
                        + String.join(" or ", m.weightColumns().keySet()) + " columns");
            }
            int d = lower.get(dateColumn.get());
            int w = lower.get(weightColumn.get().getKey());
            String fixedUnit = weightColumn.get().getValue();
            Integer unitColumn = fixedUnit.startsWith("column:") ? lower.get(fixedUnit.substring(7)) : null;
            for (CSVRecord r : parser) {
                String date = r.size() > d ? normalise(r.get(d), m.datePattern()) : "";
                String weight = r.size() > w ? r.get(w) : "";
                String unit = unitColumn != null ? (r.size() > unitColumn ? r.get(unitColumn) : null) : fixedUnit.isEmpty() ? null : fixedUnit;
                rows.add(new Row(r.getRecordNumber() + 1, date, weight, unit));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            if (e instanceof InvalidInputException i) {
                throw i;
            }
            throw InvalidInputException.of("csv", "is not a readable CSV file: " + e.getMessage());
        }
        return rows;
    }

    private static String firstLine(String csv) {
        int nl = csv.indexOf('\n');
        return nl < 0 ? csv : csv.substring(0, nl);
    }

    private static String stripBom(String csv) {
        return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    }

    /** The date as YYYY-MM-DD when it is written in the format's way; else as written, for the row's rejection. */
    static String normalise(String raw, String pattern) {
        String s = raw.strip();
        try {
            if (pattern != null) {
                return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s, DateTimeFormatter.ofPattern(pattern, Locale.ROOT)).toString();
            }
            if (s.length() >= 10 && (s.length() == 10 || s.charAt(10) == ' ' || s.charAt(10) == 'T')) {
                return LocalDate.parse(s.substring(0, 10)).toString();
            }
        } catch (RuntimeException e) {
            return s;
        }
        return s;
    }
}
