/**
 * node:os for the page: only cpus(), for os.cpu_count — one entry per logical processor the
 * browser reports.
 */
export function cpus(): unknown[] {
  const n = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 0;
  return new Array(n).fill({});
}

export default { cpus };
