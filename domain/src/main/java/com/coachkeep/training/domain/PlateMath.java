package com.coachkeep.training.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which loads a lifter can actually put on a bar: the bar plus the same plates on each side, from a finite set
 * of plates. A percentage prescription ("75 % of 1RM") resolves to a number nobody can load (93.7 kg); this
 * rounds it to the nearest loadable weight and says which plates go on each side. Works in the plate set's own
 * unit (a pound gym rounds in pounds), exactly, in thousandths of that unit.
 */
public final class PlateMath {
    /** A standard kilogram gym: a 20 kg bar, plates from 25 kg to 1.25 kg, eight of each per side. */
    public static PlateMath standardKilograms() {
        return new PlateMath(LoadUnit.KG, new BigDecimal("20"), plates(8, "25", "20", "15", "10", "5", "2.5", "1.25"));
    }

    /** A standard pound gym: a 45 lb bar, plates from 45 lb to 2.5 lb, eight of each per side. */
    public static PlateMath standardPounds() {
        return new PlateMath(LoadUnit.LB, new BigDecimal("45"), plates(8, "45", "35", "25", "10", "5", "2.5"));
    }

    /** Dumbbells or a machine's stack: any multiple of {@code step} (no bar). */
    public static PlateMath steps(BigDecimal step, LoadUnit unit) {
        // a step is one "plate" on each side of half the step, in ample supply
        return new PlateMath(unit, BigDecimal.ZERO, Map.of(step.divide(BigDecimal.valueOf(2)), 400));
    }

    private final LoadUnit unit;
    private final long bar;             // thousandths of the unit
    private final long[] plate;         // per-side plate weights, thousandths, heaviest first
    private final int[] count;          // how many of each per side
    private final long quantum;         // gcd of the plate weights: every per-side sum is a multiple of it
    private final int[] lastPlate;      // per reachable per-side sum (in quanta): the last plate added; -1 for 0

    public PlateMath(LoadUnit unit, BigDecimal barWeight, Map<BigDecimal, Integer> platesPerSide) {
        this.unit = Objects.requireNonNull(unit);
        this.bar = thousandths(barWeight);
        TreeMap<Long, Integer> sorted = new TreeMap<>(Collections.reverseOrder());
        platesPerSide.forEach((weight, n) -> {
            if (n < 0 || weight.signum() <= 0) {
                throw new IllegalArgumentException("plates must weigh something and be counted");
            }
            sorted.merge(thousandths(weight), n, Integer::sum);
        });
        this.plate = sorted.keySet().stream().mapToLong(Long::longValue).toArray();
        this.count = sorted.values().stream().mapToInt(Integer::intValue).toArray();
        long g = 0;
        long total = 0;
        for (int i = 0; i < plate.length; i++) {
            g = gcd(g, plate[i]);
            total += plate[i] * count[i];
        }
        this.quantum = g == 0 ? 1 : g;
        this.lastPlate = new int[(int) (total / quantum) + 1];
        Arrays.fill(lastPlate, UNREACHABLE);
        lastPlate[0] = -1;
        // bounded knapsack, one plate kind at a time: a sum is reachable with kinds 0..i within their counts
        for (int i = 0; i < plate.length; i++) {
            int step = (int) (plate[i] / quantum);
            int[] usedOfThisKind = new int[lastPlate.length];
            for (int s = step; s < lastPlate.length; s++) {
                if (lastPlate[s] == UNREACHABLE && lastPlate[s - step] != UNREACHABLE
                        && usedOfThisKind[s - step] < count[i]) {
                    lastPlate[s] = i;
                    usedOfThisKind[s] = usedOfThisKind[s - step] + 1;
                }
            }
        }
    }

    private static final int UNREACHABLE = Integer.MIN_VALUE;

    /** The loadable weight nearest to {@code target} (ties go to the lighter one), with the plates per side. */
    public Loading nearest(Load target) {
        long wanted = thousandths(unit.fromKilograms(target.kilograms()));
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int s = 0; s < lastPlate.length; s++) {
            if (lastPlate[s] != UNREACHABLE) {
                long distance = Math.abs(bar + 2L * s * quantum - wanted);
                if (distance < bestDistance) {
                    best = s;
                    bestDistance = distance;
                }
            }
        }
        return loading(best);
    }

    /** The heaviest loadable weight not above {@code target} (the bar alone when the target is lighter). */
    public Loading atMost(Load target) {
        long wanted = thousandths(unit.fromKilograms(target.kilograms()));
        long s = Math.min(lastPlate.length - 1, Math.max(0, wanted - bar) / 2 / quantum);
        while (s > 0 && lastPlate[(int) s] == UNREACHABLE) {
            s--;
        }
        return loading((int) s);
    }

    private Loading loading(int state) {
        List<BigDecimal> perSide = greedy(state);
        if (perSide == null) {
            // an unusual plate set where heaviest-first misses: follow the path the table found
            perSide = new ArrayList<>();
            for (int s = state; s > 0; s -= (int) (plate[lastPlate[s]] / quantum)) {
                perSide.add(amount(plate[lastPlate[s]]));
            }
            perSide.sort(Collections.reverseOrder());
        }
        return new Loading(new Load(amount(bar + 2L * state * quantum), unit), List.copyOf(perSide));
    }

    /** Heaviest plates first, as a lifter loads a bar; null when that does not reach the sum exactly. */
    private List<BigDecimal> greedy(int state) {
        List<BigDecimal> perSide = new ArrayList<>();
        long rest = state * quantum;
        for (int i = 0; i < plate.length && rest > 0; i++) {
            for (int n = 0; n < count[i] && rest >= plate[i]; n++) {
                perSide.add(amount(plate[i]));
                rest -= plate[i];
            }
        }
        return rest == 0 ? perSide : null;
    }

    private static BigDecimal amount(long thousandths) {
        BigDecimal a = BigDecimal.valueOf(thousandths, 3).stripTrailingZeros();
        return a.scale() < 0 ? a.setScale(0) : a;
    }

    private static Map<BigDecimal, Integer> plates(int each, String... weights) {
        Map<BigDecimal, Integer> map = new TreeMap<>();
        for (String w : weights) {
            map.put(new BigDecimal(w), each);
        }
        return map;
    }

    private static long thousandths(BigDecimal amount) {
        return amount.movePointRight(3).setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** A loadable weight and the plates on each side, heaviest first. */
    public record Loading(Load total, List<BigDecimal> platesPerSide) {
    }
}
