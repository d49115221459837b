// Port of shared/conformance/example_14_group_talk.py
// WHAT: Group.add of already-spawned greenlets; group1.join() lets ALL ready greenlets run (incl. g3 not in the group)
import * as gevent from "gevent";
import { Group } from "gevent/pool";

function talk(msg: string) {
  for (const _i of range(3)) {
    // original: xrange(3)
    print(msg);
  }
}

const g1 = gevent.spawn(talk, "bar");
const g2 = gevent.spawn(talk, "foo");
const g3 = gevent.spawn(talk, "hello");

const group1 = new Group();
yield* group1.add(g1);
yield* group1.add(g2);
yield* group1.join();

const group2 = new Group();
yield* group2.add(g3);
yield* group2.join();
