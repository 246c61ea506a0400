/**
 * The sources the background answers from: the bundled corpus plus the
 * reader's own sources (each compiled on its own, core/sources/user-source.ts),
 * minus those turned off. Pure: records in, a `LoadedCorpus` out.
 *
 * Incremental where it costs: the MiniSearch index is kept and only the
 * passages of added, removed or toggled articles are added or discarded; no
 * source is ever recompiled. The set-level steps (merging each source's names
 * into the dictionary, linking names across sources, related names, figure
 * groups) are redone from the compiled records on the next read after a change;
 * their cost grows with the number of sources (docs/ARCHITECTURE.md, "at scale").
 */
import MiniSearch from 'minisearch';
import { dominantPlaces } from '../figures/extract-figures';
import { groupFigures } from '../figures/group-figures';
import type { SourceSummary } from '../messages';
import { SEARCH_OPTIONS, passageDocument, type PassageDocument } from '../search/options';
import type { LoadedCorpus } from '../search/loaded-corpus';
import { dictionaryEntryOf } from '../terms/dictionary-entry';
import { foldKey } from '../terms/merge-keys';
import { computeRelated } from '../terms/related';
import { articleIdOfPassage } from '../reader-url';
import { compileMatcher, matchTerms } from '../terms/match-terms';
import type { ArticleMeta, CompiledCorpus, Figure, Passage, Term, TermKind } from '../types';
import type { StoredSource } from './user-source';
import { SharedPromise } from '../promise-cache';
import type { LibrarySnapshot, MergedParts } from './library-snapshot';

/** The stored side of a library: the records, which bundled files are off, the store's generation. */
export interface StoreContents {
  records: StoredSource[];
  bundledOff: string[];
  generation: number;
}

/** The compiled asset's articles are keyed by their seed file; a bundled set is turned off by file. */
export class SourceLibrary {
  private readonly bundled: CompiledCorpus;
  /** Loaded from the asset on the first search, not at wake: a lookup or the dictionary needs no index. */
  private indexLoaded: MiniSearch<PassageDocument> | null = null;
  /** The build whose articles the index holds (it is brought up to date on the next search). */
  private indexedFor: LoadedCorpus | null = null;
  /** Articles whose passages are in the index now, with those passages' ids. */
  private readonly indexed = new Map<string, string[]>();
  private readonly user = new Map<string, StoredSource>();
  private bundledOff = new Set<string>();
  private current: LoadedCorpus | null = null;
  /** Answering from a snapshot whose records are not read yet (see adoptSnapshot). */
  private snapshot: LibrarySnapshot | null = null;
  /** What the last build merged from the records (null: the bundled corpus alone). */
  private merged: MergedParts | null = null;
  private recordsRead: SharedPromise<void> | null = null;
  /** The store generation this library holds exactly; null when not known. */
  private held: number | null = null;
  /** Generations pages reported writing, past `held` (a gap means a write not heard of yet). */
  private readonly reported = new Set<number>();
  /** The bundled index read and loaded, when the corpus came without it (the asset). */
  private readonly searchIndexRead: SharedPromise<MiniSearch<PassageDocument>> | null;
  private readonly readKeptIndex: ((generation: number) => Promise<string | null>) | null;
  /**
   * The generation of the adopted snapshot while the library still holds exactly its merge (no
   * change since): the search index kept with that snapshot may then stand in for adding every
   * stored passage again. Null otherwise.
   */
  private keptIndexFor: number | null = null;

  /**
   * @param options.readSearchIndex reads the bundled index when `bundled.search` is null (the
   *   asset keeps it apart); awaited by `searchReady()`.
   * @param options.readKeptIndex reads the search index kept with the snapshot of `generation`
   *   (`searchIndexToKeep()`'s text), or null if none was kept for it.
   */
  constructor(
    bundled: CompiledCorpus,
    options: {
      readSearchIndex?: () => Promise<unknown>;
      readKeptIndex?: (generation: number) => Promise<string | null>;
    } = {},
  ) {
    this.bundled = bundled;
    this.readKeptIndex = options.readKeptIndex ?? null;
    const read = options.readSearchIndex;
    // Resolves to the index itself: the parsed JSON (half the asset at scale) is let go.
    this.searchIndexRead =
      bundled.search == null && read
        ? new SharedPromise(async () =>
            MiniSearch.loadJS<PassageDocument>((await read()) as never, SEARCH_OPTIONS),
          )
        : null;
    for (const p of bundled.passages) {
      const ids = this.indexed.get(p.articleId) ?? [];
      ids.push(p.id);
      this.indexed.set(p.articleId, ids);
    }
  }

  /**
   * Answers from `snapshot` (the merge of the store it names) until the records are needed:
   * `complete()` reads them with `readStore`. If the store is still at the snapshot's
   * generation the merge stands; otherwise the records replace it.
   */
  adoptSnapshot(snapshot: LibrarySnapshot, readStore: () => Promise<StoreContents>): void {
    this.snapshot = snapshot;
    this.bundledOff = new Set(snapshot.bundledOff);
    this.current = null;
    this.hold(snapshot.generation);
    this.keptIndexFor = snapshot.generation;
    this.recordsRead = new SharedPromise(async () => this.attach(await readStore()));
  }

  /** Resolves once the records are read: before a change to them. */
  async complete(): Promise<void> {
    await this.recordsRead?.get();
  }

  /** Whether answers come from the records (not a snapshot still waiting for them). */
  get hasRecords(): boolean {
    return this.snapshot === null;
  }

  /** Every stored source, read whole (at wake, or when a snapshot's records arrive). */
  setStore(store: StoreContents): void {
    if (this.snapshot) {
      this.attach(store);
      return;
    }
    for (const record of store.records) this.setUserSource(record.file, record);
    this.setBundledOff(store.bundledOff);
    this.hold(store.generation);
  }

  /** The store generation this library holds exactly (null: not known, e.g. never read whole). */
  get generation(): number | null {
    return this.held;
  }

  /** The bundled seed files off, as this library holds them. */
  bundledOffFiles(): string[] {
    return [...this.bundledOff].sort();
  }

  /**
   * The generations of writes whose files were just read again. Each write bumps the store's
   * generation by one, so once every generation after the one held has been reported, the
   * library holds the whole store again, at the last of them. Returns whether it moved on.
   */
  written(generations: readonly number[]): boolean {
    if (this.held === null) return false;
    for (const g of generations) if (g > this.held) this.reported.add(g);
    const before = this.held;
    while (this.reported.delete(this.held + 1)) this.held += 1;
    return this.held > before;
  }

  private hold(generation: number): void {
    this.held = generation;
    for (const g of this.reported) if (g <= generation) this.reported.delete(g);
  }

  private attach(store: StoreContents): void {
    const snapshot = this.snapshot;
    if (!snapshot) return;
    this.snapshot = null;
    this.recordsRead = null;
    for (const record of store.records) this.user.set(record.file, record);
    this.bundledOff = new Set(store.bundledOff);
    this.hold(store.generation);
    // The merge the snapshot holds is this store's: it stands. Otherwise it is made again.
    if (store.generation === snapshot.generation) this.merged = snapshot;
    else {
      this.current = null;
      this.keptIndexFor = null;
    }
  }

  /** Adds or replaces a reader's source (by file), or removes it (`null`). */
  setUserSource(file: string, record: StoredSource | null): void {
    if (this.snapshot) throw new Error('The stored sources are not read yet: await complete()');
    // A replaced source's passages may differ under the same ids: they are indexed again.
    for (const a of this.user.get(file)?.compiled.articles ?? []) this.unindex(a.id);
    if (record) this.user.set(file, record);
    else this.user.delete(file);
    this.current = null;
    this.keptIndexFor = null;
  }

  /** The bundled seed files turned off. */
  setBundledOff(files: Iterable<string>): void {
    if (this.snapshot) throw new Error('The stored sources are not read yet: await complete()');
    this.bundledOff = new Set(files);
    this.current = null;
    this.keptIndexFor = null;
  }

  userFiles(): string[] {
    return this.snapshot
      ? [...new Set(this.snapshot.userSummaries.map((s) => s.file))]
      : [...this.user.keys()];
  }

  /** The merged sources, built on the first read after a change. */
  loaded(): LoadedCorpus {
    this.current ??= this.build();
    return this.current;
  }

  /** Every source, turned-off ones included: bundled in corpus order, then the reader's by date added. */
  summaries(): SourceSummary[] {
    return [...this.bundledSummaries(), ...(this.snapshot?.userSummaries ?? this.userSummaries())];
  }

  private bundledSummaries(): SourceSummary[] {
    const termsByArticle = termCountsByArticle(this.bundled.terms);
    const passageCounts = countByArticle(this.bundled.passages);
    return this.bundled.articles.map((article) => ({
      article,
      passageCount: passageCounts.get(article.id) ?? 0,
      termCount: termsByArticle.get(article.id) ?? 0,
      origin: 'bundled',
      file: article.file,
      enabled: !this.bundledOff.has(article.file),
      addedAt: null,
    }));
  }

  /** The reader's sources, by date added. */
  private userSummaries(): SourceSummary[] {
    // Counted from each source's own compile, so a source turned off still shows its names.
    const termsByArticle = termCountsByArticle(
      [...this.user.values()].flatMap((r) => r.compiled.terms),
    );
    const passageCounts = countByArticle(
      [...this.user.values()].flatMap((r) => r.compiled.passages),
    );
    return this.userRecords().flatMap((r) =>
      r.compiled.articles.map((article) => ({
        article,
        passageCount: passageCounts.get(article.id) ?? 0,
        termCount: termsByArticle.get(article.id) ?? 0,
        origin: r.origin,
        file: r.file,
        enabled: r.enabled,
        addedAt: r.addedAt,
      })),
    );
  }

  private userRecords(): StoredSource[] {
    return [...this.user.values()].sort(
      (a, b) => a.addedAt.localeCompare(b.addedAt) || a.file.localeCompare(b.file),
    );
  }

  /**
   * The merge to keep as a snapshot: null when there is nothing of the reader's in it (the
   * bundled corpus alone) or it came from a snapshot itself.
   */
  snapshotParts(): MergedParts | null {
    if (this.snapshot) return null;
    this.loaded();
    return this.merged;
  }

  private build(): LoadedCorpus {
    const bundledArticles = this.bundled.articles.filter((a) => !this.bundledOff.has(a.file));
    const bundledOn = new Set(bundledArticles.map((a) => a.id));
    const bundledPassages = this.bundled.passages.filter((p) => bundledOn.has(p.articleId));
    const bundledFigures = this.bundled.figures.filter((f) => bundledOn.has(f.articleId));
    this.merged = this.snapshot
      ? null
      : this.merge(bundledArticles, bundledPassages, bundledFigures);
    const parts = this.snapshot ?? this.merged;
    const articles = [...bundledArticles, ...(parts?.userArticles ?? [])];
    const passages = [...bundledPassages, ...(parts?.userPassages ?? [])];
    const figures = [...bundledFigures, ...(parts?.userFigures ?? [])];
    const terms = parts?.terms ?? this.bundled.terms;
    const figureGroups = parts?.figureGroups ?? this.bundled.figureGroups;

    const corpus: CompiledCorpus = {
      formatVersion: this.bundled.formatVersion,
      articles,
      passages,
      terms,
      figures,
      figureGroups,
      // The live index below answers searches; the asset's serialized one is not carried.
      search: null,
    };
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getter below needs both.
    const library = this;
    const loaded: LoadedCorpus = {
      corpus,
      get index() {
        return library.indexFor(loaded);
      },
      articleById: new Map(articles.map((a) => [a.id, a])),
      passageById: new Map(passages.map((p) => [p.id, p])),
      termById: new Map(terms.map((t) => [t.id, t])),
      figureById: new Map(figures.map((f) => [f.id, f])),
      dictionary: { formatVersion: corpus.formatVersion, terms: terms.map(dictionaryEntryOf) },
    };
    return loaded;
  }

  /** The reader's enabled sources merged with the bundled ones on; null if there are none. */
  private merge(
    bundledArticles: ArticleMeta[],
    bundledPassages: Passage[],
    bundledFigures: Figure[],
  ): MergedParts | null {
    const records = this.userRecords().filter((r) => r.enabled);
    if (records.length === 0 && bundledArticles.length === this.bundled.articles.length)
      return null;
    const userArticles = records.flatMap((r) => r.compiled.articles);
    const userPassages = records.flatMap((r) => r.compiled.passages);
    const on = new Set([...bundledArticles, ...userArticles].map((a) => a.id));
    const { terms, userFigures } = mergeSources(this.bundled, on, records);
    const articles = [...bundledArticles, ...userArticles];
    const passages = [...bundledPassages, ...userPassages];
    const figureGroups = groupFigures([...bundledFigures, ...userFigures], {
      placeOf: dominantPlaces(articlesWithPassages(articles, passages), terms),
    });
    return {
      userArticles,
      userPassages,
      userFigures,
      terms,
      figureGroups,
      userSummaries: this.userSummaries(),
      // Each source's own names (not the merged terms'): what a search's names field holds.
      userPassageNames: Object.fromEntries(
        namesByPassage(
          records.flatMap((r) => r.compiled.terms),
          () => true,
        ),
      ),
    };
  }

  /**
   * Reads the bundled index if it is kept apart; until this resolves, `loaded().index` throws.
   * A failed read is retried by the next call.
   */
  async searchReady(): Promise<void> {
    if (this.indexLoaded) return;
    if (await this.adoptKeptIndex()) return;
    if (!this.searchIndexRead) return;
    const index = await this.searchIndexRead.get();
    this.indexLoaded ??= index;
  }

  /**
   * Loads the index kept with the adopted snapshot, if the library still holds that merge and the
   * index holds exactly its passages. Any doubt (none kept, unreadable, another count) returns
   * false: the bundled index and the stored passages are used as before.
   */
  private async adoptKeptIndex(): Promise<boolean> {
    const generation = this.keptIndexFor;
    if (generation === null || !this.readKeptIndex) return false;
    const text = await this.readKeptIndex(generation).catch(() => null);
    if (text === null || this.indexLoaded || this.keptIndexFor !== generation) return false;
    const loaded = this.loaded();
    let index: MiniSearch<PassageDocument>;
    try {
      index = MiniSearch.loadJSON<PassageDocument>(text, SEARCH_OPTIONS);
    } catch {
      return false;
    }
    if (index.documentCount !== loaded.corpus.passages.length) return false;
    this.indexed.clear();
    for (const [articleId, list] of groupByArticle(loaded.corpus.passages))
      this.indexed.set(
        articleId,
        list.map((p) => p.id),
      );
    this.indexLoaded = index;
    this.indexedFor = loaded;
    return true;
  }

  /**
   * The search index as a text to keep with the snapshot (see `readKeptIndex`), or null when it
   * is not worth its storage: the reader's passages are under a third of all of them, and adding
   * them at the first search costs less than reading the whole index back (in Node, 4,800
   * passages: adding them 0.6-0.75 s, parsing and loading their index 0.1-0.18 s). Also null
   * while answering from a snapshot, which has nothing new to keep.
   */
  async searchIndexToKeep(): Promise<string | null> {
    const parts = this.snapshotParts();
    if (!parts) return null;
    const loaded = this.loaded();
    if (parts.userPassages.length * 3 < loaded.corpus.passages.length) return null;
    await this.searchReady();
    // The index as it holds `loaded` (bringing it up to date is what the first search does).
    return JSON.stringify(this.indexFor(loaded));
  }

  private get index(): MiniSearch<PassageDocument> {
    if (!this.indexLoaded) {
      if (this.bundled.search == null)
        throw new Error('The search index is read on demand: await searchReady() first');
      this.indexLoaded = MiniSearch.loadJS<PassageDocument>(
        this.bundled.search as never,
        SEARCH_OPTIONS,
      );
    }
    return this.indexLoaded;
  }

  /** The index, holding exactly the passages of `loaded` (synced once per build). */
  private indexFor(loaded: LoadedCorpus): MiniSearch<PassageDocument> {
    if (this.indexedFor !== loaded) {
      this.syncIndex(loaded.corpus);
      this.indexedFor = loaded;
    }
    return this.index;
  }

  private unindex(articleId: string): void {
    const ids = this.indexed.get(articleId);
    if (!ids) return;
    for (const id of ids) this.index.discard(id);
    this.indexed.delete(articleId);
  }

  /** Adds the passages of articles turned on or added, discards those of articles turned off or removed. */
  private syncIndex(corpus: CompiledCorpus): void {
    const wanted = new Set(corpus.articles.map((a) => a.id));
    const passagesByArticle = groupByArticle(
      corpus.passages.filter((p) => !this.indexed.has(p.articleId)),
    );
    for (const articleId of [...this.indexed.keys()])
      if (!wanted.has(articleId)) this.unindex(articleId);
    if (passagesByArticle.size === 0) return;
    // A passage's `names` field holds the names its own source's compile found in it.
    const bundledNames = namesByPassage(this.bundled.terms, (pid) =>
      passagesByArticle.has(articleOf(pid)),
    );
    const userNames = (this.snapshot ?? this.merged)?.userPassageNames ?? {};
    const namesOf = (pid: string) =>
      bundledNames.get(pid) ?? (Object.hasOwn(userNames, pid) ? userNames[pid]! : []);
    const titleOf = new Map(corpus.articles.map((a) => [a.id, a.title]));
    for (const [articleId, list] of passagesByArticle) {
      this.index.addAll(
        list.map((p) => passageDocument(p, titleOf.get(articleId) ?? '', namesOf(p.id))),
      );
      this.indexed.set(
        articleId,
        list.map((p) => p.id),
      );
    }
  }
}

/** The names of `terms` in each passage `wanted`, in term order. */
function namesByPassage(terms: readonly Term[], wanted: (pid: string) => boolean) {
  const names = new Map<string, string[]>();
  for (const t of terms)
    for (const pid of t.passageIds) {
      if (!wanted(pid)) continue;
      const list = names.get(pid) ?? [];
      list.push(t.name);
      names.set(pid, list);
    }
  return names;
}

/** Bundled terms and figures restricted to the articles turned on, then each record's merged in. */
function mergeSources(
  bundled: CompiledCorpus,
  on: Set<string>,
  records: StoredSource[],
): { terms: Term[]; userFigures: Figure[] } {
  const merged = new TermMerger();
  for (const t of bundled.terms) {
    const passageIds = t.passageIds.filter((pid) => on.has(articleOf(pid)));
    if (passageIds.length > 0) merged.add({ ...t, passageIds }, { fixedKind: true });
  }
  const userFigures: Figure[] = [];
  for (const r of records) {
    const idMap = new Map<string, string>();
    for (const t of r.compiled.terms) idMap.set(t.id, merged.add(t));
    const remap = (id: string) => idMap.get(id) ?? id;
    for (const f of r.compiled.figures)
      userFigures.push({
        ...f,
        termIds: [...new Set(f.termIds.map(remap))],
        ...(f.eventId ? { eventId: remap(f.eventId) } : {}),
      });
  }
  const terms = merged.terms();
  const bundledArticles = new Set(bundled.articles.map((a) => a.id));
  linkOtherSources(
    terms,
    [
      ...bundled.passages.filter((p) => on.has(p.articleId)),
      ...records.flatMap((r) => r.compiled.passages),
    ],
    (term, articleId) => !(bundledArticles.has(articleId) && merged.isBundledOnly(term.id)),
  );
  return { terms: computeRelated(terms), userFigures };
}

/** The article of a passage id (`<articleId>:<ordinal>`). */
const articleOf = (pid: string) => articleIdOfPassage(pid) ?? pid;

/** Passages by article, in the order given. */
function groupByArticle(passages: readonly Passage[]): Map<string, Passage[]> {
  const byArticle = new Map<string, Passage[]>();
  for (const p of passages) {
    const list = byArticle.get(p.articleId) ?? [];
    list.push(p);
    byArticle.set(p.articleId, list);
  }
  return byArticle;
}

/**
 * A source compiled alone does not know the names other sources found: a name too weak in one
 * article alone ("ISRO" mentioned twice) is in no card of that article. This links a term to the
 * passages of another article where the page's own matcher would highlight it, under the page's
 * rules (a context variant needs another name of the article; a surname alone needs the full
 * name there), and only in articles where the term has no passage yet: where an article's own
 * compile linked the term, its judgement stands. Measured on the evaluation set
 * (eval/compiler/README.md): dev card sources 87.3% -> 94.5% (a whole-set compile: 96.4%).
 */
function linkOtherSources(
  terms: Term[],
  passages: Passage[],
  mayLink: (term: Term, articleId: string) => boolean,
): void {
  const matcher = compileMatcher(terms.map(dictionaryEntryOf));
  const byId = new Map(terms.map((t) => [t.id, t]));
  const articlesOf = new Map(terms.map((t) => [t.id, new Set(t.passageIds.map(articleOf))]));
  const linked = new Map<string, string[]>();
  for (const [articleId, list] of groupByArticle(passages)) {
    const found = list.map((p) => ({ p, matches: matchTerms(p.text, matcher) }));
    const plain = new Set(
      found.flatMap(({ matches }) => matches.filter((m) => !m.condition).map((m) => m.termId)),
    );
    for (const { p, matches } of found)
      for (const m of matches) {
        const shown =
          !m.condition ||
          (m.condition === 'full-name'
            ? plain.has(m.termId)
            : [...plain].some((id) => id !== m.termId));
        const term = byId.get(m.termId)!;
        if (!shown || articlesOf.get(term.id)!.has(articleId) || !mayLink(term, articleId))
          continue;
        const list = linked.get(term.id) ?? [];
        list.push(p.id);
        linked.set(term.id, list);
      }
  }
  for (const [termId, pids] of linked) {
    const term = byId.get(termId)!;
    term.passageIds = union(term.passageIds, pids);
  }
}

/**
 * Joins a source's names with the names already known: the same id, or a variant
 * written the same way (folded: case, diacritics, punctuation), of the same kind;
 * failing that, the same name of another kind ("Reuters" a person in one article, an
 * organisation in another), whose kind then follows the passages that call it each
 * kind (a bundled term's kind, chosen over the whole set, stays). A name the sets do
 * not share becomes a term of its own; an id already taken gets a suffix.
 */
class TermMerger {
  private readonly byId = new Map<string, Term>();
  private readonly byKey = new Map<string, Term>();
  private readonly byName = new Map<string, Term>();
  private readonly fixedKind = new Set<string>();
  /** Term id -> passages that called it each kind. */
  private readonly kindVotes = new Map<string, Map<TermKind, number>>();
  private readonly fromRecords = new Set<string>();

  add(term: Term, options: { fixedKind?: boolean } = {}): string {
    const target = this.find(term);
    if (!target) {
      let id = term.id;
      for (let n = 2; this.byId.has(id); n++) id = `${term.id}-${n}`;
      const copy: Term = {
        ...term,
        id,
        variants: [...term.variants],
        passageIds: [...term.passageIds],
      };
      this.byId.set(id, copy);
      if (options.fixedKind) this.fixedKind.add(id);
      else this.fromRecords.add(id);
      this.vote(copy, term);
      this.index(copy);
      return id;
    }
    target.variants = union(target.variants, term.variants);
    target.passageIds = union(target.passageIds, term.passageIds);
    for (const field of ['contextVariants', 'fullNameVariants', 'spellingKeys'] as const) {
      const both = union(target[field] ?? [], term[field] ?? []);
      if (both.length > 0) target[field] = both;
    }
    if (!options.fixedKind) this.fromRecords.add(target.id);
    this.vote(target, term);
    this.index(target, term.kind);
    return target.id;
  }

  terms(): Term[] {
    return [...this.byId.values()];
  }

  /** True for a bundled term no source of the reader's merged into. */
  isBundledOnly(termId: string): boolean {
    return this.fixedKind.has(termId) && !this.fromRecords.has(termId);
  }

  private vote(target: Term, term: Term): void {
    const votes = this.kindVotes.get(target.id) ?? new Map<TermKind, number>();
    votes.set(term.kind, (votes.get(term.kind) ?? 0) + term.passageIds.length);
    this.kindVotes.set(target.id, votes);
    if (this.fixedKind.has(target.id)) return;
    let best = target.kind;
    for (const [kind, n] of votes) if (n > (votes.get(best) ?? 0)) best = kind;
    target.kind = best;
  }

  private find(term: Term): Term | undefined {
    const sameId = this.byId.get(term.id);
    if (sameId && sameId.kind === term.kind) return sameId;
    for (const v of term.variants) {
      const found = this.byKey.get(`${term.kind}|${foldKey(v)}`);
      if (found) return found;
    }
    // Names only, not variants: "Jordan" the country does not join "Michael Jordan".
    return this.byName.get(foldKey(term.name));
  }

  private index(term: Term, kind: TermKind = term.kind): void {
    const name = foldKey(term.name);
    if (!this.byName.has(name)) this.byName.set(name, term);
    for (const v of term.variants) {
      const key = `${kind}|${foldKey(v)}`;
      if (!this.byKey.has(key)) this.byKey.set(key, term);
    }
  }
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function termCountsByArticle(terms: Term[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of terms) {
    const articles = new Set(t.passageIds.map(articleOf));
    for (const a of articles) counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  return counts;
}

function countByArticle(passages: readonly Passage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of passages) counts.set(p.articleId, (counts.get(p.articleId) ?? 0) + 1);
  return counts;
}

function articlesWithPassages(articles: ArticleMeta[], passages: Passage[]) {
  const byArticle = groupByArticle(passages);
  return articles.map((a) => ({ ...a, passages: byArticle.get(a.id) ?? [] }));
}
