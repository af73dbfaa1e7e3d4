import type { NoiseFragment } from "../codegen/fragment.ts";
import { numberLiteral } from "../codegen/literal.ts";
import { normalDraw } from "../rng/inlineSource.ts";

/**
 * Kernel fragments of the Gaussian noise models ξ = L(x) z, z ~ N(0, I): d normal draws per step into z0 …,
 * then the noise term (L z)_i. One definition for every Gaussian family, so they all consume the stream in the
 * same order (per particle and step, coordinate by coordinate) and share the golden streams.
 */
function normals(dim: number): { locals: string; draw: string; names: string[] } {
  const names = Array.from({ length: dim }, (_, i) => `z${i}`);
  return {
    names,
    locals: `let ${names.map((z) => `${z} = 0.0`).join(", ")};`,
    draw: names.map((z) => normalDraw(z)).join("\n          "),
  };
}

/**
 * Constant factor L (row-major dim²), spliced in as literals with zero entries dropped: isotropic noise costs
 * one multiply per coordinate.
 */
export function constantFactorFragment(dim: number, L: ArrayLike<number>): NoiseFragment {
  const z = normals(dim);
  const terms = Array.from({ length: dim }, (_, i) => {
    const parts: string[] = [];
    for (let j = 0; j < dim; j++) {
      const v = L[i * dim + j]!;
      if (v !== 0) parts.push(`${numberLiteral(v)} * z${j}`);
    }
    return parts.length ? parts.join(" + ") : "0";
  });
  return { locals: z.locals, draw: z.draw, terms, bindings: {}, declares: z.names, standardNormals: true };
}

/**
 * State-dependent factor L(x): evaluated at the current state through a callback into scratch buffers that are
 * allocated once per compiled kernel (never in the loop). The slow path of the kernels, and honest about it.
 */
export function stateDependentFactorFragment(
  dim: number,
  factor: (x: Float64Array, out: Float64Array) => Float64Array,
): NoiseFragment {
  const z = normals(dim);
  const load = Array.from({ length: dim }, (_, i) => `xb[${i}] = x${i};`).join(" ");
  const terms = Array.from({ length: dim }, (_, i) =>
    Array.from({ length: dim }, (_, j) => `Lb[${i * dim + j}] * z${j}`).join(" + "),
  );
  return {
    locals: z.locals,
    draw: `${z.draw}\n          ${load} noiseFactor(xb, Lb);`,
    terms,
    bindings: { noiseFactor: factor, xb: new Float64Array(dim), Lb: new Float64Array(dim * dim) },
    declares: [...z.names, "noiseFactor", "xb", "Lb"],
  };
}
