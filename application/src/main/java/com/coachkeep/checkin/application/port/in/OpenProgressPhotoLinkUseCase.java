package com.coachkeep.checkin.application.port.in;

import com.coachkeep.shared.application.Caller;

/**
 * Opens a photo through a signed link, for the signed-in person it was issued to: the link's MAC must be intact, it
 * must not have expired, the caller must be its viewer, and the viewer must still be allowed to see the photo now (an
 * actor resolved from their membership as stored now). Any other link is not found, whoever asks.
 */
public interface OpenProgressPhotoLinkUseCase {
    ProgressPhotoContent open(Caller caller, String token);
}
