package com.coachkeep.roster.application.port.in;

import com.coachkeep.roster.domain.ClientStatus;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.Text;
import com.coachkeep.shared.domain.Validator;

/** Which clients to list: optionally by status and by a part of the name. */
public record ListClientsQuery(ClientStatus status, String search, PageRequest page) {
    public static ListClientsQuery of(String status, String search, PageRequest page) {
        Validator v = new Validator();
        ClientStatus s = status == null ? null : v.check("status", status, ClientStatus::parse);
        String q = search == null || search.isBlank() ? null : v.check("q", search, raw -> Text.singleLine(raw, 100));
        v.throwIfInvalid();
        return new ListClientsQuery(s, q, page);
    }
}
