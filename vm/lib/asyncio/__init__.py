"""asyncio for pyvm, written in Python on the VM's coroutines, with a virtual clock: when no
callback is ready the loop's time jumps to the next timer, so sleeps are instant and runs are
deterministic, while the order in which callbacks and tasks run is CPython's.
CPython: Lib/asyncio/__init__.py.
"""

from .exceptions import *
from .coroutines import *
from .events import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .tasks import *
from .taskgroups import *
from .timeouts import *

from . import exceptions, coroutines, events, futures, locks, queues, runners, tasks

__all__ = (exceptions.__all__ + coroutines.__all__ + events.__all__ + futures.__all__ +
           locks.__all__ + queues.__all__ + runners.__all__ + tasks.__all__ +
           taskgroups.__all__ + timeouts.__all__)
