import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { compile, evaluate } from "../compile/index";
import { runProgram, type RunError, type RunResult } from "../runtime/run";
import { decodeTrace } from "../trace/decode";
import { RunModel } from "../trace/model/run-model";
import { streamChromeTrace } from "../trace/perfetto-stream";
import { parseArgs, type PlayArgs } from "./args";
import { explainRun } from "./explain-run";
import { choiceReportOf, type ChoiceReport } from "./choice-report";

/** What one `play` invocation produced; the caller writes it out and exits with `code`. */
export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** The outside world of the command: where relative paths start, and the files. */
export interface CliIo {
  cwd: string;
  readText(path: string): string;
  writeText(path: string, text: string): void;
  /** Writes a file in chunks: `produce` hands each chunk to `write`, in order. */
  writeChunks(path: string, produce: (write: (chunk: string) => void) => void): void;
}

export const nodeIo = (cwd: string): CliIo => ({
  cwd,
  readText: (path) => readFileSync(path, "utf8"),
  writeText: (path, text) => writeFileSync(path, text),
  writeChunks(path, produce) {
    const fd = openSync(path, "w");
    try {
      produce((chunk) => void writeSync(fd, chunk));
    } finally {
      closeSync(fd);
    }
  },
});

/** The `--json` shape: a contract that outside checks parse. */
interface JsonReport {
  stdout: string;
  stderr: string;
  elapsed: number;
  events: number;
  error: RunError | null;
  /** Present when the run had schedule options (--policy, --choices, --threads). */
  choicePoints?: ChoiceReport["choicePoints"];
  choices?: number[];
}

/**
 * Runs `play` in-process: reads the program, compiles it and runs it through the same compile
 * and runtime path as the browser's worker. Exit code 0, or 1 when the program did not compile
 * or an exception escaped the main greenlet, or 2 for a usage problem.
 */
export function runCli(argv: readonly string[], io: CliIo = nodeIo(process.cwd())): CliOutcome {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return { code: 2, stdout: "", stderr: parsed.message + "\n" };
  const { args } = parsed;
  let source: string;
  try {
    source = io.readText(resolve(io.cwd, args.program));
  } catch (error) {
    return {
      code: 2,
      stdout: "",
      stderr: `cannot read ${args.program}: ${(error as Error).message}\n`,
    };
  }
  const schedule = args.schedule;
  const scheduled = Object.keys(schedule).length > 0;
  const compiled = compile(source, { threads: schedule.threads === true });
  if (!compiled.ok) {
    const { message, line, column } = compiled.error;
    const stderr = `${args.program}:${line}:${column}: SyntaxError: ${message}\n`;
    const report = {
      stdout: "",
      stderr,
      elapsed: 0,
      events: 0,
      error: { name: "SyntaxError", message, line },
    };
    return finish(args, report);
  }
  const result = runProgram(evaluate(compiled.program), {
    sites: compiled.program.sites,
    seed: args.seed,
    trace: true,
    realNow: () => performance.now(),
    schedule: { ...schedule, record: scheduled },
  });
  // One model serves both: the export streams from it, the narration reads its steps.
  const model = args.trace !== null || args.explain ? RunModel.fromTrace(result.trace) : null;
  if (model !== null && args.trace !== null) {
    io.writeChunks(resolve(io.cwd, args.trace), (write) => streamChromeTrace(model, write));
  }
  // The decoded events, for checks that read the run as the page does (lessons' exercises).
  if (args.events !== null) {
    io.writeText(resolve(io.cwd, args.events), JSON.stringify(decodeTrace(result.trace)));
  }
  const report = reportOf(result);
  if (model !== null && args.explain) {
    return { ...finish(args, report), stdout: explainRun(model, args.lang) };
  }
  return finish(args, scheduled && args.json ? { ...report, ...choiceReportOf(result) } : report);
}

function reportOf(result: RunResult): JsonReport {
  let stderr = result.stderr;
  for (const w of result.warnings) stderr += `warning: line ${w.line}: ${w.message}\n`;
  // A limit (CPU loop, virtual time, events) ends the run without a line of its own on stderr.
  const { error } = result;
  if (error && !stderr.includes(error.message)) stderr += `${error.name}: ${error.message}\n`;
  return { stdout: result.stdout, stderr, elapsed: result.elapsed, events: result.events, error };
}

function finish(args: PlayArgs, report: JsonReport): CliOutcome {
  const code = report.error === null ? 0 : 1;
  if (args.json) return { code, stdout: JSON.stringify(report) + "\n", stderr: "" };
  return { code, stdout: report.stdout, stderr: report.stderr };
}
