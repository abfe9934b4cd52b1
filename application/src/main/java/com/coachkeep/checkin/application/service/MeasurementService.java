package com.coachkeep.checkin.application.service;

import com.coachkeep.checkin.application.port.in.GetBodyweightOnDayUseCase;
import com.coachkeep.checkin.application.port.in.GetMetricSeriesUseCase;
import com.coachkeep.checkin.application.port.in.ImportWeightHistoryUseCase;
import com.coachkeep.checkin.application.port.in.RecordMetricUseCase;
import com.coachkeep.checkin.application.port.out.CheckinScheduleRepository;
import com.coachkeep.checkin.application.port.out.MeasurementRepository;
import com.coachkeep.checkin.application.port.out.WeightHistoryPort;
import com.coachkeep.checkin.domain.Measurement;
import com.coachkeep.checkin.domain.MetricSeries;
import com.coachkeep.checkin.domain.MetricSource;
import com.coachkeep.checkin.domain.MetricType;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.Validator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Body metrics: values logged directly, series with trend and changes, a weight history imported from CSV, and a
 * client's bodyweight on a day (for the photo comparison).
 */
@ApplicationScoped
@Transactional
public class MeasurementService implements RecordMetricUseCase, GetMetricSeriesUseCase, ImportWeightHistoryUseCase, GetBodyweightOnDayUseCase {
    /** The most rows an import reads; a longer file is refused whole. */
    public static final int MAX_IMPORT_ROWS = 20_000;
    /** The most characters of CSV an import takes (a request body is at most 64 KiB). */
    public static final int MAX_CSV_CHARS = 60_000;

    private final MeasurementRepository measurements;
    private final CheckinScheduleRepository schedules;
    private final MetricTypeService types;
    private final WeightHistoryPort reader;
    private final CheckinClients clients;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public MeasurementService(MeasurementRepository measurements, CheckinScheduleRepository schedules, MetricTypeService types,
            WeightHistoryPort reader, CheckinClients clients, AuditTrail audit, Clock clock) {
        this.measurements = measurements;
        this.schedules = schedules;
        this.types = types;
        this.reader = reader;
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
    }

    protected MeasurementService() {
        this(null, null, null, null, null, null, null);
    }

    private LocalDate today(Actor actor, ClientId client) {
        return LocalDate.ofInstant(clock.instant(), schedules.clientZone(actor.workspaceId(), client));
    }

    @Override
    public Measurement record(Actor actor, ClientId clientId, String typeKey, BigDecimal value, String unit, String measuredOn) {
        ClientId client = clients.reach(actor, clientId, Permission.CHECKINS_REVIEW, Permission.SELF_WRITE);
        LocalDate today = today(actor, client);
        Validator v = new Validator();
        MetricType type = v.check("type", typeKey, key -> types.type(actor.workspaceId(), key));
        String checkedUnit = type == null ? null : v.check("unit", unit, type::checkUnit);
        MetricType.Measured m = type == null || (unit != null && checkedUnit == null) ? null : v.check("value", value, val -> type.measure(val, unit));
        LocalDate day = measuredOn == null ? today : v.check("measuredOn", measuredOn, CheckinService::date);
        v.require(day == null || !day.isAfter(today.plusDays(1)), "measuredOn", "must not be after the client's today");
        v.throwIfInvalid();
        Measurement saved = new Measurement(UUID.randomUUID(), actor.workspaceId(), client, type.key(), day, m.canonical(), m.entered(), m.enteredUnit(),
                MetricSource.LOGGED, null, actor.personId(), clock.instant());
        measurements.add(List.of(saved));
        audit.record(AuditRecord.of(actor, "metric.recorded").target("client", client).detail("type", type.key()));
        return saved;
    }

    @Override
    public SeriesView series(Actor actor, ClientId clientId, String typeKey, Integer days) {
        ClientId client = clients.reach(actor, clientId, Permission.CHECKINS_READ_ASSIGNED, Permission.SELF_READ);
        Validator v = new Validator();
        MetricType type = v.check("type", typeKey, key -> types.type(actor.workspaceId(), key));
        int span = days == null ? 180 : days;
        v.require(span >= 1 && span <= 3660, "days", "must be 1–3660");
        v.throwIfInvalid();
        List<Measurement> values = measurements.series(actor.workspaceId(), client, type.key(), today(actor, client).minusDays(span - 1L));
        return new SeriesView(type, values, MetricSeries.of(values.stream().map(x -> Map.entry(x.measuredOn(), x.value())).toList()));
    }

    @Override
    public Optional<Weight> bodyweightOn(Actor actor, ClientId clientId, LocalDate day, int lookBackDays) {
        ClientId client = clients.reach(actor, clientId, Permission.CHECKINS_READ_ASSIGNED, Permission.SELF_READ);
        List<Measurement> values = measurements.series(actor.workspaceId(), client, MetricType.BODYWEIGHT.key(), day.minusDays(Math.max(0, lookBackDays)));
        LocalDate best = null;
        for (Measurement m : values) {
            if (!m.measuredOn().isAfter(day) && (best == null || m.measuredOn().isAfter(best))) {
                best = m.measuredOn();
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        LocalDate b = best;
        List<BigDecimal> sameDay = values.stream().filter(m -> m.measuredOn().equals(b)).map(Measurement::value).toList();
        BigDecimal mean = sameDay.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(sameDay.size()), 2, RoundingMode.HALF_EVEN);
        return Optional.of(new Weight(best, mean));
    }

    @Override
    public ImportReport importCsv(Actor actor, ClientId clientId, String format, String defaultUnit, String csv) {
        ClientId client = clients.reach(actor, clientId, Permission.CHECKINS_REVIEW, Permission.SELF_WRITE);
        Validator v = new Validator();
        v.require(format != null && reader.formats().contains(format), "format", "must be one of " + reader.formats());
        v.require(defaultUnit == null || defaultUnit.equals("kg") || defaultUnit.equals("lb"), "unit", "must be kg or lb");
        v.require(csv != null && !csv.isBlank(), "csv", "must be the text of a CSV file");
        v.require(csv == null || csv.length() <= MAX_CSV_CHARS, "csv", "must be at most " + MAX_CSV_CHARS + " characters: send a longer history in parts");
        v.throwIfInvalid();
        List<WeightHistoryPort.Row> rows = reader.read(format, csv);
        if (rows.size() > MAX_IMPORT_ROWS) {
            throw InvalidInputException.of("csv", "must hold at most " + MAX_IMPORT_ROWS + " rows");
        }
        LocalDate today = today(actor, client);
        Instant now = clock.instant();
        List<RejectedRow> rejected = new ArrayList<>();
        List<Measurement> accepted = new ArrayList<>();
        Set<LocalDate> days = new HashSet<>();
        for (WeightHistoryPort.Row row : rows) {
            try {
                LocalDate day = CheckinService.date(row.date());
                if (day.isAfter(today.plusDays(1))) {
                    throw new IllegalArgumentException("date " + day + " is after the client's today");
                }
                BigDecimal value;
                try {
                    value = new BigDecimal(row.weight().strip().replace(',', '.'));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("weight \"" + abbreviate(row.weight()) + "\" is not a number");
                }
                String unit = row.unit() != null ? row.unit() : defaultUnit;
                if (unit == null) {
                    throw new IllegalArgumentException("the file does not name its unit: send unit=kg or unit=lb");
                }
                MetricType.Measured m = MetricType.BODYWEIGHT.measure(value, unit);
                if (!days.add(day)) {
                    throw new IllegalArgumentException("a second weight for " + day + " (the first one is kept)");
                }
                accepted.add(new Measurement(UUID.randomUUID(), actor.workspaceId(), client, MetricType.BODYWEIGHT.key(), day, m.canonical(), m.entered(),
                        m.enteredUnit(), MetricSource.IMPORTED, null, actor.personId(), now));
            } catch (IllegalArgumentException e) {
                rejected.add(new RejectedRow(row.line(), e.getMessage()));
            }
        }
        int replaced = measurements.removeImported(actor.workspaceId(), client, MetricType.BODYWEIGHT.key(), new ArrayList<>(days));
        measurements.add(accepted);
        audit.record(AuditRecord.of(actor, "metric.imported").target("client", client).detail("format", format).detail("imported", accepted.size())
                .detail("rejected", rejected.size()));
        return new ImportReport(format, accepted.size(), replaced, rejected);
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
