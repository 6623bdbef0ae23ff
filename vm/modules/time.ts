/**
 * The `time` module: clocks (time, time_ns, perf_counter, monotonic, process_time and their _ns
 * forms), a blocking sleep, and the calendar functions gmtime/localtime/mktime/asctime/ctime/
 * strftime over `struct_time`, a tuple subclass with named fields (tm_zone and tm_gmtoff are
 * attributes only, as in CPython). Calendar arithmetic uses JS Date in UTC or local time.
 * CPython: Modules/timemodule.c, Objects/structseq.c.
 */
import {
  None, PyBuiltinFunction, PyFloat, PyTuple, PyType, TupleType, defGetSet, defMethod, isSubtype, typeOf, type PyValue,
} from '../objects/object.js';
import { Exc, newException, typeError } from '../objects/exceptions.js';
import { makeNativeModule, type PyModule } from '../objects/module.js';
import { registerBuiltinModule } from './registry.js';
import { K_FLOAT, K_INT, floatOf, intOf, numKind } from '../objects/numeric.js';
import { repr as pyRepr, toArray } from '../abstract.js';

export const StructTimeType = new PyType('struct_time', TupleType);
StructTimeType.module = 'time';

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];
const zoneOf = new WeakMap<PyTuple, [PyValue, PyValue]>();

function structTime(items: PyValue[], zone: PyValue, gmtoff: PyValue, type: PyType = StructTimeType): PyTuple {
  const t = new PyTuple(items);
  t.ob_type = type;
  zoneOf.set(t, [zone, gmtoff]);
  return t;
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DAYS_FULL = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/** Seconds since the epoch from an optional argument (None = now), floored as time_t. */
function secondsArg(args: PyValue[], fname: string): number {
  if (args.length > 1) throw typeError(`${fname}() takes at most 1 argument (${args.length} given)`);
  if (args.length === 0 || args[0] === None) return Math.floor(Date.now() / 1000);
  const v = args[0];
  const k = numKind(v);
  if (k === K_INT) return Number(intOf(v));
  if (k === K_FLOAT) {
    const x = floatOf(v);
    if (x !== x) throw newException(Exc.ValueError, 'Invalid value NaN (not a number)');
    if (!Number.isFinite(x)) throw newException(Exc.OverflowError, 'timestamp out of range for platform time_t');
    return Math.trunc(x) - (x < 0 && x !== Math.trunc(x) ? 1 : 0);
  }
  throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

function yday(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m, d) - Date.UTC(y, 0, 1)) / 86400000) + 1;
}

function fromDate(d: Date, utc: boolean): PyTuple {
  if (Number.isNaN(d.getTime())) throw newException(Exc.OverflowError, 'timestamp out of range for platform time_t');
  if (utc) {
    const y = d.getUTCFullYear(), m = d.getUTCMonth(), day = d.getUTCDate();
    return structTime([y, m + 1, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), (d.getUTCDay() + 6) % 7,
      yday(y, m, day), 0], 'GMT', 0);
  }
  const y = d.getFullYear(), m = d.getMonth(), day = d.getDate();
  const off = -d.getTimezoneOffset();
  const jan = -new Date(y, 0, 1).getTimezoneOffset(), jul = -new Date(y, 6, 1).getTimezoneOffset();
  const isdst = jan !== jul && off === Math.max(jan, jul) ? 1 : 0;
  return structTime([y, m + 1, day, d.getHours(), d.getMinutes(), d.getSeconds(), (d.getDay() + 6) % 7, yday(y, m, day),
    isdst], zoneName(d), off * 60);
}

let zoneFormat: Intl.DateTimeFormat | null = null;

function zoneName(d: Date): string {
  // en-US names a zero offset 'GMT' or 'UTC', both shown as 'UTC'; answering that without Intl
  // saves `import time` the 20 ms of loading the time-zone data, and the formatter is made once.
  if (d.getTimezoneOffset() === 0) return 'UTC';
  if (zoneFormat === null) zoneFormat = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' });
  return zoneFormat.formatToParts(d).find(p => p.type === 'timeZoneName')?.value ?? 'UTC';
}

interface Tm { year: number; mon: number; mday: number; hour: number; min: number; sec: number; wday: number; yday: number; isdst: number }

/** CPython: gettmarg + checktm (with strftime's normalisation of zero fields). */
function tmArg(v: PyValue, fname: string, normalise: boolean): Tm {
  if (!(v instanceof PyTuple)) throw typeError('Tuple or struct_time argument required');
  if (v.items.length !== 9) throw typeError(`${fname}(): illegal time tuple argument`);
  const n = v.items.map(x => {
    if (numKind(x) !== K_INT) throw typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
    return Number(intOf(x));
  });
  const tm: Tm = { year: n[0], mon: n[1], mday: n[2], hour: n[3], min: n[4], sec: n[5], wday: n[6], yday: n[7], isdst: n[8] };
  if (normalise) {
    if (tm.mon === 0) tm.mon = 1;
    if (tm.mday === 0) tm.mday = 1;
    if (tm.yday === 0) tm.yday = 1;
  }
  if (tm.mon < 1 || tm.mon > 12) throw newException(Exc.ValueError, 'month out of range');
  if (tm.mday < 1 || tm.mday > 31) throw newException(Exc.ValueError, 'day of month out of range');
  if (tm.hour < 0 || tm.hour > 23) throw newException(Exc.ValueError, 'hour out of range');
  if (tm.min < 0 || tm.min > 59) throw newException(Exc.ValueError, 'minute out of range');
  if (tm.sec < 0 || tm.sec > 61) throw newException(Exc.ValueError, 'seconds out of range');
  // gettmarg stores (wday + 1) % 7 (C's Sunday-based day) before checktm looks at it
  const cwday = (tm.wday + 1) % 7;
  if (cwday < 0) throw newException(Exc.ValueError, 'day of week out of range');
  tm.wday = (cwday + 6) % 7;
  if (tm.yday < 1 || tm.yday > 366) throw newException(Exc.ValueError, 'day of year out of range');
  return tm;
}

const pad = (n: number, w: number, c = '0'): string => String(n).padStart(w, c);

/** ISO 8601 week-based year and week number. */
function isoWeek(tm: Tm): [number, number] {
  const wdayIso = tm.wday + 1; // Monday = 1
  let year = tm.year;
  let week = Math.floor((tm.yday - wdayIso + 10) / 7);
  if (week < 1) {
    year--;
    const prevLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const prevDays = prevLeap ? 366 : 365;
    week = Math.floor((tm.yday + prevDays - wdayIso + 10) / 7);
  } else {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    if (week === 53 && tm.yday - wdayIso > (leap ? 366 : 365) - 4) {
      week = 1;
      year++;
    }
  }
  return [year, week];
}

/** glibc strftime's C-locale directives. */
function strftime(fmt: string, tm: Tm, zone: string, gmtoff: number): string {
  let out = '';
  const cwday = (tm.wday + 1) % 7; // Sunday = 0
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch !== '%' || i + 1 >= fmt.length) {
      out += ch;
      continue;
    }
    const d = fmt[++i];
    const h12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
    switch (d) {
      case 'a': out += DAYS[tm.wday]; break;
      case 'A': out += DAYS_FULL[tm.wday]; break;
      case 'b': case 'h': out += MONTHS[tm.mon - 1]; break;
      case 'B': out += MONTHS_FULL[tm.mon - 1]; break;
      case 'c': out += `${DAYS[tm.wday]} ${MONTHS[tm.mon - 1]} ${pad(tm.mday, 2, ' ')} ${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${tm.year}`; break;
      case 'C': out += pad(Math.floor(tm.year / 100), 2); break;
      case 'd': out += pad(tm.mday, 2); break;
      case 'D': out += `${pad(tm.mon, 2)}/${pad(tm.mday, 2)}/${pad(((tm.year % 100) + 100) % 100, 2)}`; break;
      case 'e': out += pad(tm.mday, 2, ' '); break;
      case 'F': out += `${tm.year}-${pad(tm.mon, 2)}-${pad(tm.mday, 2)}`; break;
      case 'G': out += isoWeek(tm)[0]; break;
      case 'g': out += pad(((isoWeek(tm)[0] % 100) + 100) % 100, 2); break;
      case 'H': out += pad(tm.hour, 2); break;
      case 'I': out += pad(h12, 2); break;
      case 'j': out += pad(tm.yday, 3); break;
      case 'k': out += pad(tm.hour, 2, ' '); break;
      case 'l': out += pad(h12, 2, ' '); break;
      case 'm': out += pad(tm.mon, 2); break;
      case 'M': out += pad(tm.min, 2); break;
      case 'n': out += '\n'; break;
      case 'p': out += tm.hour < 12 ? 'AM' : 'PM'; break;
      case 'P': out += tm.hour < 12 ? 'am' : 'pm'; break;
      case 'r': out += `${pad(h12, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${tm.hour < 12 ? 'AM' : 'PM'}`; break;
      case 'R': out += `${pad(tm.hour, 2)}:${pad(tm.min, 2)}`; break;
      case 'S': out += pad(tm.sec, 2); break;
      case 't': out += '\t'; break;
      case 'T': out += `${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)}`; break;
      case 'u': out += tm.wday + 1; break;
      case 'U': out += pad(Math.floor((tm.yday - 1 + 7 - cwday) / 7), 2); break;
      case 'V': out += pad(isoWeek(tm)[1], 2); break;
      case 'w': out += cwday; break;
      case 'W': out += pad(Math.floor((tm.yday - 1 + 7 - tm.wday) / 7), 2); break;
      case 'x': out += `${pad(tm.mon, 2)}/${pad(tm.mday, 2)}/${pad(((tm.year % 100) + 100) % 100, 2)}`; break;
      case 'X': out += `${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)}`; break;
      case 'y': out += pad(((tm.year % 100) + 100) % 100, 2); break;
      case 'Y': out += tm.year; break;
      case 'z': {
        const a = Math.abs(gmtoff);
        out += `${gmtoff < 0 ? '-' : '+'}${pad(Math.floor(a / 3600), 2)}${pad(Math.floor((a % 3600) / 60), 2)}`;
        break;
      }
      case 'Z': out += zone; break;
      case '%': out += '%'; break;
      default: out += '%' + d;
    }
  }
  return out;
}

function asctime(tm: Tm): string {
  return `${DAYS[tm.wday]} ${MONTHS[tm.mon - 1]}${pad(tm.mday, 3, ' ')} ${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${tm.year}`;
}

function localNow(): PyTuple {
  return fromDate(new Date(), false);
}

function sleep(secs: number): void {
  if (secs < 0) throw newException(Exc.ValueError, 'sleep length must be non-negative');
  if (secs === 0) return;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, secs * 1000);
}

const startCpu = process.cpuUsage();

function install(): void {
  const T = StructTimeType;
  T.dict.set('__new__', new PyBuiltinFunction('__new__', (_s, a) => {
    const cls = a[0];
    if (!(cls instanceof PyType) || !isSubtype(cls, T)) throw typeError('struct_time.__new__(X): X is not a subtype of time.struct_time');
    if (a.length < 2) throw typeError("struct_time() missing required argument 'sequence' (pos 1)");
    const items = toArray(a[1]);
    if (items.length < 9) throw typeError(`time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`);
    if (items.length > 11) throw typeError(`time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`);
    return structTime(items.slice(0, 9), items[9] ?? None, items[10] ?? None, cls);
  }, T));
  FIELDS.forEach((name, i) => defGetSet(T, name, s => (s as PyTuple).items[i]));
  defGetSet(T, 'tm_zone', s => zoneOf.get(s as PyTuple)?.[0] ?? None);
  defGetSet(T, 'tm_gmtoff', s => zoneOf.get(s as PyTuple)?.[1] ?? None);
  T.dict.set('n_fields', 11);
  T.dict.set('n_sequence_fields', 9);
  T.dict.set('n_unnamed_fields', 0);
  defMethod(T, '__repr__', s => {
    const items = (s as PyTuple).items;
    return `time.struct_time(${FIELDS.map((f, i) => `${f}=${pyRepr(items[i])}`).join(', ')})`;
  });
  defMethod(T, '__reduce__', s => new PyTuple([T, new PyTuple([new PyTuple((s as PyTuple).items)])]));
}

install();

function tmFromArgs(args: PyValue[], fname: string, normalise: boolean): [Tm, string, number] {
  if (args.length === 0) {
    const t = localNow();
    const z = zoneOf.get(t)!;
    return [tmArg(t, fname, normalise), z[0] as string, z[1] as number];
  }
  const v = args[0];
  const z = v instanceof PyTuple ? zoneOf.get(v) : undefined;
  return [tmArg(v, fname, normalise), typeof z?.[0] === 'string' ? z[0] : 'UTC', typeof z?.[1] === 'number' ? z[1] : 0];
}

function build(): PyModule {
  const f = (x: number): PyFloat => new PyFloat(x);
  const noArgs = (name: string, fn: () => PyValue) => (_s: PyValue, a: PyValue[]): PyValue => {
    if (a.length !== 0) throw typeError(`time.${name}() takes no arguments (${a.length} given)`);
    return fn();
  };
  const cpu = (): number => {
    const u = process.cpuUsage(startCpu);
    return (u.user + u.system) / 1e6;
  };
  const perfNs = (): bigint => process.hrtime.bigint();
  const big = (b: bigint): PyValue => (b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b);
  const offset = new Date().getTimezoneOffset();
  const m = makeNativeModule('time', {
    time: noArgs('time', () => f(Date.now() / 1000)),
    time_ns: noArgs('time_ns', () => big(BigInt(Date.now()) * 1000000n)),
    perf_counter: noArgs('perf_counter', () => f(performance.now() / 1000)),
    perf_counter_ns: noArgs('perf_counter_ns', () => big(perfNs())),
    monotonic: noArgs('monotonic', () => f(performance.now() / 1000)),
    monotonic_ns: noArgs('monotonic_ns', () => big(perfNs())),
    process_time: noArgs('process_time', () => f(cpu())),
    process_time_ns: noArgs('process_time_ns', () => big(BigInt(Math.round(cpu() * 1e9)))),
    thread_time: noArgs('thread_time', () => f(cpu())),
    sleep: (_s, a) => {
      if (a.length !== 1) throw typeError(`time.sleep() takes exactly one argument (${a.length} given)`);
      const k = numKind(a[0]);
      if (k !== K_INT && k !== K_FLOAT) throw typeError(`'${typeOf(a[0]).name}' object cannot be interpreted as an integer`);
      sleep(floatOf(a[0]));
      return None;
    },
    gmtime: (_s, a) => fromDate(new Date(secondsArg(a, 'gmtime') * 1000), true),
    localtime: (_s, a) => fromDate(new Date(secondsArg(a, 'localtime') * 1000), false),
    mktime: (_s, a) => {
      if (a.length !== 1) throw typeError(`time.mktime() takes exactly one argument (${a.length} given)`);
      if (!(a[0] instanceof PyTuple)) throw typeError('Tuple or struct_time argument required');
      const n = a[0].items.map(x => Number(intOf(x)));
      if (n.length !== 9) throw typeError('mktime(): illegal time tuple argument');
      const d = new Date(n[0], n[1] - 1, n[2], n[3], n[4], n[5]);
      return f(Math.floor(d.getTime() / 1000));
    },
    asctime: (_s, a) => {
      if (a.length > 1) throw typeError(`asctime expected at most 1 argument, got ${a.length}`);
      return asctime(tmFromArgs(a, 'asctime', false)[0]);
    },
    ctime: (_s, a) => asctime(tmArg(fromDate(new Date(secondsArg(a, 'ctime') * 1000), false), 'ctime', false)),
    strftime: (_s, a) => {
      if (a.length < 1 || a.length > 2) throw typeError(`strftime expected at most 2 arguments, got ${a.length}`);
      const fmt = a[0];
      if (typeof fmt !== 'string') throw typeError(`strftime() argument 1 must be str, not ${typeOf(fmt).name}`);
      const [tm, zone, off] = tmFromArgs(a.slice(1), 'strftime', true);
      return strftime(fmt, tm, zone, off);
    },
  }, {
    struct_time: StructTimeType,
    timezone: offset * 60,
    altzone: offset * 60,
    daylight: 0,
    tzname: new PyTuple([zoneName(new Date(2000, 0, 1)), zoneName(new Date(2000, 6, 1))]),
  });
  return m;
}

registerBuiltinModule('time', build);
