// A consumer's own vitest spec: it defines a claim on its own landscape with the suite's public API and runs
// it in plain Node (the package is compiled JS; no TypeScript loader is installed here), on 2 worker threads.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import {
  defineClaim,
  experiments,
  landscapes,
  network,
  noise,
  reference,
  runClaims,
  stats,
} from "sgd-diffusion-claims";
import { describe, expect, test } from "vitest";

const exitSet = { kind: "half-space", normal: [1], offset: 0 };

/** Simulated E N from the consumer's left well equals the exact discrete chain, within ±10%, at two η. */
const consumerClaim = defineClaim({
  id: "X1",
  title: "My landscape: SGD's exit count equals the exact chain",
  statement: "Mean exit iterations of SGD from the left well of my landscape match the discrete exit chain.",
  source: "consumer spec",
  family: "consumer",
  parseConfig: (raw) => ({
    landscape: raw.landscape,
    etas: raw.etas ?? [0.2, 0.15],
    particles: raw.particles ?? 20000,
  }),
  experiments(config, ctx) {
    const f = landscapes.landscapeFromSpec(config.landscape);
    const noiseSpec = { kind: "isotropic", sigma: 1 };
    const x0 = [f.criticalPoints[0].x[0]];
    const chain = reference.exactExitReference(
      { landscape: f, noise: noise.noiseFromSpec(noiseSpec, f), start: x0, exitSet },
      "sgd",
    );
    return config.etas.map((eta, j) => {
      const exact = chain.meanIterations(eta);
      const runs = experiments.exitRuns({
        landscape: config.landscape,
        noise: noiseSpec,
        x0,
        exitSet,
        eta,
        horizon: Math.ceil(30 * exact),
        particles: config.particles,
        blockSize: 250,
        stream: ctx.stream(j),
      });
      return experiments.experiment({
        name: `X1 E N vs the exact chain [η = ${eta}]`,
        quantity: "Ê N / E N (exact chain)",
        simulations: [runs],
        reference: chain.name,
        band: experiments.relativeBand(
          1,
          0.1,
          "±10%: the chain is exact; the band is the equivalence margin",
        ),
        statistic([sample], alpha) {
          const e = stats.meanExitTime(sample, alpha);
          return {
            estimate: e.mean / exact,
            se: e.se / exact,
            interval: [e.interval[0] / exact, e.interval[1] / exact],
            method: "monte-carlo",
          };
        },
      });
    });
  },
});

describe("a consumer defines and runs its own claim", () => {
  test("PASS on 2 workers, with the suite's own provenance", async () => {
    const landscape = { kind: "module", module: new URL("./landscape.mjs", import.meta.url).href };
    const { reports, summary } = await runClaims({
      claims: [consumerClaim],
      configs: { X1: { landscape } },
      budget: "quick",
      seed: "consumer",
      workers: 2,
      command: "consumer spec",
    });
    expect(summary.verdict).toBe("PASS");
    expect(reports[0].assertions.map((a) => a.verdict)).toEqual(["PASS", "PASS"]);
    const pkg = createRequire(import.meta.url).resolve("sgd-diffusion-claims/package.json");
    const info = JSON.parse(readFileSync(new URL("dist/build-info.json", `file://${pkg}`), "utf8"));
    expect(reports[0].provenance.packageVersion).toBe(JSON.parse(readFileSync(pkg, "utf8")).version);
    expect(reports[0].provenance.gitCommit).toBe(info.gitCommit);
  });

  test("built-in claims run from the package too", async () => {
    const { summary } = await runClaims({
      claims: ["W3"],
      budget: "quick",
      seed: "consumer",
      workers: 1,
      command: "consumer spec",
    });
    expect(summary.verdict).toBe("PASS");
  });

  test("the network of B6–B8 trains on iris from the package, with the dataset as a dependency", async () => {
    const iris = network.loadIris(0);
    expect(iris.train.n + iris.test.n).toBe(150);
    const net = new network.Mlp({ inputs: 4, hidden: 8, classes: 3 }, 1e-3);
    const theta = new Float64Array(net.size).map((_, a) => 0.3 * Math.sin(1 + a));
    const before = net.objective(theta, iris.train);
    network.gradientDescent(net, iris.train, theta, 0.5, 300);
    expect(net.objective(theta, iris.train)).toBeLessThan(before);
    const top = network.sharpness(net, iris.train, theta);
    expect(top.residual).toBeLessThan(1e-6 * top.value);
  });
});
