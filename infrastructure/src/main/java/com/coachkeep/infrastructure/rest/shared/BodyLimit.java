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

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            throw new TooLargeException();
        }
        request.setEntityStream(new Limited(request.getEntityStream()));
    }

    /** A body that exceeded the limit. */
    public static final class TooLargeException extends RuntimeException {
        public TooLargeException() {
            super("request body larger than " + MAX_BYTES + " bytes", null, false, false);
        }
    }

    private static final class Limited extends FilterInputStream {
        private long count;

        Limited(InputStream in) {
            super(in);
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
            if (count > MAX_BYTES) {
                throw new TooLargeException();
            }
        }
    }
}
