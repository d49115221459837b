/**
 * The tutorials' example programs (conformance/examples.json: the 31 programs real gevent was
 * run on), as lessons without an exercise, so the app opens, runs, saves and shares them the
 * way it does lessons. Each has its TypeScript port (conformance/ports/), the Python original and
 * what real gevent printed (conformance/originals/, copies of ../shared/conformance, which the
 * app cannot reach), a title in both languages and a short text written here. Bundled at build
 * time like the lessons. An example's id is its name with hyphens (`example-10-event-...`), a
 * lesson id no lesson uses; its address is `#example/<name>`.
 */
import examplesJson from "../../conformance/examples.json";
import { localizedProblems, type Localized } from "../../lessons/format";
import type { Lesson, LessonId } from "./lesson-catalog";

export interface ExampleEntry {
  name: string;
  title: Localized;
}

export const EXAMPLE_NAME = /^example_(\d{2})_[a-z0-9]+(?:_[a-z0-9]+)*$/;

const ports = import.meta.glob<string>("../../conformance/ports/*.ts", {
  eager: true,
  query: "?raw",
  import: "default",
});
const originals = import.meta.glob<string>(
  ["../../conformance/originals/*.py", "../../conformance/originals/*.out"],
  { eager: true, query: "?raw", import: "default" },
);

/** The lesson id of example `name`. */
export const exampleId = (name: string): LessonId => name.replace(/_/g, "-") as LessonId;

/** The example name of lesson id `id`, or null when it names no example's. */
export function exampleNameOf(id: string): string | null {
  const name = id.replace(/-/g, "_");
  return EXAMPLE_NAME.test(name) ? name : null;
}

/** The example's number in the tutorials' index (`example_10_...` is 10). */
export const exampleNumber = (name: string): number => Number(EXAMPLE_NAME.exec(name)?.[1] ?? 0);

/** The example's text: its title (the pane adds what it is and real gevent's output). */
const textOf = (title: Localized): Localized => ({
  en: `# ${title.en}\n`,
  "zh-CN": `# ${title["zh-CN"]}\n`,
});

function loadExample(entry: ExampleEntry): Lesson | string[] {
  const problems: string[] = [];
  if (!EXAMPLE_NAME.test(entry.name)) problems.push(`"${entry.name}" is not an example name`);
  problems.push(...localizedProblems(entry.title, "title"));
  const program = ports[`../../conformance/ports/${entry.name}.ts`];
  const original = originals[`../../conformance/originals/${entry.name}.py`];
  const output = originals[`../../conformance/originals/${entry.name}.out`];
  if (program === undefined) problems.push("its port is missing");
  if (original === undefined) problems.push("its Python original is missing");
  if (output === undefined) problems.push("real gevent's output is missing");
  if (problems.length > 0) return problems;
  return {
    kind: "example",
    id: exampleId(entry.name),
    title: entry.title,
    summary: entry.title,
    text: textOf(entry.title),
    program: program!,
    original: original!,
    expectedOut: output!,
    exercise: null,
    moments: {},
    solutions: {},
    examples: [entry.name],
  };
}

function loadExamples(): { examples: Lesson[]; problems: string[] } {
  const entries = (examplesJson as { examples: ExampleEntry[] }).examples;
  const examples: Lesson[] = [];
  const problems: string[] = [];
  for (const entry of entries) {
    const loaded = loadExample(entry);
    if (Array.isArray(loaded)) problems.push(...loaded.map((p) => `${entry.name}: ${p}`));
    else examples.push(loaded);
  }
  return { examples, problems };
}

const loaded = loadExamples();

/** The examples in the tutorials' order. */
export const EXAMPLES: readonly Lesson[] = loaded.examples;
/** Why an example could not be loaded (empty when all are fine). */
export const EXAMPLE_PROBLEMS: readonly string[] = loaded.problems;
