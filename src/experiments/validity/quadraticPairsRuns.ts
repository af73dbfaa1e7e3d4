import type { BlockDispatcher } from "../../parallel/dispatch.ts";
import type { PairSums } from "../../simulate/quadraticPairs.ts";
import type { Simulation } from "../experiment.ts";

/** Particles per block of the pair runs: ~200 steps each, a block is a few ms. */
const BLOCK = 20_000;

/**
 * Consecutive SGD pairs (x_K, x_{K+1}) on hx²/2 (claim V4's lag-one autocorrelation), blocks owning their
 * streams, the sums folded in block order; and their sample correlation.
 */
export function correlation(s: PairSums): number {
  const mx = s.sx / s.n;
  const my = s.sy / s.n;
  const cxy = s.sxy / s.n - mx * my;
  const cxx = s.sxx / s.n - mx * mx;
  const cyy = s.syy / s.n - my * my;
  return cxy / Math.sqrt(cxx * cyy);
}

export function pairsSimulation(spec: {
  h: number;
  sigma: number;
  eta: number;
  burnIn: number;
  particles: number;
  stream: string;
}): Simulation<PairSums> {
  return {
    stream: spec.stream,
    runs: spec.particles,
    stepsPerRun: spec.burnIn + 1,
    resize: (particles: number) => pairsSimulation({ ...spec, particles }),
    describe: `SGD pairs (x_K, x_{K+1}) on hx²/2 at η = ${spec.eta}, K = ${spec.burnIn}: ${spec.particles} runs`,
    async run(dispatch: BlockDispatcher): Promise<PairSums> {
      const blocks = await dispatch.run({
        task: "pairsBlock",
        stream: spec.stream,
        particles: spec.particles,
        blockSize: BLOCK,
        cost: spec.burnIn,
        payload: (b) => ({
          h: spec.h,
          sigma: spec.sigma,
          eta: spec.eta,
          burnIn: spec.burnIn,
          particles: b.particles,
          stream: b.stream,
        }),
      });
      const out: PairSums = { n: 0, sx: 0, sy: 0, sxx: 0, syy: 0, sxy: 0 };
      for (const r of blocks) {
        out.n += r.n;
        out.sx += r.sx;
        out.sy += r.sy;
        out.sxx += r.sxx;
        out.syy += r.syy;
        out.sxy += r.sxy;
      }
      return out;
    },
  };
}
