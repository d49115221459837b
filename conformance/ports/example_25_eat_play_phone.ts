// Port of shared/conformance/example_25_eat_play_phone.py
// WHAT: eat (sleep 2) and play_phone (sleep 1) spawned: eat1, play1, play2 (t=1), eat2 (t=2), then an empty line
import * as gevent from "gevent";
import * as time from "time";

function* eat() {
  print("eat food 1");
  yield* gevent.sleep(2); //等饭来
  print("eat food 2");
}

function* play_phone() {
  print("play phone 1");
  yield* gevent.sleep(1); //网卡了
  print("play phone 2");
}

// gevent.spawn(eat)
// gevent.spawn(play_phone)
// print('主') # 直接结束

//因而也需要join方法,进程或现场的jion方法只能join一个,而gevent的join方法可以join多个

const g1 = gevent.spawn(eat);
const g2 = gevent.spawn(play_phone);
yield* gevent.joinall([g1, g2]);
print("");
