package com.coachkeep.shared.application;

/** Links to the product that go into emails; their base address is configuration. */
public interface AppLinks {
    String invitation(String token);

    /** The public sub-processor list (an API address: it is served by the API, not the frontend). */
    String subProcessorList();
    /** The page of one data export, where the signed-in person who asked for it downloads it. */
    String export(String workspaceId, String exportId);
}
