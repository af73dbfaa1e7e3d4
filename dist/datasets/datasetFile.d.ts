export declare const DATASET_KINDS: readonly ["least-squares", "residual-two-well", "two-layer"];
export type DatasetKind = (typeof DATASET_KINDS)[number];
interface DatasetCommon {
    name: string;
    /** Number of samples (per-sample losses f_i). */
    n: number;
    generator?: {
        script: string;
        seed: string;
    };
    notes?: string;
}
export interface LeastSquaresDataset extends DatasetCommon {
    kind: "least-squares";
    dim: number;
    A: number[][];
    y: number[];
}
export interface ResidualTwoWellDataset extends DatasetCommon {
    kind: "residual-two-well";
    c: number;
    /** g(x) = (x² − 1)(1 + c·x + d·x²). */
    d: number;
    e: number[];
    b: number[];
}
export interface TwoLayerDataset extends DatasetCommon {
    kind: "two-layer";
    hidden: number;
    inputs: number[][];
    labels: number[];
    theta: number[];
}
export type Dataset = LeastSquaresDataset | ResidualTwoWellDataset | TwoLayerDataset;
/** Number of parameters of a two-layer network with `hidden` units on inputs in ℝ^inputDim. */
export declare function twoLayerParameterCount(hidden: number, inputDim: number): number;
/** Dimension of the point x (the parameter θ for two-layer) at which losses and gradients are taken. */
export declare function parameterDimension(ds: Dataset): number;
/**
 * Validates a parsed dataset file. `path` prefixes every field name in errors ("" for bare names, or e.g.
 * `datasets.two-layer`).
 */
export declare function readDataset(raw: unknown, path: string): Dataset;
/**
 * Reads a dataset by name (`two-layer` → fixtures/datasets/two-layer.json, found relative to this module, so
 * the working directory does not matter) or by a path ending in `.json` (relative to the working directory).
 * A missing or unreadable file, malformed JSON or malformed data is a FieldError whose field is the file and
 * whose problem names the field inside it: `fixtures/datasets/x.json: theta: has 12 entries, expected 13 …`.
 */
export declare function loadDataset(name: string): Dataset;
export {};
//# sourceMappingURL=datasetFile.d.ts.map