package com.coachkeep.support.application.port.in;

import java.time.Instant;
import java.util.List;

/** The current sub-processors and when the list last changed (an addition, a change or a retirement). */
public record SubProcessorList(List<SubProcessorView> items, Instant lastChanged) {
    public SubProcessorList {
        items = List.copyOf(items);
    }
}
