package com.coachkeep.infrastructure.rest.shared;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.util.Comparator;
import java.util.List;

/**
 * The REST resources of the API: every class under {@code com.coachkeep.infrastructure.rest} with a JAX-RS
 * {@code @Path}. JAX-RS finds them by its own scan; the OpenAPI document's filter, which gets no CDI, finds them here
 * to read each operation's {@link Access}, so a new feature's resource is published without being listed anywhere.
 */
public final class PublishedResources {
    static final String PACKAGE = "com.coachkeep.infrastructure.rest";

    private PublishedResources() {
    }

    /** The resource classes, by name; loaded through the given class loader (the application's). */
    public static List<Class<?>> find(ClassLoader loader) {
        try (ScanResult scan = new ClassGraph().overrideClassLoaders(loader).ignoreParentClassLoaders()
                .acceptPackages(PACKAGE).enableAnnotationInfo().scan()) {
            return scan.getClassesWithAnnotation(jakarta.ws.rs.Path.class.getName()).stream()
                    .filter(c -> !c.isAbstract() && !c.isInterface())
                    .map(c -> c.loadClass())
                    .<Class<?>>map(c -> c)
                    .sorted(Comparator.comparing(Class::getName))
                    .toList();
        }
    }
}
