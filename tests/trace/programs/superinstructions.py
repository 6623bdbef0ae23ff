# Tracing switched on in the middle of a running function: every instruction of the fused pairs
# the loop runs as one step (LOAD_FAST+LOAD_FAST, LOAD_FAST+LOAD_CONST, STORE_FAST+LOAD_FAST,
# COMPARE_OP+POP_JUMP_IF_FALSE, LOAD_FAST+LOAD_ATTR, LOAD_FAST+LOAD_METHOD,
# POP_JUMP_IF_FALSE+LOAD_FAST, STORE_FAST+JUMP_ABSOLUTE) must still get its own opcode event,
# with its own f_lasti.
import dis
import sys


def op_tracer(frame, event, arg):
    if frame.f_code.co_name != 'work':
        return None
    frame.f_trace_opcodes = True
    if event == 'opcode':
        op = frame.f_code.co_code[frame.f_lasti]
        print(event, frame.f_lineno, frame.f_lasti, dis.opname[op])
    else:
        print(event, frame.f_lineno)
    return op_tracer


def switch_on():
    caller = sys._getframe(1)
    caller.f_trace = op_tracer
    caller.f_trace_opcodes = True
    sys.settrace(op_tracer)


class Box:
    def __init__(self):
        self.v = 1

    def get(self):
        return self.v


def work(n):
    total = 0
    i = 0
    box = Box()
    flag = True
    while i < n:
        if i == 2:
            switch_on()
        x = i
        total = total + x + box.v
        if flag:
            x = box.get()
        i = i + 1
    sys.settrace(None)
    return total


print(work(4))
