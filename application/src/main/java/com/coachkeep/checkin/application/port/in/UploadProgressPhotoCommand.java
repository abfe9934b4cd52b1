package com.coachkeep.checkin.application.port.in;

import com.coachkeep.checkin.domain.PhotoPose;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Violation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A progress photo as uploaded: its pose, the day it shows, and the bytes exactly as received (checked and re-encoded
 * by the image pipeline before anything is stored).
 */
public record UploadProgressPhotoCommand(PhotoPose pose, LocalDate takenOn, byte[] content) {
    /** Parses the fields as they arrive (query parameters), naming every invalid one. */
    public static UploadProgressPhotoCommand of(String pose, String takenOn, byte[] content) {
        List<Violation> violations = new ArrayList<>();
        PhotoPose p = PhotoPose.parse(pose).orElse(null);
        if (p == null) {
            violations.add(new Violation("pose", pose == null ? "is required" : "must be one of front, side, back, custom"));
        }
        LocalDate day = null;
        if (takenOn == null) {
            violations.add(new Violation("takenOn", "is required"));
        } else {
            try {
                day = LocalDate.parse(takenOn);
                if (day.getYear() < 1900 || day.getYear() > 9999) {
                    violations.add(new Violation("takenOn", "must be a date after 1900"));
                }
            } catch (DateTimeParseException e) {
                violations.add(new Violation("takenOn", "must be a date (YYYY-MM-DD)"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new UploadProgressPhotoCommand(p, day, content == null ? new byte[0] : content);
    }

    @Override
    public String toString() {
        return "UploadProgressPhotoCommand[" + pose + ", " + takenOn + ", " + content.length + " bytes]";
    }
}
