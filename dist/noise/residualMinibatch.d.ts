import { type ResidualTwoWellDataset } from "../datasets/datasetFile.ts";
import type { Landscape, LandscapeSpec } from "../landscapes/landscape.ts";
import type { NoiseFamily } from "./family.ts";
import { type MinibatchNoiseModel } from "./minibatchNoise.ts";
/** F(x) = g² + 2ē·g + mean(e²) + b̄·x with g = (x² − 1)(1 + c·x + d·x²), as a polynomial landscape spec. */
export declare function residualLandscapeSpec(ds: ResidualTwoWellDataset): LandscapeSpec;
/** Loads a dataset that must be residual-two-well; `field` names where its name came from. */
export declare function loadResidualDataset(name: string, field: string): ResidualTwoWellDataset;
/** noise {kind: "minibatch", dataset, batch, sampling?} for `landscape`, which must be the dataset's F. */
export declare function residualMinibatchNoise(obj: Record<string, unknown>, landscape: Landscape, path: string): MinibatchNoiseModel;
/** Real minibatches of a dataset, drawn in the kernels; averaging B batches is one batch B times larger. */
export declare const MINIBATCH: NoiseFamily;
//# sourceMappingURL=residualMinibatch.d.ts.map