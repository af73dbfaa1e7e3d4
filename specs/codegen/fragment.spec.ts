import { describe, expect, test } from "vitest";
import { checkFragment, KERNEL_RESERVED_NAMES, type NoiseFragment } from "../../src/codegen/fragment.ts";
import { numberLiteral } from "../../src/codegen/literal.ts";
import { landscapeFromSpec } from "../../src/landscapes/fromSpec.ts";
import { noiseFromSpec } from "../../src/noise/fromSpec.ts";
import { loadResidualDataset, residualLandscapeSpec } from "../../src/noise/residualMinibatch.ts";

/** The kernel/noise contract: a fragment may only introduce the names it declares, none of the kernel's. */
const ok: NoiseFragment = {
  locals: "let q0 = 0;",
  draw: "",
  terms: ["q0"],
  bindings: { qb: 1 },
  declares: ["q0", "qb"],
};

describe("checkFragment", () => {
  test("accepts a fragment that declares its own names", () => {
    expect(() => checkFragment(ok, 1, "test")).not.toThrow();
  });

  test.each([...KERNEL_RESERVED_NAMES, "x0", "y3"])(
    "refuses a fragment declaring the kernel's name %s",
    (name) => {
      expect(() => checkFragment({ ...ok, declares: [...ok.declares, name] }, 1, "test")).toThrow(
        /a name of the kernel/,
      );
    },
  );

  test("refuses undeclared bindings, non-identifiers and a wrong number of terms", () => {
    expect(() => checkFragment({ ...ok, declares: ["q0"] }, 1, "test")).toThrow(
      /binds "qb" without declaring/,
    );
    expect(() => checkFragment({ ...ok, declares: ["q-0", "qb"] }, 1, "test")).toThrow(/not an identifier/);
    expect(() => checkFragment(ok, 2, "test")).toThrow(/1 noise terms for dimension 2/);
  });

  test("every built-in family's fragment passes, in 1-D and (where it exists) 2-D", () => {
    const f1 = landscapeFromSpec({ kind: "double-well" });
    const f2 = landscapeFromSpec({ kind: "double-well-2d", k: 1 });
    const ds = residualLandscapeSpec(loadResidualDataset("two-well", "dataset"));
    const cases = [
      [f1, { kind: "isotropic", sigma: 1 }],
      [
        f2,
        {
          kind: "covariance",
          Sigma: [
            [1, 0.2],
            [0.2, 0.5],
          ],
        },
      ],
      [f2, { kind: "hessian", c: 1, batch: 4 }],
      [f2, { kind: "state-dependent", sigma: 1, kappa: 1 }],
      [f1, { kind: "state-dependent", sigma: 1, kappa: 0 }],
      [
        landscapeFromSpec(ds),
        { kind: "minibatch", dataset: "two-well", batch: 4, sampling: "without-replacement" },
      ],
    ] as const;
    for (const [f, spec] of cases) {
      const n = noiseFromSpec(spec, f);
      expect(() => checkFragment(n.kernelFragment(), f.dim, spec.kind)).not.toThrow();
    }
  });
});

describe("numberLiteral", () => {
  test("round-trips doubles, parenthesises negatives, refuses non-finite values", () => {
    for (const v of [0.1, 1 / 3, -2.5e-300, 1e308, 5e-324])
      expect(new Function(`return ${numberLiteral(v)};`)()).toBe(v);
    expect(numberLiteral(-0.5)).toBe("(-0.5)");
    expect(() => numberLiteral(Number.POSITIVE_INFINITY)).toThrow(/non-finite/);
  });
});
