/**
 * What the page shows about a finished run, derived from the runner's outcome: a report the UI
 * words in the learner's language, and the problems the editor marks. Pure.
 */
import type { Refusal, RunOutcome } from "../client/runner";
import { stoppedGreenlet } from "../client/stall-report";
import { greenletFailures } from "../trace/greenlet-failures";

type RunError = { name: string; message: string; line: number };

export type RunReport =
  | { kind: "none" }
  | {
      kind: "done";
      elapsed: number;
      events: number;
      error: RunError | null;
      /** For a LoopExit: the greenlets left waiting, read from its message. */
      waits?: BlockedWait[];
    }
  /** A budget or the runtime ended the run; the output and trace up to then are kept. */
  | {
      kind: "limit";
      limit: RunLimitKind;
      /** The runtime's message: English, " — ", then Chinese. */
      message: string;
      line: number;
      elapsed: number;
      events: number;
      /** The limit's own figure (seconds, events, milliseconds), from the message. */
      amount: number | null;
      /** The greenlet that was running when the limit was hit, when the trace tells. */
      greenlet: string | null;
    }
  | { kind: "compile-error"; line: number; column: number; message: string }
  | { kind: "stopped" }
  | { kind: "stalled"; seconds: number; greenlet: string | null; line: number | null }
  | { kind: "crashed"; message: string }
  /** The page ended the run for what it sent: an output flood, an oversized or malformed batch. */
  | { kind: "refused"; refusal: Refusal };

/** Which of the runtime's limits ended a run. */
export type RunLimitKind = "virtual-time" | "events" | "cpu-loop" | "blocked-forever";

/** The limit behind a run's error, read from the runtime's error name and message. */
export function limitOf(error: RunError): RunLimitKind | null {
  if (error.name === "BlockedForeverError") return "blocked-forever";
  if (error.name !== "RunLimitError") return null;
  if (error.message.startsWith("virtual time limit")) return "virtual-time";
  if (error.message.startsWith("event limit")) return "events";
  if (error.message.startsWith("a greenlet ran for over")) return "cpu-loop";
  return null;
}

/** A greenlet a LoopExit left waiting: "main waits on q.get() (line 4)". */
export interface BlockedWait {
  greenlet: string;
  on: string;
  /** 0 when unknown. */
  line: number;
}

const LOOP_EXIT_WAIT = /^\t(.+?) waits on (.+?)(?: \(line (\d+)\))?$/;

/** The waits a LoopExit's message lists, one a line under its first. */
export function loopExitWaits(message: string): BlockedWait[] {
  const waits: BlockedWait[] = [];
  for (const text of message.split("\n").slice(1)) {
    const match = LOOP_EXIT_WAIT.exec(text);
    if (match) waits.push({ greenlet: match[1], on: match[2], line: Number(match[3] ?? 0) });
  }
  return waits;
}

/** The first whole number of the message's English half: the limit's figure. */
function amountOf(message: string): number | null {
  const match = /\d+/.exec(message.split(" — ")[0]);
  return match ? Number(match[0]) : null;
}

/** A position in the learner's program the editor marks. Lines and columns are 1-based. */
export interface Problem {
  line: number;
  column: number;
  /** null: the run report's own text says it (the UI words it in the learner's language). */
  message: string | null;
  severity: "error" | "warning";
}

export function reportOf(outcome: RunOutcome): RunReport {
  switch (outcome.kind) {
    case "done": {
      const { elapsed, events, error } = outcome.summary;
      const limit = error && limitOf(error);
      if (error && limit) {
        const { message, line } = error;
        const amount = amountOf(message);
        const greenlet = stoppedGreenlet(outcome.trace);
        return { kind: "limit", limit, message, line, elapsed, events, amount, greenlet };
      }
      if (error?.name === "LoopExit") {
        return { kind: "done", elapsed, events, error, waits: loopExitWaits(error.message) };
      }
      return { kind: "done", elapsed, events, error };
    }
    case "compile-error":
      return { kind: "compile-error", ...outcome.error };
    case "stopped":
      if (outcome.by === "user") return { kind: "stopped" };
      return { kind: "stalled", ...outcome.stall, seconds: outcome.stall.limitMs / 1000 };
    case "crashed":
      return { kind: "crashed", message: outcome.message };
    case "refused":
      return { kind: "refused", refusal: outcome.refusal };
  }
}

export function problemsOf(outcome: RunOutcome): Problem[] {
  switch (outcome.kind) {
    case "done": {
      const { error, warnings } = outcome.summary;
      const marks: Problem[] = warnings.map((w) => ({ ...w, severity: "warning" }));
      // A greenlet that died unhandled: its line, with the report gevent printed on stderr.
      for (const failure of greenletFailures(outcome.trace)) {
        if (failure.line <= 0) continue;
        const message = failure.report.join("\n");
        marks.push({ line: failure.line, column: 1, message, severity: "error" });
      }
      if (error && error.line > 0) {
        marks.push({
          line: error.line,
          column: 1,
          // A limit's message is in both languages, a LoopExit's only in English: the UI words
          // the report in the learner's language instead.
          message:
            limitOf(error) || error.name === "LoopExit" ? null : `${error.name}: ${error.message}`,
          severity: "error",
        });
      }
      return marks;
    }
    case "compile-error":
      return [{ ...outcome.error, severity: "error" }];
    case "stopped":
      if (outcome.by === "user" || outcome.stall.line === null) return [];
      return [{ line: outcome.stall.line, column: 1, message: null, severity: "error" }];
    case "crashed":
    case "refused":
      return [];
  }
}
