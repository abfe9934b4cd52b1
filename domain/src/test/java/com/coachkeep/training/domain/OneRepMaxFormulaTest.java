package com.coachkeep.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OneRepMaxFormulaTest {

    @Test
    void epleyOfFiveRepsAtOneHundred() {
        assertEquals(116.67, OneRepMaxFormula.EPLEY.estimate(100, 5, null), 0.01);
    }

    @Test
    void repsInReserveCountAsRepsThatCouldHaveBeenDone() {
        double atRir2 = OneRepMaxFormula.EPLEY.estimate(100, 5, Effort.rir(2));

        assertEquals(123.33, atRir2, 0.01);
        assertEquals(atRir2, OneRepMaxFormula.EPLEY.estimate(100, 5, Effort.rpe(8)));
        assertEquals(OneRepMaxFormula.EPLEY.estimate(100, 7, null), atRir2);
    }

    @Test
    void brzyckiOfFiveRepsAtOneHundred() {
        assertEquals(112.5, OneRepMaxFormula.BRZYCKI.estimate(100, 5, null), 0.001);
    }

    @Test
    void aSingleIsItsOwnMaxAndLongSetsEstimateNothing() {
        assertEquals(140, OneRepMaxFormula.EPLEY.estimate(140, 1, null));
        assertTrue(Double.isNaN(OneRepMaxFormula.EPLEY.estimate(60, 13, null)));
        assertTrue(Double.isNaN(OneRepMaxFormula.BRZYCKI.estimate(60, 10, Effort.rir(3))));
        assertTrue(Double.isNaN(OneRepMaxFormula.EPLEY.estimate(0, 5, null)));
    }

    @Test
    void theLoadForRepsIsTheInverseOfTheEstimate() {
        Random random = new Random(1);
        for (int i = 0; i < 500; i++) {
            double kg = 20 + random.nextDouble() * 380;
            int reps = 1 + random.nextInt(10);
            Effort rir = Effort.rir(random.nextInt(3));
            for (OneRepMaxFormula f : OneRepMaxFormula.values()) {
                assertEquals(kg, f.loadFor(f.estimate(kg, reps, rir), reps, rir), 1e-6, f + " " + kg + " x " + reps);
            }
        }
    }

    @Test
    void moreRepsAtTheSameLoadNeverEstimateLess() {
        for (int reps = 1; reps <= 11; reps++) {
            for (OneRepMaxFormula f : OneRepMaxFormula.values()) {
                assertTrue(f.estimate(100, reps + 1, null) >= f.estimate(100, reps, null), f + " at " + reps);
            }
        }
    }
}
