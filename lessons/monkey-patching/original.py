# WHAT: unpatched time.sleep in 3 spawned greenlets runs them one after another (1.5 s); after monkey.patch_all() the same tasks sleep together (0.5 s)
# Source: written for this lesson from tutorial 3 "同步与异步" (example 26's task, with time.sleep
# instead of gevent.sleep) and the monkey-patching sections of tutorials 1-3 (examples 02, 09).
# Changes: patch_all() is called in the middle on purpose, to show both behaviours in one run.
# expected.out: what gevent 22.10.2 / greenlet 2.0.2 printed (5 runs agreed); 2.0 s of sleeping.
import time
import gevent
from gevent import monkey


def task(pid, beg):
    time.sleep(0.5)  # the standard library's sleep, not gevent.sleep
    print('Task %s done at %.1f' % (pid, int((time.time() - beg) * 10 + 0.2) / 10))


def three_tasks():
    beg = time.time()
    gevent.joinall([gevent.spawn(task, i, beg) for i in range(1, 4)])


print('time patched:', monkey.is_module_patched('time'))
three_tasks()

monkey.patch_all()
print('time patched:', monkey.is_module_patched('time'))
three_tasks()
