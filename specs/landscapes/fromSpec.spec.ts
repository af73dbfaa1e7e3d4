import { describe, expect, test } from "vitest";
import { MAX_TILT } from "../../src/landscapes/doubleWell.ts";
import { landscapeFromSpec } from "../../src/landscapes/fromSpec.ts";
import type { LandscapeSpec } from "../../src/landscapes/landscape.ts";
import { real } from "../support/numbers.ts";
import { fc, prop } from "../support/prop.ts";

describe("landscapeFromSpec", () => {
  test("an unknown kind is one line naming the field and the kinds that exist", () => {
    expect(() => landscapeFromSpec({ kind: "foo" })).toThrow(
      'landscape.kind: unknown kind "foo" (expected quadratic, double-well, double-well-2d, tilted-double-well, polynomial, module)',
    );
    expect(() => landscapeFromSpec({}, "config.landscape")).toThrow(
      "config.landscape.kind: expected one of quadratic, double-well, double-well-2d, tilted-double-well, polynomial, module, got nothing",
    );
    expect(() => landscapeFromSpec([1])).toThrow("landscape: expected an object, got an array of length 1");
  });

  test.each([
    [{ kind: "double-well", k: 1 }, 'landscape: unknown field "k" (allowed: kind)'],
    [{ kind: "double-well-2d" }, "landscape.k: expected a finite number, got nothing"],
    [{ kind: "double-well-2d", k: 0 }, "landscape.k: must be a finite nonzero number"],
    [{ kind: "tilted-double-well", tilt: 0.5 }, "landscape.tilt: must satisfy |tilt| < 2/(3√3)"],
    [{ kind: "tilted-double-well", tilit: 0.1 }, 'landscape: unknown field "tilit" (allowed: kind, tilt)'],
    [
      {
        kind: "quadratic",
        H: [
          [1, 2],
          [3, 4],
        ],
      },
      "landscape.H: not symmetric",
    ],
    [{ kind: "quadratic", H: [[1]], center: [1, 2] }, "landscape.center: has 2 entries, expected dim = 1"],
  ])("rejects %j", (spec, message) => {
    expect(() => landscapeFromSpec(spec)).toThrow(message);
  });

  const specs = fc.oneof(
    fc.constant<LandscapeSpec>({ kind: "double-well" }),
    fc.double({ min: 0.1, max: 4, noNaN: true }).map((k): LandscapeSpec => ({ kind: "double-well-2d", k })),
    fc
      .double({ min: -0.9 * MAX_TILT, max: 0.9 * MAX_TILT, noNaN: true })
      .map((tilt): LandscapeSpec => ({ kind: "tilted-double-well", tilt })),
    fc.tuple(fc.double({ min: 0.5, max: 3, noNaN: true }), real(-1, 1)).map(
      ([a, b]): LandscapeSpec => ({
        kind: "quadratic",
        H: [
          [a, b],
          [b, -a],
        ],
        center: [b, a],
      }),
    ),
  );

  prop([specs, fc.array(real(-2, 2), { minLength: 2, maxLength: 2 })])(
    "spec → landscape → spec round-trips, and the rebuilt landscape is the same function",
    (spec, point) => {
      const f = landscapeFromSpec(spec);
      expect(f.spec).toEqual(spec);
      const g = landscapeFromSpec(JSON.parse(JSON.stringify(f.spec)));
      const x = point.slice(0, f.dim);
      expect(g.value(x)).toBe(f.value(x));
      expect(g.gradientSource).toEqual(f.gradientSource);
      expect(g.criticalPoints).toEqual(f.criticalPoints);
    },
  );
});
