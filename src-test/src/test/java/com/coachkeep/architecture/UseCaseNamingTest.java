package com.coachkeep.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A use case is found by its name: {@code XUseCase} is implemented by {@code XService}, or by the one service of the
 * aggregate it is about, named after that aggregate ({@code InvitationService} for the use cases of invitations,
 * {@code Invitation} being a class of the context's domain).
 */
class UseCaseNamingTest {
    static final String BASE = "com.coachkeep";
    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = ProductionClasses.get();
    }

    @Test
    void aUseCaseIsImplementedByItsNamesakeServiceOrByItsAggregatesService() {
        classes().that().resideInAPackage(BASE + "..application.service..").and().areNotInterfaces()
                .and().areAssignableTo(com.tngtech.archunit.base.DescribedPredicate.describe("a use case",
                        (JavaClass c) -> c.isInterface() && c.getSimpleName().endsWith("UseCase")
                                && c.getPackageName().endsWith(".application.port.in")))
                .should(new ArchCondition<JavaClass>("be named XService after its only XUseCase, or <Aggregate>Service") {
                    @Override
                    public void check(JavaClass service, ConditionEvents events) {
                        List<String> useCases = service.getAllRawInterfaces().stream()
                                .filter(i -> i.getSimpleName().endsWith("UseCase") && i.getPackageName().endsWith(".application.port.in"))
                                .map(JavaClass::getSimpleName).toList();
                        String name = service.getSimpleName();
                        boolean namesake = useCases.size() == 1 && name.equals(useCases.get(0).replaceAll("UseCase$", "Service"));
                        String domain = service.getPackageName().replace(".application.service", ".domain");
                        String aggregate = name.replaceAll("Service$", "");
                        boolean aggregateService = name.endsWith("Service")
                                && classes.contain(domain + "." + aggregate) && !aggregate.endsWith("Exception");
                        if (!namesake && !aggregateService) {
                            events.add(SimpleConditionEvent.violated(service, name + " implements " + useCases
                                    + ": name it after its one use case, or after an aggregate of " + domain));
                        }
                    }
                })
                .check(classes);
    }
}
