/** The module names of API.md: the only imports a learner program may use. */
export const MODULES: readonly string[] = [
  "gevent",
  "gevent/event",
  "gevent/queue",
  "gevent/pool",
  "gevent/lock",
  "gevent/local",
  "gevent/monkey",
  "greenlet",
  "time",
  "socket",
  "requests",
  "random",
];

export function isKnownModule(name: string): boolean {
  return MODULES.includes(name);
}
