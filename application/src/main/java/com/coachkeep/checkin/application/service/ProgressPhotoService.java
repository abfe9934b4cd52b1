package com.coachkeep.checkin.application.service;

import com.coachkeep.checkin.application.port.in.CompareProgressPhotosUseCase;
import com.coachkeep.checkin.application.port.in.DeleteProgressPhotoUseCase;
import com.coachkeep.checkin.application.port.in.HideProgressPhotoUseCase;
import com.coachkeep.checkin.application.port.in.LinkProgressPhotoUseCase;
import com.coachkeep.checkin.application.port.in.ListProgressPhotosUseCase;
import com.coachkeep.checkin.application.port.in.OpenProgressPhotoUseCase;
import com.coachkeep.checkin.application.port.in.ProgressPhotoContent;
import com.coachkeep.checkin.application.port.in.UploadProgressPhotoCommand;
import com.coachkeep.checkin.application.port.in.UploadProgressPhotoUseCase;
import com.coachkeep.checkin.application.port.out.PhotoDayWeightsPort;
import com.coachkeep.checkin.application.port.out.PhotoFileStorePort;
import com.coachkeep.checkin.application.port.out.PhotoLinkSignerPort;
import com.coachkeep.checkin.application.port.out.ProgressPhotoRepository;
import com.coachkeep.checkin.domain.PhotoId;
import com.coachkeep.checkin.domain.PhotoLinkClaims;
import com.coachkeep.checkin.domain.PhotoPose;
import com.coachkeep.checkin.domain.PhotoVariant;
import com.coachkeep.checkin.domain.ProgressPhoto;
import com.coachkeep.roster.application.port.in.GetClientUseCase;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.ImageSanitizer;
import com.coachkeep.shared.application.ImageSanitizer.SanitizedImage;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Progress photos. Who reaches them: the client themself ({@code self_photos}: upload, view, compare, link, hide,
 * delete) and staff with {@code photos_view} on clients they can read (view, compare, link), except the photos the
 * client hid from staff, which answer to staff exactly like missing ones. Visibility of the client is the roster's
 * ({@link GetClientUseCase}); a client the actor cannot see is not found.
 *
 * <p>An upload goes through the {@link ImageSanitizer} first: a refused image stores nothing. Only the re-encoded
 * copies are stored, in the file store under the client's key; the row holds no pixels and no free text.
 */
@ApplicationScoped
public class ProgressPhotoService implements UploadProgressPhotoUseCase, ListProgressPhotosUseCase, OpenProgressPhotoUseCase,
        LinkProgressPhotoUseCase, CompareProgressPhotosUseCase, HideProgressPhotoUseCase, DeleteProgressPhotoUseCase {
    private final ProgressPhotoRepository photos;
    private final PhotoFileStorePort files;
    private final ImageSanitizer sanitizer;
    private final PhotoLinkSignerPort signer;
    private final PhotoDayWeightsPort weights;
    private final GetClientUseCase clients;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public ProgressPhotoService(ProgressPhotoRepository photos, PhotoFileStorePort files, ImageSanitizer sanitizer, PhotoLinkSignerPort signer,
            PhotoDayWeightsPort weights, GetClientUseCase clients, AuditTrail audit, Clock clock) {
        this.photos = photos;
        this.files = files;
        this.sanitizer = sanitizer;
        this.signer = signer;
        this.weights = weights;
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
    }

    protected ProgressPhotoService() {
        this(null, null, null, null, null, null, null, null);
    }

    // ------------------------------------------------------------------------------------------ the client's own

    @Override
    public ProgressPhoto upload(Actor actor, ClientId clientId, UploadProgressPhotoCommand command) {
        ClientId client = reachOwn(actor, clientId);
        UploadProgressPhotoCommand.Valid valid = command.validate();
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        if (valid.takenOn().isAfter(today.plusDays(1))) {
            throw InvalidInputException.of("takenOn", "must not be in the future");
        }
        SanitizedImage image = sanitizer.sanitize(command.content(), ImageSanitizer.Limits.DEFAULT);
        PhotoId id = PhotoId.newId();
        UUID thumbnailId = UUID.randomUUID();
        ProgressPhoto photo = new ProgressPhoto(id, actor.workspaceId(), client, valid.pose(), valid.takenOn(),
                image.full().mediaType(), image.full().width(), image.full().height(), image.full().bytes().length, thumbnailId,
                image.thumbnail().mediaType(), image.thumbnail().width(), image.thumbnail().height(), false, actor.personId(),
                clock.instant());
        files.put(actor.workspaceId(), client, id.value(), image.full().bytes());
        try {
            files.put(actor.workspaceId(), client, thumbnailId, image.thumbnail().bytes());
            photos.add(photo);
        } catch (RuntimeException e) {
            files.delete(actor.workspaceId(), client, id.value());
            files.delete(actor.workspaceId(), client, thumbnailId);
            throw e;
        }
        audit.record(AuditRecord.of(actor, "photo.uploaded").target("progress_photo", id).detail("client", client)
                .detail("pose", valid.pose().wireName()).detail("takenOn", valid.takenOn()));
        return photo;
    }

    @Override
    public ProgressPhoto setHidden(Actor actor, ClientId clientId, PhotoId photoId, boolean hiddenFromStaff) {
        ClientId client = reachOwn(actor, clientId);
        ProgressPhoto photo = photos.find(actor.workspaceId(), client, photoId).orElseThrow(() -> new NotFoundException("photo"));
        if (photo.hiddenFromStaff() != hiddenFromStaff) {
            photos.setHidden(actor.workspaceId(), client, photoId, hiddenFromStaff);
            audit.record(AuditRecord.of(actor, hiddenFromStaff ? "photo.hidden_from_staff" : "photo.shown_to_staff")
                    .target("progress_photo", photoId).detail("client", client));
        }
        return photo.hidden(hiddenFromStaff);
    }

    @Override
    public void delete(Actor actor, ClientId clientId, PhotoId photoId) {
        ClientId client = reachOwn(actor, clientId);
        ProgressPhoto photo = photos.find(actor.workspaceId(), client, photoId).orElseThrow(() -> new NotFoundException("photo"));
        photos.delete(actor.workspaceId(), client, photoId);
        files.delete(actor.workspaceId(), client, photo.fileId(PhotoVariant.FULL));
        files.delete(actor.workspaceId(), client, photo.fileId(PhotoVariant.THUMBNAIL));
        audit.record(AuditRecord.of(actor, "photo.deleted").target("progress_photo", photoId).detail("client", client));
    }

    // ------------------------------------------------------------------------------------------ the client and staff

    @Override
    public List<ProgressPhoto> list(Actor actor, ClientId clientId, String pose) {
        ClientId client = reachToView(actor, clientId);
        PhotoPose only = pose == null ? null : PhotoPose.parse(pose)
                .orElseThrow(() -> InvalidInputException.of("pose", "must be one of front, side, back, custom"));
        return photos.list(actor.workspaceId(), client, only, !actor.staff());
    }

    @Override
    public ProgressPhoto get(Actor actor, ClientId clientId, PhotoId photoId) {
        ClientId client = reachToView(actor, clientId);
        return visible(actor, client, photoId);
    }

    @Override
    public ProgressPhotoContent open(Actor actor, ClientId clientId, PhotoId photoId, String variantName) {
        ClientId client = reachToView(actor, clientId);
        PhotoVariant variant = variant(variantName);
        ProgressPhoto photo = visible(actor, client, photoId);
        InputStream content = files.open(actor.workspaceId(), client, photo.fileId(variant))
                .orElseThrow(() -> new NotFoundException("photo"));
        long size = variant == PhotoVariant.FULL ? photo.sizeBytes() : -1;
        return new ProgressPhotoContent(photo.mediaType(variant), size, content);
    }

    @Override
    public ProgressPhotoLink link(Actor actor, ClientId clientId, PhotoId photoId, String variantName) {
        ClientId client = reachToView(actor, clientId);
        PhotoVariant variant = variant(variantName);
        visible(actor, client, photoId);
        Instant expiresAt = clock.instant().plus(PhotoLinkClaims.MAX_LIFETIME);
        String token = signer.sign(new PhotoLinkClaims(actor.workspaceId(), client, photoId, variant, actor.personId(), expiresAt));
        audit.record(AuditRecord.of(actor, "photo.link_issued").target("progress_photo", photoId).detail("client", client)
                .detail("variant", variant.wireName()).detail("expiresAt", expiresAt));
        return new ProgressPhotoLink(token, expiresAt);
    }

    @Override
    public PhotoComparison compare(Actor actor, ClientId clientId, String poseName, String beforeDay, String afterDay) {
        ClientId client = reachToView(actor, clientId);
        List<Violation> violations = new ArrayList<>();
        PhotoPose pose = PhotoPose.parse(poseName).orElse(null);
        if (pose == null) {
            violations.add(new Violation("pose", poseName == null ? "is required" : "must be one of front, side, back, custom"));
        }
        LocalDate before = UploadProgressPhotoCommand.day("before", beforeDay, false, violations);
        LocalDate after = UploadProgressPhotoCommand.day("after", afterDay, true, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (before != null && before.isAfter(after)) {
            throw InvalidInputException.of("before", "must not be after the day compared with");
        }
        boolean includeHidden = !actor.staff();
        ProgressPhoto first = before == null
                ? photos.first(actor.workspaceId(), client, pose, includeHidden).orElseThrow(() -> new NotFoundException("photo"))
                : photos.onDay(actor.workspaceId(), client, pose, before, includeHidden).orElseThrow(() -> new NotFoundException("photo"));
        ProgressPhoto second = photos.onDay(actor.workspaceId(), client, pose, after, includeHidden)
                .orElseThrow(() -> new NotFoundException("photo"));
        return new PhotoComparison(pose, side(actor, client, first), side(actor, client, second));
    }

    private Side side(Actor actor, ClientId client, ProgressPhoto photo) {
        return new Side(photo, weights.weightKgOn(actor.workspaceId(), client, photo.takenOn()).orElse(null));
    }

    private static PhotoVariant variant(String name) {
        return PhotoVariant.parse(name).orElseThrow(() -> InvalidInputException.of("variant", "must be full or thumbnail"));
    }

    // ------------------------------------------------------------------------------------------ access

    private ProgressPhoto visible(Actor actor, ClientId client, PhotoId photoId) {
        return photos.find(actor.workspaceId(), client, photoId).filter(p -> !(actor.staff() && p.hiddenFromStaff()))
                .orElseThrow(() -> new NotFoundException("photo"));
    }

    /** Only the client themself (staff are refused: they hold no {@code self_photos}). */
    private ClientId reachOwn(Actor actor, ClientId clientId) {
        actor.require(Permission.SELF_PHOTOS);
        return visibleClient(actor, clientId);
    }

    /** The client themself, or staff who may view photos. */
    private ClientId reachToView(Actor actor, ClientId clientId) {
        if (actor.staff()) {
            actor.require(Permission.PHOTOS_VIEW);
        } else {
            actor.require(Permission.SELF_PHOTOS);
        }
        return visibleClient(actor, clientId);
    }

    private ClientId visibleClient(Actor actor, ClientId clientId) {
        boolean mayReadClients = actor.staff()
                ? actor.has(Permission.CLIENTS_READ_ALL) || actor.has(Permission.CLIENTS_READ_ASSIGNED)
                : actor.has(Permission.SELF_READ);
        if (!mayReadClients) {
            throw new NotFoundException("client");
        }
        return clients.get(actor, clientId).id();
    }

}
