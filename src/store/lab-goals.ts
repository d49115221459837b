/**
 * The goals the scheduler lab offers: those a lesson states in its `lab.json`, then the ones
 * every program has (a deadlock, the learner's own lines at once, a getter finding a queue empty
 * three times, finishing under 2 s). Lesson
 * files are data: a goal that is not well formed is left out.
 */
import { goalOf, type Goal } from "../trace/lab/goals";

export interface LabGoal {
  id: string;
  goal: Goal;
  /** A lesson's own words; null for the goals every program has (the page names them). */
  title: { en: string; "zh-CN": string } | null;
}

/** The ids of the goals every program has; "inside" takes the learner's lines. */
export const GENERIC_GOALS = ["deadlock", "inside", "empty-3", "finish-under-2"] as const;

const labFiles = import.meta.glob<unknown>("../../lessons/*/lab.json", {
  eager: true,
  import: "default",
});

function titleOf(v: unknown): LabGoal["title"] {
  if (typeof v !== "object" || v === null) return null;
  const t = v as Record<string, unknown>;
  return typeof t.en === "string" && typeof t["zh-CN"] === "string"
    ? { en: t.en, "zh-CN": t["zh-CN"] }
    : null;
}

/** The goals lesson `lessonId` states (none when it has no lab.json). */
export function lessonGoals(lessonId: string | null): LabGoal[] {
  const file = lessonId === null ? undefined : labFiles[`../../lessons/${lessonId}/lab.json`];
  const goals = (file as { goals?: unknown } | undefined)?.goals;
  if (!Array.isArray(goals)) return [];
  return goals.flatMap((entry: Record<string, unknown>, i) => {
    const goal = goalOf(entry?.goal);
    const title = titleOf(entry?.title);
    return goal && title ? [{ id: `lesson-${i}`, goal, title }] : [];
  });
}

/** Every goal offered for lesson `lessonId`, the lesson's first. */
export function labGoals(lessonId: string | null, inside: { from: number; to: number }): LabGoal[] {
  const from = Math.max(1, Math.floor(inside.from));
  const to = Math.max(from, Math.floor(inside.to));
  return [
    ...lessonGoals(lessonId),
    { id: "deadlock", goal: { kind: "deadlock" }, title: null },
    { id: "inside", goal: { kind: "inside", from, to, count: 2 }, title: null },
    { id: "empty-3", goal: { kind: "waits", wait: "queue-get", count: 3 }, title: null },
    { id: "finish-under-2", goal: { kind: "finish-under", seconds: 2 }, title: null },
  ];
}
