/**
 * The `json` module: dumps/loads/dump/load, the JSONEncoder and JSONDecoder classes (plain
 * Python-subclassable classes whose options live in the instance dict, so a subclass can
 * override `default`, `encode` or `decode`) and JSONDecodeError with its msg/doc/pos/lineno/colno.
 * The scanning and encoding themselves are in json_decode.ts and json_encode.ts.
 * CPython: Lib/json/__init__.py, encoder.py, decoder.py.
 */
import {
  None, ObjectType, PyList, PyTuple, PyType, TPFLAGS_BASETYPE, TPFLAGS_BASE_EXC_SUBCLASS, defMethod,
  lookupType, shortTypeName, typeOf, type PyValue,
} from '../objects/object.js';
import { Exc, PyException, initException, newException, typeError } from '../objects/exceptions.js';
import { makeNativeModule, type PyModule } from '../objects/module.js';
import { registerBuiltinModule, sysModules } from './registry.js';
import { getAttr, isTrue, repr as pyRepr, setAttr } from '../abstract.js';
import { callObject } from '../call.js';
import { K_INT, intOf, numKind } from '../objects/numeric.js';
import { bytesData } from '../objects/bytes.js';
import { bindPy } from './pyargs.js';
import { encodeJson, encodeJsonChunks, quoteString, type EncodeOptions } from './json_encode.js';
import { Scanner, ScanError, StopScan, codePointIndex, utf16Index, type DecodeOptions } from './json_decode.js';
import { ListIterator } from '../objects/iter.js';

export const JSONDecodeErrorType = new PyType('JSONDecodeError', Exc.ValueError, TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS);
JSONDecodeErrorType.module = 'json.decoder';
export const JSONEncoderType = new PyType('JSONEncoder', ObjectType, TPFLAGS_BASETYPE);
JSONEncoderType.module = 'json.encoder';
// instances are ordinary objects with a __dict__ (options are instance attributes, as in encoder.py)
JSONEncoderType.native = ObjectType;
export const JSONDecoderType = new PyType('JSONDecoder', ObjectType, TPFLAGS_BASETYPE);
JSONDecoderType.module = 'json.decoder';
JSONDecoderType.native = ObjectType;

/** JSONDecodeError(msg, doc, pos): pos is a code-point index into doc. */
function decodeError(msg: string, doc: string, idx16: number): PyException {
  const e = callObject(JSONDecodeErrorType, [msg, doc, codePointIndex(doc, idx16)], null);
  return e as PyException;
}

function initDecodeError(self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  const [msg, doc, pos] = bindPy('JSONDecodeError.__init__', args, kw, ['msg', 'doc', 'pos'], 3);
  if (typeof doc !== 'string') throw typeError(`'${typeOf(doc!).name}' object is not subscriptable`);
  const p = Number(intOf(pos!));
  const head = doc.slice(0, utf16Index(doc, p));
  const lineno = head.split('\n').length;
  const nl = head.lastIndexOf('\n');
  const colno = nl < 0 ? p + 1 : p - codePointIndex(doc, nl);
  const e = self as PyException;
  initException(e, [`${typeof msg === 'string' ? msg : pyRepr(msg!)}: line ${lineno} column ${colno} (char ${p})`], null);
  setAttr(e, 'msg', msg!);
  setAttr(e, 'doc', doc);
  setAttr(e, 'pos', pos!);
  setAttr(e, 'lineno', lineno);
  setAttr(e, 'colno', colno);
  return None;
}

// ---- encoder ----

const ENC_NAMES = ['skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'sort_keys', 'indent', 'separators', 'default'];

function encoderInit(self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  const v = bindPy('JSONEncoder.__init__', args, kw, ENC_NAMES, 0, 0);
  const flag = (i: number, d: boolean): PyValue => (v[i] === undefined ? d : v[i]!);
  setAttr(self, 'skipkeys', flag(0, false));
  setAttr(self, 'ensure_ascii', flag(1, true));
  setAttr(self, 'check_circular', flag(2, true));
  setAttr(self, 'allow_nan', flag(3, true));
  setAttr(self, 'sort_keys', flag(4, false));
  const indent = v[5] ?? None;
  setAttr(self, 'indent', indent);
  const seps = v[6] ?? None;
  if (seps !== None) {
    const items = getAttr(seps, '__iter__') !== None ? callObject(ListType(), [seps], null) as PyList : null;
    if (items === null || items.items.length !== 2) throw newException(Exc.ValueError, `too many values to unpack (expected 2)`);
    setAttr(self, 'item_separator', items.items[0]);
    setAttr(self, 'key_separator', items.items[1]);
  } else if (indent !== None) {
    setAttr(self, 'item_separator', ',');
  }
  if (v[7] !== undefined && v[7] !== None) setAttr(self, 'default', v[7]);
  return None;
}

function ListType(): PyType {
  return typeOf(new PyList([]));
}

function encoderOptions(self: PyValue, oneShot: boolean): EncodeOptions {
  const indentV = getAttr(self, 'indent');
  let indent: string | null = null;
  if (indentV !== None) {
    if (typeof indentV === 'string') indent = indentV;
    else if (numKind(indentV) === K_INT) indent = ' '.repeat(Math.max(0, Number(intOf(indentV))));
    else throw typeError(`can't multiply sequence by non-int of type '${typeOf(indentV).name}'`);
  }
  const sep = (name: string): string => {
    const s = getAttr(self, name);
    if (typeof s !== 'string') throw typeError(`'${typeOf(s).name}' object is not a str`);
    return s;
  };
  return {
    skipkeys: isTrue(getAttr(self, 'skipkeys')),
    ensureAscii: isTrue(getAttr(self, 'ensure_ascii')),
    checkCircular: isTrue(getAttr(self, 'check_circular')),
    allowNan: isTrue(getAttr(self, 'allow_nan')),
    sortKeys: isTrue(getAttr(self, 'sort_keys')),
    indent,
    itemSeparator: sep('item_separator'),
    keySeparator: sep('key_separator'),
    dflt: getAttr(self, 'default'),
    cFlavour: oneShot && indent === null,
  };
}

let nativeIterencode: PyValue = None;

function encoderEncode(self: PyValue, o: PyValue): PyValue {
  if (typeof o === 'string') return quoteString(o, isTrue(getAttr(self, 'ensure_ascii')));
  if (lookupType(typeOf(self), 'iterencode') === nativeIterencode) return encodeJson(o, encoderOptions(self, true));
  const chunks = callObject(getAttr(self, 'iterencode'), [o, true], null);
  const list = chunks instanceof PyList ? chunks : callObject(ListType(), [chunks], null) as PyList;
  return list.items.map(c => (typeof c === 'string' ? c : '')).join('');
}

// ---- decoder ----

const DEC_NAMES = ['object_hook', 'parse_float', 'parse_int', 'parse_constant', 'strict', 'object_pairs_hook'];

function decoderInit(self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  const v = bindPy('JSONDecoder.__init__', args, kw, DEC_NAMES, 0, 0);
  setAttr(self, 'object_hook', v[0] ?? None);
  setAttr(self, 'parse_float', v[1] ?? None);
  setAttr(self, 'parse_int', v[2] ?? None);
  setAttr(self, 'parse_constant', v[3] ?? None);
  setAttr(self, 'strict', v[4] ?? true);
  setAttr(self, 'object_pairs_hook', v[5] ?? None);
  return None;
}

function decoderOptions(self: PyValue): DecodeOptions {
  const hook = (n: string): PyValue => getAttr(self, n);
  const floatType = typeOf(1.5 as unknown as PyValue);
  const pf = hook('parse_float');
  return {
    objectHook: hook('object_hook'),
    objectPairsHook: hook('object_pairs_hook'),
    parseFloat: pf === floatType ? None : pf,
    parseInt: hook('parse_int'),
    parseConstant: hook('parse_constant'),
    strict: isTrue(hook('strict')),
  };
}

/** CPython: JSONDecoder.raw_decode. Returns [value, end] with end in UTF-16 units. */
function rawDecode(s: string, idx: number, o: DecodeOptions): [PyValue, number] {
  try {
    return new Scanner(s, o).scanOnce(idx);
  } catch (e) {
    if (e instanceof StopScan) throw decodeError('Expecting value', s, e.idx);
    if (e instanceof ScanError) throw decodeError(e.msg, s, e.idx);
    throw e;
  }
}

function decode(s: string, o: DecodeOptions): PyValue {
  const sc = new Scanner(s, o);
  const [v, end] = rawDecode(s, sc.skipWs(0), o);
  const after = sc.skipWs(end);
  if (after !== s.length) throw decodeError('Extra data', s, after);
  return v;
}

/** loads()'s input: str, or bytes decoded as UTF-8 (with or without BOM). */
function docString(s: PyValue): string {
  if (typeof s === 'string') {
    if (s.startsWith('\ufeff')) throw decodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0);
    return s;
  }
  const data = bytesData(s);
  if (data === null) throw typeError(`the JSON object must be str, bytes or bytearray, not ${typeOf(s).name}`);
  let text = Buffer.from(data).toString('utf8');
  if (text.startsWith('\ufeff')) text = text.slice(1);
  return text;
}

// ---- module functions ----

/** dumps/dump: splits out `cls` and passes every other keyword to the encoder class. */
function makeEncoder(fname: string, args: PyValue[], kw: readonly string[] | null, npos: number): [PyValue[], PyValue] {
  const nkw = kw === null ? 0 : kw.length;
  const given = args.length - nkw;
  if (given > npos) {
    throw typeError(`${fname}() takes ${npos} positional argument${npos === 1 ? '' : 's'} but ${given} were given`);
  }
  if (given < npos) {
    const names = npos === 1 ? ['obj'] : ['obj', 'fp'];
    const missing = names.slice(given);
    throw typeError(`${fname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${missing.map(n => `'${n}'`).join(' and ')}`);
  }
  let cls: PyValue = None;
  const encArgs: PyValue[] = [];
  const encKw: string[] = [];
  for (let i = 0; i < nkw; i++) {
    const name = kw![i];
    if (name === 'cls') cls = args[given + i];
    else {
      encArgs.push(args[given + i]);
      encKw.push(name);
    }
  }
  const c = cls === None ? JSONEncoderType : cls;
  const enc = callObject(c, encArgs, encKw.length === 0 ? null : encKw);
  return [args.slice(0, given), enc];
}

function dumps(_s: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  const [pos, enc] = makeEncoder('dumps', args, kw, 1);
  return callObject(getAttr(enc, 'encode'), [pos[0]], null);
}

function dump(_s: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  const [pos, enc] = makeEncoder('dump', args, kw, 2);
  const write = getAttr(pos[1], 'write');
  const chunks = callObject(getAttr(enc, 'iterencode'), [pos[0]], null);
  const list = chunks instanceof PyList ? chunks : callObject(ListType(), [chunks], null) as PyList;
  for (const c of list.items) callObject(write, [c], null);
  return None;
}

function loadsWith(s: PyValue, args: PyValue[], kw: readonly string[] | null, from: number): PyValue {
  let cls: PyValue = None;
  const decArgs: PyValue[] = [];
  const decKw: string[] = [];
  const nkw = kw === null ? 0 : kw.length;
  for (let i = 0; i < nkw; i++) {
    const name = kw![i];
    if (name === 'cls') cls = args[from + i];
    else {
      decArgs.push(args[from + i]);
      decKw.push(name);
    }
  }
  const doc = docString(s);
  if (cls === None && decKw.length === 0) return decode(doc, DEFAULT_DECODE);
  const dec = callObject(cls === None ? JSONDecoderType : cls, decArgs, decKw.length === 0 ? null : decKw);
  return callObject(getAttr(dec, 'decode'), [doc], null);
}

const DEFAULT_DECODE: DecodeOptions = {
  objectHook: None, objectPairsHook: None, parseFloat: None, parseInt: None, parseConstant: None, strict: true,
};

function loads(_s: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  const nkw = kw === null ? 0 : kw.length;
  const given = args.length - nkw;
  if (given > 1) throw typeError(`loads() takes 1 positional argument but ${given} were given`);
  if (given < 1) throw typeError("loads() missing 1 required positional argument: 's'");
  return loadsWith(args[0], args, kw, 1);
}

function load(_s: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  const nkw = kw === null ? 0 : kw.length;
  const given = args.length - nkw;
  if (given > 1) throw typeError(`load() takes 1 positional argument but ${given} were given`);
  if (given < 1) throw typeError("load() missing 1 required positional argument: 'fp'");
  const text = callObject(getAttr(args[0], 'read'), [], null);
  return loadsWith(text, args, kw, 1);
}

function install(): void {
  defMethod(JSONDecodeErrorType, '__init__', initDecodeError);

  const E = JSONEncoderType;
  E.dict.set('item_separator', ', ');
  E.dict.set('key_separator', ': ');
  defMethod(E, '__init__', encoderInit);
  defMethod(E, 'default', (_self, a) => {
    throw typeError(`Object of type ${shortTypeName(typeOf(a[0]))} is not JSON serializable`);
  });
  defMethod(E, 'encode', (self, a, kw) => {
    const [o] = bindPy('JSONEncoder.encode', a, kw, ['o'], 1);
    return encoderEncode(self, o!);
  });
  defMethod(E, 'iterencode', (self, a, kw) => {
    const [o, oneShot] = bindPy('JSONEncoder.iterencode', a, kw, ['o', '_one_shot'], 1);
    const chunks = encodeJsonChunks(o!, encoderOptions(self, oneShot !== undefined && isTrue(oneShot)));
    return new ListIterator(new PyList(chunks));
  });
  nativeIterencode = E.dict.get('iterencode')!;

  const D = JSONDecoderType;
  defMethod(D, '__init__', decoderInit);
  defMethod(D, 'decode', (self, a, kw) => {
    const [s] = bindPy('JSONDecoder.decode', a, kw, ['s', '_w'], 1);
    if (typeof s !== 'string') throw typeError(`expected string or buffer`);
    return decode(s, decoderOptions(self));
  });
  defMethod(D, 'raw_decode', (self, a, kw) => {
    const [s, idx] = bindPy('JSONDecoder.raw_decode', a, kw, ['s', 'idx'], 1);
    if (typeof s !== 'string') throw typeError(`first argument must be a string, not ${typeOf(s!).name}`);
    const start = idx === undefined ? 0 : Number(intOf(idx));
    const [v, end] = rawDecode(s, utf16Index(s, start), decoderOptions(self));
    return new PyTuple([v, codePointIndex(s, end)]);
  });
}

install();

function build(): PyModule {
  const m = makeNativeModule('json', { dumps, dump, loads, load });
  m.dict.setStr('JSONDecodeError', JSONDecodeErrorType);
  m.dict.setStr('JSONEncoder', JSONEncoderType);
  m.dict.setStr('JSONDecoder', JSONDecoderType);
  m.dict.setStr('__all__', new PyList(['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']));
  // json is a package in CPython whose __init__ imports .decoder and .encoder: the submodules
  // exist (and are in sys.modules) as soon as json is imported.
  m.dict.setStr('__path__', new PyList([]));
  const decoder = makeNativeModule('json.decoder', {}, {
    JSONDecoder: JSONDecoderType, JSONDecodeError: JSONDecodeErrorType, __package__: 'json',
    __all__: new PyList(['JSONDecoder', 'JSONDecodeError']),
  });
  const encoder = makeNativeModule('json.encoder', {}, { JSONEncoder: JSONEncoderType, __package__: 'json' });
  for (const [name, sub] of [['decoder', decoder], ['encoder', encoder]] as const) {
    m.dict.setStr(name, sub);
    sysModules.setStr(`json.${name}`, sub);
  }
  return m;
}

registerBuiltinModule('json', build);
