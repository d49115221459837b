// Shortcut: send stop to the Ponger before the game starts.
import { Greenlet, joinall, sleep } from "gevent";
import { Queue } from "gevent/queue";

const LIMIT = 10; // the tutorial's actors play forever — 教程里的 actor 永远不停
let count = 0;

class Actor extends Greenlet {
  inbox = new Queue<string>();
  running = false;

  /** What a message means: defined by each subclass. — 消息的含义由子类决定。 */
  *receive(_message: string): Generator<unknown, void, unknown> {
    throw new Error("define receive() in a subclass");
  }

  // The greenlet's body (Python's _run): take messages one at a time.
  // greenlet 的主体（Python 的 _run）：一次取一条消息。
  override *run() {
    this.running = true;
    while (this.running) {
      const message = yield* this.inbox.get(); // blocks while the inbox is empty — 收件箱空时阻塞
      if (message === "stop") {
        print(`${this.constructor.name} got stop`);
        this.running = false;
        break;
      }
      yield* this.receive(message);
    }
  }
}

// Answer with msg, or with "stop" once LIMIT messages have been printed; true to keep going.
function* reply(to: Actor, msg: string) {
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
    this.running = yield* reply(pong, "ping");
    yield* sleep(0); // let the other actor run — 让另一个 actor 运行
  }
}

class Ponger extends Actor {
  override *receive(message: string) {
    print(message);
    this.running = yield* reply(ping, "pong");
    yield* sleep(0);
  }
}

const ping = new Pinger();
const pong = new Ponger();

ping.start();
pong.start();

yield* pong.inbox.put("stop");
yield* ping.inbox.put("start");
yield* joinall([ping, pong]);
print("count", count);
