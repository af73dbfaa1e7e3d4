import fc from "fast-check";

/**
 * fast-check runs from a fixed seed so CI is deterministic (DESIGN.md §3); `FC_SEED=<n>` replays or explores
 * another seed, `FC_SEED=random` draws one. fast-check prints seed and path of any counterexample.
 */
const raw = process.env.FC_SEED;
const seed = raw === "random" ? Date.now() ^ (Math.random() * 0x7fffffff) : raw ? Number(raw) : 1705075620;
fc.configureGlobal({ seed });
