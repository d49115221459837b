/**
 * Run model benchmarks (issue 12): a run of about a million trace events (two greenlets taking
 * turns with sleep(0), a queue used along the way), read into a RunModel batch by batch as the
 * worker's batches arrive (64K events each); the state seeked at random steps; bytes per event.
 * Run: `npm run bench model` (built and minified as the app ships; see run-all.mjs). Writes
 * bench/results/model.json, and model.chromium.json from Chromium's dedicated worker.
 */
import { FLOOR_SWITCHES, REFERENCE_FLOOR_NS, besideFloor } from "./floor";
import { host } from "./host";
import { joinall, sleep, spawn } from "../src/runtime/api/gevent";
import { Queue } from "../src/runtime/api/gevent-queue";
import { runProgram } from "../src/runtime/run";
import type { EncodedTrace } from "../src/runtime/tracing/trace-recorder";
import { RunModel } from "../src/trace/model/run-model";

const RUNS = 5;
const SEEKS = 2000;
/** Events per batch, as the worker sends them (one trace chunk). */
const BATCH_EVENTS = 1 << 16;
const ROUNDS = 246_000;

function millionEvents(): EncodedTrace {
  const result = runProgram(
    function* () {
      const q = new Queue<number>(4);
      function* side() {
        for (let i = 0; i < ROUNDS; i++) {
          yield* sleep(0);
          if (i % 64 === 0) {
            q.putNowait(i);
            yield* q.get();
          }
        }
      }
      yield* joinall([spawn(side), spawn(side)]);
    },
    { maxEvents: 1e9 },
  );
  return result.trace;
}

/** The model built from the trace in worker-sized batches; the longest batch's time too. */
function build(trace: EncodedTrace): { model: RunModel; ms: number; longestBatchMs: number } {
  const model = new RunModel();
  model.setSites(trace.sites);
  let longestBatchMs = 0;
  const t0 = performance.now();
  for (let at = 0; at < trace.words.length; at += BATCH_EVENTS * 4) {
    const b0 = performance.now();
    const words = trace.words.subarray(at, at + BATCH_EVENTS * 4);
    // Every string arrives with the first batch; later batches continue after them.
    model.append(words, at === 0 ? trace.strings : [], at === 0 ? 0 : trace.strings.length);
    longestBatchMs = Math.max(longestBatchMs, performance.now() - b0);
  }
  model.finish();
  if (model.damage !== null) throw new Error(`model damaged: ${JSON.stringify(model.damage)}`);
  return { model, ms: performance.now() - t0, longestBatchMs };
}

/** A small seeded generator, so both engines seek the same steps. */
function steps(count: number, max: number): number[] {
  let x = 12345;
  return Array.from({ length: count }, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x % max;
  });
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const trace = millionEvents();
const events = trace.words.length / 4;
const heapBefore = host.heapAfterGc();
// Each build is paired with the floor (bench/floor.ts), so the verdict holds whatever the load.
const paired = besideFloor(() => build(trace), events, { runs: RUNS, warmup: 2 });
const best = paired.value;
const { model } = best;
const heapAfter = host.heapAfterGc();

const seekMs: number[] = [];
for (const step of steps(SEEKS, model.stepCount)) {
  const t0 = performance.now();
  model.stateAt(step);
  seekMs.push(performance.now() - t0);
}
seekMs.sort((a, b) => a - b);

const results = {
  date: new Date().toISOString(),
  engine: host.engine,
  build: host.build,
  events,
  steps: model.stepCount,
  build_ms: best.ms,
  build_ns_per_event: (best.ms * 1e6) / events,
  /** Median over the pairs of (build ns per event) / (floor ns per switch). */
  build_vs_floor: paired.ratio,
  trampoline_floor_ns_per_switch: (paired.floorMs * 1e6) / FLOOR_SWITCHES,
  longest_batch_ms: best.longestBatchMs,
  batch_events: BATCH_EVENTS,
  seek_median_ms: quantile(seekMs, 0.5),
  seek_p99_ms: quantile(seekMs, 0.99),
  seek_max_ms: seekMs[seekMs.length - 1],
  /** The model's own count of what it holds: columns, indexes and checkpoints. */
  model_bytes_per_event: model.bytes / events,
  /** The JavaScript heap the kept model adds, measured after a full collection (null: no figure). */
  heap_bytes_per_event:
    heapBefore === null || heapAfter === null ? null : (heapAfter - heapBefore) / events,
  /** Issue 12's aims; the build's also in floors of the reference machine (29 ns per switch). */
  aims: {
    build_ms_chromium: 300,
    build_vs_floor: 300 / REFERENCE_FLOOR_NS,
    seek_ms: 1,
    bytes_per_event: 48,
    longest_batch_ms: 50,
  },
};
host.writeResults("model.json", results);
