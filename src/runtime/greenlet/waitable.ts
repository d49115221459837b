/**
 * What `wait`, `iwait` and `joinall` can wait on: greenlets, events, async results. A raw link
 * is called from the hub, in order, when the object becomes ready (gevent's `rawlink`).
 */
export interface Waitable {
  ready(): boolean;
  rawlink(callback: (source: unknown) => void): void;
  unlink(callback: (source: unknown) => void): void;
}
