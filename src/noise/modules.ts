import { FieldError, joinField } from "../config/fieldError.ts";
import { moduleExport } from "../config/modules.ts";
import { rejectUnknownKeys } from "../config/readers.ts";
import type { Landscape } from "../landscapes/landscape.ts";
import type { NoiseFamily } from "./family.ts";
import type { NoiseModel, NoiseSpec } from "./noise.ts";

/**
 * Your own noise family, from a JS module: `{"kind": "module", "module": "./my-noise.mjs", "export": "family",
 * "params": {…}}` (imported by config/modules.ts in every thread). The export is a NoiseFamily; `params` are its
 * spec fields. The model it builds must declare its properties and supply its kernel fragment — checked here
 * and again by the kernels (codegen/fragment.ts).
 */
export function moduleNoiseFamily(obj: Record<string, unknown>, path: string): NoiseFamily {
  const { ref, name, value } = moduleExport(obj, path, "family");
  const family = value as Partial<NoiseFamily> | undefined;
  if (!family || typeof family.create !== "function" || typeof family.kind !== "string")
    throw new FieldError(
      joinField(path, "export"),
      `${ref}'s export "${name}" is not a noise family ({kind, fields, create})`,
    );
  return family as NoiseFamily;
}

/** The model of a module family, with the module spec recorded (reports replay it) and its declarations checked. */
export function moduleNoise(obj: Record<string, unknown>, landscape: Landscape, path: string): NoiseModel {
  const family = moduleNoiseFamily(obj, path);
  const params = (obj.params ?? {}) as Record<string, unknown>;
  rejectUnknownKeys(params, family.fields, joinField(path, "params"));
  const model = family.create(params, landscape, joinField(path, "params"));
  if (typeof model?.kernelFragment !== "function" || typeof model.properties?.gaussian !== "boolean")
    throw new FieldError(
      path,
      `family "${family.kind}" builds a model without kernelFragment() or properties.gaussian`,
    );
  const spec = {
    kind: "module",
    module: ref(obj),
    ...(obj.export === undefined ? {} : { export: obj.export }),
    params,
  } as NoiseSpec;
  return { ...model, spec };
}

const ref = (obj: Record<string, unknown>) => obj.module as string;
