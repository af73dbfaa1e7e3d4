import { FieldError } from "../config/fieldError.js";
import { B1 } from "./batch/B1.js";
import { B2 } from "./batch/B2.js";
import { B3 } from "./batch/B3.js";
import { B4 } from "./batch/B4.js";
import { B5 } from "./batch/B5.js";
import { M1 } from "./minimizer/M1.js";
import { M2 } from "./minimizer/M2.js";
import { M3 } from "./minimizer/M3.js";
import { M4 } from "./minimizer/M4.js";
import { M5 } from "./minimizer/M5.js";
import { S1 } from "./saddle/S1.js";
import { S2 } from "./saddle/S2.js";
import { S3 } from "./saddle/S3.js";
import { S4 } from "./saddle/S4.js";
import { W1 } from "./weak/W1.js";
import { W2 } from "./weak/W2.js";
import { W3 } from "./weak/W3.js";
/** Every claim the suite knows, in report order. IDs are stable (THEORY.md). */
export const REGISTRY = [
    W1,
    W2,
    W3,
    M1,
    M2,
    M3,
    M4,
    M5,
    S1,
    S2,
    S3,
    S4,
    B1,
    B2,
    B3,
    B4,
    B5,
];
export function claimById(id) {
    const c = REGISTRY.find((d) => d.id === id);
    if (!c)
        throw new FieldError("claim", `unknown claim "${id}" (known: ${REGISTRY.map((d) => d.id).join(", ")})`);
    return c;
}
//# sourceMappingURL=registry.js.map