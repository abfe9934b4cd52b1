package com.coachkeep.console.support.incidents;

/** The form bean of a public update (or the resolving one) and why it is posted. */
public class IncidentUpdateForm {
    private String publicText = "";
    private String reason = "";

    public String getPublicText() {
        return publicText;
    }

    public void setPublicText(String publicText) {
        this.publicText = publicText;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
