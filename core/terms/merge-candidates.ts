/**
 * Step 4 of the extractor: candidates that name the same thing are merged
 * (acronym and expansion, spellings, full name and surname, company
 * designators, `Republic of X`), and each group gets its kind and name.
 */
import { TERM_KINDS, type TermKind } from '../types';
import { type Candidate, candidateFor, dominantKind, emptyVotes } from './candidate';
import { acronymFits, findAbbreviationPairs, isAcronym } from './candidates';
import { voteKind } from './judge-candidates';
import { UnionFind, foldKey, phoneticKey } from './merge-keys';
import { CONNECTORS, EVENT_LEADS, MONTHS, COMPANY_DESIGNATORS } from './word-lists';

export function mergeAbbreviations(
  passages: Array<{ text: string }>,
  accepted: Map<string, Candidate>,
  uf: UnionFind<string>,
): void {
  for (const p of passages) {
    // Every pattern needs a parenthesis; most passages have none.
    if (!p.text.includes('(')) continue;
    for (const pair of findAbbreviationPairs(p.text)) {
      let longWords = pair.long.split(/\s+/u);
      // Drop leading words (`Chinese Belt and Road ...`) until the name is a candidate.
      let longKey = foldKey(longWords.join(' '));
      while (!accepted.has(longKey) && longWords.length > 2) {
        longWords = longWords.slice(1);
        while (longWords.length > 0 && CONNECTORS.has(longWords[0]!.toLowerCase()))
          longWords = longWords.slice(1);
        longKey = foldKey(longWords.join(' '));
      }
      const shortKey = foldKey(pair.short);
      const isAbbrev = isAcronym(pair.short) && !pair.short.includes(' ');
      if (
        isAbbrev &&
        !acronymFits(
          pair.short,
          longWords.flatMap((w) => w.split('-')),
        )
      )
        continue;
      if (longWords.length < 2) continue;
      for (const [key, surface] of [
        [longKey, longWords.join(' ')],
        [shortKey, pair.short],
      ] as const) {
        if (!accepted.has(key)) {
          const c = candidateFor(
            accepted,
            key.split(' '),
            isAcronym(surface) && !surface.includes(' '),
          );
          c.surfaces.set(surface, c.surfaces.get(surface) ?? 0);
          voteKind(c);
          accepted.set(key, c);
          uf.add(key);
        }
      }
      uf.union(longKey, shortKey);
    }
  }
}

/** `EU` -> `European Union` when exactly one candidate has those initials. */
export function mergeByInitials(accepted: Map<string, Candidate>, uf: UnionFind<string>): void {
  const byInitials = new Map<string, Set<string>>();
  const add = (initials: string, key: string) => {
    if (initials.length < 2) return;
    const set = byInitials.get(initials) ?? new Set();
    set.add(key);
    byInitials.set(initials, set);
  };
  for (const c of accepted.values()) {
    if (c.tokenKeys.length < 2) continue;
    // `UN News` contains the acronym; it does not spell it out.
    if (accepted.get(c.tokenKeys[0]!)?.isAcronym && c.tokenKeys.length === 2) continue;
    // People are not written as their initials in news text (`Unai Simon` is not `US`).
    if (dominantKind(c) === 'person') continue;
    const content = c.tokenKeys.filter((k) => !CONNECTORS.has(k));
    add(content.map((k) => k[0]).join(''), c.key);
    // `OSCE Office for Democratic Institutions and Human Rights` is also ODIHR.
    if (accepted.get(content[0]!)?.isAcronym && content.length > 2)
      add(
        content
          .slice(1)
          .map((k) => k[0])
          .join(''),
        c.key,
      );
  }
  const acronymKeys = new Map<string, string[]>();
  for (const c of accepted.values()) {
    if (!c.isAcronym) continue;
    const letters = c.key.replace(/\./gu, '');
    const list = acronymKeys.get(letters) ?? [];
    list.push(c.key);
    acronymKeys.set(letters, list);
  }
  // U.N. and UN are one acronym.
  for (const keys of acronymKeys.values()) for (const k of keys.slice(1)) uf.union(keys[0]!, k);
  // Groups that already have a spelled-out name (from `Long Name (ACR)`).
  const expanded = new Set<string>();
  for (const c of accepted.values())
    if (!c.isAcronym && c.tokenKeys.length > 1) expanded.add(uf.find(c.key));
  for (const [letters, keys] of acronymKeys) {
    const matches = byInitials.get(letters);
    if (!matches || matches.size !== 1) continue;
    const [target] = [...matches];
    if (!expanded.has(uf.find(keys[0]!))) uf.union(keys[0]!, target!);
  }
}

/** Tokayev / Toqayev / Tokaev, Mangystau / Mangistau: same phonetic key, same word count. */
export function mergeSpellings(accepted: Map<string, Candidate>, uf: UnionFind<string>): void {
  const byKey = new Map<string, string[]>();
  for (const c of accepted.values()) {
    if (c.isAcronym) continue;
    if (c.tokenKeys.some((k) => k.length < 4 && !CONNECTORS.has(k))) continue;
    const pk = c.tokenKeys.map(phoneticKey).join(' ');
    const list = byKey.get(pk) ?? [];
    list.push(c.key);
    byKey.set(pk, list);
  }
  for (const keys of byKey.values()) for (const k of keys.slice(1)) uf.union(keys[0]!, k);
}

/** Middle names, surname-only mentions, `Republic of X`, `X Region`. */
export function mergeNames(accepted: Map<string, Candidate>, uf: UnionFind<string>): void {
  const people = [...accepted.values()].filter(
    (c) => c.tokenKeys.length >= 2 && !c.isAcronym && dominantKind(c) === 'person',
  );
  // Full names sharing first and last name: `Nursultan Abishevich Nazarbayev`.
  const byEnds = new Map<string, string[]>();
  for (const c of people) {
    const k = `${phoneticKey(c.tokenKeys[0]!)}|${phoneticKey(c.tokenKeys[c.tokenKeys.length - 1]!)}`;
    const list = byEnds.get(k) ?? [];
    list.push(c.key);
    byEnds.set(k, list);
  }
  for (const keys of byEnds.values()) for (const k of keys.slice(1)) uf.union(keys[0]!, k);
  mergeMistypedFirstNames(people, uf);
  // Surname -> the one person whose full name ends with it.
  const bySurname = new Map<string, Set<string>>();
  for (const c of people) {
    const last = phoneticKey(c.tokenKeys[c.tokenKeys.length - 1]!);
    const set = bySurname.get(last) ?? new Set();
    set.add(uf.find(c.key));
    bySurname.set(last, set);
  }
  for (const c of accepted.values()) {
    if (c.tokenKeys.length !== 1 || c.isAcronym) continue;
    const owners = bySurname.get(phoneticKey(c.key));
    if (owners && owners.size === 1) uf.union(c.key, [...owners][0]!);
  }
  // `CrowdStrike Holdings`, `Microsoft Corp`, `Delta Air Lines` -> the company's short name.
  for (const c of accepted.values()) {
    const keys = c.tokenKeys;
    for (const size of [2, 1]) {
      if (keys.length <= size) continue;
      if (!COMPANY_DESIGNATORS.has(keys.slice(-size).join(' '))) continue;
      const base = accepted.get(keys.slice(0, -size).join(' '));
      // `Delta said` can read as a person; `Delta Air Lines` says what it is.
      if (base && (dominantKind(base) !== 'person' || base.tokenKeys.length === 1))
        uf.union(c.key, base.key);
      break;
    }
  }
  for (const c of accepted.values()) {
    const keys = c.tokenKeys;
    // Republic of Kazakhstan -> Kazakhstan
    // People's Republic of China -> China
    const r = keys.indexOf('republic');
    if (r >= 0 && keys[r + 1] === 'of' && keys.length > r + 2) {
      const rest = keys.slice(r + 2).join(' ');
      if (accepted.has(rest)) uf.union(c.key, rest);
    }
    // Kyrgyz Republic -> Kyrgyzstan, Russian Federation -> Russia
    if (keys.length === 2 && (keys[1] === 'republic' || keys[1] === 'federation')) {
      const d = keys[0]!;
      for (const base of [`${d}stan`, d.replace(/n$/u, ''), d.replace(/an$/u, '')]) {
        if (base !== d && accepted.has(base)) {
          uf.union(c.key, base);
          break;
        }
      }
    }
    // Mangystau Region -> Mangystau, when Mangystau alone is always followed by "region".
    if (keys.length === 2 && keys[1] === 'region') {
      const base = accepted.get(keys[0]!);
      if (base && [...base.after.keys()].every((a) => a === 'region' || a === 'regions'))
        uf.union(c.key, base.key);
    }
  }
}

/**
 * `January events` and `January crisis` name the event that a quoted coinage
 * (`“Tragic January”`) names, when exactly one named event carries that month.
 */
export function mergeMonthEvents(accepted: Map<string, Candidate>, uf: UnionFind<string>): void {
  const anchors = new Map<string, Set<string>>();
  for (const c of accepted.values()) {
    if (c.monthEvent || c.tokenKeys.length < 2 || dominantKind(c) !== 'event') continue;
    for (const k of c.tokenKeys) {
      if (!MONTHS.has(k)) continue;
      const set = anchors.get(k) ?? new Set();
      set.add(uf.find(c.key));
      anchors.set(k, set);
    }
  }
  for (const c of accepted.values()) {
    if (!c.monthEvent) continue;
    const roots = anchors.get(c.tokenKeys[0]!);
    if (roots && roots.size === 1) uf.union(c.key, [...roots][0]!);
  }
}

export function groupKind(members: Candidate[]): TermKind {
  const total = emptyVotes();
  for (const m of members) {
    // Acronyms defer to their expansion.
    const w = m.isAcronym && members.length > 1 ? 0.2 : 1;
    for (const k of TERM_KINDS) total[k] += m.votes[k] * w;
  }
  let best: TermKind = 'organisation';
  for (const k of TERM_KINDS) if (total[k] > total[best]) best = k;
  return best;
}

/** The canonical name: an expansion over its acronym, a full name over a surname, else the commonest form. */
export function chooseName(members: Candidate[]): string {
  const isPerson = groupKind(members) === 'person';
  const ranked = [...members].sort((a, b) => {
    // People: the full name; everything else: the commonest spelled-out form.
    const score = (c: Candidate) =>
      (c.isAcronym ? 0 : 100000) +
      (isPerson ? Math.min(c.tokenKeys.length, 2) * 10000 : 0) +
      c.count;
    // On a tie, the fuller form (`Storm Daniel` over `Daniel`).
    return (
      score(b) - score(a) ||
      b.tokenKeys.length - a.tokenKeys.length ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
    );
  });
  const top = ranked[0]!;
  const surfaces = [...top.surfaces.entries()].sort(
    (a, b) =>
      Number(/^\p{Lu}/u.test(b[0])) - Number(/^\p{Lu}/u.test(a[0])) ||
      b[1] - a[1] ||
      (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  );
  return surfaces[0]![0];
}

/**
 * `Rigath Gachagua` beside `Rigathi Gachagua`: two full names with the same
 * surname whose first names differ by one letter are one person misspelt
 * (first names of five letters or more, so `Jan` and `Jon` stay apart).
 */
function mergeMistypedFirstNames(people: Candidate[], uf: UnionFind<string>): void {
  const bySurname = new Map<string, Candidate[]>();
  for (const c of people) {
    if (c.tokenKeys.length !== 2) continue;
    const last = phoneticKey(c.tokenKeys[1]!);
    bySurname.set(last, [...(bySurname.get(last) ?? []), c]);
  }
  for (const group of bySurname.values())
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!.tokenKeys[0]!;
        const b = group[j]!.tokenKeys[0]!;
        if (Math.min(a.length, b.length) >= 5 && isOneEditApart(a, b))
          uf.union(group[i]!.key, group[j]!.key);
      }
}

/** True when one insertion, deletion or substitution turns `a` into `b`. */
export function isOneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Other spellings of one name in a source set:
 * - `Storm Daniel` and `Daniel`: an event named with a lead word, and the bare name;
 * - `European Championship` and `European Championships`: the last word in the plural;
 * - `Committee on Homeland Security` and the one longer name that ends with
 *   it (`House Committee on Homeland Security`).
 */
export function mergeNameForms(accepted: Map<string, Candidate>, uf: UnionFind<string>): void {
  const tails = new Map<string, Set<string>>();
  for (const c of accepted.values()) {
    const keys = c.tokenKeys;
    if (keys.length === 2 && EVENT_LEADS.has(keys[0]!) && accepted.has(keys[1]!))
      uf.union(c.key, keys[1]!);
    const last = keys[keys.length - 1]!;
    if (keys.length >= 2 && last.endsWith('s')) {
      const singular = [...keys.slice(0, -1), last.slice(0, -1)].join(' ');
      if (accepted.has(singular)) uf.union(c.key, singular);
    }
    if (keys.length >= 3 && !c.isAcronym && dominantKind(c) !== 'person') {
      const tail = keys.slice(1).join(' ');
      tails.set(tail, new Set([...(tails.get(tail) ?? []), c.key]));
    }
  }
  for (const [tail, owners] of tails) {
    const short = accepted.get(tail);
    if (!short || owners.size !== 1 || dominantKind(short) === 'person') continue;
    if (short.tokenKeys.filter((k) => !CONNECTORS.has(k)).length < 2) continue;
    uf.union(tail, [...owners][0]!);
  }
}
