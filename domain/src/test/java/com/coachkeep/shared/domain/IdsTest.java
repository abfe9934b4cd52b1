package com.coachkeep.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

    @Test
    void canonicalUuidIsParsed() {
        UUID id = UUID.randomUUID();

        assertEquals(id, Ids.parse(id.toString()));
    }

    @Test
    void upperCaseCanonicalUuidIsTheSameId() {
        UUID id = UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

        assertEquals(id, Ids.parse("3F2504E0-4F89-11D3-9A0C-0305E82C3301"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
            "",
            "not-a-uuid",
            "3f2504e04f8911d39a0c0305e82c3301",
            "{3f2504e0-4f89-11d3-9a0c-0305e82c3301}",
            "3f2504e0-4f89-11d3-9a0c-0305e82c3301 ",
            "1-1-1-1-1",
            "00000001-00000-000-0000-000000000001",
            "0000001-000000-0000-0000-000000000001",
            "3f2504e0-4f89-11d3-9a0c-0305e82c330g",
            "3f2504e0+4f89+11d3+9a0c+0305e82c3301"
    })
    void anythingButACanonicalUuidIsMalformed(String raw) {
        assertThrows(Ids.MalformedIdException.class, () -> Ids.parse(raw));
    }

    @Test
    void typedIdsParseThroughTheSameRule() {
        UUID id = UUID.randomUUID();

        assertEquals(new WorkspaceId(id), WorkspaceId.parse(id.toString()));
        assertEquals(new MembershipId(id), MembershipId.parse(id.toString()));
        assertThrows(Ids.MalformedIdException.class, () -> WorkspaceId.parse("00000001-00000-000-0000-000000000001"));
        assertThrows(Ids.MalformedIdException.class, () -> MembershipId.parse("42"));
    }

    @Test
    void typedIdsPrintAsTheirUuid() {
        UUID id = UUID.randomUUID();

        assertEquals(id.toString(), new WorkspaceId(id).toString());
        assertEquals(id.toString(), new PersonId(id).toString());
    }
}
