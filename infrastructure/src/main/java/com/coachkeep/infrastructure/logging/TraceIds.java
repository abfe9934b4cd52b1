package com.coachkeep.infrastructure.logging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The W3C trace id of the work on this thread, as MicroProfile Telemetry (OpenTelemetry) sees it: the server span of
 * the request being served, continued from the caller's {@code traceparent} when it sent one. Null when tracing is off
 * (the default: {@code OTEL_SDK_DISABLED} is true until an operator configures an exporter) or outside a traced
 * request, and when the server runs without the telemetry feature (the OpenTelemetry API is then not visible).
 */
public final class TraceIds {
    private static volatile boolean available = true;

    private TraceIds() {
    }

    public static String current() {
        if (!available) {
            return null;
        }
        try {
            SpanContext context = Span.current().getSpanContext();
            return context.isValid() ? context.getTraceId() : null;
        } catch (LinkageError e) {
            available = false;
            return null;
        }
    }
}
