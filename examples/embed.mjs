// Embedding pyvm in a JavaScript host: a host module, captured output, values both ways,
// a step budget, and stepping a program line by line.  Run after `npm run build`:
//   node examples/embed.mjs
import { VirtualMachine } from '../dist/index.js';

let output = '';
const vm = new VirtualMachine({
  stdout: (text) => { output += text; },     // the program's print() output
  maxSteps: 1_000_000,                       // a runaway loop ends in KeyboardInterrupt
});

// `import host` in Python gives these; arguments and results are converted.
vm.registerModule('host', {
  fetchScores: () => ({ ada: [90, 85], bob: [70, 95, 80] }),
  report: (name, mean) => console.log(`host got ${name}: ${mean}`),
  UNITS: 'points',
});

const { exitCode } = vm.run(`
import host
scores = host.fetchScores()
means = {name: sum(s) / len(s) for name, s in scores.items()}
for name, mean in sorted(means.items()):
    host.report(name, round(mean, 1))
print("best:", max(means, key=means.get), host.UNITS)
`);
console.log('exit code', exitCode, '| captured stdout:', JSON.stringify(output));

// The same __main__ lives on: evaluate, read globals, call a Python function from JS.
console.log('means =', vm.eval('means'));                   // Map { 'ada' => 87.5, 'bob' => 81.66… }
vm.exec('def scale(x, k=2):\n    return [v * k for v in x]');
const scale = vm.globals.get('scale');
console.log('scale([1, 2, 3]) =', scale([1, 2, 3]));       // [ 2, 4, 6 ]

// Stepping: pause at each new line and look at the paused frame.
const ex = vm.start('total = 0\nfor i in range(3):\n    total += i\nprint("total", total)\n', 'steps.py');
const lines = [];
for (let s = ex.step('line'); s.status === 'paused'; s = ex.step('line')) lines.push(s.lineno);
console.log('lines visited:', lines.join(' '), '| output now:', JSON.stringify(output.split('\n').at(-2)));

// The sandbox: no file system unless { filesystem: true }.
vm.exec('try:\n    open("/etc/hostname")\nexcept PermissionError as e:\n    print("sandboxed:", e)');
console.log(output.trim().split('\n').at(-1));
