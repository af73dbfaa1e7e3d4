import { FieldError } from "../../src/config/fieldError.ts";

/** The FieldError `build` must throw (any other error is rethrown; none at all fails). */
export function fieldError(build: () => unknown): FieldError {
  try {
    build();
  } catch (e) {
    if (e instanceof FieldError) return e;
    throw e;
  }
  throw new Error("expected a FieldError, nothing was thrown");
}
