import { FieldError } from "../config/fieldError.ts";

/**
 * Minimal argv parser: positional arguments plus `--flag value` / `--flag=value` / boolean `--flag`.
 * Unknown flags are bad input (exit code 2), not silently ignored.
 */
export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

export function parseArgs(
  argv: string[],
  valued: readonly string[],
  booleans: readonly string[],
): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
    if (booleans.includes(name)) {
      if (eq >= 0) throw new FieldError(`--${name}`, "takes no value");
      flags.set(name, true);
    } else if (valued.includes(name)) {
      const v = eq >= 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || v === "") throw new FieldError(`--${name}`, "needs a value");
      flags.set(name, v);
    } else {
      throw new FieldError(
        a,
        `unknown option (allowed: ${[...valued, ...booleans].map((f) => `--${f}`).join(", ")})`,
      );
    }
  }
  return { positional, flags };
}
