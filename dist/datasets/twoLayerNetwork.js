/**
 * The tiny two-layer network of the two-layer dataset: out(x) = v·tanh(Wx + b₁) + b₂ with H hidden units on
 * inputs x ∈ ℝ^D, parameters θ = (W row-major H×D, b₁ ∈ ℝ^H, v ∈ ℝ^H, b₂) ∈ ℝ^(HD + 2H + 1), and the logistic
 * loss ℓ(θ; x, y) = log(1 + exp(−y·out(x))) for labels y = ±1. The gradient is exact backpropagation:
 *   δ = ∂ℓ/∂out = −y·σ(−y·out),  ∂/∂b₂ = δ,  ∂/∂v_j = δ·h_j,  ∂/∂b₁_j = δ·v_j(1 − h_j²),  ∂/∂W_jk = ∂/∂b₁_j·x_k
 * with h = tanh(Wx + b₁) and σ the logistic function, all written without overflow for large |out|.
 */
/** log(1 + eᵘ) without overflow or loss of the small tail. */
function softplus(u) {
    return Math.max(u, 0) + Math.log1p(Math.exp(-Math.abs(u)));
}
/** σ(u) = 1/(1 + e⁻ᵘ), stable for either sign of u. */
function logistic(u) {
    if (u >= 0)
        return 1 / (1 + Math.exp(-u));
    const t = Math.exp(u);
    return t / (1 + t);
}
/** Offsets of the blocks of θ for H hidden units and D inputs. */
function layout(hidden, inputDim) {
    const b1 = hidden * inputDim;
    const v = b1 + hidden;
    const b2 = v + hidden;
    return { b1, v, b2, size: b2 + 1 };
}
function hiddenActivations(theta, hidden, input) {
    const D = input.length;
    const { b1 } = layout(hidden, D);
    const h = new Array(hidden);
    for (let j = 0; j < hidden; j++) {
        let z = theta[b1 + j];
        for (let k = 0; k < D; k++)
            z += theta[j * D + k] * input[k];
        h[j] = Math.tanh(z);
    }
    return h;
}
/** out(x) = v·tanh(Wx + b₁) + b₂. */
export function twoLayerOutput(theta, hidden, input) {
    const { v, b2 } = layout(hidden, input.length);
    const h = hiddenActivations(theta, hidden, input);
    let out = theta[b2];
    for (let j = 0; j < hidden; j++)
        out += theta[v + j] * h[j];
    return out;
}
/** ℓ(θ; x, y) = log(1 + exp(−y·out(x))). */
export function twoLayerLoss(theta, hidden, input, label) {
    return softplus(-label * twoLayerOutput(theta, hidden, input));
}
/** ∇_θ ℓ(θ; x, y) by backpropagation, laid out as θ. */
export function twoLayerGradient(theta, hidden, input, label) {
    const D = input.length;
    const { b1, v, b2, size } = layout(hidden, D);
    const h = hiddenActivations(theta, hidden, input);
    let out = theta[b2];
    for (let j = 0; j < hidden; j++)
        out += theta[v + j] * h[j];
    const delta = -label * logistic(-label * out);
    const grad = new Array(size).fill(0);
    grad[b2] = delta;
    for (let j = 0; j < hidden; j++) {
        grad[v + j] = delta * h[j];
        const dz = delta * theta[v + j] * (1 - h[j] * h[j]);
        grad[b1 + j] = dz;
        for (let k = 0; k < D; k++)
            grad[j * D + k] = dz * input[k];
    }
    return grad;
}
//# sourceMappingURL=twoLayerNetwork.js.map