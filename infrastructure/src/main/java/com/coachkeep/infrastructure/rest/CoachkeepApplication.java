package com.coachkeep.infrastructure.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

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
}
