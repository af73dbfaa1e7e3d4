/**
 * Plain arithmetic in JS syntax — numeric literals, named variables, unary + and −, binary + − * /, parentheses —
 * parsed into a tree with JS's precedence and left associativity. It is how a kernel expression written for the
 * JS kernels (a landscape's `gradientSource`, a constant noise factor's terms) is carried into another target
 * (the WebAssembly kernels) with the *same operations in the same order*: IEEE-754 double arithmetic is then
 * bit-for-bit the same in both. Anything else (calls such as Math.pow, `**`, other names) is not arithmetic in
 * this sense: `parseArithmetic` returns null and the caller keeps the JS kernel.
 */
export type Arithmetic =
  | { kind: "number"; value: number }
  | { kind: "variable"; name: string }
  | { kind: "negate"; operand: Arithmetic }
  | { kind: "binary"; op: "+" | "-" | "*" | "/"; left: Arithmetic; right: Arithmetic };

const TOKEN = /\s*(?:(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|([A-Za-z_$][A-Za-z0-9_$]*)|(\S))/y;

type Token = { number: number } | { name: string } | { punct: string };

function tokenize(source: string): Token[] | null {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(source);
    if (!m) return null;
    // Number() applies the same correctly rounded decimal-to-double conversion as the JS parser.
    if (m[1] !== undefined) tokens.push({ number: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ name: m[2] });
    else tokens.push({ punct: m[3]! });
  }
  return tokens;
}

/** The tree of `source`, or null when it is not plain arithmetic over `variables`. */
export function parseArithmetic(source: string, variables: readonly string[]): Arithmetic | null {
  const tokens = tokenize(source);
  if (!tokens) return null;
  let i = 0;
  const punct = (s: string) => {
    const t = tokens[i];
    return t !== undefined && "punct" in t && t.punct === s;
  };
  const fail = (): never => {
    throw NOT_ARITHMETIC;
  };
  const primary = (): Arithmetic => {
    const t = tokens[i++];
    if (t === undefined) return fail();
    // A literal followed directly by a name or another literal (`0x1f`, `1_0`, `1.5.3`) is left over at the end.
    if ("number" in t) return { kind: "number", value: t.number };
    if ("name" in t) {
      if (!variables.includes(t.name) || punct("(")) return fail();
      return { kind: "variable", name: t.name };
    }
    if (t.punct === "(") {
      const e = sum();
      if (!punct(")")) return fail();
      i++;
      return e;
    }
    return fail();
  };
  const unary = (): Arithmetic => {
    for (const sign of ["-", "+"]) {
      if (!punct(sign)) continue;
      i++;
      // Whitespace is not kept, so `- -x0` and `--x0` (a decrement) look alike: refuse both.
      if (punct(sign)) return fail();
      const operand = unary();
      // Unary + is ToNumber: the identity on a number.
      return sign === "-" ? { kind: "negate", operand } : operand;
    }
    return primary();
  };
  const product = (): Arithmetic => {
    let left = unary();
    while (punct("*") || punct("/")) {
      const op = (tokens[i++] as { punct: "*" | "/" }).punct;
      // `**` is exponentiation, not two products.
      if (punct("*")) return fail();
      left = { kind: "binary", op, left, right: unary() };
    }
    return left;
  };
  const sum = (): Arithmetic => {
    let left = product();
    while (punct("+") || punct("-")) {
      const op = (tokens[i++] as { punct: "+" | "-" }).punct;
      // `x0--0.5` and `x0++1` are decrement/increment in JS, not arithmetic.
      if (punct(op)) return fail();
      left = { kind: "binary", op, left, right: product() };
    }
    return left;
  };
  try {
    const tree = sum();
    return i === tokens.length ? tree : null;
  } catch (e) {
    if (e === NOT_ARITHMETIC) return null;
    throw e;
  }
}

const NOT_ARITHMETIC = new Error("not arithmetic");

/** Evaluates a tree (the reference semantics: JS's own double arithmetic). */
export function evaluateArithmetic(tree: Arithmetic, value: (name: string) => number): number {
  switch (tree.kind) {
    case "number":
      return tree.value;
    case "variable":
      return value(tree.name);
    case "negate":
      return -evaluateArithmetic(tree.operand, value);
    case "binary": {
      const a = evaluateArithmetic(tree.left, value);
      const b = evaluateArithmetic(tree.right, value);
      return tree.op === "+" ? a + b : tree.op === "-" ? a - b : tree.op === "*" ? a * b : a / b;
    }
  }
}
