#!/usr/bin/env node
// Mutation check (issue "Verdicts you can trust on any seed", scope 6): applies plausible numerical bugs one at a
// time to a copy of the working tree, rebuilds it, runs the claims each bug should break at the quick budget, and
// prints which claims killed it. A bug is killed only by a claim verdict FAIL — not by a spec, a golden stream or
// a baseline: the copy's baselines are rewritten by the run itself (`--update-baseline`, as a developer who
// changed the numerics would), no spec runs, so a survivor is a bug the claims cannot see.
//
//   npm run mutants                       every mutant, its listed claims, default seed
//   npm run mutants -- --only a,b         some mutants
//   npm run mutants -- --all-claims       every claim for every mutant (slow: ~1 min per mutant)
//   npm run mutants -- --seed S --workers N --json FILE
//
// Each mutant names one exact source line to change; when the source moves on and the line is gone the script
// stops with exit code 2 (a mutant that silently stops applying would look killed forever). Exit code 1 when a
// mutant survives or the unmutated control does not PASS. Not part of npm test (it takes minutes).
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The list. `claims`: what should kill it (the default run); --all-claims runs all of them. */
export const MUTANTS = [
  {
    id: "sgd-noise-scale",
    bug: "SGD's Gaussian step noise 5% too large in the kernels (constant factor L → 1.05 L)",
    file: "src/noise/gaussianFragment.ts",
    find: "if (v !== 0) parts.push(`${numberLiteral(v)} * z${j}`);",
    replace: "if (v !== 0) parts.push(`${numberLiteral(1.05 * v)} * z${j}`);",
    claims: ["M1", "M3", "S2", "B2"],
  },
  {
    id: "sgd-step-scale",
    bug: "SGD's step 2% too long in the kernels (x − 1.02 η(∇f + ξ))",
    file: "src/simulate/kernelSource.ts",
    find: "(_, i) => `const y${i} = x${i} - eta * ((${grad[i]})",
    replace: "(_, i) => `const y${i} = x${i} - 1.02 * eta * ((${grad[i]})",
    claims: ["M3", "S2", "S4"],
  },
  {
    id: "sde-noise-scale",
    bug: "the SDE reference's Brownian increments 5% too large in the coupled Monte Carlo",
    file: "src/simulate/coupledPaths.ts",
    find: 'dw[i] = model === "gf" ? 0 : sqrtH * z[j * d + i]!;',
    replace: 'dw[i] = model === "gf" ? 0 : 1.05 * sqrtH * z[j * d + i]!;',
    claims: ["W1", "W2"],
  },
  {
    id: "sme2-drift-coefficient",
    bug: "SME-2's modified drift ∇f + (η/4)∇²f∇f in the coupled simulator instead of (η/2)",
    file: "src/simulate/coupledPaths.ts",
    find: "for (let i = 0; i < d; i++) out[i] = out[i]! + 0.5 * o.eta * g[i]!;",
    replace: "for (let i = 0; i < d; i++) out[i] = out[i]! + 0.25 * o.eta * g[i]!;",
    claims: ["W2"],
  },
  {
    id: "sme2-reference-drift",
    bug: "the exact SME-2 reference's drift H + (η/4)H² instead of H + (η/2)H²",
    file: "src/reference/quadraticSde.ts",
    find: "driftEigenvalue: (lambda, eta) => lambda * (1 + 0.5 * eta * lambda),",
    replace: "driftEigenvalue: (lambda, eta) => lambda * (1 + 0.25 * eta * lambda),",
    claims: ["W2", "W3"],
  },
  {
    id: "stationary-sgd-variance",
    bug: "SGD's exact stationary covariance with ηλ_iλ_j/2 in the denominator (a dropped factor)",
    file: "src/reference/stationaryVariance.ts",
    find: "return (eta * s) / (li + lj - eta * li * lj);",
    replace: "return (eta * s) / (li + lj - 0.5 * eta * li * lj);",
    claims: ["W3"],
  },
  {
    id: "finite-population-factor",
    bug: "the without-replacement covariance factor (n − B)/(Bn) instead of (n − B)/(B(n − 1))",
    file: "src/noise/minibatch.ts",
    find: "return n === 1 ? 0 : (n - batch) / (batch * (n - 1));",
    replace: "return n === 1 ? 0 : (n - batch) / (batch * n);",
    claims: ["B1"],
  },
  {
    id: "sampler-index-range",
    bug: "the minibatch sampler draws indices from {0, …, n − 2} (the last sample is never used)",
    file: "src/noise/minibatch.ts",
    find: "for (let k = 0; k < batch; k++) indices[k] = uniformIndex(rng, n);",
    replace: "for (let k = 0; k < batch; k++) indices[k] = uniformIndex(rng, n - 1);",
    claims: ["B1"],
  },
  {
    id: "kernel-sampler-index-range",
    bug: "the kernels' with-replacement minibatch index is w mod (n − 1) (the last sample is never used)",
    file: "src/noise/minibatchNoise.ts",
    find: "const idx = w % ${n};",
    replace: "const idx = w % ${n - 1};",
    claims: ["B2", "B4"],
  },
  {
    id: "exit-count-off-by-one",
    bug: "the exit kernel records k − 1 (the iterations before the exit step) as N",
    file: "src/simulate/exitKernel.ts",
    find: "exitIteration[p] = k;",
    replace: "exitIteration[p] = k - 1;",
    claims: ["S2", "S4", "M3"],
  },
  {
    id: "chain-variance",
    bug: "the exact chain's second moment from (I − P)M = T instead of 2T − 1",
    file: "src/reference/exit/discreteExitChain.ts",
    find: "const M = P.solve(T.map((t) => 2 * t - 1));",
    replace: "const M = P.solve(T.map((t) => t));",
    claims: ["M3"],
  },
  {
    id: "censoring-dropped",
    bug: "censored runs dropped: the plain mean of the exits whatever the horizon censored",
    file: "src/stats/meanExitTime.ts",
    find: "  if (censored === 0) {",
    replace: "  if (true) {",
    claims: ["M3"],
  },
  {
    id: "standard-error",
    bug: "the sample-mean SE as SD/n instead of SD/√n",
    file: "src/stats/estimators.ts",
    find: "  return Math.sqrt(variance(xs) / xs.length);",
    replace: "  return Math.sqrt(variance(xs)) / xs.length;",
    claims: ["M3"],
  },
  {
    id: "standard-error-narrow",
    bug: "the sample-mean SE 18% too small (SD/√(1.5 n))",
    file: "src/stats/estimators.ts",
    find: "  return Math.sqrt(variance(xs) / xs.length);",
    replace: "  return Math.sqrt(variance(xs) / (1.5 * xs.length));",
    claims: ["M3"],
  },
  {
    id: "batch-scaling",
    bug: "isotropic noise at batch B scaled σ/B instead of σ/√B",
    file: "src/noise/isotropic.ts",
    find: "sigma: (spec as { sigma: number }).sigma * (1 / Math.sqrt(batch)),",
    replace: "sigma: (spec as { sigma: number }).sigma * (1 / batch),",
    claims: ["B2", "B3"],
  },
  {
    id: "hessian-noise-batch",
    bug: "Hessian-shaped noise ignores its batch size (Σ = c|H| instead of c|H|/B)",
    file: "src/noise/hessianShaped.ts",
    find: "  const s = c / batch;",
    replace: "  const s = c;",
    claims: ["B3"],
  },
  {
    id: "covariance-factor-transposed",
    bug: "correlated noise drawn with Lᵀz instead of Lz (Cov = LᵀL ≠ Σ)",
    file: "src/noise/covariance.ts",
    find: "  const flatFactor = flatten(covarianceFactor(S));",
    replace: "  const flatFactor = flatten(transpose(covarianceFactor(S)));",
    claims: ["W1", "W2", "M3"],
  },
  {
    id: "heun-corrector",
    bug: "the SDE reference's Heun corrector weights the predictor's drift twice (h(b₁ + 2b₂)/3)",
    file: "src/simulate/coupledPaths.ts",
    find: "for (let i = 0; i < d; i++) y[i] = y[i]! + 0.5 * h * (b1[i]! + b2[i]!) + noiseVec[i]!;",
    replace: "for (let i = 0; i < d; i++) y[i] = y[i]! + (h * (b1[i]! + 2 * b2[i]!)) / 3 + noiseVec[i]!;",
    claims: ["W1", "W2"],
  },
  {
    id: "censored-time-lost",
    bug: "the censored MLE forgets the censored runs' time (mean = exit time / exits)",
    file: "src/stats/censoredExponential.ts",
    find: "      throw new RangeError(`censoring time ${i} must be finite and ≥ 0, got ${t}`);\n    totalTime += t;",
    replace: "      throw new RangeError(`censoring time ${i} must be finite and ≥ 0, got ${t}`);\n    totalTime += 0 * t;",
    claims: ["M3"],
  },
  {
    id: "ziggurat-fast-path-scale",
    bug: "the kernels' inlined ziggurat scales its fast path by W[li]·1.01 (normals 1% too wide, 99% of draws)",
    file: "src/rng/inlineSource.ts",
    find: "if (Math.abs(hz) < K[li]) ${target} = hz * W[li];",
    replace: "if (Math.abs(hz) < K[li]) ${target} = hz * W[li] * 1.01;",
    claims: ["M1", "M3", "S2"],
  },
];

function parseArgs(argv) {
  const o = { only: null, allClaims: false, seed: null, workers: 2, json: null, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${a}: needs a value`);
      return v;
    };
    if (a === "--only") o.only = value().split(",");
    else if (a === "--all-claims") o.allClaims = true;
    else if (a === "--seed") o.seed = value();
    else if (a === "--workers") o.workers = Number(value());
    else if (a === "--json") o.json = value();
    else if (a === "--keep") o.keep = true;
    else fail(`${a}: unknown option (use --only, --all-claims, --seed, --workers, --json, --keep)`);
  }
  if (!(Number.isInteger(o.workers) && o.workers >= 1)) fail("--workers: must be a positive integer");
  if (o.only) for (const id of o.only) if (!MUTANTS.some((m) => m.id === id)) fail(`--only: unknown mutant "${id}"`);
  return o;
}

function fail(message) {
  console.error(`error: ${message}`);
  process.exit(2);
}

/** The working tree's tracked and new files (what a developer would build), copied; node_modules linked. */
function copyTree(dest) {
  const r = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
  });
  if (r.status !== 0) fail("git ls-files failed: the mutation check runs in a git checkout");
  for (const f of r.stdout.split("\0").filter(Boolean)) {
    if (!existsSync(join(root, f))) continue; // deleted in the working tree
    mkdirSync(dirname(join(dest, f)), { recursive: true });
    cpSync(join(root, f), join(dest, f));
  }
  symlinkSync(join(root, "node_modules"), join(dest, "node_modules"), "dir");
}

function apply(dir, m) {
  const path = join(dir, m.file);
  const text = readFileSync(path, "utf8");
  const count = text.split(m.find).length - 1;
  if (count !== 1)
    fail(`mutant ${m.id} no longer applies: its line occurs ${count} times in ${m.file} (update the list)`);
  writeFileSync(path, text.replace(m.find, m.replace));
}

function run(dir, cmd, args) {
  return spawnSync(cmd, args, { cwd: dir, encoding: "utf8", env: { ...process.env, CI: "true" } });
}

/**
 * Builds the copy and runs each claim on its own (a claim that refuses its config — exit 2 — is reported as
 * refused and does not stop the others); returns per claim its verdict and FAILing assertions.
 */
function runClaims(dir, claims, o) {
  const build = run(dir, process.execPath, ["scripts/build.mjs"]);
  if (build.status !== 0) return { error: `build failed: ${(build.stderr || build.stdout).trim().split("\n")[0]}` };
  const t0 = Date.now();
  const byClaim = {};
  for (const id of claims) {
    const out = join(dir, "mutant-out", id);
    const args = ["bin/claims.mjs", "run", id, "--budget", "quick", "--workers", String(o.workers), "--out", out];
    if (o.seed) args.push("--seed", o.seed);
    args.push("--update-baseline");
    const r = run(dir, process.execPath, args);
    const file = join(out, `${id}.json`);
    if (r.status === 2 || !existsSync(file)) {
      byClaim[id] = { verdict: "REFUSED", failing: [], inconclusive: 0, why: (r.stderr || "").trim().split("\n")[0] };
      continue;
    }
    const report = JSON.parse(readFileSync(file, "utf8"));
    const failing = report.assertions.filter((a) => a.verdict === "FAIL").map((a) => a.name);
    const inconclusive = report.assertions.filter((a) => a.verdict === "INCONCLUSIVE").length;
    byClaim[id] = { verdict: report.verdict, failing, inconclusive };
  }
  return { byClaim, seconds: (Date.now() - t0) / 1000 };
}

const ALL_CLAIMS = ["W1", "W2", "W3", "M1", "M2", "M3", "M4", "M5", "S1", "S2", "S3", "S4", "B1", "B2", "B3", "B4", "B5"];

function main() {
  const o = parseArgs(process.argv.slice(2));
  const selected = o.only ? MUTANTS.filter((m) => o.only.includes(m.id)) : MUTANTS;
  const claimsOf = (m) => (o.allClaims ? ALL_CLAIMS : m.claims);
  const union = [...new Set(selected.flatMap(claimsOf))].sort((a, b) => ALL_CLAIMS.indexOf(a) - ALL_CLAIMS.indexOf(b));
  const work = mkdtempSync(join(tmpdir(), "sgd-mutants-"));
  const rows = [];
  let bad = false;
  try {
    // The control: the unmutated tree must PASS every claim the mutants are judged by, on the same seed.
    const controlDir = join(work, "control");
    copyTree(controlDir);
    const control = runClaims(controlDir, union, o);
    if (control.error) fail(`control: ${control.error}`);
    for (const [id, c] of Object.entries(control.byClaim))
      if (c.verdict === "REFUSED") fail(`control: ${id} refused its config: ${c.why}`);
    const notPassing = Object.entries(control.byClaim).filter(([, c]) => c.verdict !== "PASS");
    console.log(`control (unmutated, ${union.join(" ")}): ${notPassing.length ? `NOT all PASS: ${notPassing.map(([id, c]) => `${id} ${c.verdict}`).join(", ")}` : "all PASS"} (${control.seconds.toFixed(1)} s)`);
    if (notPassing.length) bad = true;
    for (const m of selected) {
      const dir = join(work, m.id);
      copyTree(dir);
      apply(dir, m);
      const r = runClaims(dir, claimsOf(m), o);
      const killers = r.byClaim ? Object.entries(r.byClaim).filter(([, c]) => c.verdict === "FAIL") : [];
      const inconclusive = r.byClaim
        ? Object.entries(r.byClaim).filter(([, c]) => c.verdict === "INCONCLUSIVE").map(([id]) => id)
        : [];
      const refused = r.byClaim
        ? Object.entries(r.byClaim).filter(([, c]) => c.verdict === "REFUSED").map(([id, c]) => `${id} (${c.why})`)
        : [];
      const killed = killers.length > 0;
      if (!killed) bad = true;
      const row = {
        id: m.id,
        bug: m.bug,
        claims: claimsOf(m),
        killed,
        killers: killers.map(([id, c]) => ({ id, assertions: c.failing })),
        inconclusive,
        refused,
        seconds: r.seconds ?? null,
        ...(r.error ? { error: r.error } : {}),
      };
      rows.push(row);
      console.log(
        `${killed ? "killed  " : "SURVIVED"} ${m.id.padEnd(28)} ${killed ? `by ${row.killers.map((k) => `${k.id} (${k.assertions.length} FAIL)`).join(", ")}` : r.error ?? `no FAIL in ${claimsOf(m).join(" ")}`}${inconclusive.length ? `; INCONCLUSIVE: ${inconclusive.join(" ")}` : ""}${refused.length ? `; refused its config: ${refused.join("; ")}` : ""}  [${(r.seconds ?? 0).toFixed(1)} s]`,
      );
      if (!o.keep) rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    if (!o.keep) rmSync(work, { recursive: true, force: true });
    else console.log(`copies kept in ${work}`);
  }
  console.log("");
  console.log("| Mutant | Bug | Killed by (FAIL) |");
  console.log("| --- | --- | --- |");
  for (const r of rows)
    console.log(
      `| ${r.id} | ${r.bug} | ${r.killed ? r.killers.map((k) => `${k.id}: ${k.assertions[0]}${k.assertions.length > 1 ? ` (+${k.assertions.length - 1})` : ""}`).join("; ") : `**survived**${r.error ? ` (${r.error})` : ""}`} |`,
    );
  const killedCount = rows.filter((r) => r.killed).length;
  console.log(`\n${killedCount} of ${rows.length} mutants killed by a FAIL verdict at the quick budget.`);
  if (o.json) writeFileSync(o.json, `${JSON.stringify({ seed: o.seed, mutants: rows }, null, 2)}\n`);
  process.exit(bad ? 1 : 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
