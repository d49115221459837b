import type { ProgramEnv } from "../runtime/env";
import { compile } from "./index";
import { evaluate } from "./evaluate";
import type { CompiledProgram } from "./types";

/** One hook call seen by the recording env: [hook, site id or name]. */
export type HookCall = [hook: "__s" | "__w" | "__lg" | "__n" | "__import", key: number | string];

/** A stand-in for the runtime's env that records every hook call (tests only). */
export function recordingEnv(modules: Record<string, Record<string, unknown>> = {}) {
  const calls: HookCall[] = [];
  const printed: string[] = [];
  const env = {
    __import(name: string) {
      calls.push(["__import", name]);
      return modules[name] ?? {};
    },
    __s<T>(site: number, x: T): T {
      calls.push(["__s", site]);
      return x;
    },
    // Where the running greenlet stands: not a call the tests list (every statement makes one).
    __c(site: number): number {
      return site;
    },
    __w(site: number) {
      calls.push(["__w", site]);
    },
    __lg(site: number) {
      calls.push(["__lg", site]);
    },
    __n<T>(name: string, value: T): T {
      calls.push(["__n", name]);
      return value;
    },
    print(...args: unknown[]) {
      printed.push(args.map(String).join(" "));
    },
    range(n: number) {
      return Array.from({ length: n }, (_, i) => i);
    },
  };
  return { env: env as unknown as ProgramEnv, calls, printed };
}

/** Compiles or fails the test with the compile error. */
export function compiled(source: string): CompiledProgram {
  const result = compile(source);
  if (!result.ok) throw new Error(`compile failed: ${JSON.stringify(result.error)}`);
  return result.program;
}

/** Compiles and runs a program to its end with the recording env; returns what it saw. */
export function runRecorded(source: string, modules: Record<string, Record<string, unknown>> = {}) {
  const program = compiled(source);
  const recorder = recordingEnv(modules);
  const iterator = evaluate(program)(recorder.env);
  const yielded: unknown[] = [];
  for (let step = iterator.next(); !step.done; step = iterator.next()) yielded.push(step.value);
  return { ...recorder, yielded, program };
}
