/**
 * One run as the page sees it: takes the worker's messages for that run, reassembles the trace,
 * passes each message on to the listener, and turns the last one into the run's outcome.
 * Both runner implementations feed their messages through this, so they report alike. What
 * arrives is untrusted: a message of another run is ignored, and a malformed or oversized one,
 * or an output flood, ends the run (batch-budget.ts).
 */
import { assertNever, type RunId, type WorkerToPage } from "../protocol";
import { BatchBudget, type Refusal } from "./batch-budget";
import type { RunListener, RunOutcome, StallReport } from "./runner";
import { stallReport } from "./stall-report";
import { TraceAssembler } from "./trace-assembler";
import { closeOpenChoice, openChoiceOf } from "../runtime/tracing/open-choice";
import type { EncodedTrace } from "../runtime/tracing/trace-recorder";

/** A continued run's trace so far is handed on in batches of this many words (a recorder chunk). */
const BASE_BATCH_WORDS = 1 << 18;

/**
 * The trace of a run that stopped at an open choice point (be the hub) and may go on from it;
 * null for any other outcome, or for a trace that does not end with one (a forged summary).
 */
export function pausedTraceOf(outcome: RunOutcome): EncodedTrace | null {
  if (outcome.kind !== "done" || outcome.summary.pausedAtChoice !== true) return null;
  return openChoiceOf(outcome.trace.words) === null ? null : outcome.trace;
}

export class RunSession {
  private readonly trace = new TraceAssembler();
  private readonly budget = new BatchBudget();
  readonly runId: RunId;
  private readonly listener: RunListener;

  constructor(runId: RunId, listener: RunListener = () => {}) {
    this.runId = runId;
    this.listener = listener;
  }

  /**
   * A run gone on with candidate `index` from the open choice point of the one before it (be
   * the hub), in the same worker: it starts with that run's trace (`paused`, from
   * pausedTraceOf), its choice made, handed to the listener as that run's own messages were, so
   * the page reads the same run a replay would send.
   */
  static continuing(
    runId: RunId,
    paused: EncodedTrace,
    index: number,
    listener?: RunListener,
  ): RunSession {
    const base = closeOpenChoice(paused, index);
    if (base === null) throw new Error("the run did not stop at an open choice point");
    const session = new RunSession(runId, listener);
    session.accept({ type: "compiled", runId, sites: base.sites });
    const { words, strings } = base;
    const chunk = BASE_BATCH_WORDS;
    for (let at = 0; at === 0 || at < words.length; at += chunk) {
      const batch = words.slice(at, at + chunk).buffer;
      session.accept({
        type: "trace",
        runId,
        words: batch,
        strings: at === 0 ? strings : [],
        firstString: at === 0 ? 0 : strings.length,
      });
    }
    return session;
  }

  /**
   * Handles one message (null: one that failed the shape check); returns the outcome when the
   * message ends the run, else null.
   */
  accept(message: WorkerToPage | null): RunOutcome | null {
    if (message === null) return this.refused({ kind: "malformed" });
    if (message.type === "ready") return null;
    if (message.runId !== this.runId) return null;
    switch (message.type) {
      case "compiled":
        this.trace.setSites(message.sites);
        break;
      case "trace": {
        const refusal = this.budget.take(message.words, message.strings);
        if (refusal) return this.refused(refusal);
        if (!this.trace.append(message.words, message.strings, message.firstString)) {
          return this.refused({ kind: "malformed" });
        }
        break;
      }
      case "progress":
        break;
      case "compile-error":
        this.listener(message);
        return { kind: "compile-error", error: message.error };
      case "done":
        this.listener(message);
        return { kind: "done", summary: message.summary, trace: this.trace.snapshot() };
      case "crashed":
        this.listener(message);
        return this.crashed(message.message);
      default:
        return assertNever(message);
    }
    this.listener(message);
    return null;
  }

  /** The outcome of a run ended from outside, with the trace received until now. */
  stoppedByUser(): RunOutcome {
    return { kind: "stopped", by: "user", trace: this.trace.snapshot() };
  }

  stoppedByWatchdog(limitMs: number): RunOutcome {
    const trace = this.trace.snapshot();
    const stall: StallReport = stallReport(trace, limitMs);
    return { kind: "stopped", by: "watchdog", stall, trace };
  }

  crashed(message: string): RunOutcome {
    return { kind: "crashed", message, trace: this.trace.snapshot() };
  }

  private refused(refusal: Refusal): RunOutcome {
    return { kind: "refused", refusal, trace: this.trace.snapshot() };
  }
}
