package io.factstream.claims.training;

/** Per-column mean and inverse standard deviation of training rows; constant columns are scaled to 0. */
record Standardisation(double[] mean, double[] scale) {

    static Standardisation of(double[][] rows) {
        int n = rows.length;
        int d = rows[0].length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] row : rows) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : rows) {
            for (int j = 0; j < d; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = scale[j] < 1e-12 ? 0 : 1 / Math.sqrt(scale[j]);
        }
        return new Standardisation(mean, scale);
    }

    double[][] apply(double[][] rows) {
        double[][] x = new double[rows.length][mean.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < mean.length; j++) {
                x[i][j] = (rows[i][j] - mean[j]) * scale[j];
            }
        }
        return x;
    }

    /**
     * Turns {@code weights} on standardised columns into weights on raw columns, in place, and returns what the
     * bias must add: w·((x - mean) * scale) = (w * scale)·x - (w * scale)·mean.
     */
    double foldInto(double[] weights) {
        double shift = 0;
        for (int j = 0; j < weights.length; j++) {
            weights[j] *= scale[j];
            shift -= weights[j] * mean[j];
        }
        return shift;
    }
}
