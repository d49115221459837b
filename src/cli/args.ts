import type { ScheduleOptions } from "../runtime/run";
import { SCHEDULE_USAGE, readScheduleArg } from "./schedule-args";

/** The `play` command's options, as API.md "The command line" gives them, and the narration's. */
export interface PlayArgs {
  program: string;
  json: boolean;
  trace: string | null;
  /** Where to write the decoded trace events (`TraceEvent[]`) as JSON, or null. */
  events: string | null;
  seed: number | undefined;
  /** Print one sentence per step of the run instead of its output. */
  explain: boolean;
  lang: "en" | "zh-CN";
  /** The scheduler lab's: policy, choices, threads mode. */
  schedule: ScheduleOptions;
}

export const USAGE =
  "usage: npm run --silent play -- PROGRAM.ts [--json] [--trace FILE.json] [--events FILE.json] [--seed N] [--explain [--lang en|zh]] " +
  SCHEDULE_USAGE;

const LANGS: Record<string, PlayArgs["lang"]> = { en: "en", zh: "zh-CN", "zh-CN": "zh-CN" };

type Parsed = { ok: true; args: PlayArgs } | { ok: false; message: string };

function takeValue(args: PlayArgs, arg: string, value: string): string | null {
  if (arg === "--trace") args.trace = value;
  else if (arg === "--events") args.events = value;
  else if (arg === "--lang") {
    const lang = LANGS[value];
    if (lang === undefined) return `--lang takes en or zh, not "${value}"`;
    args.lang = lang;
  } else if (/^-?\d+$/.test(value)) args.seed = Number(value);
  else return `--seed takes an integer, not "${value}"`;
  return null;
}

/** Parses argv (without node and the script); returns the options or a message for the user. */
export function parseArgs(argv: readonly string[]): Parsed {
  const args: PlayArgs = {
    program: "",
    json: false,
    trace: null,
    events: null,
    seed: undefined,
    explain: false,
    lang: "en",
    schedule: {},
  };
  let langGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const took = readScheduleArg(argv, i, args.schedule);
    if (typeof took === "string") return { ok: false, message: `${took}\n${USAGE}` };
    if (took > 0) {
      i += took - 1;
    } else if (arg === "--json") {
      args.json = true;
    } else if (arg === "--explain") {
      args.explain = true;
    } else if (arg === "--trace" || arg === "--events" || arg === "--seed" || arg === "--lang") {
      const value = argv[++i];
      if (value === undefined) return { ok: false, message: `${arg} needs a value\n${USAGE}` };
      const problem = takeValue(args, arg, value);
      if (problem !== null) return { ok: false, message: `${problem}\n${USAGE}` };
      langGiven ||= arg === "--lang";
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
  if (args.explain && args.json) {
    return {
      ok: false,
      message: `--explain and --json print different things: choose one\n${USAGE}`,
    };
  }
  if (langGiven && !args.explain)
    return { ok: false, message: `--lang goes with --explain\n${USAGE}` };
  return { ok: true, args };
}
