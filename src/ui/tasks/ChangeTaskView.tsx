import { useState } from "react";
import { failureMessage, type ExerciseFailure } from "../../../lessons/exercise-check";
import type { ChangeTask } from "../../../lessons/format";
import { MarkdownInline } from "../markdown/Markdown";
import { useLocale, useMessages } from "../use-messages";
import { StepHints } from "./StepHints";

/**
 * A change task: its goal, stepped hints, what the last run still lacks, and a solution shown
 * on request once the learner has run a try of their own.
 */
export function ChangeTaskView(props: {
  task: ChangeTask;
  n: number;
  /** Done in an earlier run or visit (remembered in the browser). */
  done: boolean;
  /** undefined: no run of this lesson yet. */
  failures: readonly ExerciseFailure[] | undefined;
  /** The run was of the lesson's own program, unchanged: not done yet is an invitation. */
  untouched: boolean;
  solution: string | undefined;
  onLoadSolution(code: string): void;
}) {
  const { task, n, done, failures, untouched, solution, onLoadSolution } = props;
  const messages = useMessages();
  const t = messages.tasks;
  const locale = useLocale();
  const [showSolution, setShowSolution] = useState(false);
  const passed = failures !== undefined && failures.length === 0;
  const invited = failures !== undefined && !passed && untouched;
  return (
    <section className="task task-change" aria-label={t.change({ n })}>
      <h4>
        {t.change({ n })}
        {(passed || done) && <span className="task-done"> ✓ {t.taskDone}</span>}
      </h4>
      <p>
        <MarkdownInline source={task.prompt[locale]} />
      </p>
      <StepHints hints={task.hints} />
      <div
        className={`exercise-result ${failures === undefined ? "" : passed ? "passed" : invited ? "invitation" : "failed"}`}
        role="status"
      >
        {failures === undefined && <p>{messages.exerciseRunToCheck}</p>}
        {passed && <p>{messages.exercisePassed}</p>}
        {invited && <p>{messages.exerciseInvitation}</p>}
        {failures !== undefined && !passed && !invited && (
          <>
            <p>{messages.exerciseNotYet}</p>
            <ul>
              {failures.map((failure, index) => (
                <li key={index}>{failureMessage(failure, locale)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      {solution !== undefined &&
        (failures === undefined || invited ? (
          <p className="hint">{t.solutionAfterTry}</p>
        ) : showSolution ? (
          <div className="task-solution">
            <h5>{t.solutionTitle}</h5>
            <pre className="code-block" lang="en" tabIndex={0}>
              <code>{solution}</code>
            </pre>
            <button type="button" onClick={() => onLoadSolution(solution)}>
              {t.loadSolution}
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setShowSolution(true)}>
            {t.showSolution}
          </button>
        ))}
    </section>
  );
}
