import { FieldError } from "../config/fieldError.js";
export function parseArgs(argv, valued, booleans) {
    const positional = [];
    const flags = new Map();
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (!a.startsWith("--")) {
            positional.push(a);
            continue;
        }
        const eq = a.indexOf("=");
        const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
        if (booleans.includes(name)) {
            if (eq >= 0)
                throw new FieldError(`--${name}`, "takes no value");
            flags.set(name, true);
        }
        else if (valued.includes(name)) {
            const v = eq >= 0 ? a.slice(eq + 1) : argv[++i];
            if (v === undefined || v === "")
                throw new FieldError(`--${name}`, "needs a value");
            flags.set(name, v);
        }
        else {
            throw new FieldError(a, `unknown option (allowed: ${[...valued, ...booleans].map((f) => `--${f}`).join(", ")})`);
        }
    }
    return { positional, flags };
}
//# sourceMappingURL=args.js.map