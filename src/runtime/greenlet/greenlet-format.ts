import { shortRepr } from "../py/format";

/** `fn` or `fn(arg, ...)` as gevent formats a greenlet's function (args cut to 50 chars). */
export function formatArgs(fnName: string, args: unknown[]): string {
  if (args.length === 0) return fnName;
  return `${fnName}(${args.map((a) => shortRepr(a, 50)).join(", ")})`;
}
