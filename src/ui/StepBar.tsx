import type { CursorMove } from "../store/cursor-moves";
import { PLAYBACK_SPEEDS, type PlaybackSpeed } from "../store/playback";
import { formatTime } from "./ConsoleLines";
import { StepCaption } from "./StepCaption";
import { StepIcon } from "./StepIcons";
import { useAppState } from "./store-context";
import { useMessages } from "./use-messages";
import "./StepBar.css";

/** The moves the bar has a button for. */
type BarMove = Extract<
  CursorMove,
  "first" | "previous-switch" | "previous" | "next" | "next-switch" | "last"
>;

function MoveButton({ move, label }: { move: BarMove; label: string }) {
  const moveCursor = useAppState((s) => s.moveCursor);
  const revealInspector = useAppState((s) => s.revealInspector);
  const disabled = useAppState((s) => s.model === null || s.step < 0 || s.status === "running");
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={() => {
        moveCursor(move);
        revealInspector();
      }}
    >
      <StepIcon name={move} />
    </button>
  );
}

function PlayControls() {
  const s = useMessages().stepping;
  const playing = useAppState((st) => st.playing);
  const togglePlaying = useAppState((st) => st.togglePlaying);
  const speed = useAppState((st) => st.speed);
  const setSpeed = useAppState((st) => st.setSpeed);
  const disabled = useAppState((st) => st.model === null || st.step < 0 || st.status === "running");
  return (
    <>
      <button
        type="button"
        className="play"
        aria-label={playing ? s.pause : s.play}
        title={`${playing ? s.pause : s.play} (Space)`}
        aria-pressed={playing}
        disabled={disabled}
        onClick={togglePlaying}
      >
        <StepIcon name={playing ? "pause" : "play"} />
      </button>
      <select
        aria-label={s.speed}
        value={String(speed)}
        onChange={(event) => {
          const value = event.target.value;
          setSpeed((value === "real-time" ? value : Number(value)) as PlaybackSpeed);
        }}
      >
        {PLAYBACK_SPEEDS.map((option) => (
          <option key={String(option)} value={String(option)}>
            {s.speedName(option)}
          </option>
        ))}
      </select>
    </>
  );
}

function Scrubber() {
  const s = useMessages().stepping;
  const step = useAppState((st) => st.step);
  const count = useAppState((st) => st.model?.stepCount ?? 0);
  const running = useAppState((st) => st.status === "running");
  const setStep = useAppState((st) => st.setStep);
  const revealInspector = useAppState((st) => st.revealInspector);
  const time = useAppState((st) =>
    st.model !== null && st.step >= 0 ? st.model.timeAt(st.step) : 0,
  );
  const where = s.stepOf({ n: step + 1, count });
  if (count === 0 || step < 0 || running) {
    return <span className="step-where hint">{s.noSteps}</span>;
  }
  return (
    <>
      <input
        type="range"
        className="scrubber"
        aria-label={s.scrubber}
        aria-valuetext={where}
        min={0}
        max={count - 1}
        value={step}
        onChange={(event) => {
          setStep(Number(event.target.value));
          revealInspector();
        }}
      />
      <span className="step-where">{where}</span>
      <span className="step-time">{s.virtualTime({ seconds: formatTime(time) })}</span>
    </>
  );
}

/**
 * The step bar: move the cursor (first, previous switch, previous, next, next switch, last),
 * play and pause at a speed, scrub across every step, and read where the cursor is (step and
 * virtual time) and what the step did.
 */
export function StepBar() {
  const s = useMessages().stepping;
  return (
    <div className="step-bar">
      <div className="step-controls" role="toolbar" aria-label={s.controls}>
        <MoveButton move="first" label={s.first} />
        <MoveButton move="previous-switch" label={s.previousSwitch} />
        <MoveButton move="previous" label={s.previous} />
        <MoveButton move="next" label={s.next} />
        <MoveButton move="next-switch" label={s.nextSwitch} />
        <MoveButton move="last" label={s.last} />
        <PlayControls />
      </div>
      <div className="step-position">
        <Scrubber />
      </div>
      <StepCaption />
    </div>
  );
}
