import { useId } from "react";
import { StepBar } from "./StepBar";
import { useMessages } from "./use-messages";
import "./TimelineRegion.css";

/**
 * The slot the run's timeline and step-through views take (a later issue): under the editor
 * and the output on wide screens, last on a phone. Until then it says what will be there.
 */
export function TimelineRegion() {
  const t = useMessages();
  const headingId = useId();
  return (
    <section className="timeline-region" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.timeline}</h2>
      <p className="hint">{t.timelineExplain}</p>
      <StepBar />
    </section>
  );
}
