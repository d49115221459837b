/**
 * The kernel's numbers that must not be mixed up, as branded types: a greenlet's id is not a
 * traced object's id, and an instant of the virtual clock is not a count. They are plain numbers
 * at run time (the trace writes them as they are); only the type checker tells them apart.
 */
declare const brand: unique symbol;
type Branded<T, B extends string> = T & { readonly [brand]: B };

/** A greenlet's trace id: 0 the hub, 1 the main greenlet, then in creation order. */
export type Gid = Branded<number, "Gid">;

/** A traced object's id (timers, queues, events, ...), from 1; 0 means none. */
export type ObjectId = Branded<number, "ObjectId">;

/** An instant of the run's virtual clock, in seconds since the run began. */
export type VirtualSeconds = Branded<number, "VirtualSeconds">;

/** No traced object (a wait on nothing in particular). */
export const NO_OBJECT = 0 as ObjectId;
