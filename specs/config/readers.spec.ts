import { describe, expect, test } from "vitest";
import { FieldError } from "../../src/config/fieldError.ts";
import { deepMerge, readEtaGrid, readNumber, readSquareMatrix } from "../../src/config/readers.ts";
import { fc, prop } from "../support/prop.ts";

describe("config validation", () => {
  prop([fc.array(fc.double({ min: 1e-6, max: 1, noNaN: true }), { minLength: 3, maxLength: 10 })])(
    "an η grid is accepted exactly when it is positive and strictly decreasing",
    (etas) => {
      const ok = etas.every((e, i) => e > 0 && (i === 0 || e < etas[i - 1]!));
      if (ok) expect(readEtaGrid(etas, "etas")).toEqual(etas);
      else expect(() => readEtaGrid(etas, "etas")).toThrow(FieldError);
    },
  );

  prop([
    fc.oneof(fc.constant(Number.NaN), fc.constant(Infinity), fc.string(), fc.constant(null), fc.boolean()),
  ])("non-numbers and non-finite numbers are rejected with the field in the message", (v) => {
    expect(() => readNumber(v, "x.y[2]")).toThrow(/^x\.y\[2\]: /);
  });

  test("a ragged matrix names the bad row", () => {
    expect(() => readSquareMatrix([[1, 2], [3]], "H")).toThrow(
      /^H\[1\]: has 1 entries, expected 2 \(the matrix must be square\)$/,
    );
  });

  prop([fc.jsonValue(), fc.jsonValue()])("deepMerge: the override wins on every leaf it sets", (a, b) => {
    const m = deepMerge(a, b);
    if (b === undefined) expect(m).toEqual(a);
    else if (
      typeof b !== "object" ||
      b === null ||
      Array.isArray(b) ||
      typeof a !== "object" ||
      a === null ||
      Array.isArray(a)
    )
      expect(m).toEqual(b);
    else
      for (const [k, v] of Object.entries(b))
        expect((m as Record<string, unknown>)[k]).toEqual(deepMerge((a as Record<string, unknown>)[k], v));
  });
});
