/** E x_i = m_i. */
export function gaussianCoordinateMean(m, i) {
    return m[i];
}
/** E x_i² = m_i² + C_ii. */
export function gaussianSecondMoment(m, C, i) {
    return m[i] * m[i] + C[i][i];
}
/** E x_i x_j = m_i m_j + C_ij. */
export function gaussianProductMoment(m, C, i, j) {
    return m[i] * m[j] + C[i][j];
}
/** E x_i⁴ = m⁴ + 6m²c + 3c² with m = m_i, c = C_ii (the marginal of x_i is N(m_i, C_ii)). */
export function gaussianFourthMoment(m, C, i) {
    const mi = m[i];
    const c = C[i][i];
    const m2 = mi * mi;
    return m2 * m2 + 6 * m2 * c + 3 * c * c;
}
/** E cos(ωᵀx) = Re E e^{iωᵀx} = cos(ωᵀm)·exp(−ωᵀCω/2) (characteristic function of N(m, C)). */
export function gaussianCosExpectation(m, C, omega) {
    const d = omega.length;
    let phase = 0;
    let quad = 0;
    for (let i = 0; i < d; i++) {
        const wi = omega[i];
        phase += wi * m[i];
        const Ci = C[i];
        let row = 0;
        for (let j = 0; j < d; j++)
            row += Ci[j] * omega[j];
        quad += wi * row;
    }
    return Math.cos(phase) * Math.exp(-0.5 * quad);
}
/** E φ(x) for x ~ N(m, C). Indices are assumed checked (assertTestFunction). */
export function gaussianExpectation(phi, m, C) {
    switch (phi.kind) {
        case "coordinate":
            return gaussianCoordinateMean(m, phi.i);
        case "square":
            return gaussianSecondMoment(m, C, phi.i);
        case "product":
            return gaussianProductMoment(m, C, phi.i, phi.j);
        case "cos":
            return gaussianCosExpectation(m, C, phi.omega);
        case "fourth":
            return gaussianFourthMoment(m, C, phi.i);
    }
}
//# sourceMappingURL=gaussianExpectations.js.map