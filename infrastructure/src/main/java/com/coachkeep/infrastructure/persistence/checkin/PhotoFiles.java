package com.coachkeep.infrastructure.persistence.checkin;

import com.coachkeep.checkin.application.port.out.PhotoFileStorePort;
import com.coachkeep.infrastructure.persistence.shared.ClientFiles;
import jakarta.enterprise.context.ApplicationScoped;

/** Photo files in the file store: the client is the data subject, so the client's file key encrypts them. */
@ApplicationScoped
public class PhotoFiles extends ClientFiles implements PhotoFileStorePort {
    public PhotoFiles() {
        super("photo");
    }
}
