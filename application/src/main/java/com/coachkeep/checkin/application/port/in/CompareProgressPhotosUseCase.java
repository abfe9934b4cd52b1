package com.coachkeep.checkin.application.port.in;

import com.coachkeep.checkin.domain.PhotoPose;
import com.coachkeep.checkin.domain.ProgressPhoto;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import java.math.BigDecimal;

/**
 * Two photos of one pose side by side: the photo of one day against another day's, or against the client's first photo
 * of that pose, each with the bodyweight logged that day (null when none was).
 */
public interface CompareProgressPhotosUseCase {
    /**
     * The fields as sent, checked once the caller is known to be allowed.
     *
     * @param pose   front, side, back or custom
     * @param before the earlier day (YYYY-MM-DD), or null for the client's first photo of the pose
     * @param after  the later day (YYYY-MM-DD)
     */
    PhotoComparison compare(Actor actor, ClientId clientId, String pose, String before, String after);

    record PhotoComparison(PhotoPose pose, Side before, Side after) {
    }

    /** One side: the photo (the last uploaded, when a day has several) and that day's weight, if known. */
    record Side(ProgressPhoto photo, BigDecimal weightKg) {
    }
}
