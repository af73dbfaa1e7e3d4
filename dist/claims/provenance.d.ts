export declare function suiteVersion(): string;
export declare function suiteCommit(): string | null;
/** HEAD of the git work tree whose top is `root`, or null (not a checkout, or `root` is inside another one). */
export declare function ownGitCommit(root: string): string | null;
//# sourceMappingURL=provenance.d.ts.map