package com.coachkeep.support.domain;

import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.Text;
import com.coachkeep.shared.domain.Validator;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A vulnerability report someone sent through the public report endpoint (P-DIS-1).
 *
 * <p>Invariants: the summary is one line of at most {@value #SUMMARY_MAX} characters, the details at most
 * {@value #DETAILS_MAX}; the reporter's email and the affected URL are optional (an anonymous report is welcome);
 * the acknowledgement is due {@value #ACKNOWLEDGE_WITHIN_BUSINESS_DAYS} business days after receipt.
 *
 * <p>Lifecycle: {@code new → acknowledged → triaged → fixed → closed}; any open report may be closed (a duplicate,
 * not a vulnerability); nothing leaves {@code closed}. Every move records when it happened; the first move out of
 * {@code new} is the acknowledgement the target measures.
 */
public final class SecurityReport {
    public static final int SUMMARY_MAX = 200;
    public static final int DETAILS_MAX = 20_000;
    public static final int URL_MAX = 2_000;
    public static final int ACKNOWLEDGE_WITHIN_BUSINESS_DAYS = 2;

    private final SecurityReportId id;
    private final Instant receivedAt;
    private final String summary;
    private final String details;
    private final EmailAddress reporterEmail;
    private final String affectedUrl;
    private SecurityReportState state;
    private Instant acknowledgedAt;
    private Instant updatedAt;

    public SecurityReport(SecurityReportId id, Instant receivedAt, String summary, String details, EmailAddress reporterEmail,
            String affectedUrl, SecurityReportState state, Instant acknowledgedAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.details = Objects.requireNonNull(details, "details");
        this.reporterEmail = reporterEmail;
        this.affectedUrl = affectedUrl;
        this.state = Objects.requireNonNull(state, "state");
        this.acknowledgedAt = acknowledgedAt;
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new report from raw input; every invalid field is reported at once. */
    public static SecurityReport receive(SecurityReportId id, Instant now, String summary, String details, String reporterEmail,
            String affectedUrl) {
        Validator v = new Validator();
        String s = v.check("summary", summary, raw -> Text.singleLine(raw, SUMMARY_MAX));
        String d = v.check("details", details, raw -> Text.required(raw, DETAILS_MAX));
        EmailAddress email = reporterEmail == null || reporterEmail.isBlank() ? null
                : v.check("reporterEmail", reporterEmail, EmailAddress::new);
        String url = affectedUrl == null || affectedUrl.isBlank() ? null : v.check("affectedUrl", affectedUrl, SecurityReport::url);
        v.throwIfInvalid();
        return new SecurityReport(id, now, s, d, email, url, SecurityReportState.NEW, null, now);
    }

    private static String url(String raw) {
        String value = Text.singleLine(raw, URL_MAX);
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("https") || uri.getScheme().equalsIgnoreCase("http"))
                    || uri.getHost() == null) {
                throw new IllegalArgumentException("must be an absolute http or https URL");
            }
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("must be an absolute http or https URL");
        }
        return value;
    }

    /** Moves the report on; refuses a move its state does not allow. */
    public void moveTo(SecurityReportState next, Instant now) {
        if (!state.mayBecome(next)) {
            throw new SecurityReportTransitionException(state, next);
        }
        if (state == SecurityReportState.NEW) {
            acknowledgedAt = now;
        }
        state = next;
        updatedAt = now;
    }

    /** When the acknowledgement is due: two business days after receipt. */
    public Instant acknowledgementDue() {
        return BusinessDays.after(receivedAt, ACKNOWLEDGE_WITHIN_BUSINESS_DAYS);
    }

    /** Still not acknowledged after its due time, or acknowledged late. */
    public boolean overdue(Instant now) {
        Instant due = acknowledgementDue();
        return acknowledgedAt == null ? now.isAfter(due) : acknowledgedAt.isAfter(due);
    }

    public SecurityReportId id() {
        return id;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String summary() {
        return summary;
    }

    public String details() {
        return details;
    }

    public EmailAddress reporterEmail() {
        return reporterEmail;
    }

    public String affectedUrl() {
        return affectedUrl;
    }

    public SecurityReportState state() {
        return state;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
