package com.coachkeep.support.application.port.in;

import java.util.List;

/**
 * A scope support staff may ask a grant for, as the features contribute them: its name, what the console calls it,
 * whether a second person approves it first, and the scopes it includes (read beside them).
 */
public record ContentScopeView(String name, String label, boolean sensitive, List<String> includes) {
    public ContentScopeView {
        includes = List.copyOf(includes);
    }
}
