/**
 * "Did you mean" hints on uncaught AttributeError and NameError (3.10+): the nearest name by
 * a Levenshtein distance where a case flip costs half a move, among dir(obj) for an attribute,
 * or the failing frame's local variable names, then globals, then builtins for a name.
 * CPython: Python/suggestions.c (3.11).
 */
import { type PyValue, lookupType, typeOf } from './objects/object.js';
import { Exc, type PyException } from './objects/exceptions.js';
import { PyDict } from './objects/dict.js';
import { callMethod, toArray } from './abstract.js';
import { PyTraceback, setSuggestionHook } from './traceback.js';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

const utf8 = new TextEncoder();

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

/** CPython: levenshtein_distance over UTF-8 bytes, giving up past maxCost. */
function levenshtein(a: Uint8Array, b: Uint8Array, maxCost: number): number {
  let aStart = 0, aEnd = a.length, bStart = 0, bEnd = b.length;
  while (aStart < aEnd && bStart < bEnd && a[aStart] === b[bStart]) {
    aStart++;
    bStart++;
  }
  while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  let x = a.subarray(aStart, aEnd), y = b.subarray(bStart, bEnd);
  if (x.length === 0 || y.length === 0) return (x.length + y.length) * MOVE_COST;
  if (x.length > MAX_STRING_SIZE || y.length > MAX_STRING_SIZE) return maxCost + 1;
  if (y.length < x.length) [x, y] = [y, x];
  if ((y.length - x.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0; i < x.length; i++) buffer.push((i + 1) * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < y.length; bi++) {
    const code = y[bi];
    let distance = result = bi * MOVE_COST;
    let minimum = Infinity;
    for (let i = 0; i < x.length; i++) {
      const substitute = distance + substitutionCost(code, x[i]);
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** CPython: calculate_suggestions — the closest candidate within a third of the characters. */
function closest(candidates: PyValue[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const nameBytes = utf8.encode(name);
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  for (const item of candidates) {
    if (typeof item !== 'string') return null;
    if (item === name) continue;
    const itemBytes = utf8.encode(item);
    let maxDistance = Math.floor((nameBytes.length + itemBytes.length + 3) * MOVE_COST / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(nameBytes, itemBytes, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

function sortedDir(obj: PyValue): PyValue[] {
  const f = lookupType(typeOf(obj), '__dir__');
  if (f === undefined) return [];
  const names = toArray(callMethod(f, obj, []));
  if (!names.every(n => typeof n === 'string')) return names;
  return (names as string[]).sort((p, q) => (p < q ? -1 : p > q ? 1 : 0));
}

/** CPython: _Py_Offer_Suggestions — only for exact AttributeError and NameError. */
function offer(exc: PyException, name: string, obj: PyValue | null): string | null {
  try {
    if (exc.ob_type === Exc.AttributeError) return obj === null ? null : closest(sortedDir(obj), name);
    if (exc.ob_type !== Exc.NameError) return null;
    let tb = exc.traceback instanceof PyTraceback ? exc.traceback : null;
    if (tb === null) return null;
    while (tb.tb_next !== null) tb = tb.tb_next;
    const f = tb.tb_frame;
    const fromLocals = closest(f.f_code.co_varnames.slice(), name);
    if (fromLocals !== null) return fromLocals;
    const fromGlobals = closest(dictKeys(f.f_globals), name);
    if (fromGlobals !== null) return fromGlobals;
    return closest(dictKeys(f.f_builtins), name);
  } catch {
    // a failing __dir__ just means no hint (CPython clears the error)
    return null;
  }
}

function dictKeys(d: PyDict): PyValue[] {
  return d.keysArray();
}

setSuggestionHook(offer);
