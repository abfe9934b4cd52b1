package com.coachkeep.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.infrastructure.rest.shared.PublishedResources;
import com.coachkeep.infrastructure.rest.shared.Access;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.support.application.port.in.SupportActor;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Authorization is decided on the server, in the use cases, and the API document says truthfully what each operation
 * needs. Two rules, both read from the compiled classes:
 * <ul>
 * <li>every incoming port takes the {@link Actor} (or the support console's {@link SupportActor}) whose permissions it
 * checks, unless it is on {@link #WITHOUT_ACTOR} with the reason it needs none (P-ISO-2; the isolation matrix is the
 * runtime proof beside it);</li>
 * <li>the permissions a REST method's {@link Access} names (and so the OpenAPI document's {@code x-coachkeep-permission})
 * are exactly the ones the use case it calls refers to, so the isolation matrix derives its expectations from the code's
 * own checks.</li>
 * </ul>
 */
class AuthorizationArchitectureTest {
    static final String BASE = "com.coachkeep";

    /**
     * Incoming ports that take no actor, each with the reason. A use case on workspace data that takes no actor would
     * let its caller skip the permission check; adding one here is a decision to be reviewed.
     */
    static final Map<String, String> WITHOUT_ACTOR = withoutActor();

    private static Map<String, String> withoutActor() {
        Map<String, String> m = new LinkedHashMap<>();
        String caller = "the signed-in person's own data, in no workspace: the Caller (a verified token) is who it is about";
        String job = "a background job or start-up step of the platform, started by the server itself, never by a request";
        m.put("IdentifyCallerUseCase.identify", "turns a verified token into a Caller; it is how an actor is found");
        m.put("ResolveActorUseCase.resolve", "builds the Actor from the Caller and the membership stored now");
        m.put("ResolveActorUseCase.resolveForDataRights", "builds the Actor for export and deletion of one's own data");
        m.put("GetMeUseCase.me", caller);
        m.put("DeleteAccountUseCase.delete", caller);
        m.put("CreateWorkspaceUseCase.create", caller + "; the new workspace's owner is the caller");
        m.put("GetNotificationPreferencesUseCase.get", caller);
        m.put("UpdateNotificationPreferencesUseCase.update", caller);
        m.put("AcceptInvitationUseCase.accept", "authorized by the invitation's secret, for the verified email it was sent to");
        m.put("DownloadExportUseCase.download", "authorized by the link's secret, for the person who asked for the export only");
        m.put("OpenProgressPhotoLinkUseCase.open", "authorized by the link's HMAC, for the person it was issued to only, who is then "
                + "resolved to an actor and checked as on the authorized endpoint");
        m.put("UnsubscribeUseCase.unsubscribe", "one-click unsubscribe (RFC 8058): the signed token in the link names the person");
        m.put("SubmitSecurityReportUseCase.submit", "public intake of vulnerability reports; answers only a tracking id");
        m.put("ListSubProcessorsUseCase.listCurrent", "the public sub-processor list, platform data");
        m.put("GetPlatformStatusUseCase.status", "the public platform status, components only");
        m.put("GetWorkspaceDeletionUseCase.findRequestedBy", "a deleted workspace has no members left to be an actor: "
                + "answers only the person who asked for the deletion (the Caller), and nothing to anyone else");
        m.put("VerifyAuditChainUseCase.verifyAsOperator", "an operator's or a scheduled check of a chain's integrity, not reachable "
                + "from the API; answers whether the links hold, no event");
        m.put("DeliverQueuedEmailsUseCase.deliverDue", job);
        m.put("ReceiveBillingWebhookUseCase.receive", "Stripe's webhook deliveries: authenticated by the signature over the body, "
                + "stored for the inbox; answers only the event id");
        m.put("ApplyBillingEventsUseCase.pending", job);
        m.put("ApplyBillingEventsUseCase.apply", job);
        m.put("DeliverQueuedEmailsUseCase.purgeDelivered", job);
        m.put("CheckpointAuditChainsUseCase.checkpointAll", job);
        m.put("BackUpDataUseCase.backUp", job);
        m.put("BackUpDataUseCase.backUpIfDue", job);
        m.put("PruneBackupsUseCase.prune", job);
        m.put("EraseDeletedWorkspacesUseCase.eraseNextBatch", job);
        m.put("EraseDeletedWorkspacesUseCase.forgetFinished", job);
        m.put("SettleDeletedWorkspaceUseCase.settle", job + ": run after a deletion committed (the workspace has no members left to "
                + "be an actor), and only for a workspace being deleted");
        m.put("CancelDeletedWorkspaceSubscriptionsUseCase.cancelForDeletion", job + ": the deletion's settlement, for a workspace "
                + "already being deleted (no members left to be an actor)");
        m.put("ReplayDeletionsUseCase.replayAll", job);
        m.put("RunExportsUseCase.runNext", job);
        m.put("RunExportsUseCase.expireDue", job);
        m.put("SendSubProcessorAnnouncementsUseCase.sendNextBatch", job);
        m.put("DeliverScheduledMessagesUseCase.due", job);
        m.put("DeliverScheduledMessagesUseCase.deliver", job);
        m.put("RunAnnouncementsUseCase.running", job);
        m.put("RunAnnouncementsUseCase.sendNext", job);
        m.put("DigestUnreadMessagesUseCase.workspacesWithRecentMessages", job);
        m.put("DigestUnreadMessagesUseCase.digest", job);
        m.put("SendCheckinRemindersUseCase.workspacesWithSchedules", job);
        m.put("SendCheckinRemindersUseCase.remind", job);
        m.put("ResolveActorUseCase.identifyAndResolve", "turns a verified token into the Caller and its Actor in one read; it is how "
                + "an actor is found");
        m.put("ResolveActorUseCase.identifyAndResolveForDataRights", "the same, for export and deletion of one's own data");
        String onBehalf = "called only by another context's use case after that one checked its own actor's permission (the "
                + "support console's data requests, a coach's invitation); the AuditRecord or the ids it takes say on whose behalf";
        m.put("IssueInvitationUseCase.issue", onBehalf);
        m.put("IssueInvitationUseCase.resend", onBehalf);
        m.put("EraseClientOnRequestUseCase.eraseOnClientsRequest", onBehalf);
        m.put("RequestExportOnRequestUseCase.requestClientExportForClient", onBehalf);
        m.put("RequestExportOnRequestUseCase.requestWorkspaceExportForOwner", onBehalf);
        m.put("DeleteWorkspaceOnRequestUseCase.deleteOnOwnersRequest", onBehalf);
        m.put("RaiseAbuseFlagUseCase.raise", "raised by the API's rate limiter when a limit is crossed, before any actor exists; "
                + "it records a flag for security officers and names no workspace data");
        m.put("SeedDemoWorkspaceUseCase.seed", "development start-up only: fills a demo workspace");
        m.put("GetOutboxStatusUseCase.status", "counts for health checks, no workspace data");
        return m;
    }

    /** The permissions a use case reaches through "the clients one can read" (roster's VisibleClients). */
    static final Set<Permission> CLIENT_VISIBILITY = EnumSet.of(Permission.CLIENTS_READ_ALL, Permission.CLIENTS_READ_ASSIGNED,
            Permission.SELF_READ);

    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/coachkeep-sdk") && !location.contains("/sdk/target/"))
                .importPackages(BASE);
        assertFalse(classes.isEmpty(), "no classes imported");
    }

    static List<JavaClass> useCases() {
        return classes.stream().filter(c -> c.isInterface() && c.getPackageName().contains(".application.port.in")
                && c.getSimpleName().endsWith("UseCase")).toList();
    }

    @Test
    @Tag("promise:P-ISO-2")
    void everyIncomingPortTakesTheActorItAuthorizesOrIsOnTheListOfPortsWithoutOne() {
        List<String> problems = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        int checked = 0;
        for (JavaClass useCase : useCases()) {
            for (JavaMethod m : useCase.getMethods()) {
                if (m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)
                        || !m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)) {
                    continue; // static helpers and default methods delegate to the abstract ones checked here
                }
                checked++;
                boolean takesActor = m.getRawParameterTypes().stream()
                        .anyMatch(t -> t.isEquivalentTo(Actor.class) || t.isEquivalentTo(SupportActor.class));
                String key = useCase.getSimpleName() + "." + m.getName();
                if (WITHOUT_ACTOR.containsKey(key)) {
                    used.add(key);
                    if (takesActor) {
                        problems.add(key + " takes an actor now: remove it from WITHOUT_ACTOR");
                    }
                } else if (!takesActor) {
                    problems.add(key + m.getRawParameterTypes().stream().map(JavaClass::getSimpleName).toList()
                            + " takes no Actor: pass the actor and check its permission, or add it to WITHOUT_ACTOR with the reason");
                }
            }
        }
        Set<String> stale = new TreeSet<>(WITHOUT_ACTOR.keySet());
        stale.removeAll(used);
        stale.forEach(k -> problems.add(k + " is on WITHOUT_ACTOR but no incoming port has it: remove it"));
        assertTrue(checked > 40, "only " + checked + " use case methods found");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyPublishedOperationDeclaresItsAccessAndItsResourceIsFoundForTheDocument() {
        List<String> problems = new ArrayList<>();
        Set<Class<?>> published = new HashSet<>(PublishedResources.find(getClass().getClassLoader()));
        int operations = 0;
        for (JavaClass resource : classes.stream().filter(c -> c.isAnnotatedWith(jakarta.ws.rs.Path.class)).toList()) {
            for (Method m : resource.reflect().getDeclaredMethods()) {
                if (!isResourceMethod(m)) {
                    continue;
                }
                var op = m.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
                boolean hidden = op != null && op.hidden();
                if (hidden) {
                    continue;
                }
                operations++;
                String where = resource.getSimpleName() + "." + m.getName();
                if (m.getAnnotation(Access.class) == null) {
                    problems.add(where + " is published without @Access (who may call it)");
                }
                if (op == null || op.operationId().isEmpty()) {
                    problems.add(where + " has no operationId, by which the document's filter finds its @Access");
                }
                if (!published.contains(resource.reflect())) {
                    problems.add(resource.getName() + " publishes operations but the document's filter does not find it (PublishedResources)");
                }
            }
        }
        assertTrue(operations > 30, "only " + operations + " published resource methods found");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    @Tag("promise:P-ISO-4")
    void theAccessEachOperationDeclaresIsExactlyWhatItsUseCaseChecks() {
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (Class<?> resource : PublishedResources.find(getClass().getClassLoader())) {
            JavaClass type = classes.get(resource);
            for (JavaMethod m : type.getMethods()) {
                Optional<Access> access = m.tryGetAnnotationOfType(Access.class);
                if (access.isEmpty()) {
                    continue;
                }
                Set<Permission> declared = EnumSet.noneOf(Permission.class);
                declared.addAll(List.of(access.get().value()));
                if (access.get().scope() == Access.Scope.CLIENT) {
                    declared.addAll(CLIENT_VISIBILITY);
                }
                Set<String> useCaseMethods = new TreeSet<>();
                Set<Permission> checked = EnumSet.noneOf(Permission.class);
                for (JavaMethod useCase : useCaseMethodsCalledBy(m)) {
                    useCaseMethods.add(useCase.getOwner().getSimpleName() + "." + useCase.getName());
                    for (JavaMethod implementation : implementationsOf(useCase)) {
                        checked.addAll(permissionsReferredToBy(implementation, new HashSet<>()));
                    }
                }
                compared++;
                boolean needsNone = Set.of(Access.Scope.OWN, Access.Scope.SECRET, Access.Scope.PUBLIC).contains(access.get().scope());
                if (needsNone && access.get().value().length > 0) {
                    problems.add(resource.getSimpleName() + "." + m.getName() + ": scope " + access.get().scope() + " names permissions");
                }
                if (!needsNone && access.get().value().length == 0) {
                    problems.add(resource.getSimpleName() + "." + m.getName() + ": scope " + access.get().scope() + " names no permission");
                }
                if (useCaseMethods.isEmpty()) {
                    problems.add(resource.getSimpleName() + "." + m.getName() + " calls no use case");
                } else if (!checked.equals(declared)) {
                    problems.add(resource.getSimpleName() + "." + m.getName() + ": @Access says " + declared + " but " + useCaseMethods
                            + " refer to " + checked);
                }
            }
        }
        assertTrue(compared > 30, "only " + compared + " operations compared");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    static boolean isResourceMethod(Method m) {
        for (var a : m.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    /** The incoming-port methods a code unit calls, itself or through methods and lambdas of its own class. */
    static Set<JavaMethod> useCaseMethodsCalledBy(JavaCodeUnit unit) {
        Set<JavaMethod> found = new HashSet<>();
        collectUseCaseCalls(unit, found, new HashSet<>());
        return found;
    }

    private static void collectUseCaseCalls(JavaCodeUnit unit, Set<JavaMethod> found, Set<JavaCodeUnit> seen) {
        if (!seen.add(unit)) {
            return;
        }
        for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
            JavaClass owner = call.getTargetOwner();
            if (owner.isInterface() && owner.getPackageName().contains(".application.port.in") && owner.getSimpleName().endsWith("UseCase")) {
                call.getTarget().resolveMember().ifPresent(found::add);
            } else if (owner.equals(unit.getOwner())) {
                call.getTarget().resolveMember().ifPresent(next -> collectUseCaseCalls(next, found, seen));
            }
        }
        for (var reference : unit.getMethodReferencesFromSelf()) {
            JavaClass owner = reference.getTargetOwner();
            if (owner.isInterface() && owner.getPackageName().contains(".application.port.in") && owner.getSimpleName().endsWith("UseCase")) {
                reference.getTarget().resolveMember().ifPresent(found::add);
            }
        }
    }

    /** The methods of the application services that implement a use case method. */
    static List<JavaMethod> implementationsOf(JavaMethod useCase) {
        List<JavaMethod> found = new ArrayList<>();
        JavaClass port = useCase.getOwner();
        String[] parameters = useCase.getRawParameterTypes().stream().map(JavaClass::getName).toArray(String[]::new);
        for (JavaClass service : classes) {
            if (!service.isInterface() && service.getPackageName().contains(".application.service") && service.isAssignableTo(port.getName())) {
                service.tryGetMethod(useCase.getName(), parameters).ifPresent(found::add);
            }
        }
        assertEquals(1, found.size(), "implementations of " + port.getSimpleName() + "." + useCase.getName() + ": " + found);
        return found;
    }

    /** The Permission constants a method refers to, itself or through the methods and lambdas of its own class it calls. */
    static Set<Permission> permissionsReferredToBy(JavaCodeUnit unit, Set<JavaCodeUnit> seen) {
        Set<Permission> found = EnumSet.noneOf(Permission.class);
        if (!seen.add(unit)) {
            return found;
        }
        for (JavaFieldAccess access : unit.getFieldAccesses()) {
            if (access.getTargetOwner().isEquivalentTo(Permission.class)) {
                found.add(Permission.valueOf(access.getTarget().getName()));
            }
        }
        for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
            // the service's own methods and the helpers of its package (a context's visibility rules, shared by its services)
            if (call.getTargetOwner().getPackageName().equals(unit.getOwner().getPackageName())) {
                call.getTarget().resolveMember().ifPresent(next -> found.addAll(permissionsReferredToBy(next, seen)));
            }
        }
        return found;
    }
}
