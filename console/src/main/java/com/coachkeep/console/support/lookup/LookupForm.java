package com.coachkeep.console.support.lookup;

/** The form bean of a look-up: what was typed (a part of the name, the owner's email, or the workspace's id). */
public class LookupForm {
    private String query = "";

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
