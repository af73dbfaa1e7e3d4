import { readFileSync } from "node:fs";
import { FieldError } from "../config/fieldError.js";
import { deepMerge, readObject } from "../config/readers.js";
/**
 * Budgets set sample sizes and η grids in data, not code (DESIGN.md §9): fixtures/claims/<ID>.json holds
 * `{ "default": {...}, "budgets": { "quick": {...}, "standard": {...}, "thorough": {...} } }`.
 */
const FIXTURES = new URL("../../fixtures/claims/", import.meta.url);
export function budgetConfig(id, budget) {
    const file = new URL(`${id}.json`, FIXTURES);
    const raw = JSON.parse(readFileSync(file, "utf8"));
    return deepMerge(raw.default ?? {}, raw.budgets?.[budget]);
}
/**
 * A user's `--config FILE`: a JSON object of overrides applied to every selected claim, or
 * `{ "claims": { "W1": {...}, ... } }` to target claims separately.
 */
export function readUserConfig(path) {
    let text;
    try {
        text = readFileSync(path, "utf8");
    }
    catch (e) {
        throw new FieldError("--config", `cannot read ${path} (${e.code ?? String(e)})`);
    }
    try {
        return readObject(JSON.parse(text), "--config");
    }
    catch (e) {
        if (e instanceof FieldError)
            throw e;
        throw new FieldError("--config", `malformed JSON in ${path}: ${e.message.split("\n")[0]}`);
    }
}
export function userOverrideFor(user, id) {
    if (user === null || user === undefined)
        return undefined;
    const u = user;
    if ("claims" in u) {
        const claims = readObject(u.claims, "claims");
        return claims[id];
    }
    return u;
}
export function mergedConfig(id, budget, user) {
    return deepMerge(budgetConfig(id, budget), userOverrideFor(user, id));
}
//# sourceMappingURL=configFiles.js.map