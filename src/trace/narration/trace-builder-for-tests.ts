/**
 * Builds run models from events written by hand, as the runtime writes them (tests only):
 * strings interned on the way, the usual start of a run (hub and main created, main started)
 * one call away.
 */
import {
  EV,
  GREENLET_TYPE,
  HUB_GID,
  MAIN_GID,
  SWITCH_MODE,
} from "../../runtime/tracing/trace-kinds";
import { clockEvent, encodeForTests, type RawEvent } from "../encode-for-tests";
import { RunModel } from "../model/run-model";

export class TraceBuilder {
  private readonly events: RawEvent[] = [];
  private readonly strings = [""];

  /** The id of `text`, interned. */
  str(text: string): number {
    const at = this.strings.indexOf(text);
    if (at >= 0) return at;
    this.strings.push(text);
    return this.strings.length - 1;
  }

  add(kind: number, gid: number, a = 0, b = 0, site = 0): this {
    this.events.push([kind, gid, a, b, site]);
    return this;
  }

  clock(seconds: number): this {
    this.events.push(clockEvent(seconds));
    return this;
  }

  /** The hub and main created, main switched to and started. */
  start(): this {
    return this.add(EV.CREATED, HUB_GID, GREENLET_TYPE.HUB << 24)
      .add(EV.CREATED, MAIN_GID, GREENLET_TYPE.MAIN << 24)
      .add(EV.SWITCH, MAIN_GID, MAIN_GID, SWITCH_MODE.START)
      .add(EV.STARTED, MAIN_GID, this.str("mainFn"));
  }

  /** A greenlet `gid` of `type` under `parent`, held in the variable `variable`, started as `call`. */
  greenlet(
    gid: number,
    variable: string | null,
    type: number = GREENLET_TYPE.GREENLET,
    parent = HUB_GID,
  ): this {
    this.add(EV.CREATED, gid, parent | (type << 24));
    if (variable !== null) this.add(EV.OBJ_NAMED, gid, 0, this.str(variable));
    return this;
  }

  /** An object `id` of `type` created by main, named `name`, with its first state and limit. */
  object(
    id: number,
    type: number,
    name: string | null,
    value: number | null = 0,
    limit?: number,
  ): this {
    this.add(EV.OBJ_CREATED, MAIN_GID, id, type);
    if (limit !== undefined) this.add(EV.OBJ_LIMIT, MAIN_GID, id, limit);
    if (value !== null) this.add(EV.OBJ_STATE, MAIN_GID, id, value);
    if (name !== null) this.add(EV.OBJ_NAMED, MAIN_GID, id, this.str(name));
    return this;
  }

  /** The hub switches to `gid` (mode START the first time, as the caller says). */
  run(gid: number, mode: number = SWITCH_MODE.VALUE): this {
    return this.add(EV.SWITCH, HUB_GID, gid, mode);
  }

  model(): RunModel {
    return RunModel.fromTrace(encodeForTests(this.events, this.strings));
  }
}
