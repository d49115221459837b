import { describe, expect, it } from "vitest";
import type { WorkerToPage } from "../protocol";
import { EV } from "../runtime/tracing/trace-kinds";
import { InProcessRunner } from "./in-process-runner";

const request = (code: string) => ({ code, seed: 1, limits: {} });

describe("the in-process runner", () => {
  it("runs a program to its output and trace", async () => {
    const outcome = await new InProcessRunner().run(
      request('import { sleep } from "gevent";\nprint("a");\nyield* sleep(2);\nprint("b");\n'),
    );
    expect(outcome.kind).toBe("done");
    if (outcome.kind !== "done") return;
    expect(outcome.summary.stdout).toBe("a\nb\n");
    expect(outcome.summary.elapsed).toBe(2);
    expect(outcome.trace.words.length).toBe(outcome.summary.events * 4);
  });

  it("streams the output lines, inside the trace, to the listener before reporting the end", async () => {
    const messages: WorkerToPage[] = [];
    await new InProcessRunner().run(request('print("one");\nprint("two");\n'), (m) =>
      messages.push(m),
    );
    const strings: string[] = [];
    const lines: string[] = [];
    for (const m of messages) {
      if (m.type !== "trace") continue;
      strings.splice(m.firstString, m.strings.length, ...m.strings);
      const w = new Uint32Array(m.words);
      for (let at = 0; at < w.length; at += 4) {
        if ((w[at] & 0xff) === EV.OUTPUT) lines.push(strings[w[at + 1]]);
      }
    }
    expect(lines).toEqual(["one", "two"]);
    expect(messages.at(-1)?.type).toBe("done");
  });

  it("reports a syntax error with its line and column", async () => {
    const outcome = await new InProcessRunner().run(request("print(1);\n\nconst x = ;\n"));
    expect(outcome).toMatchObject({ kind: "compile-error", error: { line: 3, column: 11 } });
  });

  it("stops a loop that never yields, naming its line", async () => {
    let now = 0;
    const fastClock = () => (now += 50);
    const outcome = await new InProcessRunner(fastClock).run(
      request("let n = 0;\nwhile (true) {\n  n++;\n}\n"),
    );
    expect(outcome.kind).toBe("done");
    if (outcome.kind !== "done") return;
    expect(outcome.summary.error?.line).toBe(2);
  });

  it("reports a thrown error at the line that threw", async () => {
    const outcome = await new InProcessRunner().run(
      request('print("x");\n\nthrow new Error("boom");\n'),
    );
    expect(outcome).toMatchObject({
      kind: "done",
      summary: { error: { message: "boom", line: 3 } },
    });
  });
});
