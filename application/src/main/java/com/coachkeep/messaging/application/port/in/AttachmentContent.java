package com.coachkeep.messaging.application.port.in;

import java.io.InputStream;

/** An attachment's bytes as served (decrypted as they stream), with type, length and a download name; the caller closes the stream. */
public record AttachmentContent(String mediaType, long size, String fileName, InputStream content) {
}
