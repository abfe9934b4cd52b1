package com.coachkeep.infrastructure.persistence.nutrition;

import com.coachkeep.infrastructure.crypto.FieldCipher;
import com.coachkeep.infrastructure.crypto.FieldLocation;
import com.coachkeep.privacy.domain.DataSubject;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.domain.WorkspaceId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** Column conversions and the encrypted fields' locations, shared by the nutrition adapters. */
final class NutritionSql {
    private NutritionSql() {
    }

    /** Where an encrypted field of a client's row lives: the associated data of its ciphertext. */
    static FieldLocation location(UUID workspaceId, UUID clientId, String table, String column, UUID rowId) {
        return new FieldLocation(DataSubject.client(new WorkspaceId(workspaceId), new ClientId(clientId)), table, column, rowId);
    }

    static byte[] encrypt(FieldCipher cipher, UUID workspaceId, UUID clientId, String table, String column, UUID rowId, String text) {
        return text == null ? null : cipher.encrypt(location(workspaceId, clientId, table, column, rowId), text);
    }

    /** The plaintext, or null when none was stored or the client's key was destroyed. */
    static String decrypt(FieldCipher cipher, UUID workspaceId, UUID clientId, String table, String column, UUID rowId, Object ct) {
        return ct == null ? null : cipher.decrypt(location(workspaceId, clientId, table, column, rowId), (byte[]) ct).orElse(null);
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        return LocalDate.parse(value.toString());
    }

    static LocalTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Time t) {
            return t.toLocalTime();
        }
        if (value instanceof LocalTime t) {
            return t;
        }
        return LocalTime.parse(value.toString());
    }

    static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    static Double nullableNumber(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    static String param(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
