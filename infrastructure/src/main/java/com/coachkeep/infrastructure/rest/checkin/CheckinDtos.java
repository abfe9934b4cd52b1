package com.coachkeep.infrastructure.rest.checkin;

import com.coachkeep.checkin.application.port.in.CheckinView;
import com.coachkeep.checkin.application.port.in.GetCoachDashboardUseCase;
import com.coachkeep.checkin.application.port.in.GetMetricSeriesUseCase;
import com.coachkeep.checkin.application.port.in.GetReviewQueueUseCase;
import com.coachkeep.checkin.application.port.in.ImportWeightHistoryUseCase;
import com.coachkeep.checkin.application.port.in.OccurrenceView;
import com.coachkeep.checkin.application.port.in.ScheduleCheckinUseCase;
import com.coachkeep.checkin.domain.Checkin;
import com.coachkeep.checkin.domain.CheckinForm;
import com.coachkeep.checkin.domain.CheckinSchedule;
import com.coachkeep.checkin.domain.Measurement;
import com.coachkeep.checkin.domain.MetricSeries;
import com.coachkeep.checkin.domain.MetricType;
import com.coachkeep.checkin.domain.Question;
import com.coachkeep.checkin.domain.Recurrence;
import com.coachkeep.shared.application.AttentionSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the check-in resources. */
public final class CheckinDtos {
    private CheckinDtos() {
    }

    // ---------------------------------------------------------------------------------------------- forms

    @Schema(name = "CheckinQuestion", description = "A question of a form. A photo set is answered with the client's progress photos "
            + "by pose (their ids, uploaded through …/photos).")
    public record QuestionBody(
            @Schema(required = true, description = "Stable within the form across versions: lower-case letters, digits, dashes",
                    example = "energy", maxLength = 40) String key,
            @Schema(required = true, enumeration = {"number", "scale", "short_text", "long_text", "single_choice", "multiple_choice", "yes_no",
                    "photo_set"}) String type,
            @Schema(required = true, example = "How was your energy this week?", maxLength = 300) String text,
            @Schema(description = "Whether an answer is required (default true)") Boolean required,
            @Schema(description = "For a number question: its unit", example = "hours", maxLength = 20) String unit,
            @Schema(description = "For a choice question: 2–20 choices") List<String> options,
            @Schema(description = "For a photo set: the poses (front, side, back or custom names)") List<String> poses) {
        static QuestionBody of(Question q) {
            return new QuestionBody(q.key(), q.type().wireName(), q.text(), q.required(), q.unit(), q.options(), q.poses());
        }
    }

    @Schema(name = "CheckinFormRequest")
    public record FormRequest(@Schema(required = true, example = "Weekly check-in", maxLength = 120) String name,
            @Schema(required = true, description = "1–40 questions") List<QuestionBody> questions) {
    }

    @Schema(name = "CheckinForm", description = "One version of a form; saving a change adds the next version")
    public record FormResponse(String id, int version, String name, List<QuestionBody> questions, Instant createdAt) {
        static FormResponse of(CheckinForm f) {
            return new FormResponse(f.id().toString(), f.version(), f.name(), f.questions().stream().map(QuestionBody::of).toList(), f.createdAt());
        }
    }

    @Schema(name = "CheckinFormList")
    public record FormList(List<FormResponse> items) {
    }

    // ---------------------------------------------------------------------------------------------- schedules

    @Schema(name = "CheckinScheduleRequest", description = "When the client is asked to fill in a form, in their time zone")
    public record ScheduleRequest(
            @Schema(required = true, description = "The form's id", example = "8f14e45f-ceea-467f-a0e6-4c2b1b6e7d10", maxLength = 36) String formId,
            @Schema(required = true, enumeration = {"weekly", "every_n_weeks", "monthly", "once"}) String kind,
            @Schema(description = "For weekly and every_n_weeks", example = "sunday", maxLength = 9) String weekday,
            @Schema(description = "For every_n_weeks: 2–12") Integer everyWeeks,
            @Schema(description = "For monthly: 1–31 (the month's last day in a shorter month)") Integer dayOfMonth,
            @Schema(description = "For once: the day", example = "2026-12-13", maxLength = 10) String onDay,
            @Schema(description = "The first day (default: the client's today)", example = "2026-12-07", maxLength = 10) String startsOn,
            @Schema(description = "The last day, if any", maxLength = 10) String endsOn,
            @Schema(description = "The client's IANA time zone (default: the workspace's)", example = "Europe/Berlin", maxLength = 64) String timeZone,
            @Schema(description = "Days after an occurrence during which it is still accepted, late (0–6, default 2)") Integer graceDays) {
    }

    @Schema(name = "CheckinOccurrence")
    public record OccurrenceResponse(String day, Instant deadline, Instant acceptedUntil,
            @Schema(enumeration = {"due", "submitted", "late", "missed"}) String status, String checkinId) {
        static OccurrenceResponse of(OccurrenceView o) {
            return new OccurrenceResponse(o.day().toString(), o.deadline(), o.acceptedUntil(), o.status().wireName(),
                    o.checkinId() == null ? null : o.checkinId().toString());
        }
    }

    @Schema(name = "CheckinSchedule", description = "A schedule with its occurrences of the last and the next five weeks")
    public record ScheduleResponse(String id, String clientId, String formId, String kind, String weekday, Integer everyWeeks, Integer dayOfMonth,
            String onDay, String timeZone, String startsOn, String endsOn, int graceDays, List<OccurrenceResponse> occurrences) {
        static ScheduleResponse of(ScheduleCheckinUseCase.ScheduleView v) {
            CheckinSchedule s = v.schedule();
            Recurrence r = s.recurrence();
            return new ScheduleResponse(s.id().toString(), s.clientId().toString(), s.formId().toString(), r.kind(),
                    r instanceof Recurrence.EveryWeeks w ? w.weekday().name().toLowerCase(Locale.ROOT) : null,
                    r instanceof Recurrence.EveryWeeks w ? w.weeks() : null, r instanceof Recurrence.Monthly m ? m.dayOfMonth() : null,
                    r instanceof Recurrence.Once o ? o.day().toString() : null, s.zone().getId(), s.startsOn().toString(),
                    s.endsOn() == null ? null : s.endsOn().toString(), s.graceDays(), v.occurrences().stream().map(OccurrenceResponse::of).toList());
        }
    }

    @Schema(name = "CheckinScheduleList")
    public record ScheduleList(List<ScheduleResponse> items) {
    }

    // ---------------------------------------------------------------------------------------------- check-ins

    @Schema(name = "MetricValueRequest")
    public record MetricBody(@Schema(required = true, description = "A measurement type's key", example = "bodyweight", maxLength = 40) String type,
            @Schema(required = true, example = "81.4") BigDecimal value,
            @Schema(description = "kg, lb, cm, in or % (default: the type's canonical unit)", example = "kg", maxLength = 20) String unit) {
    }

    @Schema(name = "CheckinSubmission", description = "Answers by question key; metrics recorded with the source check-in")
    public record SubmissionRequest(
            @Schema(description = "The form, when the check-in is not for a schedule's occurrence", maxLength = 36) String formId,
            @Schema(description = "The schedule whose occurrence this answers", maxLength = 36) String scheduleId,
            @Schema(description = "The occurrence's day (with scheduleId)", maxLength = 10) String occurrenceOn,
            @Schema(required = true, description = "Answers keyed by question key: a number, a string, true/false, a list of choices, "
                    + "or for a photo set an object of the client's progress photo ids by pose ({\"front\": \"<photo id>\"})")
            Map<String, Object> answers,
            @Schema(description = "Up to 20 measured values") List<MetricBody> metrics) {
    }

    @Schema(name = "CheckinAnswer")
    public record AnswerResponse(String question, String questionText, String type, String unit,
            @Schema(description = "The answer as stored; for a photo set one pose=photo id line per pose") String value,
            @Schema(description = "For a photo set: the progress photo ids by pose") Map<String, String> photos) {
        static AnswerResponse of(com.coachkeep.checkin.domain.Answer a) {
            Map<String, String> photos = new java.util.LinkedHashMap<>();
            a.photos().forEach((pose, id) -> photos.put(pose, id.toString()));
            return new AnswerResponse(a.questionKey(), a.questionText(), a.type().wireName(), a.unit(), a.value(), photos.isEmpty() ? null : photos);
        }
    }

    @Schema(name = "MetricValue")
    public record MetricResponse(String id, String type, String measuredOn, BigDecimal value, BigDecimal enteredValue, String enteredUnit,
            @Schema(enumeration = {"checkin", "logged", "imported"}) String source, String checkinId) {
        static MetricResponse of(Measurement m) {
            return new MetricResponse(m.id().toString(), m.typeKey(), m.measuredOn().toString(), m.value(), m.enteredValue(), m.enteredUnit(),
                    m.source().wireName(), m.checkinId() == null ? null : m.checkinId().toString());
        }
    }

    @Schema(name = "Checkin")
    public record CheckinResponse(String id, String clientId, String formId, int formVersion, String scheduleId, String occurrenceOn,
            List<AnswerResponse> answers, List<MetricResponse> metrics,
            @Schema(description = "Whether staff filled it in for the client") boolean onBehalf, Instant submittedAt, Instant updatedAt,
            @Schema(description = "Once reviewed the check-in is locked") Instant reviewedAt, String feedback, long version) {
        static CheckinResponse of(CheckinView v) {
            Checkin c = v.checkin();
            return new CheckinResponse(c.id().toString(), c.clientId().toString(), c.formId().toString(), c.formVersion(),
                    c.scheduleId() == null ? null : c.scheduleId().toString(), c.occurrenceOn() == null ? null : c.occurrenceOn().toString(),
                    c.answers().stream().map(AnswerResponse::of).toList(),
                    v.metrics().stream().map(MetricResponse::of).toList(), c.onBehalf(), c.submittedAt(), c.updatedAt(), c.reviewedAt(), c.feedback(),
                    c.version());
        }
    }

    @Schema(name = "CheckinList")
    public record CheckinList(List<CheckinResponse> items) {
    }

    @Schema(name = "CheckinReviewRequest")
    public record ReviewRequest(@Schema(required = true, description = "Feedback the client sees", example = "Strong week: keep the steps up.",
            maxLength = 5000) String feedback) {
    }

    // ---------------------------------------------------------------------------------------------- metrics

    @Schema(name = "RecordMetricRequest")
    public record RecordMetricRequest(@Schema(required = true, example = "bodyweight", maxLength = 40) String type,
            @Schema(required = true, example = "81.4") BigDecimal value,
            @Schema(description = "kg, lb, cm, in or %", example = "kg", maxLength = 20) String unit,
            @Schema(description = "The client's local day (default: today)", example = "2026-12-06", maxLength = 10) String measuredOn) {
    }

    @Schema(name = "MetricSeriesPoint")
    public record PointResponse(String day, double value, double trend) {
    }

    @Schema(name = "MetricChange", description = "The trend's change over the last days; null when the series does not reach back that far")
    public record ChangeResponse(int days, Double change) {
    }

    @Schema(name = "MetricSeries", description = "Values in the canonical unit, one point a day with the exponentially weighted trend")
    public record SeriesResponse(String type, String unit, List<MetricResponse> values, List<PointResponse> points, List<ChangeResponse> changes,
            Double trend) {
        static SeriesResponse of(GetMetricSeriesUseCase.SeriesView v) {
            MetricSeries.Series s = v.series();
            return new SeriesResponse(v.type().key(), v.type().unit(), v.values().stream().map(MetricResponse::of).toList(),
                    s.points().stream().map(p -> new PointResponse(p.day().toString(), p.value(), p.trend())).toList(),
                    s.changes().stream().map(c -> new ChangeResponse(c.days(), c.change())).toList(), s.latestTrend());
        }
    }

    @Schema(name = "WeightHistoryImport", description = "A weight history export as CSV text (up to 60,000 characters; send a longer "
            + "history in parts). The column mappings per format are in docs/checkins.md.")
    public record ImportRequest(
            @Schema(required = true, enumeration = {"apple-health", "fitbit", "generic", "happy-scale", "myfitnesspal", "withings"}) String format,
            @Schema(description = "The unit of the weights when the file does not say", enumeration = {"kg", "lb"}) String unit,
            @Schema(required = true, example = "date,weight\n2026-12-01,81.2\n", maxLength = 60000) String csv) {
    }

    @Schema(name = "WeightHistoryImportReport")
    public record ImportResponse(String format, int imported, int replaced, List<RejectedResponse> rejected) {
        static ImportResponse of(ImportWeightHistoryUseCase.ImportReport r) {
            return new ImportResponse(r.format(), r.imported(), r.replaced(), r.rejected().stream().map(x -> new RejectedResponse(x.line(), x.reason()))
                    .toList());
        }
    }

    @Schema(name = "WeightHistoryRejectedRow")
    public record RejectedResponse(long line, String reason) {
    }

    @Schema(name = "MetricType")
    public record MetricTypeResponse(String key, String name, @Schema(enumeration = {"mass", "length", "percent", "number"}) String dimension,
            String unit, boolean builtIn) {
        static MetricTypeResponse of(MetricType t) {
            return new MetricTypeResponse(t.key(), t.name(), t.dimension().wireName(), t.unit(), t.builtIn());
        }
    }

    @Schema(name = "MetricTypeList")
    public record MetricTypeList(List<MetricTypeResponse> items) {
    }

    @Schema(name = "MetricTypeRequest")
    public record MetricTypeRequest(
            @Schema(required = true, description = "Lower-case letters, digits, dashes; not a built-in type's", example = "steps", maxLength = 40)
            String key,
            @Schema(required = true, example = "Daily steps", maxLength = 60) String name,
            @Schema(required = true, enumeration = {"mass", "length", "percent", "number"}) String dimension,
            @Schema(description = "For a number type: its unit", example = "steps", maxLength = 20) String unit) {
    }

    // ---------------------------------------------------------------------------------------------- queue and dashboard

    @Schema(name = "ResponseTargetRequest")
    public record TargetRequest(@Schema(required = true, description = "Hours, 1–168", example = "24") Integer hours) {
    }

    @Schema(name = "ResponseTarget")
    public record TargetResponse(int hours) {
    }

    @Schema(name = "MetricDelta")
    public record DeltaResponse(String type, double value, @Schema(description = "Since the previous check-in; null without one") Double change) {
    }

    @Schema(name = "ReviewQueueEntry")
    public record QueueEntry(String checkinId, String clientId, String clientName, Instant submittedAt, long waitingMinutes, boolean breached,
            boolean onBehalf, List<DeltaResponse> deltas) {
        static QueueEntry of(GetReviewQueueUseCase.Entry e) {
            return new QueueEntry(e.checkinId().toString(), e.clientId().toString(), e.clientName(), e.submittedAt(), e.waitingMinutes(), e.breached(),
                    e.onBehalf(), e.deltas().stream().map(d -> new DeltaResponse(d.type(), d.value(), d.change())).toList());
        }
    }

    @Schema(name = "ReviewQueue", description = "Check-ins awaiting review, oldest first")
    public record QueueResponse(int targetHours, List<QueueEntry> items) {
    }

    @Schema(name = "MissedCheckin")
    public record MissedResponse(String clientId, String clientName, String scheduleId, String day) {
    }

    @Schema(name = "InactiveClient")
    public record InactiveResponse(String clientId, String clientName, Instant lastActivity) {
    }

    @Schema(name = "AttentionItem")
    public record AttentionResponse(String source, String clientId, String kind, String summary) {
    }

    @Schema(name = "CoachDashboard", description = "Who needs the coach today")
    public record DashboardResponse(int targetHours, int awaitingReview, int breached, List<QueueEntry> queue, List<MissedResponse> missed,
            List<InactiveResponse> inactive, List<AttentionResponse> attention) {
        static DashboardResponse of(GetCoachDashboardUseCase.Dashboard d) {
            return new DashboardResponse(d.targetHours(), d.awaitingReview(), d.breached(), d.queue().stream().map(QueueEntry::of).toList(),
                    d.missed().stream().map(m -> new MissedResponse(m.clientId().toString(), m.clientName(), m.scheduleId().toString(), m.day().toString()))
                            .toList(),
                    d.inactive().stream().map(i -> new InactiveResponse(i.clientId().toString(), i.clientName(), i.lastActivity())).toList(),
                    d.attention().stream().map(CheckinDtos::attention).toList());
        }
    }

    static AttentionResponse attention(AttentionSource.Item i) {
        return new AttentionResponse(i.source(), i.clientId().toString(), i.kind(), i.summary());
    }
}
