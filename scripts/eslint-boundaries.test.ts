import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

/** The boundary errors ESLint reports for `code` as if it were the file at `filePath`. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code + "\n", { filePath });
  return result.messages
    .filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports")
    .map((m) => m.message);
}

describe("the import boundaries of STYLE.md's table", () => {
  it("keep the runtime pure: no other folder, no package", async () => {
    expect(await boundaryErrors("src/runtime/x.ts", 'import "./kernel/hub";')).toEqual([]);
    expect(await boundaryErrors("src/runtime/api/x.ts", 'import "../kernel/hub";')).toEqual([]);
    expect(await boundaryErrors("src/runtime/x.ts", 'import "../compile";')).toHaveLength(1);
    expect(await boundaryErrors("src/runtime/x.ts", 'import "react";')).toHaveLength(1);
    expect(await boundaryErrors("src/runtime/kernel/x.ts", 'import "react";')).toHaveLength(1);
    expect(await boundaryErrors("src/runtime/sync/x.ts", 'import "../../compile";')).toHaveLength(
      1,
    );
  });

  it("let each layer of the runtime import only the layers below it", async () => {
    const errors = (layer: string, target: string) =>
      boundaryErrors(`src/runtime/${layer}/x.ts`, `import "../${target}";`);
    expect(await errors("kernel", "py/errors")).toEqual([]);
    expect(await errors("kernel", "tracing/trace-kinds")).toEqual([]);
    expect(await errors("sync", "kernel/hub")).toEqual([]);
    expect(await errors("pool", "greenlet/gevent-greenlet")).toEqual([]);
    expect(await errors("pool", "queue/queue")).toEqual([]);
    expect(await errors("api", "io/socket")).toEqual([]);
    // Upward, sideways, and up to the runtime's top.
    expect(await errors("py", "kernel/hub")).toHaveLength(1);
    expect(await errors("tracing", "py/format")).toHaveLength(1);
    expect(await errors("kernel", "sync/waiter")).toHaveLength(1);
    expect(await errors("sync", "greenlet/spawn")).toHaveLength(1);
    expect(await errors("greenlet", "queue/queue")).toHaveLength(1);
    expect(await errors("queue", "greenlet/spawn")).toHaveLength(1);
    expect(await errors("io", "pool/pool")).toHaveLength(1);
    expect(await errors("pool", "api/gevent")).toHaveLength(1);
    expect(await errors("kernel", "run")).toHaveLength(1);
    expect(await errors("api", "run")).toHaveLength(1);
    // A layer's tests may use the learner's modules and the test helpers.
    expect(await boundaryErrors("src/runtime/kernel/x.test.ts", 'import "../api/gevent";')).toEqual(
      [],
    );
  });

  it("let the protocol and the compile step import only the runtime's types", async () => {
    const typeOnly = 'import type { RunResult } from "../runtime/run";';
    const value = 'import { runProgram } from "../runtime/run";';
    expect(await boundaryErrors("src/protocol.ts", typeOnly.replace("../", "./"))).toEqual([]);
    expect(await boundaryErrors("src/protocol.ts", value.replace("../", "./"))).toHaveLength(1);
    expect(await boundaryErrors("src/compile/x.ts", value)).toHaveLength(1);
  });

  it("keep the worker's code out of the client, except for the in-process runner", async () => {
    const code = 'import { executeRun } from "../worker/execute";';
    expect(await boundaryErrors("src/client/worker-runner.ts", code)).toHaveLength(1);
    expect(await boundaryErrors("src/client/in-process-runner.ts", code)).toEqual([]);
  });

  it("let the client read the trace vocabulary but not run the runtime", async () => {
    expect(
      await boundaryErrors(
        "src/client/x.ts",
        'import { EV } from "../runtime/tracing/trace-kinds";',
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors("src/client/x.ts", 'import { Hub } from "../runtime/kernel/hub";'),
    ).toHaveLength(1);
  });

  it("keep the UI to the store, i18n and types of the trace", async () => {
    expect(
      await boundaryErrors(
        "src/ui/x.tsx",
        'import { WorkerRunner } from "../client/worker-runner";',
      ),
    ).toHaveLength(1);
    expect(await boundaryErrors("src/ui/monaco/x.tsx", 'import "../../runtime/run";')).toHaveLength(
      1,
    );
    expect(
      await boundaryErrors("src/ui/x.tsx", 'import type { T } from "../trace/model";'),
    ).toEqual([]);
    expect(
      await boundaryErrors("src/ui/x.tsx", 'import { T } from "../trace/model";'),
    ).toHaveLength(1);
  });

  it("keep src out of the browser tests and all but types out of lessons", async () => {
    expect(
      await boundaryErrors("e2e/x.spec.ts", 'import type { T } from "../src/protocol";'),
    ).toHaveLength(1);
    expect(
      await boundaryErrors("lessons/a/check.ts", 'import type { T } from "../../src/protocol";'),
    ).toEqual([]);
    expect(
      await boundaryErrors("lessons/a/check.ts", 'import { T } from "../../src/protocol";'),
    ).toHaveLength(1);
  });
});
