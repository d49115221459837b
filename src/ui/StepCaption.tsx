import { sentenceAt } from "../store/step-views";
import { useAppState } from "./store-context";
import { useLocale, useMessages } from "./use-messages";

/**
 * The step's sentence (the narration's, src/trace/narration) in a live region named "Step", so
 * a screen reader announces each step the learner moves to.
 */
export function StepCaption() {
  const t = useMessages();
  const locale = useLocale();
  const model = useAppState((s) => s.model);
  const step = useAppState((s) => s.step);
  const idle = useAppState((s) => s.status === "idle");
  const text = model !== null && idle && step >= 0 ? sentenceAt(model, step, locale) : "";
  return (
    <p className="step-caption" role="status" aria-label={t.stepping.caption}>
      {text}
    </p>
  );
}
