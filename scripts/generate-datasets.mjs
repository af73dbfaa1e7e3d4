#!/usr/bin/env node
/**
 * Writes the finite-sum datasets of fixtures/datasets/ (read by src/datasets/datasetFile.ts):
 *
 *   least-squares.json  f_i(x) = ½(a_iᵀx − y_i)², x ∈ ℝ², n = 16
 *   two-well.json       f_i(x) = (g(x) + e_i)² + b_i·x, g(x) = (x² − 1)(1 + c·x + d·x²), c = 0.3, d = 0.1, n = 32
 *   two-layer.json      logistic loss of out(x) = v·tanh(Wx + b₁) + b₂ (3 hidden units) on 24 points in ℝ²
 *
 * Usage: node scripts/generate-datasets.mjs [OUTPUT_DIR]   (default: fixtures/datasets next to this script)
 *
 * Each dataset draws from its own seedrandom stream with one fixed seed string, so the files are identical to
 * the bit on every re-run (specs/datasets/datasets.spec.ts re-runs this script into a temp dir and compares).
 * A standard normal is Box–Muller on two uniforms from `rng.double()` (53 random bits each), cosine branch
 * only: z = √(−2 ln(1 − u₁))·cos(2πu₂). Numbers are written at full double precision (JSON.stringify).
 * Plain Node ESM, no build step: run it with Node ≥ 20 from anywhere.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import seedrandom from "seedrandom";

const SCRIPT = "scripts/generate-datasets.mjs";
const SEED_PREFIX = "1705.07562/datasets/";

/** A standard-normal generator on a seedrandom stream named `seed`. */
function normals(seed) {
  const rng = seedrandom(seed);
  return () => {
    const u1 = 1 - rng.double(); // (0, 1]: the logarithm stays finite
    const u2 = rng.double();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  };
}

const mean = (v) => v.reduce((s, x) => s + x, 0) / v.length;
const dot = (u, v) => u.reduce((s, x, i) => s + x * v[i], 0);

/**
 * Least squares in ℝ²: rows a_i ~ N(0, I₂) drawn first (row by row), then ε_i ~ N(0, 1);
 * y_i = a_iᵀx★ + 0.5·ε_i with x★ = (1, −0.5).
 */
function leastSquares() {
  const seed = `${SEED_PREFIX}least-squares`;
  const z = normals(seed);
  const n = 16;
  const xStar = [1, -0.5];
  const A = Array.from({ length: n }, () => [z(), z()]);
  const y = A.map((a) => dot(a, xStar) + 0.5 * z());
  return {
    kind: "least-squares",
    name: "least squares, n = 16, d = 2",
    generator: { script: SCRIPT, seed },
    notes:
      "Per-sample loss f_i(x) = ½(a_iᵀx − y_i)², gradient a_i(a_iᵀx − y_i). Rows a_i ~ N(0, I₂) (drawn first), " +
      "then y_i = a_iᵀx★ + 0.5·ε_i with x★ = (1, −0.5), ε_i ~ N(0, 1).",
    n,
    dim: 2,
    A,
    y,
  };
}

/**
 * Residual two-well: e, b ~ N(0, 1) i.i.d. (all of e, then all of b), then in this order: centre e; centre b;
 * orthogonalise b against e; rescale so that mean(e²) = VAR_E and mean(b²) = VAR_B.
 *
 * Why so noisy (e_i ~ ±20 against |g| ≤ 1): escape over the barrier takes ~e^{V/η} steps with V ∝ 1/Var(e), and
 * the diffusion approximation needs small steps (η·F''(sharp) ≈ 0.03 at η = 0.002), so an escape measurable
 * in 10³–10⁵ steps needs per-sample noise of this size (claims B2, B4, B5).
 */
function twoWell() {
  const seed = `${SEED_PREFIX}two-well`;
  const z = normals(seed);
  const n = 32;
  const c = 0.3;
  const d = 0.1;
  const VAR_E = 400;
  const VAR_B = 200;
  let e = Array.from({ length: n }, () => z());
  let b = Array.from({ length: n }, () => z());
  const me = mean(e);
  e = e.map((v) => v - me);
  const mb = mean(b);
  b = b.map((v) => v - mb);
  const k = dot(b, e) / dot(e, e);
  b = b.map((v, i) => v - k * e[i]);
  const se = Math.sqrt(VAR_E / mean(e.map((v) => v * v)));
  e = e.map((v) => se * v);
  const sb = Math.sqrt(VAR_B / mean(b.map((v) => v * v)));
  b = b.map((v) => sb * v);
  return {
    kind: "residual-two-well",
    name: "residual two-well, n = 32, c = 0.3, d = 0.1",
    generator: { script: SCRIPT, seed },
    notes:
      "Per-sample loss f_i(x) = (g(x) + e_i)² + b_i·x with g(x) = (x² − 1)(1 + c·x + d·x²); 1 + c·x + d·x² > 0 " +
      "(c² < 4d), so g has only the zeros ±1 and g' is increasing (one saddle). e and b are centred, b is " +
      "orthogonal to e, mean(e²) = 400 and mean(b²) = 200 (to round-off). Hence the full loss is " +
      "F(x) = g(x)² + mean(e²) (+ O(1e-13) from the centred means): the minima x = ±1 have the same value, " +
      "with different curvatures F''(±1) = 2g'(±1)² = 15.68 (sharp, x = 1) and 5.12 (flat, x = −1). Per-sample " +
      "gradients are 2(g + e_i)g' + b_i, so the population gradient covariance is " +
      "Σ_n(x) = 4·Var(e)·g'(x)² + Var(b) = 1600·g'(x)² + 200: Hessian-shaped at the minima, Σ_n = 800·F''(x*) + 200, " +
      "with a floor 200 at the saddle x ≈ 0.154 (g' = 0) so the noise does not vanish there.",
    n,
    c,
    d,
    e,
    b,
  };
}

/**
 * Two Gaussian blobs in ℝ², σ = 0.6, labels alternating +1, −1, …; point i is y_i·(1, 0.5) + 0.6·N(0, I₂).
 * Then θ₀ ~ N(0, 0.5²) in ℝ¹³ from the same stream, laid out as W (3×2, row-major), b₁ (3), v (3), b₂ (1).
 */
function twoLayer() {
  const seed = `${SEED_PREFIX}two-layer`;
  const z = normals(seed);
  const n = 24;
  const hidden = 3;
  const labels = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1 : -1));
  const inputs = labels.map((y) => [y * 1 + 0.6 * z(), y * 0.5 + 0.6 * z()]);
  const theta = Array.from({ length: hidden * 2 + hidden + hidden + 1 }, () => 0.5 * z());
  return {
    kind: "two-layer",
    name: "two-layer tanh network, 3 hidden units, n = 24",
    generator: { script: SCRIPT, seed },
    notes:
      "Model out(x) = v·tanh(Wx + b₁) + b₂, θ = (W row-major 3×2, b₁, v, b₂) ∈ ℝ¹³; per-sample logistic loss " +
      "ℓ_i(θ) = log(1 + exp(−y_i·out(x_i))). Inputs: two blobs with means ±(1, 0.5), σ = 0.6, labels " +
      "alternating +1, −1. theta is a fixed point θ₀ ~ N(0, 0.5²) at which per-sample gradients are taken.",
    n,
    hidden,
    inputs,
    labels,
    theta,
  };
}

const DATASETS = { "least-squares": leastSquares, "two-well": twoWell, "two-layer": twoLayer };

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(process.argv[2] ?? join(here, "..", "fixtures", "datasets"));
mkdirSync(outDir, { recursive: true });
for (const [file, build] of Object.entries(DATASETS)) {
  const path = join(outDir, `${file}.json`);
  writeFileSync(path, `${JSON.stringify(build(), null, 2)}\n`);
  console.log(`wrote ${path}`);
}
