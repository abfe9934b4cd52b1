package com.coachkeep.infrastructure.rest.shared;

import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Violation;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every JSON request body of the API, in one place, before any resource sees it: the body must be JSON (else
 * {@code malformed-body}, saying where it breaks), the JSON must be an object, and for a request record every field
 * must be one the record has, of the JSON type its component takes (else a {@code validation} problem naming each
 * such field). Only then does JSON-B bind the record, so a wrong type is never coerced (a number into a string) and
 * an unknown field is never silently dropped. Merge-patch bodies ({@link JsonObject}) get the same first two checks;
 * {@link MergePatch} checks their fields. An empty body reads as {@code null}, which the resources refuse themselves.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<Object> {
    private static final String NOT_AN_OBJECT = "must be a JSON object";
    /** Deeper than any body of this API needs; far below what would strain the parser. */
    static final int MAX_DEPTH = 32;

    /**
     * The body of an operation that needs one: a request without any body reaches the resource as {@code null} (this
     * reader is not asked), and is refused like a body that is not an object.
     */
    public static <T> T required(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", NOT_AN_OBJECT);
        }
        return body;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonValue.class.isAssignableFrom(type) || type.isRecord() && type.getName().startsWith("com.coachkeep.");
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) {
        JsonValue value = parse(entityStream);
        if (value == null) {
            return null;
        }
        if (JsonValue.class.isAssignableFrom(type)) {
            if (!type.isInstance(value)) {
                throw InvalidInputException.of("body", NOT_AN_OBJECT);
            }
            return value;
        }
        if (!(value instanceof JsonObject object)) {
            throw InvalidInputException.of("body", NOT_AN_OBJECT);
        }
        List<Violation> violations = new ArrayList<>();
        checkRecord(type, object, "", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        try {
            return Binding.JSONB.fromJson(object.toString(), genericType);
        } catch (JsonbException e) {
            throw new MalformedBodyException("The request body does not have the expected shape.");
        }
    }

    /**
     * The body's JSON value, or null for an empty body. A streaming pass first checks the whole body (one value and
     * nothing after it, nested at most {@link #MAX_DEPTH} levels) without recursion, so no input can exhaust the stack.
     */
    private static JsonValue parse(InputStream entityStream) {
        byte[] bytes;
        try {
            bytes = entityStream.readAllBytes();
        } catch (java.io.IOException e) {
            throw new MalformedBodyException("The request body could not be read completely.");
        }
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(bytes))) {
            int depth = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    if (++depth > MAX_DEPTH) {
                        throw new MalformedBodyException("The request body nests deeper than " + MAX_DEPTH + " levels.");
                    }
                } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    depth--;
                }
            }
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new MalformedBodyException("The request body is not valid JSON"
                    + (at == null || at.getLineNumber() < 0 ? "" : " (it breaks at line " + at.getLineNumber() + ", column "
                            + at.getColumnNumber() + ")") + ".");
        } catch (MalformedBodyException e) {
            throw e;
        } catch (RuntimeException e) {
            // The parser's other failures (bytes that are no UTF-8, limits of its own) are all the body's fault.
            throw new MalformedBodyException("The request body is not valid JSON (one JSON object in UTF-8 is expected).");
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            return reader.readValue();
        } catch (RuntimeException e) {
            throw new MalformedBodyException("The request body is not valid JSON (one JSON object in UTF-8 is expected).");
        }
    }

    private static void checkRecord(Class<?> record, JsonObject object, String prefix, List<Violation> violations) {
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent c : record.getRecordComponents()) {
            components.put(c.getName(), c);
        }
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
            String name = prefix + field.getKey();
            RecordComponent component = components.get(field.getKey());
            if (component == null) {
                violations.add(new Violation(name, "is not a known field"));
            } else if (field.getValue().getValueType() == JsonValue.ValueType.NULL) {
                if (component.getType().isPrimitive()) {
                    violations.add(new Violation(name, "must not be null"));
                }
            } else {
                checkValue(component.getGenericType(), field.getValue(), name, violations);
            }
        }
    }

    /** Adds a violation when {@code value} is not of the JSON type that {@code type} is read from. */
    private static void checkValue(Type type, JsonValue value, String name, List<Violation> violations) {
        Class<?> raw = raw(type);
        if (raw == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return;
        }
        if (raw == String.class || raw == java.util.UUID.class || raw.isEnum() || java.time.temporal.Temporal.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonString)) {
                violations.add(new Violation(name, "must be a string"));
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                violations.add(new Violation(name, "must be true or false"));
            }
        } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class || raw == Short.class
                || raw == short.class || raw == BigInteger.class) {
            if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
                violations.add(new Violation(name, "must be a whole number"));
            }
        } else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class || raw == BigDecimal.class) {
            if (!(value instanceof JsonNumber)) {
                violations.add(new Violation(name, "must be a number"));
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonArray array)) {
                violations.add(new Violation(name, "must be a list"));
                return;
            }
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            List<Violation> inner = new ArrayList<>();
            for (JsonValue item : array) {
                if (item.getValueType() == JsonValue.ValueType.NULL) {
                    inner.add(new Violation(name, "must not contain null"));
                } else {
                    checkValue(element, item, name, inner);
                }
                if (!inner.isEmpty()) {
                    violations.add(new Violation(name, element == String.class ? "must be a list of strings" : inner.get(0).message()));
                    return;
                }
            }
        } else if (raw.isRecord()) {
            if (value instanceof JsonObject nested) {
                checkRecord(raw, nested, name + ".", violations);
            } else {
                violations.add(new Violation(name, NOT_AN_OBJECT));
            }
        } else if (Map.class.isAssignableFrom(raw) && !(value instanceof JsonObject)) {
            violations.add(new Violation(name, NOT_AN_OBJECT));
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    /** JSON-B, made on first use (the checks above need none). */
    private static final class Binding {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    /** A body that is not JSON at all, or that JSON-B could not bind; the message says what to fix. */
    public static final class MalformedBodyException extends RuntimeException {
        public MalformedBodyException(String message) {
            super(message, null, false, false);
        }
    }
}
