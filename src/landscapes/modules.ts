import { FieldError, joinField } from "../config/fieldError.ts";
import { moduleExport } from "../config/modules.ts";
import { readObject } from "../config/readers.ts";
import type { CriticalPoint, Landscape, LandscapeSpec } from "./landscape.ts";

/**
 * Your own landscape, from a JS module: `{"kind": "module", "module": "./my-landscape.mjs", "export":
 * "landscape", "params": {…}}` (loaded by config/modules.ts). The export is a Landscape object, or a function of
 * `params` returning one.
 *
 * A module landscape needs value, gradient and hessian; `gradientSource` (JS expressions over x0 … x{d−1}) is
 * optional — with it the kernels inline the gradient as for built-in landscapes, without it they call
 * `gradient` (correct, and slower).
 */
export type ModuleLandscapeSpec = Extract<LandscapeSpec, { kind: "module" }>;

/** The landscape of a loaded module: its export (an object or a factory of params), checked. */
export function moduleLandscape(obj: Record<string, unknown>, path: string): Landscape {
  const { ref, name, value } = moduleExport(obj, path, "landscape");
  const made = typeof value === "function" ? (value as (p: unknown) => unknown)(obj.params) : value;
  const f = checkLandscape(made, path);
  const spec: ModuleLandscapeSpec = {
    kind: "module",
    module: ref,
    ...(obj.export === undefined ? {} : { export: name }),
    ...(obj.params === undefined ? {} : { params: obj.params }),
  };
  return { ...f, spec };
}

function checkLandscape(value: unknown, path: string): Omit<Landscape, "spec"> {
  const o = readObject(value, path);
  const dim = o.dim;
  if (!(Number.isInteger(dim) && (dim as number) >= 1))
    throw new FieldError(
      joinField(path, "dim"),
      `the module's landscape needs an integer dim ≥ 1, got ${String(dim)}`,
    );
  for (const fn of ["value", "gradient", "hessian"])
    if (typeof o[fn] !== "function")
      throw new FieldError(joinField(path, fn), `the module's landscape needs a function ${fn}`);
  const d = dim as number;
  const src = o.gradientSource;
  if (
    src !== undefined &&
    !(Array.isArray(src) && src.length === d && src.every((s) => typeof s === "string"))
  )
    throw new FieldError(
      joinField(path, "gradientSource"),
      `must be ${d} strings (∂f/∂x_i over x0 … x${d - 1})`,
    );
  const critical = o.criticalPoints ?? [];
  if (!Array.isArray(critical)) throw new FieldError(joinField(path, "criticalPoints"), "must be an array");
  return {
    name: typeof o.name === "string" ? o.name : `module landscape (d=${d})`,
    dim: d,
    value: o.value as Landscape["value"],
    gradient: o.gradient as Landscape["gradient"],
    hessian: o.hessian as Landscape["hessian"],
    criticalPoints: critical as CriticalPoint[],
    ...(src === undefined ? {} : { gradientSource: src as string[] }),
  } as Omit<Landscape, "spec">;
}
