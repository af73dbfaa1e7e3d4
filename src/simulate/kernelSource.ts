import { checkFragment, type NoiseFragment } from "../codegen/fragment.ts";
import type { Landscape } from "../landscapes/landscape.ts";
import type { NoiseModel } from "../noise/noise.ts";

/**
 * What the SGD and exit kernels share in their generated source: the particle's coordinates as locals
 * x0 … x{d−1} and the update y_i = x_i − η(∂_i f + ξ_i), with ξ from the noise model's fragment. One step,
 * written once.
 */
export interface StepSource {
  /** Declarations of the noise fragment (top of the kernel). */
  locals: string;
  /** Loads particle p's state, draws the noise and computes y0 … y{d−1} (the new state). */
  step: string;
  /** Stores y0 … into x. */
  store: string;
  bindings: Record<string, unknown>;
}

const NO_NOISE: NoiseFragment = { locals: "", draw: "", terms: [], bindings: {}, declares: [] };

/** Slot of coordinate i of particle p in the structure-of-arrays state. */
export const slot = (i: number) => (i === 0 ? "p" : `${i} * stride + p`);

export function stepSource(landscape: Landscape, noise: NoiseModel | null): StepSource {
  const d = landscape.dim;
  const { grad, gradLocals, gradLoad, gradBindings } = gradientSource(landscape);
  if (noise && noise.dim !== d)
    throw new Error(`noise dimension ${noise.dim} does not match landscape dimension ${d}`);
  const fragment = noise ? noise.kernelFragment() : NO_NOISE;
  if (noise) checkFragment(fragment, d, `noise "${noise.kind}"`);
  const load = Array.from({ length: d }, (_, i) => `const x${i} = x[${slot(i)}];`).join("\n          ");
  const update = Array.from(
    { length: d },
    (_, i) => `const y${i} = ${updateExpression(i, grad[i]!, noise ? fragment.terms[i]! : null)};`,
  ).join("\n          ");
  return {
    locals: `${gradLocals}${fragment.locals}`,
    step: `${load}\n          ${gradLoad}${fragment.draw}\n          ${update}`,
    store: Array.from({ length: d }, (_, i) => `x[${slot(i)}] = y${i};`).join(" "),
    bindings: { ...gradBindings, ...fragment.bindings },
  };
}

/**
 * Coordinate i's update y_i = x_i − η(∂_i f + ξ_i) as a JS expression over x0 …, eta and the noise fragment's
 * locals. The one definition of the step's arithmetic: the JS kernels splice it in, the WebAssembly kernel
 * parses this very string (so both evaluate the same tree; note the noise term is not parenthesised).
 */
export function updateExpression(i: number, gradient: string, noiseTerm: string | null): string {
  return `x${i} - eta * ((${gradient})${noiseTerm !== null ? ` + ${noiseTerm}` : ""})`;
}

/**
 * The gradient as source: the landscape's own expressions when it has them (every built-in one), else a call to
 * its `gradient` through scratch buffers allocated once per kernel (user landscapes without gradientSource).
 */
export function gradientSource(landscape: Landscape) {
  const d = landscape.dim;
  if (landscape.gradientSource) {
    if (landscape.gradientSource.length !== d)
      throw new Error(
        `landscape ${landscape.name}: gradientSource has ${landscape.gradientSource.length} entries`,
      );
    return { grad: landscape.gradientSource, gradLocals: "", gradLoad: "", gradBindings: {} };
  }
  const gx = new Float64Array(d);
  const gg = new Float64Array(d);
  return {
    grad: Array.from({ length: d }, (_, i) => `gOut[${i}]`),
    gradLocals: "",
    gradLoad: `${Array.from({ length: d }, (_, i) => `gIn[${i}] = x${i};`).join(" ")} gradAt(gIn, gOut);\n          `,
    gradBindings: {
      gradAt: (x: Float64Array, out: Float64Array) => landscape.gradient(x, out),
      gIn: gx,
      gOut: gg,
    },
  };
}
