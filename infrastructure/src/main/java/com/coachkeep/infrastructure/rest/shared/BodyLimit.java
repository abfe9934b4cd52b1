package com.coachkeep.infrastructure.rest.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies above {@link #MAX_BYTES} with 413, whether they announce their length or stream it
 * in chunks. JSON bodies of this API are small; files will travel through their own upload links.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 50)
public class BodyLimit implements ContainerRequestFilter {
    public static final int MAX_BYTES = 64 * 1024;
    /**
     * The limit of a file upload's body (a progress photo: the image pipeline's own limit is 15 MiB, refused with a
     * problem of its own below this).
     */
    public static final long UPLOAD_MAX_BYTES = 16L * 1024 * 1024;
    /**
     * The operations that take a file as their body: {@code POST …/clients/{clientId}/photos} and
     * {@code POST …/clients/{clientId}/conversation/attachments} (each limited to 15 MiB by its own check).
     */
    static final java.util.regex.Pattern UPLOADS = java.util.regex.Pattern.compile(
            "^/?api/v1/workspaces/[^/]+/clients/[^/]+/(photos|conversation/attachments)/?$");

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limitFor(request.getMethod(), request.getUriInfo().getPath());
        if (request.getLength() > limit) {
            throw new TooLargeException(limit);
        }
        request.setEntityStream(new Limited(request.getEntityStream(), limit));
    }

    static long limitFor(String method, String path) {
        return "POST".equals(method) && path != null && UPLOADS.matcher(path).matches() ? UPLOAD_MAX_BYTES : MAX_BYTES;
    }

    /** A body that exceeded the limit. */
    public static final class TooLargeException extends RuntimeException {
        private final long limit;

        public TooLargeException() {
            this(MAX_BYTES);
        }

        public TooLargeException(long limit) {
            super("request body larger than " + limit + " bytes", null, false, false);
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw new TooLargeException(limit);
            }
        }
    }
}
