import { numberLiteral } from "../codegen/literal.ts";
import type { Landscape } from "../landscapes/landscape.ts";
import { normalDraw, RNG_LOCALS, RNG_STORE, uint32Draw } from "../rng/inlineSource.ts";
import type { Xoshiro128 } from "../rng/xoshiro128.ts";
import { compileKernel } from "./compile.ts";
import { gradientSource } from "./kernelSource.ts";

/**
 * The split chain's path loop compiled per landscape and step size (DESIGN.md §3–4: gradient as arithmetic,
 * generator state in locals, no allocation): from the state at index len − 1 of `path` (d doubles per state),
 * step until the transition regenerates, the iterate exits (ξ ≥ 0), or `cap` states are stored. It is
 * SplitChain.step (simulate/regenerativeCycles.ts) repeated — the same draws in the same order, so the same
 * numbers bit for bit, which a spec checks — and the splitting and cycle runs spend nearly all their time here.
 *
 * Results go to `out`: [new length, running max of ξ (+∞ on exit), status], status 0 = regenerated (the state
 * after the regeneration is not stored: it starts the next cycle), 1 = exited (the exit state is stored),
 * 2 = the buffer is full (call again after growing or rewinding it).
 */
export type SplitPathKernel = (
  rng: Xoshiro128,
  path: Float64Array,
  /** ξ of each stored state (cap entries): the splitting's cut search reads these, never recomputes them. */
  xis: Float64Array,
  len: number,
  cap: number,
  best: number,
  out: Float64Array,
) => void;

export const PATH_REGENERATED = 0;
export const PATH_EXITED = 1;
export const PATH_FULL = 2;

export interface SplitPathGeometry {
  eta: number;
  /** Step noise s = ησ and the regeneration box's half-width h. */
  s: number;
  h: number;
  center: readonly number[];
  normal: readonly number[];
  offset: number;
}

const cache = new WeakMap<Landscape, Map<string, SplitPathKernel>>();

export function splitPathKernel(landscape: Landscape, g: SplitPathGeometry): SplitPathKernel {
  let byLandscape = cache.get(landscape);
  if (!byLandscape) cache.set(landscape, (byLandscape = new Map()));
  const key = JSON.stringify(g);
  let kernel = byLandscape.get(key);
  if (!kernel) byLandscape.set(key, (kernel = buildSplitPathKernel(landscape, g)));
  return kernel;
}

function buildSplitPathKernel(landscape: Landscape, g: SplitPathGeometry): SplitPathKernel {
  const d = landscape.dim;
  const { grad, gradLocals, gradLoad, gradBindings } = gradientSource(landscape);
  const idx = Array.from({ length: d }, (_, i) => i);
  const lit = numberLiteral;
  const eta = lit(g.eta);
  const s = lit(g.s);
  const h = lit(g.h);
  const inv2s2 = lit(1 / (2 * g.s * g.s));
  const c = (i: number) => lit(g.center[i]!);
  const xi = idx
    .filter((i) => g.normal[i] !== 0)
    .map((i) => `${lit(g.normal[i]!)} * y${i}`)
    .join(" + ");
  // ξ summed in SplitChain.xi's order (−offset first), so both round alike; zero-normal terms add ±0 there.
  const body = `
    return function splitPath(rng, path, xis, len, cap, best, out) {
      ${RNG_LOCALS}
      ${gradLocals}
      let w = 0;
      ${idx.map((i) => `let x${i} = path[(len - 1) * ${d} + ${i}]; let z${i} = 0.0;`).join("\n      ")}
      let status = ${PATH_FULL};
      while (len < cap) {
        ${gradLoad}
        ${idx.map((i) => `const m${i} = x${i} - ${eta} * (${grad[i]});`).join("\n        ")}
        ${idx.map((i) => normalDraw(`z${i}`)).join("\n        ")}
        ${idx.map((i) => `const y${i} = m${i} - ${s} * z${i};`).join("\n        ")}
        if (${idx.map((i) => `Math.abs(m${i} - ${c(i)}) <= ${h}`).join(" && ")}) {
          ${idx.map((i) => `const a${i} = Math.abs(y${i} - ${c(i)}) + ${h};`).join("\n          ")}
          const logR = (${idx.map((i) => `(y${i} - m${i}) * (y${i} - m${i}) - a${i} * a${i}`).join(" + ")}) * ${inv2s2};
          ${uint32Draw("w")}
          if (Math.log((w + 0.5) * 2.3283064365386963e-10) < logR) { status = ${PATH_REGENERATED}; break; }
        }
        ${idx.map((i) => `path[len * ${d} + ${i}] = y${i};`).join(" ")}
        ${idx.map((i) => `x${i} = y${i};`).join(" ")}
        const v = ${lit(-g.offset)}${xi ? ` + ${xi}` : ""};
        xis[len] = v;
        len++;
        if (v >= 0) { best = Infinity; status = ${PATH_EXITED}; break; }
        if (v > best) best = v;
      }
      ${RNG_STORE}
      out[0] = len; out[1] = best; out[2] = status;
    };`;
  return compileKernel<SplitPathKernel>("splitPath", body, gradBindings);
}
