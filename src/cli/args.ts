import type { ScheduleOptions } from "../runtime/run";
import { SCHEDULE_USAGE, readScheduleArg } from "./schedule-args";

/** The `play` command's options, as API.md "The command line" gives them. */
export interface PlayArgs {
  program: string;
  json: boolean;
  trace: string | null;
  seed: number | undefined;
  /** The scheduler lab's: policy, choices, threads mode. */
  schedule: ScheduleOptions;
}

export const USAGE =
  "usage: npm run --silent play -- PROGRAM.ts [--json] [--trace FILE.json] [--seed N] " +
  SCHEDULE_USAGE;

/** Parses argv (without node and the script); returns the options or a message for the user. */
export function parseArgs(
  argv: readonly string[],
): { ok: true; args: PlayArgs } | { ok: false; message: string } {
  const args: PlayArgs = { program: "", json: false, trace: null, seed: undefined, schedule: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const took = readScheduleArg(argv, i, args.schedule);
    if (typeof took === "string") return { ok: false, message: `${took}\n${USAGE}` };
    if (took > 0) {
      i += took - 1;
    } else if (arg === "--json") {
      args.json = true;
    } else if (arg === "--trace" || arg === "--seed") {
      const value = argv[++i];
      if (value === undefined) return { ok: false, message: `${arg} needs a value\n${USAGE}` };
      if (arg === "--trace") args.trace = value;
      else if (/^-?\d+$/.test(value)) args.seed = Number(value);
      else return { ok: false, message: `--seed takes an integer, not "${value}"\n${USAGE}` };
    } else if (arg.startsWith("--")) {
      return { ok: false, message: `unknown option ${arg}\n${USAGE}` };
    } else if (args.program === "") {
      args.program = arg;
    } else {
      return {
        ok: false,
        message: `one program at a time (got "${args.program}" and "${arg}")\n${USAGE}`,
      };
    }
  }
  if (args.program === "") return { ok: false, message: USAGE };
  return { ok: true, args };
}
