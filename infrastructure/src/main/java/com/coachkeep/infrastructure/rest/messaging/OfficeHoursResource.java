package com.coachkeep.infrastructure.rest.messaging;

import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.infrastructure.rest.shared.CurrentCaller;
import com.coachkeep.infrastructure.rest.shared.JsonBodyReader;
import com.coachkeep.infrastructure.rest.shared.RequestTransaction;
import com.coachkeep.messaging.application.port.in.OfficeHoursUseCase;
import com.coachkeep.messaging.domain.OfficeHours;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The workspace's office hours for messaging, whether clients writing outside them get an automatic reply, and how long
 * a message may stay unread before the digest email.
 */
@Path("/api/v1/workspaces/{workspaceId}/messaging/office-hours")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Messaging")
@SecurityRequirement(name = "bearer")
@RequestTransaction
public class OfficeHoursResource {
    @Inject
    CurrentCaller current;
    @Inject
    OfficeHoursUseCase officeHours;

    @PathParam("workspaceId")
    String workspaceId;

    @Schema(name = "OfficeHoursDay")
    public record DayBody(@Schema(required = true, enumeration = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
            String day, @Schema(required = true, example = "09:00", maxLength = 5) String from,
            @Schema(required = true, example = "17:00", maxLength = 5) String to) {
    }

    @Schema(name = "OfficeHours", description = "When the coaching team answers messages, at most one window a day, in a time zone")
    public record OfficeHoursBody(@Schema(required = true, example = "Europe/Berlin", maxLength = 64) String timeZone,
            @Schema(required = true, description = "The open days; a day not listed is closed") List<DayBody> days,
            @Schema(required = true, description = "Whether a client writing outside the hours gets an automatic reply") Boolean autoReply,
            @Schema(description = "How long a message may stay unread before its reader gets the digest email, 0–10080 (default 60)")
            Integer emailUnreadAfterMinutes) {
        static OfficeHoursBody of(OfficeHours h) {
            return new OfficeHoursBody(h.zone().getId(), h.days().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> new DayBody(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue().from().toString(), e.getValue().to().toString()))
                    .toList(), h.autoReply(), h.emailUnreadAfterMinutes());
        }
    }

    @GET
    @Access(value = {Permission.MESSAGES_READ_ASSIGNED, Permission.SELF_MESSAGES})
    @Operation(operationId = "getOfficeHours", summary = "The workspace's office hours for messaging (404 when none are set)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OfficeHoursBody.class)))
    public OfficeHoursBody get() {
        Actor actor = current.in(workspaceId);
        return OfficeHoursBody.of(officeHours.get(actor).orElseThrow(() -> new NotFoundException("office hours")));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Permission.WORKSPACE_MANAGE)
    @Operation(operationId = "setOfficeHours", summary = "Set the workspace's office hours for messaging")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OfficeHoursBody.class)))
    public OfficeHoursBody set(@RequestBody(required = true) OfficeHoursBody body) {
        OfficeHoursBody b = JsonBodyReader.required(body);
        Actor actor = current.in(workspaceId);
        if (b.timeZone() == null) {
            throw InvalidInputException.of("timeZone", "is required");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(b.timeZone().strip());
        } catch (DateTimeException e) {
            throw InvalidInputException.of("timeZone", "must be an IANA time zone such as Europe/Berlin");
        }
        if (b.days() == null) {
            throw InvalidInputException.of("days", "is required");
        }
        if (b.autoReply() == null) {
            throw InvalidInputException.of("autoReply", "is required");
        }
        Map<DayOfWeek, OfficeHours.Window> days = new EnumMap<>(DayOfWeek.class);
        for (int i = 0; i < b.days().size(); i++) {
            DayBody d = b.days().get(i);
            String field = "days[" + i + "]";
            if (d == null || d.day() == null || d.from() == null || d.to() == null) {
                throw InvalidInputException.of(field, "needs day, from and to");
            }
            DayOfWeek day;
            LocalTime from;
            LocalTime to;
            try {
                day = DayOfWeek.valueOf(d.day().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of(field + ".day", "must be a day of the week (monday … sunday)");
            }
            try {
                from = LocalTime.parse(d.from().strip());
                to = LocalTime.parse(d.to().strip());
            } catch (DateTimeException e) {
                throw InvalidInputException.of(field, "from and to must be times of day (HH:MM)");
            }
            if (!from.isBefore(to)) {
                throw InvalidInputException.of(field, "from must be before to");
            }
            if (days.put(day, new OfficeHours.Window(from, to)) != null) {
                throw InvalidInputException.of(field + ".day", "names a day twice");
            }
        }
        int after = b.emailUnreadAfterMinutes() == null ? OfficeHours.DEFAULT_EMAIL_UNREAD_AFTER_MINUTES : b.emailUnreadAfterMinutes();
        return OfficeHoursBody.of(officeHours.set(actor, new OfficeHours(zone, days, b.autoReply(), after)));
    }
}
