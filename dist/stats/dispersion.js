/**
 * Brown–Forsythe dispersion: the mean absolute deviation from the median, with its standard error. The robust
 * comparison of spread between two groups (Brown & Forsythe 1974): the sample variance's SE needs the fourth
 * moment, hopeless for heavy-tailed values (B5's final losses, a few runs far up the walls), while absolute
 * deviations have the second moment of the values themselves.
 */
export function medianAbsoluteSpread(values) {
    const m = values.length;
    if (m < 2)
        throw new RangeError(`medianAbsoluteSpread needs at least 2 values, got ${m}`);
    const sorted = [...values].sort((u, w) => u - w);
    const median = m % 2 ? sorted[(m - 1) / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
    const dev = values.map((v) => Math.abs(v - median));
    const mean = dev.reduce((t, v) => t + v, 0) / m;
    const variance = dev.reduce((t, v) => t + (v - mean) ** 2, 0) / (m - 1);
    return { mean, se: Math.sqrt(variance / m), median };
}
//# sourceMappingURL=dispersion.js.map