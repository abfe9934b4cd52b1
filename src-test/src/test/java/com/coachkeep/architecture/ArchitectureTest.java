package com.coachkeep.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hexagon's rules, checked on the compiled production classes of every module. Each rule fails when it
 * matches nothing (ArchUnit's failOnEmptyShould, plus {@link #everyLayerOfEveryContextHasClasses}), so no
 * rule passes by checking an empty package.
 */
class ArchitectureTest {
    static final String BASE = "com.coachkeep";
    /** Contexts with every layer: the shared kernel has no ports or services of its own. */
    static final List<String> CONTEXTS = ContextMapTest.CONTEXT_MAP.keySet().stream().filter(c -> !c.equals("shared")).sorted().toList();
    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = ProductionClasses.get();
        assertFalse(classes.isEmpty(), "no classes imported");
    }

    @Test
    void theDomainIsPlainJava() {
        ArchRule rule = classes().that().resideInAPackage("..domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", BASE + "..domain..");
        rule.check(classes);
    }

    @Test
    void theApplicationDependsOnTheDomainAndAnnotationsOnly() {
        classes().that().resideInAPackage("..application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", BASE + "..domain..", BASE + "..application..",
                        "jakarta.inject..", "jakarta.enterprise.context..", "jakarta.enterprise.event..", "jakarta.transaction..")
                .check(classes);
    }

    @Test
    void onlyAdaptersAndTheConsoleKnowTheOutsideWorld() {
        noClasses().that().resideInAnyPackage("..domain..", "..application..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".infrastructure..", BASE + ".console..")
                .check(classes);
    }

    @Test
    void theConsoleReachesOnlyApplicationPorts() {
        noClasses().that().resideInAPackage(BASE + ".console..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".infrastructure..", "jakarta.persistence..",
                        BASE + "..application.service..", BASE + "..application.port.out..")
                .check(classes);
    }

    /**
     * Tighter than the rule above: of the core, the console knows the incoming ports and only the few domain and
     * application types those ports take or throw (roles, permissions, report states, the expected refusals, pages and
     * typed ids), never an aggregate, a repository or a service. Everything else it uses is its own, Vaadin, or the platform's APIs.
     */
    @Test
    void theConsoleKnowsOfTheCoreOnlyIncomingPortsAndTheTypesTheyExpose() {
        classes().that().resideInAPackage(BASE + ".console..")
                .should().onlyDependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.or(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage("java..", "javax.crypto..",
                                "jakarta.inject..", "jakarta.enterprise..", "jakarta.servlet..", "org.eclipse.microprofile.config..",
                                "com.vaadin..", "elemental..", BASE + ".console..", BASE + "..application.port.in.."),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf(
                                com.coachkeep.support.domain.InternalRole.class, com.coachkeep.support.domain.SupportPermission.class,
                                com.coachkeep.support.domain.SecurityReportState.class,
                                com.coachkeep.shared.domain.InvalidInputException.class, com.coachkeep.shared.domain.Violation.class,
                                com.coachkeep.shared.domain.Refusal.class,
                                com.coachkeep.shared.application.NotFoundException.class,
                                // pages of the look-up and of content under a grant
                                com.coachkeep.shared.domain.Page.class, com.coachkeep.shared.domain.PageRequest.class)
                                // a view that needs any of several permissions names them in its annotation
                                .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(
                                        com.coachkeep.support.domain.SupportPermission[].class))))
                .check(classes);
    }

    /** Every console view is reached through the main layout, which checks the role on every navigation. */
    @Test
    void everyConsoleViewLivesInTheMainLayout() {
        classes().that().resideInAPackage(BASE + ".console..").and().areAnnotatedWith(com.vaadin.flow.router.Route.class)
                .should(new com.tngtech.archunit.lang.ArchCondition<JavaClass>("have the main layout as its layout") {
                    @Override
                    public void check(JavaClass item, com.tngtech.archunit.lang.ConditionEvents events) {
                        Class<?> layout = item.reflect().getAnnotation(com.vaadin.flow.router.Route.class).layout();
                        if (layout != com.coachkeep.console.layout.MainLayout.class) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(item, item.getName() + " has layout " + layout));
                        }
                    }
                })
                .check(classes);
    }

    @Test
    void jpaStaysInThePersistenceAdapter() {
        noClasses().that().resideOutsideOfPackage(BASE + ".infrastructure.persistence..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .check(classes);
    }

    @Test
    void jaxRsResourcesLiveInTheRestAdapter() {
        classes().that().areAnnotatedWith(jakarta.ws.rs.Path.class)
                .should().resideInAnyPackage(BASE + ".infrastructure.rest..", BASE + ".infrastructure.identity..")
                .check(classes);
    }

    @Test
    void restResourcesCallUseCasesNotRepositoriesOrServices() {
        noClasses().that().resideInAPackage(BASE + ".infrastructure.rest..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + "..application.port.out..", BASE + "..application.service..")
                .check(classes);
    }

    @Test
    void incomingPortsAreUseCasesAndOutgoingPortsAreInterfaces() {
        classes().that().resideInAPackage("..application.port.in..").and().areInterfaces().and().doNotHaveSimpleName("package-info")
                .should().haveSimpleNameEndingWith("UseCase").check(classes);
        classes().that().resideInAPackage("..application.port.out..").and().areTopLevelClasses().and().doNotHaveSimpleName("package-info")
                .should().beInterfaces().check(classes);
        classes().that().resideInAPackage("..application.port.out..").and().areInterfaces().and().doNotHaveSimpleName("package-info")
                .should().haveSimpleNameEndingWith("Repository").orShould().haveSimpleNameEndingWith("Port")
                .orShould().haveSimpleNameEndingWith("Linker").check(classes);
    }

    @Test
    void noImplOrDefaultNames() {
        noClasses().should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameStartingWith("Default")
                .check(classes);
    }

    @Test
    void adaptersAreNamedAfterWhatTheyAdapt() {
        classes().that().resideInAPackage(BASE + ".infrastructure.persistence..").and().areAnnotatedWith(jakarta.persistence.Entity.class)
                .should().haveSimpleNameEndingWith("Entity").check(classes);
        classes().that().resideInAPackage(BASE + ".infrastructure.rest..").and().areAnnotatedWith(jakarta.ws.rs.Path.class)
                .should().haveSimpleNameEndingWith("Resource").check(classes);
    }

    /** Fails on an empty layer, so that no rule above can pass by matching nothing. */
    @Test
    void everyLayerOfEveryContextHasClasses() {
        Map<String, Long> counts = new TreeMap<>();
        for (String context : CONTEXTS) {
            for (String layer : List.of("domain", "application.port.in", "application.port.out", "application.service")) {
                String pkg = BASE + "." + context + "." + layer;
                counts.put(pkg, classes.stream().filter(c -> c.getPackageName().equals(pkg)).count());
            }
            for (String adapter : List.of("persistence", "rest")) {
                String pkg = BASE + ".infrastructure." + adapter + "." + context;
                counts.put(pkg, classes.stream().filter(c -> c.getPackageName().equals(pkg)).count());
            }
        }
        counts.put(BASE + ".shared.domain", classes.stream().filter(c -> c.getPackageName().equals(BASE + ".shared.domain")).count());
        counts.put(BASE + ".console", classes.stream().filter(c -> c.getPackageName().startsWith(BASE + ".console")).count());
        Set<String> empty = counts.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(empty.isEmpty(), "empty packages: " + empty);
    }

    /** Every package says in a package-info what it is for. */
    @Test
    void everyPackageHasAPackageInfo() {
        Set<String> packages = classes.stream().map(JavaClass::getPackageName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = classes.stream().filter(c -> c.getSimpleName().equals("package-info"))
                .map(JavaClass::getPackageName).collect(Collectors.toSet());
        packages.removeAll(documented);
        assertTrue(packages.isEmpty(), "packages without package-info.java: " + packages);
    }
}
