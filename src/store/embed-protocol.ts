/**
 * The embed's postMessage API (docs/embed.md): messages are plain objects `{ type, version: 1,
 * ... }`. The embed tells its parent `ready`, `runFinished` (with `steps`) and `stepChanged`
 * (with `step`); the host page may send `run`, `setStep` (with `step`) and `setCode` (with
 * `code`). What a host sends is checked here, field by field; anything else is dropped. Pure.
 */
import { MAX_SHARED_CODE } from "./share-link";

export const EMBED_API_VERSION = 1;

export type EmbedToHost =
  | { type: "ready"; version: 1 }
  | { type: "runFinished"; version: 1; steps: number }
  | { type: "stepChanged"; version: 1; step: number };

export type HostToEmbed =
  | { type: "run"; version: 1 }
  | { type: "setStep"; version: 1; step: number }
  | { type: "setCode"; version: 1; code: string };

const isStep = (value: unknown): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= 0;

/** The host's message `data` as one of ours, or null when it is not one (or not this version). */
export function readHostMessage(data: unknown): HostToEmbed | null {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  const message = data as Record<string, unknown>;
  if (message.version !== EMBED_API_VERSION) return null;
  switch (message.type) {
    case "run":
      return { type: "run", version: 1 };
    case "setStep":
      return isStep(message.step) ? { type: "setStep", version: 1, step: message.step } : null;
    case "setCode":
      return typeof message.code === "string" && message.code.length <= MAX_SHARED_CODE
        ? { type: "setCode", version: 1, code: message.code }
        : null;
    default:
      return null;
  }
}
