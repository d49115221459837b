#!/usr/bin/env node
// The closing lines of a test run: counts from the unit (vitest) and browser (Playwright) JSON
// reports, then one combined "N passed, N failed" line. A suite whose report is missing did not
// run (an earlier step failed), and says so.
import { existsSync, readFileSync } from "node:fs";

const SUITES = [
  {
    name: "unit",
    file: "test-results/unit.json",
    count: (r) => ({
      passed: r.numPassedTests,
      failed: r.numFailedTests,
      skipped: r.numPendingTests + r.numTodoTests,
    }),
  },
  {
    name: "browser",
    file: "test-results/e2e.json",
    count: (r) => ({
      passed: r.stats.expected + r.stats.flaky,
      failed: r.stats.unexpected,
      skipped: r.stats.skipped,
    }),
  },
];

let passed = 0;
let failed = 0;
let missing = 0;
for (const suite of SUITES) {
  if (!existsSync(suite.file)) {
    console.log(`${suite.name}: did not run`);
    missing++;
    continue;
  }
  const counts = suite.count(JSON.parse(readFileSync(suite.file, "utf8")));
  const skipped = counts.skipped ? `, ${counts.skipped} skipped` : "";
  console.log(`${suite.name}: ${counts.passed} passed, ${counts.failed} failed${skipped}`);
  passed += counts.passed;
  failed += counts.failed;
}
console.log(
  `${passed} passed, ${failed} failed` + (missing ? ` (${missing} suite(s) did not run)` : ""),
);
