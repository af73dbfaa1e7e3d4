/**
 * Empirical survival of N/E N on a log scale against e^{−u}: an exponential law is a straight line. With one
 * common horizon the Kaplan–Meier estimate reduces to 1 − #{N ≤ t}/runs for t up to the horizon.
 */
export function survivalPanel(title, sorted, runs, mean) {
    const u = [];
    const s = [];
    const step = Math.max(1, Math.floor(sorted.length / 150));
    for (let i = step - 1; i < sorted.length; i += step) {
        const surv = 1 - (i + 1) / runs;
        if (surv <= 0)
            break;
        u.push(sorted[i] / mean);
        s.push(surv);
    }
    const uMax = Math.max(...u, 1);
    const grid = Array.from({ length: 50 }, (_, i) => (uMax * i) / 49);
    return {
        panel: { title, xLabel: "N / E N", yLabel: "P(N > t)", xScale: "linear", yScale: "log" },
        series: [
            { name: "SGD, empirical survival", mark: "points", x: u, y: s },
            { name: "Exp(1): e^{−u}", mark: "line", x: grid, y: grid.map((v) => Math.exp(-v)) },
        ],
    };
}
//# sourceMappingURL=plots.js.map