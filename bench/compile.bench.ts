/**
 * Compile speed: how long `compile` takes for a 2,000-line program (aim: under 200 ms).
 * Run: npx tsx bench/compile.bench.ts  ->  bench/results/compile.json
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compile } from "../src/compile/index";

const HEADER = [
  'import { spawn, sleep, joinall, Greenlet } from "gevent";',
  'import { Queue } from "gevent/queue";',
  'import * as time from "time";',
];

/** One 20-line chunk of typical lesson code: types, a class, loops, yield* and prints. */
function chunk(n: number): string[] {
  return [
    `interface Job${n} { id: number; name: string; }`,
    `class Worker${n} extends Greenlet<number> {`,
    `  private readonly jobs: Queue<Job${n}> = new Queue<Job${n}>(3);`,
    `  *run(): Generator<unknown, number> {`,
    `    let done: number = 0;`,
    `    while (!this.jobs.empty()) {`,
    `      const job = yield* this.jobs.get({ timeout: 1 });`,
    `      print(\`worker ${n} got \${job.name} at \${time.time()}\`);`,
    `      yield* sleep(0.1);`,
    `      done += 1;`,
    `    }`,
    `    return done;`,
    `  }`,
    `}`,
    `function* task${n}(pid: number): Generator<unknown, void> {`,
    `  for (const i of range(3)) { yield* sleep(i * 0.5); }`,
    `  print("Task", pid, "done");`,
    `}`,
    `const threads${n}: Greenlet[] = range(4).map((i) => spawn(task${n}, i));`,
    `yield* joinall(threads${n}, { timeout: 2 });`,
  ];
}

function program(lines: number): string {
  const out = [...HEADER];
  for (let n = 0; out.length + 20 <= lines; n++) out.push(...chunk(n));
  while (out.length < lines) out.push(`print(${out.length});`);
  return out.join("\n");
}

function timeOnce(source: string): number {
  const start = performance.now();
  const result = compile(source);
  const ms = performance.now() - start;
  if (!result.ok)
    throw new Error(`benchmark program does not compile: ${JSON.stringify(result.error)}`);
  return ms;
}

const LINES = 2000;
const RUNS = 30;
const source = program(LINES);
const firstMs = timeOnce(source);
const times = Array.from({ length: RUNS }, () => timeOnce(source)).sort((a, b) => a - b);
const result = {
  benchmark: "compile",
  lines: LINES,
  characters: source.length,
  runs: RUNS,
  firstMs: round(firstMs),
  medianMs: round(times[RUNS >> 1]),
  minMs: round(times[0]),
  maxMs: round(times[RUNS - 1]),
  aimMs: 200,
  node: process.version,
  date: new Date().toISOString(),
};
writeFileSync(
  fileURLToPath(new URL("./results/compile.json", import.meta.url)),
  `${JSON.stringify(result, null, 2)}\n`,
);
console.log(JSON.stringify(result));

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
