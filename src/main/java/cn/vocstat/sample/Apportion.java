package cn.vocstat.sample;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Splits a whole number over weights so that the parts add up exactly (largest remainder method). */
final class Apportion {

    private Apportion() {
    }

    static long[] largestRemainder(long total, long[] weights) {
        long weightSum = Arrays.stream(weights).sum();
        long[] parts = new long[weights.length];
        if (weightSum == 0) {
            return parts;
        }
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            parts[i] = total * weights[i] / weightSum;
            given += parts[i];
        }
        Integer[] byRemainder = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> total * weights[i] % weightSum).reversed().thenComparing(i -> i))
                .toArray(Integer[]::new);
        for (int k = 0; given < total; k = (k + 1) % weights.length) {
            parts[byRemainder[k]]++;
            given++;
        }
        return parts;
    }
}
