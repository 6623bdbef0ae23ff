/** node:perf_hooks for the page: the browser's own high-resolution clock. */
export const performance = globalThis.performance;

export default { performance };
