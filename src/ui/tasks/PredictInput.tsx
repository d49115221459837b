import { useId } from "react";
import type { Question } from "../../../lessons/format";
import type { Answer } from "../../../lessons/predictions";
import { useMessages } from "../use-messages";

/** The learner's answer: lines to put in order (with buttons), or one of the choices. */
export function PredictInput(props: {
  question: Question;
  answer: Answer | null;
  onChange(answer: Answer): void;
}) {
  const { question, answer, onChange } = props;
  const t = useMessages().tasks;
  const name = useId();
  if (question.type === "order") {
    const lines = Array.isArray(answer) ? answer : question.lines;
    const move = (from: number, to: number) => {
      const next = [...lines];
      [next[from], next[to]] = [next[to], next[from]];
      onChange(next);
    };
    return (
      <ol className="predict-order">
        {lines.map((line, index) => (
          <li key={line}>
            <code>{line}</code>
            <button
              type="button"
              aria-label={t.moveUp({ line })}
              disabled={index === 0}
              onClick={() => move(index, index - 1)}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={t.moveDown({ line })}
              disabled={index === lines.length - 1}
              onClick={() => move(index, index + 1)}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
    );
  }
  const choices: readonly (string | number)[] = question.choices;
  return (
    <div className="predict-choices">
      {choices.map((choice) => (
        <label key={choice}>
          <input
            type="radio"
            name={name}
            checked={answer === choice}
            onChange={() => onChange(choice)}
          />{" "}
          {typeof choice === "number" ? t.seconds({ s: choice }) : <code>{choice}</code>}
        </label>
      ))}
    </div>
  );
}
