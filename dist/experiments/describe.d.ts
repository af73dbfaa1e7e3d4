/** Short forms for the one-line descriptions of simulations and references in reports. */
export declare function formatPoint(x: ArrayLike<number>): string;
export declare function formatCount(n: number): string;
//# sourceMappingURL=describe.d.ts.map