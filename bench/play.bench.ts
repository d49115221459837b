/**
 * `play`'s speed (issue 15): the sleep(0) ping-pong of runtime.bench.ts written as a learner
 * program and run through play's own command (its build in node_modules/.cache/play, made by
 * scripts/play.mjs: compile step, runtime, trace), beside the floor. Aim: within 1.5x the
 * runtime benchmark's sleep(0), compared in floors (results/runtime.json), which the load of a
 * shared machine does not move.
 * Run: `npm run bench play` -> bench/results/play.json.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { besideFloor } from "./floor";
import { host } from "./host";
import { SWITCHES } from "./runtime-sizes";

const root = fileURLToPath(new URL("..", import.meta.url));
const program = (switches: number) => `import { joinall, sleep, spawn } from "gevent";
function* side() {
  for (let i = 0; i < ${switches / 2}; i++) yield* sleep(0);
}
yield* joinall([spawn(side), spawn(side)]);
`;

const dir = mkdtempSync(join(tmpdir(), "play-bench-"));
const pingPong = join(dir, "ping-pong.ts");
const empty = join(dir, "empty.ts");
writeFileSync(pingPong, program(SWITCHES));
writeFileSync(empty, program(0));

// One play of the empty program makes play's build current; then its command runs in-process.
execFileSync(process.execPath, [join(root, "scripts/play.mjs"), empty], { stdio: "ignore" });
const cli = join(root, "node_modules/.cache/play/cli.mjs");
const { main } = (await import(pathToFileURL(cli).href)) as { main: (argv: string[]) => void };

/** Run `file` through play's main with its output swallowed; returns the report's events. */
function play(file: string): number {
  const write = process.stdout.write;
  let out = "";
  process.stdout.write = ((chunk: string) => {
    out += chunk;
    return true;
  }) as typeof process.stdout.write;
  try {
    main([file, "--json"]);
  } finally {
    process.stdout.write = write;
  }
  return (JSON.parse(out) as { events: number }).events;
}

const side = besideFloor(() => play(pingPong), SWITCHES, { runs: 9, warmup: 2 });
const runtimeResults = join(root, "bench/results/runtime.json");
const runtimeVsFloor = existsSync(runtimeResults)
  ? (JSON.parse(readFileSync(runtimeResults, "utf8")) as { sleep0_vs_floor: number })
      .sleep0_vs_floor
  : null;

host.writeResults("play.json", {
  date: new Date().toISOString(),
  engine: host.engine,
  build: "scripts/play.mjs: vite, minified",
  /** Compile and start included: under 1% of a run of this size. */
  sleep0_ns_per_switch: (side.bestMs * 1e6) / SWITCHES,
  sleep0_vs_floor: side.ratio,
  sleep0_events_per_switch: side.value / SWITCHES,
  runtime_bench_sleep0_vs_floor: runtimeVsFloor,
  play_vs_runtime_bench: runtimeVsFloor === null ? null : side.ratio / runtimeVsFloor,
  aims: { play_vs_runtime_bench: 1.5 },
});
