/**
 * The contract between a noise model and the SGD kernels it runs in (DESIGN.md §4, §10a). A kernel is one
 * generated function per (landscape, noise, exit set); the noise model contributes a *fragment* of its source
 * and states every name the fragment introduces, so kernels and noise families are written apart and neither
 * relies on the other's private variable names.
 *
 * What a fragment may read (provided by every kernel body, never written by a fragment):
 *   x0 … x{d−1}   the particle's current state (before the step), as plain numbers
 *   eta           the step size
 * What it may use to draw random numbers: only the helpers of rng/inlineSource.ts (`normalDraw`,
 * `uint32Draw`), which work on the kernel's inlined xoshiro128** state; those helpers' names are the kernel's.
 * What it writes: its own declared locals. Per coordinate it supplies `terms[i]`, the gradient-noise component
 * ξ_i added to ∂f/∂x_i in x_{k+1} = x_k − η(∇f(x_k) + ξ_k).
 */
export interface NoiseFragment {
  /** Declarations placed once at the top of the kernel (after the RNG locals), e.g. `let z0 = 0.0;`. */
  locals: string;
  /** Statements run once per particle and step, at the current state, drawing this step's noise. */
  draw: string;
  /** Per coordinate i: a JS expression for ξ_i over the fragment's locals and the state. */
  terms: string[];
  /** Values the compiled kernel closes over (coefficient arrays, callbacks, scratch), by name. */
  bindings: Record<string, unknown>;
  /** Every identifier the fragment declares in `locals` or binds: checked against the kernel's own names. */
  declares: string[];
  /**
   * Set only when `draw` is exactly d standard normals into z0 … z{d−1} (`normalDraw`, coordinate order), the
   * fragment binds nothing, and `terms` read only those and the state: then the terms alone say what the
   * fragment computes, and a kernel in another target (WebAssembly) can reproduce it bit for bit.
   */
  standardNormals?: true;
}

/** Names that belong to the kernel body and its random-number helpers; a fragment must not declare them. */
export const KERNEL_RESERVED_NAMES: readonly string[] = [
  "x",
  "stride",
  "from",
  "to",
  "steps",
  "horizon",
  "eta",
  "rng",
  "exitIteration",
  "order",
  "active",
  "k",
  "p",
  "a",
  "st",
  "s0",
  "s1",
  "s2",
  "s3",
  "r5",
  "u",
  "t",
  "li",
  "hz",
  "K",
  "W",
  "slow",
  "gradAt",
  "gIn",
  "gOut",
];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Refuses a fragment whose names collide with the kernel's (a collision would silently share a variable) or
 * whose bindings are not all declared; x{i} and y{i} are the kernel's state names in every dimension.
 */
export function checkFragment(fragment: NoiseFragment, dim: number, owner: string): void {
  if (fragment.terms.length !== dim)
    throw new Error(
      `${owner}: kernel fragment has ${fragment.terms.length} noise terms for dimension ${dim}`,
    );
  for (const name of fragment.declares) {
    if (!IDENTIFIER.test(name)) throw new Error(`${owner}: "${name}" is not an identifier`);
    if (KERNEL_RESERVED_NAMES.includes(name) || /^[xy]\d+$/.test(name))
      throw new Error(`${owner}: kernel fragment declares "${name}", a name of the kernel itself`);
  }
  for (const name of Object.keys(fragment.bindings))
    if (!fragment.declares.includes(name))
      throw new Error(`${owner}: kernel fragment binds "${name}" without declaring it`);
}
