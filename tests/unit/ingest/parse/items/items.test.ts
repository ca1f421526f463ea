import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agendaSection, dayHeading, followsInAgenda, parseAgenda } from '../../../../../scripts/ingest/parse/items/items.ts';
import { normalise } from '../../../../../scripts/ingest/parse/normalise.ts';
import { splitDocument } from '../../../../../scripts/ingest/parse/split.ts';

const agenda = (text: string) => parseAgenda(normalise(text));

describe('parseAgenda', () => {
  it('reads a German day heading, shaped like a numbered line (`16. April 2024`), as the day of the items under it', () => {
    const { items } = agenda('16. April 2024\n\n1. Annahme der Tagesordnung\n\n17. April 2024\n\n2. Sonstiges\n');
    expect(items.map((item) => [item.number, item.title, item.day])).toEqual([
      ['1', 'Annahme der Tagesordnung', '2024-04-16'],
      ['2', 'Sonstiges', '2024-04-17'],
    ]);
  });

  it('keeps each day heading as printed beside its ISO day (`Martes, 15 de julio de 2025`, `**WEDNESDAY 6 MARCH 2024**`)', () => {
    const { items } = agenda('Martes, 15 de julio de 2025\n\n1. Aprobación del orden del día\n\n**WEDNESDAY 6 MARCH 2024**\n\n2. Any other business\n');
    expect(items.map((item) => [item.number, item.day, item.dayPrinted])).toEqual([
      ['1', '2025-07-15', 'Martes, 15 de julio de 2025'],
      ['2', '2024-03-06', 'WEDNESDAY 6 MARCH 2024'],
    ]);
  });

  it("reads the meeting's days a German summary record prints under the committee (`26. und 28. November 2025`) as no item", () => {
    const { preamble, items } = agenda(
      'AUSSCHUSS DER STÄNDIGEN VERTRETER\n26. und 28. November 2025\n1. Annahme der Tagesordnung\nDer Ausschuss nahm die Tagesordnung an.\n',
    );
    expect(preamble.map((line) => line.text)).toEqual(['AUSSCHUSS DER STÄNDIGEN VERTRETER', '26. und 28. November 2025']);
    expect(items.map((item) => [item.number, item.title])).toEqual([['1', 'Annahme der Tagesordnung']]);
  });

  it('reads a heading between two items, under a sentence that ends the text above, as the section of the items below it', () => {
    const { items } = agenda(
      '1. Adoption of the agenda\nThe Committee adopted the agenda.\nJustice and Home Affairs\n2. Conclusions on the future of Europol\nThe Committee approved the conclusions.\n' +
        'Internal Security\n3. Follow-up of the COSI meeting\nThe Committee took note.\n',
    );
    expect(items.map((item) => [item.number, item.section, item.lines.map((line) => line.text)])).toEqual([
      ['1', null, ['The Committee adopted the agenda.']],
      ['2', 'Justice and Home Affairs', ['The Committee approved the conclusions.']],
      ['3', 'Internal Security', ['The Committee took note.']],
    ]);
  });

  it('keeps a line between items as text of the item above where the text above runs on into it or it is no heading', () => {
    const { items } = agenda(
      '1. Adoption of the agenda\nThe Committee adopted the agenda as set out in\nCM 2210/24\n2. Any other business\nCOSI took note.\nNo item was raised, as agreed.\n3. Closing\n',
    );
    expect(items.map((item) => item.section)).toEqual([null, null, null]);
    expect(items[0]?.lines.map((line) => line.text)).toEqual(['The Committee adopted the agenda as set out in', 'CM 2210/24']);
    expect(items[1]?.lines.map((line) => line.text)).toEqual(['COSI took note.', 'No item was raised, as agreed.']);
  });

  it('reads the fifteen items of seed 000 with their agenda headings and day', () => {
    const { body } = splitDocument(normalise(readFileSync('content/sources/000_fcebac5ee47826ac.txt', 'utf8')));
    const { preamble, items } = parseAgenda(body);
    expect(preamble.filter((entry) => entry.text !== '')).toEqual([]);
    expect(items.map((item) => item.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15']);
    expect(items[12]).toMatchObject({
      title: 'The new CLASI Operational Action Plans and the EMPACT cycle 2026-2029: opportunities for synergies and bi-regional operational cooperation',
      section: 'Items for discussion',
      day: '2025-11-18',
    });
    expect(items[11]?.lines.filter((entry) => entry.text.startsWith('- '))).toHaveLength(3);
  });

  it('reads Markdown headings, bold titles and sub-items of seed 002', () => {
    const { body } = splitDocument(normalise(readFileSync('content/sources/002_e25e8abf6c082c01.txt', 'utf8')));
    const { items } = parseAgenda(body);
    expect(items.map((item) => item.number)).toEqual(['1', '2', '3', '4', '5', '6', '6.1', '6.2', '7', '7.1', '7.2', '7.3', '8', '9', '10', '11', '12']);
    expect(items[5]).toMatchObject({ title: 'Counter-terrorism', section: 'Items for information/endorsement:', lines: [{ text: '' }] });
    expect(items[2]?.section).toBe('Discussion items:');
  });

  it('reads sub-items without a trailing dot and keeps lettered points and bullets in the item', () => {
    const { items } = agenda('3. Counter-terrorism\n\n3.1 Threat assessment\n\na) first point\n(b) second point\n- a bullet\n\n3.2 Way forward\n\nText.');
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['3', 'Counter-terrorism'],
      ['3.1', 'Threat assessment'],
      ['3.2', 'Way forward'],
    ]);
    expect(items[1]?.lines.map((entry) => entry.text).filter((text) => text !== '')).toEqual(['a) first point', '(b) second point', '- a bullet']);
  });

  it('reads an unnumbered "Any other business" as an item and as a heading when numbered items follow it', () => {
    expect(agenda('1. Agenda\n\nAdopted.\n\nAny other business\n\nNo items were raised.').items[1]).toMatchObject({
      number: null,
      title: 'Any other business',
    });
    expect(agenda('1. Agenda\n\nAny other business:\n\n2. Cyber\n\nText.').items[1]).toMatchObject({ number: '2', section: 'Any other business:' });
  });

  it('keeps a numbered list inside an item as its text', () => {
    const { items } = agenda('4. Digital\n\nCOSI noted:\n1. the first point,\n2. the second point.\n\n5. Next');
    expect(items.map((item) => item.number)).toEqual(['4', '5']);
  });

  it('reads items numbered with a word or a bracket, as some versions print them, their titles without the number', () => {
    const read = (text: string) => agenda(text).items.map((item) => [item.number, item.title, item.printedTitle.text]);
    expect(read('Item 1: Adoption of the agenda\n\nAdopted.\n\nItem 2 – Cybercrime\n\nNoted.')).toEqual([
      ['1', 'Adoption of the agenda', 'Adoption of the agenda'],
      ['2', 'Cybercrime', 'Cybercrime'],
    ]);
    expect(read('**Point 1 :** Adoption de l’ordre du jour\n\nAdopté.\n\n**Point 2 :** Divers')).toEqual([
      ['1', 'Adoption de l’ordre du jour', 'Adoption de l’ordre du jour'],
      ['2', 'Divers', 'Divers'],
    ]);
    expect(read('1) Annahme der Tagesordnung\n\nAngenommen.\n\n(2) Sonstiges')).toEqual([
      ['1', 'Annahme der Tagesordnung', 'Annahme der Tagesordnung'],
      ['2', 'Sonstiges', 'Sonstiges'],
    ]);
    expect(read('1. napirendi pont: A napirend elfogadása\n\nElfogadva.\n\n2. napirendi pont: Egyebek')).toEqual([
      ['1', 'A napirend elfogadása', 'A napirend elfogadása'],
      ['2', 'Egyebek', 'Egyebek'],
    ]);
  });

  it('numbers the items as the first item does: a numbered paragraph under `Item 1:`, or a list `1)` under `1.`, stays text', () => {
    const under = agenda('Item 1: Adoption of the agenda\n\n1. The agenda was adopted.\n\n2. No comments.\n\nItem 2: Cybercrime\n\nNoted.');
    expect(under.items.map((item) => item.number)).toEqual(['1', '2']);
    const list = agenda('1. Adoption of the agenda\n\nAdopted.\n\n2. Cybercrime\n\nCOSI agreed:\n\n3) to report;\n\n4) to meet.\n\n3. Other business');
    expect(list.items.map((item) => item.number)).toEqual(['1', '2', '3']);
  });

  it('reads a sentence opening with an item word as no item (`Point 3 was discussed …`)', () => {
    expect(agenda('1. Agenda\n\nAdopted.\n\nPoint 2 was discussed at length.').items.map((item) => item.number)).toEqual(['1']);
  });
});

describe('followsInAgenda', () => {
  it('accepts the next number at any level and the first sub-item', () => {
    expect(followsInAgenda(null, '1')).toBe(true);
    expect(followsInAgenda('5', '6')).toBe(true);
    expect(followsInAgenda('6', '6.1')).toBe(true);
    expect(followsInAgenda('6.2', '7')).toBe(true);
    expect(followsInAgenda('6', '7.1')).toBe(true);
  });

  it('refuses going back, repeating or leaping ahead', () => {
    expect(followsInAgenda('3', '1')).toBe(false);
    expect(followsInAgenda('3', '3')).toBe(false);
    expect(followsInAgenda('6.1', '6')).toBe(false);
    expect(followsInAgenda('3', '40')).toBe(false);
  });
});

describe('any other business as a part', () => {
  it('reads "any other business" in another official language above numbered items as their section, and alone at the end as an item', () => {
    const { items } = agenda('1. Päevakorra vastuvõtmine\n\nMuud küsimused\n\n2. Europoli teave\n\n3. Eesistujariigi teave\n');
    expect(items.map((item) => [item.number, item.title, item.section])).toEqual([
      ['1', 'Päevakorra vastuvõtmine', null],
      ['2', 'Europoli teave', 'Muud küsimused'],
      ['3', 'Eesistujariigi teave', 'Muud küsimused'],
    ]);
    const last = agenda('1. A napirend elfogadása\n\n2. Az elnökség tájékoztatása\n\nEgyebek\n').items;
    expect(last.map((item) => [item.number, item.title])).toEqual([
      ['1', 'A napirend elfogadása'],
      ['2', 'Az elnökség tájékoztatása'],
      [null, 'Egyebek'],
    ]);
  });
});

describe('dayHeading and agendaSection', () => {
  it('read day headings and agenda headings as printed', () => {
    expect(dayHeading('18 November 2025')).toBe('2025-11-18');
    expect(dayHeading('**Wednesday 19 November 2025**')).toBe('2025-11-19');
    expect(dayHeading('18 and 19 November 2025')).toBeNull();
    expect(agendaSection('## Discussion items:')).toBe('Discussion items:');
    expect(agendaSection('Items for information/endorsement')).toBe('Items for information/endorsement');
    expect(agendaSection('Items were discussed at length by the delegations.')).toBeNull();
  });

  it('read a day heading as the other official languages print it, with or without its weekday', () => {
    expect(dayHeading('16 kwietnia 2024 r.')).toBe('2024-04-16');
    expect(dayHeading('Dienstag, 17. Februar 2026')).toBe('2026-02-17');
    expect(dayHeading('mardi 17 février 2026')).toBe('2026-02-17');
    expect(dayHeading('terça-feira, 17 de fevereiro de 2026')).toBe('2026-02-17');
    expect(dayHeading("it-Tlieta, 17 ta' Frar 2026")).toBe('2026-02-17');
    expect(dayHeading('utorak, 17. veljače 2026.')).toBe('2026-02-17');
    expect(dayHeading('2026. február 17., kedd')).toBe('2026-02-17');
    expect(dayHeading('2026 m. vasario 17 d.')).toBe('2026-02-17');
    expect(agendaSection('Punkty do dyskusji')).toBe('Punkty do dyskusji');
  });

  it('read the headings over groups of items in the other official languages, as the Council words them, each as printed', () => {
    const headings = [
      'Points de discussion',
      'Punti di discussione',
      'Diskussionspunkte:',
      'Bespreekpunten',
      'Puntos para debate',
      'Точки за обсъждане',
      'Σημεία προς ενημέρωση',
      'Punkty do wiadomości',
      'Arutelupunktid',
      'NEM JOGALKOTÁSI TEVÉKENYSÉGEK',
      'Activités non législatives',
      'Tätigkeiten ohne Gesetzgebungscharakter',
      'Deliberações legislativas',
    ];
    expect(headings.map(agendaSection)).toEqual(headings);
  });

  it("take no line that merely opens with a heading's words for a heading", () => {
    expect(agendaSection('Bespreekpunten werden niet behandeld.')).toBeNull();
    expect(agendaSection('Punti di discussionein')).toBeNull();
  });

  it('read a day heading whose year markup or a footnote call splits, and none without the four digits of a year', () => {
    expect(dayHeading('Wednesday 19 November 20**25**')).toBe('2025-11-19');
    expect(dayHeading('19 November 20^{1}25')).toBe('2025-11-19');
    expect(dayHeading('19 November 25')).toBeNull();
    expect(dayHeading('Wednesday 19 November')).toBeNull();
  });

  it('take no wrapped sentence ending in a date for a day heading', () => {
    // `… Delegations sent written comments by` / `21 November 2022.` (tests/fixtures/layouts/labels-first-several-recipients)
    expect(dayHeading('21 November 2022.')).toBeNull();
    expect(dayHeading('Monday 21 November 2022.')).toBeNull();
  });
});

describe('agendaSection: the parts of a meeting', () => {
  it.each([
    'Joint COSI–SCIFA session',
    'Joint COSI and SCIFA session',
    'Restricted session',
    'Restricted session (Member States and the Commission only)',
    'RESTRICTED SESSION',
    'Session conjointe COSI–CSIFA',
    'Session restreinte (États membres et Commission uniquement)',
    'Gemeinsame Sitzung COSI/SAEGA',
    'Sitzung im engeren Kreis (nur Mitgliedstaaten und Kommission)',
    'Sesión restringida',
    'Sessione congiunta COSI-CSIFA',
    'Beperkte zitting',
    // the other languages, the bodies after the words or between them
    'Съвместно заседание COSI–SCIFA',
    'Zasedání v omezeném složení (pouze členské státy a Komise)',
    'Společné zasedání COSI a SCIFA',
    'Møde i begrænset sammensætning',
    'Κοινή συνεδρίαση COSI–SCIFA',
    'Ühisistung COSI–SCIFA',
    'Istunto suppeassa kokoonpanossa (vain jäsenvaltiot ja komissio)',
    'Seisiún srianta',
    'Zajednička sjednica COSI–SCIFA',
    'Szűk körű ülés',
    'Bendras COSI ir SCIFA posėdis',
    'Sanāksme ierobežotā sastāvā',
    'Sessjoni ristretta',
    'Zitting in beperkte samenstelling (alleen lidstaten en Commissie)',
    'Sessão restrita',
    'Sesiune restrânsă',
    'Spoločné zasadnutie COSI a SCIFA',
    'Skupna seja COSI in SCIFA',
    'Gemensamt möte COSI–SCIFA',
    'MÖTE I BEGRÄNSAD SAMMANSÄTTNING',
    // The part held as the Mixed Committee with the States associated with Schengen.
    'Mixed Committee (EU–Iceland/Norway/Switzerland/Liechtenstein)',
    'MIXED COMMITTEE',
    'Comité mixte (UE–Islande/Norvège/Suisse/Liechtenstein)',
    'Gemischter Ausschuss (EU–Island/Norwegen/Schweiz/Liechtenstein)',
    'Comitato misto (UE-Islanda/Norvegia/Svizzera/Liechtenstein)',
  ])('reads %s as the part its items are in', (heading) => {
    expect(agendaSection(heading)).toBe(heading);
  });

  it.each([
    'Restricted session was held in the afternoon.',
    'restricted session',
    'Joint session of the committees on the budget',
    'The joint session ended at 13.00',
    'Session conjointe du Conseil et du Parlement européen',
    'Mixed Committee members agreed on the text.',
    'Mixed Committee (EU–Iceland) and the Council',
    'Közös ülés volt tegnap.',
    'Skupna seja je bila odpovedana',
    'Gemensamt möte med rådet',
  ])('reads no part in %s', (text) => {
    expect(agendaSection(text)).toBeNull();
  });

  it('sets the items under a part, in a notice as in an outcome', () => {
    const lines = [
      '1.\tAdoption of the agenda',
      '',
      'Joint COSI–SCIFA session',
      '',
      '2.\tSchengen: state of play',
      '',
      'Restricted session',
      '',
      '3.\tThreat assessment',
    ];
    const { items } = parseAgenda(lines.map((text, index) => ({ text, line: index + 1 })));
    expect(items.map((item) => [item.number, item.section])).toEqual([
      ['1', null],
      ['2', 'Joint COSI–SCIFA session'],
      ['3', 'Restricted session'],
    ]);
  });
});
