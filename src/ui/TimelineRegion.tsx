import { useId } from "react";
import { StepBar } from "./StepBar";
import { useMessages } from "./use-messages";
import { TimelineView } from "./timeline-view/TimelineView";
import "./TimelineRegion.css";

/** The run's timeline (and, beside it, the step-through views): under the editor and the output on wide screens, last on a phone. */
export function TimelineRegion() {
  const t = useMessages();
  const headingId = useId();
  return (
    <section className="timeline-region" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.timeline}</h2>
      <TimelineView />
      <StepBar />
    </section>
  );
}
