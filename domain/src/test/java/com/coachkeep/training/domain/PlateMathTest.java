package com.coachkeep.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlateMathTest {
    private final PlateMath kg = PlateMath.standardKilograms();

    @Test
    void anUnloadableTargetRoundsToTheNearestLoadableWeightWithItsPlates() {
        PlateMath.Loading loading = kg.nearest(Load.kg(93.7));

        assertEquals(Load.kg(92.5), loading.total());
        assertEquals(List.of(new BigDecimal("25"), new BigDecimal("10"), new BigDecimal("1.25")), loading.platesPerSide());
    }

    @Test
    void aTieGoesToTheLighterWeight() {
        assertEquals(Load.kg(92.5), kg.nearest(Load.kg(93.75)).total());
    }

    @Test
    void aPoundGymRoundsInPounds() {
        PlateMath.Loading loading = PlateMath.standardPounds().nearest(Load.lb(226));

        assertEquals(Load.lb(225), loading.total());
        assertEquals(List.of(new BigDecimal("45"), new BigDecimal("45")), loading.platesPerSide());
    }

    @Test
    void aKilogramTargetInAPoundGymIsConverted() {
        // 100 kg = 220.46 lb: the nearest loadable pound weight is 220 (45 + 2 × 87.5)
        assertEquals(Load.lb(220), PlateMath.standardPounds().nearest(Load.kg(100)).total());
    }

    @Test
    void limitedPlatesCapTheLoad() {
        PlateMath small = new PlateMath(LoadUnit.KG, new BigDecimal("20"), Map.of(new BigDecimal("20"), 2));

        assertEquals(Load.kg(100), small.nearest(Load.kg(180)).total());
        assertEquals(Load.kg(60), small.atMost(Load.kg(99)).total());
        assertEquals(Load.kg(20), small.atMost(Load.kg(10)).total());
    }

    @Test
    void dumbbellsGoInSteps() {
        PlateMath dumbbells = PlateMath.steps(new BigDecimal("2"), LoadUnit.KG);

        assertEquals(Load.kg(24), dumbbells.nearest(Load.kg(24.9)).total());
        assertEquals(Load.kg(26), dumbbells.nearest(Load.kg(25.1)).total());
    }

    @Test
    void aPercentOfOneRepMaxResolvesToAPlateLoad() {
        LoadTarget target = new LoadTarget.PercentOfOneRepMax(new BigDecimal("77.5"));

        Optional<PlateMath.Loading> loading = target.resolve(new BigDecimal("140"), null, kg);

        assertEquals(Load.kg(107.5), loading.orElseThrow().total());
        assertTrue(target.resolve(null, new BigDecimal("130"), kg).isEmpty(), "no one-rep max known yet");
        assertEquals(Load.kg(97.5), new LoadTarget.PercentOfTrainingMax(new BigDecimal("75"))
                .resolve(null, new BigDecimal("130"), kg).orElseThrow().total());
    }

    @Test
    void theNearestLoadIsLoadableAndWithinHalfTheSmallestJump() {
        for (int tenths = 200; tenths <= 3000; tenths += 7) {
            double target = tenths / 10.0;
            PlateMath.Loading loading = kg.nearest(Load.kg(target));

            BigDecimal plates = loading.platesPerSide().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, loading.total().amount().compareTo(new BigDecimal("20").add(plates.multiply(BigDecimal.valueOf(2)))));
            assertTrue(Math.abs(loading.total().amount().doubleValue() - target) <= 1.25 + 1e-9, "for " + target);
        }
    }
}
