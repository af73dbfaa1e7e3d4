import type { ClaimDefinition } from "../claim.ts";
import {
  ARRHENIUS_NOTES,
  type ArrheniusClaim,
  type ArrheniusConfig,
  parseArrheniusConfig,
  runArrhenius,
} from "./arrhenius.ts";
import { isotropicVariance } from "./minimumCase.ts";

const ARRHENIUS: ArrheniusClaim = {
  id: "M1",
  exponent: (c) => ({ value: (2 * c.barrier) / isotropicVariance(c, ""), name: "2Δf/σ²" }),
  bandWhy: (band) =>
    `±${Math.round(band * 100)}%: the η-dependence of the Kramers prefactor (ln C(η) = ln C + O(η)) moves the finite-η slope by 1.7–2.6% on the default grids (exact discrete chain, 1-D cases)`,
};

export const M1: ClaimDefinition<ArrheniusConfig> = {
  id: "M1",
  title: "Escape from a minimizer takes exp(2Δf/(ησ²)) iterations (Arrhenius law)",
  statement:
    "Started at a local minimizer x* with isotropic noise Σ = σ²I, SGD's mean exit iteration count through the " +
    "lowest saddle z satisfies lim η·ln E N = 2(f(z) − f(x*))/σ². Checked on finite η as the slope of " +
    "ln(η·E N) on 1/η, which converges much faster than η·ln E N itself.",
  source:
    "Hu–Li–Li–Liu (arXiv 1705.07562) §4, from Freidlin–Wentzell large deviations with ε² = η; Arrhenius/" +
    "Eyring–Kramers law (classical).",
  family: "minimizer",
  parseConfig: (raw, path) => parseArrheniusConfig(raw, path, (c) => isotropicVariance(c, c.path)),
  assertionCount: (c) => c.cases.length,
  async run(config, ctx) {
    return { ...(await runArrhenius(ARRHENIUS, config, ctx)), notes: ARRHENIUS_NOTES };
  },
};
