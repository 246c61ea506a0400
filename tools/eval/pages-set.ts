/**
 * The page evaluation set on disk (`eval/pages`): real web pages stored as
 * text (`pages/<NN>-<slug>.txt`: front matter, a title line, paragraphs
 * separated by blank lines) and hand labels (`labels.json`) of what should be
 * highlighted on each. Pages are served to the browser as that text in plain
 * HTML (`pageHtml`), not as the original page's markup.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledMention, PageLabels } from './score-pages';

export type PageSplit = 'dev' | 'holdout';

export interface EvalPage {
  /** `<NN>-<slug>`, the file name without `.txt` and the key in labels.json. */
  id: string;
  url: string;
  title: string;
  publisher: string;
  topic: 'on' | 'off';
  split: PageSplit;
  paragraphs: string[];
}

export interface LabelledPage extends EvalPage {
  labels: PageLabels;
}

/**
 * Parses one page file.
 * @example parsePageFile('01-x', '---\nurl: u\ntopic: on\nsplit: dev\n---\nTitle\n\nOne.\n').paragraphs // ['One.']
 */
export function parsePageFile(id: string, text: string): EvalPage {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  if (lines[0]?.trim() !== '---') throw new Error(`${id}: no front matter`);
  const end = lines.indexOf('---', 1);
  if (end < 0) throw new Error(`${id}: front matter is not closed`);
  const meta = new Map<string, string>();
  for (const line of lines.slice(1, end)) {
    const colon = line.indexOf(':');
    if (colon > 0) meta.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const topic = meta.get('topic');
  const split = meta.get('split');
  if (topic !== 'on' && topic !== 'off') throw new Error(`${id}: topic is on or off`);
  if (split !== 'dev' && split !== 'holdout') throw new Error(`${id}: split is dev or holdout`);
  const blocks = lines
    .slice(end + 1)
    .join('\n')
    .split(/\n[ \t]*\n/u)
    .map((b) => b.trim())
    .filter((b) => b !== '');
  const [first, ...paragraphs] = blocks;
  // The title line is the body's first line; a paragraph may follow it without a blank line.
  const [titleLine = '', ...rest] = (first ?? '').split('\n');
  if (rest.length > 0) paragraphs.unshift(rest.join('\n'));
  return {
    id,
    url: meta.get('url') ?? '',
    title: titleLine.trim() || meta.get('title') || id,
    publisher: meta.get('publisher') ?? '',
    topic,
    split,
    paragraphs,
  };
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string) => s.replace(/[&<>"']/gu, (c) => ESCAPES[c]!);

/**
 * The page as a plain HTML document: `<h1>` title, a `<p>` per paragraph, each
 * numbered (`data-block`) so highlights can be placed. Line breaks inside a
 * paragraph (a caption above a sentence) become `<br>`, keeping the `\n` so the
 * block's text is the file's text.
 */
export function pageHtml(page: EvalPage): string {
  const block = (tag: string, i: number, text: string) =>
    `<${tag} data-block="${i}">${text.split('\n').map(escapeHtml).join('\n<br>')}</${tag}>`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><title>${escapeHtml(page.title)}</title></head>`,
    '<body>',
    block('h1', 0, page.title),
    ...page.paragraphs.map((p, i) => block('p', i + 1, p)),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

interface LabelsFile {
  pages: Record<string, { mentions?: unknown; optional?: unknown }>;
}

function checkMentions(where: string, list: unknown): LabelledMention[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new Error(`${where}: not a list`);
  return list.map((x: unknown, i) => {
    const m = x as Partial<LabelledMention>;
    const ok =
      typeof m?.text === 'string' &&
      m.text.trim() !== '' &&
      typeof m.term === 'string' &&
      Number.isInteger(m.count) &&
      m.count! > 0;
    if (!ok) throw new Error(`${where}[${i}]: needs text, term and a positive count`);
    return { text: m.text!, term: m.term!, count: m.count! };
  });
}

export interface PageSet {
  pages: LabelledPage[];
  /** Page files without labels (skipped), e.g. while the set is being gathered. */
  unlabelled: string[];
}

/** Reads the set under `dir`. Throws on a page file or label that does not fit. */
export function loadPageSet(dir: string): PageSet {
  const labelsPath = join(dir, 'labels.json');
  if (!existsSync(labelsPath)) throw new Error(`No labels at ${labelsPath}`);
  const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as LabelsFile;
  if (typeof labels.pages !== 'object' || labels.pages === null)
    throw new Error(`${labelsPath}: no "pages" object`);
  const pageDir = join(dir, 'pages');
  const pages: LabelledPage[] = [];
  const unlabelled: string[] = [];
  for (const name of readdirSync(pageDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const id = name.slice(0, -'.txt'.length);
    const entry = labels.pages[id];
    if (!entry) {
      unlabelled.push(id);
      continue;
    }
    const page = parsePageFile(id, readFileSync(join(pageDir, name), 'utf8'));
    pages.push({
      ...page,
      labels: {
        mentions: checkMentions(`${id} mentions`, entry.mentions),
        optional: checkMentions(`${id} optional`, entry.optional),
      },
    });
  }
  const missing = Object.keys(labels.pages).filter((id) => !pages.some((p) => p.id === id));
  if (missing.length > 0)
    throw new Error(`labels.json names pages with no file: ${missing.join(', ')}`);
  return { pages, unlabelled };
}
