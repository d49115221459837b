import { useId } from "react";
import type { Lesson } from "../store/lesson-catalog";
import { selectExerciseResult } from "../store/selectors";
import { useAppState } from "./store-context";
import { ChangeTaskView } from "./tasks/ChangeTaskView";
import { PredictTaskView } from "./tasks/PredictTaskView";
import { useMessages } from "./use-messages";

/** The lesson's tasks in order: predictions to check against a run, changes to make. */
export function ExerciseBox({ lesson }: { lesson: Lesson }) {
  const t = useMessages();
  const headingId = useId();
  const result = useAppState(selectExerciseResult);
  const setCode = useAppState((s) => s.setCode);
  const tasks = lesson.exercise?.tasks ?? [];
  return (
    <section className="exercise" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.exercise}</h3>
      {tasks.map((task, index) =>
        task.kind === "predict" ? (
          <PredictTaskView
            key={`${lesson.id}/${task.id}`}
            task={task}
            n={index + 1}
            runAnswer={result === null ? undefined : result.answers[task.id]}
            onChecked={() => {}}
          />
        ) : (
          <ChangeTaskView
            key={`${lesson.id}/${task.id}`}
            task={task}
            n={index + 1}
            failures={result?.changes[task.id]}
            solution={lesson.solutions[task.solution]}
            onLoadSolution={setCode}
          />
        ),
      )}
    </section>
  );
}
