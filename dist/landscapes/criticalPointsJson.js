/**
 * Declared critical points in JSON (`[{label, x, kind}]`), read for polynomial landscapes; verification against
 * the landscape is in criticalPoints.ts.
 */
import { FieldError } from "../config/fieldError.js";
import { describeValue, readObject, readString, readVector, rejectUnknownKeys } from "../config/readers.js";
const CRITICAL_KINDS = ["minimum", "saddle", "maximum"];
/** Declared critical points `[{label, x, kind}]` of a landscape of dimension `dim`. */
export function readCriticalPoints(v, field, dim) {
    if (!Array.isArray(v))
        throw new FieldError(field, `expected an array of critical points, got ${describeValue(v)}`);
    return v.map((item, i) => {
        const f = `${field}[${i}]`;
        const obj = readObject(item, f);
        rejectUnknownKeys(obj, ["label", "x", "kind"], f);
        const label = readString(obj.label, `${f}.label`);
        const x = readVector(obj.x, `${f}.x`, dim);
        const kind = obj.kind;
        if (typeof kind !== "string" || !CRITICAL_KINDS.includes(kind))
            throw new FieldError(`${f}.kind`, `expected one of ${CRITICAL_KINDS.join(", ")}, got ${describeValue(kind)}`);
        return { label, x, kind: kind };
    });
}
//# sourceMappingURL=criticalPointsJson.js.map