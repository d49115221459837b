import type { WorkerToPage } from "../protocol";

/** How the worker's execution sends a message: postMessage in a worker, a callback in-process. */
export type Post = (message: WorkerToPage, transfer: Transferable[]) => void;
