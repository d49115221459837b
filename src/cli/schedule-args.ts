import type { ScheduleOptions } from "../runtime/run";

/** The scheduler lab's options of `play`: --policy, --choices, --threads. */
export const SCHEDULE_USAGE = "[--policy gevent|random] [--choices 0,2,1] [--threads]";

/**
 * Reads the schedule option at `argv[i]` into `into`: the number of arguments it took (0 when
 * `argv[i]` is not a schedule option), or a message for the user.
 */
export function readScheduleArg(
  argv: readonly string[],
  i: number,
  into: ScheduleOptions,
): number | string {
  const arg = argv[i];
  if (arg === "--threads") {
    into.threads = true;
    return 1;
  }
  if (arg !== "--policy" && arg !== "--choices") return 0;
  const value = argv[i + 1];
  if (value === undefined) return `${arg} needs a value`;
  if (arg === "--policy") {
    if (value !== "gevent" && value !== "random") {
      return `--policy is gevent or random, not "${value}"`;
    }
    into.policy = value;
    return 2;
  }
  const choices = value === "" ? [] : value.split(",");
  if (!choices.every((c) => /^\d+$/.test(c.trim()))) {
    return `--choices takes indexes separated by commas (0,2,1), not "${value}"`;
  }
  into.choices = choices.map((c) => Number(c.trim()));
  return 2;
}
