/**
 * `npm run terms:review`: the curator's view of the compiled dictionary and
 * the way to correct it. Without a command it compiles the sources and lists
 * the terms, weakest first, with their evidence, then the merges it proposes.
 * With a command it writes one decision to the curated file:
 *
 *   npm run terms:review -- accept "Akorda"
 *   npm run terms:review -- reject "Constitution"
 *   npm run terms:review -- merge "Kassym-Jomart Tokayev" "Tokayev" [--as "Name"]
 *   npm run terms:review -- rename "EURACTIV" "Euractiv"
 *   npm run terms:review -- kind "Soviet Union" place
 *
 * A decision is compiled in memory before it is written, and written only
 * when the dictionary then shows it (atomically: temp file + rename), so the
 * curated file never holds a decision that did nothing.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileCorpus, type CompileResult } from '../core/compile';
import { errorMessage } from '../core/guards';
import { SeedError } from '../core/sources/seed-error';
import { validateCurated, type CuratedTerms } from '../core/terms/curated';
import { diffDictionaries, formatDictionaryDiff } from '../core/terms/dictionary-diff';
import { foldKey } from '../core/terms/merge-keys';
import {
  applyDecision,
  parseKind,
  ReviewError,
  type Decision,
} from '../core/terms/review-decisions';
import { proposeMerges, type MergeProposal } from '../core/terms/merge-proposals';
import { reviewTerms, type ReviewItem } from '../core/terms/review';
import { TERM_KINDS, type DictionaryEntry, type SeedFile } from '../core/types';
import { formatSourceError, readSeedDir } from './compile-seeds';

export interface ReviewIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

interface Options {
  seedsDir: string;
  curatedPath: string;
  all: boolean;
  limit: number;
  json: boolean;
  as?: string;
  positional: string[];
}

export const DEFAULT_LIMIT = 30;
const USAGE =
  'usage: npm run terms:review -- [--all] [--limit N] [--json] [--seeds DIR] [--curated FILE] ' +
  '| accept "Name" | reject "Name" | merge "A" "B" [--as "Name"] | rename "Old" "New" | kind "Name" KIND';

/** Runs the command; returns the exit code. Errors are one line on `err`. */
export async function runTermsReview(
  argv: string[],
  options: { cwd: string; io?: ReviewIo },
): Promise<number> {
  const io = options.io ?? { out: (l) => console.log(l), err: (l) => console.error(l) };
  let opts: Options | undefined;
  try {
    opts = parseArgs(argv, options.cwd);
    if (opts.positional[0] === 'help') {
      io.out(USAGE);
      return 0;
    }
    const files = await readSeedDir(opts.seedsDir);
    const { curated, text } = await readCuratedFile(opts.curatedPath);
    const compiled = compileCorpus({ files, curated });
    if (opts.positional.length === 0) {
      printReview(io, opts, compiled, curated);
      return 0;
    }
    return await decide(io, opts, { files, curated, text, compiled });
  } catch (error) {
    const message =
      error instanceof SeedError
        ? formatSourceError(error, opts?.seedsDir ?? options.cwd)
        : errorMessage(error);
    io.err(`terms:review: ${message}`);
    return 1;
  }
}

function parseArgs(argv: string[], cwd: string): Options {
  const opts: Options = {
    seedsDir: resolve(cwd, process.env.SOURCELIGHT_SEEDS ?? 'seeds'),
    curatedPath: resolve(cwd, 'data/terms.json'),
    all: false,
    limit: DEFAULT_LIMIT,
    json: false,
    positional: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new ReviewError(`${arg} needs a value; ${USAGE}`);
      return v;
    };
    if (arg === '--all') opts.all = true;
    else if (arg === '--json') opts.json = true;
    else if (arg === '--seeds') opts.seedsDir = resolve(cwd, value());
    else if (arg === '--curated') opts.curatedPath = resolve(cwd, value());
    else if (arg === '--as') opts.as = value();
    else if (arg === '--limit') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0)
        throw new ReviewError('--limit takes a whole number (0 for all)');
      opts.limit = n;
    } else if (arg === '--help' || arg === '-h') opts.positional = ['help'];
    else if (arg.startsWith('--')) throw new ReviewError(`unknown option ${arg}; ${USAGE}`);
    else opts.positional.push(arg);
  }
  return opts;
}

async function readCuratedFile(path: string): Promise<{ curated: CuratedTerms; text: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ReviewError(`cannot read the curated file ${path}: ${errorMessage(error)}`);
  }
  try {
    return { curated: validateCurated(JSON.parse(text)), text };
  } catch (error) {
    throw new ReviewError(`${path}: curated terms: ${errorMessage(error)}`);
  }
}

function printReview(
  io: ReviewIo,
  opts: Options,
  compiled: CompileResult,
  curated: CuratedTerms,
): void {
  const input = { articles: compiled.articles, terms: compiled.corpus.terms, curated };
  const all = reviewTerms(input);
  const open = opts.all ? all : all.filter((i) => !i.isAccepted && !i.curatedBy);
  const shown = opts.limit > 0 ? open.slice(0, opts.limit) : open;
  const proposals = proposeMerges(input);
  if (opts.json) {
    io.out(JSON.stringify({ items: shown, proposals }, null, 2));
    return;
  }
  const hidden = all.length - open.length;
  io.out(
    `${open.length} of ${all.length} terms to review` +
      (hidden ? ` (${hidden} accepted or curated not shown; --all shows them)` : '') +
      ', lowest confidence first:',
  );
  io.out('');
  for (const item of shown) for (const line of formatItem(item)) io.out(line);
  if (shown.length < open.length)
    io.out(`… ${open.length - shown.length} more (--limit N, or --limit 0 for all)`);
  io.out('');
  for (const line of formatProposals(proposals)) io.out(line);
  io.out('');
  io.out(
    'Decide with: npm run terms:review -- accept "Name" | reject "Name" | merge "A" "B" [--as "Name"] | ' +
      `rename "Old" "New" | kind "Name" ${TERM_KINDS.join('|')}`,
  );
}

/** `0.00  Constitution (place)  1 source, 2 passages, single word` and its evidence below. */
export function formatItem(item: ReviewItem): string[] {
  const flags = [
    item.isAccepted ? 'accepted' : '',
    item.curatedBy ? `curated: ${item.curatedBy}` : '',
  ]
    .filter(Boolean)
    .map((f) => `  [${f}]`)
    .join('');
  const lines = [
    `${item.confidence.toFixed(2)}  ${item.name} (${item.kind})  ${item.reasons.join(', ')}${flags}`,
  ];
  const others = item.variants.filter((v) => v !== item.name);
  if (others.length) lines.push(`      also: ${others.join(', ')}`);
  lines.push(`      in: ${item.sources.join(', ')}`);
  for (const c of item.contexts)
    lines.push(
      `      “${c.text.slice(0, c.start)}«${c.text.slice(c.start, c.end)}»${c.text.slice(c.end)}”`,
    );
  return lines;
}

export function formatProposals(proposals: MergeProposal[]): string[] {
  if (proposals.length === 0) return ['Proposed merges: none.'];
  return [
    `Proposed merges (${proposals.length}):`,
    ...proposals.map(
      (p) => `  merge ${JSON.stringify(p.keep)} ${JSON.stringify(p.merge)}   (${p.reason})`,
    ),
  ];
}

function toDecision(opts: Options): Decision {
  const [command, ...args] = opts.positional;
  const need = (n: number, shape: string): void => {
    if (args.length !== n) throw new ReviewError(`${command} takes ${shape}; ${USAGE}`);
  };
  if (opts.as !== undefined && command !== 'merge')
    throw new ReviewError('--as goes with merge only');
  switch (command) {
    case 'accept':
    case 'reject':
      need(1, 'one name');
      return { type: command, name: args[0]! };
    case 'merge':
      need(2, 'two names');
      return { type: 'merge', names: [args[0]!, args[1]!], as: opts.as };
    case 'rename':
      need(2, 'the old and the new name');
      return { type: 'rename', name: args[0]!, to: args[1]! };
    case 'kind':
      need(2, `a name and a kind (${TERM_KINDS.join(', ')})`);
      return { type: 'kind', name: args[0]!, kind: args[1]! };
    default:
      throw new ReviewError(`unknown command "${command}"; ${USAGE}`);
  }
}

async function decide(
  io: ReviewIo,
  opts: Options,
  state: { files: SeedFile[]; curated: CuratedTerms; text: string; compiled: CompileResult },
): Promise<number> {
  const decision = toDecision(opts);
  const before = state.compiled.dictionary;
  const next = applyDecision({ curated: state.curated, terms: before.terms, decision });
  const rel = relative(process.cwd(), opts.curatedPath);
  const where = !rel || rel.startsWith('..') ? opts.curatedPath : rel;
  if (JSON.stringify(next) === JSON.stringify(state.curated)) {
    io.out(`Nothing to change in ${where}: already decided.`);
    for (const line of describeEntry(before.terms, decision)) io.out(line);
    return 0;
  }
  // Compile with the decision before writing it: a decision the dictionary does not show is not written.
  const after = compileCorpus({ files: state.files, curated: next }).dictionary;
  const problem = checkDecision(decision, after.terms);
  if (problem) throw new ReviewError(`not written: ${problem}`);
  await writeJsonAtomically(opts.curatedPath, next);
  io.out(`Wrote ${where}:`);
  for (const line of describeCuratedChange(state.curated, next)) io.out(`  ${line}`);
  io.out(`Dictionary: ${formatDictionaryDiff(diffDictionaries(before, after))}`);
  for (const line of describeEntry(after.terms, decision)) io.out(line);
  return 0;
}

/** Null when the compiled terms show the decision, else what is wrong. */
export function checkDecision(decision: Decision, terms: DictionaryEntry[]): string | null {
  const holder = (name: string) =>
    terms.find((t) => [t.name, ...t.variants].some((v) => foldKey(v) === foldKey(name)));
  switch (decision.type) {
    case 'accept':
      return null;
    case 'reject': {
      const t = holder(decision.name);
      return t ? `"${decision.name}" would still be a name of ${t.name}` : null;
    }
    case 'merge': {
      const [a, b] = decision.names.map(holder);
      if (!a || a !== b) return `${decision.names.join(' and ')} would still be separate terms`;
      if (decision.as !== undefined && a.name !== decision.as)
        return `the merged term would be named ${a.name}, not ${decision.as}`;
      return null;
    }
    case 'rename': {
      const t = holder(decision.name);
      return t?.name === decision.to.trim()
        ? null
        : `the term would be named ${t?.name ?? '(gone)'}, not ${decision.to}`;
    }
    case 'kind': {
      const t = holder(decision.name);
      return t && t.kind === parseKind(decision.kind)
        ? null
        : `${decision.name} would be ${t ? `a ${t.kind}` : 'gone'}`;
    }
  }
}

/** What the dictionary holds for the name(s) the decision was about. */
function describeEntry(terms: DictionaryEntry[], decision: Decision): string[] {
  const names =
    decision.type === 'merge'
      ? [decision.as ?? decision.names[0], ...decision.names]
      : decision.type === 'rename'
        ? [decision.to, decision.name]
        : [decision.name];
  const shown = new Set<DictionaryEntry>();
  const lines: string[] = [];
  for (const name of names) {
    const t = terms.find((x) => [x.name, ...x.variants].some((v) => foldKey(v) === foldKey(name)));
    if (!t) {
      if (decision.type === 'reject') lines.push(`Now in the dictionary: no name "${name}".`);
      continue;
    }
    if (shown.has(t)) continue;
    shown.add(t);
    lines.push(`Now in the dictionary: ${t.name} (${t.kind}): ${t.variants.join(', ')}`);
  }
  return lines;
}

/** One line per entry added to or removed from the curated file. */
export function describeCuratedChange(before: CuratedTerms, after: CuratedTerms): string[] {
  const lines: string[] = [];
  const list = <T>(label: string, a: T[] = [], b: T[] = [], show: (x: T) => string): void => {
    const key = (x: T) => JSON.stringify(x);
    const had = new Set(a.map(key));
    const has = new Set(b.map(key));
    for (const x of a) if (!has.has(key(x))) lines.push(`- ${label} ${show(x)}`);
    for (const x of b) if (!had.has(key(x))) lines.push(`+ ${label} ${show(x)}`);
  };
  list(
    'alias',
    before.aliases,
    after.aliases,
    (a) =>
      `${JSON.stringify(a.name)} (${a.kind})${a.variants?.length ? `: ${a.variants.join(', ')}` : ''}`,
  );
  list('exclude', before.exclude, after.exclude, (x) => JSON.stringify(x));
  list(
    'kinds',
    Object.entries(before.kinds ?? {}),
    Object.entries(after.kinds ?? {}),
    ([name, kind]) => `${JSON.stringify(name)}: ${kind}`,
  );
  list('accepted', before.accepted, after.accepted, (x) => JSON.stringify(x));
  return lines;
}

/** `JSON.stringify(value, null, 2)` and a newline, via a temp file renamed over the target. */
export async function writeJsonAtomically(path: string, value: unknown): Promise<void> {
  const temp = `${path}.tmp-${process.pid}-${Date.now()}`;
  await writeFile(temp, `${JSON.stringify(value, null, 2)}\n`);
  await rename(temp, path);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await runTermsReview(process.argv.slice(2), { cwd: process.cwd() });
}
