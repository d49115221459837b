/**
 * The lessons, bundled with the app: every folder of lessons/ that index.json lists, in its
 * order, as plain data. Vite inlines the files at build time (`import.meta.glob`), so opening a
 * lesson needs no request. A lesson whose files are missing or malformed is left out and listed
 * in `LESSON_PROBLEMS`, which the catalog's test requires to be empty.
 */
import indexJson from "../../lessons/index.json";
import { EXAMPLES } from "./lesson-examples";
import {
  exerciseProblems,
  lessonIndexProblems,
  lessonMetaProblems,
  type Exercise,
  type Moment,
  type LessonIndex,
  type LessonMeta,
  type Localized,
} from "../../lessons/format";

export type LessonId = string & { readonly __brand: "LessonId" };

export interface Lesson {
  /** A lesson of index.json, or one of the tutorials' examples (lesson-examples.ts). */
  kind: "lesson" | "example";
  id: LessonId;
  title: Localized;
  summary: Localized;
  /** The lesson text, Markdown without HTML. */
  text: Localized;
  /** The program the editor opens with. */
  program: string;
  /** The Python program it ports. */
  original: string;
  exercise: Exercise | null;
  /** Named points of the program's run that the text links to (`#moment/<name>`). */
  moments: Record<string, Moment>;
  /** The exercise's solutions, by file name (`solution.ts`). */
  solutions: Record<string, string>;
  /** The conformance examples it draws on (an example: itself), by name. */
  examples: string[];
  /** What real gevent printed for the original (examples only; a lesson's text shows it). */
  expectedOut?: string;
}

type Files<T> = Record<string, T>;
const DIR = "../../lessons/";

// The patterns must be literals: Vite reads them at build time.
const metas = import.meta.glob<unknown>("../../lessons/*/meta.json", {
  eager: true,
  import: "default",
});
const exercises = import.meta.glob<unknown>("../../lessons/*/exercise.json", {
  eager: true,
  import: "default",
});
const rawFiles = import.meta.glob<string>(
  [
    "../../lessons/*/text.*.md",
    "../../lessons/*/program.ts",
    "../../lessons/*/original.py",
    "../../lessons/*/solution*.ts",
  ],
  { eager: true, query: "?raw", import: "default" },
);

const fileOf = <T>(files: Files<T>, id: string, name: string): T | undefined =>
  files[`${DIR}${id}/${name}`];

/** The lesson in folder `id`, or the problems that keep it out. */
function loadLesson(id: string): Lesson | string[] {
  const meta = fileOf(metas, id, "meta.json");
  const exercise = fileOf(exercises, id, "exercise.json");
  const files = {
    "text.zh-CN.md": fileOf(rawFiles, id, "text.zh-CN.md"),
    "text.en.md": fileOf(rawFiles, id, "text.en.md"),
    "program.ts": fileOf(rawFiles, id, "program.ts"),
    "original.py": fileOf(rawFiles, id, "original.py"),
  };
  const problems = lessonMetaProblems(meta, id);
  if (exercise !== undefined) problems.push(...exerciseProblems(exercise));
  for (const [name, content] of Object.entries(files)) {
    if (content === undefined) problems.push(`${name} is missing`);
  }
  if (problems.length > 0) return problems;
  const { title, summary, moments, examples } = meta as LessonMeta;
  const solutions: Record<string, string> = {};
  for (const task of (exercise as Exercise | undefined)?.tasks ?? []) {
    const source = task.kind === "change" ? fileOf(rawFiles, id, task.solution) : undefined;
    if (task.kind === "change" && source !== undefined) solutions[task.solution] = source;
  }
  return {
    kind: "lesson",
    id: id as LessonId,
    title,
    summary,
    text: { "zh-CN": files["text.zh-CN.md"]!, en: files["text.en.md"]! },
    program: files["program.ts"]!,
    original: files["original.py"]!,
    exercise: (exercise as Exercise | undefined) ?? null,
    moments: moments ?? {},
    solutions,
    examples,
  };
}

function loadCatalog(): { lessons: Lesson[]; problems: string[] } {
  const problems = lessonIndexProblems(indexJson);
  const ids = problems.length === 0 ? (indexJson as LessonIndex).lessons : [];
  const lessons: Lesson[] = [];
  for (const id of ids) {
    const loaded = loadLesson(id);
    if (Array.isArray(loaded)) problems.push(...loaded.map((p) => `${id}: ${p}`));
    else lessons.push(loaded);
  }
  return { lessons, problems };
}

const catalog = loadCatalog();

/** The lessons in teaching order. */
export const LESSONS: readonly Lesson[] = catalog.lessons;
/** Why a lesson listed in index.json could not be loaded (empty when all are fine). */
export const LESSON_PROBLEMS: readonly string[] = catalog.problems;

const byId = new Map(
  [...LESSONS, ...EXAMPLES].map((lesson) => [lesson.id as string, lesson] as const),
);

/** The lesson or example with id `id`. */
export function lessonById(id: string | null): Lesson | null {
  return id === null ? null : (byId.get(id) ?? null);
}
