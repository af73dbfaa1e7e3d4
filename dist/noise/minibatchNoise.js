import { FieldError } from "../config/fieldError.js";
import { uint32Draw } from "../rng/inlineSource.js";
import { assertBatchSize, minibatchCovarianceFactor } from "./minibatch.js";
export function minibatchNoise(input) {
    const { spec } = input;
    const n = input.coefficients.length;
    const M = input.featureSources.length;
    if (n < 1 || M < 1)
        throw new FieldError("dataset", "needs at least one sample and one coefficient");
    assertBatchSize(spec.batch, n);
    const sampling = spec.sampling ?? "with-replacement";
    const coefficients = new Float64Array(M * n);
    const C = new Float64Array(M * M);
    for (let m = 0; m < M; m++) {
        let mean = 0;
        for (let i = 0; i < n; i++)
            mean += input.coefficients[i][m] / n;
        for (let i = 0; i < n; i++)
            coefficients[m * n + i] = input.coefficients[i][m] - mean;
    }
    for (let a = 0; a < M; a++)
        for (let b = 0; b < M; b++) {
            let s = 0;
            for (let i = 0; i < n; i++)
                s += coefficients[a * n + i] * coefficients[b * n + i];
            C[a * M + b] = s / n;
        }
    const cB = minibatchCovarianceFactor(n, spec.batch, sampling);
    const minibatch = {
        n,
        batch: spec.batch,
        sampling,
        features: M,
        coefficients,
        featureSources: [input.featureSources],
    };
    const variance = (x) => {
        const psi = input.features(x[0]);
        let s = 0;
        for (let a = 0; a < M; a++)
            for (let b = 0; b < M; b++)
                s += psi[a] * C[a * M + b] * psi[b];
        return cB * s;
    };
    return {
        kind: "minibatch",
        dim: 1,
        constant: false,
        covariance: (x, out) => {
            out[0] = variance(x);
            return out;
        },
        factor: (x, out) => {
            out[0] = Math.sqrt(variance(x));
            return out;
        },
        spec: { ...spec, sampling },
        // Discrete: a batch mean of finitely many per-sample gradients (bounded, but its support depends on x).
        properties: { gaussian: false },
        minibatch,
        kernelFragment: () => minibatchFragment(minibatch),
    };
}
const TWO_32 = 4294967296;
/**
 * The kernel fragment: one batch per step, drawn from the inlined xoshiro128** state exactly as
 * minibatchSampler(n, B, sampling).draw(rng) draws it (rng.nextUint32, uniformIndex's rejection) on a fresh
 * sampler, leaving the batch means of the coefficients in th0 … th{M−1}; the noise term per coordinate is
 * Σ_m ψ_m(x)·θ̄_m. The permutation scratch is reset to the identity in `locals`, i.e. at every kernel call, so
 * a block's result depends on its stream alone.
 */
function minibatchFragment(data) {
    const { n, batch, features } = data;
    const next = `do { ${uint32Draw("w")} } while (w >= lim);`;
    const th = Array.from({ length: features }, (_, m) => `th${m}`);
    const zero = th.map((v) => `${v} = 0.0;`).join(" ");
    const add = (idx) => th.map((v, m) => `${v} += mbCoef[${m * n} + ${idx}];`).join(" ");
    const mean = th.map((v) => `${v} /= ${batch};`).join(" ");
    const draw = data.sampling === "with-replacement"
        ? `${zero}
          for (let j = 0; j < ${batch}; j++) {
            lim = ${TWO_32 - (TWO_32 % n)};
            ${next}
            const idx = w % ${n};
            ${add("idx")}
          }
          ${mean}`
        : `${zero}
          for (let j = 0; j < ${batch}; j++) {
            const m = ${n} - j;
            lim = ${TWO_32} - (${TWO_32} % m);
            ${next}
            const r = j + (w % m);
            const idx = mbPerm[r];
            mbPerm[r] = mbPerm[j];
            mbPerm[j] = idx;
            ${add("idx")}
          }
          ${mean}`;
    return {
        locals: `let w = 0, lim = 0, ${th.map((v) => `${v} = 0.0`).join(", ")};
      for (let i = 0; i < ${n}; i++) mbPerm[i] = i;`,
        draw,
        terms: data.featureSources.map((row) => row.map((src, m) => `(${src}) * th${m}`).join(" + ")),
        bindings: { mbCoef: data.coefficients, mbPerm: new Int32Array(n) },
        declares: ["w", "lim", ...th, "mbCoef", "mbPerm"],
    };
}
//# sourceMappingURL=minibatchNoise.js.map