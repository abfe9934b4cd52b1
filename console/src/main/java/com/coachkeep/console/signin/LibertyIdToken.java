package com.coachkeep.console.signin;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the ID token that Open Liberty's OpenID Connect client verified for the current request
 * ({@code com.ibm.websphere.security.openidconnect.PropagationHelper}, an API the server gives every application).
 * Called reflectively: the API jar is not published to Maven Central, and this is the one place that knows it.
 */
final class LibertyIdToken {
    private static final Logger LOG = Logger.getLogger(LibertyIdToken.class.getName());
    private static final String HELPER = "com.ibm.websphere.security.openidconnect.PropagationHelper";

    private LibertyIdToken() {
    }

    /** The current request's ID token claims, if the server's OpenID Connect client authenticated it. */
    @SuppressWarnings("unchecked")
    static Optional<Map<String, Object>> claims() {
        try {
            Class<?> helper = Class.forName(HELPER, true, Thread.currentThread().getContextClassLoader());
            Object token = helper.getMethod("getIdToken").invoke(null);
            if (token == null) {
                return Optional.empty();
            }
            Method all = Class.forName("com.ibm.websphere.security.openidconnect.token.IdToken", true, helper.getClassLoader())
                    .getMethod("getAllClaims");
            return Optional.ofNullable((Map<String, Object>) all.invoke(token));
        } catch (ClassNotFoundException e) {
            LOG.warning("The server's OpenID Connect client is not installed (openidConnectClient-1.0): no console sign-in.");
            return Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the ID token of this request", e);
            return Optional.empty();
        }
    }
}
