import sys

YIELD_VALUE = 86
YIELD_FROM = 72


class ArcTracer:
    """Records (from_line, to_line) arcs per code name, as coverage.py's PyTracer does."""

    def __init__(self):
        self.arcs = set()
        self.lines = set()
        self.stack = []
        self.last_line = 0

    def trace(self, frame, event, arg):
        code = frame.f_code
        if event == 'call':
            self.stack.append(self.last_line)
            if frame.f_lasti < 0:
                self.last_line = -code.co_firstlineno
            else:
                self.last_line = frame.f_lineno
        elif event == 'line':
            self.arcs.add((code.co_name, self.last_line, frame.f_lineno))
            self.lines.add((code.co_name, frame.f_lineno))
            self.last_line = frame.f_lineno
        elif event == 'return':
            real_return = code.co_code[frame.f_lasti] not in (YIELD_VALUE, YIELD_FROM)
            if real_return:
                self.arcs.add((code.co_name, self.last_line, -code.co_firstlineno))
            self.last_line = self.stack.pop()
        return self.trace

    def report(self):
        for arc in sorted(self.arcs):
            print('arc', *arc)
        names = sorted(set(n for n, _ in self.lines))
        for n in names:
            print('lines', n, sorted(l for m, l in self.lines if m == n))


def main():
    total = 0
    for i in range(3):
        if i == 1:
            continue
        total += i
    while total < 10:
        total *= 2
        if total > 8:
            break
    else:
        total = -1
    print(total)

t = ArcTracer()
sys.settrace(t.trace)
main()
sys.settrace(None)
t.report()
