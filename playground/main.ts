/**
 * The playground page: an editor, the controls, and the panels that draw the VM's state after
 * every step. The compiler and VM are pyvm's own, running in the page.
 */
import './shims/globals.js';
import { EditorView, basicSetup } from 'codemirror';
import { python } from '@codemirror/lang-python';
import { RangeSet, StateEffect, StateField } from '@codemirror/state';
import { Decoration, GutterMarker, gutter, type DecorationSet } from '@codemirror/view';
import { Session } from './session.js';
import { renderDis, renderFrames } from './view.js';
import { EXAMPLES } from './examples.js';
import { decodeProgram, encodeProgram } from './share.js';
import type { StepMode } from '../vm/execution.js';

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

// ---- editor: current-line highlight and a breakpoint gutter ----
const setCurrentLine = StateEffect.define<number | null>();
const currentLine = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    for (const e of tr.effects) {
      if (!e.is(setCurrentLine)) continue;
      if (e.value === null || e.value < 1 || e.value > tr.state.doc.lines) return Decoration.none;
      return Decoration.set([Decoration.line({ class: 'cm-exec-line' }).range(tr.state.doc.line(e.value).from)]);
    }
    return deco.map(tr.changes);
  },
  provide: (f) => EditorView.decorations.from(f),
});

const breakpointMarker = new (class extends GutterMarker {
  toDOM(): Node {
    return document.createTextNode('●');
  }
})();
const toggleBreakpoint = StateEffect.define<{ pos: number; on: boolean }>();
const breakpoints = StateField.define<RangeSet<GutterMarker>>({
  create: () => RangeSet.empty,
  update(set, tr) {
    set = set.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(toggleBreakpoint)) continue;
      set = e.value.on ? set.update({ add: [breakpointMarker.range(e.value.pos)] }) : set.update({ filter: (from) => from !== e.value.pos });
    }
    return set;
  },
});

function breakpointLines(view: EditorView): number[] {
  const lines: number[] = [];
  view.state.field(breakpoints).between(0, view.state.doc.length, (from) => {
    lines.push(view.state.doc.lineAt(from).number);
  });
  return lines;
}

function onGutterClick(view: EditorView, pos: number): boolean {
  let on = true;
  view.state.field(breakpoints).between(pos, pos, () => { on = false; });
  view.dispatch({ effects: toggleBreakpoint.of({ pos, on }) });
  session?.toggleBreakpoint(view.state.doc.lineAt(pos).number);
  return true;
}

const initial = decodeProgram(location.hash) ?? EXAMPLES[0].source;
const editor = new EditorView({
  doc: initial,
  parent: $('editor'),
  extensions: [
    gutter({
      class: 'cm-breakpoint-gutter',
      markers: (v) => v.state.field(breakpoints),
      initialSpacer: () => breakpointMarker,
      domEventHandlers: { mousedown: (view, line) => onGutterClick(view, line.from) },
    }),
    breakpoints,
    basicSetup,
    python(),
    currentLine,
    EditorView.updateListener.of((u) => {
      if (u.docChanged) invalidate();
    }),
  ],
});

// ---- the session ----
let session: Session | null = null;
let running = false;

function askInput(prompt: string): string | null {
  const box = $<HTMLTextAreaElement>('stdin');
  const lines = box.value.split('\n');
  if (box.value !== '') {
    const line = lines.shift()!;
    box.value = lines.join('\n');
    return line;
  }
  const answer = window.prompt(prompt || 'input()');
  return answer;
}

function budget(): number {
  const n = Number($<HTMLInputElement>('budget').value);
  return Number.isFinite(n) && n > 0 ? n : 1_000_000;
}

function ensureSession(): Session {
  if (session === null) {
    session = new Session(editor.state.doc.toString(), askInput, budget());
    for (const line of breakpointLines(editor)) session.toggleBreakpoint(line);
  }
  return session;
}

function invalidate(): void {
  running = false;
  session = null;
  render();
}

function render(): void {
  const s = session;
  const state = s?.state ?? null;
  $('steps').textContent = String(state?.steps ?? 0);
  $('status').textContent = s === null ? 'ready' : s.compileError !== null ? 'syntax error'
    : state?.status === 'finished' ? `finished (exit code ${state.exitCode})` : running ? 'running' : 'paused';
  $('stdout').textContent = s?.stdout ?? '';
  $('stderr').textContent = s?.stderr ?? '';
  const frame = state?.status === 'paused' ? state.frame : null;
  editor.dispatch({ effects: setCurrentLine.of(frame !== null && frame.f_code.co_filename === 'main.py' ? state!.lineno : null) });
  renderDis($('dis'), frame?.f_code ?? s?.code ?? null, frame !== null ? state!.offset : -1);
  renderFrames($('frames'), frame);
}

function step(mode: StepMode): void {
  running = false;
  ensureSession().step(mode);
  render();
}

function run(): void {
  const s = ensureSession();
  if (s.state?.status === 'finished') return;
  running = true;
  const tick = (): void => {
    if (!running || session !== s) return;
    const more = s.runChunk(20_000);
    if (!more) running = false;
    render();
    if (running) setTimeout(tick, 0);
  };
  tick();
}

$('step-instruction').onclick = () => step('instruction');
$('step-line').onclick = () => step('line');
$('step-over').onclick = () => step('over');
$('step-out').onclick = () => step('out');
$('run').onclick = run;
$('pause').onclick = () => { running = false; render(); };
$('reset').onclick = () => { running = false; session = null; ensureSession(); render(); };
$('back').onclick = () => { running = false; ensureSession().back(); render(); };
$('share').onclick = () => {
  location.hash = 'code=' + encodeProgram(editor.state.doc.toString());
  $('status').textContent = 'link in the address bar';
};

const select = $<HTMLSelectElement>('examples');
EXAMPLES.forEach((ex, i) => {
  const o = document.createElement('option');
  o.value = String(i);
  o.textContent = ex.name;
  select.append(o);
});
select.onchange = () => {
  const ex = EXAMPLES[Number(select.value)];
  editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: ex.source } });
  $('note').textContent = ex.note;
};
$('note').textContent = initial === EXAMPLES[0].source ? EXAMPLES[0].note : '';

document.body.dataset.ready = 'true';
render();
