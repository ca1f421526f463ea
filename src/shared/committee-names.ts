/** The committee's official name in the Council's language versions, as a sentence names it when the committee acts. */

/**
 * COSI's full name in each version, as the body deciding (a sentence's subject) or as a passive's agent names it, after
 * the article the version's grammar reads before its bodies (`Le` + `Comité permanent …`, `Der` + `Ständige Ausschuss
 * …`, `a` + `belső biztonsággal …`), with the article where no grammar reads one (`Den Stående Komité …`). Each is also
 * printed followed by its acronym, `(COSI)`. English and Polish are read by their own grammars (decision-clauses.ts,
 * decision-languages.ts). Written from the names the versions' outcomes print in their subject lines (`Outcome of the
 * meeting of the Standing Committee …`), put in the case a subject (and, where it differs, an agent) takes.
 */
export const COMMITTEE_NAMES = {
  bg: [
    'Постоянният комитет за оперативно сътрудничество в областта на вътрешната сигурност',
    // the agent, `от Постоянния комитет …`
    'Постоянния комитет за оперативно сътрудничество в областта на вътрешната сигурност',
  ],
  cs: ['Stálý výbor pro operativní spolupráci v oblasti vnitřní bezpečnosti'],
  da: ['Den Stående Komité for Operativt Samarbejde om Intern Sikkerhed'],
  de: [
    'Ständige Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit',
    // the agent, `vom Ständigen Ausschuss …`
    'Ständigen Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit',
  ],
  el: ['Μόνιμη Επιτροπή Επιχειρησιακής Συνεργασίας για την Εσωτερική Ασφάλεια'],
  es: ['Comité Permanente de Cooperación Operativa en materia de Seguridad Interior'],
  et: ['Sisejulgeolekualase operatiivkoostöö alaline komitee'],
  fi: ['Sisäisen turvallisuuden operatiivisen yhteistyön pysyvä komitea'],
  fr: ['Comité permanent de coopération opérationnelle en matière de sécurité intérieure'],
  ga: ['Buanchoiste um Chomhar Oibríochtúil maidir le Slándáil Inmheánach'],
  hr: [
    'Stalni odbor za operativnu suradnju u području unutarnje sigurnosti',
    // the agent, `od strane Stalnog odbora …`
    'Stalnog odbora za operativnu suradnju u području unutarnje sigurnosti',
  ],
  hu: ['belső biztonsággal kapcsolatos operatív együttműködéssel foglalkozó állandó bizottság'],
  it: ['comitato permanente per la cooperazione operativa in materia di sicurezza interna'],
  lt: ['Nuolatinis operatyvinio bendradarbiavimo vidaus saugumo srityje komitetas'],
  lv: ['Iekšējās drošības operatīvās sadarbības pastāvīgā komiteja'],
  mt: ['Il-Kumitat Permanenti dwar il-Kooperazzjoni Operazzjonali fil-qasam tas-Sigurtà Interna'],
  nl: ['Permanent Comité operationele samenwerking op het gebied van de binnenlandse veiligheid'],
  pt: ['Comité Permanente para a Cooperação Operacional em matéria de Segurança Interna'],
  ro: [
    'Comitetul permanent pentru cooperarea operațională în materie de securitate internă',
    // the cedilla letters older Romanian fonts print
    'Comitetul permanent pentru cooperarea operaţională în materie de securitate internă',
  ],
  sk: ['Stály výbor pre operatívnu spoluprácu v oblasti vnútornej bezpečnosti'],
  sl: ['Stalni odbor za operativno sodelovanje na področju notranje varnosti'],
  sv: ['Ständiga kommittén för operativt samarbete i frågor som rör inre säkerhet'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** A version's language code in COMMITTEE_NAMES. */
export type CommitteeNameLanguage = keyof typeof COMMITTEE_NAMES;

/** The acronym a name may be printed with: `(COSI)`. */
const ACRONYM = String.raw`(?:\s*\(COSI\))?`;

/**
 * A pattern source for a version's full names of the committee, each word's first letter in either case (`Comité
 * Permanent`, `comité permanent`), any white space between words (a line's wrap), its acronym optional after it.
 */
export function committeeNamePattern(language: CommitteeNameLanguage): string {
  const names = COMMITTEE_NAMES[language].map((name) =>
    name
      .split(' ')
      .map((word) => {
        const first = word.charAt(0);
        const rest = word.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return first.toLowerCase() === first.toUpperCase() ? first + rest : `[${first.toUpperCase()}${first.toLowerCase()}]${rest}`;
      })
      .join(String.raw`\s+`),
  );
  return `(?:${names.join('|')})${ACRONYM}`;
}
