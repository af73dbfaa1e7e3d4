import type { Landscape } from "../landscapes/landscape.ts";
import type { NoiseModel, NoiseSpec } from "./noise.ts";

/**
 * A noise family: how a spec `{kind, …fields}` becomes a NoiseModel, and what the family declares about itself.
 * Adding a family is one file exporting one of these (and one line in noise/families.ts for a built-in one, or a
 * `{"kind": "module"}` spec for your own, see noise/modules.ts). The model it builds declares its properties
 * (gaussian, bounded support, tail index) and supplies its kernel fragment; references read the properties to
 * say whether they apply.
 */
export interface NoiseFamily {
  kind: string;
  /** The spec fields besides `kind` (unknown fields are refused). */
  fields: readonly string[];
  /** The model for `landscape`; bad fields are FieldErrors naming `path.field`. */
  create(spec: Record<string, unknown>, landscape: Landscape, path: string): NoiseModel;
  /**
   * The spec of the mean of B independent draws (covariance Σ/B): how the batch-size claims scale this noise.
   * Absent: the family cannot be averaged (the batch claims refuse it with that reason).
   */
  withBatch?(spec: NoiseSpec, batch: number): NoiseSpec;
}
