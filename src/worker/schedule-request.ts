import type { ScheduleRequest } from "../protocol";
import type { ScheduleOptions } from "../runtime/run";

/** More recorded choices than any run the page makes by hand (or by replaying a random one). */
export const MAX_CHOICES = 100_000;

/**
 * The runtime's schedule options from a request's schedule, anything malformed dropped: a
 * policy other than the two known, choices that are not small non-negative integers, flags
 * that are not booleans.
 */
export function scheduleOptionsOf(request: unknown, seed: number): ScheduleOptions {
  if (typeof request !== "object" || request === null) return {};
  const r = request as Record<keyof ScheduleRequest, unknown>;
  const options: ScheduleOptions = {
    seed: Number.isSafeInteger(r.seed) ? (r.seed as number) : seed,
  };
  if (r.policy === "random" || r.policy === "gevent") options.policy = r.policy;
  if (Array.isArray(r.choices)) {
    const choices = r.choices.slice(0, MAX_CHOICES);
    if (choices.every((c) => Number.isInteger(c) && c >= 0 && c < 0x10000)) {
      options.choices = choices as number[];
    }
  }
  if (r.pauseAtChoice === true) options.pauseAfterChoices = true;
  if (r.threads === true) options.threads = true;
  if (r.record === true) options.record = true;
  return options;
}
