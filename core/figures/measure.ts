/**
 * What a number counts, read from the words of its own clause: the words after
 * it ("160 people were killed", "3,600 criminal cases"), then the words before
 * it ("the death of 238 people", "killed dozens of people"). A number with no
 * such words is not a figure: "47 agreements", "two mandates", "1500 years".
 */
import type { NumberExpression } from './numbers';
import type { Token } from './tokens';

export interface MeasureReading {
  measure: string;
  /** Who or what is counted when narrower than "people": `security-forces`, `protesters`, `damage`, ... ('' = people in general). */
  subject: string;
  /** Token index range `[from, to]` of the words that state it, number included. */
  from: number;
  to: number;
  /** The measure came from the figure before it ("..., including 19 police officers"). */
  inherited: boolean;
}

/** What an event does to things (and people): "8.5 million devices affected", "7,000 flights cancelled". */
const THINGS_HIT: Record<string, string> = Object.fromEntries(
  [
    'affected',
    'crashed',
    'cancelled',
    'canceled',
    'delayed',
    'disrupted',
    'grounded',
    'stranded',
    'destroyed',
    'damaged',
  ].map((w) => [w, 'affected']),
);
const AFTER_CUES: Record<string, string> = {
  killed: 'killed',
  dead: 'killed',
  died: 'killed',
  deaths: 'killed',
  fatalities: 'killed',
  perished: 'killed',
  eliminated: 'killed',
  lives: 'killed',
  injured: 'injured',
  wounded: 'injured',
  hurt: 'injured',
  injuries: 'injured',
  arrested: 'detained',
  detained: 'detained',
  arrests: 'detained',
  detentions: 'detained',
  detainees: 'detained',
  apprehended: 'detained',
  jailed: 'detained',
  amnestied: 'amnestied',
  pardoned: 'amnestied',
  convicted: 'convicted',
  sentenced: 'convicted',
  bodies: 'killed',
  missing: 'missing',
  unaccounted: 'missing',
  displaced: 'displaced',
  homeless: 'displaced',
  evacuated: 'evacuated',
  evacuees: 'evacuated',
  abducted: 'abducted',
  kidnapped: 'abducted',
  ...THINGS_HIT,
};
const BEFORE_CUES: Record<string, string> = {
  death: 'killed',
  deaths: 'killed',
  toll: 'killed',
  killed: 'killed',
  killing: 'killed',
  kill: 'killed',
  injured: 'injured',
  injuring: 'injured',
  wounded: 'injured',
  wounding: 'injured',
  arrested: 'detained',
  arresting: 'detained',
  detained: 'detained',
  detaining: 'detained',
  amnesty: 'amnestied',
  amnestied: 'amnestied',
  pardoned: 'amnestied',
  convicted: 'convicted',
};
/** Cues that govern a number only right before it ("the detention of eight officials", "affected some 8.5 million devices"). */
const NEAR_BEFORE_CUES: Record<string, string> = {
  detention: 'detained',
  arrest: 'detained',
  evacuation: 'evacuated',
  evacuated: 'evacuated',
  evacuating: 'evacuated',
  displaced: 'displaced',
  displacing: 'displaced',
  displacement: 'displaced',
  affecting: 'affected',
  ...THINGS_HIT,
};
/** A before-cue belongs to another clause when one of these stands between it and the number. */
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'while', 'whereas', 'as']);
/** Words that may stand between a count and its verb ("10,000 are missing", "have been displaced"). */
const AUXILIARIES = new Set(
  'are were was is be been being have has had may might could would will reportedly also still now so far currently estimated to have'.split(
    ' ',
  ),
);
/** Counted people with their own measure when no verb says what happened to them. */
const ROLE_MEASURES: Record<string, string> = {
  employees: 'employees',
  workers: 'employees',
  staff: 'employees',
  staffers: 'employees',
  signatories: 'signatories',
  passengers: 'passengers',
};
const PEOPLE = new Set([
  'people',
  'persons',
  'person',
  'citizens',
  'civilians',
  'residents',
  'individuals',
  'men',
  'women',
  'youths',
  'adults',
  'teenagers',
  'students',
  'fans',
  'supporters',
  'spectators',
  'mourners',
  'worshippers',
  'pilgrims',
  'migrants',
  'refugees',
  'tourists',
  'villagers',
  'inhabitants',
  'survivors',
  'victims',
  'patients',
  'doctors',
  'nurses',
  'volunteers',
  'rescuers',
  'members',
  'officials',
  'prisoners',
  'inmates',
  'hostages',
  'suspects',
  'families',
  ...Object.keys(ROLE_MEASURES),
]);
/** A nationality in the plural ("Kenyans", "Libyans") counts people too. */
const isPeopleNoun = (t: Token) =>
  PEOPLE.has(t.lower) || /^\p{Lu}\p{Ll}+(?:ans|ians)$/u.test(t.text);
const SUBJECTS: Record<string, string> = {
  police: 'security-forces',
  policemen: 'security-forces',
  officers: 'security-forces',
  servicemen: 'security-forces',
  soldiers: 'security-forces',
  troops: 'security-forces',
  military: 'security-forces',
  personnel: 'security-forces',
  enforcement: 'security-forces',
  guardsmen: 'security-forces',
  protesters: 'protesters',
  protestors: 'protesters',
  demonstrators: 'protesters',
  assailants: 'assailants',
  attackers: 'assailants',
  terrorists: 'assailants',
  militants: 'assailants',
  bandits: 'assailants',
  extremists: 'assailants',
  children: 'children',
  foreigners: 'foreigners',
  journalists: 'journalists',
};
const MONEY_SUBJECTS: Record<string, string> = {
  damage: 'damage',
  damages: 'damage',
  losses: 'damage',
  loss: 'damage',
  invested: 'investment',
  investment: 'investment',
  investments: 'investment',
  fdi: 'investment',
  fdis: 'investment',
  worth: 'deals',
  agreements: 'deals',
  contracts: 'deals',
  deals: 'deals',
  trade: 'trade',
  turnover: 'trade',
  exports: 'trade',
  imports: 'trade',
};
const CAPITALISED = /^\p{Lu}/u;
const CLAUSE_END = new Set([',', ';', ':', '(', ')', '.', '!', '?', '\u2014', '[', ']']);
const WINDOW_WORDS = 8;

/** Tokens after the number, up to the end of its clause or the next number. */
function windowAfter(tokens: Token[], expr: NumberExpression, nextNumberFrom: number): number[] {
  const out: number[] = [];
  for (
    let k = expr.to + 1;
    k < tokens.length && k < nextNumberFrom && out.length < WINDOW_WORDS;
    k++
  ) {
    const t = tokens[k]!;
    if (t.kind === 'sym') {
      if (CLAUSE_END.has(t.text)) break;
      continue;
    }
    out.push(k);
  }
  return out;
}

function windowBefore(tokens: Token[], from: number, prevNumberTo: number): number[] {
  const out: number[] = [];
  for (let k = from - 1; k > prevNumberTo && out.length < 6; k--) {
    const t = tokens[k]!;
    if (t.kind === 'sym') {
      if (CLAUSE_END.has(t.text)) break;
      continue;
    }
    out.push(k);
    // "officials killed and six soldiers": the cue before "and" is another clause's.
    if (CONJUNCTIONS.has(t.lower)) break;
  }
  return out;
}

interface AfterReading {
  measure: string | null;
  cueAt: number;
  subject: string | null;
  subjectEnd: number;
  sawPeople: boolean;
}

/** Who is counted and what happened to them: the noun phrase right after the number, then its verb. */
function readAfter(tokens: Token[], after: number[], nextNumberFrom: number): AfterReading {
  const r: AfterReading = {
    measure: null,
    cueAt: -1,
    subject: null,
    subjectEnd: -1,
    sawPeople: false,
  };
  let inPredicate = false;
  for (const k of after) {
    const w = tokens[k]!.lower.replace(/'s$/u, '');
    const cue = AFTER_CUES[w];
    // "killed 3 and injured 40": a verb right before the next number is that number's.
    if (cue && k + 1 === nextNumberFrom) break;
    if (cue) {
      r.measure = cue;
      r.cueAt = k;
      break;
    }
    if (
      w === 'criminal' &&
      /^(?:cases|proceedings|investigations)$/u.test(tokens[k + 1]?.lower ?? '')
    ) {
      r.measure = 'criminal-cases';
      r.cueAt = k + 1;
      break;
    }
    // The noun phrase ends at its verb: "300.000 people are ethnic Ukrainians".
    if (AUXILIARIES.has(w) && w !== 'estimated') inPredicate = true;
    if (inPredicate) continue;
    if (isPeopleNoun(tokens[k]!)) {
      r.sawPeople = true;
      r.subjectEnd = k;
    } else if (SUBJECTS[w]) {
      r.subject ??= SUBJECTS[w];
      r.subjectEnd = k;
    }
  }
  return r;
}

/** The number's window ends at the next number of a list: "six soldiers and five ...", "5 soldiers, 3 civilians". */
function isListedBefore(
  tokens: Token[],
  expr: NumberExpression,
  after: number[],
  nextNumberFrom: number,
): boolean {
  if (nextNumberFrom >= tokens.length) return false;
  const last = after.length > 0 ? after[after.length - 1]! : expr.to;
  const between = tokens.slice(last + 1, nextNumberFrom).map((t) => t.text);
  const joiner = tokens[nextNumberFrom - 1]?.lower ?? '';
  return (
    between.every((x) => x === ',') &&
    (joiner === 'and' || joiner === 'or' || joiner === ',' || joiner === 'as')
  );
}

/** The verb after a list of counts, up to the end of the clause: "... and five civilians injured". */
function cueAfterList(tokens: Token[], start: number): string | null {
  for (let k = start; k < tokens.length && k < start + 16; k++) {
    const t = tokens[k]!;
    if (t.kind === 'sym' && t.text !== ',' && CLAUSE_END.has(t.text)) return null;
    const cue = AFTER_CUES[t.lower];
    if (cue) return cue;
  }
  return null;
}

/** A cue right before the number ("affected some 8.5 million", "the detention of eight"). */
function nearCueBefore(tokens: Token[], before: number[]): { measure: string; at: number } | null {
  for (const [n, k] of before.slice(0, 3).entries()) {
    const measure = NEAR_BEFORE_CUES[tokens[k]!.lower];
    if (measure) return { measure, at: k };
    if (n > 0 && !['of', 'the'].includes(tokens[k]!.lower)) return null;
    if (n === 0 && !['of', 'the'].includes(tokens[k]!.lower)) return null;
  }
  return null;
}

/** Only auxiliaries between the number and its cue: "ten thousand are missing". */
function cueFollows(tokens: Token[], to: number, cueAt: number): boolean {
  if (cueAt <= to) return false;
  for (let k = to + 1; k < cueAt; k++) if (!AUXILIARIES.has(tokens[k]!.lower)) return false;
  return true;
}

/** Employees, signatories, passengers have their own measure; other people are `people`. */
function roleMeasure(tokens: Token[], after: number[]): string {
  for (const k of after.slice(0, 4)) {
    const role = ROLE_MEASURES[tokens[k]!.lower];
    if (role) return role;
  }
  return 'people';
}

/** What things an event hit: the first common noun after the number, in the plural ("devices", "flights"). */
function thingCounted(tokens: Token[], after: number[]): string {
  for (const k of after) {
    const t = tokens[k]!;
    if (CAPITALISED.test(t.text) || t.lower === 'of' || THINGS_HIT[t.lower]) continue;
    if (AUXILIARIES.has(t.lower) || t.lower.length < 3) continue;
    return t.lower.endsWith('s') ? t.lower : `${t.lower}s`;
  }
  return '';
}

/**
 * Reads what `expr` counts. `previous` is the figure read just before it in the
 * same sentence, whose measure and subject carry over to "..., 12 were killed"
 * and "including 19 police officers".
 */
export function readMeasure(options: {
  tokens: Token[];
  expr: NumberExpression;
  previous: MeasureReading | null;
  prevNumberTo: number;
  nextNumberFrom: number;
}): MeasureReading | null {
  const { tokens, expr, previous } = options;
  const after = windowAfter(tokens, expr, options.nextNumberFrom);
  const before = windowBefore(tokens, expr.from, options.prevNumberTo);

  if (expr.kind !== 'count') {
    const measure = expr.kind; // money | percent | distance
    let subject = '';
    if (measure === 'money') {
      for (const k of [...before, ...after]) {
        const s = MONEY_SUBJECTS[tokens[k]!.lower];
        if (s) {
          subject = s;
          break;
        }
      }
    }
    // "175 million euros ($198m)": a converted sum counts what the sum before it counts.
    if (!subject && previous?.measure === 'money') subject = previous.subject;
    return { measure, subject, from: expr.from, to: expr.to, inherited: false };
  }

  const read = readAfter(tokens, after, options.nextNumberFrom);
  let { measure } = read;
  const { cueAt, sawPeople, subjectEnd } = read;
  let subject = read.subject;
  // Only the first few words may name who is counted: "eight current and former
  // officials", "353 members of ... law enforcement".
  const isCountedNoun = (k: number) =>
    isPeopleNoun(tokens[k]!) || SUBJECTS[tokens[k]!.lower] !== undefined;
  const first = after[0];
  const nounSoonAfter =
    first !== undefined && tokens[first]!.lower !== 'of' && after.slice(0, 4).some(isCountedNoun);
  const nounDirectlyAfter =
    first !== undefined &&
    (isCountedNoun(first) || ['members', 'of'].includes(tokens[first]!.lower));
  if (measure === 'affected' && !sawPeople && subject === null)
    subject = thingCounted(tokens, after);
  let from = expr.from;
  let to = Math.max(expr.to, cueAt, subjectEnd);
  let inherited = false;
  if (!measure) {
    const near = nearCueBefore(tokens, before);
    if (near) {
      measure = near.measure;
      from = near.at;
      if (measure === 'affected' && !sawPeople && subject === null)
        subject = thingCounted(tokens, after);
    }
  }
  if (!measure) {
    for (const k of before) {
      const cue = BEFORE_CUES[tokens[k]!.lower];
      if (cue) {
        measure = cue;
        // "death toll of 227": quote the whole noun.
        from =
          cue === 'killed' && tokens[k]!.lower === 'toll' && tokens[k - 1]?.lower === 'death'
            ? k - 1
            : k;
        break;
      }
    }
  }
  // "two officials killed and six soldiers and five civilians injured": a count
  // in a coordinated list takes the verb after the list, not the one before it.
  if (!measure && isListedBefore(tokens, expr, after, options.nextNumberFrom)) {
    const listed = cueAfterList(tokens, options.nextNumberFrom);
    if (listed) measure = listed;
  }
  const including = before.length > 0 && ['including', 'among'].includes(tokens[before[0]!]!.lower);
  if (
    !measure &&
    including &&
    previous &&
    previous.measure !== 'people' &&
    (sawPeople || subject !== null)
  ) {
    measure = previous.measure;
    inherited = true;
    from = before[0]!;
  }
  if (!measure && (sawPeople || subject !== null) && nounDirectlyAfter)
    measure = roleMeasure(tokens, after);
  if (!measure) return null;
  // Written in words, a number needs its counted noun or cue right after it ("two
  // people were killed", "ten thousand are missing"), so "one of the victims" or
  // "two days later" never count.
  if (
    tokens[expr.numberFrom]!.kind === 'word' &&
    !expr.isVague &&
    !cueFollows(tokens, expr.to, cueAt) &&
    !nounSoonAfter
  )
    return null;
  if (subject === null) {
    // "..., 12 were killed": nothing named, so the same people as the figure before.
    subject = !sawPeople && previous && !nounDirectlyAfter ? previous.subject : '';
    // Quote from the figure that names them, so the reader sees who and where:
    // "353 members of law enforcement were injured in the clashes in Almaty, 12 were killed".
    if (subject && previous) from = Math.min(from, previous.from);
  }
  if (to < expr.to) to = expr.to;
  return { measure, subject, from, to, inherited };
}
