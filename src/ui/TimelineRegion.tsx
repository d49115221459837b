import { useId, useState } from "react";
import { PinnedTimeline } from "./lab/PinnedTimeline";
import { StepBar } from "./StepBar";
import { useMessages } from "./use-messages";
import { TimelineView } from "./timeline-view/TimelineView";
import { WindowLink } from "./timeline-view/window-link";
import "./TimelineRegion.css";

/** The run's timeline (and, beside it, the step-through views): under the editor and the output on wide screens, last on a phone. */
export function TimelineRegion() {
  const t = useMessages();
  const headingId = useId();
  // The lab's pinned run, when there is one, is drawn above on the same axis.
  const [link] = useState(() => new WindowLink());
  return (
    <section className="timeline-region" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.timeline}</h2>
      <PinnedTimeline link={link} />
      <TimelineView link={link} />
      <StepBar />
    </section>
  );
}
