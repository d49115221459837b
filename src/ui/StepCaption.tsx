import { useAppState } from "./store-context";
import { useMessages } from "./use-messages";
import { stepWords } from "./use-step-sentence";

/**
 * The step's sentence in a live region named "Step", so a screen reader announces each step
 * the learner moves to.
 */
export function StepCaption() {
  const t = useMessages();
  const model = useAppState((s) => s.model);
  const step = useAppState((s) => s.step);
  const idle = useAppState((s) => s.status === "idle");
  const text = model !== null && idle && step >= 0 ? stepWords(model, step, t) : "";
  return (
    <p className="step-caption" role="status" aria-label={t.stepping.caption}>
      {text}
    </p>
  );
}
