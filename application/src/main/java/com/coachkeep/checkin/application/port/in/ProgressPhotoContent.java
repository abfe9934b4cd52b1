package com.coachkeep.checkin.application.port.in;

import java.io.InputStream;

/** A photo's bytes as served (decrypted as they stream), with their type and length; the caller closes the stream. */
public record ProgressPhotoContent(String mediaType, long size, InputStream content) {
}
