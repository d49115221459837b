/**
 * The wait-for graph at a step: every blocked greenlet, the object or greenlet it waits on, and
 * who could end that wait (the holders of a lock, the greenlet joined, the members of a full
 * pool, the putters and getters blocked on the other side of a queue, else any greenlet still
 * able to run), with the ring of greenlets waiting on each other, if there is one, and the dead
 * ends nobody alive can wake. As data for a diagram; `wait-for-words.ts` says it in words. Pure.
 */
import { BLOCK, HUB_GID, OBJ, type BlockReason } from "../../runtime/tracing/trace-kinds";
import type { RunModel } from "../model/run-model";
import type { GreenletState, RunState } from "../model/run-state";
import { objectKind } from "./lang";
import { greenletOfRepr } from "./step-context";

/** How the greenlets in `wakers` would end the wait. */
export type WakerRole =
  /** They hold the lock or semaphore: a release wakes the waiter. */
  | "holder"
  /** It is the greenlet joined: its end wakes the waiter. */
  | "joined"
  /** They are the pool's members: the end of one frees a slot. */
  | "member"
  /** They wait to put into the queue the waiter wants to get from (or to get from one it puts to). */
  | "partner"
  /** Any greenlet still able to run could set the event, put the item, send the data. */
  | "anyone"
  /** A timer or the hub's loop ends the wait: nobody has to do anything. */
  | "clock";

export interface Waiting {
  gid: number;
  reason: BlockReason;
  /** The object waited on (0 none); for a join, the gid joined is `joined`. */
  object: number;
  joined: number;
  since: number;
  role: WakerRole;
  /** The live greenlets that could end the wait, in the order the role gives. */
  wakers: number[];
}

export interface WaitForNode {
  /** `g3` for greenlet 3, `o5` for object 5. */
  id: string;
  kind: "greenlet" | "object";
  ref: number;
  label: string;
}

export interface WaitForEdge {
  from: string;
  to: string;
  /** waits-on: greenlet to what it waits on; can-wake: from what is waited on to who could end it. */
  kind: "waits-on" | "can-wake";
  role?: WakerRole;
}

export interface WaitForGraph {
  step: number;
  waiting: Waiting[];
  nodes: WaitForNode[];
  edges: WaitForEdge[];
  /** Greenlets each waiting on the next and the last on the first, or null. */
  cycle: number[] | null;
  /** Blocked greenlets that no live greenlet and no timer can wake. */
  deadEnds: number[];
}

const DEAD = new Set(["finished", "failed", "killed", "abandoned"]);
const CLOCK_REASONS = new Set<number>([BLOCK.SLEEP, BLOCK.YIELD, BLOCK.IDLE, BLOCK.HUB]);
const QUEUE_SIDES: Partial<Record<number, number>> = {
  [BLOCK.QUEUE_GET]: BLOCK.QUEUE_PUT,
  [BLOCK.QUEUE_PUT]: BLOCK.QUEUE_GET,
};

const isLive = (g: GreenletState | undefined): g is GreenletState =>
  g !== undefined && g.gid !== HUB_GID && !DEAD.has(g.status);

function membersOf(model: RunModel, state: Readonly<RunState>, pool: number): number[] {
  const o = state.objects.get(pool);
  if (o === undefined) return [];
  const gids = o.items.map((item) => greenletOfRepr(model, state, model.text(item)));
  return gids.filter((gid) => gid >= 0);
}

function wakersOf(
  model: RunModel,
  state: Readonly<RunState>,
  g: GreenletState,
  able: number[],
): Pick<Waiting, "role" | "wakers"> {
  const others = (gids: number[]) =>
    gids.filter((gid) => gid !== g.gid && isLive(state.greenlets[gid]));
  if (CLOCK_REASONS.has(g.reason)) return { role: "clock", wakers: [] };
  if (g.reason === BLOCK.JOIN) return { role: "joined", wakers: others([g.object]) };
  const type = model.object(g.object)?.type;
  if (g.reason === BLOCK.LOCK_ACQUIRE) {
    const holders = others(state.objects.get(g.object)?.holders ?? []);
    if (holders.length > 0) return { role: "holder", wakers: holders };
  }
  if (g.reason === BLOCK.POOL_SLOT || (g.reason === BLOCK.WAIT_ANY && type === OBJ.POOL)) {
    return { role: "member", wakers: others(membersOf(model, state, g.object)) };
  }
  const side = QUEUE_SIDES[g.reason];
  if (side !== undefined) {
    const partners = state.greenlets.filter(
      (w): w is GreenletState =>
        isLive(w) && w.status === "blocked" && w.reason === side && w.object === g.object,
    );
    if (partners.length > 0) return { role: "partner", wakers: partners.map((w) => w.gid) };
  }
  return { role: "anyone", wakers: others(able) };
}

/** The first ring found following exact edges (holder, joined, member, partner), or null. */
function findCycle(waiting: Map<number, Waiting>): number[] | null {
  const done = new Set<number>();
  for (const start of waiting.keys()) {
    const path: number[] = [];
    const onPath = new Map<number, number>();
    const walk = (gid: number): number[] | null => {
      if (onPath.has(gid)) return path.slice(onPath.get(gid));
      const w = waiting.get(gid);
      if (w === undefined || done.has(gid) || w.role === "anyone" || w.role === "clock")
        return null;
      onPath.set(gid, path.length);
      path.push(gid);
      for (const next of w.wakers) {
        const ring = walk(next);
        if (ring !== null) return ring;
      }
      path.pop();
      onPath.delete(gid);
      done.add(gid);
      return null;
    };
    const ring = walk(start);
    if (ring !== null) return ring;
  }
  return null;
}

/** The wait-for graph after step `step` (-1: before the first). */
export function waitFor(model: RunModel, step: number): WaitForGraph {
  const state = model.stateAt(step);
  const live = state.greenlets.filter(isLive);
  const able = live.filter((g) => g.status !== "blocked").map((g) => g.gid);
  const waiting = new Map<number, Waiting>();
  for (const g of live) {
    if (g.status !== "blocked" || g.reason === 0) continue;
    const join = g.reason === BLOCK.JOIN;
    waiting.set(g.gid, {
      gid: g.gid,
      reason: g.reason,
      object: join ? 0 : g.object,
      joined: join ? g.object : -1,
      since: g.since,
      ...wakersOf(model, state, g, able),
    });
  }
  const list = [...waiting.values()].sort((x, y) => x.since - y.since);
  return {
    step: state.step,
    waiting: list,
    ...graphOf(model, list),
    cycle: findCycle(waiting),
    deadEnds: list.filter((w) => w.role !== "clock" && w.wakers.length === 0).map((w) => w.gid),
  };
}

function graphOf(model: RunModel, list: Waiting[]): Pick<WaitForGraph, "nodes" | "edges"> {
  const nodes = new Map<string, WaitForNode>();
  const edges: WaitForEdge[] = [];
  const greenlet = (gid: number) => {
    const id = `g${gid}`;
    if (!nodes.has(id)) nodes.set(id, { id, kind: "greenlet", ref: gid, label: model.label(gid) });
    return id;
  };
  const object = (ref: number) => {
    const id = `o${ref}`;
    const label = model.objectLabel(ref, (type) => objectKind(type, "en"));
    if (!nodes.has(id)) nodes.set(id, { id, kind: "object", ref, label });
    return id;
  };
  for (const w of list) {
    const from = greenlet(w.gid);
    const target = w.joined >= 0 ? greenlet(w.joined) : w.object !== 0 ? object(w.object) : null;
    if (target === null) {
      for (const waker of w.wakers)
        edges.push({ from, to: greenlet(waker), kind: "waits-on", role: w.role });
      continue;
    }
    edges.push({ from, to: target, kind: "waits-on" });
    if (w.role === "joined") continue;
    for (const waker of w.wakers)
      edges.push({ from: target, to: greenlet(waker), kind: "can-wake", role: w.role });
  }
  return { nodes: [...nodes.values()], edges };
}
