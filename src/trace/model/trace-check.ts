/**
 * What makes an event of an untrusted trace unusable: the rules the model checks before it
 * applies an event, so a forged or truncated trace stops the model at its first bad event with a
 * reason instead of throwing or corrupting the state. Pure.
 */
import { BLOCK, CANDIDATE, CHOICE_OPEN, EV, EV_ENCODED } from "../../runtime/tracing/trace-kinds";

/** What the check needs to know about the trace read so far. */
export interface CheckContext {
  /** Greenlets created so far: gids 0 .. greenletCount - 1. */
  greenletCount: number;
  hasObject(id: number): boolean;
  stringCount: number;
  /** The number of entries of the sites table; 0 when it is not known yet. */
  siteCount: number;
}

const MAX_KIND = EV.PREEMPTED;
/** More candidates than a choice point can have: more greenlets than any run keeps ready. */
const MAX_CANDIDATES = 1 << 20;

/** Which operands of each kind are string ids, by kind: 1 = a, 2 = b, 3 = both. */
const STRING_OPERANDS = new Uint8Array(MAX_KIND + 1);
STRING_OPERANDS[EV.CREATED] = 2;
STRING_OPERANDS[EV.STARTED] = 1;
STRING_OPERANDS[EV.FINISHED] = 1;
STRING_OPERANDS[EV.FAILED] = 1;
STRING_OPERANDS[EV.KILLED] = 2;
STRING_OPERANDS[EV.OBJ_NAMED] = 2;
STRING_OPERANDS[EV.ITEM_IN] = 2;
STRING_OPERANDS[EV.ITEM_OUT] = 2;
STRING_OPERANDS[EV.OUTPUT] = 1;
STRING_OPERANDS[EV.ERROR] = 3;
STRING_OPERANDS[EV.WARNING] = 1;

/** Why the event cannot be applied, or null when it can. */
export function eventProblem(
  ctx: CheckContext,
  kind: number,
  gid: number,
  a: number,
  b: number,
  site: number,
): string | null {
  if (kind < 1 || kind > MAX_KIND || kind === EV_ENCODED.ITEM_IN_COUNTED) {
    return `unknown event kind ${kind}`;
  }
  if (kind === EV_ENCODED.ITEM_OUT_COUNTED) return `unknown event kind ${kind}`;
  if (kind === EV.CLOCK) return null;
  const count = ctx.greenletCount;
  const known = (id: number) => id < count;
  if (kind === EV.CREATED) {
    if (gid !== ctx.greenletCount) return `greenlet ${gid} created out of order`;
    if (gid > 0 && !known(a & 0xffffff)) return `greenlet ${gid} has an unknown parent`;
  } else if (!known(gid)) return `greenlet ${gid} was never created`;
  const strings = STRING_OPERANDS[kind];
  if ((strings & 1 && a >= ctx.stringCount) || (strings & 2 && b >= ctx.stringCount)) {
    return "a string id is out of range";
  }
  if (ctx.siteCount > 0 && site >= ctx.siteCount) return "a source site is out of range";
  switch (kind) {
    case EV.SWITCH:
      return known(a) ? null : `switch to greenlet ${a}, which was never created`;
    case EV.WOKEN:
    case EV.KILLED:
      return known(a) ? null : `greenlet ${a} was never created`;
    case EV.CHOICE:
      if (a < 1 || a > MAX_CANDIDATES) return `a choice point with ${a} candidates`;
      return b < a || b === CHOICE_OPEN ? null : `choice ${b} of ${a} candidates`;
    case EV.CANDIDATE:
      if (a > CANDIDATE.JOINED) return `unknown candidate kind ${a}`;
      if (a === CANDIDATE.NOTIFY && b !== 0 && !ctx.hasObject(b)) {
        return `object ${b} was never created`;
      }
      if (a === CANDIDATE.JOINED && !known(b)) return `join of greenlet ${b}, never created`;
      return a === CANDIDATE.START && b >= ctx.stringCount ? "a string id is out of range" : null;
    case EV.BLOCKED:
      if (a < 1 || a > BLOCK.PREEMPT) return `unknown block reason ${a}`;
      if (a === BLOCK.JOIN) return known(b) ? null : `join of greenlet ${b}, never created`;
      return b === 0 || ctx.hasObject(b) ? null : `object ${b} was never created`;
    case EV.OBJ_CREATED:
      return ctx.hasObject(a) || a === 0 ? `object ${a} created twice` : null;
    case EV.OBJ_NAMED:
      return a === 0 || ctx.hasObject(a) ? null : `object ${a} was never created`;
    case EV.OBJ_STATE:
    case EV.OBJ_LIMIT:
    case EV.ITEM_IN:
    case EV.ITEM_OUT:
      return ctx.hasObject(a) ? null : `object ${a} was never created`;
    default:
      return null;
  }
}
