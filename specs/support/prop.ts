import fc from "fast-check";
import { test } from "vitest";

/**
 * `prop([arbitraries], params)(name, predicate)`: a vitest test that runs a fast-check property, with
 * @fast-check/vitest's call shape. Plain `fc.assert` is used because importing @fast-check/vitest costs ~3–4 s
 * per spec file here (it re-imports vitest), which with two dozen spec files dominated `npm test`. Failures
 * still report fast-check's seed and path; the global seed is fixed in specs/setup.ts.
 */
export function prop<Ts extends [unknown, ...unknown[]]>(
  arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  params?: fc.Parameters<Ts>,
) {
  return (name: string, predicate: (...args: Ts) => unknown): void => {
    // asyncProperty accepts synchronous predicates too, so one path serves both kinds.
    const property = fc.asyncProperty as unknown as (...args: unknown[]) => fc.IAsyncProperty<Ts>;
    test(name, async () => {
      await fc.assert(property(...(arbitraries as unknown as unknown[]), predicate), params);
    });
  };
}

export { fc };
