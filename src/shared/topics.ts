/**
 * The topics the committee works on and the keywords that name them. Naming is not tagging: a topic is tagged only
 * where it is a subject, not a word in passing (`topic-tagging.ts` applies the rule). An item, a section or a decision
 * is on a topic when its heading names it (an item's title, a section's heading, a decision's item title); otherwise
 * when at least two sentences of its text, and at least a quarter of them, name it (a sentence naming three topics or
 * more is a list and counts for none), or, for a decision, when its object names it without listing three topics or
 * more. A document is on the topics its subject names and on those of its items or sections.
 */
import { PhraseTrie, type Phrase } from './phrase-trie.ts';

/** A subject the committee works on, recognised by a table of keywords. */
export interface Topic {
  /** URL segment of `/topics/<id>/`. */
  readonly id: string;
  readonly name: string;
  /**
   * Phrases that mark the topic, matched in any case between word boundaries, any run of spaces
   * standing for one; a trailing `*` matches any word ending ("terroris*": terrorism, terrorists).
   */
  readonly keywords: readonly string[];
}

/** The topic table, in the order the topics index lists it. */
export const TOPICS: readonly Topic[] = [
  {
    id: 'empact',
    name: 'EMPACT',
    keywords: ['EMPACT', 'European Multidisciplinary Platform Against Criminal Threats', 'EU Policy Cycle', 'EU crime priorities'],
  },
  {
    id: 'counter-terrorism',
    name: 'Counter-terrorism',
    keywords: ['counter-terroris*', 'counterterroris*', 'terroris*', 'violent extremis*', 'radicalis*', 'foreign fighters'],
  },
  {
    id: 'drug-trafficking',
    name: 'Drug trafficking',
    keywords: [
      'drug trafficking',
      'drugs trafficking',
      'trafficking of drugs',
      'of drugs',
      'synthetic drugs',
      'drugs market',
      'drugs strategy',
      'drugs phenomenon',
      'cocaine',
      'heroin',
      'fentanyl',
      'cannabis',
      'narcotics',
      'precursor chemicals',
    ],
  },
  {
    id: 'migrant-smuggling',
    name: 'Migrant smuggling',
    keywords: ['migrant smuggling', 'smuggling of migrants', 'anti-smuggling', 'facilitation of unauthorised entry'],
  },
  {
    id: 'trafficking-in-human-beings',
    name: 'Trafficking in human beings',
    keywords: ['trafficking in human beings', 'trafficking of human beings', 'human trafficking'],
  },
  {
    id: 'firearms',
    name: 'Firearms',
    keywords: ['firearm*', 'arms trafficking', 'illegal weapons', 'printing of weapons'],
  },
  {
    id: 'cybercrime',
    name: 'Cybercrime',
    keywords: ['cyber*', 'Dark Web', 'iOCTA', 'EC3', 'online fraud', 'internet organised crime'],
  },
  {
    id: 'child-sexual-abuse',
    name: 'Child sexual abuse',
    keywords: ['child sexual abuse', 'child sexual exploitation'],
  },
  {
    id: 'access-to-data',
    name: 'Access to data',
    keywords: ['access to data', 'data retention', 'encryption', 'e-evidence', 'WHOIS'],
  },
  {
    id: 'hybrid-threats',
    name: 'Hybrid threats',
    keywords: [
      'hybrid threat*',
      'hybrid attack*',
      'hybrid interference',
      'disinformation',
      'sabotage',
      'instrumentalisation of migra*',
      'weaponisation of migration',
    ],
  },
  {
    id: 'ukraine',
    name: 'Ukraine',
    keywords: ['Ukrain*', "Russia's war", 'Russia’s war'],
  },
  {
    id: 'organised-crime-networks',
    name: 'Criminal networks and infiltration',
    keywords: [
      'high-risk criminal networks',
      'HRCN*',
      'criminal networks',
      'criminal infiltration',
      'infiltration by organised crime',
      'administrative approach',
    ],
  },
  {
    id: 'financial-crime',
    name: 'Money laundering and financial crime',
    keywords: [
      'money laundering',
      'asset recovery',
      'confiscation',
      'financial investigations',
      'financial and economic crime',
      'follow-the-money',
      'terrorism financing',
      'financing of terrorism',
    ],
  },
  {
    id: 'environmental-crime',
    name: 'Environmental crime',
    keywords: ['environmental crime'],
  },
  {
    id: 'cultural-goods',
    name: 'Trafficking in cultural goods',
    keywords: ['cultural goods'],
  },
  {
    id: 'internal-security-strategy',
    name: 'Internal Security Strategy',
    keywords: ['Internal Security Strategy', 'ProtectEU', 'Security Union Strategy'],
  },
  {
    id: 'innovation',
    name: 'Innovation and new technologies',
    keywords: ['Innovation Hub', 'artificial intelligence', 'AI Act', 'quantum technolog*', 'digital files'],
  },
  {
    id: 'information-exchange',
    name: 'Information exchange and interoperability',
    keywords: ['information exchange', 'exchange of information', 'information sharing', 'interoperability', 'PNR', 'Schengen Information System'],
  },
  {
    id: 'latin-america',
    name: 'Latin America',
    keywords: ['Latin America*', 'CLASI', 'Ameripol'],
  },
  {
    id: 'mediterranean',
    name: 'Mediterranean',
    keywords: ['Mediterranean'],
  },
  {
    id: 'western-balkans',
    name: 'Western Balkans',
    keywords: ['Western Balkan*'],
  },
];

/**
 * Every keyword of the table as a phrase of its topic (see `Topic.keywords`): literal apart from the trailing `*`; the
 * ingest's one-walk matcher reads the same phrases.
 */
export const TOPIC_PHRASES: readonly Phrase<string>[] = TOPICS.flatMap((topic) =>
  topic.keywords.map((keyword) => (keyword.endsWith('*') ? { text: keyword.slice(0, -1), value: topic.id, prefix: true } : { text: keyword, value: topic.id })),
);

/** The keywords, matched in any case. */
const KEYWORDS = new PhraseTrie(TOPIC_PHRASES, { ignoreCase: true });

/** The ids of the topics a text names anywhere, in the order of the topic table (whether it is about them: topic-tagging.ts). */
export function findTopics(text: string): string[] {
  const found = new Set<string>();
  KEYWORDS.each(text.replace(/\s+/g, ' '), (_, id) => found.add(id));
  if (found.size === 0) return [];
  return TOPICS.filter((topic) => found.has(topic.id)).map((topic) => topic.id);
}
