/**
 * `npm run eval:pages [-- --split dev|holdout|all] [--verbose] [--json] [--dir eval/pages]
 *   [--min-precision 0.9] [--min-recall 0.9]`
 *
 * Loads the built extension (.output/chrome-mv3) in Chromium, serves each page
 * of the evaluation set (eval/pages) on loopback, reads what is highlighted and
 * prints precision, recall and the highlights on off-topic pages (#11). A
 * measurement: exits 0 unless something fails or a --min-* threshold is given
 * and not met. Never builds: run `npm run build` first.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROME_BUILD } from '../tests/e2e/support/chromium';
import { evaluatePages, pagesOfSplit, type PageResult } from './eval/page-eval';
import { loadPageSet, type PageSplit } from './eval/pages-set';
import type { JudgedSpan } from './eval/score-pages';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'eval/pages' },
    split: { type: 'string', default: 'dev' },
    verbose: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    'min-precision': { type: 'string' },
    'min-recall': { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const split = values.split as PageSplit | 'all';
if (!['dev', 'holdout', 'all'].includes(split)) fail('--split is dev, holdout or all');
const threshold = (name: string, value: string | undefined) => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) fail(`--${name} is a fraction between 0 and 1 (e.g. 0.9)`);
  return n;
};
const minPrecision = threshold('min-precision', values['min-precision']);
const minRecall = threshold('min-recall', values['min-recall']);

if (!existsSync(join(CHROME_BUILD, 'manifest.json')))
  fail(`No built extension at ${CHROME_BUILD}: run npm run build first.`);
const set = loadPageSet(resolve(values.dir));
const chosen = pagesOfSplit(set.pages, split);
if (chosen.length === 0) fail(`No labelled pages in split ${split} under ${values.dir}`);

const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
const width = Math.max(...chosen.map((p) => p.id.length));
const log = values.json ? () => undefined : (line = '') => console.log(line);

const built = statSync(join(CHROME_BUILD, 'manifest.json')).mtime.toISOString().slice(0, 16);
log(
  `Page evaluation, split ${split}: ${chosen.length} pages ` +
    `(${chosen.filter((p) => p.topic === 'on').length} on topic, ${chosen.filter((p) => p.topic === 'off').length} off topic)`,
);
log(
  `Pages are served as their stored text (title and paragraphs in plain HTML), not the original HTML.`,
);
log(`Extension: ${relative(process.cwd(), CHROME_BUILD) || CHROME_BUILD} (built ${built})`);
if (set.unlabelled.length > 0) log(`Skipped, no labels yet: ${set.unlabelled.join(', ')}`);

const spanText = (s: JudgedSpan) => `${s.text} (${s.where}${s.term ? `, ${s.term}` : ''})`;

function pageLine(p: PageResult): string {
  const head = `  ${p.id.padEnd(width)}  ${p.topic.padEnd(3)}`;
  if (p.topic === 'off') {
    const texts = p.judged.map((s) => s.text);
    return `${head}  highlights ${texts.length}${texts.length ? `: ${texts.join(', ')}` : ''}`;
  }
  return (
    `${head}  precision ${pct(p.precision).padStart(6)} (${p.correct}/${p.correct + p.falsePositives.length})` +
    `  recall ${pct(p.recall).padStart(6)} (${p.correct}/${p.required})` +
    (p.partial ? `  partial ${p.partial}` : '') +
    (p.neutral ? `  optional ${p.neutral}` : '')
  );
}

function pageDetails(p: PageResult): string[] {
  const lines: string[] = [];
  const list = (label: string, items: string[]) => {
    if (items.length) lines.push(`      ${label}: ${items.join('; ')}`);
  };
  list(
    'missed',
    p.misses.map(
      (m) =>
        `${m.text}${m.count > 1 ? ` x${m.count}` : ''}${m.term !== m.text ? ` [${m.term}]` : ''}`,
    ),
  );
  if (p.topic === 'on') list('false positives', p.falsePositives.map(spanText));
  list(
    'partial',
    p.judged.filter((s) => s.verdict === 'partial').map((s) => `${spanText(s)} ~ ${s.label!.text}`),
  );
  list(
    'other term',
    p.wrongTerms.map(
      (s) => `${s.text} (${s.where}): highlighted as ${s.term}, labelled ${s.label!.term}`,
    ),
  );
  return lines;
}

const started = performance.now();
let result;
try {
  result = await evaluatePages(set.pages, split, {
    onPage: (r) => {
      if (!values.json && values.verbose) process.stderr.write(`  read ${r.id} (${r.ms} ms)\n`);
    },
  });
} catch (error) {
  fail(`eval:pages failed: ${error instanceof Error ? error.message : String(error)}`);
}

for (const p of result.pages) {
  log(pageLine(p));
  if (values.verbose) for (const line of pageDetails(p)) log(line);
}
const t = result.total;
log(
  `  ${'all'.padEnd(width)}       precision ${pct(t.precision)} (${t.correct}/${t.correct + t.falsePositives})` +
    `  recall ${pct(t.recall)} (${t.correct}/${t.required})` +
    `  off-topic highlights ${t.offTopic.highlights} on ${t.offTopic.pagesWithHighlights} pages`,
);
log(
  `  ${t.partial} of the ${t.correct} correct highlights are partial (a name with the wrong extent); ` +
    `${t.wrongTerms} matched another term than the label's; ` +
    `${result.unknownTerms} highlights' terms could not be re-derived (scored by text only). ` +
    `${Math.round((performance.now() - started) / 100) / 10} s`,
);
if (values.json) console.log(JSON.stringify(result, null, 2));

const below: string[] = [];
if (minPrecision !== undefined && (t.precision ?? 1) < minPrecision)
  below.push(`precision ${pct(t.precision)} < ${pct(minPrecision)}`);
if (minRecall !== undefined && (t.recall ?? 1) < minRecall)
  below.push(`recall ${pct(t.recall)} < ${pct(minRecall)}`);
if (below.length > 0) {
  console.error(`FAILED: ${below.join(', ')}`);
  process.exit(1);
}
