import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { main } from "../../src/cli/main.ts";
import { cliSandbox } from "../support/cli.ts";

/**
 * Bad input is part of the product (DESIGN.md §10): one line naming the field, exit code 2, no report written.
 * One spec per case; most call `main` in-process (fast), one spawns the real bin to pin the process exit code.
 */
const cli = cliSandbox("claims-bad-input-");

function config(obj: unknown, raw?: string): string {
  const f = join(cli.dir, "config.json");
  writeFileSync(f, raw ?? JSON.stringify(obj));
  return f;
}

async function expectBadInput(argv: string[], pattern: RegExp): Promise<void> {
  const out = join(cli.dir, "out");
  const code = await main([...argv, "--out", out, "--workers", "1"]);
  expect(code).toBe(2);
  expect(cli.errors).toHaveLength(1);
  expect(cli.errors[0]!.split("\n")).toHaveLength(1);
  expect(cli.errors[0]).toMatch(pattern);
  expect(existsSync(out)).toBe(false);
}

describe("bad input → one line, exit code 2, no report", () => {
  test("malformed JSON config", async () => {
    await expectBadInput(
      ["run", "W1", "--config", config(null, '{"etas": [0.1,')],
      /^error: --config: malformed JSON/,
    );
  });

  test("missing config file", async () => {
    await expectBadInput(
      ["run", "W1", "--config", join(cli.dir, "nope.json")],
      /^error: --config: cannot read .*ENOENT/,
    );
  });

  test("unknown claim", async () => {
    await expectBadInput(["run", "W9"], /^error: claim: unknown claim "W9" \(known: W1, W2, W3/);
  });

  test("η ≤ 0", async () => {
    await expectBadInput(
      ["run", "W1", "--config", config({ etas: [0.05, -0.01, 0.001] })],
      /^error: etas\[1\]: must be > 0, got -0.01$/,
    );
  });

  test("η = 0", async () => {
    await expectBadInput(
      ["run", "W3", "--config", config({ etas: [0.05, 0.01, 0] })],
      /^error: etas\[2\]: must be > 0, got 0$/,
    );
  });

  test("η NaN (as JSON can carry it: a string or null)", async () => {
    await expectBadInput(
      ["run", "W1", "--config", config({ etas: [0.05, "NaN", 0.001] })],
      /^error: etas\[1\]: expected a finite number, got "NaN"$/,
    );
    cli.errors.length = 0;
    await expectBadInput(
      ["run", "W1", "--config", config({ etas: [0.05, null, 0.001] })],
      /^error: etas\[1\]: expected a finite number, got null$/,
    );
  });

  test("η at or beyond the stability bound 2/λ_max", async () => {
    await expectBadInput(
      [
        "run",
        "W3",
        "--config",
        config({ etas: [2.5, 0.1, 0.01], landscape: { kind: "quadratic", H: [[1]] } }),
      ],
      /^error: etas\[0\]: η = 2.5 ≥ 2\/λ_max = 2: SGD is unstable$/,
    );
  });

  test("polynomial term with the wrong arity", async () => {
    const landscape = {
      kind: "polynomial",
      dim: 2,
      terms: [
        { c: 1, p: [2, 0] },
        { c: 1, p: [2, 0, 1] },
      ],
    };
    await expectBadInput(
      ["run", "W1", "--config", config({ landscape })],
      /^error: landscape\.terms\[1\]\.p: .*3.*expected.*2/,
    );
  });

  test("a declared minimum that is not one", async () => {
    const landscape = {
      kind: "polynomial",
      dim: 1,
      terms: [
        { c: 0.25, p: [4] },
        { c: -0.5, p: [2] },
      ],
      criticalPoints: [{ label: "m", x: [0], kind: "minimum" }],
    };
    await expectBadInput(
      ["run", "W1", "--config", config({ landscape })],
      /^error: landscape\.criticalPoints\[0\].*minimum.*(saddle|maximum)/,
    );
  });

  test("a landscape the exact weak reference cannot handle is refused, not approximated", async () => {
    await expectBadInput(
      ["run", "W1", "--config", config({ landscape: { kind: "double-well" } })],
      /^error: landscape\.kind: "double-well" has no exact weak-error reference/,
    );
  });

  const agreement = {
    name: "a",
    landscape: { kind: "double-well" },
    noise: { kind: "isotropic", sigma: 1 },
    x0: [0.5],
    T: 1,
    testFunctions: [{ kind: "square", i: 0 }],
    etas: [0.1, 0.05, 0.025],
    particles: 1000,
    relativeBand: 0.05,
  };
  test("an agreement case must be a quadratic: its exact errors are the reference", async () => {
    await expectBadInput(
      ["run", "W2", "--config", config({ agreementCases: [agreement] })],
      /^error: agreementCases\[0\]\.landscape\.kind: "double-well" has no exact weak-error reference/,
    );
  });

  test("an agreement case must be stable at every η", async () => {
    const unstable = { ...agreement, landscape: { kind: "quadratic", H: [[25]] } };
    await expectBadInput(
      ["run", "W2", "--config", config({ agreementCases: [unstable] })],
      /^error: agreementCases\[0\]\.etas\[0\]: η = 0\.1 ≥ 2\/λ_max = 0\.08: SGD is unstable/,
    );
  });

  test("an agreement case's band is a fraction in (0, 1)", async () => {
    const wide = { ...agreement, landscape: { kind: "quadratic", H: [[1]] }, relativeBand: 2 };
    await expectBadInput(
      ["run", "W2", "--config", config({ agreementCases: [wide] })],
      /^error: agreementCases\[0\]\.relativeBand/,
    );
  });

  test("unknown option, budget, worker count", async () => {
    await expectBadInput(["run", "W1", "--fast"], /^error: --fast: unknown option/);
    cli.errors.length = 0;
    await expectBadInput(["run", "W1", "--budget", "huge"], /^error: --budget: unknown budget "huge"/);
    cli.errors.length = 0;
    const code = await main(["run", "W1", "--workers", "0"]);
    expect(code).toBe(2);
    expect(cli.errors[0]).toMatch(/^error: --workers: must be an integer from 1 to \d+ \(4 per core/);
  });

  test("unknown config field is named, not ignored", async () => {
    await expectBadInput(
      ["run", "W1", "--config", config({ etaz: [0.1] })],
      /^error: etaz: unknown field \(allowed: etas, cases/,
    );
  });

  test("the real process exits with code 2 and prints one line on stderr", () => {
    const out = join(cli.dir, "out");
    const r = spawnSync(process.execPath, ["bin/claims.mjs", "run", "W9", "--out", out], {
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([
      'error: claim: unknown claim "W9" (known: W1, W2, W3, M1, M2, M3, M4, M5, S1, S2, S3, S4, B1, B2, B3, B4, B5, B6, B7, B8, V1, V2, V3, V4)',
    ]);
    expect(existsSync(out)).toBe(false);
  });

  test("exit set that does not contain the start (M1)", async () => {
    await expectBadInput(
      [
        "run",
        "M1",
        "--config",
        config({
          landscape: { kind: "double-well" },
          x0: [-1],
          exit: { kind: "half-space", normal: [1], offset: -2 },
        }),
      ],
      /^error: exit: does not contain the start: x0 = \(-1\) already counts as exited/,
    );
  });

  test("a 'minimum' that is a saddle (M1)", async () => {
    await expectBadInput(
      ["run", "M1", "--config", config({ landscape: { kind: "double-well" }, x0: [0] })],
      /^error: x0: \(0\) is a saddle .*not a minimum$/,
    );
  });

  test("a horizon too short to see any exit (M2)", async () => {
    await expectBadInput(
      ["run", "M2", "--config", config({ horizon: 5 })],
      /^error: horizon: too short to see any exit: 5 iterations against a predicted E N/,
    );
  });

  test("a saddle start that is a minimum (S1)", async () => {
    await expectBadInput(
      [
        "run",
        "S1",
        "--config",
        config({
          landscape: {
            kind: "quadratic",
            H: [
              [1, 0],
              [0, 2],
            ],
          },
          x0: [0, 0],
        }),
      ],
      /^error: x0: \(0, 0\) is a minimum .*not a hyperbolic saddle$/,
    );
  });

  test("an S2 radius outside the geometric-growth regime", async () => {
    await expectBadInput(
      ["run", "S2", "--config", config({ claims: { S2: { exit: { kind: "slab", halfWidth: 0.05 } } } })],
      /^error: exit.halfWidth: a = 0.05 is only .* stationary standard deviations/,
    );
  });
  test("a 2-D landscape for M5 (its exact quasi-potential is 1-D)", async () => {
    await expectBadInput(
      [
        "run",
        "M5",
        "--config",
        config({
          landscape: { kind: "double-well-2d", k: 2 },
          noise: { kind: "state-dependent", sigma: 1, kappa: 1 },
          x0: [-1, 0],
          etas: [0.2, 0.15, 0.1],
        }),
      ],
      /^error: landscape: has dimension 2; M5's exponent V = 2∫f'\/Σ is exact in 1-D only$/,
    );
  });

  test("negative κ in state-dependent noise (M5)", async () => {
    await expectBadInput(
      [
        "run",
        "M5",
        "--config",
        config({
          landscape: { kind: "double-well" },
          noise: { kind: "state-dependent", sigma: 1, kappa: -0.5 },
          x0: [-1],
          etas: [0.2, 0.15, 0.1],
        }),
      ],
      /^error: noise.kappa: must be ≥ 0, got -0.5$/,
    );
  });

  test("a 2-D M3 case with anisotropic noise (the 2-D reference needs ε²I)", async () => {
    await expectBadInput(
      [
        "run",
        "M3",
        "--config",
        config({
          landscape: { kind: "double-well-2d", k: 2 },
          noise: {
            kind: "covariance",
            Sigma: [
              [1, 0],
              [0, 2],
            ],
          },
          x0: [-1, 0],
          exit: { kind: "level", past: 0.5 },
          etas: [0.1],
        }),
      ],
      /^error: noise.kind: the Arrhenius exponent 2Δf\/σ² needs isotropic noise/,
    );
  });
  test.each([
    [
      "M1",
      { splittingRuns: 5 },
      /^error: splittingRuns: needs at least 20 splitting runs per point for an interval, got 5$/,
    ],
    [
      "M1",
      { cases: { "double-well": { splittingEtas: [0.02, 0.05] } } },
      /^error: cases\.double-well\.splittingEtas\[1\]: η grid must be strictly decreasing$/,
    ],
    [
      "M3",
      { cases: { "coupled-2d": { splittingEtas: [0.01] } } },
      /^error: cases\.coupled-2d\.splittingEtas: M3's rare-event points are checked against the exact chain, which is 1-D/,
    ],
    [
      "M2",
      { cases: { "double-well": { splittingEtas: [0.02] } } },
      /^error: cases\.double-well\.splittingEtas: /,
    ],
    ["M2", { splittingRuns: 100 }, /^error: splittingRuns: /],
  ] as const)("rare-event fields: %s %j", async (id, cfg, pattern) => {
    await expectBadInput(["run", id, "--config", config(cfg)], pattern);
  });
  test("σ = 0 in a claim config names noise.sigma (not noise..sigma)", async () => {
    await expectBadInput(
      ["run", "M1", "--config", config({ noise: { kind: "isotropic", sigma: 0 } })],
      /^error: (cases\.[a-z0-9-]+\.)?noise\.sigma: must be > 0, got 0$/,
    );
  });
  test.each([
    [[0, 1, 2], /^error: cases\.double-well\.batches\[0\]: must be ≥ 1, got 0$/],
    [[1, 2.5, 4], /^error: cases\.double-well\.batches\[1\]: a batch size must be a whole number, got 2\.5$/],
    [[1, 4, 2], /^error: cases\.double-well\.batches\[2\]: batch sizes must increase, got 2 after 4$/],
  ])("invalid batch sizes %j (B2)", async (batches, pattern) => {
    await expectBadInput(
      ["run", "B2", "--config", config({ claims: { B2: { cases: { "double-well": { batches } } } } })],
      pattern,
    );
  });
  test.each([
    [{ B4: { batches: [4, 5, 40] } }, /^error: batches: batch 40 exceeds the dataset's n = 32$/],
    [{ B4: { batches: [4, 0, 6] } }, /^error: batches\[1\]: must be ≥ 1, got 0$/],
    [
      { B4: { batches: [4, 4.5, 6] } },
      /^error: batches\[1\]: a batch size must be a whole number, got 4\.5$/,
    ],
    [{ B4: { dataset: "least-squares" } }, /^error: dataset: "least-squares" is a least-squares dataset/],
    [
      { B4: { dataset: "missing" } },
      /^error: dataset: fixtures\/datasets\/missing\.json: cannot read the dataset/,
    ],
    [{ B4: { eta: 0.05 } }, /^error: eta: η·F''\(sharp\) = 0\.784 ≥ 0\.2/],
    [
      { B4: { particles: { isotropic: 50, minibatch: 1000 } } },
      /^error: particles\.isotropic: needs at least 100 runs/,
    ],
    [{ B5: { eta: 0.05 } }, /^error: eta: η·F''\(sharp\) = 0\.784 ≥ 0\.2/],
    [{ B5: { small: 8, large: 4 } }, /^error: large: must exceed small = 8, got 4$/],
    [{ B5: { large: 33 } }, /^error: large: exceeds the dataset's n = 32$/],
    [{ B5: { steps: [100] } }, /^error: steps: expected \[K₁, K₂\]/],
    [
      {
        B2: {
          cases: {
            minibatch: { noise: { kind: "minibatch", dataset: "two-well", batch: 1 }, batches: [4, 40, 50] },
          },
        },
      },
      /^error: cases\.minibatch\.batches\[1\]: must be an integer in \[1, n=32\], got 40$/,
    ],
  ])("bad sharp/flat and dataset configs %j (B2, B4, B5)", async (claims, pattern) => {
    const id = Object.keys(claims)[0]!;
    await expectBadInput(["run", id, "--config", config({ claims })], pattern);
  });
  test("a batch larger than the dataset, and a ragged dataset (B1)", async () => {
    await expectBadInput(
      [
        "run",
        "B1",
        "--config",
        config({ claims: { B1: { datasets: { "least-squares": { batches: [1, 17] } } } } }),
      ],
      /^error: datasets\.least-squares\.batches\[1\]: a batch size must be a whole number in \[1, n = 16\], got 17$/,
    );
    cli.errors.length = 0;
    await expectBadInput(
      [
        "run",
        "B1",
        "--config",
        config({ claims: { B1: { datasets: { inline: { gradients: [[1], [2, 3]], batches: [1] } } } } }),
      ],
      /^error: datasets\.inline\.gradients\[1\]: has 2 entries, expected 1/,
    );
  });
  test.each([
    [
      "a dataset file that does not exist",
      { "two-layer": { file: "no-such-dataset" } },
      /^error: datasets\.two-layer\.file: fixtures\/datasets\/no-such-dataset\.json: cannot read the dataset \(ENOENT\)$/,
    ],
    [
      "both inline gradients and a file",
      { "two-well": { gradients: [[1], [2]] } },
      /^error: datasets\.two-well: takes exactly one of `gradients` \(inline\) or `file` \(a dataset\), got both$/,
    ],
    [
      "neither inline gradients nor a file",
      { "two-well": { file: null } },
      /^error: datasets\.two-well: needs per-sample gradients: exactly one of `gradients` \(inline\) or `file`/,
    ],
    [
      "a point of the wrong dimension",
      { "least-squares": { at: [0.3] } },
      /^error: datasets\.least-squares\.at: has 1 entries, expected dim = 2$/,
    ],
    [
      "no point for a dataset without a default one",
      { "two-well": { at: null } },
      /^error: datasets\.two-well\.at: missing: a residual-two-well dataset has no default point/,
    ],
  ])("B1 datasets: %s", async (_, datasets, pattern) => {
    await expectBadInput(["run", "B1", "--config", config({ claims: { B1: { datasets } } })], pattern);
  });
  test("B1 datasets: a dataset file of unknown kind", async () => {
    const file = join(cli.dir, "dataset.json");
    writeFileSync(file, JSON.stringify({ kind: "quadratic", name: "q", n: 2 }));
    await expectBadInput(
      ["run", "B1", "--config", config({ claims: { B1: { datasets: { "two-layer": { file } } } } })],
      /^error: datasets\.two-layer\.file: .*dataset\.json: kind: unknown value "quadratic" \(expected least-squares, residual-two-well, two-layer\)$/,
    );
  });
});
