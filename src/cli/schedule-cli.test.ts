import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CANDIDATE } from "../runtime/tracing/trace-kinds";
import { nodeIo, runCli } from "./run-cli";

const repo = join(dirname(fileURLToPath(import.meta.url)), "../..");
const io = nodeIo(repo);
const ports = readdirSync(join(repo, "conformance/ports")).map((f) => `conformance/ports/${f}`);
const lessons = readdirSync(join(repo, "lessons"), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `lessons/${d.name}/program.ts`);

const play = (...argv: string[]) => {
  const outcome = runCli(argv, io);
  return { ...outcome, report: outcome.stdout.startsWith("{") ? JSON.parse(outcome.stdout) : null };
};

describe("play under a scheduling policy", () => {
  it.each([...ports, ...lessons])(
    "%s: gevent's policy with its choice points recorded prints what gevent prints",
    (file) => {
      const plain = play(file, "--json").report;
      const recorded = play(file, "--json", "--policy", "gevent").report;
      expect(recorded.stdout).toBe(plain.stdout);
      expect(recorded.stderr).toBe(plain.stderr);
      expect(recorded.elapsed).toBe(plain.elapsed);
      expect(recorded.choices.every((c: number) => c === 0)).toBe(true);
      expect(plain.choicePoints).toBeUndefined();
    },
  );

  it("a random schedule is the same for the same seed, and its choices replay it", () => {
    const file = "conformance/ports/example_12_queue_boss_workers.ts";
    const first = play(file, "--json", "--policy", "random", "--seed", "7").report;
    expect(play(file, "--json", "--policy", "random", "--seed", "7").report).toEqual(first);
    expect(first.choices.some((c: number) => c > 0)).toBe(true);
    const replay = play(file, "--json", "--choices", first.choices.join(",")).report;
    expect(replay.stdout).toBe(first.stdout);
    expect(replay.choicePoints).toEqual(first.choicePoints);
  });

  it("another seed can give another order of the workers' output", () => {
    const file = "conformance/ports/example_12_queue_boss_workers.ts";
    const outputs = new Set(
      ["1", "2", "3", "4", "5"].map(
        (seed) => play(file, "--policy", "random", "--seed", seed).stdout,
      ),
    );
    expect(outputs.size).toBeGreaterThan(1);
  });

  it("on a producer and a consumer, seeds give other orders, as the hand-overs can go later", () => {
    // The queue's hand-over to the waiting consumer is a hub callback: a choice candidate too.
    const source = [
      'import { joinall, sleep, spawn } from "gevent";',
      'import { Queue } from "gevent/queue";',
      "const q = new Queue<number>();",
      "function* producer() {",
      "  for (let i = 0; i < 3; i++) {",
      '    print("put", i);',
      "    yield* q.put(i);",
      "    yield* sleep(0);",
      "  }",
      "}",
      "function* consumer() {",
      '  for (let i = 0; i < 3; i++) print("got", yield* q.get());',
      "}",
      "yield* joinall([spawn(producer), spawn(consumer)]);",
    ].join("\n");
    const withProgram = {
      ...io,
      readText: (path: string) => (path.endsWith("pc.ts") ? source : ""),
    };
    const run = (...argv: string[]) =>
      JSON.parse(runCli(["pc.ts", "--json", ...argv], withProgram).stdout);
    const gevent = run("--policy", "gevent");
    expect(gevent.stdout).toBe("put 0\ngot 0\nput 1\ngot 1\nput 2\ngot 2\n");
    const kinds = gevent.choicePoints.flatMap((p: { candidates: Array<{ kind: number }> }) =>
      p.candidates.map((c) => c.kind),
    );
    expect(kinds).toContain(CANDIDATE.NOTIFY);
    const outputs = new Set<string>();
    for (const seed of ["1", "2", "3", "4", "5"]) {
      const random = run("--policy", "random", "--seed", seed);
      outputs.add(random.stdout);
      const replay = run("--choices", random.choices.join(","));
      expect(replay.stdout).toBe(random.stdout);
      expect(replay.choicePoints).toEqual(random.choicePoints);
    }
    expect(outputs.size).toBeGreaterThan(1);
  });

  it("refuses a policy it does not know and choices that are not indexes", () => {
    const file = ports[0];
    const bad = play(file, "--policy", "fifo");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--policy is gevent or random");
    expect(play(file, "--choices", "1,x").code).toBe(2);
    expect(play(file, "--choices").code).toBe(2);
  });
});
