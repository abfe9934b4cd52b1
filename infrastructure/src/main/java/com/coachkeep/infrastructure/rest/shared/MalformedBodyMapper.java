package com.coachkeep.infrastructure.rest.shared;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body {@link JsonBodyReader} could not read: a {@code malformed-body} problem whose detail says what is wrong
 * (where the JSON breaks), never the parser's own message or class names.
 */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<JsonBodyReader.MalformedBodyException> {
    @Context
    HttpServletRequest request;
    @Inject
    Problems problems;

    @Override
    public Response toResponse(JsonBodyReader.MalformedBodyException e) {
        return problems.response(request, ProblemType.MALFORMED_BODY, e.getMessage());
    }
}
