/** Test helpers: the layout of a program run directly, and a lane's segments as readable tuples. */
import { joinall, sleep, spawn } from "../runtime/api/gevent";
import { runTest } from "../runtime/testing";
import { RunModel } from "../trace/model/run-model";
import { TimelineLayout } from "./layout";
import { STYLE, isBlocked, reasonOf } from "./styles";
import { BLOCK } from "../runtime/tracing/trace-kinds";

export function layoutOf(body: Parameters<typeof runTest>[0]): TimelineLayout {
  const layout = new TimelineLayout(RunModel.fromTrace(runTest(body).trace));
  layout.update();
  return layout;
}

const NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(STYLE).map(([name, value]) => [value, name.toLowerCase()]),
);
const REASONS: Record<number, string> = Object.fromEntries(
  Object.entries(BLOCK).map(([name, value]) => [value, name.toLowerCase()]),
);

/** `running`, `blocked:sleep`, ...: a style as a word. */
export function styleName(style: number): string {
  return isBlocked(style) ? `blocked:${REASONS[reasonOf(style)]}` : NAMES[style];
}

/** The lane's styles in order. */
export function styleNames(layout: TimelineLayout, gid: number): string[] {
  const lane = layout.lanes[gid];
  return Array.from(lane.styles.data.subarray(0, lane.segmentCount), styleName);
}

/**
 * The benchmark's run of about a million written events: two greenlets ping-ponging `rounds`
 * times each through `sleep(0)`, and a third sleeping now and then.
 */
export function* pingPong(rounds: number) {
  const hop = function* () {
    for (let i = 0; i < rounds; i++) yield* sleep(0);
  };
  const napper = function* () {
    for (let i = 0; i < 50; i++) yield* sleep(0.01);
  };
  yield* joinall([spawn(hop), spawn(hop), spawn(napper)]);
}
