/**
 * `npm run eval:compiler [-- --split dev|holdout|all] [--baseline compromise] [--incremental] [--verbose]`
 *
 * Compiles each subject of the evaluation set (eval/compiler) with the
 * project's own compiler and prints precision, recall and kind accuracy per
 * subject (with `--incremental`, each article compiled alone and merged by
 * `SourceLibrary`, as the browser does with a reader's own sources), the cross-source figure groups found, and the stability check:
 * the five seeds compiled alone vs the seeds plus every evaluation article.
 * Exits 1 when precision or recall is below --min (default 0.9).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileCorpus } from '../core/compile';
import { formatScore, scoreTerms, type LabelledTerm } from '../core/terms/evaluate-terms';
import type { CuratedTerms } from '../core/terms/extract-terms';
import { loadEvalSet, type Split } from './eval/compiler-set';
import { compromiseTerms } from './eval/compromise-baseline';
import { NO_CURATION, scoreSubject, totalOf, type SubjectScore } from './eval/score-compiler';
import { compareStability } from './eval/stability';
import { readSeedDir } from './compile-seeds';

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    baseline: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    min: { type: 'string', default: '0.9' },
    dir: { type: 'string', default: 'eval/compiler' },
    subject: { type: 'string' },
    incremental: { type: 'boolean', default: false },
  },
});
const split = values.split as Split | 'all';
if (!['dev', 'holdout', 'all'].includes(split)) throw new Error('--split is dev, holdout or all');
const root = process.cwd();
const subjects = loadEvalSet(resolve(root, values.dir)).filter(
  (s) => !values.subject || s.subject === values.subject,
);
const extractor = values.baseline === 'compromise' ? compromiseTerms : undefined;
const incremental = values.incremental;
if (extractor && incremental) throw new Error('--baseline and --incremental do not go together');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

const started = performance.now();
const scores: SubjectScore[] = subjects.map((s) =>
  scoreSubject(s, split, { extractor, incremental }),
);
const mode = incremental ? ', each article compiled alone and merged (SourceLibrary)' : '';
console.log(
  `Compiler evaluation, split ${split}${extractor ? `, baseline ${values.baseline}` : ''}${mode} ` +
    `(${scores.reduce((n, s) => n + s.articles, 0)} articles, ${Math.round(performance.now() - started)} ms)`,
);
for (const s of scores) {
  const t = totalOf([s]);
  const c = s.cardSources;
  console.log(
    `  ${s.subject.padEnd(20)} ${String(s.articles).padStart(2)} articles  precision ${pct(t.precision).padStart(6)} ` +
      `(${t.correct}/${t.correct + t.wrong})  recall ${pct(t.recall).padStart(6)} (${t.found}/${t.reachable})  ` +
      `kinds ${pct(t.kinds).padStart(6)} (${t.kindCorrect}/${t.kindChecked})  ` +
      `merged ${s.score.merged}/${s.score.mergeCandidates}  card sources ${pct(ratio(c.listed, c.mentioning)).padStart(6)} ` +
      `(${c.listed}/${c.mentioning}, ${c.names} names)  cross-source figure groups ${s.crossSourceGroups.length} ` +
      `(${s.crossSourceGroups.filter((g) => g.isDisagreement).length} differ)`,
  );
  if (values.verbose) {
    console.log(formatScore(`    ${s.subject}`, s.score).replace(/^/gmu, '    '));
    const short = c.short.map((x) => `${x.name} ${x.listed}/${x.mentioning}`).join(' | ');
    console.log(`        cards short of sources: ${short}`);
  }
}
const total = totalOf(scores);
const sum = (f: (s: SubjectScore) => number) => scores.reduce((n, s) => n + f(s), 0);
const listed = sum((s) => s.cardSources.listed);
const mentioning = sum((s) => s.cardSources.mentioning);
console.log(
  `  ${'all'.padEnd(20)}             precision ${pct(total.precision)}  recall ${pct(total.recall)}  kinds ${pct(total.kinds)}  ` +
    `merged ${sum((s) => s.score.merged)}/${sum((s) => s.score.mergeCandidates)}  ` +
    `card sources ${pct(ratio(listed, mentioning))} (${listed}/${mentioning})  ` +
    `cross-source figure groups ${sum((s) => s.crossSourceGroups.length)}`,
);

// Stability: the seeds' terms must not change when unrelated articles join them (a set compile's question).
if (!extractor && !incremental) {
  const curated = JSON.parse(readFileSync(join(root, 'data/terms.json'), 'utf8')) as CuratedTerms;
  const seeds = await readSeedDir(join(root, 'seeds'));
  const base = compileCorpus({ files: seeds, curated });
  const extended = compileCorpus({
    files: [...seeds, ...subjects.flatMap((s) => s.articles.map((a) => a.file))],
    curated,
  });
  const labelled = (
    JSON.parse(readFileSync(join(root, 'core/terms/fixtures/labelled-terms.json'), 'utf8')) as {
      terms: LabelledTerm[];
    }
  ).terms;
  for (const [label, c] of [
    ['automatic', NO_CURATION],
    ['with data/terms.json', curated],
  ] as const) {
    const seedsOnly = compileCorpus({ files: seeds, curated: c });
    const s = scoreTerms({
      terms: seedsOnly.corpus.terms,
      labelled,
      passages: seedsOnly.corpus.passages,
    });
    console.log(
      `Seeds, ${label}: precision ${pct(s.precision)}  recall ${pct(s.recall)}  kinds ${pct(s.kindChecked ? s.kindCorrect / s.kindChecked : 1)}`,
    );
    if (values.verbose) console.log(formatScore('    seeds', s).replace(/^/gmu, '    '));
  }
  const report = compareStability({
    base: base.corpus.terms,
    extended: extended.corpus.terms,
    basePassageIds: new Set(base.corpus.passages.map((p) => p.id)),
  });
  console.log(
    `Stability (seeds alone vs seeds + all ${subjects.reduce((n, s) => n + s.articles.length, 0)} evaluation articles): ` +
      `${report.changed.length} seed terms changed, ${report.intruders.length} new terms found in seed passages`,
  );
  for (const c of report.changed.slice(0, 20)) console.log(`    changed ${c.id}: ${c.what}`);
  for (const c of report.intruders.slice(0, 20))
    console.log(`    intruder ${c.name} (${c.basePassages} seed passages)`);
}

const min = Number(values.min);
if (total.precision < min || total.recall < min) {
  console.log(`FAILED: precision or recall below ${pct(min)}`);
  process.exit(1);
}
