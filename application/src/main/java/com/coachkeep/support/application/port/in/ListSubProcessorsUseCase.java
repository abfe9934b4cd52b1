package com.coachkeep.support.application.port.in;

/** The public list of sub-processors (P-SUB-1): anyone may read it. */
public interface ListSubProcessorsUseCase {
    SubProcessorList listCurrent();
}
