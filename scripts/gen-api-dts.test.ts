import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ambientBody, ambientModule, resolveSpecifier } from "./api-dts/ambient";
import { globalFunctions } from "./api-dts/emit";
import { OUTPUT, renderModule } from "./gen-api-dts";

describe("the editor's API declarations", () => {
  it("are current: generated from src/runtime as they are now (`npm run gen:api`)", async () => {
    expect(readFileSync(OUTPUT, "utf8")).toBe(await renderModule());
  });

  it("declare every learner module, the globals, and no module path of the runtime's own", () => {
    const text = readFileSync(OUTPUT, "utf8");
    for (const name of ["gevent", "gevent/queue", "greenlet", "socket", "random"]) {
      expect(text).toContain(`declare module "${name}" {`);
    }
    expect(text).toMatch(/declare function print\(/);
    expect(text).toMatch(/declare function range\(/);
    expect(text).not.toMatch(/from "\.{1,2}\//);
    expect(text).not.toMatch(/@internal/);
  });

  it("keep the hub's machinery out of a learner's hovers and completions", () => {
    const text = readFileSync(OUTPUT, "utf8");
    for (const internal of [
      "kernel/hub",
      "tracing/trace-recorder",
      "kernel/timer-heap",
      "kernel/callback-queue",
      "kernel/limits",
    ]) {
      expect(text).not.toContain(`"gevent:runtime/${internal}"`);
    }
    expect(text).not.toMatch(/\bclass Hub\b/);
    expect(text).not.toMatch(/\bperform\(hub/);
    // What `getHub()` returns is still declared, with its doc.
    expect(text).toMatch(/export class HubGreenlet extends RawGreenlet/);
  });
});

describe("an emitted declaration file as an ambient module", () => {
  const emitted = [
    'import type { Hub } from "./hub";',
    'export { sleep } from "../sleep";',
    'export declare function f(h: Hub): import("./operation").Operation<void>;',
    "export declare class Q {",
    "    private x;",
    "}",
    "",
  ].join("\n");

  it("loses its `declare` keywords and names what it imports by ambient names", () => {
    const body = ambientBody("api/gevent", emitted, (path) => `inner:${path}`);
    expect(body).toBe(
      [
        'import type { Hub } from "inner:api/hub";',
        'export { sleep } from "inner:sleep";',
        'export function f(h: Hub): import("inner:api/operation").Operation<void>;',
        "export class Q {",
        "    private x;",
        "}",
      ].join("\n"),
    );
  });

  it("refuses an import of a package: the runtime imports only itself", () => {
    expect(() => ambientBody("hub", 'import x from "fs";', (p) => p)).toThrow(/only itself/);
  });

  it("is wrapped in a block, a pattern module for the runtime's inner files", () => {
    expect(ambientModule("gevent", "export {};")).toBe(
      'declare module "gevent" {\n    export {};\n}',
    );
    expect(ambientModule("gevent:runtime/hub", "")).toContain('"gevent:runtime/hub"');
    expect(ambientModule("gevent:runtime/hub", "", true)).toContain('"gevent:runtime/hub*"');
    expect(resolveSpecifier("api/gevent", "../spawn")).toBe("spawn");
  });

  it("gives the globals their signatures and doc comments from the env interface", () => {
    const env = [
      "export interface Env {",
      "    /**",
      "     * Prints. — 输出。",
      "     */",
      "    print(...args: unknown[]): void;",
      "    range(n: number): number[];",
      "}",
    ].join("\n");
    expect(globalFunctions(env, "Env", ["print"])).toBe(
      "/**\n * Prints. — 输出。\n */\ndeclare function print(...args: unknown[]): void;",
    );
    expect(() => globalFunctions(env, "Env", ["range"])).toThrow(/no doc comment/);
  });
});
