# WHAT: Pool(2).map over 3 items (len(pool) seen inside each task), then Pool(2).imap_unordered with sleep(3-n): results in completion order
# Source: conformance examples 19 (Pool(2).map, tutorial 2 "池(Pool)") and 18 (Group.imap_unordered,
# tutorial 2), joined into one program for this lesson. Changes: example 18's Group is the same
# Pool(2) here, so task 2 can start only when a slot frees; `print j` -> print(j).
# expected.out: what gevent 22.10.2 / greenlet 2.0.2 printed (5 runs agreed); 3.0 s.
import gevent
from gevent.pool import Pool

pool = Pool(2)

def hello_from(n):
    print('Size of len pool %s' % len(pool))

pool.map(hello_from, range(3))

def task(n):
    gevent.sleep(3 - n)
    return 'task', n

for j in pool.imap_unordered(task, range(3)):
    print(j)
