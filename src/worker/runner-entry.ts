/**
 * The runner worker's entry, built on its own into one classic script (public/runner/runner.js)
 * that the sandbox frame starts from a blob URL. It runs in the worker's global scope, which the
 * learner's program shares: everything it needs from that scope is captured before any run.
 */
import { assertNever, type PageToWorker } from "../protocol";
import { executeRun } from "./execute";
import type { Post } from "./post";

interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<PageToWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const post: Post = scope.postMessage.bind(scope);
const clock = performance;
const realNow = clock.now.bind(clock);

scope.onmessage = (event) => {
  const message = event.data;
  switch (message.type) {
    case "run":
      executeRun(message, post, realNow);
      break;
    default:
      assertNever(message.type);
  }
};

post({ type: "ready" }, []);
