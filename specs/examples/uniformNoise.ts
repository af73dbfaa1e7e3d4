/**
 * An example noise family written outside src/, as CONTRIBUTING.md describes: uniform gradient noise ξ ~ U[−b, b]^d
 * per coordinate, b = σ√3 (so Cov ξ = σ²I). One file: the family (fields, create), the model's declared
 * properties (not Gaussian; bounded support b) and its kernel fragment, which draws with the kernels' own
 * uint32 helper and declares every name it introduces. Configs use it as
 * `{"kind": "module", "module": "<this file>", "export": "UNIFORM", "params": {"sigma": 1}}`.
 */
import type { NoiseFragment } from "../../src/codegen/fragment.ts";
import { numberLiteral } from "../../src/codegen/literal.ts";
import { joinField } from "../../src/config/fieldError.ts";
import { readPositiveNumber } from "../../src/config/readers.ts";
import type { NoiseFamily } from "../../src/noise/family.ts";
import type { NoiseModel } from "../../src/noise/noise.ts";
import { uint32Draw } from "../../src/rng/inlineSource.ts";

export function uniformNoise(dim: number, sigma: number): NoiseModel {
  const b = sigma * Math.sqrt(3);
  const fill = (out: Float64Array, v: number) => {
    out.fill(0, 0, dim * dim);
    for (let i = 0; i < dim; i++) out[i * dim + i] = v;
    return out;
  };
  const names = Array.from({ length: dim }, (_, i) => `ub${i}`);
  const fragment = (): NoiseFragment => ({
    locals: `let ${names.map((n) => `${n} = 0`).join(", ")};`,
    // u ∈ [0, 2^32): ξ = b(2u/2^32 − 1) = (u − 2^31)·b/2^31, uniform on [−b, b) at 32-bit resolution.
    draw: names.map((n) => uint32Draw(n)).join("\n          "),
    terms: names.map((n) => `(${n} - 2147483648) * ${numberLiteral(b / 2147483648)}`),
    bindings: {},
    declares: names,
  });
  return {
    kind: "uniform",
    dim,
    constant: true,
    covariance: (_x, out) => fill(out, sigma * sigma),
    // The SDE's σ (σσᵀ = Σ): the diffusion this noise is approximated by.
    factor: (_x, out) => fill(out, sigma),
    spec: { kind: "module", module: import.meta.url, export: "UNIFORM", params: { sigma } },
    properties: { gaussian: false, boundedSupport: b },
    kernelFragment: fragment,
  };
}

/**
 * No `withBatch`: the mean of B uniform draws is not uniform (Irwin–Hall), so this family cannot stand for its
 * own batch means, and the batch claims refuse it rather than pretend.
 */
export const UNIFORM: NoiseFamily = {
  kind: "uniform",
  fields: ["sigma"],
  create: (o, landscape, path) =>
    uniformNoise(landscape.dim, readPositiveNumber(o.sigma, joinField(path, "sigma"))),
};
