package com.coachkeep.checkin.application.port.out;

import com.coachkeep.checkin.domain.PhotoId;
import com.coachkeep.checkin.domain.PhotoPose;
import com.coachkeep.checkin.domain.ProgressPhoto;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The rows of progress photos (never their pixels), always within one workspace and one client. */
public interface ProgressPhotoRepository {
    void add(ProgressPhoto photo);

    Optional<ProgressPhoto> find(WorkspaceId workspaceId, ClientId clientId, PhotoId id);

    /**
     * Newest day first, then newest upload first.
     *
     * @param pose          only this pose, or every pose when null
     * @param includeHidden whether photos hidden from staff are included
     */
    List<ProgressPhoto> list(WorkspaceId workspaceId, ClientId clientId, PhotoPose pose, boolean includeHidden);

    /** The last uploaded photo of the pose on that day. */
    Optional<ProgressPhoto> onDay(WorkspaceId workspaceId, ClientId clientId, PhotoPose pose, LocalDate day, boolean includeHidden);

    /** The client's first photo of the pose (earliest day, then earliest upload). */
    Optional<ProgressPhoto> first(WorkspaceId workspaceId, ClientId clientId, PhotoPose pose, boolean includeHidden);

    void setHidden(WorkspaceId workspaceId, ClientId clientId, PhotoId id, boolean hidden);

    /** {@code false} when there was no such photo. */
    boolean delete(WorkspaceId workspaceId, ClientId clientId, PhotoId id);
}
