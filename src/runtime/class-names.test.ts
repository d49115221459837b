import { describe, expect, it } from "vitest";
import { Greenlet } from "./greenlet/gevent-greenlet";
import { Group } from "./pool/group";
import { JoinableQueue } from "./queue/joinable-queue";
import { LifoQueue } from "./queue/lifo-queue";
import { local } from "./sync/local";
import { BoundedSemaphore, Lock, Semaphore } from "./sync/lock";
import { Pool } from "./pool/pool";
import { PriorityQueue } from "./queue/priority-queue";
import { Queue } from "./queue/queue";
import { RawGreenlet } from "./kernel/raw-greenlet";
import { RLock } from "./sync/rlock";
import { Socket } from "./io/socket";

// The classes a program constructs often. Their Python names must survive minification (the
// runner ships minified) without redefining `name` after the class exists, which would put V8 on
// a slow path for every `new` (errors.ts, fixClassName): so each declares `static get name()`.
const often: [new (...args: never[]) => unknown, string][] = [
  [RawGreenlet, "greenlet"],
  [Greenlet, "Greenlet"],
  [Queue, "Queue"],
  [LifoQueue, "LifoQueue"],
  [PriorityQueue, "PriorityQueue"],
  [JoinableQueue, "JoinableQueue"],
  [Group, "Group"],
  [Pool, "Pool"],
  [Semaphore, "Semaphore"],
  [BoundedSemaphore, "BoundedSemaphore"],
  [Lock, "Lock"],
  [RLock, "RLock"],
  [local, "local"],
  [Socket, "socket"],
];

describe("the Python names of the classes programs construct often", () => {
  it.each(often.map(([cls, name]) => [name, cls] as const))(
    "%s is named by a getter of its own, whatever the minifier calls the class",
    (name, cls) => {
      const own = Object.getOwnPropertyDescriptor(cls, "name");
      expect(typeof own?.get).toBe("function");
      expect(cls.name).toBe(name);
    },
  );

  it("leaves a learner's subclass its own name", () => {
    class Worker extends Greenlet {}
    class Inbox extends Queue {}
    expect([Worker.name, Inbox.name]).toEqual(["Worker", "Inbox"]);
  });
});
