package com.coachkeep.infrastructure.persistence.outbox;

import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.application.MailPort;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** An email as the outbox stores it: JSON in the {@code payload} column, version 1. */
public final class EmailPayloads {
    /** Looked up once: {@code Json.create…} looks the provider up (a service-loader scan) on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private EmailPayloads() {
    }

    public static String toJson(MailPort.Email email) {
        JsonObjectBuilder to = JSON.createObjectBuilder().add("address", email.to().address().value());
        if (email.to().name() != null) {
            to.add("name", email.to().name());
        }
        if (email.to().personId() != null) {
            to.add("personId", email.to().personId().toString());
        }
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("v", 1)
                .add("template", email.template().id())
                .add("to", to)
                .add("locale", email.locale().toLanguageTag())
                .add("branding", JSON.createObjectBuilder().add("name", email.branding().name())
                        .add("color", email.branding().color()).add("timeZone", email.branding().timeZone().getId()))
                .add("model", object(email.model()))
                .add("idempotencyKey", email.idempotencyKey());
        if (email.workspaceId() != null) {
            json.add("workspaceId", email.workspaceId().toString());
        }
        return json.build().toString();
    }

    public static MailPort.Email fromJson(String text) {
        JsonObject json = JSON.createReader(new StringReader(text)).readObject();
        EmailTemplate template = EmailTemplate.fromId(json.getString("template"))
                .orElseThrow(() -> new IllegalStateException("unknown email template " + json.getString("template")));
        JsonObject to = json.getJsonObject("to");
        MailPort.Recipient recipient = new MailPort.Recipient(new EmailAddress(to.getString("address")),
                to.getString("name", null), to.containsKey("personId") ? new PersonId(UUID.fromString(to.getString("personId"))) : null);
        JsonObject b = json.getJsonObject("branding");
        MailPort.Branding branding = new MailPort.Branding(b.getString("name"), b.getString("color"), ZoneId.of(b.getString("timeZone")));
        WorkspaceId workspace = json.containsKey("workspaceId") ? WorkspaceId.parse(json.getString("workspaceId")) : null;
        @SuppressWarnings("unchecked")
        Map<String, Object> model = (Map<String, Object>) value(json.getJsonObject("model"));
        return new MailPort.Email(template, recipient, workspace, Locale.forLanguageTag(json.getString("locale")), branding, model,
                json.getString("idempotencyKey"));
    }

    private static JsonObjectBuilder object(Map<String, Object> map) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        map.forEach((k, v) -> b.add(k, json(v)));
        return b;
    }

    @SuppressWarnings("unchecked")
    private static JsonValue json(Object v) {
        if (v instanceof String s) {
            return JSON.createValue(s);
        }
        if (v instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return JSON.createValue(((Number) v).longValue());
        }
        if (v instanceof BigInteger i) {
            return JSON.createValue(i);
        }
        if (v instanceof Number n) {
            return JSON.createValue(new BigDecimal(n.toString()));
        }
        if (v instanceof Map<?, ?> m) {
            return object((Map<String, Object>) m).build();
        }
        if (v instanceof List<?> list) {
            JsonArrayBuilder a = JSON.createArrayBuilder();
            list.forEach(x -> a.add(json(x)));
            return a.build();
        }
        throw new IllegalArgumentException("cannot store " + v);
    }

    private static Object value(JsonValue v) {
        switch (v.getValueType()) {
            case STRING:
                return ((JsonString) v).getString();
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            case NUMBER:
                JsonNumber n = (JsonNumber) v;
                return n.isIntegral() ? (Object) n.longValueExact() : n.bigDecimalValue();
            case OBJECT:
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) v).forEach((k, x) -> map.put(k, value(x)));
                return map;
            case ARRAY:
                List<Object> list = new ArrayList<>();
                ((JsonArray) v).forEach(x -> list.add(value(x)));
                return list;
            default:
                throw new IllegalStateException("null in a stored email model");
        }
    }
}
