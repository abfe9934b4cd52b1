package com.coachkeep.console.support.subprocessors;

import java.time.LocalDate;

/** The form bean of adding or changing a sub-processor (service and start date only when adding). */
public class SubProcessorForm {
    private String service = "";
    private String purpose = "";
    private String region = "";
    private String dataCategories = "";
    private LocalDate since = LocalDate.now();
    private String reason = "";

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getDataCategories() {
        return dataCategories;
    }

    public void setDataCategories(String dataCategories) {
        this.dataCategories = dataCategories;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
