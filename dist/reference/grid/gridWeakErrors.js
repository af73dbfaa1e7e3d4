/**
 * Deterministic weak errors of SGD against SME-1, SME-2 and gradient flow on a nonlinear 1-D landscape
 * (THEORY.md §W, "Nonlinear 1-D"): e_k = E φ(x_k) − E φ(X_{kη}) is the difference of two numbers that are each
 * computed without Monte Carlo, so weak errors down to ~1e-9 (SME-2 at small η) are measurable at all.
 *
 *   SGD    E φ(x_k)     = ℓ(x0)·A^k·φ         A = one-step backward operator (sgdTransition.ts)
 *   SDE    E φ(X_{kη})  = ℓ(x0)·(e^{ηL})^k·φ  L = collocated generator (sdeSemigroup.ts)
 *   GF     φ(X_{kη})                          one RK4 trajectory (gradientFlow.ts)
 *
 * on a Chebyshev grid over an interval that holds the law and is invariant under the dynamics (gridDomain.ts).
 * The numbers are exact up to the grid's interpolation error, the Gauss–Hermite error (Gaussian noise only) and
 * round-off; `estimateGridError` repeats the computation on a finer grid, a richer quadrature and a wider interval
 * and reports the differences, which is how a claim shows that the grid error is far below the weak error.
 */
import { chebyshevGrid, differentiationMatrices, interpolationRow } from "./chebyshevGrid.js";
import { DEFAULT_FLOW_STEP, gradientFlowPath } from "./gradientFlow.js";
import { DEFAULT_CORE_WIDTH, gridDomain } from "./gridDomain.js";
import { assertGridTestFunction, evaluateGridTestFunction, gridTestFunctionLabel, } from "./gridTestFunction.js";
import { assertNoiseLaw, noiseQuadrature } from "./noiseLaw.js";
import { sdeStepOperator } from "./sdeSemigroup.js";
import { GRID_SCHEMES, noiseScaleFunction, } from "./setting1d.js";
import { sgdTransitionMatrix } from "./sgdTransition.js";
import { rowTimesInto } from "./squareMatrix.js";
export const DEFAULT_DEGREE = 128;
export const DEFAULT_QUADRATURE_NODES = 20;
/** How the finer solve of estimateGridError differs: 1.5× degree, +12 Gauss–Hermite nodes, ±10% wider, h/2. */
export const REFINEMENT = { degreeFactor: 1.5, extraQuadratureNodes: 12, widening: 0.1, flowStepFactor: 0.5 };
export function gridWeakErrors(input) {
    const base = solve(input, input.resolution ?? {}, false);
    if (!input.estimateGridError)
        return base;
    const finer = solve(input, finerResolution(input, base.resolution), true);
    const supDifference = (p, q) => p.map((row, j) => row.reduce((m, v, c) => Math.max(m, Math.abs(v - q[j][c])), 0));
    const gridError = {
        finer: finer.resolution,
        sgd: supDifference(base.sgd, finer.sgd),
        sde: {},
        errors: {},
        sgdValues: finer.sgd,
        sdeValues: finer.sde,
    };
    for (const model of base.models) {
        gridError.sde[model] = supDifference(base.sde[model], finer.sde[model]);
        gridError.errors[model] = supDifference(base.errors[model].signed, finer.errors[model].signed);
    }
    return { ...base, gridError };
}
/** The resolution of the refinement solve: explicit, or REFINEMENT applied to the one actually used. */
function finerResolution(input, used) {
    if (typeof input.estimateGridError === "object")
        return input.estimateGridError;
    const [a, b] = used.domain;
    const widen = REFINEMENT.widening * (b - a);
    return {
        degree: Math.ceil(used.degree * REFINEMENT.degreeFactor),
        quadratureNodes: (input.resolution?.quadratureNodes ?? DEFAULT_QUADRATURE_NODES) + REFINEMENT.extraQuadratureNodes,
        domain: [a - widen, b + widen],
        coreWidth: input.resolution?.coreWidth,
        flowStep: used.flowStep * REFINEMENT.flowStepFactor,
    };
}
/** One solve at one resolution; `widenable` lets a given domain grow (the refinement's derived interval). */
function solve(input, resolution, widenable) {
    const { landscape, sgdNoise, x0, eta, horizon, tests } = input;
    if (!landscape || typeof landscape.gradient !== "function" || typeof landscape.curvature !== "function")
        throw new Error("landscape must provide gradient(x) = f'(x) and curvature(x) = f''(x)");
    if (!Number.isFinite(eta) || eta <= 0)
        throw new Error(`eta must be a finite number > 0 (got ${eta})`);
    if (!Number.isFinite(horizon) || horizon <= 0)
        throw new Error(`horizon must be a finite number > 0 (got ${horizon})`);
    if (!Number.isFinite(x0))
        throw new Error(`x0 must be finite (got ${x0})`);
    const steps = Math.round(horizon / eta);
    if (steps < 1)
        throw new Error(`horizon ${horizon} is shorter than one step of eta = ${eta}`);
    if (steps > 1e6)
        throw new Error(`horizon/eta = ${horizon / eta} steps is more than this reference supports (1e6)`);
    assertNoiseLaw(sgdNoise);
    if (!Array.isArray(tests) || tests.length === 0)
        throw new Error("tests must be a non-empty array");
    tests.forEach(assertGridTestFunction);
    const models = [...(input.models ?? GRID_SCHEMES)];
    for (const m of models)
        if (!GRID_SCHEMES.includes(m))
            throw new Error(`unknown model ${JSON.stringify(m)} (use sme1, sme2, gf)`);
    const checkpoints = resolveCheckpoints(input.checkpoints, steps);
    const s = noiseScaleFunction(input.noiseScale);
    const degree = resolution.degree ?? DEFAULT_DEGREE;
    if (!Number.isInteger(degree) || degree < 8 || degree > 1000)
        throw new Error(`resolution.degree must be an integer in [8, 1000] (got ${degree})`);
    const gaussNodes = resolution.quadratureNodes ?? DEFAULT_QUADRATURE_NODES;
    const flowStep = resolution.flowStep ?? DEFAULT_FLOW_STEP;
    if (!Number.isFinite(flowStep) || flowStep <= 0)
        throw new Error(`resolution.flowStep must be a finite number > 0 (got ${flowStep})`);
    const rule = noiseQuadrature(sgdNoise, gaussNodes);
    let vmin = Number.POSITIVE_INFINITY;
    let vmax = Number.NEGATIVE_INFINITY;
    for (const v of rule.nodes) {
        vmin = Math.min(vmin, v);
        vmax = Math.max(vmax, v);
    }
    const domain = gridDomain({
        landscape,
        noiseScale: s,
        x0,
        eta,
        steps,
        noiseRange: [vmin, vmax],
        degree,
        coreWidth: resolution.coreWidth ?? DEFAULT_CORE_WIDTH,
    }, resolution.domain, resolution.domain !== undefined && !widenable);
    const grid = chebyshevGrid(degree, domain.a, domain.b);
    const n = grid.nodes.length;
    const testValues = tests.map((phi) => Float64Array.from(grid.nodes, (x) => evaluateGridTestFunction(phi, x)));
    const start = interpolationRow(grid, x0);
    const sgd = propagate(start, sgdTransitionMatrix(grid, landscape, s, eta, rule), n, checkpoints, testValues);
    const sde = {};
    const errors = {};
    const derivatives = models.some((m) => m !== "gf") ? differentiationMatrices(grid) : undefined;
    for (const model of models) {
        let values;
        if (model === "gf") {
            const path = gradientFlowPath(landscape, x0, eta, checkpoints[checkpoints.length - 1], flowStep);
            values = tests.map((phi) => checkpoints.map((k) => evaluateGridTestFunction(phi, path[k])));
        }
        else {
            const { matrix } = sdeStepOperator(grid, landscape, s, eta, model, derivatives);
            values = propagate(start, matrix, n, checkpoints, testValues);
        }
        sde[model] = values;
        errors[model] = schemeErrors(sgd, values, checkpoints);
    }
    return {
        eta,
        steps,
        checkpoints,
        times: checkpoints.map((k) => k * eta),
        tests: tests.map(gridTestFunctionLabel),
        models,
        sgd,
        sde,
        errors,
        resolution: {
            degree,
            quadratureNodes: rule.nodes.length,
            domain: [domain.a, domain.b],
            core: domain.core,
            flowStep,
        },
    };
}
/** r_k = ℓ(x0)·P^k for k up to the last checkpoint; returns r_k·φ_j, [test][checkpoint]. */
function propagate(start, P, n, checkpoints, testValues) {
    const out = testValues.map(() => new Array(checkpoints.length));
    let r = Float64Array.from(start);
    let spare = new Float64Array(n);
    let c = 0;
    const last = checkpoints[checkpoints.length - 1];
    for (let k = 0; k <= last; k++) {
        if (k > 0) {
            const next = rowTimesInto(r, P, n, spare);
            spare = r;
            r = next;
        }
        if (checkpoints[c] === k) {
            testValues.forEach((phi, j) => {
                let sum = 0;
                for (let i = 0; i < n; i++)
                    sum += r[i] * phi[i];
                out[j][c] = sum;
            });
            c++;
        }
    }
    return out;
}
function schemeErrors(sgd, sde, checkpoints) {
    const signed = sgd.map((row, j) => row.map((v, c) => v - sde[j][c]));
    const sup = [];
    const argmaxStep = [];
    for (const row of signed) {
        let best = -1;
        let at = 0;
        row.forEach((e, c) => {
            if (Math.abs(e) > best) {
                best = Math.abs(e);
                at = checkpoints[c];
            }
        });
        sup.push(best);
        argmaxStep.push(at);
    }
    return { signed, sup, argmaxStep, final: signed.map((row) => Math.abs(row[row.length - 1])) };
}
function resolveCheckpoints(checkpoints, steps) {
    if (checkpoints === undefined)
        return Array.from({ length: steps + 1 }, (_, k) => k);
    if (!Array.isArray(checkpoints) || checkpoints.length === 0)
        throw new Error("checkpoints must be a non-empty array of steps");
    checkpoints.forEach((k, c) => {
        if (!Number.isInteger(k) || k < 0 || k > steps)
            throw new Error(`checkpoints must be integer steps in [0, ${steps}] (got ${k})`);
        if (c > 0 && k <= checkpoints[c - 1])
            throw new Error("checkpoints must be strictly increasing");
    });
    return [...checkpoints];
}
//# sourceMappingURL=gridWeakErrors.js.map