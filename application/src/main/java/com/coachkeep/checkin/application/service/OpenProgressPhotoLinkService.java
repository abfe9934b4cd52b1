package com.coachkeep.checkin.application.service;

import com.coachkeep.checkin.application.port.in.OpenProgressPhotoLinkUseCase;
import com.coachkeep.checkin.application.port.in.OpenProgressPhotoUseCase;
import com.coachkeep.checkin.application.port.in.ProgressPhotoContent;
import com.coachkeep.checkin.application.port.out.PhotoLinkSignerPort;
import com.coachkeep.checkin.domain.PhotoLinkClaims;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.workspace.application.port.in.ResolveActorUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Opens a signed photo link: its MAC, its expiry and its viewer first (any failure is not found, with no hint of
 * which), then the viewer's actor in the photo's workspace as stored now, and then the same access rules as the
 * authorized endpoint ({@link OpenProgressPhotoUseCase}): a link outlives neither the viewer's membership nor their
 * permission, nor the photo, nor the client's choice to hide it from staff.
 */
@ApplicationScoped
public class OpenProgressPhotoLinkService implements OpenProgressPhotoLinkUseCase {
    private final PhotoLinkSignerPort signer;
    private final ResolveActorUseCase actors;
    private final OpenProgressPhotoUseCase photos;
    private final Clock clock;

    @Inject
    public OpenProgressPhotoLinkService(PhotoLinkSignerPort signer, ResolveActorUseCase actors, OpenProgressPhotoUseCase photos, Clock clock) {
        this.signer = signer;
        this.actors = actors;
        this.photos = photos;
        this.clock = clock;
    }

    protected OpenProgressPhotoLinkService() {
        this(null, null, null, null);
    }

    @Override
    public ProgressPhotoContent open(Caller caller, String token) {
        PhotoLinkClaims claims = signer.read(token)
                .filter(c -> c.validAt(clock.instant()))
                .filter(c -> c.viewer().equals(caller.personId()))
                .orElseThrow(() -> new NotFoundException("photo link"));
        Actor actor = actors.resolve(caller, claims.workspaceId());
        return photos.open(actor, claims.clientId(), claims.photoId(), claims.variant().wireName());
    }
}
