package com.coachkeep.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.Slice;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The context map, enforced: a bounded context uses only the contexts the map gives it, and of those only their
 * incoming ports, domain types and events, never their services or outgoing ports; each adapter's package of a
 * context leaves the other contexts' packages alone. The map itself is drawn in docs/architecture.md.
 */
class ContextMapTest {
    static final String BASE = "com.coachkeep";
    /**
     * Which contexts each bounded context may use. Every context may use the {@code shared} kernel, which uses none.
     * A new context (training, nutrition, check-ins, messaging, billing) uses roster and workspace; privacy and support
     * reach every context.
     */
    static final Map<String, Set<String>> CONTEXT_MAP = Map.ofEntries(
            Map.entry("shared", Set.of()),
            Map.entry("workspace", Set.of()),
            Map.entry("audit", Set.of()),
            Map.entry("notification", Set.of()),
            Map.entry("roster", Set.of("workspace")),
            Map.entry("nutrition", Set.of("roster", "workspace")),
            Map.entry("training", Set.of("roster", "workspace")),
            Map.entry("checkin", Set.of("roster", "workspace")),
            Map.entry("privacy", Set.of("workspace", "roster", "audit", "notification")),
            Map.entry("support", Set.of("workspace", "roster", "audit", "notification", "privacy")),
            Map.entry("billing", Set.of("roster", "workspace")),
            Map.entry("messaging", Set.of("roster", "workspace")));
    /**
     * Outgoing ports that a context still reads of another, written as {@code context -> Port}: repositories used
     * directly before the map was enforced. The list may only shrink; a port moved behind an incoming port is taken
     * off it (the rule fails on an entry that is no longer used, and on any use not listed).
     */
    static final Set<String> OUTGOING_PORTS_STILL_SHARED = Set.of(
            "roster -> MembershipRepository", "roster -> WorkspaceRepository", "roster -> InvitationRepository",
            "roster -> PersonRepository",
            "privacy -> MembershipRepository", "privacy -> WorkspaceRepository", "privacy -> PersonRepository",
            "privacy -> ClientRepository",
            "support -> WorkspaceRepository", "support -> ClientRepository",
            "support -> OutboxRepository");
    /** Adapters whose packages go by context. */
    static final Set<String> ADAPTERS_BY_CONTEXT = Set.of("persistence", "rest");

    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = ProductionClasses.get();
    }

    @Test
    void contextsUseOnlyTheContextsTheMapGivesThem() {
        slices().matching(BASE + ".(*)..").that(areBoundedContexts())
                .should(dependOnlyWhere("use only the contexts the map gives them", 1, (from, to) -> {
                    String target = contextOf(to).orElse(null);
                    return target == null || target.equals(from) || target.equals("shared") || CONTEXT_MAP.get(from).contains(target);
                }))
                .check(classes);
    }

    @Test
    void noContextUsesAnotherContextsServices() {
        slices().matching(BASE + ".(*)..").that(areBoundedContexts())
                .should(dependOnlyWhere("use no other context's application.service", 1, (from, to) -> {
                    String target = contextOf(to).orElse(from);
                    return target.equals(from) || !to.getPackageName().startsWith(BASE + "." + target + ".application.service");
                }))
                .check(classes);
    }

    @Test
    void noContextUsesAnotherContextsOutgoingPortsBeyondTheShrinkingList() {
        Set<String> used = new TreeSet<>();
        slices().matching(BASE + ".(*)..").that(areBoundedContexts())
                .should(dependOnlyWhere("use no other context's application.port.out", 1, (from, to) -> {
                    String target = contextOf(to).orElse(from);
                    if (target.equals(from) || !to.getPackageName().startsWith(BASE + "." + target + ".application.port.out")) {
                        return true;
                    }
                    String use = from + " -> " + to.getName().substring(to.getPackageName().length() + 1).replaceAll("\\$.*", "");
                    used.add(use);
                    return OUTGOING_PORTS_STILL_SHARED.contains(use);
                }))
                .check(classes);
        assertEquals(new TreeSet<>(OUTGOING_PORTS_STILL_SHARED), used,
                "a port no longer used across contexts is taken off OUTGOING_PORTS_STILL_SHARED");
    }

    /** The rest and persistence adapters' package of one context uses no other context's package of any adapter. */
    @Test
    void anAdaptersPackageOfOneContextLeavesTheOtherContextsPackagesAlone() {
        slices().matching(BASE + ".infrastructure.(*).(*)..").that(areAdapterPackagesOfContexts())
                .should(dependOnlyWhere("use no adapter package of another context", 2, (from, to) -> {
                    String target = adapterContextOf(to).orElse(null);
                    return target == null || target.equals(from) || target.equals("shared");
                }))
                .check(classes);
    }

    /** Start-up, jobs, storage and the other adapters reach a context's adapter code through CDI interfaces, never by name. */
    @Test
    void otherAdaptersDoNotReachIntoAContextsAdapterPackages() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that().resideInAPackage(BASE + ".infrastructure..")
                .and(DescribedPredicate.describe("are in no adapter package of a context", c -> adapterContextOf(c).isEmpty()))
                // the JAX-RS application lists the published resources by class: the OpenAPI filter reads their @Access
                .and(DescribedPredicate.describe("are not the JAX-RS application",
                        c -> !c.getName().equals(BASE + ".infrastructure.rest.CoachkeepApplication")))
                .should().dependOnClassesThat(DescribedPredicate.describe("are in an adapter package of a context",
                        c -> adapterContextOf(c).filter(ctx -> !ctx.equals("shared")).isPresent()))
                .check(classes);
    }

    private static DescribedPredicate<Slice> areBoundedContexts() {
        return DescribedPredicate.describe("are bounded contexts", s -> CONTEXT_MAP.containsKey(s.getNamePart(1)));
    }

    private static DescribedPredicate<Slice> areAdapterPackagesOfContexts() {
        return DescribedPredicate.describe("are adapter packages of bounded contexts",
                s -> ADAPTERS_BY_CONTEXT.contains(s.getNamePart(1)) && CONTEXT_MAP.containsKey(s.getNamePart(2))
                        && !s.getNamePart(2).equals("shared"));
    }

    /** The context a core class belongs to ({@code com.coachkeep.<context>…}), if any. */
    static Optional<String> contextOf(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length > 2 && parts[0].equals("com") && parts[1].equals("coachkeep") && CONTEXT_MAP.containsKey(parts[2])
                ? Optional.of(parts[2]) : Optional.empty();
    }

    /** The context of an adapter class in {@code com.coachkeep.infrastructure.<adapter>.<context>…}, if any. */
    static Optional<String> adapterContextOf(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length > 4 && c.getPackageName().startsWith(BASE + ".infrastructure.") && ADAPTERS_BY_CONTEXT.contains(parts[3])
                && CONTEXT_MAP.containsKey(parts[4]) ? Optional.of(parts[4]) : Optional.empty();
    }

    /**
     * A slice condition: every dependency of the slice's classes passes {@code allowed(context, target)}, the context
     * being the slice's name part {@code contextPart}.
     */
    private static ArchCondition<Slice> dependOnlyWhere(String description, int contextPart,
            BiFunction<String, JavaClass, Boolean> allowed) {
        return new ArchCondition<>(description) {
            @Override
            public void check(Slice slice, ConditionEvents events) {
                String from = slice.getNamePart(contextPart);
                for (JavaClass c : slice) {
                    for (Dependency d : c.getDirectDependenciesFromSelf()) {
                        JavaClass target = d.getTargetClass().getBaseComponentType();
                        if (!target.getPackageName().startsWith(BASE + ".")) {
                            continue;
                        }
                        if (!allowed.apply(from, target)) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            }
        };
    }
}
