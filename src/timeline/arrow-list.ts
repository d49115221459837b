/** Arrows and marks of one frame, in reused typed arrays. Pure. */

/** PREEMPT: a switch to the hub forced at a preemption point (threads mode), not asked for. */
export const ARROW = { SWITCH: 1, WAKE: 2, SPAWN: 3, PREEMPT: 4 } as const;

export class ArrowList {
  x0 = new Float32Array(64);
  row0 = new Int32Array(64);
  x1 = new Float32Array(64);
  row1 = new Int32Array(64);
  kind = new Uint8Array(64);
  /** The step the arrow arrives at (the switch, the wake-up, the creation). */
  step = new Uint32Array(64);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(x0: number, row0: number, x1: number, row1: number, kind: number, step: number): void {
    if (this.length === this.x0.length) this.grow();
    const n = this.length++;
    this.x0[n] = x0;
    this.row0[n] = row0;
    this.x1[n] = x1;
    this.row1[n] = row1;
    this.kind[n] = kind;
    this.step[n] = step;
  }

  private grow(): void {
    const size = this.x0.length * 2;
    const copy = <T extends Float32Array | Int32Array | Uint8Array | Uint32Array>(a: T, b: T) => (
      b.set(a),
      b
    );
    this.x0 = copy(this.x0, new Float32Array(size));
    this.row0 = copy(this.row0, new Int32Array(size));
    this.x1 = copy(this.x1, new Float32Array(size));
    this.row1 = copy(this.row1, new Int32Array(size));
    this.kind = copy(this.kind, new Uint8Array(size));
    this.step = copy(this.step, new Uint32Array(size));
  }
}

export class MarkList {
  x = new Float32Array(64);
  row = new Int32Array(64);
  step = new Uint32Array(64);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(x: number, row: number, step: number): void {
    if (this.length === this.x.length) {
      const size = this.x.length * 2;
      const x = new Float32Array(size);
      const row = new Int32Array(size);
      const step = new Uint32Array(size);
      x.set(this.x);
      row.set(this.row);
      step.set(this.step);
      Object.assign(this, { x, row, step });
    }
    const n = this.length++;
    this.x[n] = x;
    this.row[n] = row;
    this.step[n] = step;
  }
}
