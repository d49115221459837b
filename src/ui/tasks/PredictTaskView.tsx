import { useState } from "react";
import type { PredictTask } from "../../../lessons/format";
import type { Answer } from "../../../lessons/predictions";
import { MarkdownInline } from "../markdown/Markdown";
import { useLocale, useMessages } from "../use-messages";
import { PredictInput } from "./PredictInput";
import { StepHints } from "./StepHints";

const sameAnswer = (a: Answer, b: Answer) =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((item, i) => item === b[i])
    : a === b;

/**
 * A predict task: the learner answers before running; once a run has answered the question
 * (`runAnswer`, read from its trace by the store), "check" compares the two.
 */
export function PredictTaskView(props: {
  task: PredictTask;
  n: number;
  /** Done in an earlier run or visit (remembered in the browser). */
  done: boolean;
  /** undefined: no run yet; null: the run cannot answer. */
  runAnswer: Answer | null | undefined;
  onChecked(right: boolean): void;
}) {
  const { task, n, done, runAnswer, onChecked } = props;
  const t = useMessages().tasks;
  const locale = useLocale();
  const { question } = task;
  const [answer, setAnswer] = useState<Answer | null>(
    question.type === "order" ? [...question.lines] : null,
  );
  const [checked, setChecked] = useState<boolean | null>(null);
  const show = (a: Answer) =>
    Array.isArray(a) ? a.join(" → ") : typeof a === "number" ? t.seconds({ s: a }) : a;
  const check = () => {
    if (answer === null || runAnswer === undefined || runAnswer === null) return;
    const right = sameAnswer(answer, runAnswer);
    setChecked(right);
    onChecked(right);
  };
  return (
    <section className="task task-predict" aria-label={t.predict({ n })}>
      <h4>
        {t.predict({ n })}
        {done && <span className="task-done"> ✓ {t.taskDone}</span>}
      </h4>
      <p>
        <MarkdownInline source={task.prompt[locale]} />
      </p>
      <fieldset>
        <legend>{t.yourAnswer}</legend>
        <PredictInput
          question={question}
          answer={answer}
          onChange={(next) => {
            setAnswer(next);
            setChecked(null);
          }}
        />
      </fieldset>
      <StepHints hints={task.hints ?? []} />
      <div className="task-check" role="status">
        {runAnswer === undefined ? (
          <p>{t.runToCheckAnswer}</p>
        ) : runAnswer === null ? (
          <p>{t.runCannotAnswer}</p>
        ) : (
          <button type="button" onClick={check} disabled={answer === null}>
            {t.checkAnswer}
          </button>
        )}
        {checked !== null && runAnswer != null && (
          <>
            <p className={checked ? "passed" : "failed"}>
              {checked ? t.answerRight : t.answerWrong}
            </p>
            {!checked && <p>{t.runAnswer({ answer: show(runAnswer) })}</p>}
            {task.explain && (
              <p>
                <MarkdownInline source={task.explain[locale]} />
              </p>
            )}
          </>
        )}
      </div>
    </section>
  );
}
