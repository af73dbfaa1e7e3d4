/**
 * Brown–Forsythe dispersion: the mean absolute deviation from the median, with its standard error. The robust
 * comparison of spread between two groups (Brown & Forsythe 1974): the sample variance's SE needs the fourth
 * moment, hopeless for heavy-tailed values (B5's final losses, a few runs far up the walls), while absolute
 * deviations have the second moment of the values themselves.
 */
export declare function medianAbsoluteSpread(values: readonly number[]): {
    mean: number;
    se: number;
    median: number;
};
//# sourceMappingURL=dispersion.d.ts.map