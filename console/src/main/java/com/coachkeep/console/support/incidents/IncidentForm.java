package com.coachkeep.console.support.incidents;

import java.time.LocalDateTime;

/** The form bean of recording an incident; lists are typed one item per line. */
public class IncidentForm {
    private String publicTitle = "";
    private String whatHappened = "";
    private String dataAffected = "";
    private String remediation = "";
    private String severity = "medium";
    private String affectedWorkspaceIds = "";
    private LocalDateTime detectedAt;
    private String firstUpdate = "";
    private String recommendations = "";
    private String reason = "";

    public String getPublicTitle() {
        return publicTitle;
    }

    public void setPublicTitle(String publicTitle) {
        this.publicTitle = publicTitle;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public String getDataAffected() {
        return dataAffected;
    }

    public void setDataAffected(String dataAffected) {
        this.dataAffected = dataAffected;
    }

    public String getRemediation() {
        return remediation;
    }

    public void setRemediation(String remediation) {
        this.remediation = remediation;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public String getAffectedWorkspaceIds() {
        return affectedWorkspaceIds;
    }

    public void setAffectedWorkspaceIds(String affectedWorkspaceIds) {
        this.affectedWorkspaceIds = affectedWorkspaceIds;
    }

    public LocalDateTime getDetectedAt() {
        return detectedAt;
    }

    public void setDetectedAt(LocalDateTime detectedAt) {
        this.detectedAt = detectedAt;
    }

    public String getFirstUpdate() {
        return firstUpdate;
    }

    public void setFirstUpdate(String firstUpdate) {
        this.firstUpdate = firstUpdate;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
