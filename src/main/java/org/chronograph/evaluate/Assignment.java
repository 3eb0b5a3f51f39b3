package org.chronograph.evaluate;

import java.util.Arrays;

/**
 * A one-to-one assignment of maximum total weight (the Hungarian method, O(k³) for k = max(rows, columns)).
 * A weight of 0 means "may not be paired"; such cells are never returned as pairs.
 */
final class Assignment {

    private Assignment() {
    }

    /** For each row, the column it is paired with, or -1. */
    static int[] maximumWeight(long[][] weight, int rows, int cols) {
        int k = Math.max(rows, cols);
        int[] out = new int[rows];
        Arrays.fill(out, -1);
        if (rows == 0 || cols == 0) {
            return out;
        }
        long max = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                max = Math.max(max, weight[i][j]);
            }
        }
        // minimise cost = max - weight over a square matrix (padding cells cost max, like forbidden ones)
        long[][] cost = new long[k + 1][k + 1];
        for (int i = 1; i <= k; i++) {
            for (int j = 1; j <= k; j++) {
                long w = i <= rows && j <= cols ? weight[i - 1][j - 1] : 0;
                cost[i][j] = max - w;
            }
        }
        long[] u = new long[k + 1];
        long[] v = new long[k + 1];
        int[] p = new int[k + 1];
        int[] way = new int[k + 1];
        for (int i = 1; i <= k; i++) {
            p[0] = i;
            int j0 = 0;
            long[] minv = new long[k + 1];
            Arrays.fill(minv, Long.MAX_VALUE);
            boolean[] used = new boolean[k + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                long delta = Long.MAX_VALUE;
                int j1 = 0;
                for (int j = 1; j <= k; j++) {
                    if (!used[j]) {
                        long cur = cost[i0][j] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= k; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        for (int j = 1; j <= k; j++) {
            int i = p[j];
            if (i >= 1 && i <= rows && j <= cols && weight[i - 1][j - 1] > 0) {
                out[i - 1] = j - 1;
            }
        }
        return out;
    }
}
