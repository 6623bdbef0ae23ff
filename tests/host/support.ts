/**
 * A VirtualMachine whose stdout and stderr are collected, for the host tests. Imported first by
 * each test file: loading the object model from object_type.ts first keeps vitest's module
 * loader out of an import cycle (attributes.ts ↔ descriptors.ts) that node's loader tolerates.
 */
import '../../vm/objects/object_type.js';
import { VirtualMachine, type VirtualMachineOptions } from '../../vm/host/vm.js';

export interface Captured {
  vm: VirtualMachine;
  out: () => string;
  err: () => string;
}

export function capturedVm(options: VirtualMachineOptions = {}): Captured {
  let out = '', err = '';
  const vm = new VirtualMachine({ stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, ...options });
  return { vm, out: () => out, err: () => err };
}
