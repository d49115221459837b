/**
 * A sandbox frame booted ahead of need: it is created as soon as the runner script is at hand,
 * and `ready` resolves once its worker has loaded the runner and waits for a run. Messages from
 * the runner's port are validated here and passed on (null for one that fails the check); the
 * boot's own `ready` is consumed.
 */
import type { WorkerToPage } from "../protocol";
import { readWorkerMessage } from "./read-message";
import { SandboxFrame } from "./sandbox-frame";
import type { FrameFactory, RunnerFrame } from "./worker-runner";

export class WarmFrame implements RunnerFrame {
  readonly ready: Promise<SandboxFrame>;
  private frame: SandboxFrame | null = null;
  private disposed = false;

  constructor(
    host: HTMLElement,
    script: Promise<Blob>,
    onMessage: (m: WorkerToPage | null) => void,
  ) {
    this.ready = new Promise((resolve, reject) => {
      script.then((blob) => {
        if (this.disposed) return reject(new Error("disposed before it booted"));
        let booted = false;
        const frame = new SandboxFrame(host, blob, {
          onMessage: (data) => {
            const message = readWorkerMessage(data);
            if (message?.type === "ready" && !booted) {
              booted = true;
              return resolve(frame);
            }
            onMessage(message);
          },
          // Once the runner is ready, learner code may run in the worker and raise errors of
          // its own there: those are not the runner's word.
          onBootFailed: (message) => {
            if (!booted) reject(new Error(message));
          },
        });
        this.frame = frame;
      }, reject);
    });
  }

  dispose(): void {
    this.disposed = true;
    this.frame?.dispose();
    this.frame = null;
  }
}

/** Frames in `host` running the runner `script`: what the browser's WorkerRunner uses. */
export function sandboxFrames(host: HTMLElement, script: Promise<Blob>): FrameFactory {
  return (onMessage) => new WarmFrame(host, script, onMessage);
}
