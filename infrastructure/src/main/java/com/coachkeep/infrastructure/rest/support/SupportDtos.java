package com.coachkeep.infrastructure.rest.support;

import com.coachkeep.support.application.port.in.PlatformStatus;
import com.coachkeep.support.application.port.in.SecurityReportReceipt;
import com.coachkeep.support.application.port.in.SubProcessorList;
import com.coachkeep.support.application.port.in.SubProcessorView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the support context's public endpoints. */
public final class SupportDtos {
    private SupportDtos() {
    }

    @Schema(name = "SecurityReportRequest", description = "A vulnerability report. Please include steps to reproduce; do not include other people's data.")
    public record SecurityReportRequest(
            @Schema(required = true, maxLength = 200, description = "One line saying what is wrong") String summary,
            @Schema(required = true, maxLength = 20000, description = "Details: what, where, how to reproduce, impact") String details,
            @Schema(description = "Where to send the acknowledgement and follow-up; leave out to report anonymously") String reporterEmail,
            @Schema(maxLength = 2000, description = "The affected URL, if any (http or https)") String affectedUrl) {
    }

    @Schema(name = "SecurityReportAccepted")
    public record SecurityReportAccepted(
            @Schema(description = "Quote this id in any follow-up") String trackingId,
            Instant receivedAt,
            @Schema(description = "The report is acknowledged by then at the latest (two business days)") Instant acknowledgementDue) {
        static SecurityReportAccepted of(SecurityReportReceipt r) {
            return new SecurityReportAccepted(r.trackingId(), r.receivedAt(), r.acknowledgementDue());
        }
    }

    @Schema(name = "SubProcessor")
    public record SubProcessorResponse(String id, String service, String purpose, String region,
            @Schema(description = "Which personal data it handles, when stated") String dataCategories,
            @Schema(description = "In use since") LocalDate since) {
        static SubProcessorResponse of(SubProcessorView v) {
            return new SubProcessorResponse(v.id(), v.service(), v.purpose(), v.region(), v.dataCategories(), v.since());
        }
    }

    @Schema(name = "SubProcessorList")
    public record SubProcessorListResponse(List<SubProcessorResponse> items,
            @Schema(description = "When the list last changed (an addition, a change or a retirement)") Instant lastChanged) {
        static SubProcessorListResponse of(SubProcessorList l) {
            return new SubProcessorListResponse(l.items().stream().map(SubProcessorResponse::of).toList(), l.lastChanged());
        }
    }

    @Schema(name = "PlatformStatus")
    public record StatusResponse(
            @Schema(enumeration = {"operational", "degraded", "outage"}) String status,
            List<ComponentStatus> components,
            @Schema(description = "Open security incidents and those resolved in the last two weeks, newest first") List<IncidentStatus> incidents,
            Instant checkedAt) {
        static StatusResponse of(PlatformStatus s) {
            return new StatusResponse(s.status(), s.components().stream().map(c -> new ComponentStatus(c.name(), c.status())).toList(),
                    s.incidents().stream().map(i -> new IncidentStatus(i.id(), i.title(), i.status(),
                            i.updates().stream().map(u -> new IncidentUpdateStatus(u.postedAt(), u.text())).toList())).toList(),
                    s.checkedAt());
        }
    }

    @Schema(name = "IncidentStatus", description = "A security incident's public face: its title and updates, oldest first")
    public record IncidentStatus(String id, String title, @Schema(enumeration = {"open", "resolved"}) String status,
            List<IncidentUpdateStatus> updates) {
    }

    @Schema(name = "IncidentUpdate")
    public record IncidentUpdateStatus(Instant postedAt, String text) {
    }

    @Schema(name = "ComponentStatus")
    public record ComponentStatus(String name, @Schema(enumeration = {"operational", "degraded", "outage"}) String status) {
    }
}
