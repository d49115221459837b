import { activeRun } from "./kernel/context";
import { formatLine } from "./py/format";
import type { Hub } from "./kernel/hub";
import { isUnrunOperation, type Operation } from "./kernel/operation";
import { preempt } from "./kernel/preempt";
import { RawGreenlet } from "./kernel/raw-greenlet";
import { EV } from "./tracing/trace-kinds";

/** What compiled learner code receives (see src/compile): module loading, site marks, globals. */
export interface ProgramEnv {
  __import(module: string): Record<string, unknown>;
  __s<T>(site: number, value: T): T;
  /**
   * The running greenlet reaches `site` (before the statement or switch point there is
   * evaluated, so what it does there, a print or a spawn, is traced at its own line).
   */
  __c(site: number): number;
  __w(site: number, value: unknown): void;
  __lg(site: number): void;
  __n<T>(name: string, value: T): T;
  /** A preemption point (compiled in threads mode only): returns `value` as it was read. */
  __p<T>(value?: T): Operation<T>;
  /**
   * Print one line: the arguments joined by one space (strings as they are, other values as
   * Python would show them).
   * — 输出一行：各参数以一个空格连接（字符串原样输出，其他值按 Python 的方式显示）。
   */
  print(...args: unknown[]): void;
  /**
   * Python's range as an array: `range(n)` is 0..n-1; `range(start, stop, step?)` counts from
   * `start` up to (not including) `stop`.
   * — Python 的 range，返回数组：`range(n)` 为 0..n-1；`range(start, stop, step?)` 从 `start`
   * 数到 `stop`（不含）。
   */
  range(startOrStop: number, stop?: number, step?: number): number[];
}

/** A compiled program: its top level, as a generator function of the env. */
export type ProgramMain = (env: ProgramEnv) => Iterator<unknown, unknown, unknown>;

export interface Warning {
  message: string;
  line: number;
  column: number;
}

const LOOP_CHECK_MASK = 0xffff;

/** Build the env for one run on `hub`, loading modules with `load`. */
export function createEnv(
  hub: Hub,
  load: (name: string) => Record<string, unknown> | undefined,
  warnings: Warning[],
): ProgramEnv {
  const warned = new Set<number>();
  let loops = 0;
  let lastResumes = -1;
  let sliceStart = 0;
  return {
    __import(name) {
      const m = load(name);
      if (m === undefined) throw new Error(`unknown module "${name}"`);
      return m;
    },
    __s(site, value) {
      hub.site = site;
      return value;
    },
    __c(site) {
      hub.site = site;
      return site;
    },
    __w(site, value) {
      if (!isUnrunOperation(value) || warned.has(site)) return;
      warned.add(site);
      const [line, column] = hub.sites[site] ?? [0, 0];
      const message =
        "this operation is created but never run: did you forget `yield*`? " +
        "— 这个操作被创建了却没有运行：是否忘了 `yield*`？";
      warnings.push({ message, line, column });
      hub.trace.emit(EV.WARNING, hub.current.gid, hub.trace.intern(message), 0, site);
    },
    __lg(site) {
      // A program that catches the limit's error must not loop on: every guard throws it again.
      const stop = hub.pendingStop;
      if (stop !== null) throw stop;
      if ((++loops & LOOP_CHECK_MASK) !== 0) return;
      const now = hub.limits.real();
      if (now === undefined) return;
      if (hub.resumes !== lastResumes) {
        lastResumes = hub.resumes;
        sliceStart = now;
      } else if (now - sliceStart > hub.limits.cpuSliceMs) {
        hub.site = site;
        hub.current._site = site;
        throw hub.requestStop(hub.limits.cpuError(hub.siteLine(site)));
      }
    },
    __n(name, value) {
      nameObject(hub, name, value);
      return value;
    },
    __p: preempt,
    print(...args) {
      activeRun().print(formatLine(args));
    },
    range,
  };
}

function nameObject(hub: Hub, name: string, value: unknown): void {
  if (value instanceof RawGreenlet) {
    hub.trace.emit(EV.OBJ_NAMED, value.gid, 0, hub.trace.intern(name), hub.site);
    return;
  }
  const traced = value as { _traceId?: unknown; _traceName?: unknown } | null;
  const id = traced?._traceId;
  if (typeof id === "number" && id > 0) {
    hub.trace.emit(EV.OBJ_NAMED, hub.current.gid, id, hub.trace.intern(name), hub.site);
    // Primitives name themselves in LoopExit messages ("q.get()") by this.
    if (typeof traced?._traceName === "string") traced._traceName = name;
  }
}

/** Python's range: `range(n)`, `range(start, stop, step?)`. — Python 的 range。 */
export function range(startOrStop: number, stop?: number, step = 1): number[] {
  const [start, end] = stop === undefined ? [0, startOrStop] : [startOrStop, stop];
  if (step === 0) throw new Error("range() arg 3 must not be zero");
  const out: number[] = [];
  if (step > 0) for (let i = start; i < end; i += step) out.push(i);
  else for (let i = start; i > end; i += step) out.push(i);
  return out;
}
