package com.coachkeep.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LoadAndEffortTest {

    @Test
    void poundsAreStoredAsKilogramsAndKeepTheirUnit() {
        Load load = Load.lb(225);

        assertEquals(new BigDecimal("102.0583"), load.kilograms());
        assertEquals(LoadUnit.LB, load.unit());
        assertEquals(new BigDecimal("225"), load.amount());
    }

    @Test
    void theSameWeightInEitherUnitIsTheSame() {
        assertTrue(Load.kg(100).sameWeightAs(Load.ofKilograms(new BigDecimal("100"), LoadUnit.LB)));
        assertEquals(new Load(new BigDecimal("100.0"), LoadUnit.KG), Load.kg(100));
    }

    @Test
    void impossibleLoadsAreRefusedWithTheReason() {
        assertEquals("must not be negative",
                assertThrows(IllegalArgumentException.class, () -> Load.kg(-1)).getMessage());
        assertEquals("must be at most 2000",
                assertThrows(IllegalArgumentException.class, () -> Load.kg(10_000)).getMessage());
        assertEquals("must be kg or lb", assertThrows(IllegalArgumentException.class, () -> LoadUnit.parse("stone")).getMessage());
    }

    @Test
    void rpeEightMeansTwoRepsInReserve() {
        assertEquals(2.0, Effort.rpe(8).repsInReserve());
        assertEquals(2.0, Effort.rir(2).repsInReserve());
        assertEquals(Effort.rpe(8.0), Effort.rpe(8));
    }

    @Test
    void effortOutsideItsScaleOrBetweenHalfStepsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Effort.rpe(11));
        assertThrows(IllegalArgumentException.class, () -> Effort.rpe(0.5));
        assertThrows(IllegalArgumentException.class, () -> Effort.rir(-1));
        assertEquals("must be a whole or half number",
                assertThrows(IllegalArgumentException.class, () -> Effort.rpe(7.3)).getMessage());
    }
}
