import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { FieldError, joinField } from "./fieldError.ts";
import { readString, rejectUnknownKeys } from "./readers.ts";

/**
 * Your own code in a config (DESIGN.md §10): a landscape or a noise family from a JS module,
 * `{"kind": "module", "module": "./mine.mjs", "export": "…", "params": {…}}`. Specs travel to the worker threads
 * as JSON, so a module is named by its file URL and every thread imports it itself: `loadModules` (async, before
 * validation; the runner calls it on configs, and each worker on the payloads it runs) imports every module a
 * value names, resolving relative paths against `base`, and returns the value with each `module` replaced by
 * its URL; `loadedModule` then gives the module's namespace synchronously to the builders.
 */
const loaded = new Map<string, Record<string, unknown>>();

/** The file URL a module reference resolves to (absolute paths and URLs as given, relative ones against base). */
export function moduleUrl(ref: string, base: string = process.cwd()): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref)) return ref;
  return pathToFileURL(isAbsolute(ref) ? ref : resolve(base, ref)).href;
}

/**
 * Imports every `{kind: "module"}` landscape in `value` (a config, a payload) and returns a copy with each
 * `module` resolved to its file URL. Errors name the field.
 */
export async function loadModules<T>(value: T, base?: string, path = ""): Promise<T> {
  if (Array.isArray(value))
    return (await Promise.all(value.map((v, i) => loadModules(v, base, `${path}[${i}]`)))) as T;
  if (value === null || typeof value !== "object") return value;
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = await loadModules(v, base, joinField(path, k));
  if (obj.kind === "module" && typeof obj.module === "string") {
    const url = moduleUrl(obj.module, base);
    if (!loaded.has(url)) {
      try {
        loaded.set(url, (await import(url)) as Record<string, unknown>);
      } catch (e) {
        throw new FieldError(
          joinField(path, "module"),
          `cannot import ${obj.module} (${(e as Error).message.split("\n")[0]})`,
        );
      }
    }
    out.module = url;
  }
  return out as T;
}

/** The namespace of a module loadModules imported (by URL, or by the reference it was given as). */
export function loadedModule(ref: string): Record<string, unknown> | undefined {
  return loaded.get(ref) ?? loaded.get(moduleUrl(ref));
}

/**
 * The export a `{kind: "module", module, export}` spec names, from its loaded module: `kind` says what it should
 * be ("landscape", "noise family") for the errors, which name the field.
 */
export function moduleExport(
  obj: Record<string, unknown>,
  path: string,
  fallback: string,
): { ref: string; name: string; value: unknown } {
  rejectUnknownKeys(obj, ["kind", "module", "export", "params"], path);
  const ref = readString(obj.module, joinField(path, "module"));
  const ns = loadedModule(ref);
  if (!ns)
    throw new FieldError(
      joinField(path, "module"),
      `${ref} is not loaded: modules are imported by loadModules (config/modules.ts) before validation`,
    );
  const name = obj.export === undefined ? fallback : readString(obj.export, joinField(path, "export"));
  if (!(name in ns))
    throw new FieldError(
      joinField(path, "export"),
      `${ref} has no export "${name}" (it has ${Object.keys(ns).join(", ")})`,
    );
  return { ref, name, value: ns[name] };
}
