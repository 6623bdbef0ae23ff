from enum import Enum, auto

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()

class Event(Enum):
    START = 'start'
    PAUSE = 'pause'
    RESUME = 'resume'
    FINISH = 'finish'

TRANSITIONS = {
    (State.IDLE, Event.START): State.RUNNING,
    (State.RUNNING, Event.PAUSE): State.PAUSED,
    (State.PAUSED, Event.RESUME): State.RUNNING,
    (State.RUNNING, Event.FINISH): State.DONE,
}

def run(events):
    state = State.IDLE
    log = [state.name]
    for ev in events:
        key = (state, Event(ev))
        if key not in TRANSITIONS:
            log.append('!%s@%s' % (ev, state.name))
            continue
        state = TRANSITIONS[key]
        log.append(state.name)
    return state, log

print(run(['start', 'pause', 'resume', 'finish']))
print(run(['pause', 'start', 'start', 'finish', 'resume']))
counts = {}
for (s, e), t in TRANSITIONS.items():
    counts[s] = counts.get(s, 0) + 1
print(sorted((s.name, n) for s, n in counts.items()))
print([s for s in State if s not in {t for t in TRANSITIONS.values()}])
try:
    run(['explode'])
except ValueError as e:
    print(type(e).__name__, e)
