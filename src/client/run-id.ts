import { toRunId, type RunId } from "../protocol";

/** A new run's id: 128 random bits in hex, which no program can guess. */
export function newRunId(): RunId {
  const bits = crypto.getRandomValues(new Uint32Array(4));
  return toRunId(Array.from(bits, (n) => n.toString(16).padStart(8, "0")).join(""));
}
