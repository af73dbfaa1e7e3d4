/**
 * A double as a JS literal that round-trips (`String(v)` is the shortest exact form) and is safe after any
 * operator: negatives are parenthesised, because `x0--0.5` would parse as a decrement. The one way constants
 * enter generated kernel source (landscape gradients, constant noise factors, minibatch features), so a
 * non-finite value is refused here, once, with the value in the message.
 */
export declare function numberLiteral(v: number): string;
//# sourceMappingURL=literal.d.ts.map