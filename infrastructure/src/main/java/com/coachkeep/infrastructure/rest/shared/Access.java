package com.coachkeep.infrastructure.rest.shared;

import com.coachkeep.shared.domain.Permission;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Who may call a published REST operation, as the OpenAPI document states it ({@code x-coachkeep-permission},
 * {@code x-coachkeep-scope}, added by {@link OpenApiFilter}). It restates what the use case the method calls checks:
 * src-test's {@code AuthorizationArchitectureTest} reads the compiled use case and fails when the permissions it refers to differ
 * from the ones named here, so the document cannot drift from the code. The isolation matrix derives from these two
 * extensions and the role model which callers must be refused.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Access {
    /** The permissions of which the caller needs at least one; none for {@link Scope#OWN}, {@link Scope#SECRET}, {@link Scope#PUBLIC}. */
    Permission[] value() default {};

    /** How far the operation reaches once the permission is held. */
    Scope scope() default Scope.WORKSPACE;

    /** What an operation acts on, and so who besides the holders of the permission is kept out. */
    enum Scope {
        /** One workspace's data: an active member of the workspace in the path holding the permission. */
        WORKSPACE,
        /**
         * One client's data: as {@link #WORKSPACE}, and only on a client the caller can read (every client with
         * {@code clients_read_all}, those assigned to them with {@code clients_read_assigned}, their own record with
         * {@code self_read}); any other client is not found.
         */
        CLIENT,
        /** Something one member asked for (an export): as {@link #WORKSPACE}, and only the member who asked; not found for anyone else. */
        REQUESTER,
        /** The caller's own data, in no workspace: anyone signed in, about themselves only. */
        OWN,
        /** Authorized by a secret in the link (and the signed-in person it was issued to), in no workspace. */
        SECRET,
        /** Public platform information or intake: no token needed, no workspace data. */
        PUBLIC;

        /** The name the OpenAPI document carries ({@code "client"}). */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Helpers for reading the annotation. */
    final class Names {
        private Names() {
        }

        /** The permissions' wire names, as the document lists them. */
        public static List<String> permissions(Access access) {
            return Arrays.stream(access.value()).map(Permission::wireName).toList();
        }
    }
}
