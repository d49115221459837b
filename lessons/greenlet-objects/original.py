# WHAT: Greenlet objects: a subclass with _run and __str__ and its states; a winner and a loser (value, successful, exception); kill and GreenletExit; a Timeout
# Source: written for this lesson from tutorial 4 "gevent" (MyNoopGreenlet with __init__/_run/__str__,
# kill), tutorial 2 section 4 ("Greenlet状态": win/fail) and tutorial 3/5 (subclassing Greenlet
# and overriding _run), as the conformance ports of those programs do.
# Changes: the parts run one after another; the kill and Timeout parts are written for this
# lesson from the tutorials' description of kill (it may carry an exception, the greenlet may
# catch it) and of timeouts. expected.out: what gevent 22.10.2 / greenlet 2.0.2 printed; 2.0 s.
# The loser's traceback goes to stderr, as gevent reports a failed greenlet.
import gevent
from gevent import Greenlet, GreenletExit, Timeout


class MyNoopGreenlet(Greenlet):

    def __init__(self, seconds):
        Greenlet.__init__(self)
        self.seconds = seconds

    def _run(self):
        gevent.sleep(self.seconds)

    def __str__(self):
        return 'MyNoopGreenlet(%s)' % self.seconds


a = MyNoopGreenlet(0.5)
print(str(a), 'started:', bool(a.started))
a.start()
print('after start(): started:', bool(a.started), 'ready:', a.ready())
a.join()
print('after join(): ready:', a.ready(), 'value:', a.value, 'successful:', a.successful())


def win():
    return 'you win!'


def fail():
    raise Exception('you fail at failing')


winner = gevent.spawn(win)
loser = gevent.spawn(fail)
gevent.joinall([winner, loser])  # does not raise: the failure stays inside the loser
print('winner:', winner.value, winner.successful())
print('loser:', loser.value, loser.successful(), loser.exception)


def sleeper():
    try:
        gevent.sleep(10)
    except GreenletExit:
        print('sleeper: killed')
        raise


s = gevent.spawn(sleeper)
gevent.sleep(1)
s.kill()  # throws GreenletExit into s and waits until it is dead
print('dead:', s.dead, 'value:', type(s.value).__name__, 'successful:', s.successful())

try:
    with Timeout(0.5):
        gevent.sleep(2)
    print('not reached')
except Timeout as t:
    print('timed out:', t)
