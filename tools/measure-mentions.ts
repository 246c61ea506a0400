/**
 * `npm run measure:mentions`: how many underlines a reader sees per screen on
 * long pages under each mention mode (#12), and how many of the names on each
 * screen keep an underline there. Loads the built extension
 * (.output/chrome-mv3) in Chromium at 1200x800; never builds.
 *
 * Pages: the long articles of the source set (seeds/, 660-2,800 words, their
 * heading-like lines as <h2>) and the 48 real pages of eval/pages (short
 * excerpts), each served as plain HTML.
 *
 * The rule for the default, written before the first run: if "every mention"
 * gives the long pages more than 2 repeated underlines per screen (a name
 * underlined again on a screen that already shows it underlined), the default
 * is the first-mention mode with the higher reach among those that at least
 * halve the underlines per screen; otherwise "every mention" stays.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { isHeadingLike, blockText, toBlocks } from '../core/sources/blocks';
import { DEFAULT_SETTINGS } from '../core/settings';
import { DICTIONARY_ASSET, type CompiledDictionary } from '../core/types';
import { MENTION_MODES, type MentionMode } from '../core/view/first-mentions';
import { CHROME_BUILD, launchExtension, storeSettings } from '../tests/e2e/support/chromium';
import { serveFixtures } from '../tests/e2e/support/server';
import { attachProbe } from '../tests/e2e/hostile/probe';
import { escapeHtml, loadPageSet, pageHtml } from './eval/pages-set';
import { termNamer, waitUntilSettled } from './eval/read-highlights';
import {
  poolScores,
  scoreDensity,
  type DensityScore,
  type PlacedMention,
} from './eval/mention-density';

const SCREEN_HEIGHT = 800;

interface MeasuredPage {
  id: string;
  group: 'long' | 'short';
  html: string;
  blocks: string[];
}

/** A seed article as a page: title as <h1>, heading-like blocks as <h2>, the rest as <p>. */
function seedPage(file: string, text: string): MeasuredPage {
  const [title = '', ...rest] = text.replace(/\r\n?/gu, '\n').split('\n');
  const blocks = [title.trim()];
  const html = [`<h1 data-block="0">${escapeHtml(title.trim())}</h1>`];
  for (const block of toBlocks(rest.join('\n'), 2, file.endsWith('.md'))) {
    const body = blockText(block);
    const tag = isHeadingLike(block) ? 'h2' : 'p';
    html.push(`<${tag} data-block="${blocks.length}">${escapeHtml(body)}</${tag}>`);
    blocks.push(body);
  }
  return {
    id: file,
    group: 'long',
    blocks,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="max-width:40em;margin:auto;font:18px/1.6 serif">${html.join('\n')}</body></html>`,
  };
}

/** Every highlighted range with its block, offsets and top in page coordinates. */
function readPlaced(page: Page) {
  return page.evaluate(() => {
    const h = CSS.highlights.get('sourcelight-term') ?? CSS.highlights.get('sourcelight-term-bg');
    const out: Array<{ text: string; block: number; start: number; end: number; top: number }> = [];
    for (const r of (h ?? []) as unknown as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const parent =
        r.startContainer instanceof Element ? r.startContainer : r.startContainer.parentElement;
      const block = parent?.closest<HTMLElement>('[data-block]');
      if (!block) continue;
      const before = document.createRange();
      before.setStart(block, 0);
      before.setEnd(r.startContainer, r.startOffset);
      const start = before.toString().length;
      const text = range.toString();
      out.push({
        text,
        block: Number(block.dataset.block),
        start,
        end: start + text.length,
        top: range.getBoundingClientRect().top + window.scrollY,
      });
    }
    return out;
  });
}

async function main(): Promise<void> {
  const seedsDir = resolve('seeds');
  const pages: MeasuredPage[] = readdirSync(seedsDir)
    .filter((f) => /\.(txt|md)$/u.test(f))
    .sort()
    .map((f) => seedPage(f, readFileSync(join(seedsDir, f), 'utf8')));
  for (const p of loadPageSet(resolve('eval/pages')).pages)
    pages.push({ id: p.id, group: 'short', html: pageHtml(p), blocks: [p.title, ...p.paragraphs] });

  const dictionary = JSON.parse(
    readFileSync(join(CHROME_BUILD, DICTIONARY_ASSET), 'utf8'),
  ) as CompiledDictionary;
  const nameTerm = termNamer(dictionary);
  const routes = Object.fromEntries(pages.map((p, i) => [`/m/${i}.html`, p.html]));
  const server = await serveFixtures(routes);
  const ext = await launchExtension();
  const tab = await ext.context.newPage();
  const probe = await attachProbe(tab);
  const placed = new Map<string, PlacedMention[]>();
  try {
    for (const mode of MENTION_MODES) {
      await storeSettings(ext, { mentions: mode });
      for (const [i, p] of pages.entries()) {
        const path = `/m/${i}.html`;
        await tab.goto(server.url(path));
        await waitUntilSettled(probe, p.id, path, { quietMs: 400, timeoutMs: 20_000 });
        const spans = await readPlaced(tab);
        placed.set(
          `${mode} ${p.id}`,
          spans.map((s) => ({ term: nameTerm(p.blocks[s.block] ?? '', s) ?? s.text, top: s.top })),
        );
      }
    }
  } finally {
    await probe.detach();
    await ext.close();
    await server.close();
  }

  const fmt = (n: number) => n.toFixed(1);
  const rows: Array<[string, MentionMode, DensityScore]> = [];
  for (const group of ['long', 'short'] as const) {
    const inGroup = pages.filter((p) => p.group === group);
    for (const mode of MENTION_MODES) {
      const score = poolScores(
        inGroup.map((p) =>
          scoreDensity(
            placed.get(`all ${p.id}`) ?? [],
            placed.get(`${mode} ${p.id}`) ?? [],
            SCREEN_HEIGHT,
          ),
        ),
      );
      rows.push([group, mode, score]);
    }
  }
  console.log(`Underlines per ${SCREEN_HEIGHT} px screen (1200 px wide window), by mention mode`);
  console.log(
    'pages            mode               screens  per screen mean/median/max  repeats  reach',
  );
  for (const [group, mode, s] of rows) {
    const label = group === 'long' ? 'long (5 seeds)' : 'short (48 eval)';
    console.log(
      `${label.padEnd(16)} ${mode.padEnd(18)} ${String(s.screens).padStart(7)}  ` +
        `${`${fmt(s.perScreen.mean)} / ${fmt(s.perScreen.median)} / ${s.perScreen.max}`.padStart(26)}  ` +
        `${fmt(s.repeatsPerScreen).padStart(7)}  ${(s.reach * 100).toFixed(1).padStart(5)}%`,
    );
  }
  const long = new Map(rows.filter(([g]) => g === 'long').map(([, m, s]) => [m, s]));
  const every = long.get('all')!;
  const candidates = MENTION_MODES.filter(
    (m) => m !== 'all' && long.get(m)!.perScreen.mean <= every.perScreen.mean / 2,
  ).sort((a, b) => long.get(b)!.reach - long.get(a)!.reach);
  const choice: MentionMode =
    every.repeatsPerScreen > 2 && candidates.length > 0 ? candidates[0]! : 'all';
  console.log(
    `\nRule (see the header): every mention gives ${fmt(every.repeatsPerScreen)} repeats per screen on long pages; ` +
      `default by the rule: ${choice} (settings default now: ${DEFAULT_SETTINGS.mentions}).`,
  );
}

await main();
