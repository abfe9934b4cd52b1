package com.coachkeep.infrastructure.rest.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Violation;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonBodyReaderTest {
    record Nested(String label) {
    }

    record Sample(String name, Boolean confirm, int count, List<String> tags, Nested nested) {
    }

    private final JsonBodyReader reader = new JsonBodyReader();

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object read(Class type, String body) {
        return reader.readFrom(type, type, new java.lang.annotation.Annotation[0], MediaType.APPLICATION_JSON_TYPE, null,
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> fieldsRefused(Class<?> type, String body) {
        return assertThrows(InvalidInputException.class, () -> read(type, body)).violations().stream().map(Violation::field).toList();
    }

    @Test
    void readsRequestRecordsAndJsonObjectsOnly() {
        assertTrue(reader.isReadable(Sample.class, Sample.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertTrue(reader.isReadable(JsonObject.class, JsonObject.class, null, new MediaType("application", "merge-patch+json")));
        assertTrue(!reader.isReadable(String.class, String.class, null, MediaType.APPLICATION_JSON_TYPE));
    }

    @Test
    void anEmptyBodyIsAbsentAndAnObjectIsReadAsIs() {
        assertNull(read(JsonObject.class, "  "));
        assertEquals("x", ((JsonObject) read(JsonObject.class, "{\"name\": \"x\"}")).getString("name"));
    }

    @Test
    void bodiesThatAreNotOneJsonValueAreMalformedAndSayWhereTheyBreak() {
        var e = assertThrows(JsonBodyReader.MalformedBodyException.class, () -> read(JsonObject.class, "{\"name\": \"unfinished"));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
        assertThrows(JsonBodyReader.MalformedBodyException.class, () -> read(JsonObject.class, "{} {\"x\": 1}"));
        assertThrows(JsonBodyReader.MalformedBodyException.class, () -> read(JsonObject.class, "hello"));
    }

    @Test
    void deepNestingIsRefusedWithoutExhaustingTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        var e = assertThrows(JsonBodyReader.MalformedBodyException.class, () -> read(JsonObject.class, deep));
        assertTrue(e.getMessage().contains("deeper than " + JsonBodyReader.MAX_DEPTH), e.getMessage());
    }

    @Test
    void anythingButAnObjectIsRefusedNamingTheBody() {
        for (String body : List.of("[]", "null", "\"text\"", "42", "[{}]")) {
            assertEquals(List.of("body"), fieldsRefused(JsonObject.class, body), body);
            assertEquals(List.of("body"), fieldsRefused(Sample.class, body), body);
        }
    }

    @Test
    void unknownFieldsAndWrongTypesAreEachNamedNeverCoerced() {
        assertEquals(List.of("name", "confirm", "count", "tags", "nested.label", "extra"), fieldsRefused(Sample.class,
                "{\"name\": 12, \"confirm\": \"yes\", \"count\": 1.5, \"tags\": [1], \"nested\": {\"label\": {}}, \"extra\": 1}"));
        assertEquals(List.of("count", "nested"), fieldsRefused(Sample.class, "{\"count\": null, \"nested\": []}"));
    }
}
