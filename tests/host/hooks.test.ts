// Host hooks through a VirtualMachine: events in order, branch directions, instruction views.
import { capturedVm } from './support.js';
import { describe, expect, it } from 'vitest';
import type { TraceHooks } from '../../vm/trace.js';
import { getHooks } from '../../vm/trace.js';
import { repr } from '../../vm/abstract.js';

describe('hooks through VirtualMachine', () => {
  it('call, line, return and exception events arrive in program order', () => {
    const log: string[] = [];
    const hooks: TraceHooks = {
      onCall: (f) => log.push(`call ${f.f_code.co_name}`),
      onLine: (f, n) => log.push(`line ${f.f_code.co_name} ${n}`),
      onReturn: (f, v) => log.push(`return ${f.f_code.co_name} ${v === undefined ? '<exc>' : repr(v)}`),
      onException: (f, e) => log.push(`exception ${f.f_code.co_name} ${e.ob_type.name}`),
    };
    const { vm, out } = capturedVm({ hooks });
    vm.run([
      'def sq(x):',
      '    return x * x',
      'def bad():',
      '    raise ValueError("no")',
      'y = sq(3)',
      'try:',
      '    bad()',
      'except ValueError:',
      '    pass',
      'print(y)',
    ].join('\n'));
    expect(out()).toBe('9\n');
    expect(log).toEqual([
      'call <module>',
      'line <module> 1', 'line <module> 3', 'line <module> 5',
      'call sq', 'line sq 2', 'return sq 9',
      'line <module> 6', 'line <module> 7',
      'call bad', 'line bad 4', 'exception bad ValueError', 'return bad <exc>',
      'exception <module> ValueError',
      'line <module> 8', 'line <module> 9', 'line <module> 10',
      'return <module> None',
    ]);
    expect(getHooks()).toBe(null);
  });

  it('onBranch reports each conditional jump with the direction taken', () => {
    const seen: string[] = [];
    const { vm } = capturedVm({ hooks: { onBranch: (code, off, taken) => seen.push(`${code.co_name}@${off}:${taken ? 'jump' : 'fall'}`) } });
    vm.run('for i in range(2):\n    if i:\n        pass\n');
    // FOR_ITER at 10 falls through twice then jumps; POP_JUMP_IF_FALSE at 16 jumps for 0, falls for 1.
    expect(seen).toEqual(['<module>@10:fall', '<module>@16:jump', '<module>@10:fall', '<module>@16:fall', '<module>@10:jump']);
  });

  it('onInstruction sees opnames and read-only stack views', () => {
    const seen: string[] = [];
    const { vm } = capturedVm({
      hooks: { onInstruction: (f, off, op, stack) => { if (f.f_code.co_name === '<module>') seen.push(`${off} ${op} [${stack.map((v) => repr(v)).join(', ')}]`); } },
    });
    vm.run('x = 1 + 2');
    expect(seen).toEqual(['0 LOAD_CONST []', '2 STORE_NAME [3]', '4 LOAD_CONST []', '6 RETURN_VALUE [None]']);
  });

  it('hooks are off for another machine and after the run', () => {
    let n = 0;
    const a = capturedVm({ hooks: { onLine: () => { n++; } } });
    const b = capturedVm();
    b.vm.run('for i in range(3): pass');
    expect(n).toBe(0);
    a.vm.run('for i in range(3): pass');
    expect(n).toBeGreaterThan(0);
    expect(getHooks()).toBe(null);
  });
});
