package com.coachkeep.console.support.grants;

/** The form bean of asking for a grant: which workspace, what, why, under which ticket, for how long. */
public class GrantRequestForm {
    private String workspaceId = "";
    private String scope = "";
    private String reason = "";
    private String ticket = "";
    private Integer minutes = 30;

    public String getWorkspaceId() {
        return workspaceId;
    }

    public void setWorkspaceId(String workspaceId) {
        this.workspaceId = workspaceId;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getTicket() {
        return ticket;
    }

    public void setTicket(String ticket) {
        this.ticket = ticket;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }
}
