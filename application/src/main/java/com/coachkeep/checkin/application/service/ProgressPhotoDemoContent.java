package com.coachkeep.checkin.application.service;

import com.coachkeep.checkin.application.port.out.PhotoFileStorePort;
import com.coachkeep.checkin.application.port.out.PhotoPlaceholderImagesPort;
import com.coachkeep.checkin.application.port.out.ProgressPhotoRepository;
import com.coachkeep.checkin.domain.PhotoId;
import com.coachkeep.checkin.domain.PhotoPose;
import com.coachkeep.checkin.domain.ProgressPhoto;
import com.coachkeep.roster.application.port.in.DemoWorkspaceSeededEvent;
import com.coachkeep.roster.application.port.in.DemoWorkspaceSeededEvent.DemoSeededClient;
import com.coachkeep.shared.application.ImageSanitizer;
import com.coachkeep.shared.application.ImageSanitizer.SanitizedImage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The demo workspace's progress photos: for the first {@value #CLIENTS} demo clients, a front photo every week for
 * {@value #WEEKS} weeks and a side photo every four weeks, drawn silhouettes that get a little leaner week by week,
 * stored through the same image pipeline and file store as an upload. Runs inside the seeding transaction.
 */
@ApplicationScoped
public class ProgressPhotoDemoContent {
    static final int CLIENTS = 3;
    static final int WEEKS = 13;

    private final ProgressPhotoRepository photos;
    private final PhotoFileStorePort files;
    private final ImageSanitizer sanitizer;
    private final PhotoPlaceholderImagesPort placeholders;

    @Inject
    public ProgressPhotoDemoContent(ProgressPhotoRepository photos, PhotoFileStorePort files, ImageSanitizer sanitizer,
            PhotoPlaceholderImagesPort placeholders) {
        this.photos = photos;
        this.files = files;
        this.sanitizer = sanitizer;
        this.placeholders = placeholders;
    }

    protected ProgressPhotoDemoContent() {
        this(null, null, null, null);
    }

    void seed(@Observes DemoWorkspaceSeededEvent event) {
        LocalDate today = LocalDate.ofInstant(event.at(), ZoneOffset.UTC);
        event.clients().stream().limit(CLIENTS).forEach(c -> {
            for (int week = WEEKS - 1; week >= 0; week--) {
                LocalDate day = today.minusWeeks(week);
                double progress = (WEEKS - 1 - week) / (double) (WEEKS - 1);
                store(event, c, PhotoPose.FRONT, day, progress);
                if (week % 4 == 0) {
                    store(event, c, PhotoPose.SIDE, day, progress);
                }
            }
        });
    }

    private void store(DemoWorkspaceSeededEvent event, DemoSeededClient c, PhotoPose pose, LocalDate day, double progress) {
        SanitizedImage image = sanitizer.sanitize(placeholders.silhouette(pose, progress, c.clientId().value().getMostSignificantBits()),
                ImageSanitizer.Limits.DEFAULT);
        PhotoId id = PhotoId.newId();
        UUID thumbnail = UUID.randomUUID();
        files.put(event.workspaceId(), c.clientId(), id.value(), image.full().bytes());
        files.put(event.workspaceId(), c.clientId(), thumbnail, image.thumbnail().bytes());
        photos.add(new ProgressPhoto(id, event.workspaceId(), c.clientId(), pose, day, image.full().mediaType(), image.full().width(),
                image.full().height(), image.full().bytes().length, thumbnail, image.thumbnail().mediaType(), image.thumbnail().width(),
                image.thumbnail().height(), false, c.personId() != null ? c.personId() : c.coachPersonId(),
                day.atTime(8, 0).toInstant(ZoneOffset.UTC)));
    }
}
