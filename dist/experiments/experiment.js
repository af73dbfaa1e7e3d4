export function isUndecided(e) {
    return e.undecided !== undefined;
}
/** A band predicted·(1 ± r). */
export function relativeBand(predicted, r, why) {
    const half = Math.abs(predicted) * r;
    return { predicted, lo: predicted - half, hi: predicted + half, why };
}
/** A band predicted ± h. */
export function absoluteBand(predicted, h, why) {
    return { predicted, lo: predicted - h, hi: predicted + h, why };
}
/** Declares an experiment (the typed form is erased to `Experiment` for the runner). */
export function experiment(e) {
    return e;
}
//# sourceMappingURL=experiment.js.map