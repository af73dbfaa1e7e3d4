import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { main } from "../../src/cli/main.ts";
import { cliSandbox } from "../support/cli.ts";

/**
 * The inputs a new user tried (issue "A command line that is fast, honest under bad input …"): each used to
 * crash with a stack, hang, exhaust memory or be silently misapplied. Each must now be one line naming the
 * field, exit 2, refused before any computation (well under a second here) and with no report written.
 */
const cli = cliSandbox("claims-hostile-");

interface Case {
  name: string;
  claim: string;
  config?: unknown;
  args?: string[];
  /** Where the out folder goes (default: a fresh folder in the sandbox). */
  out?: (dir: string) => string;
  error: RegExp;
}

const user1d = (landscape: unknown) => ({
  cases: {
    mine: {
      name: "user double well",
      landscape,
      noise: { kind: "isotropic", sigma: 1 },
      x0: [-1],
      etas: [0.2, 0.1, 0.08, 0.066666666667],
    },
  },
});
const userQuadratic = (T: number) => ({
  cases: [
    {
      name: "user quadratic",
      landscape: { kind: "quadratic", H: [[1]] },
      noise: { kind: "isotropic", sigma: 1 },
      x0: [1],
      T,
      testFunctions: [{ kind: "coordinate", i: 0 }],
    },
  ],
});

const CASES: Case[] = [
  {
    name: "η = 1e308 in M1 (it used to overflow the exact chain's gradient; now outside the Arrhenius regime)",
    claim: "M1",
    config: { cases: { "double-well": { etas: [1e308, 0.1, 0.08] } } },
    error:
      /^error: cases\.double-well\.etas\[0\]: η = 1e\+308 puts the barrier at 2Δf\/\(ησ²\) = 5e-309 noise units/,
  },
  {
    name: "η = 1e-300 in W1 (T/η not representable as a step count)",
    claim: "W1",
    config: { etas: [0.05, 0.025, 1e-300] },
    error: /^error: cases\[0\]\.T: T\/eta = 1\.00e\+300 steps is beyond the cap of 1e\+7/,
  },
  {
    name: "η = 1e-9 in W1 (used to run for minutes and take 15 GB)",
    claim: "W1",
    config: { etas: [0.05, 0.025, 1e-9] },
    error: /^error: cases\[0\]\.T: T\/eta = 1\.00e\+9 steps is beyond the cap/,
  },
  {
    name: "W1 with an η that does not divide T",
    claim: "W1",
    config: { etas: [0.03, 0.02, 0.01] },
    error: /^error: cases\[0\]\.T: T\/eta must be an integer number of steps: T = 1, eta = 0\.03/,
  },
  {
    name: "W1 with T = 1e12",
    claim: "W1",
    config: userQuadratic(1e12),
    error: /^error: cases\[0\]\.T: T\/eta = 2\.00e\+13 steps is beyond the cap/,
  },
  {
    name: "a polynomial coefficient of 1e308 (its derivative's coefficient overflows)",
    claim: "M1",
    config: user1d({
      kind: "polynomial",
      dim: 1,
      terms: [
        { c: 1e308, p: [4] },
        { c: -0.5, p: [2] },
      ],
    }),
    error: /^error: cases\.mine\.landscape\.terms\[0\]\.c: 1e\+308 makes a derivative coefficient overflow/,
  },
  {
    name: "1e300 on x⁶ (the declared start is then not a minimum)",
    claim: "M1",
    config: user1d({
      kind: "polynomial",
      dim: 1,
      terms: [
        { c: 1e300, p: [6] },
        { c: -0.5, p: [2] },
      ],
    }),
    error: /^error: cases\.mine\.x0: .* is not a critical point of f/,
  },
  {
    name: "1e300 on x⁶ with its true minimum declared (a barrier of 1e-151: outside the Arrhenius regime)",
    claim: "M1",
    config: {
      cases: {
        mine: {
          name: "user sextic",
          landscape: {
            kind: "polynomial",
            dim: 1,
            terms: [
              { c: 1e300, p: [6] },
              { c: -0.5, p: [2] },
            ],
          },
          noise: { kind: "isotropic", sigma: 1 },
          x0: [-((1 / 6e300) ** 0.25)],
          saddle: [0],
          etas: [0.2, 0.1, 0.08],
        },
      },
    },
    error:
      /^error: cases\.mine\.etas\[0\]: η = 0\.2 puts the barrier at 2Δf\/\(ησ²\) = 1\.36083e-150 noise units \(Δf = 1\.36083e-151\)/,
  },
  {
    name: "S1 with three η values (its trend fit needs four)",
    claim: "S1",
    config: { cases: { "linear-2d": { etas: [0.03, 0.02, 0.01] } } },
    error: /^error: S1: this config cannot be planned: .*needs at least 4 grid points .*gives 3$/,
  },
  {
    name: "η = 1e-300 in S2 (its quadrature would need 8e300 nodes)",
    claim: "S2",
    config: { cases: { "linear-2d": { etas: [0.1, 0.03, 1e-300] } } },
    error:
      /^error: S2: this config cannot be planned: the quadrature on \[-1, 1\] would need 8\.0e\+300 nodes/,
  },
  {
    name: "particles = 1e9 (used to grow to 4 GB and die)",
    claim: "M1",
    config: { particles: 1e9 },
    error: /^error: M1: .*1\.0e\+9 runs exceed the cap of 1e\+7 per simulation/,
  },
  {
    name: "work beyond the cap, with the way to raise it",
    claim: "M1",
    config: { particles: 1e6, horizonMultiple: 1e4 },
    error: /^error: M1: the config asks for up to .* particle-steps .* raise the cap with --max-work$/,
  },
  {
    name: "a prototype key at the top level (it was applied but missing from the recorded config)",
    claim: "W3",
    config: '{"__proto__": {"horizon": 2000}}',
    error: /^error: __proto__: prototype keys are not allowed in a config$/,
  },
  {
    name: "a prototype key deeper down",
    claim: "W3",
    config: '{"cases": [{"constructor": {"x": 1}}]}',
    error: /^error: cases\[0\]\.constructor: prototype keys are not allowed/,
  },
  {
    name: "an unknown claim ID in a claims map (it was ignored)",
    claim: "W3",
    config: { claims: { W9: {} } },
    error: /^error: claims\.W9: unknown claim "W9" \(known: W1, /,
  },
  {
    name: "a top-level field beside a claims map (it was dropped)",
    claim: "W3",
    config: { claims: { W3: {} }, particles: 5 },
    error: /^error: particles: a config with a "claims" map takes no other top-level field/,
  },
  {
    name: "--workers 256 (64 workers took 37 s and 2 GB for 0.6 s of work)",
    claim: "W3",
    args: ["--workers", "256"],
    error: /^error: --workers: must be an integer from 1 to \d+ \(4 per core on this machine\), got "256"$/,
  },
  {
    name: "--out under /proc (Node's recursive mkdir loops there)",
    claim: "W3",
    out: () => "/proc/claims-out",
    error: /^error: --out: cannot write to \/proc\/claims-out/,
  },
  {
    name: "--out naming a file",
    claim: "W3",
    out: (dir) => {
      writeFileSync(join(dir, "file"), "x");
      return join(dir, "file");
    },
    error: /^error: --out: .*\/file is a file, not a folder$/,
  },
  {
    name: "--out under a file",
    claim: "W3",
    out: (dir) => {
      writeFileSync(join(dir, "file"), "x");
      return join(dir, "file", "sub");
    },
    error: /^error: --out: .*\/file is a file, not a folder \(it holds .*\/file\/sub\)$/,
  },
  {
    name: "--max-work that is not a number",
    claim: "W3",
    args: ["--max-work", "lots"],
    error: /^error: --max-work: must be a positive number of particle-steps, got "lots"$/,
  },
];

describe("hostile input → one line naming the field, exit 2, before computing, no report", () => {
  for (const c of CASES)
    test(c.name, async () => {
      const out = c.out ? c.out(cli.dir) : join(cli.dir, "out");
      const argv = ["run", c.claim, "--budget", "quick", "--out", out];
      if (c.config !== undefined) {
        const f = join(cli.dir, "config.json");
        writeFileSync(f, typeof c.config === "string" ? c.config : JSON.stringify(c.config));
        argv.push("--config", f);
      }
      if (!c.args?.includes("--workers")) argv.push("--workers", "1");
      argv.push(...(c.args ?? []));
      const t0 = performance.now();
      const code = await main(argv);
      expect(code).toBe(2);
      expect(cli.errors).toHaveLength(1);
      expect(cli.errors[0]!.includes("\n")).toBe(false);
      expect(cli.errors[0]).toMatch(c.error);
      // Refused while planning: no simulation ran (the slowest planner here, M1's exact chains, takes ~0.3 s).
      expect(performance.now() - t0).toBeLessThan(3000);
      if (!c.out) expect(existsSync(out)).toBe(false);
    });

  test("the cap can be raised: --max-work lets the same M1 config through planning", async () => {
    // Planned only (run would take hours): prepareClaims is what the CLI calls before computing.
    const { prepareClaims } = await import("../../src/claims/runner.ts");
    const big = { particles: 1e6, horizonMultiple: 1e4 };
    expect(() => prepareClaims(["M1"], "quick", big)).toThrow(/--max-work/);
    expect(() => prepareClaims(["M1"], "quick", big, {}, "s", { maxRuns: 1e7, maxWork: 1e20 })).not.toThrow();
  });

  test("a folder for --out is created only after the config is valid", async () => {
    mkdirSync(join(cli.dir, "parent"));
    const out = join(cli.dir, "parent", "new");
    const f = join(cli.dir, "bad.json");
    writeFileSync(f, JSON.stringify({ etas: [0.03, 0.02, 0.01] }));
    expect(await main(["run", "W1", "--budget", "quick", "--config", f, "--out", out])).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe("one exit concept: `exit: {kind: level | ball | slab, …}` in every exit claim", () => {
  const expectRefused = async (claim: string, cfg: unknown, pattern: RegExp) => {
    const f = join(cli.dir, "exit.json");
    writeFileSync(f, JSON.stringify(cfg));
    const out = join(cli.dir, "out");
    expect(
      await main(["run", claim, "--budget", "quick", "--workers", "1", "--config", f, "--out", out]),
    ).toBe(2);
    expect(cli.errors).toHaveLength(1);
    expect(cli.errors[0]).toMatch(pattern);
    expect(existsSync(out)).toBe(false);
  };

  test("S2's references are for the slab: a ball exit is refused, saying why", async () => {
    await expectRefused(
      "S2",
      { cases: { "linear-2d": { exit: { kind: "ball", radius: 1 } } } },
      /^error: cases\.linear-2d\.exit\.kind: expected "slab" \(the exact chain and the O\(1\) constants are for the slab/,
    );
  });

  test("S1 exits a ball; a slab's halfWidth under a ball is an unknown field", async () => {
    await expectRefused(
      "S1",
      { cases: { "linear-2d": { exit: { kind: "ball", halfWidth: 1 } } } },
      /^error: cases\.linear-2d\.exit\.halfWidth: unknown field \(allowed: kind, radius\)$/,
    );
  });

  test("S3: a saddle with a second unstable direction needs the slab", async () => {
    await expectRefused(
      "S3",
      {
        landscape: {
          kind: "quadratic",
          H: [
            [-1, 0, 0],
            [0, -0.5, 0],
            [0, 0, 1],
          ],
        },
        noise: { kind: "isotropic", sigma: 1 },
        x0: [0, 0, 0],
        exit: { kind: "ball", radius: 1 },
        etas: [0.01, 0.003, 0.001],
      },
      /^error: exit\.kind: must be "slab" for a saddle with a second unstable direction/,
    );
  });

  test("M3's continuum limit is taken past the saddle: a level at 0 is refused", async () => {
    await expectRefused(
      "M3",
      { continuum: { etas: [0.1, 0.05, 0.025], exit: { kind: "level", past: 0 }, orderBand: [0.75, 1.25] } },
      /^error: continuum\.exit\.past: must be > 0 \(the continuum limit is taken past the saddle\)/,
    );
  });

  test("the old field names are errors naming the new one's place", async () => {
    await expectRefused(
      "S1",
      { cases: { "linear-2d": { radius: 1 } } },
      /^error: cases\.linear-2d\.radius: unknown field \(allowed: name, landscape, noise, x0, exit, etas\)$/,
    );
  });
});
