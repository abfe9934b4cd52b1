package com.coachkeep.checkin.application.port.in;

import com.coachkeep.checkin.domain.PhotoPose;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Violation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A progress photo as uploaded: its pose, the day it shows (both as sent, checked by the use case once the caller is
 * known to be allowed), and the bytes exactly as received (checked and re-encoded by the image pipeline before anything
 * is stored).
 */
public record UploadProgressPhotoCommand(String pose, String takenOn, byte[] content) {
    public UploadProgressPhotoCommand {
        content = content == null ? new byte[0] : content;
    }

    /** The fields parsed, naming every invalid one. */
    public Valid validate() {
        List<Violation> violations = new ArrayList<>();
        PhotoPose p = PhotoPose.parse(pose).orElse(null);
        if (p == null) {
            violations.add(new Violation("pose", pose == null ? "is required" : "must be one of front, side, back, custom"));
        }
        LocalDate day = day("takenOn", takenOn, true, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Valid(p, day);
    }

    /** A day as sent (YYYY-MM-DD, from 1900 on), adding a violation when it is missing but required, or malformed. */
    public static LocalDate day(String field, String value, boolean required, List<Violation> violations) {
        if (value == null) {
            if (required) {
                violations.add(new Violation(field, "is required"));
            }
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            if (day.getYear() < 1900) {
                violations.add(new Violation(field, "must be a date from 1900 on"));
            }
            return day;
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "must be a date (YYYY-MM-DD)"));
            return null;
        }
    }

    public record Valid(PhotoPose pose, LocalDate takenOn) {
    }

    @Override
    public String toString() {
        return "UploadProgressPhotoCommand[" + pose + ", " + takenOn + ", " + content.length + " bytes]";
    }
}
