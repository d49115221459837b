/**
 * The runner worker's entry, built on its own into one classic script (public/runner/runner.js)
 * that the sandbox frame starts from a blob URL. It runs in the worker's global scope, which the
 * learner's program shares, so it speaks with the page only over the private MessagePort that
 * arrives first, before any program: the port and its `postMessage` are held in this closure,
 * out of the program's reach, and anything the program posts on the global channel goes nowhere.
 */
import type { PageToWorker } from "../protocol";
import { executeRun, type PausedRun } from "./execute";
import type { Post } from "./post";
import { warmUp } from "./warm-up";

interface WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null;
}

const scope = self as unknown as WorkerScope;
const clock = performance;
const realNow = clock.now.bind(clock);

scope.onmessage = (event) => {
  const port = event.ports[0];
  if (!port) return;
  scope.onmessage = null;
  // Bound now: a program that later replaces MessagePort.prototype.postMessage changes nothing.
  const post: Post = MessagePort.prototype.postMessage.bind(port);
  let started = false;
  let paused: PausedRun | null = null;
  port.onmessage = (message: MessageEvent<PageToWorker>) => {
    // One run per worker, gone on from choice point to choice point while it stops at one
    // (be the hub); nothing else is read.
    const data = message.data;
    if (!started && data?.type === "run") {
      started = true;
      paused = executeRun(data, post, realNow);
    } else if (paused !== null && data?.type === "choose") {
      paused = paused.choose(data.runId, data.index);
    } else return;
    if (paused === null) port.onmessage = null;
  };
  // Before the page is told: the first program a fresh worker runs is slow (warm-up.ts).
  try {
    warmUp(realNow);
  } catch {
    // A warm-up that fails costs only its speed: the run itself reports its own errors.
  }
  post({ type: "ready" }, []);
};
