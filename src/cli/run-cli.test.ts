import { describe, expect, it } from "vitest";
import { runCli, type CliIo } from "./run-cli";

/** An in-memory file system rooted at /work/dir: what the command reads and writes. */
function memoryIo(files: Record<string, string>) {
  const written = new Map<string, string>();
  const io: CliIo = {
    cwd: "/work/dir",
    readText(path) {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
      return text;
    },
    writeText: (path, text) => void written.set(path, text),
    writeChunks(path, produce) {
      let text = "";
      produce((chunk) => void (text += chunk));
      written.set(path, text);
    },
  };
  return { io, written };
}

const SLEEPERS = [
  'import { spawn, sleep, joinall } from "gevent";',
  "function* task(n: number) {",
  "  yield* sleep(n);",
  "  print(`task ${n} done`);",
  "}",
  "yield* joinall([spawn(task, 2), spawn(task, 1)]);",
].join("\n");

describe("play", () => {
  it("prints the program's output and exits 0, resolving the path from the caller's folder", () => {
    const { io } = memoryIo({ "/work/dir/sub/prog.ts": SLEEPERS });
    expect(runCli(["sub/prog.ts"], io)).toEqual({
      code: 0,
      stdout: "task 1 done\ntask 2 done\n",
      stderr: "",
    });
  });

  it("prints one JSON object with exactly the contract's keys", () => {
    const { io } = memoryIo({ "/work/dir/prog.ts": SLEEPERS });
    const outcome = runCli(["prog.ts", "--json"], io);
    const report = JSON.parse(outcome.stdout);
    expect(Object.keys(report)).toEqual(["stdout", "stderr", "elapsed", "events", "error"]);
    expect(report).toMatchObject({
      stdout: "task 1 done\ntask 2 done\n",
      stderr: "",
      elapsed: 2,
      error: null,
    });
    expect(report.events).toBeGreaterThan(10);
    expect(outcome.stdout.endsWith("}\n")).toBe(true);
  });

  it("reports an operation never run as a warning line on stderr, leaving stdout alone", () => {
    const { io } = memoryIo({
      "/work/dir/p.ts": 'import { sleep } from "gevent";\nprint("a");\nsleep(1);\nprint("b");',
    });
    const outcome = runCli(["p.ts"], io);
    expect(outcome.stdout).toBe("a\nb\n");
    expect(outcome.stderr).toMatch(/^warning: line 3: .*yield\*/);
  });

  it("exits 1 with the compile error's name, message and line", () => {
    const { io } = memoryIo({ "/work/dir/bad.ts": "print(1);\nconst = 2;" });
    const plain = runCli(["bad.ts"], io);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/^bad\.ts:2:7: SyntaxError: /);
    const report = JSON.parse(runCli(["bad.ts", "--json"], io).stdout);
    expect(report.error).toEqual({ name: "SyntaxError", message: expect.any(String), line: 2 });
  });

  it("exits 1 when an exception escapes the main greenlet and names its line", () => {
    const source =
      'print("before");\nclass Oops extends Error { name = "Oops"; }\nthrow new Oops("bad luck");';
    const { io } = memoryIo({ "/work/dir/throw.ts": source });
    const outcome = runCli(["throw.ts", "--json"], io);
    expect(outcome.code).toBe(1);
    const report = JSON.parse(outcome.stdout);
    expect(report.stdout).toBe("before\n");
    expect(report.error).toEqual({ name: "Oops", message: "bad luck", line: 3 });
  });

  it("writes the trace in Chrome Trace Event Format beside the caller", () => {
    const { io, written } = memoryIo({ "/work/dir/prog.ts": SLEEPERS });
    runCli(["prog.ts", "--trace", "out/trace.json"], io);
    const trace = JSON.parse(written.get("/work/dir/out/trace.json") ?? "{}");
    const tracks = trace.traceEvents.filter((e: { name: string }) => e.name === "thread_name");
    expect(tracks.map((e: { args: { name: string } }) => e.args.name)).toEqual([
      "Hub",
      "main",
      "task(2) #2",
      "task(1) #3",
    ]);
    expect(trace.traceEvents.some((e: { ph: string }) => e.ph === "s")).toBe(true);
  });

  it("writes the decoded trace events as JSON, the output lines among them", () => {
    const { io, written } = memoryIo({ "/work/dir/prog.ts": SLEEPERS });
    runCli(["prog.ts", "--events", "events.json"], io);
    const events = JSON.parse(written.get("/work/dir/events.json") ?? "[]") as {
      seq: number;
      text?: string;
    }[];
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
    const printed = events.filter((e) => e.text !== undefined).map((e) => e.text);
    expect(printed.join("\n")).toBe(runCli(["prog.ts"], io).stdout.trimEnd());
  });

  it("passes --seed to the random module: the same seed, the same run", () => {
    const source =
      'import { randint } from "random";\nprint(randint(1, 1000000), randint(1, 1000000));';
    const { io } = memoryIo({ "/work/dir/r.ts": source });
    const first = runCli(["r.ts", "--seed", "7"], io).stdout;
    expect(runCli(["r.ts", "--seed", "7"], io).stdout).toBe(first);
    expect(runCli(["r.ts", "--seed", "8"], io).stdout).not.toBe(first);
  });

  it("--explain prints one line per step: number, virtual time, greenlet and sentence", () => {
    const { io } = memoryIo({ "/work/dir/prog.ts": SLEEPERS });
    const outcome = runCli(["prog.ts", "--explain"], io);
    expect(outcome.code).toBe(0);
    const lines = outcome.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^ +0 {2}0\.000s {2}hub {2}The hub is created/);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^ *\d+ {2}0\.000s {2}task\(1\) #3 {2}task\(1\) #3 calls sleep\(1\): it waits until 1 s\./,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/2\.000s {2}task\(2\) #2 {2}task\(2\) #2 prints "task 2 done"\.$/),
    );
    expect(outcome.stdout).not.toContain("Why the run is stuck");
  });

  it("--explain --lang zh tells it in Chinese and, for a deadlock, names the ring", () => {
    const deadlock = [
      'import { spawn, sleep, joinall } from "gevent";',
      'import { Lock } from "gevent/lock";',
      "const knives = new Lock();",
      "const forks = new Lock();",
      "function* alice() { yield* knives.acquire(); yield* sleep(0.1); yield* forks.acquire(); }",
      "function* bob() { yield* forks.acquire(); yield* sleep(0.1); yield* knives.acquire(); }",
      "yield* joinall([spawn(alice), spawn(bob)]);",
    ].join("\n");
    const { io } = memoryIo({ "/work/dir/d.ts": deadlock });
    const zh = runCli(["d.ts", "--explain", "--lang", "zh"], io);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain("hub 创建了");
    expect(zh.stdout).toContain("为什么运行卡住了：");
    expect(zh.stdout).toContain(
      "alice #2 等待 forks，它被 bob #3 持有；bob #3 等待 knives，它被 alice #2 持有：谁都无法继续。",
    );
    const en = runCli(["d.ts", "--explain"], io);
    expect(en.stdout).toContain("Why the run is stuck:");
    expect(en.stdout).toMatch(
      /waits for forks, held by .*; .* waits for knives, held by .*: neither can go on\./,
    );
  });

  it("--explain tells a call blocked forever in the chosen language only", () => {
    const hang = [
      'import * as socket from "socket";',
      "const s = socket.socket();",
      's.bind(["127.0.0.1", 0]);',
      "s.listen(1);",
      "yield* s.accept();",
    ].join("\n");
    const { io } = memoryIo({ "/work/dir/h.ts": hang });
    const en = runCli(["h.ts", "--explain"], io).stdout;
    expect(en).toContain("The run ends with BlockedForeverError: socket.accept() at line 5 would");
    expect(en).toContain("main is in an unpatched call that can never complete");
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    const zh = runCli(["h.ts", "--explain", "--lang", "zh-CN"], io).stdout;
    expect(zh).toContain("运行以 BlockedForeverError 结束：第 5 行的 socket.accept() 会永远阻塞");
    expect(zh).not.toContain("would block forever");
  });

  it("exits 2 with the usage for bad arguments or a missing file", () => {
    const { io } = memoryIo({});
    expect(runCli([], io)).toMatchObject({ code: 2, stderr: expect.stringContaining("usage:") });
    expect(runCli(["a.ts", "--seed", "x"], io)).toMatchObject({ code: 2 });
    expect(runCli(["a.ts", "--frobnicate"], io)).toMatchObject({ code: 2 });
    expect(runCli(["a.ts", "--explain", "--lang", "fr"], io)).toMatchObject({ code: 2 });
    expect(runCli(["a.ts", "--lang", "zh"], io)).toMatchObject({ code: 2 });
    expect(runCli(["a.ts", "--explain", "--json"], io)).toMatchObject({ code: 2 });
    expect(runCli(["missing.ts"], io)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("cannot read missing.ts"),
    });
  });
});
