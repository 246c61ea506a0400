/**
 * Titles and roles written before a name (`Prime Cabinet Secretary Musalia
 * Mudavadi`, `Acme CEO John Roe`, `Col Muammar Gaddafi`). They are cut out of
 * names and never become terms themselves. General English, not any one
 * subject's vocabulary: offices, ranks, jobs and honorifics. (compromise's
 * `Actor` tag was tried and dropped: it also tags `human`, which cut
 * `Human Rights Watch`.)
 */

const ROLE_WORDS = new Set(
  // Offices and government
  (
    'president presidents vice-president premier chancellor minister ministers secretary secretaries ' +
    'cs mp mps senator senators sen rep representative congressman congresswoman lawmaker lawmakers ' +
    'legislator governor governors mayor deputy speaker chair chairman chairwoman chairperson ' +
    'commissioner commissioners ambassador envoy consul spokesman spokeswoman spokesperson ' +
    'attorney prosecutor prosecutors judge judges justice magistrate ombudsman auditor registrar ' +
    'inspector superintendent commandant commander commanders general gen colonel col lieutenant lt ' +
    'major maj captain capt sergeant sgt corporal admiral marshal brigadier officer officers chief ' +
    'head leader leaders boss director directors manager executive executives ceo cfo coo cto cio ' +
    'vp svp evp founder co-founder cofounder owner partner president-elect pm ' +
    // People by occupation or honour
    'billionaire tycoon mogul professor prof dr doctor mr mrs ms miss sir dame lord lady ' +
    'king queen prince princess infanta infante emir sheikh sultan crown pope cardinal bishop ' +
    'archbishop imam rabbi reverend rev pastor father prophet saint ' +
    'coach striker midfielder defender goalkeeper keeper winger forward captain skipper referee ' +
    'analyst economist scientist researcher astronaut engineer correspondent reporter editor ' +
    'activist lawyer advocate spokesperson official officials trooper troopers agent agents ' +
    'member members'
  ).split(' '),
);

/** Capitalised words that qualify a role (`Prime`, `Deputy`, `Foreign`, `Cabinet`). */
const ROLE_QUALIFIERS = new Set(
  (
    'prime deputy vice acting former interim first second senior junior assistant associate ' +
    'general principal permanent foreign cabinet state federal national regional county district ' +
    'executive operating financial technology managing supreme high chief grand union'
  ).split(' '),
);

/** True when the lower-case word is a title or role. */
export function isRoleWord(key: string): boolean {
  return ROLE_WORDS.has(key);
}

/** True when the word can stand inside a title before its role word. */
export function isRoleQualifier(key: string): boolean {
  return ROLE_QUALIFIERS.has(key);
}

/** Offices named after what they hold (`Finance Minister`, `Health Secretary`, `Finance Chair`). */
const PORTFOLIO_ROLES = new Set(
  'minister ministers secretary secretaries chair chairman chairwoman chairperson commissioner spokesman spokesperson spokeswoman cs'.split(
    ' ',
  ),
);

/** True when a common word before this role names the office's portfolio. */
export function isPortfolioRole(key: string): boolean {
  return PORTFOLIO_ROLES.has(key);
}

/** Honorifics written after a name (`Somnath Ji`, `Tanaka San`): not part of it. */
const TRAILING_HONORIFICS = new Set('ji sahib saheb san sama bey pasha effendi'.split(' '));

/** True when the capitalised word after a name is an honorific. */
export function isTrailingHonorific(key: string): boolean {
  return TRAILING_HONORIFICS.has(key);
}
