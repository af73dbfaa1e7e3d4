import { defineConfig } from "vitest/config";

// Two projects: unit/property specs run file-parallel; claim specs use the worker pool and must not run
// beside each other (two pools on two cores oversubscribe; DESIGN.md §9), so their files run one at a time.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    setupFiles: ["specs/setup.ts"],
    globalSetup: ["specs/globalSetup.mjs"],
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["specs/**/*.spec.ts"], exclude: ["specs/claims/**", "specs/package/**", "specs/examples/**"] },
      },
      {
        extends: true,
        test: {
          name: "claims",
          include: ["specs/claims/**/*.spec.ts", "specs/package/**/*.spec.ts", "specs/examples/**/*.spec.ts"],
          fileParallelism: false,
        },
      },
    ],
  },
});
