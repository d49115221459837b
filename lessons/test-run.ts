/**
 * For the tests of lessons/: runs a program given as text exactly as `play --json --events`
 * does, and returns what a check receives (stdout, elapsed, error, the decoded events).
 */
// Lessons may take only types from src (STYLE.md); the tests must run programs, as the CLI does.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { runCli } from "../src/cli/run-cli";
import type { TraceEvent } from "../src/trace/decode";

export interface TestRun {
  stdout: string;
  stderr: string;
  elapsed: number;
  error: unknown;
  events: TraceEvent[];
}

/** `args`: more of play's options, such as `--threads --policy random --seed 2`. */
export function runSource(source: string, args: readonly string[] = []): TestRun {
  let events = "[]";
  const outcome = runCli(["program.ts", "--json", "--events", "events.json", ...args], {
    cwd: "/",
    readText: () => source,
    writeText: (_path, text) => void (events = text),
    writeChunks: () => {
      throw new Error("the lesson runs write no streamed export");
    },
  });
  const report = JSON.parse(outcome.stdout) as Omit<TestRun, "events">;
  return { ...report, events: JSON.parse(events) as TraceEvent[] };
}
