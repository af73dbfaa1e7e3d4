import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { goldenValues } from "./goldenValues.ts";

const FILE = new URL("../../fixtures/golden/golden.json", import.meta.url);

describe("golden streams and trajectories (bit-for-bit)", () => {
  const current = goldenValues();
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(FILE, `${JSON.stringify(current, null, 2)}\n`);
  const pinned = JSON.parse(readFileSync(FILE, "utf8")) as ReturnType<typeof goldenValues>;

  // JSON round-trips doubles exactly (shortest round-trip form), so toEqual is a bitwise comparison here.
  for (const key of Object.keys(pinned) as (keyof typeof pinned)[]) {
    test(key, () => {
      expect(current[key]).toEqual(pinned[key]);
    });
  }

  test("the pinned file covers every golden quantity", () => {
    expect(Object.keys(pinned).sort()).toEqual(Object.keys(current).sort());
  });
});
