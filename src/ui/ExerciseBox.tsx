import { useEffect, useId } from "react";
import type { Lesson } from "../store/lesson-catalog";
import { selectExerciseResult } from "../store/selectors";
import { isLessonDone } from "../store/task-progress";
import { useAppState } from "./store-context";
import { ChangeTaskView } from "./tasks/ChangeTaskView";
import { PredictTaskView } from "./tasks/PredictTaskView";
import { useMessages } from "./use-messages";
import "./tasks/tasks.css";

/**
 * The lesson's tasks in order: predictions to check against a run, changes to make. A task is
 * marked done (and remembered) when a run passes it or a prediction agrees with a run.
 */
export function ExerciseBox({ lesson }: { lesson: Lesson }) {
  const t = useMessages();
  const headingId = useId();
  const result = useAppState(selectExerciseResult);
  const setCode = useAppState((s) => s.setCode);
  const markTaskDone = useAppState((s) => s.markTaskDone);
  const done = useAppState((s) => s.taskProgress[lesson.id]) ?? [];
  const tasks = lesson.exercise?.tasks ?? [];
  const allDone = useAppState((s) =>
    isLessonDone(
      s.taskProgress,
      lesson.id,
      tasks.map((task) => task.id),
    ),
  );

  useEffect(() => {
    if (result === null) return;
    for (const [taskId, failures] of Object.entries(result.changes)) {
      if (failures.length === 0) markTaskDone(lesson.id, taskId);
    }
  }, [result, lesson.id, markTaskDone]);

  return (
    <section className="exercise" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t.exercise}
        {allDone && <span className="task-done"> ✓ {t.tasks.lessonDone}</span>}
      </h3>
      {tasks.map((task, index) =>
        task.kind === "predict" ? (
          <PredictTaskView
            key={`${lesson.id}/${task.id}`}
            task={task}
            n={index + 1}
            done={done.includes(task.id)}
            runAnswer={result === null ? undefined : result.answers[task.id]}
            onChecked={(right) => right && markTaskDone(lesson.id, task.id)}
          />
        ) : (
          <ChangeTaskView
            key={`${lesson.id}/${task.id}`}
            task={task}
            n={index + 1}
            done={done.includes(task.id)}
            failures={result?.changes[task.id]}
            untouched={result?.untouched ?? false}
            solution={lesson.solutions[task.solution]}
            onLoadSolution={setCode}
          />
        ),
      )}
    </section>
  );
}
