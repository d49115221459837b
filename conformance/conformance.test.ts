/**
 * Conformance: every gevent program of ../shared/conformance, ported to TypeScript in ports/,
 * run through the same path as `play --json`, must print exactly what real gevent printed, end
 * at the same virtual time (within 0.1 s) and report the same failures on stderr, in order.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { nodeIo, runCli } from "../src/cli/run-cli";

interface ConformanceEntry {
  name: string;
  file: string;
  seconds: number;
  what: string;
}

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const shared = join(repo, "../shared/conformance");
const entries: ConformanceEntry[] = JSON.parse(readFileSync(join(shared, "index.json"), "utf8"));

/** The errkey lines found in order among stderr's lines, up to the first one missing. */
function errkeyLinesInOrder(stderr: string, errkey: string[]): string[] {
  const lines = stderr.split("\n").map((line) => line.trim());
  const found: string[] = [];
  let from = 0;
  for (const expected of errkey) {
    const at = lines.indexOf(expected, from);
    if (at < 0) break;
    found.push(expected);
    from = at + 1;
  }
  return found;
}

describe("conformance with real gevent", () => {
  it("has a port for every program of the index", () => {
    const missing = entries.filter(
      (e) => !existsSync(join(repo, "conformance/ports", `${e.name}.ts`)),
    );
    expect(missing.map((e) => e.name)).toEqual([]);
  });

  it.each(entries.map((entry) => [entry.name, entry] as const))("%s", (_name, entry) => {
    const outcome = runCli([`conformance/ports/${entry.name}.ts`, "--json"], nodeIo(repo));
    const report = JSON.parse(outcome.stdout);
    const expectedOut = readFileSync(join(shared, `${entry.name}.out`), "utf8");
    const errkey = readFileSync(join(shared, `${entry.name}.errkey`), "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "");
    const context = `${entry.what}\nerror: ${JSON.stringify(report.error)}\nstderr:\n${report.stderr}`;
    expect(report.stdout, context).toBe(expectedOut);
    expect(
      Math.abs(report.elapsed - entry.seconds),
      `elapsed ${report.elapsed}, expected ${entry.seconds}`,
    ).toBeLessThanOrEqual(0.1 + 1e-9);
    expect(errkeyLinesInOrder(report.stderr, errkey), `stderr:\n${report.stderr}`).toEqual(errkey);
  });
});
