import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { normalSlowPath, ZIG_K, ZIG_W } from "../rng/ziggurat.js";
/**
 * Compile kernel source into a function. The factory receives the ziggurat tables and slow path plus any
 * extra bindings (landscape callbacks, noise-fragment arrays), so generated code closes over them as constants
 * and V8 specialises the loop for one landscape and one noise model.
 *
 * Generated code is debuggable like written code: every kernel carries a `//# sourceURL` named after its
 * kind and a hash of its text (stack traces and profilers show `kernels/sgdEnsemble-3fa2….js`), and with the
 * environment variable SGD_DUMP_KERNELS=DIR each compiled source is also written to DIR under that name.
 */
export function compileKernel(name, source, extra = {}) {
    const names = ["K", "W", "slow", ...Object.keys(extra)];
    const values = [ZIG_K, ZIG_W, normalSlowPath, ...Object.values(extra)];
    const file = `${name}-${createHash("sha256").update(source).digest("hex").slice(0, 12)}.js`;
    const text = `"use strict";\n${source}\n//# sourceURL=kernels/${file}`;
    const dump = process.env.SGD_DUMP_KERNELS;
    if (dump) {
        mkdirSync(dump, { recursive: true });
        writeFileSync(join(dump, file), `// bindings: ${names.join(", ")}\n${text}\n`);
    }
    // Kernel sources are generated from landscape expressions validated at construction (numbers and x0…xd)
    // and from noise fragments whose names are checked (codegen/fragment.ts); no config string reaches them.
    const factory = new Function(...names, text);
    return factory(...values);
}
//# sourceMappingURL=compile.js.map