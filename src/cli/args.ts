/** The `play` command's options, as API.md "The command line" gives them. */
export interface PlayArgs {
  program: string;
  json: boolean;
  trace: string | null;
  /** Where to write the decoded trace events (`TraceEvent[]`) as JSON, or null. */
  events: string | null;
  seed: number | undefined;
}

export const USAGE =
  "usage: npm run --silent play -- PROGRAM.ts [--json] [--trace FILE.json] [--events FILE.json] [--seed N]";

/** Parses argv (without node and the script); returns the options or a message for the user. */
export function parseArgs(
  argv: readonly string[],
): { ok: true; args: PlayArgs } | { ok: false; message: string } {
  const args: PlayArgs = {
    program: "",
    json: false,
    trace: null,
    events: null,
    seed: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") {
      args.json = true;
    } else if (arg === "--trace" || arg === "--events" || arg === "--seed") {
      const value = argv[++i];
      if (value === undefined) return { ok: false, message: `${arg} needs a value\n${USAGE}` };
      if (arg === "--trace") args.trace = value;
      else if (arg === "--events") args.events = value;
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
