/**
 * The words of the synthetic corpus, drawn from the five seed documents in content/sources/.
 * Filler sentences never use a decision verb (adopt, endorse, agree, approve, confirm, take note,
 * exchange views, welcome, task, invite): only the decision templates below do, so the decisions a
 * generated item holds are exactly the ones the generator put in.
 */

/** English month names, as Council headers write dates ("25 November 2025"). */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** Subjects of agenda items and report sections. */
export const TOPICS = [
  'Implementation of the European Internal Security Strategy',
  'Access to data for effective law enforcement',
  'Regional dialogue on internal security with the Mediterranean',
  'EU threat assessment in the field of counterterrorism',
  'Digital files and the Artificial Intelligence Act',
  'Items concluded by the COSI Support Group',
  'Security and resilience in logistic hubs',
  'Exchange of information between the EU and Latin America',
  'EU migrant smuggling action plan: operational cooperation aspects',
  'COVID-19 recovery funds and the infiltration by organised crime',
  'Counter-terrorism: priorities and way forward',
  'Procedure for enhanced security checks at the external borders',
  'Encryption and lawful interception',
  'EU Innovation Hub for internal security',
  'Cross-border police cooperation in the area of missing persons',
  'Ministerial Conference on child sexual abuse',
  'Roadmap on information exchange and interoperability',
  'Internal security cooperation with Ukraine',
  'Cooperation between CSDP missions and JHA agencies',
  'EU law enforcement response to cybercrime',
  'EMPACT operational action plans',
  'Coordination mechanism for joint customs operations',
  'EU roadmap to fight drug trafficking and organised crime',
  'Trafficking in cultural goods',
  'Trafficking of firearms and the 3D printing of weapons',
  'Financial and economic crime',
  'Environmental crime and the dumping of chemical waste',
  'High-risk criminal networks',
  'Hate speech, hate crime and violence against women',
  'Public order and major sports events',
  'Law enforcement training and the EU-STNA',
  'Radicalisation in the prison environment',
  'Victims of terrorism',
  'Quantum technologies and internal security',
  'Cooperation with the Western Balkans',
  'Internal security implications of the situation in the Middle East',
  'Coordination of the JHA agencies network',
  'Criminal hawala and similar service providers',
  'European Ports Alliance',
  'Synthetic drugs and precursor chemicals',
  'Fentanyl and synthetic opioids',
  'Online fraud and child sexual exploitation',
  'Schengen Information System alerts',
  'Passenger name records and external partners',
  'Administrative approach to serious and organised crime',
  'Corruption and the criminal infiltration of the legal economy',
  'Hybrid threats and sabotage of critical infrastructure',
  'Instrumentalisation of migrants at the external borders',
  'Foreign terrorist fighters returning to Europe',
  'Dark web marketplaces and cryptocurrencies',
  'National Firearms Focal Points',
  'Asset recovery and confiscation',
  'Europol mandate and operational support',
  'Interpol cooperation and Red Notices',
  'Maritime Analysis and Operations Centre (Narcotics)',
  'Trafficking in human beings',
  'Organised property crime',
  'Internet organised crime threat assessment',
  'Preparedness and the protection of public spaces',
  'Explosive precursors and CBRN risks',
] as const;

/** Who speaks in a meeting. */
export const ACTORS = [
  'The Presidency',
  'The Commission',
  'Europol',
  'Eurojust',
  'Frontex',
  'CEPOL',
  'The EU CTC',
  'The EEAS',
  'The EUDA',
  'The eu-LISA agency',
  'The Chair of the COSI Support Group',
  'Several delegations',
  'A number of Member States',
  'The Council Legal Service',
  'The incoming Presidency',
] as const;

/** Member States and partners, for AOB points and presidencies. */
export const COUNTRIES = [
  'Austria',
  'Belgium',
  'Bulgaria',
  'Croatia',
  'Cyprus',
  'Czechia',
  'Denmark',
  'Estonia',
  'Finland',
  'France',
  'Germany',
  'Greece',
  'Hungary',
  'Ireland',
  'Italy',
  'Latvia',
  'Lithuania',
  'Luxembourg',
  'Malta',
  'the Netherlands',
  'Poland',
  'Portugal',
  'Romania',
  'Slovakia',
  'Slovenia',
  'Spain',
  'Sweden',
] as const;

/** Cities where ministerial meetings, conferences and events take place. */
export const CITIES = [
  'Brussels',
  'Luxembourg',
  'Gdańsk',
  'Marrakech',
  'Rome',
  'The Hague',
  'Istanbul',
  'Lisbon',
  'Warsaw',
  'Vienna',
  'Zagreb',
  'Nicosia',
  'Copenhagen',
  'Budapest',
  'Madrid',
  'Tallinn',
  'Valletta',
  'Prague',
] as const;

/** Verb phrases of filler sentences: none is a decision verb. */
export const FILLER_VERBS = [
  'provided information about',
  'presented',
  'informed delegations about',
  'gave an update on',
  'underlined the importance of',
  'highlighted the need for progress on',
  'reported on',
  'drew attention to',
  'outlined the main challenges of',
  'briefed the Committee on',
  'stressed the operational relevance of',
  'recalled the state of play of',
] as const;

/** Objects of filler sentences. */
export const FILLER_OBJECTS = [
  'the state of play of legislative proposals',
  'the results of the joint action days',
  'the mid-term review of the operational action plans',
  'the latest threat picture',
  'the outcome of the senior officials meeting',
  'the methodology of the planned threat analysis',
  'the funding under the next multiannual financial framework',
  'the role of the JHA agencies',
  'the cooperation with third countries of origin and transit',
  'the work of the expert network',
  'the implementation of the interoperability package',
  'the situation at the external borders',
  'the preparation of the next ministerial meeting',
  'the need for specialised training',
  'the use of artificial intelligence tools by law enforcement',
  'the traceability of seized goods',
] as const;

/** Endings of filler sentences, for variety of vocabulary in the search index. */
export const FILLER_ENDINGS = [
  'in view of the next Justice and Home Affairs Council',
  'with a focus on operational cooperation between police, customs and border guards',
  'building on the experience of previous cycles',
  'while some open questions such as financial aspects require clarification',
  'taking into account the competences of national authorities',
  'in close cooperation with Europol and Eurojust',
  'as regards the prevention of radicalisation and violent extremism',
  'in areas such as migration, drugs trafficking or counterterrorism',
  'and the protection of fundamental rights',
  'in the margins of the ministerial conference',
  'with the support of the Commission services',
  'so as to avoid any duplication of existing structures',
] as const;

/** Things COSI decides about. */
export const DECISION_OBJECTS = [
  'the way forward',
  'the recommendations',
  'the draft Council conclusions',
  'the updated roadmap',
  'the revised terms of reference',
  'the draft report to the European Parliament and national Parliaments',
  'the operational action plans',
  'the composition of the Steering Group',
  'the joint messages',
  'the methodology for the threat assessment',
  'the list of actions',
  'the work programme',
] as const;

/** Bodies COSI gives a task to, and what it invites others to do. */
export const TASKED_BODIES = ['the LEWP (Police)', 'Europol', 'the COSI Support Group', 'the Terrorism Working Party', 'CEPOL'] as const;

/** Actions of tasks and invitations. */
export const ACTIONS = [
  'map the existing tools before any new legislative proposal',
  'prepare a draft protocol with the experts of the Member States',
  'report back at the next meeting',
  'present a roadmap for the implementation of concrete measures',
  'explore the possibility of developing its intelligence hub',
  'support the Member States in further developing these solutions',
] as const;

/** The headings an agenda is grouped under. */
export const AGENDA_SECTIONS = ['Items for discussion', 'Items for information/endorsement', 'Items for information'] as const;

/** Document-type lines of the header, as printed, with their share of the corpus (weights sum to 100). */
export const KINDS = [
  { line: 'OUTCOME OF PROCEEDINGS', weight: 38 },
  { line: 'NOTE', weight: 42 },
  { line: 'I/A ITEM NOTE', weight: 10 },
  { line: 'COVER NOTE', weight: 10 },
] as const;

/** Senders and recipients of the header. */
export const SENDERS = ['General Secretariat of the Council', 'Presidency', 'Commission services', 'EU Counter-Terrorism Coordinator'] as const;
/** Recipients of the header. */
export const RECIPIENTS = [
  'Delegations',
  'Standing Committee on Operational Cooperation on Internal Security (COSI)',
  'Permanent Representatives Committee (Part 2)/Council',
] as const;

/** Subject-code families of the header ("COSI 237", "JAI 1769"); COSI and JAI always come first. */
export const CODE_FAMILIES = [
  'ENFOPOL',
  'CRIMORG',
  'ENFOCUSTOM',
  'IXIM',
  'CT',
  'CORDROGUE',
  'CATS',
  'CYBER',
  'COPEN',
  'JAIEX',
  'COPS',
  'COMIX',
  'FRONT',
] as const;

/** Codes of the header without a number. */
export const BARE_CODES = ['CEPOL', 'EUDA', 'EUROJUST', 'EUROPOL', 'FRONTEX'] as const;

/** Directorates and author initials of PDF page footers (`15214/19 VL/MV 1 COMM EN`). */
export const FOOTER_UNITS = ['COMM', 'DGD 1C', 'JAI.1'] as const;
/** Author initials of PDF page footers. */
export const FOOTER_INITIALS = ['VL/MV', 'EB, FR/dk', 'MP/ml', 'RS/sl', 'AG/ps'] as const;

/** Texts of footnotes that are not a bare reference. */
export const FOOTNOTE_TEXTS = [
  'Exceptionally in the presence of the Schengen Associated States.',
  'EU Innovation Hub, First Report on Encryption, Publications Office of the European Union, Luxembourg.',
  'Bolivia, Brazil, Ecuador, Mexico and Peru.',
  'The ten EU crime priorities for the cycle are listed in the annex.',
  '<https://www.europol.europa.eu/publication-events/main-reports>',
] as const;

/** Words a benchmark query is drawn from: each occurs in TOPICS, so every query has results. */
export const QUERY_WORDS = [
  'Mediterranean',
  'firearms',
  'cybercrime',
  'encryption',
  'EMPACT',
  'fentanyl',
  'hawala',
  'Ukraine',
  'smuggling',
  'radicalisation',
  'interoperability',
  'customs',
  'quantum',
  'sabotage',
  'cryptocurrencies',
  'Interpol',
  'confiscation',
  'ports',
  'precursor',
  'corruption',
  'Balkans',
  'victims',
  'terrorism',
  'trafficking',
] as const;
