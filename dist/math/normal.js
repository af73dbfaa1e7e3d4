/**
 * The standard normal density, distribution function and quantile in double precision. They sit below both
 * stats/ (intervals) and reference/ (the exact exit chain integrates Gaussian kernels), so neither imports the
 * other.
 *
 * simple-statistics' `cumulativeStdNormalProbability` is a 4-digit table lookup and its `probit` uses a
 * closed-form erf⁻¹ good to ~3e-3 (z_{0.9995} = 3.2793 instead of 3.2905); the α_i of a Bonferroni budget
 * live in the far tail, so both are replaced here by Cody's and Wichura's double-precision algorithms.
 */
const INV_SQRT_2PI = 0.3989422804014327;
const SQRT_32 = 5.656854249492381;
/** Standard normal density φ(x). */
export function normalDensity(x) {
    return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}
// W. J. Cody, "Rational Chebyshev approximations for the error function", Math. Comp. 23 (1969), as in
// R's pnorm: relative error below 1e-15 in each of the three ranges, and the tail keeps relative accuracy
// down to the underflow at x ≈ −38 (erf-based forms lose it beyond x ≈ −6). Published coefficients are
// written here as the shortest decimals that round-trip to the same doubles.
const CODY_A = [2.2352520354606837, 161.02823106855587, 1067.6894854603709, 18154.98125334356];
const CODY_A4 = 0.06568233791820745;
const CODY_B = [47.202581904688245, 976.0985517377767, 10260.932208618979, 45507.78933502673];
const CODY_C = [
    0.39894151208813466, 8.883149794388377, 93.50665613217785, 597.2702763948002, 2494.5375852903726,
    6848.190450536283, 11602.65143764735, 9842.714838383978,
];
const CODY_C8 = 1.0765576773720192e-8;
const CODY_D = [
    22.266688044328117, 235.387901782625, 1519.3775994075547, 6485.558298266761, 18615.571640885097,
    34900.95272114598, 38912.00328609327, 19685.429676859992,
];
const CODY_P = [
    0.215898534057957, 0.12740116116024736, 0.022235277870649807, 0.0014216191932278934,
    0.000029112874951168793,
];
const CODY_P5 = 0.023073441764940174;
const CODY_Q = [
    1.284260096144911, 0.4682382124808651, 0.06598813786892856, 0.0037823963320275824, 0.00007297515550839662,
];
/** Φ(−|x|)·e^{x²/2}-type tails need exp(−x²/2) without the rounding of x²: split x = xsq + (x − xsq). */
function gaussianFactor(y) {
    const ySplit = Math.trunc(y * 16) / 16;
    const del = (y - ySplit) * (y + ySplit);
    return Math.exp(-0.5 * ySplit * ySplit) * Math.exp(-0.5 * del);
}
/** Φ(−|x|), the smaller tail of the standard normal. */
function normalSmallerTail(x) {
    const y = Math.abs(x);
    if (y <= 0.67448975) {
        const ySq = y * y;
        let num = CODY_A4 * ySq;
        let den = ySq;
        for (let i = 0; i < 3; i++) {
            num = (num + CODY_A[i]) * ySq;
            den = (den + CODY_B[i]) * ySq;
        }
        return 0.5 - (y * (num + CODY_A[3])) / (den + CODY_B[3]);
    }
    if (y <= SQRT_32) {
        let num = CODY_C8 * y;
        let den = y;
        for (let i = 0; i < 7; i++) {
            num = (num + CODY_C[i]) * y;
            den = (den + CODY_D[i]) * y;
        }
        return (gaussianFactor(y) * (num + CODY_C[7])) / (den + CODY_D[7]);
    }
    if (y > 38.5)
        return 0; // Φ(−38.5) ≈ 1e-324 underflows anyway.
    const invSq = 1 / (y * y);
    let num = CODY_P5 * invSq;
    let den = invSq;
    for (let i = 0; i < 4; i++) {
        num = (num + CODY_P[i]) * invSq;
        den = (den + CODY_Q[i]) * invSq;
    }
    const ratio = (invSq * (num + CODY_P[4])) / (den + CODY_Q[4]);
    return (gaussianFactor(y) * (INV_SQRT_2PI - ratio)) / y;
}
/** Standard normal distribution function Φ(x); for upper tails call normalCdf(−x), which keeps precision. */
export function normalCdf(x) {
    if (Number.isNaN(x))
        return Number.NaN;
    const tail = normalSmallerTail(x);
    return x <= 0 ? tail : 1 - tail;
}
// M. J. Wichura, "Algorithm AS 241: The percentage points of the normal distribution", Appl. Statist. 37
// (1988), PPND16: relative accuracy ~1e-16 for 1e-300 < p < 1 − 1e-16.
const AS241_A = [
    3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
    67265.7709270087, 33430.57558358813, 2509.0809287301227,
];
const AS241_B = [
    1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
    28729.085735721943, 5226.495278852854,
];
const AS241_C = [
    1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
    0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
];
const AS241_D = [
    1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457,
    0.0005475938084995345, 1.0507500716444169e-9,
];
const AS241_E = [
    6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124,
    0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7,
];
const AS241_F = [
    1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
    0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15,
];
/** Polynomial with coefficients in increasing powers, by Horner's rule. */
function horner(coefficients, x) {
    let value = 0;
    for (let i = coefficients.length - 1; i >= 0; i--)
        value = value * x + coefficients[i];
    return value;
}
/** Standard normal quantile Φ⁻¹(p) (Wichura AS 241). */
export function normalQuantile(p) {
    if (Number.isNaN(p) || p < 0 || p > 1)
        return Number.NaN;
    if (p === 0)
        return Number.NEGATIVE_INFINITY;
    if (p === 1)
        return Number.POSITIVE_INFINITY;
    const q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
        const r = 0.180625 - q * q;
        return (q * horner(AS241_A, r)) / horner(AS241_B, r);
    }
    let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
    let value;
    if (r <= 5) {
        r -= 1.6;
        value = horner(AS241_C, r) / horner(AS241_D, r);
    }
    else {
        r -= 5;
        value = horner(AS241_E, r) / horner(AS241_F, r);
    }
    return q < 0 ? -value : value;
}
//# sourceMappingURL=normal.js.map