import { FieldError } from "../config/fieldError.ts";
import { B1 } from "./batch/B1.ts";
import { B2 } from "./batch/B2.ts";
import { B3 } from "./batch/B3.ts";
import { B4 } from "./batch/B4.ts";
import { B5 } from "./batch/B5.ts";
import { B6 } from "./batch/B6.ts";
import { B7 } from "./batch/B7.ts";
import { B8 } from "./batch/B8.ts";
import type { ClaimDefinition } from "./claim.ts";
import { M1 } from "./minimizer/M1.ts";
import { M2 } from "./minimizer/M2.ts";
import { M3 } from "./minimizer/M3.ts";
import { M4 } from "./minimizer/M4.ts";
import { M5 } from "./minimizer/M5.ts";
import { S1 } from "./saddle/S1.ts";
import { S2 } from "./saddle/S2.ts";
import { S3 } from "./saddle/S3.ts";
import { S4 } from "./saddle/S4.ts";
import { V1 } from "./validity/V1.ts";
import { V2 } from "./validity/V2.ts";
import { V3 } from "./validity/V3.ts";
import { V4 } from "./validity/V4.ts";
import { W1 } from "./weak/W1.ts";
import { W2 } from "./weak/W2.ts";
import { W3 } from "./weak/W3.ts";

/** Every claim the suite knows, in report order. IDs are stable (THEORY.md). */
export const REGISTRY: readonly ClaimDefinition<never>[] = [
  W1,
  W2,
  W3,
  M1,
  M2,
  M3,
  M4,
  M5,
  S1,
  S2,
  S3,
  S4,
  B1,
  B2,
  B3,
  B4,
  B5,
  B6,
  B7,
  B8,
  V1,
  V2,
  V3,
  V4,
] as unknown as ClaimDefinition<never>[];

export function claimById(id: string): ClaimDefinition<unknown> {
  const c = REGISTRY.find((d) => d.id === id);
  if (!c)
    throw new FieldError("claim", `unknown claim "${id}" (known: ${REGISTRY.map((d) => d.id).join(", ")})`);
  return c as ClaimDefinition<unknown>;
}
