/**
 * The Council bodies whose meetings the archive records, and which of them a meeting document is of: read from its
 * subject (`Outcome of Proceedings of the Standing Committee on … (COSI)`, `Joint meeting of the Political and
 * Security Committee and COSI`), else from its addressee; COSI when neither names one.
 */

/**
 * One body that meets: its id (a URL segment), how the site names it, how a joint meeting's title names it (`the PSC`,
 * `COSI`), and the words that name it in a subject.
 */
interface Body {
  readonly id: string;
  readonly name: string;
  readonly jointName: string;
  readonly pattern: RegExp;
}

/**
 * The bodies, in the order a joint meeting lists them (`PSC and COSI`, `COSI and SCIFA`). The Support Group comes first
 * so that its name is taken before COSI's, which it contains.
 */
const BODIES: readonly Body[] = [
  { id: 'cosi-sg', name: 'COSI Support Group', jointName: 'the COSI Support Group', pattern: /\bCOSI\s+Support\s+Group\b|\bCOSI\s+SG\b/gi },
  // the French `Comité politique et de sécurité (COPS)`; the Spanish, Italian and Portuguese versions' acronym `CPS`;
  // the German `Politisches und Sicherheitspolitisches Komitee (PSK)`, declined (`des Politischen und
  // Sicherheitspolitischen Komitees`)
  {
    id: 'psc',
    name: 'PSC',
    jointName: 'the PSC',
    pattern:
      /\bPolitical\s+and\s+Security\s+Committee\b|\bComité\s+politique\s+et\s+de\s+sécurité(?![\p{L}])|\bPolitische[nms]?\s+und\s+Sicherheitspolitische[nms]?\s+Komitees?(?![\p{L}])|\bPSC\b|\bCOPS\b|\bCPS\b|\bPSK\b/gu,
  },
  // the German `Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit`, declined
  // (`des Ständigen Ausschusses …`)
  {
    id: 'cosi',
    name: 'COSI',
    jointName: 'COSI',
    pattern:
      /\bStanding\s+Committee\s+on\s+Operational\s+Co-?operation\s+on\s+Internal\s+Security\b|\bComité\s+permanent\s+de\s+coopération\s+opérationnelle\s+en\s+matière\s+de\s+sécurité\s+intérieure(?![\p{L}])|\bStändige[nr]?\s+Ausschuss(?:es)?\s+für\s+(?:die\s+)?operative\s+Zusammenarbeit\s+im\s+Bereich\s+der\s+inneren\s+Sicherheit(?![\p{L}])|\bCOSI\b/giu,
  },
  // the Strategic Committee on Immigration, Frontiers and Asylum: the French `Comité stratégique sur l'immigration, les
  // frontières et l'asile (CSIFA)`, the German `Strategischer Ausschuss für Einwanderungs-, Grenz- und Asylfragen
  // (SAEGA)`, the Spanish and Portuguese `CEIFA`; `SCIFA+`, SCIFA with the heads of the border services, is SCIFA
  {
    id: 'scifa',
    name: 'SCIFA',
    jointName: 'SCIFA',
    pattern:
      /\bStrategic\s+Committee\s+on\s+Immigration,\s+Frontiers\s+and\s+Asylum\b|\bComité\s+stratégique\s+sur\s+l['’]immigration,\s+les\s+frontières\s+et\s+l['’]asile(?![\p{L}])|\bStrategische[nmr]?\s+Ausschuss(?:es)?\s+für\s+Einwanderungs-,\s+Grenz-\s+und\s+Asylfragen(?![\p{L}])|\bSCIFA\b\+?|\bCSIFA\b|\bSAEGA\b|\bCEIFA\b/giu,
  },
  {
    id: 'cats',
    name: 'CATS',
    jointName: 'CATS',
    pattern: /\bCATS\b|\bCoordinating\s+Committee\s+in\s+the\s+area\s+of\s+police\s+and\s+judicial\s+cooperation\b/g,
  },
  // A summary record of Coreper names it in capitals under its kind line, in the language of its version.
  {
    id: 'coreper',
    name: 'Coreper',
    jointName: 'Coreper',
    pattern:
      /\bCOREPER\b|\bPermanent\s+Representatives\s+Committee\b|\bComité\s+des\s+représentants\s+permanents\b|\bAusschuss\s+der\s+Ständigen\s+Vertreter\b|\bComitato\s+dei\s+rappresentanti\s+permanenti\b/gi,
  },
];

/** The body a meeting document is of when its subject and addressee name none: the archive's own committee. */
const DEFAULT_BODY = 'cosi';

/**
 * A subject that names a meeting of several bodies together: `Joint meeting …`, the French `Réunion conjointe …`, the
 * German `gemeinsame Sitzung …` (`der gemeinsamen Sitzung`), the Spanish and Portuguese `conjunta`, the Italian
 * `congiunta`, or the bodies' acronyms joined by a slash or a dash without spaces (`COSI - PSC` may set two parts apart), as the register numbers such a meeting's documents
 * (`COSI/PSC`, `PSC/COSI`, `CPS/COSI`, `COPS/COSI`, `COSI–SCIFA`, `COSI/SAEGA`).
 */
const JOINT =
  /\bjoint\b|\bconjointe?\b|\bgemeinsame[nr]?\s+Sitzung\b|\bconjunta\b|\bcongiunta\b|\b(?:COSI|PSC|COPS|CPS|PSK|SCIFA|CSIFA|SAEGA|CEIFA)\+?(?:[ \t]*\/[ \t]*|[–-])(?:COSI|PSC|COPS|CPS|PSK|SCIFA|CSIFA|SAEGA|CEIFA)\b/i;

/** Which body or bodies a meeting is of: the id (`cosi`, `psc-cosi`) and how the site titles the meeting. */
export interface Committee {
  readonly id: string;
  readonly title: string;
}

/** The bodies a text names, each with where it is first named, in the table's order; a name is taken once. */
function bodiesIn(text: string): { body: Body; at: number }[] {
  let rest = text;
  const found: { body: Body; at: number }[] = [];
  for (const body of BODIES) {
    const at = rest.search(new RegExp(body.pattern.source, body.pattern.flags.replace('g', '')));
    if (at === -1) continue;
    found.push({ body, at });
    rest = rest.replace(body.pattern, (name) => ' '.repeat(name.length));
  }
  return found;
}

/**
 * The committee of a meeting document: every body its subject names when the subject says the meeting is joint, else
 * the one it names first; the addressee's when the subject names none; COSI when neither does.
 */
export function committeeOf(subject: string | null, to: string | null): Committee {
  const named = [subject ?? '', to ?? ''].map(bodiesIn).find((bodies) => bodies.length > 0) ?? [];
  const joint = named.length > 1 && JOINT.test(subject ?? '');
  const bodies = joint
    ? named.map(({ body }) => body)
    : named
        .sort((a, b) => a.at - b.at)
        .slice(0, 1)
        .map(({ body }) => body);
  const chosen = bodies.length === 0 ? BODIES.filter(({ id }) => id === DEFAULT_BODY) : bodies;
  const names = chosen.map(({ jointName }) => jointName);
  return {
    id: chosen.map(({ id }) => id).join('-'),
    title: chosen.length > 1 ? `Joint meeting of ${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}` : `${chosen[0]?.name ?? 'COSI'} meeting`,
  };
}
