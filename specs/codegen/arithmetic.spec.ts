import { describe, expect, test } from "vitest";
import { evaluateArithmetic, parseArithmetic } from "../../src/codegen/arithmetic.ts";
import { numberLiteral } from "../../src/codegen/literal.ts";
import { fc, prop } from "../support/prop.ts";

const VARS = ["x0", "x1", "z0"];

/** Random JS arithmetic source over VARS: literals as the kernels write them, optional spaces and parentheses. */
const source: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.double({ noNaN: true, noDefaultInfinity: true }).map(numberLiteral),
    fc.constantFrom(...VARS),
    fc
      .tuple(tie("expr"), fc.constantFrom(" + ", " - ", "*", " / ", "-", "+"), tie("expr"))
      .map(([a, op, b]) =>
        // `a--b` is a decrement in JS and `a - -b` is refused (whitespace is not kept): the kernels write neither.
        (op.trim() === "-" || op.trim() === "+") && b.startsWith(op.trim())
          ? `${a}${op}(${b})`
          : `${a}${op}${b}`,
      ),
    tie("expr").map((e) => `(${e})`),
    tie("expr").map((e) => (e.startsWith("-") || e.startsWith("+") ? `-(${e})` : `-${e}`)),
  ),
})).expr;

describe("plain arithmetic in JS syntax", () => {
  prop([source, fc.array(fc.double(), { minLength: 3, maxLength: 3 })], { numRuns: 400 })(
    "parses to a tree that evaluates to JS's own value, bit for bit",
    (src, values) => {
      const tree = parseArithmetic(src, VARS);
      expect(tree, src).not.toBeNull();
      const js = new Function(...VARS, `"use strict"; return ${src};`)(...values) as number;
      const ours = evaluateArithmetic(tree!, (name) => values[VARS.indexOf(name)]!);
      expect(Object.is(ours, js), `${src}: ${ours} vs ${js}`).toBe(true);
    },
  );

  test("precedence and associativity are JS's", () => {
    const v = (s: string) => evaluateArithmetic(parseArithmetic(s, ["x0"])!, () => 3);
    expect(v("1 - x0 - 1")).toBe(-3);
    expect(v("12 / x0 / 2")).toBe(2);
    expect(v("2 + x0 * 4")).toBe(14);
    expect(v("-x0 * -2")).toBe(6);
    expect(v("+x0 - (1.5e1)")).toBe(-12);
    expect(v(".5 + 5.")).toBe(5.5);
  });

  test.each([
    ["Math.pow(x0, 9)"],
    ["x0 ** 2"],
    ["x0--1"],
    ["--x0"],
    ["x0 - - 1"],
    ["y0 + 1"],
    ["0x1f"],
    ["1_000"],
    ["1.5.3"],
    ["x0 +"],
    ["(x0"],
    ["x0)"],
    ["x0(1)"],
    ["x0, 1"],
    [""],
  ])("is not plain arithmetic: %s", (src) => {
    expect(parseArithmetic(src, ["x0"])).toBeNull();
  });
});
