import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FieldError } from "../config/fieldError.ts";
import { describeValue, readFiniteNumber, readObject, readString } from "../config/readers.ts";
import { normalCdf } from "../stats/quantiles.ts";
import type { AssertionResult, Verdict } from "../stats/types.ts";
import { toJson, writeAtomic } from "./atomicFile.ts";
import { incompleteRun, MANIFEST } from "./runFolder.ts";
import type { ClaimReport } from "./schema.ts";

/**
 * Statistical regression guard (DESIGN.md §8, pytest-regressions' idea): a baseline is the list of each claim's
 * assertion estimates with their SEs, committed under fixtures/baselines/<budget>/. `compareReports` flags
 *  - a verdict change of any assertion or claim;
 *  - a drift of an estimate: Monte-Carlo estimates by a two-sided z-test on the difference with SE
 *    √(se_new² + se_base²) at α = alphaTotal / (number of compared assertions); exact (deterministic) estimates
 *    must agree to 1e-9 relative (they differ only if the numerics changed).
 */
export interface BaselineAssertion {
  name: string;
  estimate: number;
  se: number;
  method: AssertionResult["method"];
  verdict: Verdict;
}
export interface Baseline {
  id: string;
  budget: string;
  seed: string;
  verdict: Verdict;
  assertions: BaselineAssertion[];
}

export interface Finding {
  claim: string;
  quantity: string;
  kind: "verdict-change" | "drift" | "missing";
  message: string;
}

export function baselineOf(report: ClaimReport): Baseline {
  return {
    id: report.id,
    budget: report.provenance.budget,
    seed: report.provenance.seed,
    verdict: report.verdict,
    assertions: report.assertions.map((a) => ({
      name: a.name,
      estimate: a.estimate,
      se: a.se,
      method: a.method,
      verdict: a.verdict,
    })),
  };
}

export const EXACT_RELATIVE_TOLERANCE = 1e-9;

/**
 * `assertions` is the number of assertions α_total is split over (default: those compared): a comparison of one
 * claim from a full run passes the full run's count, so every assertion is tested at the same α.
 */
export function compareBaselines(
  current: Baseline[],
  baseline: Baseline[],
  alphaTotal = 1e-3,
  assertions?: number,
): Finding[] {
  const findings: Finding[] = [];
  const m = Math.max(1, assertions ?? current.reduce((s, c) => s + c.assertions.length, 0));
  const alpha = alphaTotal / m;
  for (const cur of current) {
    const base = baseline.find((b) => b.id === cur.id);
    if (!base) {
      findings.push({
        claim: cur.id,
        quantity: "(claim)",
        kind: "missing",
        message: "no baseline for this claim",
      });
      continue;
    }
    if (cur.verdict !== base.verdict)
      findings.push({
        claim: cur.id,
        quantity: "(claim)",
        kind: "verdict-change",
        message: `claim verdict ${base.verdict} → ${cur.verdict}`,
      });
    for (const a of cur.assertions) {
      const b = base.assertions.find((x) => x.name === a.name);
      if (!b) {
        findings.push({
          claim: cur.id,
          quantity: a.name,
          kind: "missing",
          message: "assertion not in baseline",
        });
        continue;
      }
      if (a.verdict !== b.verdict)
        findings.push({
          claim: cur.id,
          quantity: a.name,
          kind: "verdict-change",
          message: `verdict ${b.verdict} → ${a.verdict}`,
        });
      const diff = a.estimate - b.estimate;
      const se = Math.hypot(a.se, b.se);
      // An estimate without an SE (interval from a distribution-free band) has no drift test: only its verdict
      // change above is flagged.
      if (Number.isNaN(se)) continue;
      if (se === 0) {
        const tol = EXACT_RELATIVE_TOLERANCE * Math.max(1, Math.abs(b.estimate));
        if (Math.abs(diff) > tol)
          findings.push({
            claim: cur.id,
            quantity: a.name,
            kind: "drift",
            message: `exact estimate changed: ${b.estimate} → ${a.estimate} (Δ = ${diff.toExponential(3)})`,
          });
      } else {
        const z = diff / se;
        const p = 2 * (1 - normalCdf(Math.abs(z)));
        if (p < alpha)
          findings.push({
            claim: cur.id,
            quantity: a.name,
            kind: "drift",
            message: `estimate ${b.estimate.toPrecision(5)} → ${a.estimate.toPrecision(5)} (z = ${z.toFixed(2)}, p = ${p.toExponential(2)} < α = ${alpha.toExponential(2)})`,
          });
      }
    }
  }
  return findings;
}

/** Every <ID>.json of a directory (not summary.json, run.json), parsed; errors name the file. */
function readJsonFiles(dir: string, what: string): { file: string; value: unknown }[] {
  if (!existsSync(dir)) throw new FieldError(what, `${dir} does not exist`);
  const files = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "summary.json" && f !== MANIFEST);
  return files.sort().map((f) => {
    try {
      return { file: join(dir, f), value: JSON.parse(readFileSync(join(dir, f), "utf8")) };
    } catch (e) {
      throw new FieldError(what, `${join(dir, f)}: ${(e as Error).message.split("\n")[0]}`);
    }
  });
}

/** Read every <ID>.json claim report (not summary.json, run.json) in a directory. */
export function readReports(dir: string, what = "directory"): ClaimReport[] {
  return readJsonFiles(dir, what).map(({ file, value }) => {
    const r = value as ClaimReport;
    if (r === null || typeof r.id !== "string" || !Array.isArray(r.assertions))
      throw new FieldError(what, `${file}: not a claim report`);
    return r;
  });
}

/**
 * The claims of one complete run: an empty folder, an interrupted or unfinished run, or a folder whose claim
 * files are not the ones its summary lists are errors — a comparison must never say "no regression" about
 * nothing.
 */
export function readRun(dir: string, what = "NEW_DIR"): ClaimReport[] {
  if (!existsSync(dir)) throw new FieldError(what, `${dir} does not exist`);
  const incomplete = incompleteRun(dir);
  if (incomplete) throw new FieldError(what, `${incomplete}: nothing to compare`);
  const reports = readReports(dir, what);
  if (!reports.length) throw new FieldError(what, `${dir} holds no claim report`);
  let listed: string[] = [];
  try {
    const summary = JSON.parse(readFileSync(join(dir, "summary.json"), "utf8")) as {
      claims?: { id: string }[];
    };
    listed = (summary.claims ?? []).map((c) => c.id);
  } catch (e) {
    throw new FieldError(what, `${join(dir, "summary.json")}: ${(e as Error).message.split("\n")[0]}`);
  }
  const missing = listed.filter((id) => !reports.some((r) => r.id === id));
  if (missing.length)
    throw new FieldError(what, `summary.json lists ${missing.join(", ")} but ${dir} lacks their reports`);
  return reports;
}

const VERDICTS: readonly Verdict[] = ["PASS", "FAIL", "INCONCLUSIVE"];
const METHODS = ["exact", "monte-carlo"];

/** A baseline file, every field checked (a malformed baseline is an error, not an estimate of NaN). */
function readBaselineFile(v: unknown, file: string): Baseline {
  const o = readObject(v, file);
  const verdict = (x: unknown, field: string): Verdict => {
    if (!VERDICTS.includes(x as Verdict))
      throw new FieldError(field, `expected one of ${VERDICTS.join(", ")}, got ${describeValue(x)}`);
    return x as Verdict;
  };
  const id = readString(o.id, `${file}: id`);
  const assertions = o.assertions;
  if (!Array.isArray(assertions) || !assertions.length)
    throw new FieldError(
      `${file}: assertions`,
      `expected a non-empty array, got ${describeValue(assertions)}`,
    );
  return {
    id,
    budget: readString(o.budget, `${file}: budget`),
    seed: readString(o.seed, `${file}: seed`),
    verdict: verdict(o.verdict, `${file}: verdict`),
    assertions: assertions.map((a, i) => {
      const f = `${file}: assertions[${i}]`;
      const x = readObject(a, f);
      // null: an estimate without an SE (its interval comes from a band, e.g. M2's DKW); see compareBaselines.
      const se = x.se === null ? Number.NaN : readFiniteNumber(x.se, `${f}.se`);
      if (se < 0) throw new FieldError(`${f}.se`, `must be ≥ 0 or null, got ${se}`);
      if (!METHODS.includes(x.method as string))
        throw new FieldError(
          `${f}.method`,
          `expected one of ${METHODS.join(", ")}, got ${describeValue(x.method)}`,
        );
      return {
        name: readString(x.name, `${f}.name`),
        estimate: readFiniteNumber(x.estimate, `${f}.estimate`),
        se,
        method: x.method as AssertionResult["method"],
        verdict: verdict(x.verdict, `${f}.verdict`),
      };
    }),
  };
}

/** Baselines are either claim reports or baseline files; both carry id and assertions, checked field by field. */
export function readBaselines(dir: string, what = "baseline"): Baseline[] {
  const out = readJsonFiles(dir, what).map(({ file, value }) =>
    readBaselineFile(
      value !== null && typeof value === "object" && "provenance" in value
        ? baselineOf(value as ClaimReport)
        : value,
      file,
    ),
  );
  if (!out.length) throw new FieldError(what, `${dir} holds no baseline`);
  return out;
}

/**
 * Runs compared with a baseline must be of the same budget and seed: estimates of another budget differ by
 * design (sizes, grids) and would read as a wall of regressions. Returns the error, or null.
 */
export function mismatch(current: Baseline[], baseline: Baseline[]): string | null {
  for (const c of current) {
    const b = baseline.find((x) => x.id === c.id);
    if (!b) continue;
    if (b.budget !== c.budget)
      return `budgets differ (${c.id}: the new run is ${c.budget}, the baseline ${b.budget}): compare runs of the same budget`;
    if (b.seed !== c.seed)
      return `seeds differ (${c.id}: the new run has seed ${c.seed}, the baseline ${b.seed}): compare runs of the same seed`;
  }
  return null;
}

export function writeBaselines(dir: string, reports: ClaimReport[]): void {
  mkdirSync(dir, { recursive: true });
  for (const r of reports) writeAtomic(join(dir, `${r.id}.json`), toJson(baselineOf(r)));
}
