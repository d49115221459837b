import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const repo = join(dirname(fileURLToPath(import.meta.url)), "../..");

describe("npm run play", () => {
  it("runs a program given by a relative path from another directory and prints the JSON report", async () => {
    const dir = mkdtempSync(join(tmpdir(), "play-"));
    writeFileSync(
      join(dir, "hello.ts"),
      'import { sleep } from "gevent";\nyield* sleep(1.5);\nprint("hello");\n',
    );
    const { stdout } = await promisify(execFile)(
      "npm",
      ["--prefix", repo, "run", "--silent", "play", "--", "hello.ts", "--json"],
      {
        cwd: dir,
      },
    );
    expect(JSON.parse(stdout)).toMatchObject({ stdout: "hello\n", elapsed: 1.5, error: null });
  });
});
