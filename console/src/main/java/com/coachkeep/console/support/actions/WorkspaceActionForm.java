package com.coachkeep.console.support.actions;

/** The form bean of the actions on one workspace: which workspace, and what some of them need besides a reason. */
public class WorkspaceActionForm {
    private String workspaceId = "";
    private String invitationId = "";
    private String ticket = "";

    public String getWorkspaceId() {
        return workspaceId;
    }

    public void setWorkspaceId(String workspaceId) {
        this.workspaceId = workspaceId;
    }

    public String getInvitationId() {
        return invitationId;
    }

    public void setInvitationId(String invitationId) {
        this.invitationId = invitationId;
    }

    public String getTicket() {
        return ticket;
    }

    public void setTicket(String ticket) {
        this.ticket = ticket;
    }
}
