import { readFileSync } from "node:fs";
import { afterAll, describe, expect, test } from "vitest";
import { prepareClaims, runClaim } from "../../src/claims/runner.ts";
import { loadModules } from "../../src/config/modules.ts";
import { noiseForBatch } from "../../src/experiments/exit/batchCase.ts";
import type { ExitSet } from "../../src/landscapes/exitSet.ts";
import { landscapeFromSpec } from "../../src/landscapes/fromSpec.ts";
import { noiseFromSpec } from "../../src/noise/fromSpec.ts";
import type { NoiseSpec } from "../../src/noise/noise.ts";
import { WorkerPool } from "../../src/parallel/pool.ts";
import { exactExitReference } from "../../src/reference/exit/exitReference.ts";
import { Xoshiro128 } from "../../src/rng/xoshiro128.ts";
import { sgdKernel } from "../../src/simulate/sgdKernel.ts";
import { kolmogorovSmirnovTest } from "../../src/stats/tests.ts";
import { E1 } from "./stationaryVariance.claim.ts";

/**
 * The recipes of CONTRIBUTING.md, proven: a claim that is one record + one config + this spec, and a noise family
 * that is one file (uniformNoise.ts) reaching the kernels in the worker threads through a `{"kind": "module"}`
 * spec.
 */
const HERE = new URL("./", import.meta.url).pathname;
const pool = new WorkerPool(2);
afterAll(() => pool.close());

async function config() {
  return loadModules(JSON.parse(readFileSync(`${HERE}stationaryVariance.json`, "utf8")), HERE);
}

describe("example claim E1 (not registered): one record, one config, one spec", () => {
  test("PASS for Gaussian and for uniform noise, and the same bits on 1 and 2 workers", async () => {
    const [p] = prepareClaims([E1 as never], "quick", undefined, { E1: await config() }, "example");
    const out = await runClaim(p!.def, p!.config, { seed: "example", budget: "quick", pool }, p!.experiments);
    expect(out.assertions.map((a) => `${a.name}: ${a.verdict}`)).toEqual([
      "E1 stationary variance [Gaussian, η = 0.5]: PASS",
      "E1 stationary variance [Gaussian, η = 1.5]: PASS",
      "E1 stationary variance [uniform, η = 0.5]: PASS",
      "E1 stationary variance [uniform, η = 1.5]: PASS",
    ]);
    const one = new WorkerPool(1);
    try {
      const again = await runClaim(
        p!.def,
        p!.config,
        { seed: "example", budget: "quick", pool: one },
        p!.experiments,
      );
      expect(again.assertions).toEqual(out.assertions);
    } finally {
      await one.close();
    }
  });

  test("a wrong claim fails: the SME-1 stationary variance ησ²/(2h) is not SGD's at ηh = 1.5", async () => {
    const [p] = prepareClaims([E1 as never], "quick", undefined, { E1: await config() }, "example");
    const out = await runClaim(p!.def, p!.config, { seed: "example", budget: "quick", pool }, p!.experiments);
    // The measured ratio is SGD/exact ≈ 1; against SME-1's value it would be 2/(2 − ηh) = 4 at ηh = 1.5.
    expect(out.assertions[1]!.estimate).toBeGreaterThan(0.95);
    expect(out.assertions[1]!.estimate * (2 / (2 - 1.5))).toBeGreaterThan(3.5);
  });
});

describe("example noise family (uniform): one file, declared properties, a checked kernel fragment", () => {
  test("the kernel draws ξ ~ U[−b, b], b = σ√3 (KS against the uniform law, bounds, variance)", async () => {
    const spec = (await config()).noises.uniform as NoiseSpec;
    const flat = landscapeFromSpec({ kind: "quadratic", H: [[1]] });
    const noise = noiseFromSpec(spec, flat);
    expect(noise.properties).toEqual({ gaussian: false, boundedSupport: Math.sqrt(3) });
    // From x₀ = 0 with η = 1 one step is x₁ = −(f'(0) + ξ) = −ξ.
    const n = 200_000;
    const x = new Float64Array(n);
    sgdKernel(flat, noise)(x, n, 0, n, 1, 1, Xoshiro128.fromName("uniform-noise"));
    const b = Math.sqrt(3);
    expect(x.every((u) => -b <= u && u <= b)).toBe(true);
    const v = x.reduce((s, u) => s + u * u, 0) / n;
    expect(Math.abs(v - 1)).toBeLessThan(5 * Math.sqrt(0.8 / n)); // Var ξ² = E ξ⁴ − 1 = 9/5 − 1
    const sorted = Float64Array.from(x).sort();
    const { p } = kolmogorovSmirnovTest(sorted, (u) => Math.min(1, Math.max(0, (u + b) / (2 * b))), {
      sorted: true,
    });
    expect(p).toBeGreaterThan(1e-6);
  });

  test("references read its properties: no Gaussian exit chain, the SDE quadrature still applies", async () => {
    const spec = (await config()).noises.uniform as NoiseSpec;
    const f = landscapeFromSpec({ kind: "double-well" });
    const problem = {
      landscape: f,
      noise: noiseFromSpec(spec, f),
      start: [-1],
      exitSet: { kind: "half-space", normal: [1], offset: 0 } as ExitSet,
    };
    expect(() => exactExitReference(problem, "sgd")).toThrow(/not Gaussian/);
    expect(exactExitReference(problem, "sme1").kind).toBe("diffusion-quadrature");
  });

  test("it declares no batch scaling, so the batch claims refuse it instead of pretending", async () => {
    const spec = (await config()).noises.uniform as NoiseSpec;
    expect(() => noiseForBatch(spec, 4)).toThrow(/declares no batch scaling/);
  });
});
