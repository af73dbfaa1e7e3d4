/**
 * The per-claim report written to `<ID>.json`. Other tooling reads these names: change them only with a
 * schemaVersion bump.
 */
export const SCHEMA_VERSION = "1.0.0";
//# sourceMappingURL=schema.js.map