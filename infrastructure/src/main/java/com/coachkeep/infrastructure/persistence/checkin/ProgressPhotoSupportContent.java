package com.coachkeep.infrastructure.persistence.checkin;

import com.coachkeep.checkin.application.port.out.ProgressPhotoRepository;
import com.coachkeep.checkin.domain.ProgressPhoto;
import com.coachkeep.roster.application.port.out.ClientRepository;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.support.application.port.in.SupportContentView;
import com.coachkeep.support.application.port.out.SupportContentPort;
import com.coachkeep.support.domain.GrantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * The support scope {@code progress-photos}: one client's progress photos as a list (day, pose, size, upload time),
 * read beside the roster. Sensitive: a second member of staff approves the grant first. Support sees what staff see:
 * photos the client hid from staff are left out; and never the pixels, only what the rows say.
 */
@ApplicationScoped
public class ProgressPhotoSupportContent implements SupportContentPort {
    static final GrantScope SCOPE = new GrantScope("progress-photos", true, Set.of("roster"));
    private static final List<String> COLUMNS = List.of("Day", "Pose", "Size", "Uploaded");

    private final ClientRepository clients;
    private final ProgressPhotoRepository photos;

    @Inject
    public ProgressPhotoSupportContent(ClientRepository clients, ProgressPhotoRepository photos) {
        this.clients = clients;
        this.photos = photos;
    }

    protected ProgressPhotoSupportContent() {
        this(null, null);
    }

    @Override
    public GrantScope scope() {
        return SCOPE;
    }

    @Override
    public String label() {
        return "Progress photos";
    }

    @Override
    public SupportContentView read(WorkspaceId workspace, String item, PageRequest page) {
        if (item == null) {
            throw new NotFoundException("client");
        }
        ClientId clientId = clients.findById(workspace, ClientId.parse(item)).orElseThrow(() -> new NotFoundException("client")).id();
        List<ProgressPhoto> shown = photos.list(workspace, clientId, null, false);
        return new SupportContentView("progress_photos", "client", clientId.toString(), COLUMNS,
                shown.stream().limit(200).map(p -> new SupportContentView.Row(p.id().toString(), List.of(p.takenOn().toString(),
                        p.pose().wireName(), p.width() + "×" + p.height(), p.uploadedAt().toString()))).toList(), null);
    }
}
