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
]);
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
  }
  return out;
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

  // Who is counted: the noun phrase right after the number, before any verb.
  let subject: string | null = null;
  let subjectEnd = -1;
  let sawPeople = false;
  let measure: string | null = null;
  let cueAt = -1;
  for (const k of after) {
    const w = tokens[k]!.lower.replace(/'s$/u, '');
    const cue = AFTER_CUES[w];
    if (cue) {
      measure = cue;
      cueAt = k;
      break;
    }
    if (
      w === 'criminal' &&
      /^(?:cases|proceedings|investigations)$/u.test(tokens[k + 1]?.lower ?? '')
    ) {
      measure = 'criminal-cases';
      cueAt = k + 1;
      break;
    }
    if (PEOPLE.has(w)) {
      sawPeople = true;
      subjectEnd = k;
    } else if (SUBJECTS[w]) {
      subject ??= SUBJECTS[w];
      subjectEnd = k;
    }
  }
  // Only the first few words may name who is counted ("353 members of ... law enforcement").
  const nounDirectlyAfter =
    after.length > 0 &&
    (PEOPLE.has(tokens[after[0]!]!.lower) ||
      SUBJECTS[tokens[after[0]!]!.lower] !== undefined ||
      tokens[after[0]!]!.lower === 'members' ||
      tokens[after[0]!]!.lower === 'of');

  let from = expr.from;
  let to = Math.max(expr.to, cueAt, subjectEnd);
  let inherited = false;
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
  if (!measure && (sawPeople || subject !== null) && nounDirectlyAfter) measure = 'people';
  if (!measure) return null;
  // Written in words, a number needs its counted noun or cue right after it ("two
  // people were killed"), so "one of the victims" or "two days later" never count.
  if (
    tokens[expr.numberFrom]!.kind === 'word' &&
    !expr.isVague &&
    cueAt !== expr.to + 1 &&
    !nounDirectlyAfter
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
