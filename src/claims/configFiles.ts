import { readFileSync } from "node:fs";
import { FieldError } from "../config/fieldError.ts";
import { deepMerge, readObject, rejectPrototypeKeys } from "../config/readers.ts";
import type { Budget } from "../report/schema.ts";

/**
 * Budgets set sample sizes and η grids in data, not code (DESIGN.md §9): fixtures/claims/<ID>.json holds
 * `{ "default": {...}, "budgets": { "quick": {...}, "standard": {...}, "thorough": {...} } }`.
 */
const FIXTURES = new URL("../../fixtures/claims/", import.meta.url);

export function budgetConfig(id: string, budget: Budget): unknown {
  const file = new URL(`${id}.json`, FIXTURES);
  const raw = JSON.parse(readFileSync(file, "utf8")) as {
    default?: unknown;
    budgets?: Record<string, unknown>;
  };
  return deepMerge(raw.default ?? {}, raw.budgets?.[budget]);
}

/**
 * A user's `--config FILE`: a JSON object of overrides applied to every selected claim, or
 * `{ "claims": { "W1": {...}, ... } }` to target claims separately.
 */
export function readUserConfig(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new FieldError(
      "--config",
      `cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new FieldError("--config", `malformed JSON in ${path}: ${(e as Error).message.split("\n")[0]}`);
  }
  const config = readObject(parsed, "--config");
  rejectPrototypeKeys(config, "");
  return config;
}

/**
 * Checks the shape of a user config against the claims that exist: a `claims` map names only known claim IDs
 * and stands alone (a top-level field beside it would otherwise be dropped without a word).
 */
export function checkUserConfig(user: unknown, known: readonly string[]): void {
  if (user === null || user === undefined) return;
  const u = readObject(user, "--config");
  rejectPrototypeKeys(u, "");
  if (!("claims" in u)) return;
  for (const k of Object.keys(u))
    if (k !== "claims")
      throw new FieldError(
        k,
        'a config with a "claims" map takes no other top-level field (put it inside each claim\'s entry)',
      );
  for (const id of Object.keys(readObject(u.claims, "claims")))
    if (!known.includes(id))
      throw new FieldError(`claims.${id}`, `unknown claim "${id}" (known: ${known.join(", ")})`);
}

export function userOverrideFor(user: unknown, id: string): unknown {
  if (user === null || user === undefined) return undefined;
  const u = user as Record<string, unknown>;
  if ("claims" in u) {
    const claims = readObject(u.claims, "claims");
    return claims[id];
  }
  return u;
}

export function mergedConfig(id: string, budget: Budget, user: unknown): unknown {
  return deepMerge(budgetConfig(id, budget), userOverrideFor(user, id));
}

/** A band setting of a run's config that differs from the standard budget's (shown beside the claim's bands). */
export interface BandDifference {
  field: string;
  value: unknown;
  standard: unknown;
}

/** Config keys that set a band's width: relativeBand, orderBand, tolerance, … (by name). */
const BAND_KEY = /band|tolerance/i;

/**
 * Where a run's config (its budget's, with the user's overrides) checks a band other than the standard budget
 * does: a budget sets caps and grids, and when it also sets a different band the report says so (a quick run's
 * PASS at ±10% is not a standard run's PASS at ±5%).
 */
export function bandsVsStandard(id: string, raw: unknown): BandDifference[] {
  const out: BandDifference[] = [];
  const walk = (a: unknown, b: unknown, path: string) => {
    if (a !== null && typeof a === "object" && !Array.isArray(a)) {
      const o = a as Record<string, unknown>;
      const q = (b ?? {}) as Record<string, unknown>;
      for (const k of Object.keys(o)) {
        const at = path ? `${path}.${k}` : k;
        if (BAND_KEY.test(k)) {
          if (JSON.stringify(o[k]) !== JSON.stringify(q[k]))
            out.push({ field: at, value: o[k], standard: q[k] ?? null });
        } else walk(o[k], q[k], at);
      }
    }
  };
  walk(raw, budgetConfig(id, "standard"), "");
  return out;
}
