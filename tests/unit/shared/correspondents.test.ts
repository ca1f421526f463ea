import { describe, expect, it } from 'vitest';
import { correspondentLength, correspondentList } from '../../../src/shared/correspondents.ts';

const named = (text: string, start = 0) => text.slice(start, start + correspondentLength(text, start));

describe('correspondentLength', () => {
  it("names the Council's bodies and usual correspondents, from the actor table and its own list", () => {
    expect(named('General Secretariat of the Council Delegations')).toBe('General Secretariat of the Council');
    expect(named('EU Counter-Terrorism Coordinator Delegations')).toBe('EU Counter-Terrorism Coordinator');
    expect(named('COSI Support Group Draft')).toBe('COSI Support Group');
    expect(named("Member States' delegations Draft")).toBe("Member States' delegations");
    expect(named('Hungarian Presidency Draft')).toBe('Hungarian Presidency');
    expect(named('DELEGATIONS Subject')).toBe('DELEGATIONS');
    expect(named('Secrétariat général du Conseil Délégations')).toBe('Secrétariat général du Conseil');
    expect(named('Ausschuss der Ständigen Vertreter (2. Teil) Betr')).toBe('Ausschuss der Ständigen Vertreter (2. Teil)');
  });

  it('joins correspondents as headers join them', () => {
    expect(named('Presidency/GSC Delegations')).toBe('Presidency/GSC');
    expect(named('Permanent Representatives Committee/Council Proposal')).toBe('Permanent Representatives Committee/Council');
    expect(named('Working Party on JHA Information Exchange (IXIM) Delegations')).toBe('Working Party on JHA Information Exchange (IXIM)');
  });

  it('names a body whose article a version prints in lower case, and the Dutch committee after its article', () => {
    expect(named('het Permanent Comité operationele samenwerking op het gebied van de binnenlandse veiligheid (COSI) Bestrijding')).toBe(
      'het Permanent Comité operationele samenwerking op het gebied van de binnenlandse veiligheid (COSI)',
    );
    expect(named('a belső biztonsággal kapcsolatos operatív együttműködéssel foglalkozó állandó bizottság (COSI) A szervezett')).toBe(
      'a belső biztonsággal kapcsolatos operatív együttműködéssel foglalkozó állandó bizottság (COSI)',
    );
    expect(named('il-Kumitat Permanenti dwar il-Kooperazzjoni Operazzjonali fil-qasam tas-Sigurtà Interna (COSI) Il-ġlieda')).toBe(
      'il-Kumitat Permanenti dwar il-Kooperazzjoni Operazzjonali fil-qasam tas-Sigurtà Interna (COSI)',
    );
    // only the article changes case: the name after it stays as the vocabulary spells it
    expect(correspondentLength('a Belső biztonsággal kapcsolatos operatív együttműködéssel foglalkozó állandó bizottság', 0)).toBe(0);
  });

  it('names the Maltese bodies without their article and the Bulgarian Coreper and Council in their indefinite form, as I/A item notes print them', () => {
    expect(named('Kumitat tar-Rappreżentanti Permanenti/Kunsill Delegazzjonijiet')).toBe('Kumitat tar-Rappreżentanti Permanenti/Kunsill');
    expect(named('Комитет на постоянните представители/Съвет Проект')).toBe('Комитет на постоянните представители/Съвет');
    // the article stays optional only where the vocabulary spells it: a word merely ending like a name is none
    expect(correspondentLength('Kunsilli', 0)).toBe(0);
  });

  it('names nobody in ordinary text or inside a word', () => {
    expect(correspondentLength('Mr A. SMITH, Director', 0)).toBe(0);
    expect(correspondentLength('Councillors of the city', 0)).toBe(0);
  });
});

describe('correspondentList', () => {
  it('names each recipient of a value that lists several, one per line, run together or joined by a slash or and', () => {
    expect(
      correspondentList('Standing Committee on Operational Cooperation on Internal Security (COSI) Permanent Representatives Committee (Part 2) Council'),
    ).toEqual(['Standing Committee on Operational Cooperation on Internal Security (COSI)', 'Permanent Representatives Committee (Part 2)', 'Council']);
    expect(correspondentList('COREPER/Council')).toEqual(['COREPER', 'Council']);
    expect(correspondentList('Coreper / Council')).toEqual(['Coreper', 'Council']);
    expect(correspondentList('Ständiga representanternas kommitté/rådet')).toEqual(['Ständiga representanternas kommitté', 'rådet']);
    expect(correspondentList('Delegations\nCouncil')).toEqual(['Delegations', 'Council']);
    expect(correspondentList('Presidency and Commission')).toEqual(['Presidency', 'Commission']);
  });

  it('names COSI, SCIFA and the Mixed Committee apart where a note is addressed to the three, in Italian, English, French and German', () => {
    expect(
      correspondentList(
        'Comitato permanente per la cooperazione operativa in materia di sicurezza interna\nComitato strategico in materia di immigrazione, frontiere e asilo\nComitato misto (UE-Islanda, Liechtenstein, Norvegia e Svizzera)',
      ),
    ).toEqual([
      'Comitato permanente per la cooperazione operativa in materia di sicurezza interna',
      'Comitato strategico in materia di immigrazione, frontiere e asilo',
      'Comitato misto (UE-Islanda, Liechtenstein, Norvegia e Svizzera)',
    ]);
    expect(
      correspondentList(
        'Standing Committee on Operational Cooperation on Internal Security Strategic Committee on Immigration, Frontiers and Asylum Mixed Committee (EU-Iceland, Liechtenstein, Norway and Switzerland)',
      ),
    ).toEqual([
      'Standing Committee on Operational Cooperation on Internal Security',
      'Strategic Committee on Immigration, Frontiers and Asylum',
      'Mixed Committee (EU-Iceland, Liechtenstein, Norway and Switzerland)',
    ]);
    expect(correspondentList('COSI/SCIFA/Comité mixte (UE-Islande, Liechtenstein, Norvège et Suisse)')).toEqual([
      'COSI',
      'SCIFA',
      'Comité mixte (UE-Islande, Liechtenstein, Norvège et Suisse)',
    ]);
    expect(correspondentList('AStV/Gemischter Ausschuss (EU-Island, Liechtenstein, Norwegen und Schweiz)')).toEqual([
      'AStV',
      'Gemischter Ausschuss (EU-Island, Liechtenstein, Norwegen und Schweiz)',
    ]);
  });

  it("names the General Secretariat as the versions print it: lower case, without the Council's name, the Bulgarian definite form", () => {
    expect(correspondentList('secretariaat-generaal van de Raad\ndelegaties')).toEqual(['secretariaat-generaal van de Raad', 'delegaties']);
    expect(correspondentList('generalni sekretariat Sveta')).toEqual(['generalni sekretariat Sveta']);
    expect(correspondentList('Generalinis sekretoriatas')).toEqual(['Generalinis sekretoriatas']);
    expect(correspondentList('Ģenerālsekretariāts')).toEqual(['Ģenerālsekretariāts']);
    expect(correspondentList('Генералния секретариат на Съвета')).toEqual(['Генералния секретариат на Съвета']);
    expect(named('GENERALINIS SEKRETORIATAS Delegacijos')).toBe('GENERALINIS SEKRETORIATAS');
  });

  it('names the European Parliament and the national parliaments apart, a report on COSI’s proceedings addressed to both on two lines, in seven versions', () => {
    for (const [first, second] of [
      ['European Parliament', 'National Parliaments'],
      ['Parlement européen', 'Parlements nationaux'],
      ['Europäisches Parlament', 'Nationale Parlamente'],
      ['Parlamento Europeo', 'Parlamentos nacionales'],
      ['Parlamento europeo', 'Parlamenti nazionali'],
      ['Parlament Europejski', 'Parlamenty narodowe'],
      ['Europees Parlement', 'Nationale parlementen'],
    ])
      for (const value of [`${first}\n${second}`, `${first} ${second}`]) expect(correspondentList(value), value).toEqual([first, second]);
  });

  it('joins two correspondents by each version’s word for and, never a correspondent and a name it does not know', () => {
    expect(correspondentList('Europäisches Parlament und die nationalen Parlamente')).toEqual(['Europäisches Parlament', 'die nationalen Parlamente']);
    expect(correspondentList('Parlamentul European și parlamentele naționale')).toEqual(['Parlamentul European', 'parlamentele naționale']);
    expect(correspondentList('Parlamentul European şi parlamentele naţionale')).toEqual(['Parlamentul European', 'parlamentele naţionale']);
    expect(correspondentList('Ευρωπαϊκό Κοινοβούλιο και τα εθνικά κοινοβούλια')).toEqual(['Ευρωπαϊκό Κοινοβούλιο', 'τα εθνικά κοινοβούλια']);
    expect(correspondentList('Európai Parlament és a nemzeti parlamentek')).toEqual(['Európai Parlament', 'a nemzeti parlamentek']);
    expect(correspondentList('Europäisches Parlament und Herr Max MUSTERMANN')).toBeNull();
    expect(correspondentList('Evropský parlament a Komise pro právní záležitosti')).toBeNull();
  });

  it('keeps a body whose name holds a joining word whole', () => {
    expect(correspondentList('Justice and Home Affairs Council')).toEqual(['Justice and Home Affairs Council']);
    expect(correspondentList('Law Enforcement Working Party (Police)')).toEqual(['Law Enforcement Working Party (Police)']);
  });

  it('is null where anything but correspondents stands in the value', () => {
    expect(correspondentList('Mr Jeppe TRANHOLM-MIKKELSEN, Secretary-General of the Council of the European Union')).toBeNull();
    expect(correspondentList('Delegations of the Member States meeting on Tuesday')).toBeNull();
    expect(correspondentList('')).toBeNull();
  });
});
