/**
 * The order of the lanes, top to bottom: the hub (when shown), main, then every other greenlet
 * in creation order, each placed under the greenlet that spawned it, so a spawn arrow is short.
 * Pure.
 */
import { HUB_GID, MAIN_GID } from "../runtime/tracing/trace-kinds";

interface Spawned {
  readonly gid: number;
  readonly spawner: number;
}

export function laneOrder(lanes: readonly (Spawned | undefined)[], showHub: boolean): number[] {
  const children = new Map<number, number[]>();
  const roots: number[] = [];
  for (const lane of lanes) {
    if (lane === undefined || lane.gid === HUB_GID || lane.gid === MAIN_GID) continue;
    const parent = lane.spawner;
    if (parent < 0 || parent === HUB_GID || lanes[parent] === undefined) roots.push(lane.gid);
    else {
      const list = children.get(parent) ?? [];
      list.push(lane.gid);
      children.set(parent, list);
    }
  }
  const order: number[] = [];
  if (showHub && lanes[HUB_GID] !== undefined) order.push(HUB_GID);
  // Depth first without recursion: a long chain of spawns must not overflow the stack.
  const visit = (first: number) => {
    const stack = [first];
    while (stack.length > 0) {
      const gid = stack.pop()!;
      order.push(gid);
      const kids = children.get(gid);
      if (kids !== undefined) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  };
  if (lanes[MAIN_GID] !== undefined) visit(MAIN_GID);
  for (const gid of roots) visit(gid);
  return order;
}
