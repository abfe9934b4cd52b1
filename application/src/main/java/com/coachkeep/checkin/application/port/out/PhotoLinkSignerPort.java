package com.coachkeep.checkin.application.port.out;

import com.coachkeep.checkin.domain.PhotoLinkClaims;
import java.util.Optional;

/**
 * Signs a photo link's claims with a server-side secret (HMAC), and reads them back from a link only when its MAC is
 * intact. Whether the claims still hold (time, viewer) is the caller's to check.
 */
public interface PhotoLinkSignerPort {
    /** A URL-safe token that carries the claims and their MAC. */
    String sign(PhotoLinkClaims claims);

    /** The claims of a token this signer made and nobody altered; empty for anything else. */
    Optional<PhotoLinkClaims> read(String token);
}
