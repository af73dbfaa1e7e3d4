import { claimVerdict } from "../stats/decision.ts";
import { binomialUpperTail, clopperPearson } from "../stats/tests.ts";
import type { Verdict } from "../stats/types.ts";
import { table } from "./markdown.ts";
import type { ClaimReport } from "./schema.ts";

/**
 * A seed audit (`claims audit`): the same claims on K fresh seeds. When the theory holds every run should
 * PASS; a run is allowed a non-PASS with probability at most its planned α + β (the family-wise false-FAIL
 * rate plus the planned false-INCONCLUSIVE rate). The audit reports how often each assertion was not PASS,
 * the observed family-wise non-PASS rate with its exact (Clopper–Pearson) interval, the distribution of the
 * slack (SEs between interval and band edge), and whether the observed rate is compatible with the plan.
 */
export interface AuditRun {
  seed: string;
  reports: ClaimReport[];
}

export interface AuditAssertion {
  claim: string;
  name: string;
  nonPass: number;
  verdicts: Record<Verdict, number>;
  /** Smallest slack seen over the seeds (SE units; null for exact estimates). */
  minSlack: number | null;
  minSlackSeed: string | null;
  /** Largest number of stages any seed needed. */
  maxStages: number;
}

export interface Audit {
  budget: string;
  claims: string[];
  seeds: string[];
  runs: number;
  /** Runs with at least one non-PASS assertion. */
  nonPassRuns: number;
  /** Observed family-wise non-PASS rate and its (1 − 0.05) Clopper–Pearson interval. */
  rate: number;
  rateInterval: [number, number];
  /** Planned family-wise bound per run: Σα + Σβ over the assertions (mean over the runs). */
  planned: number;
  /** P(≥ nonPassRuns of runs | planned rate): the audit fails below AUDIT_LEVEL. */
  p: number;
  compatible: boolean;
  slackQuantiles: { q: number; slack: number }[];
  smallestSlack: { slack: number; claim: string; name: string; seed: string } | null;
  escalated: number;
  assertions: AuditAssertion[];
}

/** The audit fails when the observed non-PASS count has probability below this under the planned rate. */
export const AUDIT_LEVEL = 1e-3;

export function summarizeAudit(budget: string, runs: AuditRun[]): Audit {
  const byName = new Map<string, AuditAssertion>();
  const slacks: { slack: number; claim: string; name: string; seed: string }[] = [];
  let nonPassRuns = 0;
  let planned = 0;
  let escalated = 0;
  for (const run of runs) {
    let any = false;
    for (const r of run.reports) {
      planned += r.assertions.reduce((s, a) => s + a.alpha + (a.power?.plannedBeta ?? 0), 0) / runs.length;
      for (const a of r.assertions) {
        const key = `${r.id}\u0000${a.name}`;
        let row = byName.get(key);
        if (!row)
          byName.set(
            key,
            (row = {
              claim: r.id,
              name: a.name,
              nonPass: 0,
              verdicts: { PASS: 0, FAIL: 0, INCONCLUSIVE: 0 },
              minSlack: null,
              minSlackSeed: null,
              maxStages: 0,
            }),
          );
        // A designed contrast counts by what it means for the claim (its expected FAIL is not a non-PASS).
        const v = claimVerdict(a);
        row.verdicts[v]++;
        if (v !== "PASS") {
          row.nonPass++;
          any = true;
        }
        const stages = a.power?.stages ?? 1;
        row.maxStages = Math.max(row.maxStages, stages);
        if (stages > 1) escalated++;
        const slack = a.power?.slack;
        if (typeof slack === "number" && Number.isFinite(slack)) {
          slacks.push({ slack, claim: r.id, name: a.name, seed: run.seed });
          if (row.minSlack === null || slack < row.minSlack) {
            row.minSlack = slack;
            row.minSlackSeed = run.seed;
          }
        }
      }
    }
    if (any) nonPassRuns++;
  }
  const K = runs.length;
  const rate = K ? nonPassRuns / K : Number.NaN;
  const p = K ? binomialUpperTail(nonPassRuns, K, Math.min(1 - 1e-12, Math.max(planned, 1e-12))) : 1;
  const sorted = slacks.map((s) => s.slack).sort((a, b) => a - b);
  const quantile = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))]!;
  slacks.sort((a, b) => a.slack - b.slack);
  return {
    budget,
    claims: [...new Set(runs.flatMap((r) => r.reports.map((c) => c.id)))],
    seeds: runs.map((r) => r.seed),
    runs: K,
    nonPassRuns,
    rate,
    rateInterval: K ? clopperPearson(nonPassRuns, K, 0.05) : [0, 1],
    planned,
    p,
    compatible: p >= AUDIT_LEVEL,
    slackQuantiles: sorted.length ? [0, 0.01, 0.05, 0.25, 0.5].map((q) => ({ q, slack: quantile(q) })) : [],
    smallestSlack: slacks[0] ?? null,
    escalated,
    assertions: [...byName.values()].sort(
      (a, b) =>
        b.nonPass - a.nonPass ||
        (a.minSlack ?? Number.POSITIVE_INFINITY) - (b.minSlack ?? Number.POSITIVE_INFINITY),
    ),
  };
}

const f2 = (v: number | null) => (v === null ? "exact" : v.toFixed(2));

export function auditMarkdown(a: Audit): string {
  const lines = [
    `# Seed audit: ${a.runs} seeds, ${a.budget} budget`,
    "",
    `**${a.compatible ? "Compatible with the plan" : "NOT compatible with the plan"}**: ${a.nonPassRuns} of ${a.runs} runs had a non-PASS assertion (rate ${a.rate.toFixed(3)}, 95% interval [${a.rateInterval[0].toFixed(3)}, ${a.rateInterval[1].toFixed(3)}]); the planned bound per run is α + β = ${a.planned.toExponential(2)}, so P(≥ ${a.nonPassRuns} of ${a.runs}) = ${a.p.toPrecision(3)} (the audit fails below ${AUDIT_LEVEL}).`,
    "",
    `Claims: ${a.claims.join(", ")}. Seeds: ${a.seeds.map((s) => `\`${s}\``).join(", ")}.`,
    "",
    `Assertion-runs escalated past the configured size: ${a.escalated}.`,
    "",
    "## Slack",
    "",
    "Slack is how many standard errors an interval could still move before it touches its band edge.",
    "",
    table(
      ["quantile", "slack (SE)"],
      a.slackQuantiles.map((q) => [q.q === 0 ? "min" : `${q.q * 100}%`, q.slack.toFixed(2)]),
    ),
    "",
    a.smallestSlack
      ? `Smallest slack: ${a.smallestSlack.slack.toFixed(2)} SE — ${a.smallestSlack.claim} "${a.smallestSlack.name}" at seed \`${a.smallestSlack.seed}\`.`
      : "No Monte-Carlo assertions.",
    "",
    "## Assertions (non-PASS first, then by smallest slack)",
    "",
    table(
      ["claim", "assertion", "PASS", "INCONCLUSIVE", "FAIL", "min slack (SE)", "at seed", "max stages"],
      a.assertions.map((r) => [
        r.claim,
        r.name,
        String(r.verdicts.PASS),
        String(r.verdicts.INCONCLUSIVE),
        String(r.verdicts.FAIL),
        f2(r.minSlack),
        r.minSlackSeed ? `\`${r.minSlackSeed}\`` : "",
        String(r.maxStages),
      ]),
    ),
    "",
  ];
  return lines.join("\n");
}
