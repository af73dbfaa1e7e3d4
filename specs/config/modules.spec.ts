import { describe, expect, test } from "vitest";
import { FieldError } from "../../src/config/fieldError.ts";
import { loadModules, moduleUrl } from "../../src/config/modules.ts";
import { landscapeFromSpec } from "../../src/landscapes/fromSpec.ts";
import type { Landscape } from "../../src/landscapes/landscape.ts";
import { noiseFromSpec } from "../../src/noise/fromSpec.ts";
import { Xoshiro128 } from "../../src/rng/xoshiro128.ts";
import { sgdKernel } from "../../src/simulate/sgdKernel.ts";

/** User code in a config: landscapes and noise families from modules, imported before validation. */
const HERE = new URL("../package/consumer/", import.meta.url).pathname;

describe("landscapes from modules", () => {
  test("relative paths resolve against the config's folder; the spec records the module's URL", async () => {
    const spec = await loadModules({ kind: "module", module: "./landscape.mjs" }, HERE);
    expect(spec.module).toBe(moduleUrl(`${HERE}landscape.mjs`));
    const f = landscapeFromSpec(spec);
    expect(f.dim).toBe(1);
    expect(f.spec).toEqual({ kind: "module", module: spec.module });
    expect(f.gradientSource).toBeUndefined();
  });

  test("errors name the field: unimportable module, missing export, not loaded", async () => {
    await expect(loadModules({ landscape: { kind: "module", module: "./nope.mjs" } }, HERE)).rejects.toThrow(
      /^landscape\.module: cannot import \.\/nope\.mjs/,
    );
    const spec = await loadModules({ kind: "module", module: "./landscape.mjs", export: "other" }, HERE);
    expect(() => landscapeFromSpec(spec)).toThrow(/landscape\.export: .* has no export "other"/);
    expect(() => landscapeFromSpec({ kind: "module", module: "/never/loaded.mjs" })).toThrow(FieldError);
  });

  test("without gradientSource the kernels call gradient(): the same bits as the inlined gradient", () => {
    const dw = landscapeFromSpec({ kind: "double-well" });
    const { gradientSource: _dropped, ...rest } = dw;
    const called: Landscape = { ...rest, name: "double well, gradient by call" };
    const noise = noiseFromSpec({ kind: "isotropic", sigma: 1 }, dw);
    const run = (f: Landscape) => {
      const x = new Float64Array(64).fill(-1);
      sgdKernel(f, noise)(x, 64, 0, 64, 500, 0.1, Xoshiro128.fromName("modules/fallback"));
      return Array.from(x);
    };
    expect(run(called)).toEqual(run(dw));
  });
});

describe("noise families from modules", () => {
  const examples = new URL("../examples/", import.meta.url).pathname;
  test("the example family loads, its params are checked, its spec replays", async () => {
    const dw = landscapeFromSpec({ kind: "double-well" });
    const spec = await loadModules(
      { kind: "module", module: "./uniformNoise.ts", export: "UNIFORM", params: { sigma: 2 } },
      examples,
    );
    const n = noiseFromSpec(spec, dw);
    expect(n.kind).toBe("uniform");
    expect(n.properties.boundedSupport).toBeCloseTo(2 * Math.sqrt(3), 14);
    expect(() => noiseFromSpec({ ...spec, params: { sigma: 2, bogus: 1 } }, dw)).toThrow(
      /noise\.params: unknown field "bogus"/,
    );
    expect(() => noiseFromSpec({ ...spec, params: { sigma: -1 } }, dw)).toThrow(/noise\.params\.sigma/);
    expect(() => noiseFromSpec({ ...spec, export: "uniformNoise" }, dw)).toThrow(/is not a noise family/);
  });
});
