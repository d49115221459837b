// Port of shared/conformance/example_22_actors_ping_pong.py
// WHAT: Actor pattern: Greenlet subclasses with a Queue inbox; start/ping/pong message ping-pong with sleep(0), bounded to 10 messages
import * as gevent from "gevent";
import { Queue } from "gevent/queue";

const LIMIT = 10; // original: runs forever
let count = 0;

class Actor extends gevent.Greenlet {
  inbox: Queue<string>;
  running = false;

  constructor() {
    super(); // JavaScript needs the base class first; the original creates the inbox, then calls Greenlet.__init__
    this.inbox = new Queue();
  }

  /** Define in your subclass. */
  *receive(_message: string): Generator<unknown, void> {
    throw new Error("NotImplemented"); // original: raise NotImplemented() (never executed)
  }

  *run() {
    this.running = true;

    while (this.running) {
      const message = yield* this.inbox.get();
      if (message === "stop") {
        // added: bounded version
        print(`${this.constructor.name} got stop`);
        this.running = false;
        break;
      }
      yield* this.receive(message);
    }
  }
}

// (the original imports gevent, Queue and Greenlet a second time here)

function* reply(to: Actor, msg: string) {
  // added: bounded version
  count += 1;
  if (count >= LIMIT) {
    yield* to.inbox.put("stop");
    return false;
  }
  yield* to.inbox.put(msg);
  return true;
}

class Pinger extends Actor {
  override *receive(message: string) {
    print(message);
    this.running = yield* reply(pong, "ping"); // original: pong.inbox.put('ping')
    yield* gevent.sleep(0);
  }
}

class Ponger extends Actor {
  override *receive(message: string) {
    print(message);
    this.running = yield* reply(ping, "pong"); // original: ping.inbox.put('pong')
    yield* gevent.sleep(0);
  }
}

const ping = new Pinger();
const pong = new Ponger();

ping.start();
pong.start();

yield* ping.inbox.put("start");
yield* gevent.joinall([ping, pong]);
print("count", count);
