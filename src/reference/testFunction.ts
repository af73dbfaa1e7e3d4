/**
 * Test functions φ of the weak-approximation claims (THEORY.md §W: smooth with polynomial growth — x, x², cos(ωx),
 * x⁴, mixed products in d-D), as JSON-able descriptors so that configs and reports can name them. Coordinates are
 * 0-based.
 */
export type TestFunction =
  | { kind: "coordinate"; i: number }
  | { kind: "square"; i: number }
  | { kind: "product"; i: number; j: number }
  | { kind: "cos"; omega: number[] }
  | { kind: "fourth"; i: number };

/** Throws a one-line error naming the field when φ does not fit dimension `dim`. */
export function assertTestFunction(phi: TestFunction, dim: number): void {
  const index = (name: string, i: number) => {
    if (!Number.isInteger(i) || i < 0 || i >= dim)
      throw new Error(`phi.${name} must be an integer coordinate in [0, ${dim - 1}] (got ${i})`);
  };
  switch (phi.kind) {
    case "coordinate":
    case "square":
    case "fourth":
      index("i", phi.i);
      return;
    case "product":
      index("i", phi.i);
      index("j", phi.j);
      return;
    case "cos":
      if (phi.omega.length !== dim || !phi.omega.every(Number.isFinite))
        throw new Error(`phi.omega must be ${dim} finite numbers (got ${JSON.stringify(phi.omega)})`);
      return;
    default:
      throw new Error(
        `phi.kind ${JSON.stringify((phi as { kind: unknown }).kind)} is not a known test function`,
      );
  }
}

/** φ(x), for Monte Carlo estimates of E φ(x_k). */
export function evaluateTestFunction(phi: TestFunction, x: ArrayLike<number>): number {
  switch (phi.kind) {
    case "coordinate":
      return x[phi.i]!;
    case "square":
      return x[phi.i]! ** 2;
    case "product":
      return x[phi.i]! * x[phi.j]!;
    case "cos": {
      let s = 0;
      for (let l = 0; l < phi.omega.length; l++) s += phi.omega[l]! * x[l]!;
      return Math.cos(s);
    }
    case "fourth":
      return x[phi.i]! ** 4;
  }
}

/**
 * The one name of a test function in reports, tables and legends: "x₀", "x₁²", "x₀·x₂", "cos(ωᵀx), ω = (1, 2)",
 * "x₀⁴". Coordinates are 0-based with subscripts, as the configs' `i`/`j` fields are.
 */
export function testFunctionLabel(phi: TestFunction): string {
  const x = (i: number) => `x${String(i).replace(/\d/g, (c) => String.fromCharCode(0x2080 + Number(c)))}`;
  switch (phi.kind) {
    case "coordinate":
      return x(phi.i);
    case "square":
      return `${x(phi.i)}²`;
    case "product":
      return `${x(phi.i)}·${x(phi.j)}`;
    case "cos":
      return `cos(ωᵀx), ω = (${phi.omega.join(", ")})`;
    case "fourth":
      return `${x(phi.i)}⁴`;
  }
}

/**
 * Every test function here depends on x only through r ≤ 2 linear functionals: φ(x) = φ_r(Lx) with L an r×d
 * matrix. Under x ~ N(m, C), Lx ~ N(Lm, LCLᵀ), so E φ needs only r means and an r×r covariance — O(r²d²) per
 * evaluation instead of the O(d³) full change of basis.
 */
export interface TestFunctionProjection {
  /** Rows of L (original coordinates). */
  directions: number[][];
  /** φ_r, acting on the r-vector Lx. */
  reduced: TestFunction;
}

export function testFunctionProjection(phi: TestFunction, dim: number): TestFunctionProjection {
  const unit = (i: number) => Array.from({ length: dim }, (_, l) => (l === i ? 1 : 0));
  switch (phi.kind) {
    case "coordinate":
    case "square":
    case "fourth":
      return { directions: [unit(phi.i)], reduced: { kind: phi.kind, i: 0 } };
    case "product":
      return phi.i === phi.j
        ? { directions: [unit(phi.i)], reduced: { kind: "square", i: 0 } }
        : { directions: [unit(phi.i), unit(phi.j)], reduced: { kind: "product", i: 0, j: 1 } };
    case "cos":
      return { directions: [phi.omega.slice()], reduced: { kind: "cos", omega: [1] } };
  }
}
