/**
 * f(x) = Σ_t c_t · Π_i x_i^{p_{t,i}}: the user-defined landscape family of configs (DESIGN.md §10), e.g.
 * `{"kind":"polynomial","dim":2,"terms":[{"c":0.25,"p":[4,0]},…]}`. Gradient and Hessian are exact: the terms
 * are differentiated symbolically once, at construction, into monomial lists that `gradient`, `hessian` and
 * `gradientSource` all evaluate the same way (so the kernel source and `gradient` agree bit for bit).
 */

import { numberLiteral } from "../codegen/literal.ts";
import { FieldError, joinField, withinField } from "../config/fieldError.ts";
import {
  describeValue,
  readFiniteNumber,
  readNonNegativeInteger,
  readObject,
  readPositiveInteger,
  rejectUnknownKeys,
} from "../config/readers.ts";
import { MAX_UNROLLED_POWER, powerFactors, sumSource } from "./codegen.ts";
import { verifyCriticalPoints } from "./criticalPoints.ts";
import { readCriticalPoints } from "./criticalPointsJson.ts";
import type { CriticalPoint, Landscape } from "./landscape.ts";

export interface PolynomialTerm {
  /** Coefficient. */
  c: number;
  /** Exponent of each coordinate (length dim, non-negative integers). */
  p: number[];
}

export interface PolynomialSpec {
  dim: number;
  terms: PolynomialTerm[];
}

/** A monomial c·Π x_i^{p_i}; the unit of both evaluation and code generation. */
interface Monomial {
  c: number;
  p: number[];
}

/**
 * Validates a polynomial description (typed or parsed JSON). Field names are relative (`terms[2].p`), so a
 * caller that knows the enclosing path prefixes them with `withinField`.
 */
export function validatePolynomialSpec(spec: unknown): PolynomialSpec {
  const obj = readObject(spec, "");
  const dim = readPositiveInteger(obj.dim, "dim");
  if (!Array.isArray(obj.terms)) throw new FieldError("terms", "expected an array of {c, p} terms");
  const terms = obj.terms.map((raw, t) => {
    const field = `terms[${t}]`;
    const term = readObject(raw, field);
    rejectUnknownKeys(term, ["c", "p"], field);
    const c = readFiniteNumber(term.c, `${field}.c`);
    if (!Array.isArray(term.p)) throw new FieldError(`${field}.p`, "expected an array of exponents");
    if (term.p.length !== dim)
      throw new FieldError(`${field}.p`, `has ${term.p.length} exponents, expected dim = ${dim}`);
    const p = term.p.map((e, i) => readNonNegativeInteger(e, `${field}.p[${i}]`));
    return { c, p };
  });
  return { dim, terms };
}

/** Sums coefficients of equal monomials and drops zeros, so each monomial is evaluated once. */
function collect(monomials: readonly Monomial[]): Monomial[] {
  const byExponents = new Map<string, Monomial>();
  for (const m of monomials) {
    const key = m.p.join(",");
    const seen = byExponents.get(key);
    if (seen === undefined) byExponents.set(key, { c: m.c, p: m.p.slice() });
    else seen.c += m.c;
  }
  return [...byExponents.values()].filter((m) => m.c !== 0);
}

/** ∂/∂x_j of a list of monomials. */
function differentiate(monomials: readonly Monomial[], j: number): Monomial[] {
  return collect(
    monomials.flatMap((m) => {
      const pj = m.p[j]!;
      if (pj === 0) return [];
      const p = m.p.slice();
      p[j] = pj - 1;
      return [{ c: m.c * pj, p }];
    }),
  );
}

/** c·x_0·x_0·…, left to right, exactly as `monomialSource` writes it. */
function evaluateMonomial(m: Monomial, x: ArrayLike<number>): number {
  let v = m.c;
  const p = m.p;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]!;
    if (pi === 0) continue;
    const xi = x[i]!;
    if (pi <= MAX_UNROLLED_POWER) for (let k = 0; k < pi; k++) v *= xi;
    else v *= Math.pow(xi, pi);
  }
  return v;
}

function evaluateSum(monomials: readonly Monomial[], x: ArrayLike<number>): number {
  let s = 0;
  for (const m of monomials) s += evaluateMonomial(m, x);
  return s;
}

function monomialSource(m: Monomial): string {
  return [numberLiteral(m.c), ...m.p.flatMap((pi, i) => powerFactors(`x${i}`, pi))].join("*");
}

export function polynomial(spec: PolynomialSpec, criticalPoints?: CriticalPoint[]): Landscape {
  const { dim, terms } = validatePolynomialSpec(spec);
  const declared =
    criticalPoints === undefined ? [] : readCriticalPoints(criticalPoints, "criticalPoints", dim);
  const monomials = collect(terms);
  const gradientTerms = Array.from({ length: dim }, (_, j) => differentiate(monomials, j));
  // Hessian entries for k ≥ j only; the lower triangle is mirrored (∂²f/∂x_j∂x_k is symmetric exactly).
  const hessianTerms = gradientTerms.map((g, j) =>
    Array.from({ length: dim }, (_, k) => (k >= j ? differentiate(g, k) : [])),
  );
  // Coefficients so large that a derivative's coefficient overflows (1e308·x⁴ → 4e308) cannot be simulated,
  // nor emitted into a kernel: refuse them here, naming the term, rather than in a worker after planning.
  for (const [i, t] of terms.entries())
    for (let j = 0; j < dim; j++) {
      const p = t.p[j]!;
      if (!Number.isFinite(t.c * p * Math.max(1, p - 1)))
        throw new FieldError(
          `terms[${i}].c`,
          `${t.c} makes a derivative coefficient overflow (∂/∂x${j} and ∂²/∂x${j}² of x${j}^${p}): scale the landscape down`,
        );
    }

  return {
    name: `polynomial(d=${dim}, ${terms.length} terms)`,
    dim,
    value: (x) => evaluateSum(monomials, x),
    gradient(x, out) {
      for (let j = 0; j < dim; j++) out[j] = evaluateSum(gradientTerms[j]!, x);
      return out;
    },
    hessian(x, out) {
      for (let j = 0; j < dim; j++)
        for (let k = j; k < dim; k++) {
          const h = evaluateSum(hessianTerms[j]![k]!, x);
          out[j * dim + k] = h;
          out[k * dim + j] = h;
        }
      return out;
    },
    criticalPoints: declared,
    gradientSource: gradientTerms.map((g) => sumSource(g.map(monomialSource))),
    spec: {
      kind: "polynomial",
      dim,
      terms: terms.map((t) => ({ c: t.c, p: t.p.slice() })),
      ...(declared.length > 0 ? { criticalPoints: declared.map((cp) => ({ ...cp, x: cp.x.slice() })) } : {}),
    },
  };
}

/**
 * A polynomial landscape from parsed JSON (`{"kind":"polynomial","dim":…,"terms":[…],"criticalPoints":[…]}`).
 * Declared critical points are verified (Newton refinement + Hessian signature), so a config whose "minimum" is
 * not one is rejected here with the field named, before any claim runs on it.
 */
export function parsePolynomialJson(json: unknown, path = "landscape"): Landscape {
  const obj = readObject(json, path);
  rejectUnknownKeys(obj, ["kind", "dim", "terms", "criticalPoints"], path);
  if (obj.kind !== "polynomial")
    throw new FieldError(joinField(path, "kind"), `expected "polynomial", got ${describeValue(obj.kind)}`);
  return withinField(path, () => {
    const landscape = polynomial(
      { dim: obj.dim, terms: obj.terms } as PolynomialSpec,
      obj.criticalPoints === undefined ? undefined : (obj.criticalPoints as CriticalPoint[]),
    );
    verifyCriticalPoints(landscape);
    return landscape;
  });
}
