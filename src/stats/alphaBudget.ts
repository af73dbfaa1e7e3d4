/**
 * The false-fail budget of a run (DESIGN.md §6): α_total is split over the run's assertions so the chance
 * that any true claim is reported FAIL stays ≤ α_total, and each assertion's α is further split over its
 * sequential-escalation stages.
 */

/** The suite's default run-wide false-fail rate: one spurious FAIL per thousand full runs. */
export const DEFAULT_ALPHA_TOTAL = 1e-3;

/**
 * The false-FAIL rate each claim spends, whatever else runs: a claim's intervals never move when a claim is
 * added or another is run beside it. A run's family-wise rate is the sum over the claims it ran: 20 claims
 * spend the suite's 1e-3.
 */
export const CLAIM_ALPHA = 5e-5;

/**
 * The planned false-INCONCLUSIVE rate each claim spends (the power side, DESIGN.md §6): split over its
 * assertions, it sizes their samples; summed over a run, ≤ 1e-3 like α.
 */
export const CLAIM_BETA = 5e-5;

/** Bonferroni: α_i = α_total/m. Valid under any dependence between assertions (union bound). */
export function bonferroni(alphaTotal: number, m: number): number {
  checkAlpha(alphaTotal);
  if (!(Number.isInteger(m) && m >= 1))
    throw new RangeError(`number of assertions must be an integer ≥ 1, got ${m}`);
  return alphaTotal / m;
}

/** Holm's step-down procedure over p-values. */
export interface HolmResult {
  /** Which hypotheses are rejected at family-wise level alpha, in input order. */
  rejected: boolean[];
  /** Holm-adjusted p-values, in input order: reject i ⇔ adjusted[i] ≤ alpha. */
  adjusted: number[];
}

/**
 * Holm (1979): sort p ascending, compare p_(k) with α/(m − k) (k from 0), stop at the first failure. Same
 * family-wise guarantee as Bonferroni and never rejects less, so it helps when several assertions are
 * decided by p-values at once (e.g. a batch of goodness-of-fit tests).
 */
export function holm(pValues: readonly number[], alpha: number): HolmResult {
  checkAlpha(alpha);
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((i, j) => pValues[i]! - pValues[j]!);
  const adjusted = new Array<number>(m).fill(1);
  let running = 0;
  order.forEach((index, k) => {
    // Adjusted p is the running max of (m − k)·p_(k), capped at 1, so the step-down order is respected.
    running = Math.max(running, Math.min(1, (m - k) * pValues[index]!));
    adjusted[index] = running;
  });
  return { rejected: adjusted.map((p) => p <= alpha), adjusted };
}

/**
 * α of each sequential-escalation stage k = 0 … K−1: geometric spending α_k = α·2^{−(k+1)}/(1 − 2^{−K}),
 * which sums to α exactly (union bound over stages keeps the false-fail rate ≤ α).
 *
 * Why geometric rather than α/K: most assertions are decided at stage 0, which therefore gets half the
 * budget (a narrower interval where it matters most); later stages run ×4 more samples, so their smaller α
 * costs little, since interval width grows only like √log(1/α_k) while it shrinks like 2^{−k}.
 */
export function stageAlphas(alpha: number, maxStages: number): number[] {
  checkAlpha(alpha);
  if (!(Number.isInteger(maxStages) && maxStages >= 1)) {
    throw new RangeError(`maxStages must be an integer ≥ 1, got ${maxStages}`);
  }
  const normaliser = 1 - 2 ** -maxStages;
  return Array.from({ length: maxStages }, (_, k) => (alpha * 2 ** -(k + 1)) / normaliser);
}

function checkAlpha(alpha: number): void {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
}

/** How an AlphaBudget is sized: by a count, or by the assertion names (which then must be used exactly). */
export interface AlphaBudgetOptions {
  /** Run-wide false-fail rate; default DEFAULT_ALPHA_TOTAL. */
  alphaTotal?: number;
  assertions: number | readonly string[];
}

/** A run's α budget, split equally (Bonferroni) over its m assertions. */
export class AlphaBudget {
  readonly alphaTotal: number;
  readonly m: number;
  /** α_i = α_total/m, the same for every assertion. */
  readonly perAssertion: number;
  readonly names: readonly string[] | null;

  constructor(options: AlphaBudgetOptions) {
    this.alphaTotal = options.alphaTotal ?? DEFAULT_ALPHA_TOTAL;
    const { assertions } = options;
    if (typeof assertions === "number") {
      this.names = null;
      this.m = assertions;
    } else {
      if (new Set(assertions).size !== assertions.length)
        throw new RangeError("AlphaBudget: duplicate assertion names");
      this.names = [...assertions];
      this.m = assertions.length;
    }
    this.perAssertion = bonferroni(this.alphaTotal, this.m);
  }

  /** α_i for a named assertion; throws on a name the budget was not sized for (it would overspend). */
  alphaFor(name: string): number {
    if (this.names !== null && !this.names.includes(name)) {
      throw new RangeError(`AlphaBudget: "${name}" is not one of the ${this.m} budgeted assertions`);
    }
    return this.perAssertion;
  }

  /** Holm's step-down over p-values of these m assertions at α_total. */
  holm(pValues: readonly number[]): HolmResult {
    if (pValues.length !== this.m) throw new RangeError(`AlphaBudget.holm: expected ${this.m} p-values`);
    return holm(pValues, this.alphaTotal);
  }
}
