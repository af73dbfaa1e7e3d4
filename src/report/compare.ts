import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FieldError } from "../config/fieldError.ts";
import { normalCdf } from "../stats/quantiles.ts";
import type { AssertionResult, Verdict } from "../stats/types.ts";
import type { ClaimReport } from "./schema.ts";
import { toJson, writeAtomic } from "./writer.ts";

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

/** Read every <ID>.json claim report (not summary.json) in a directory. */
export function readReports(dir: string, what = "directory"): ClaimReport[] {
  if (!existsSync(dir)) throw new FieldError(what, `${dir} does not exist`);
  const files = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "summary.json");
  return files.sort().map((f) => {
    try {
      const r = JSON.parse(readFileSync(join(dir, f), "utf8")) as ClaimReport;
      if (typeof r.id !== "string" || !Array.isArray(r.assertions)) throw new Error("not a claim report");
      return r;
    } catch (e) {
      throw new FieldError(what, `${join(dir, f)}: ${(e as Error).message.split("\n")[0]}`);
    }
  });
}

/** Baselines are either claim reports or baseline files; both carry id and assertions. */
export function readBaselines(dir: string, what = "baseline"): Baseline[] {
  return readReports(dir, what).map((r) => ("provenance" in r ? baselineOf(r) : (r as unknown as Baseline)));
}

export function writeBaselines(dir: string, reports: ClaimReport[]): void {
  mkdirSync(dir, { recursive: true });
  for (const r of reports) writeAtomic(join(dir, `${r.id}.json`), toJson(baselineOf(r)));
}
