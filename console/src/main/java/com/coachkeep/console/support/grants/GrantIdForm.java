package com.coachkeep.console.support.grants;

/** The form bean of opening any grant by its id (approvers, to revoke an active one). */
public class GrantIdForm {
    private String grantId = "";

    public String getGrantId() {
        return grantId;
    }

    public void setGrantId(String grantId) {
        this.grantId = grantId;
    }
}
