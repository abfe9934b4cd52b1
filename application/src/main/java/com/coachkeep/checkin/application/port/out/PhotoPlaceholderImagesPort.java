package com.coachkeep.checkin.application.port.out;

import com.coachkeep.checkin.domain.PhotoPose;

/** Placeholder progress photos for the demo workspace: drawn silhouettes, no person's picture. */
public interface PhotoPlaceholderImagesPort {
    /**
     * A PNG of a silhouette in the pose, a little leaner as {@code progress} goes from 0 to 1.
     *
     * @param seed varies the build and the backdrop from one demo client to another
     */
    byte[] silhouette(PhotoPose pose, double progress, long seed);
}
