package com.coachkeep.console.support;

/** The form bean of every console action's reason: why the staff member does it (recorded in the audit trail). */
public class ReasonForm {
    private String reason = "";

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
