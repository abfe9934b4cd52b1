package com.coachkeep.checkin.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A client's values of one type as a daily series: one value a day (the day's mean), a trend smoothed exponentially
 * (each day's trend moves {@link #ALPHA} of the way from the previous trend towards the day's value; days without a value
 * keep the trend), and the trend's change over the last 7, 30 and 90 days.
 */
public final class MetricSeries {
    /** The smoothing factor: 0.1, as the "Hacker's Diet" weight trend, which damps day-to-day water swings. */
    public static final double ALPHA = 0.1;
    public static final List<Integer> WINDOWS = List.of(7, 30, 90);

    private MetricSeries() {
    }

    public record Point(LocalDate day, double value, double trend) {
    }

    /** The change of the trend over {@code days} up to the last point; null when the series does not reach that far back. */
    public record Change(int days, Double change) {
    }

    public record Series(List<Point> points, List<Change> changes) {
        public Double latestTrend() {
            return points.isEmpty() ? null : points.get(points.size() - 1).trend();
        }
    }

    /** Points of (day, value) in any order, several a day allowed. */
    public static Series of(List<Map.Entry<LocalDate, BigDecimal>> values) {
        TreeMap<LocalDate, double[]> byDay = new TreeMap<>();
        for (var e : values) {
            double[] sumCount = byDay.computeIfAbsent(e.getKey(), d -> new double[2]);
            sumCount[0] += e.getValue().doubleValue();
            sumCount[1]++;
        }
        List<Point> points = new ArrayList<>();
        Double trend = null;
        for (var e : byDay.entrySet()) {
            double v = e.getValue()[0] / e.getValue()[1];
            trend = trend == null ? v : trend + ALPHA * (v - trend);
            points.add(new Point(e.getKey(), round(v), round(trend)));
        }
        List<Change> changes = new ArrayList<>();
        for (int w : WINDOWS) {
            changes.add(new Change(w, change(points, w)));
        }
        return new Series(List.copyOf(points), List.copyOf(changes));
    }

    /** The last trend minus the trend as it stood {@code days} before the last point (the last point on or before that day). */
    static Double change(List<Point> points, int days) {
        if (points.isEmpty()) {
            return null;
        }
        Point last = points.get(points.size() - 1);
        LocalDate then = last.day().minusDays(days);
        Point before = null;
        for (Point p : points) {
            if (!p.day().isAfter(then)) {
                before = p;
            }
        }
        return before == null ? null : round(last.trend() - before.trend());
    }

    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
