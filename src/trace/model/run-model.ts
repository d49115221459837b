/**
 * The model of a recorded run: every step of the expanded trace in columns, indexes of the
 * switches, of each greenlet's and each object's steps and of the output lines, and checkpoints
 * of the state, so the state at any step is one checkpoint and a short replay away. Built
 * incrementally from the trace batches as they arrive (or at once from a whole trace), and
 * checked as it is read: a damaged trace stops the model at its first bad event, keeping
 * everything before it. Pure.
 */
import type { EncodedTrace } from "../../runtime/tracing/trace-recorder";
import {
  BLOCK,
  EV,
  HUB_GID,
  TRACE_VERSION,
  TraceExpander,
  clockSeconds,
  type GreenletType,
  type ObjectType,
} from "../../runtime/tracing/trace-kinds";
import { decodeEvent, type TraceEvent } from "../decode";
import { greenletLabel } from "../printed-lines";
import { COUNTED_TYPES, applyStep, type StaticLookup } from "./apply-step";
import { emptyState, fork, stateSize, type RunState } from "./run-state";
import { StepColumns, U32List } from "./step-columns";
import { eventProblem, type CheckContext } from "./trace-check";

type Site = [line: number, column: number];

/** What never changes about a greenlet once created (its names are the last ones recorded). */
export interface GreenletInfo {
  readonly gid: number;
  readonly type: GreenletType;
  /** The gid of the greenlet it was created under (0 for the hub's children). */
  readonly parent: number;
  readonly createdAt: number;
  /** The variable holding it, its `name`, and the call it started with, when known. */
  variable: string | null;
  name: string | null;
  call: string | null;
}

export interface ObjectInfo {
  readonly id: number;
  readonly type: ObjectType;
  readonly createdAt: number;
  readonly createdBy: number;
  /** The variable it was assigned to, when known. */
  name: string | null;
}

export interface TraceDamage {
  /** The written event (from 0) that could not be read. */
  event: number;
  reason: string;
}

/** Steps between checkpoints, at least: a seek replays fewer than this many (or the state's size). */
const MIN_SPACING = 256;

export class RunModel implements StaticLookup, CheckContext {
  private readonly columns = new StepColumns();
  private readonly strings: string[] = [];
  private sites: Site[] = [];
  private readonly expander = new TraceExpander();
  private readonly infos: GreenletInfo[] = [];
  private readonly objectInfos = new Map<number, ObjectInfo>();
  private readonly switches = new U32List();
  private readonly outputs = new U32List();
  /** The steps of the choice points (scheduler lab), in order. */
  readonly choices = new U32List();
  private readonly byGreenlet: U32List[] = [];
  private readonly byObject = new Map<number, U32List>();
  private readonly checkpoints: RunState[] = [];
  private head: RunState = emptyState();
  private time = 0;
  private written = 0;
  private damaged: TraceDamage | null = null;
  private complete = false;
  private lastSeek: RunState | null = null;
  private nextCheckpoint = MIN_SPACING;

  constructor() {
    this.checkpoints.push(fork(this.head));
  }

  /** The model of a whole recorded trace. */
  static fromTrace(trace: EncodedTrace): RunModel {
    const model = new RunModel();
    if (trace.version !== TRACE_VERSION) {
      model.damaged = { event: 0, reason: `trace version ${trace.version}, not ${TRACE_VERSION}` };
    }
    model.setSites(trace.sites);
    model.append(trace.words, trace.strings, 0);
    model.finish();
    return model;
  }

  // ---- building ------------------------------------------------------------------------------

  /** The compile step's site table, which the steps' `site` words index. */
  setSites(sites: readonly Site[]): void {
    this.sites = sites.slice();
  }

  /**
   * Reads one batch: `words` (four per event) and the strings interned since the last batch,
   * the first with id `firstString`. Stops for good at the first event it cannot read.
   */
  append(words: ArrayLike<number>, strings: readonly string[], firstString: number): void {
    if (this.damaged !== null) return;
    if (firstString !== this.strings.length) {
      this.markDamaged(`the batch's strings start at ${firstString}, not ${this.strings.length}`);
      return;
    }
    for (const text of strings) this.strings.push(typeof text === "string" ? text : "");
    const whole = words.length - (words.length % 4);
    for (let at = 0; at < whole && this.damaged === null; at += 4) {
      this.expander.expand(words, at, this.visit);
      this.written++;
    }
    if (whole !== words.length && this.damaged === null)
      this.markDamaged("the batch ends mid-event");
  }

  /** The run ended and its last batch was read. */
  finish(): void {
    this.complete = true;
  }

  private markDamaged(reason: string): void {
    this.damaged = { event: this.written, reason };
  }

  private readonly visit = (kind: number, gid: number, a: number, b: number, site: number) => {
    if (this.damaged !== null) return;
    const problem = eventProblem(this, kind, gid, a, b, site);
    if (problem !== null) return this.markDamaged(problem);
    if (kind === EV.CLOCK) {
      const t = clockSeconds(a, b);
      if (!(t >= this.time) || !Number.isFinite(t))
        return this.markDamaged("the clock went backwards");
      this.time = t;
      return;
    }
    if (kind === EV.OBJ_STATE && this.restatesCount(a, b)) return;
    const step = this.columns.push(kind, gid, a, b, site, this.time);
    this.learn(step, kind, gid, a, b);
    this.index(step, kind, gid, a, b);
    applyStep(this.head, step, kind, gid, a, b, site, this.time, this);
    if (step >= this.nextCheckpoint) this.checkpoint(step);
  };

  /**
   * Keep the live state as a checkpoint and go on with a copy. The next one comes after at
   * least MIN_SPACING steps, or more for a large state, so copies cost at most a fraction of
   * the steps between them.
   */
  private checkpoint(step: number): void {
    const size = stateSize(this.head);
    const last = this.checkpoints[this.checkpoints.length - 1];
    if (step - last.step < size >>> 2) {
      this.nextCheckpoint = last.step + (size >>> 2);
      return;
    }
    this.checkpoints.push(this.head);
    this.head = fork(this.head);
    this.nextCheckpoint = step + MIN_SPACING;
  }

  /**
   * True for the count a counted container's item step already set: it says nothing new, so it
   * is not a step of its own.
   */
  private restatesCount(object: number, value: number): boolean {
    const last = this.columns.length - 1;
    if (last < 0) return false;
    const kind = this.columns.kind(last);
    if ((kind !== EV.ITEM_IN && kind !== EV.ITEM_OUT) || this.columns.a(last) !== object) {
      return false;
    }
    return (
      this.head.objects.get(object)?.value === value &&
      COUNTED_TYPES.has(this.objectType(object) ?? 0)
    );
  }

  private learn(step: number, kind: number, gid: number, a: number, b: number): void {
    switch (kind) {
      case EV.CREATED:
        this.infos.push({
          gid,
          type: (a >>> 24) as GreenletType,
          parent: gid === HUB_GID ? HUB_GID : a & 0xffffff,
          createdAt: step,
          variable: null,
          name: this.strings[b] || null,
          call: null,
        });
        this.byGreenlet.push(new U32List());
        return;
      case EV.STARTED:
        this.infos[gid].call ??= this.strings[a] || null;
        return;
      case EV.OBJ_CREATED:
        this.objectInfos.set(a, {
          id: a,
          type: b as ObjectType,
          createdAt: step,
          createdBy: gid,
          name: null,
        });
        this.byObject.set(a, new U32List());
        return;
      case EV.OBJ_NAMED: {
        const name = this.strings[b] || null;
        if (a === 0) this.infos[gid].variable = name;
        else this.objectInfos.get(a)!.name = name;
        return;
      }
    }
  }

  private index(step: number, kind: number, gid: number, a: number, b: number): void {
    // The hub's own steps are its switches and timers: the switch index finds them.
    if (gid !== HUB_GID) this.byGreenlet[gid].push(step);
    switch (kind) {
      case EV.SWITCH:
        this.switches.push(step);
        if (a !== gid && a !== HUB_GID) this.byGreenlet[a].push(step);
        return;
      case EV.OUTPUT:
        this.outputs.push(step);
        return;
      case EV.CHOICE:
        this.choices.push(step);
        return;
      case EV.BLOCKED:
      case EV.WOKEN: {
        // A join waits on a greenlet: its operand is a gid, not an object id.
        const reason = kind === EV.BLOCKED ? a : this.head.greenlets[gid]?.reason;
        if (b !== 0 && reason !== BLOCK.JOIN) this.byObject.get(b)?.push(step);
        return;
      }
      case EV.OBJ_CREATED:
      case EV.OBJ_STATE:
      case EV.OBJ_LIMIT:
      case EV.ITEM_IN:
      case EV.ITEM_OUT:
        this.byObject.get(a)?.push(step);
        return;
      case EV.OBJ_NAMED:
        if (a !== 0) this.byObject.get(a)?.push(step);
        return;
    }
  }

  // ---- StaticLookup and CheckContext ---------------------------------------------------------

  objectType(id: number): ObjectType | undefined {
    return this.objectInfos.get(id)?.type;
  }
  greenletType(gid: number): GreenletType | undefined {
    return this.infos[gid]?.type;
  }
  text(id: number): string {
    return this.strings[id] ?? "";
  }
  hasObject(id: number): boolean {
    return this.objectInfos.has(id);
  }
  get greenletCount(): number {
    return this.infos.length;
  }
  get stringCount(): number {
    return this.strings.length;
  }
  get siteCount(): number {
    return this.sites.length;
  }

  // ---- reading -------------------------------------------------------------------------------

  /** Steps recorded so far. */
  get stepCount(): number {
    return this.columns.length;
  }
  /** Written events read so far (what the worker counts). */
  get eventCount(): number {
    return this.written;
  }
  /** Null unless the trace was damaged: then where and why the model stopped. */
  get damage(): TraceDamage | null {
    return this.damaged;
  }
  /** True once the run's last batch was read. */
  get finished(): boolean {
    return this.complete;
  }
  /** The virtual seconds of the last event read. */
  get endTime(): number {
    return this.time;
  }

  /** The state after step `step` (clamped to the steps recorded; -1: before the first). */
  stateAt(step: number): Readonly<RunState> {
    const target = Math.max(-1, Math.min(Math.floor(step), this.columns.length - 1));
    if (target === this.head.step) return this.head;
    const cp = this.checkpointBefore(target);
    const cached = this.lastSeek;
    const from = cached !== null && cached.step <= target && cached.step >= cp.step ? cached : cp;
    if (from.step === target) return from;
    const s = fork(from);
    for (let n = from.step + 1; n <= target; n++) this.replay(s, n);
    this.lastSeek = s;
    return s;
  }

  /** Apply step `n` to `s`: the same rules the live state went through. */
  private replay(s: RunState, n: number): void {
    const c = this.columns;
    applyStep(s, n, c.kind(n), c.gid(n), c.a(n), c.b(n), c.site(n), c.time(n), this);
  }

  private checkpointBefore(step: number): RunState {
    const cps = this.checkpoints;
    let lo = 0;
    let hi = cps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (cps[mid].step <= step) lo = mid;
      else hi = mid - 1;
    }
    return cps[lo];
  }

  /** Step `step` decoded: its kind and operands named, its strings and site resolved. */
  event(step: number): TraceEvent {
    const c = this.columns;
    const site = c.site(step);
    const where = this.sites[site];
    // The header is added to the body rather than both spread into a new object: spreading
    // objects of many shapes is V8's slow path, and exports call this once per step.
    const event = decodeEvent(c.kind(step), c.a(step), c.b(step), this.strings) as TraceEvent;
    event.seq = step;
    event.time = c.time(step);
    event.gid = c.gid(step);
    event.site = site;
    event.line = where === undefined ? 0 : where[0];
    event.column = where === undefined ? 0 : where[1];
    return event;
  }

  /** Step `step` as the columns hold it: kind, greenlet, operands, site. */
  wordsAt(step: number): [kind: number, gid: number, a: number, b: number, site: number] {
    const c = this.columns;
    return [c.kind(step), c.gid(step), c.a(step), c.b(step), c.site(step)];
  }

  kindAt(step: number): number {
    return this.columns.kind(step);
  }
  gidAt(step: number): number {
    return this.columns.gid(step);
  }
  timeAt(step: number): number {
    return this.columns.time(step);
  }
  /** The 1-based [line, column] of a site index ([0, 0] unknown). */
  siteAt(site: number): Site {
    return this.sites[site] ?? [0, 0];
  }

  /** Every greenlet created, by gid. */
  greenlets(): readonly GreenletInfo[] {
    return this.infos;
  }
  greenlet(gid: number): GreenletInfo | undefined {
    return this.infos[gid];
  }
  objects(): IterableIterator<ObjectInfo> {
    return this.objectInfos.values();
  }
  object(id: number): ObjectInfo | undefined {
    return this.objectInfos.get(id);
  }

  /** How the console and the captions name a greenlet: `main`, `hub`, `worker #3`. */
  label(gid: number): string {
    return greenletLabel(gid, this.infos[gid]);
  }

  /** How captions name an object: its variable, else its kind and id (`queue #3`). */
  objectLabel(id: number, kindName: (type: ObjectType) => string): string {
    const o = this.objectInfos.get(id);
    if (o === undefined) return `#${id}`;
    return o.name ?? `${kindName(o.type)} #${id}`;
  }

  // ---- navigation ----------------------------------------------------------------------------

  /** The first switch after `step`, or undefined. */
  nextSwitch(step: number): number | undefined {
    return this.switches.after(step);
  }
  prevSwitch(step: number): number | undefined {
    return this.switches.before(step);
  }
  get switchCount(): number {
    return this.switches.length;
  }
  switchStep(index: number): number {
    return this.switches.at(index);
  }

  /** The steps that concern greenlet `gid` (its own events and switches into it); none for the hub. */
  stepsOf(gid: number): U32List | undefined {
    return this.byGreenlet[gid];
  }
  nextStepOf(gid: number, step: number): number | undefined {
    return this.byGreenlet[gid]?.after(step);
  }
  prevStepOf(gid: number, step: number): number | undefined {
    return this.byGreenlet[gid]?.before(step);
  }

  /** The steps that concern object `id` (its changes, waits on it, wake-ups by it). */
  stepsOfObject(id: number): U32List | undefined {
    return this.byObject.get(id);
  }

  /** The step that printed output line `index` (from 0). */
  outputStep(index: number): number | undefined {
    return index >= 0 && index < this.outputs.length ? this.outputs.at(index) : undefined;
  }
  /** Output lines printed up to and including `step`. */
  printedThrough(step: number): number {
    return this.outputs.countAtMost(step);
  }
  get outputCount(): number {
    return this.outputs.length;
  }

  /** Bytes the model holds: columns, indexes and checkpoints (estimated for the last). */
  get bytes(): number {
    let total = this.columns.bytes + this.switches.bytes + this.outputs.bytes;
    for (const list of this.byGreenlet) total += list.bytes;
    for (const list of this.byObject.values()) total += list.bytes;
    for (const cp of this.checkpoints) total += 64 + stateSize(cp) * 48;
    return total;
  }
}
