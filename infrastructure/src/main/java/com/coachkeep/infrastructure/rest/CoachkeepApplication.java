package com.coachkeep.infrastructure.rest;

import com.coachkeep.infrastructure.rest.audit.AuditEventResource;
import com.coachkeep.infrastructure.rest.notification.NotificationPreferencesResource;
import com.coachkeep.infrastructure.rest.nutrition.ComplianceResource;
import com.coachkeep.infrastructure.rest.nutrition.HabitResource;
import com.coachkeep.infrastructure.rest.nutrition.NutritionResource;
import com.coachkeep.infrastructure.rest.privacy.ExportDownloadResource;
import com.coachkeep.infrastructure.rest.privacy.OwnExportResource;
import com.coachkeep.infrastructure.rest.privacy.WorkspaceExportResource;
import com.coachkeep.infrastructure.rest.roster.ClientResource;
import com.coachkeep.infrastructure.rest.training.ExerciseLibrarySettingsResource;
import com.coachkeep.infrastructure.rest.training.ExerciseResource;
import com.coachkeep.infrastructure.rest.support.SecurityReportResource;
import com.coachkeep.infrastructure.rest.support.StatusResource;
import com.coachkeep.infrastructure.rest.support.SubProcessorResource;
import com.coachkeep.infrastructure.rest.support.SupportGrantResource;
import com.coachkeep.infrastructure.rest.workspace.InvitationAcceptanceResource;
import com.coachkeep.infrastructure.rest.workspace.MeResource;
import com.coachkeep.infrastructure.rest.workspace.RoleResource;
import com.coachkeep.infrastructure.rest.workspace.StaffResource;
import com.coachkeep.infrastructure.rest.workspace.WorkspaceInvitationResource;
import com.coachkeep.infrastructure.rest.workspace.WorkspaceResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.List;

import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API. Resources live under {@code /api/v1}; the application path is the root so that
 * the development token endpoint ({@code /dev/token}) sits beside it. Callers authenticate with
 * an OpenID Connect bearer token verified by MicroProfile JWT; what they may do is decided by
 * the application layer from the database, never from token claims.
 */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT")
@OpenAPIDefinition(
        info = @Info(title = "Coachkeep API", version = "1",
                description = "The Coachkeep REST API for frontends and partners."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "An access token of the configured OpenID Connect provider.")
public class CoachkeepApplication extends Application {
    /**
     * The resources whose operations the document publishes. JAX-RS finds resources by scanning; the OpenAPI filter
     * reads each method's {@code @Access} from these classes (a filter gets no CDI and no class scan of its own).
     * src-test's {@code AuthorizationArchitectureTest} fails when a resource with a published operation is missing here.
     */
    public static final List<Class<?>> PUBLISHED_RESOURCES = List.of(AuditEventResource.class, NotificationPreferencesResource.class,
            ExportDownloadResource.class, OwnExportResource.class, WorkspaceExportResource.class, ClientResource.class,
            SecurityReportResource.class, StatusResource.class, SubProcessorResource.class, SupportGrantResource.class,
            InvitationAcceptanceResource.class, MeResource.class, RoleResource.class, StaffResource.class,
            WorkspaceInvitationResource.class, WorkspaceResource.class,
            NutritionResource.class, HabitResource.class, ComplianceResource.class,
            ExerciseResource.class, ExerciseLibrarySettingsResource.class,
            com.coachkeep.infrastructure.rest.training.ProgramTemplateResource.class,
            com.coachkeep.infrastructure.rest.training.ClientProgramResource.class,
            com.coachkeep.infrastructure.rest.training.WorkoutLogResource.class,
            com.coachkeep.infrastructure.rest.messaging.ConversationResource.class,
            com.coachkeep.infrastructure.rest.messaging.InboxResource.class,
            com.coachkeep.infrastructure.rest.messaging.AnnouncementResource.class,
            com.coachkeep.infrastructure.rest.messaging.OfficeHoursResource.class);
}
