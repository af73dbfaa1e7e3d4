/**
 * The tiny two-layer network of the two-layer dataset: out(x) = v·tanh(Wx + b₁) + b₂ with H hidden units on
 * inputs x ∈ ℝ^D, parameters θ = (W row-major H×D, b₁ ∈ ℝ^H, v ∈ ℝ^H, b₂) ∈ ℝ^(HD + 2H + 1), and the logistic
 * loss ℓ(θ; x, y) = log(1 + exp(−y·out(x))) for labels y = ±1. The gradient is exact backpropagation:
 *   δ = ∂ℓ/∂out = −y·σ(−y·out),  ∂/∂b₂ = δ,  ∂/∂v_j = δ·h_j,  ∂/∂b₁_j = δ·v_j(1 − h_j²),  ∂/∂W_jk = ∂/∂b₁_j·x_k
 * with h = tanh(Wx + b₁) and σ the logistic function, all written without overflow for large |out|.
 */
/** out(x) = v·tanh(Wx + b₁) + b₂. */
export declare function twoLayerOutput(theta: ArrayLike<number>, hidden: number, input: readonly number[]): number;
/** ℓ(θ; x, y) = log(1 + exp(−y·out(x))). */
export declare function twoLayerLoss(theta: ArrayLike<number>, hidden: number, input: readonly number[], label: number): number;
/** ∇_θ ℓ(θ; x, y) by backpropagation, laid out as θ. */
export declare function twoLayerGradient(theta: ArrayLike<number>, hidden: number, input: readonly number[], label: number): number[];
//# sourceMappingURL=twoLayerNetwork.d.ts.map