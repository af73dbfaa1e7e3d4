import { FieldError, joinField } from "../../config/fieldError.ts";
import { describeValue, readNumber, readObject, readStrictObject } from "../../config/readers.ts";

/**
 * Where a run counts as having exited, as a config names it — one concept for every exit claim:
 *  - `{"kind": "level", "past": d}`: from a minimizer, past the level d beyond the saddle along the direction
 *    of escape (d = 0: at the saddle itself). M1–M5, B2, B4, and M3's continuum limit.
 *  - `{"kind": "ball", "radius": a}`: from a saddle z, |x − z| ≥ a. S1, S3 (one unstable direction), B3.
 *  - `{"kind": "slab", "halfWidth": a}`: from a saddle z, |v₁ᵀ(x − z)| ≥ a along its unstable eigenvector v₁,
 *    so the exit is decided by that coordinate alone. S2 (its exact O(1) term is the slab's), S3 with a second
 *    unstable direction (a ball would let the v₂ part decide the exit).
 * The claims turn it into an ExitSet (landscapes/exitSet.ts) once the critical points are known.
 */
export type ExitSpec =
  | { kind: "level"; past: number }
  | { kind: "ball"; radius: number }
  | { kind: "slab"; halfWidth: number };

export type ExitKind = ExitSpec["kind"];

/** The size of an exit from a saddle: the ball's radius or the slab's half-width (a in the formulas). */
export function saddleExitSize(e: ExitSpec): number {
  if (e.kind === "level") throw new Error("a level exit has no saddle exit size");
  return e.kind === "ball" ? e.radius : e.halfWidth;
}

/**
 * Reads an `exit` field; `allowed` are the kinds the claim has references for, `why` says why (in the error).
 * `fallback` is used when the field is absent (a claim's natural exit); without it the field is required.
 */
export function readExitSpec(
  raw: unknown,
  field: string,
  allowed: readonly ExitKind[],
  why: string,
  fallback?: ExitSpec,
): ExitSpec {
  if (raw === undefined) {
    if (fallback) return fallback;
    throw new FieldError(field, `is required: ${allowed.map(example).join(" or ")}`);
  }
  const o = readObject(raw, field);
  const kind = o.kind;
  if (typeof kind !== "string" || !(allowed as readonly string[]).includes(kind))
    throw new FieldError(
      joinField(field, "kind"),
      `expected ${allowed.map((k) => `"${k}"`).join(" or ")} (${why}), got ${describeValue(kind)}`,
    );
  switch (kind as ExitKind) {
    case "level":
      readStrictObject(o, field, ["kind", "past"]);
      return { kind: "level", past: readNumber(o.past, joinField(field, "past"), { min: 0 }) };
    case "ball":
      readStrictObject(o, field, ["kind", "radius"]);
      return {
        kind: "ball",
        radius: readNumber(o.radius, joinField(field, "radius"), { min: 0, exclusiveMin: true }),
      };
    case "slab":
      readStrictObject(o, field, ["kind", "halfWidth"]);
      return {
        kind: "slab",
        halfWidth: readNumber(o.halfWidth, joinField(field, "halfWidth"), { min: 0, exclusiveMin: true }),
      };
  }
}

/**
 * A level exit's distance d past the saddle, at least `min` (> 0 where the claim needs the exit strictly
 * beyond the saddle); `fallback` as in readExitSpec.
 */
export function levelPast(
  raw: unknown,
  field: string,
  why: string,
  fallback?: ExitSpec,
  min = Number.MIN_VALUE,
): number {
  const e = readExitSpec(raw, field, ["level"], why, fallback) as Extract<ExitSpec, { kind: "level" }>;
  if (!(e.past >= min)) throw new FieldError(joinField(field, "past"), `must be > 0 (${why}), got ${e.past}`);
  return e.past;
}

function example(kind: ExitKind): string {
  return kind === "level"
    ? '{"kind": "level", "past": d}'
    : kind === "ball"
      ? '{"kind": "ball", "radius": a}'
      : '{"kind": "slab", "halfWidth": a}';
}
