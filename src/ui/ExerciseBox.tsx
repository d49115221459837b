import { useId } from "react";
import { failureMessage } from "../../lessons/exercise-check";
import type { Exercise } from "../../lessons/format";
import { selectExerciseResult } from "../store/selectors";
import { MarkdownInline } from "./markdown/Markdown";
import { exerciseClass } from "./exercise-class";
import { useAppState } from "./store-context";
import { useLocale, useMessages } from "./use-messages";

/** The lesson's task, its hint on request, and whether the last run passes it, and why not. */
export function ExerciseBox({ exercise }: { exercise: Exercise }) {
  const t = useMessages();
  const locale = useLocale();
  const headingId = useId();
  const result = useAppState(selectExerciseResult);
  const passed = result !== null && result.failures.length === 0;
  const invited = result !== null && !passed && result.untouched;
  return (
    <section className="exercise" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.exercise}</h3>
      <p>
        <MarkdownInline source={exercise.prompt[locale]} />
      </p>
      {exercise.hint && (
        <details>
          <summary>{t.hint}</summary>
          <p>
            <MarkdownInline source={exercise.hint[locale]} />
          </p>
        </details>
      )}
      <div
        className={`exercise-result ${result === null ? "" : exerciseClass(result)}`}
        role="status"
      >
        {result === null && <p>{t.exerciseRunToCheck}</p>}
        {invited && <p>{t.exerciseInvitation}</p>}
        {passed && (
          <p>
            <span aria-hidden="true">✓ </span>
            {t.exercisePassed}
          </p>
        )}
        {result !== null && !passed && !invited && (
          <>
            <p>{t.exerciseNotYet}</p>
            <ul>
              {result.failures.map((failure, index) => (
                <li key={index}>{failureMessage(failure, locale)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
