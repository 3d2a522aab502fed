/** How names are compared: projects without their bracketed tags, people by their configured aliases. */

// A bracketed tag or note: [客资], 【巴西】, (主), （主）, 【张迪（13-24）、跃雄（13-17）】.
const leadingTag = /^\s*(?:\[[^\]]*\]|【[^】]*】|\([^)]*\))/;
const trailingTag = /(?:\[[^\]]*\]|【[^】]*】|\([^)]*\))\s*$/;

/** `[客资]资金对账` and `资金对账`, `支付+退款(主）` and `支付+退款` compare equal. */
export function projectKey(name: string): string {
  const whole = name.normalize('NFKC');
  let core = whole;
  for (let match = leadingTag.exec(core); match; match = leadingTag.exec(core)) core = core.slice(match[0].length);
  for (let match = trailingTag.exec(core); match; match = trailingTag.exec(core)) core = core.slice(0, match.index);
  const key = (core.trim() === '' ? whole : core).toLowerCase().replace(/\s+/g, '');
  return key;
}

/** Maps every name and alias to the person's own name. */
export function personResolver(people: Readonly<Record<string, readonly string[]>>): (name: string) => string {
  const canonical = new Map<string, string>();
  for (const [person, aliases] of Object.entries(people)) {
    for (const name of [person, ...aliases]) canonical.set(name.normalize('NFKC').toLowerCase(), person);
  }
  return remembered((name) => canonical.get(name.normalize('NFKC').trim().toLowerCase()) ?? name.trim());
}

/** A resolver that works each name out once: a plan names the same few people on every row and task, and normalising is slow. */
function remembered(resolve: (name: string) => string): (name: string) => string {
  const resolved = new Map<string, string>();
  return (name) => {
    let own = resolved.get(name);
    if (own === undefined) resolved.set(name, (own = resolve(name)));
    return own;
  };
}

// One pattern for every name: the bundle builds a pattern with \p{…} at run time, so one written inline is rebuilt per call.
const accents = /\p{M}/gu;

/** A name as compared across plans: without case or accents, so `@tomas` in a chart is `Tomás` in the table. */
export function foldName(name: string): string {
  return name.normalize('NFKD').replace(accents, '').trim().toLowerCase();
}

/** Resolves a chart's names to the spelling the plans already use for that person (the configuration's, then the tables'). */
export function spellingResolver(person: (name: string) => string, spellings: Iterable<string>): (name: string) => string {
  const spelled = new Map<string, string>();
  for (const spelling of spellings) if (!spelled.has(foldName(spelling))) spelled.set(foldName(spelling), spelling);
  return remembered((name) => {
    const own = person(name);
    return spelled.get(foldName(own)) ?? own;
  });
}
