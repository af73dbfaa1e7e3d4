/**
 * f(x) = ½ (x − c)ᵀ H (x − c): the local model of every landscape near a critical point, and the landscape on
 * which THEORY.md's exact references (moment recursions, OU laws, the linear-saddle exit formulas) live.
 * Any symmetric nonsingular H: positive definite gives a minimum, indefinite a saddle, negative definite a
 * maximum. A singular H is rejected: its critical set is not an isolated hyperbolic point, and neither the
 * Arrhenius nor the Kifer claims are stated for it.
 */
import { numberLiteral } from "../codegen/literal.js";
import { FieldError, formatList } from "../config/fieldError.js";
import { asymmetry, readSquareMatrix, readVector } from "../config/readers.js";
import { symmetricEigen, symmetrize } from "../linalg/dense.js";
import { sumSource } from "./codegen.js";
/** An eigenvalue counts as zero below this fraction of the largest |λ| (matches `hessianSignature`). */
const SINGULAR_RELATIVE = 1e-9;
export function quadratic(H, center) {
    const checked = readSquareMatrix(H, "H");
    const where = asymmetry(checked);
    if (where !== undefined)
        throw new FieldError("H", `not symmetric (${where})`);
    // Round-off asymmetry is removed: ∇ of ½ xᵀHx is ½(H + Hᵀ)x, so the symmetric part is the landscape anyway.
    const Hs = symmetrize(checked);
    const d = Hs.length;
    const c = center === undefined ? new Array(d).fill(0) : readVector(center, "center", d);
    const { values } = symmetricEigen(Hs);
    const largest = Math.max(...values.map(Math.abs));
    if (values.some((l) => Math.abs(l) <= SINGULAR_RELATIVE * largest))
        throw new FieldError("H", `is singular (eigenvalues ${formatList(values)}), so the critical point at the center is not hyperbolic`);
    const kind = values.every((l) => l > 0)
        ? "minimum"
        : values.every((l) => l < 0)
            ? "maximum"
            : "saddle";
    // Row i of the gradient H(x − c), zero entries skipped; `gradient` below runs the same loop.
    const rows = Hs.map((row) => row.flatMap((h, j) => (h === 0 ? [] : [{ j, h }])));
    const gradientSource = rows.map((row) => sumSource(row.map(({ j, h }) => {
        const cj = c[j];
        const diff = cj === 0 ? `x${j}` : `(x${j} - ${numberLiteral(cj)})`;
        return `${numberLiteral(h)}*${diff}`;
    })));
    const flatH = Float64Array.from(Hs.flat());
    const shifted = new Float64Array(d);
    return {
        name: `quadratic(d=${d})`,
        dim: d,
        value(x) {
            for (let i = 0; i < d; i++)
                shifted[i] = x[i] - c[i];
            let s = 0;
            for (let i = 0; i < d; i++) {
                let hi = 0;
                for (let j = 0; j < d; j++)
                    hi += flatH[i * d + j] * shifted[j];
                s += shifted[i] * hi;
            }
            return 0.5 * s;
        },
        gradient(x, out) {
            for (let i = 0; i < d; i++) {
                let s = 0;
                for (const { j, h } of rows[i])
                    s += h * (x[j] - c[j]);
                out[i] = s;
            }
            return out;
        },
        hessian(_x, out) {
            out.set(flatH);
            return out;
        },
        criticalPoints: [{ label: "center", x: c.slice(), kind }],
        gradientSource,
        spec: {
            kind: "quadratic",
            H: Hs.map((r) => r.slice()),
            ...(center === undefined ? {} : { center: c.slice() }),
        },
    };
}
//# sourceMappingURL=quadratic.js.map