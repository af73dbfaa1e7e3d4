import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  type Dataset,
  type LeastSquaresDataset,
  loadDataset,
  parameterDimension,
  type ResidualTwoWellDataset,
  readDataset,
  type TwoLayerDataset,
} from "../../src/datasets/datasetFile.ts";
import {
  datasetPoint,
  fullLoss,
  perSampleGradients,
  perSampleLosses,
} from "../../src/datasets/perSampleGradients.ts";
import { residualTwoWellModel } from "../../src/datasets/residualTwoWell.ts";
import { populationMoments } from "../../src/noise/minibatch.ts";
import { fieldError } from "../support/fieldError.ts";
import { real } from "../support/numbers.ts";
import { fc, prop } from "../support/prop.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const FIXTURES = join(ROOT, "fixtures/datasets");
const NAMES = ["least-squares", "two-well", "two-layer"] as const;

const rawFixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), "utf8")) as Record<string, unknown>;

const leastSquares = loadDataset("least-squares") as LeastSquaresDataset;
const twoWell = loadDataset("two-well") as ResidualTwoWellDataset;
const twoLayer = loadDataset("two-layer") as TwoLayerDataset;
const model = residualTwoWellModel(twoWell);

describe("scripts/generate-datasets.mjs", () => {
  test("re-running the generator gives byte-identical files", () => {
    const out = mkdtempSync(join(tmpdir(), "datasets-"));
    const run = spawnSync(process.execPath, [join(ROOT, "scripts/generate-datasets.mjs"), out], {
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(NAMES.map((n) => `${n}.json`).sort());
    for (const name of NAMES)
      expect(
        readFileSync(join(out, `${name}.json`)).equals(readFileSync(join(FIXTURES, `${name}.json`))),
      ).toBe(true);
  });

  test("the files have the documented shapes", () => {
    expect([leastSquares.kind, leastSquares.n, leastSquares.dim]).toEqual(["least-squares", 16, 2]);
    expect([twoWell.kind, twoWell.n, twoWell.c, twoWell.d]).toEqual(["residual-two-well", 32, 0.3, 0.1]);
    expect([twoLayer.kind, twoLayer.n, twoLayer.hidden, parameterDimension(twoLayer)]).toEqual([
      "two-layer",
      24,
      3,
      13,
    ]);
    expect(new Set(twoLayer.labels)).toEqual(new Set([1, -1]));
    for (const ds of [leastSquares, twoWell, twoLayer])
      expect(ds.generator?.seed).toMatch(/^1705\.07562\/datasets\//);
  });
});

describe("residual two-well: equal minima, Hessian-shaped noise", () => {
  const gp = (x: number) => model.gPrime(x);
  const predictedSigma = (x: number) => 1600 * gp(x) ** 2 + 200;

  test("normalisation: e, b centred and orthogonal, mean(e²) = 400, mean(b²) = 200", () => {
    expect(Math.abs(model.meanE)).toBeLessThan(1e-13);
    expect(Math.abs(model.meanB)).toBeLessThan(1e-13);
    expect(Math.abs(model.covEB)).toBeLessThan(1e-12);
    expect(model.meanE2).toBeCloseTo(400, 11);
    expect(model.varE).toBeCloseTo(400, 11);
    expect(model.varB).toBeCloseTo(200, 11);
  });

  test("F(±1) = mean(e²) at both minima, F'(±1) = 0, F''(±1) = 2g'(±1)², Σ_n(±1) = 800F''(±1) + 200", () => {
    for (const x of [-1, 1]) {
      // The centred means are O(1e-14) at this spread (e_i ~ ±14), so the exact minima move by as much.
      expect(Math.abs(fullLoss(twoWell, [x]) - model.meanE2)).toBeLessThan(1e-11);
      expect(Math.abs(model.loss(x) - model.meanE2)).toBeLessThan(1e-11);
      expect(Math.abs(model.gradient(x))).toBeLessThan(1e-11);
      expect(Math.abs(populationMoments(perSampleGradients(twoWell, [x])).mean[0]!)).toBeLessThan(1e-11);
      expect(Math.abs(model.curvature(x) - 2 * gp(x) ** 2)).toBeLessThan(1e-11);
      expect(Math.abs(model.populationVariance(x) - (800 * model.curvature(x) + 200))).toBeLessThan(1e-9);
    }
    expect(Math.abs(fullLoss(twoWell, [1]) - fullLoss(twoWell, [-1]))).toBeLessThan(1e-11);
    // The wells differ in curvature (g'(1) = 2(1 + c + d), g'(−1) = −2(1 − c + d)), not in depth.
    expect(model.curvature(1)).toBeCloseTo(2 * 2.8 ** 2, 11);
    expect(model.curvature(-1)).toBeCloseTo(2 * 1.6 ** 2, 11);
  });

  test("the saddle between the wells (g' = 0 near x = 0.154) keeps the noise floor Σ_n = 200", () => {
    let saddle = 0.15;
    for (let k = 0; k < 50; k++) saddle -= model.gPrime(saddle) / model.gSecond(saddle);
    expect(saddle).toBeCloseTo(0.154, 3);
    expect(Math.abs(model.gradient(saddle))).toBeLessThan(1e-11);
    expect(model.curvature(saddle)).toBeLessThan(0);
    expect(model.populationVariance(saddle)).toBeCloseTo(200, 9);
  });

  prop([real(-3, 3)], { numRuns: 200 })("Σ_n(x) = 1600g'(x)² + 200 to 1e-12 relative", (x) => {
    const predicted = predictedSigma(x);
    expect(Math.abs(model.populationVariance(x) - predicted)).toBeLessThanOrEqual(1e-12 * predicted);
  });

  prop([real(-3, 3)], { numRuns: 200 })(
    "the closed forms equal the per-sample definitions: Σ_n, F', F",
    (x) => {
      const grads = perSampleGradients(twoWell, [x]);
      const { mean, covariance } = populationMoments(grads);
      const sigma = model.populationVariance(x);
      expect(Math.abs(covariance[0]![0]! - sigma)).toBeLessThanOrEqual(1e-12 * sigma);
      const scale = Math.max(1, ...grads.map((g) => Math.abs(g[0]!)));
      expect(Math.abs(mean[0]! - model.gradient(x))).toBeLessThanOrEqual(1e-14 * scale * 32);
      const losses = perSampleLosses(twoWell, [x]);
      expect(Math.abs(fullLoss(twoWell, [x]) - model.loss(x))).toBeLessThanOrEqual(
        1e-14 * Math.max(1, ...losses.map(Math.abs)),
      );
    },
  );

  prop([real(-3, 3)], { numRuns: 100 })("F'' is the derivative of F' (central differences)", (x) => {
    const h = 1e-5;
    const fd = (model.gradient(x + h) - model.gradient(x - h)) / (2 * h);
    expect(Math.abs(fd - model.curvature(x))).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(fd)));
  });
});

/** Central differences of every per-sample loss at `x`, one coordinate at a time. */
function finiteDifferenceGradients(ds: Dataset, x: number[]): number[][] {
  const n = ds.n;
  const grads = Array.from({ length: n }, () => new Array<number>(x.length).fill(0));
  x.forEach((xj, j) => {
    const h = 1e-5 * Math.max(1, Math.abs(xj));
    const plus = x.slice();
    const minus = x.slice();
    plus[j] = xj + h;
    minus[j] = xj - h;
    const fPlus = perSampleLosses(ds, plus);
    const fMinus = perSampleLosses(ds, minus);
    for (let i = 0; i < n; i++) grads[i]![j] = (fPlus[i]! - fMinus[i]!) / (plus[j]! - minus[j]!);
  });
  return grads;
}

/** |∇f_i − finite difference| ≤ 1e-6·‖∇f_i‖∞ + 1e-9 for every sample and coordinate. */
function expectGradientsMatchFiniteDifferences(ds: Dataset, x: number[]): void {
  const exact = perSampleGradients(ds, x);
  const fd = finiteDifferenceGradients(ds, x);
  exact.forEach((row, i) => {
    const scale = Math.max(...row.map(Math.abs));
    row.forEach((g, j) => {
      expect(Math.abs(g - fd[i]![j]!), `sample ${i}, coordinate ${j}`).toBeLessThanOrEqual(
        1e-6 * scale + 1e-9,
      );
    });
  });
}

describe("per-sample gradients against central finite differences", () => {
  prop([fc.array(real(-5, 5), { minLength: 2, maxLength: 2 })], { numRuns: 50 })(
    "least squares: ∇f_i = a_i(a_iᵀx − y_i)",
    (x) => expectGradientsMatchFiniteDifferences(leastSquares, x),
  );

  prop([fc.array(real(-2, 2), { minLength: 13, maxLength: 13 })], { numRuns: 50 })(
    "two-layer network: backpropagation",
    (theta) => expectGradientsMatchFiniteDifferences(twoLayer, theta),
  );

  test("two-layer network at θ₀ (the default point) and residual two-well", () => {
    expectGradientsMatchFiniteDifferences(twoLayer, twoLayer.theta);
    expect(perSampleGradients(twoLayer)).toEqual(perSampleGradients(twoLayer, twoLayer.theta));
    for (const x of [-2, -0.9, 0.154, 1, 1.7]) expectGradientsMatchFiniteDifferences(twoWell, [x]);
  });

  test("the full loss is the mean of the per-sample losses", () => {
    const x = [0.3, -0.2];
    const losses = perSampleLosses(leastSquares, x);
    expect(fullLoss(leastSquares, x)).toBeCloseTo(losses.reduce((s, v) => s + v, 0) / 16, 14);
    // Logistic loss at θ = 0 is log 2 for every sample.
    expect(fullLoss(twoLayer, new Array(13).fill(0))).toBeCloseTo(Math.LN2, 15);
  });

  test("the point is checked: no default outside two-layer, wrong length, non-finite", () => {
    expect(fieldError(() => datasetPoint(leastSquares)).message).toMatch(
      /^x: a least-squares dataset has no default/,
    );
    expect(fieldError(() => perSampleGradients(twoWell, [1, 2])).message).toBe(
      "x: has 2 entries, expected dim = 1",
    );
    expect(fieldError(() => perSampleGradients(leastSquares, [1, Number.NaN])).message).toBe(
      "x[1]: must be finite, got NaN",
    );
  });
});

describe("malformed datasets → FieldError naming the field", () => {
  type Mutate = (o: Record<string, unknown>) => void;
  const cases: [string, (typeof NAMES)[number], Mutate, RegExp][] = [
    [
      "missing field",
      "least-squares",
      (o) => delete o.y,
      /^ds\.y: missing \(a least-squares dataset needs it\)$/,
    ],
    [
      "non-finite number",
      "two-well",
      (o) => ((o.e as unknown[])[3] = null),
      /^ds\.e\[3\]: expected a finite number, got null$/,
    ],
    [
      "non-finite number as a string",
      "least-squares",
      (o) => ((o.A as unknown[][])[5]![1] = "Infinity"),
      /^ds\.A\[5\]\[1\]: expected a finite number, got "Infinity"$/,
    ],
    [
      "ragged A row",
      "least-squares",
      (o) => (o.A as unknown[][])[2]!.push(1),
      /^ds\.A\[2\]: has 3 entries, expected dim = 2$/,
    ],
    [
      "ragged inputs row",
      "two-layer",
      (o) => (o.inputs as unknown[][])[7]!.pop(),
      /^ds\.inputs\[7\]: has 1 entries, expected 2 \(as ds\.inputs\[0\]\)$/,
    ],
    [
      "label not ±1",
      "two-layer",
      (o) => ((o.labels as unknown[])[4] = 0),
      /^ds\.labels\[4\]: a label must be \+1 or −1, got 0$/,
    ],
    [
      "y length disagreeing with n",
      "least-squares",
      (o) => (o.y as unknown[]).pop(),
      /^ds\.y: has 15 entries, expected n = 16$/,
    ],
    [
      "A row count disagreeing with n",
      "least-squares",
      (o) => (o.n = 17),
      /^ds\.A: has 16 rows, expected n = 17$/,
    ],
    ["b length disagreeing with n", "two-well", (o) => (o.b as unknown[]).push(0), /^ds\.b: has 33 entries/],
    [
      "theta of the wrong length",
      "two-layer",
      (o) => (o.theta as unknown[]).pop(),
      /^ds\.theta: has 12 entries, expected 13 \(W 3×2, b₁ 3, v 3, b₂ 1\)$/,
    ],
    [
      "unknown kind",
      "two-well",
      (o) => (o.kind = "quadratic"),
      /^ds\.kind: unknown value "quadratic" \(expected least-squares, residual-two-well, two-layer\)$/,
    ],
    ["unknown key", "two-layer", (o) => (o.hiden = 3), /^ds\.hiden: unknown field \(allowed: /],
    [
      "a field of another kind",
      "least-squares",
      (o) => (o.theta = [1]),
      /^ds\.theta: unknown field \(allowed: kind, name, generator, notes, n, dim, A, y\)$/,
    ],
    ["n not a positive integer", "two-well", (o) => (o.n = 0), /^ds\.n: expected a positive integer, got 0$/],
    [
      "generator without a seed",
      "two-well",
      (o) => delete (o.generator as Record<string, unknown>).seed,
      /^ds\.generator\.seed: expected a string, got nothing$/,
    ],
    ["c not finite", "two-well", (o) => (o.c = "0.3"), /^ds\.c: expected a finite number, got "0\.3"$/],
  ];

  test.each(cases)("%s (%s)", (_, name, mutate, pattern) => {
    const raw = rawFixture(name);
    mutate(raw);
    const e = fieldError(() => readDataset(raw, "ds"));
    expect(e.message).toMatch(pattern);
    expect(e.message.split("\n")).toHaveLength(1);
  });

  test("the committed files read without error, also with no path prefix", () => {
    for (const name of NAMES) expect(readDataset(rawFixture(name), "").n).toBeGreaterThan(0);
    expect(fieldError(() => readDataset([], "")).message).toBe(
      "config: expected an object, got an array of length 0",
    );
  });

  test("loadDataset: a missing file, malformed JSON, malformed data in a file, a bad name", () => {
    expect(fieldError(() => loadDataset("no-such-dataset")).message).toBe(
      "fixtures/datasets/no-such-dataset.json: cannot read the dataset (ENOENT)",
    );
    const dir = mkdtempSync(join(tmpdir(), "datasets-bad-"));
    const broken = join(dir, "broken.json");
    writeFileSync(broken, '{"kind": "two-layer", ');
    expect(fieldError(() => loadDataset(broken)).message).toMatch(
      new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: malformed JSON: `),
    );
    const bad = join(dir, "bad.json");
    const raw = rawFixture("two-layer");
    (raw.labels as unknown[])[0] = 2;
    writeFileSync(bad, JSON.stringify(raw));
    expect(fieldError(() => loadDataset(bad)).message).toBe(
      `${bad}: labels[0]: a label must be +1 or −1, got 2`,
    );
    expect(loadDataset(join(FIXTURES, "two-well.json"))).toEqual(twoWell);
    expect(fieldError(() => loadDataset("../claims/B1")).message).toMatch(
      /^dataset: expected a dataset name \(fixtures\/datasets\/<name>\.json\) or a path ending in \.json/,
    );
  });
});
