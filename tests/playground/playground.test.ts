/**
 * The playground end to end in a real Chromium: build the static site, load it, step through
 * examples and check the dis marker, the data stack and the block stack at known steps, step
 * back, answer input(), and stop an infinite loop with the budget. A screenshot of the page is
 * saved in tests/playground/output/ for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../support/run.js';
import { serve } from './server.js';

const CHROMIUM = process.env.PYVM_CHROMIUM ?? '/usr/bin/chromium';
const available = fs.existsSync(CHROMIUM);
const OUT = path.join(ROOT, 'tests', 'playground', 'output');

describe.skipIf(!available && process.env.CI !== 'true')('playground in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'playground/vite.config.ts', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
    server = await serve(path.join(ROOT, 'dist', 'web'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    expect(errors).toEqual([]);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function load(exampleName: string): Promise<void> {
    await page.selectOption('#examples', { label: exampleName });
    await page.click('#reset');
  }

  async function stepInstructions(n: number): Promise<void> {
    for (let i = 0; i < n; i++) await page.click('#step-instruction');
  }

  /** Clicks the breakpoint gutter beside source line `n`. */
  async function clickGutter(n: number): Promise<void> {
    const line = await page.locator('.cm-line').nth(n - 1).boundingBox();
    const gutter = await page.locator('.cm-breakpoint-gutter').boundingBox();
    await page.mouse.click(gutter!.x + gutter!.width / 2, line!.y + line!.height / 2);
  }

  const text = (sel: string): Promise<string> => page.locator(sel).first().innerText();
  const items = (sel: string): Promise<string[]> => page.locator(sel).allInnerTexts();

  test('steps a loop: dis marker, data stack and block stack', async () => {
    await load('Loop with %');
    await stepInstructions(20);
    expect(await text('#steps')).toBe('20');
    const current = await text('.dis-line.current');
    expect(current).toContain('-->');
    // total = 0; SETUP_LOOP; range(1, 8); GET_ITER; then the loop body: the iterator stays on the data stack.
    const blocks = await items('.frame.running .stack.blocks li');
    expect(blocks.some((b) => b.startsWith('SETUP_LOOP'))).toBe(true);
    const data = await items('.frame.running .stack.data li');
    expect(data[data.length - 1]).toBe('<range_iterator object>');
    fs.mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, 'loop-step-20.png'), fullPage: true });
  });

  test('step back returns to the previous state', async () => {
    await load('Loop with %');
    await stepInstructions(7);
    const at7 = await text('.dis-line.current');
    const stack7 = await items('.frame.running .stack.data li');
    await page.click('#step-instruction');
    expect(await text('#steps')).toBe('8');
    await page.click('#back');
    expect(await text('#steps')).toBe('7');
    expect(await text('.dis-line.current')).toBe(at7);
    expect(await items('.frame.running .stack.data li')).toEqual(stack7);
  });

  test('runs to the end with output', async () => {
    await load('Recursion');
    await page.click('#run');
    await page.waitForFunction(() => document.getElementById('status')!.textContent!.startsWith('finished'));
    expect(await text('#stdout')).toBe('120\n');
  });

  test('frames pile up in recursion', async () => {
    await load('Recursion');
    // Line events: <module> 6, then fact 2, 4 per level down to n == 1 (line 3).
    for (let i = 0; i < 9; i++) await page.click('#step-line');
    const titles = await items('.frame .frame-title');
    expect(titles.filter((t) => t.startsWith('fact')).length).toBe(4);
    expect(titles[titles.length - 1]).toMatch(/^<module> line 6/);
    expect(await text('.frame.running .frame-title')).toMatch(/^fact line 4/);
  });

  test('suspended generator frames are shown', async () => {
    await load('Generator pipeline');
    let seen = 0;
    for (let i = 0; i < 40 && seen === 0; i++) {
      await page.click('#step-line');
      seen = await page.locator('.frame.suspended').count();
    }
    expect(seen).toBeGreaterThan(0);
    fs.mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, 'generator-suspended.png'), fullPage: true });
  });

  test('a for loop steps into the generator frames it resumes', async () => {
    await load('Generator pipeline');
    // `for s in pipeline` resumes squares, whose `for x in seq` resumes numbers: all three
    // frames are live, numbers on top, and each yield steps back out to its consumer.
    let stack: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.click('#step-line');
      const titles = await items('.frame:not(.suspended) .frame-title');
      if (titles.length === 3 && titles[0].startsWith('numbers') && (await text('#stdout')).includes('first two')) {
        stack = titles;
        break;
      }
    }
    expect(stack.map((t) => t.split(' ')[0])).toEqual(['numbers', 'squares', '<module>']);
    expect(await text('.frame.running .frame-title')).toMatch(/^numbers line/);
    fs.mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, 'generator-for-loop.png'), fullPage: true });
  });

  test('step over runs a call through; step out leaves the frame', async () => {
    await load('Recursion');
    await page.click('#step-line');
    expect(await text('.frame.running .frame-title')).toMatch(/^<module> line 6/);
    await page.click('#step-over');
    expect(await text('#status')).toMatch(/^finished/);
    expect(await text('#stdout')).toBe('120\n');
    await page.click('#reset');
    await page.click('#step-line');
    await page.click('#step-line');
    await page.click('#step-line');
    await page.click('#step-line');
    expect(await page.locator('.frame .frame-title').count()).toBe(3);
    await page.click('#step-out');
    const titles = await items('.frame .frame-title');
    expect(titles.length).toBe(2);
    expect(titles[0]).toMatch(/^fact line 4/);
  });

  test('run stops at a breakpoint set in the gutter', async () => {
    await load('Loop with %');
    await clickGutter(5);
    await page.click('#run');
    await page.waitForFunction(() => document.getElementById('status')!.textContent === 'paused');
    expect(await text('.frame.running .frame-title')).toMatch(/^<module> line 5/);
    expect(await text('.cm-exec-line')).toContain('total += n * n');
    await page.click('#run');
    await page.waitForFunction(() => document.getElementById('status')!.textContent === 'paused');
    expect(await items('.frame.running .locals td.value')).toContain('2');
    await clickGutter(5);
    await page.click('#run');
    await page.waitForFunction(() => document.getElementById('status')!.textContent!.startsWith('finished'));
    expect(await text('#stdout')).toBe('total 95\n');
  });

  test('a shared link carries the program', async () => {
    await load('Recursion');
    await page.click('#share');
    const url = page.url();
    expect(url).toContain('#code=');
    const other = await browser.newPage();
    await other.goto(url);
    await other.waitForSelector('body[data-ready="true"]');
    expect(await other.locator('.cm-content').innerText()).toContain('def fact(n):');
    await other.close();
  });

  test('input() reads the input box', async () => {
    await load('input()');
    await page.fill('#stdin', 'Ada');
    await page.click('#run');
    await page.waitForFunction(() => document.getElementById('status')!.textContent!.startsWith('finished'));
    expect(await text('#stdout')).toBe('Your name? Hello, Ada\n');
  });

  test('the budget stops an infinite loop', async () => {
    await page.evaluate(() => { location.hash = ''; });
    await page.fill('#budget', '5000');
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('while True:\n    pass\n');
    await page.click('#run');
    await page.waitForFunction(() => document.getElementById('status')!.textContent!.startsWith('finished'), undefined, { timeout: 30_000 });
    expect(await text('#status')).toContain('exit code 1');
    expect(await text('#stderr')).toContain('KeyboardInterrupt');
    await page.fill('#budget', '1000000');
  });
});
