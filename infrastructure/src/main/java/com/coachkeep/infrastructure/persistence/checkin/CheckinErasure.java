package com.coachkeep.infrastructure.persistence.checkin;

import com.coachkeep.infrastructure.persistence.shared.TableErasure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The check-in context's part of erasure: a client's metrics, check-ins, schedules and the record of the reminders
 * they were sent go with the client; the
 * workspace's forms, measurement types and settings go with the workspace. Children first (metrics point at check-ins,
 * check-ins at form versions).
 */
@ApplicationScoped
public class CheckinErasure extends TableErasure {
    /** The client's tables, children first. */
    public static final List<String> CLIENT_TABLES = List.of("checkin_reminder", "body_metric", "checkin", "checkin_schedule");
    /** Every table, in the order a workspace's rows are deleted. */
    public static final List<String> TABLES = List.of("checkin_reminder", "body_metric", "checkin", "checkin_schedule", "checkin_form", "metric_type", "checkin_settings");

    public CheckinErasure() {
        super("checkin", TABLES, CLIENT_TABLES);
    }
}
