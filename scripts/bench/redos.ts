/**
 * `npm run bench:redos`: ingest time of adversarial inputs, to show that no pattern backtracks catastrophically —
 * time grows roughly linearly with size (doubling the input roughly doubles the time; quadratic would quadruple it).
 * Each input is decoded, parsed and turned into collection files in-process, as the CLI does, and timed as the median
 * of a few runs. Prints Markdown tables for docs/performance.md.
 */
import { readFileSync } from 'node:fs';
import { decodeSource } from '../ingest/read/decode.ts';
import { parseDocument } from '../ingest/parse/parse.ts';
import { toCollections } from '../ingest/entries/to-markdown.ts';

/** `--only TEXT`: measure only the rows whose name holds TEXT (and not the whole source); `--lengths A,B,C`: other line lengths
 * (three; main's quadratic reading needed shorter lines than the defaults); `--runs N`. */
function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

/** Runs per measurement (`--runs N`, 3 unless told); the median is reported. */
const RUNS = Number(option('--runs') ?? 3);

/** The long-line lengths measured, in characters. */
const LINE_LENGTHS = (option('--lengths') ?? '100000,200000,400000').split(',').map(Number);

/** Source sizes of the whole-document measurement, in bytes. */
const SOURCE_SIZES = [1_250_000, 2_500_000, 5_000_000] as const;

/** Repeated fragments that drive the ingest's patterns: numbers, references, markers, markup left open. */
const FRAGMENTS: readonly { name: string; fragment: string; sentence?: true; place?: Place }[] = [
  { name: 'dots', fragment: '.' },
  { name: 'digits and dots (deep numbering)', fragment: '1.' },
  { name: 'digits and slashes', fragment: '1/' },
  { name: 'document numbers run together', fragment: '14470/1/25 ' },
  { name: '`REV` runs', fragment: 'REV ' },
  { name: '`COSI, ` runs', fragment: 'COSI, ' },
  { name: 'unclosed `<sup>`', fragment: '<sup>' },
  { name: '`**`', fragment: '**' },
  { name: '`[`', fragment: '[' },
  { name: 'unclosed `^{1, `', fragment: '^{1, ' },
  { name: 'backslashes', fragment: '\\' },
  { name: '`https://` runs', fragment: 'https://' },
  { name: 'sentence ends `. `', fragment: 'a. ' },
  { name: 'Regulation (EU) without a number', fragment: 'Regulation (EU) ' },
  // Official Journal citations without their day (references.ts `OFFICIAL_JOURNAL`), and numbers a page run into one line cut after the slash.
  { name: '`OJ L 135 du 24.5.` runs', fragment: 'OJ L 135 du 24.5. ' },
  { name: '`14470/ 25/ ` runs', fragment: '14470/ 25/ ' },
  // Ranges of numbers run on (number-ranges.ts reads 50 characters after each number and lists up to 28 between).
  { name: '`9876/25 to 9899/25 to ` runs', fragment: '9876/25 to 9899/25 to ' },
  // Ranges printed with their year once (references.ts `rangeFirst`) and in the register's form, run on.
  { name: '`9876-9899-` runs', fragment: '9876-9899-' },
  { name: '`9876 – 9899/25 – ` runs', fragment: '9876 – 9899/25 – ' },
  { name: '`ST 9876 2025 INIT to ` runs', fragment: 'ST 9876 2025 INIT to ' },
  // Procedures' numbers without their closing bracket (identifier-references.ts `PROCEDURE`) and association numbers, run on.
  { name: '`2023/0123 ( CO` runs', fragment: '2023/0123 ( CO' },
  { name: '`UE-UA 2101/` runs', fragment: 'UE-UA 2101/' },
  // Distribution codes run on, as a page run into one line prints the header's codes column after the subject (value-shapes.ts `trailingCodesColumn`, `codesRunAt`).
  { name: '`JAI 1297 CEPOL ` code runs', fragment: 'JAI 1297 CEPOL ' },
  // Headings in capitals after a word in lower case (body-start.ts CAPS_HEADING_BEFORE_LINE, CAPS_HEADING_BEFORE_MARKER), run on.
  { name: '`Xx ABCD EFGH 1. ` runs', fragment: 'Xx ABCD EFGH 1. ' },
  // An older summary record's footer without its language (inline-footers.ts OLDER_RECORD), and contents' entries with dot leaders (contents-lines.ts), run on.
  { name: '`17812/11 lb 1 DQPG ` runs', fragment: '17812/11 lb 1 DQPG ' },
  // An agency's name before a lower-case word in a subject without a sentence's end (body-start.ts bodyStart: no body opens inside its line), run on.
  { name: '`ról Europol a neartú ` runs', fragment: 'ról Europol a neartú ' },
  // An introduction's heading after a subject's word (body-start.ts introductionHeadingAtEnd: HEADING_BEFORE_LINE at a subject's end), run on.
  { name: '`Working Party Introduction ` runs', fragment: 'Working Party Introduction ' },
  // A date alone on a subject's middle line over its approval after a dash (normalise.ts dateInsideLine; body-start.ts the Polish year's `r.` at a line's end), lines run on.
  { name: 'subject lines `Xx yy` / `12 listopada 2025 r.` / `- Zz` runs', fragment: 'Draft Council conclusions\n12 listopada 2025 r.\n- Approval\n' },
  // A subject ending on the period or year it covers, the date's abbreviation closing its line (label-column.ts endsOnMonthOrYear;
  // body-start.ts isDatesYear: the Lithuanian `m.`, `mėn.`, the Latvian `g.`), and a body's acronym in brackets (body-start.ts candidates), lines run on.
  {
    name: 'period lines `do czerwca 2026 r.` / `komitejas (COSI) 2026. g.` runs',
    fragment: 'Xx od stycznia 2025 r. do czerwca 2026 r.\nkomitejas (COSI) prioritātes 2026. g.\niki 2026 m. birželio mėn.\n',
  },
  // A sentence opening with its day after names a subject ends on, the date never followed by a word in small letters
  // (body-start.ts sentenceOpeningWithDay: SHORT_WORD_BEFORE_FIGURE, DAY_THEN_CLAUSE; namesBefore), run on.
  { name: '`Europol et Eurojust Op 3 maart 2026 Ab ` runs', fragment: 'Europol et Eurojust Op 3 maart 2026 Ab ' },
  // Day lines with the day first, one day and two (body-start.ts dayFirstLine: DAY_FIRST_START, DATE_LINE, DAYS_LINE), lines run on.
  {
    name: 'day lines `17 March 2026` / `17.–18. märts 2026` runs',
    fragment: '17 March 2026\n17 и 18 март 2026 г.\n17.–18. märts 2026\n17 Any other business\n',
  },
  // A label wrapped in its cell, its rest alone under its first words and the value (wrapped-labels.ts joinedWrappedLabels), lines run on.
  { name: 'wrapped labels `No. prev.   14470/25` / `doc.:` runs', fragment: 'No. prev.      14470/25\ndoc.:\n' },
  // A viewer's copy of it, the value's rest after the label's rest and one space (`doc.: 13802/25`), lines run on.
  { name: 'wrapped labels `No. prev. 14470/25,` / `doc.: 13802/25` runs', fragment: 'No. prev. 14470/25,\ndoc.: 13802/25\n' },
  // A wrapped label's rest after its value inside a line (wrapped-labels.ts withLabelsWholeInLine), as a -layout page run into one line has it, run on; and words with figures before colons that form no label.
  { name: 'wrapped labels in a line `No. prev.   14470/25 doc.: ` runs', fragment: 'No. prev.      14470/25 doc.: ' },
  { name: 'words before colons `Uimh. doic. ón 45 1 2 3 4 5 xx yy zz: ` runs', fragment: 'Uimh. doic. ón 45 1 2 3 4 5 xx yy zz: ' },
  // A footer's rest whose pieces -layout set far apart in its columns, in a copy without form feeds (foot-footnotes.ts FOOTER_TAIL_PIECE, gaps up to TAIL_GAP), its language missing, lines run on.
  {
    name: 'footer tails `9110/24   GV/ac   1` / `JAI.1      LIMITE      ` runs',
    fragment: `9110/24${' '.repeat(40)}GV/ac${' '.repeat(44)}1\nJAI.1${' '.repeat(150)}LIMITE${' '.repeat(150)}\n`,
  },
  // A footer of a -layout page run into one line, its pieces up to 200 spaces apart (inline-footers.ts GAP), its language missing, run on.
  { name: 'wide footers `6543/25      MK/ps      1 JAI.1      ` runs', fragment: `6543/25${' '.repeat(190)}MK/ps${' '.repeat(190)}1 JAI.1${' '.repeat(190)}` },
  // A LIMITE notice's footer without its language (inline-footers.ts NOTICE, its marking before the language), run on.
  { name: '`CM 1420/25 1 LIMITE ` runs', fragment: 'CM 1420/25 1 LIMITE ' },
  // A Commission document's annexes without a dash, text after them on their line (commission-tail.ts undashedAnnexes), under its label, run on.
  { name: '`No. Cion doc.: COM(2025) 123 final ANNEXES 1 to 3 X ` runs', fragment: 'No. Cion doc.: COM(2025) 123 final ANNEXES 1 to 3 X ' },
  { name: '`1. Adoption ..... 3 ` runs', fragment: '1. Adoption ..... 3 ' },
  // An outcome table of a -layout page run into one line (flat-layout-table.ts): its header row and rows, gaps kept, run on.
  { name: 'flat -layout table `  Item      Outcome  1. Xx      Yy` runs', fragment: '  Item      Outcome  1. Xx      Yy' },
  // Slashes where an act's number may stand (references.ts reads 160 characters before each), and Commission series names
  // that may start a document: the reference scanner's widest reach, run on.
  { name: 'act numbers without a tag `(EU) 12/34/` runs', fragment: '(EU) 12/34/' },
  { name: 'series names `JOIN /x ` runs', fragment: 'JOIN /x ' },
  // A notice's marks calling a note under its items (item-marks.ts, flat-lines.ts): runs of them, glued and apart.
  { name: '`(*) A ` marks', fragment: '(*) A ' },
  { name: '`A*` and `**)` runs', fragment: 'A* **) ' },
  // Marks before an item's title (item-marks.ts `LEADING_MARK`, flat-lines.ts, agenda-body.ts): numbers, pro memoria and note marks run on.
  { name: '`1. (p.m.) (*) A ` marks before titles', fragment: '1. (p.m.) (*) A ' },
  { name: '`a) p. m. ** ` runs', fragment: 'a) p. m. ** ' },
  // The parts of a meeting with the bodies named between their words (agenda-headings.ts `SESSION_PART`), pro memoria written out after a word.
  { name: '`Společné zasedání COSI a SCIFA a ` runs', fragment: 'Společné zasedání COSI a SCIFA a ' },
  { name: '`EMPACT pro memoria ` runs', fragment: 'EMPACT pro memoria ' },
  // Declined names of committees (agenda-headings.ts `NAME`: articles before, endings after) and a session's words after them.
  { name: '`A COSI:n és a des SCIFA-e ülése ` runs', fragment: 'A COSI:n és a des SCIFA-e ülése ' },
  // Ranges of addenda after a number (added-versions.ts) and Official Journal pages without their day (references.ts).
  { name: '`9876/25 + ADD 1-3 - ` runs', fragment: '9876/25 + ADD 1-3 - ' },
  { name: '`OJ L 135/53 ` runs', fragment: 'OJ L 135/53 ' },
  // A footer's pieces plain pdftotext printed apart, run on (split-footers.ts `removeSplitFooter`), committees named with their noun (agenda-headings.ts), ranges glued by a hyphen (references.ts).
  { name: '`6890/26 JAI.1 A TR/kl LIMITE ` runs', fragment: '6890/26 JAI.1 A TR/kl LIMITE ' },
  // The same footer's first column holding its initials and marking, among an annex table's columns (split-footers.ts `NUMBER_TO_INITIALS`).
  { name: '`6890/26 ANNEX JAI.1 TR/kl LIMITE A 3 EN ` runs', fragment: '6890/26 ANNEX JAI.1 TR/kl LIMITE A 3 EN ' },
  // An annex page's footer in any official language (vocabulary.ts `PAGE_FOOTER`, broken-footers.ts `FOOTER_PIECE`): its word before the directorate.
  { name: '`6890/26 TR/kl 2 ZAŁĄCZNIK JAI.1 LIMITE ` runs', fragment: '6890/26 TR/kl 2 ZAŁĄCZNIK JAI.1 LIMITE ' },
  { name: '`výborů COSI a výborů ` runs', fragment: 'výborů COSI a výborů ' },
  { name: '`9267/25-9270/25-` runs', fragment: '9267/25-9270/25-' },
  // Starts of identifiers that end short of one (identifier-references.ts: the scanner reads back from each), and CELEX numbers glued on.
  { name: '`C(2025) ECLI:EU:C:2024: PE 123.4` runs', fragment: 'C(2025) ECLI:EU:C:2024: PE 123.4' },
  { name: '`32016R0794` glued runs', fragment: '32016R0794' },
  // Kind lines naming the I/A item in quotes and joined by hyphens (header-head.ts `I_A_WORD`), run on.
  { name: '`JAI 1 NOTA „I/A” I/A-PUNT ` runs', fragment: 'JAI 1 NOTA „I/A” I/A-PUNT ' },
  // A day heading and a part of the meeting before an item's number (flat-lines.ts `DAY_AND_PART_BEFORE_ITEM`), an introduction's heading after a number (body-start.ts `INTRODUCTION_OPENING`), run on.
  { name: '`Tuesday 10 March 2026 (10.00) Xx Yy 1. ` runs', fragment: 'Tuesday 10 March 2026 (10.00) Xx Yy 1. ' },
  { name: '`1. Introduction Xx ` runs', fragment: '1. Introduction Xx ' },
  // A day heading and its hours with the version's word before an item's number (flat-lines.ts `BEFORE_ITEM`, vocabulary.ts `WORDED_HOURS_SPAN`), run on.
  { name: '`17 februari 2026 kl. 10.00 – 13.00 1. ` runs', fragment: '17 februari 2026 kl. 10.00 – 13.00 10 h 00 – 13 h 00 Uhr 1. ' },
  // Dashed points run into an item's title (flat-lines.ts `dashedPoints`), a declassified version's note values (value-shapes.ts), a table's figure before capitals (flat-recitals.ts).
  { name: '`1. Xx – yy - zz - ` runs', fragment: '1. Xx – yy - zz - ' },
  { name: '`9876/25 LIMITE Public ` runs', fragment: '9876/25 LIMITE Public ' },
  { name: '`THE COUNCIL OF THE EUROPEAN UNION, 29 CALLS ON the ` runs', fragment: 'THE COUNCIL OF THE EUROPEAN UNION, 29 CALLS ON the ' },
  // A point's own points and rows planned beside a slot without a number, run into one line (flat-lines.ts).
  { name: '`i. A 12.30 – 14.00 ` runs', fragment: 'i. A 12.30 – 14.00 ' },
  // Glued calls of a starred note anywhere in a line (item-marks.ts `starNotes`): stars, a word then ` *)`, superscripts.
  { name: '`A*** B *) C^{*}` calls', fragment: 'A*** B *) C^{*} ' },
  // A notice's days each printed whole with its hours (value-shapes.ts, normalise.ts): a line of them run on.
  { name: 'days with hours `17 May 2026 (10.00), ` runs', fragment: '17 May 2026 (10.00), ' },
  // Days with the version's word for o'clock in brackets, and days whose month is misprinted before a dash (value-shapes.ts
  // HOUR_IN_BRACKETS, UNREAD_SPAN_START; date-expressions.ts parseDates), run on, also after labels printed first.
  { name: 'span days `3 марта 2026 г. (10.00 ч.) – 4 Mxz 2026 (kl. 10.00) – ` runs', fragment: '3 марта 2026 г. (10.00 ч.) – 4 Mxz 2026 (kl. 10.00) – ' },
  { name: 'span days after labels `3 Mxz 2026 (10.00 ч.) – 4 Mxz 2026 – ` runs', fragment: '3 Mxz 2026 (10.00 ч.) – 4 Mxz 2026 – ', place: 'days' },
  // Days in figures almost whole, with hours, before dashes (figure-dates.ts FIGURE_DAY, SPAN_DASH; value-shapes.ts FIGURE_DAYS, FIGURE_DAYS_LINE), run on.
  { name: 'figure days `03.03.2026 10.00 – 3/3/202 (10.00) - 2026-03-0 ` runs', fragment: '03.03.2026 10.00 – 3/3/202 (10.00) - 2026-03-0 ' },
  { name: 'figure days after labels `03.03.2026 (10.00) – 4/3/2026 10.00 – ` runs', fragment: '03.03.2026 (10.00) – 4/3/2026 10.00 – ', place: 'days' },
  { name: 'sessions `Tuesday 3 March 2026 (morning session) 1. ` runs', fragment: 'Tuesday 3 March 2026 (morning session) 1. ' },
  { name: 'dashed titles `A – B – c - d ` runs', fragment: 'A – B – c - d ' },
  // A possible or pro memoria item's mark closing its title before a dashed point or its documents (flat-lines.ts `MARK_BEFORE_DASH`, `MARK_AT_END`).
  { name: 'marked titles `1. Xx (poss.) - Yy (p.m.) 7011/12 ` runs', fragment: '1. Xx (poss.) - Yy (p.m.) 7011/12 ' },
  // A page run into one line (flat-lines.ts, flat-hyphens.ts): blank paragraphs' numbers, words cut at former line ends,
  // and numbered paragraphs whose first words read as a clause before a capital.
  { name: 'flat `done. 4. 5. Com- mission EU- Koordinator ` runs', fragment: 'done. 4. 5. Com- mission EU- Koordinator ' },
  { name: 'flat `1. The Presidency invites COSI to ` runs', fragment: '1. The Presidency invites COSI to ' },
  { name: 'flat `ABl. L 1 vom 4.5.2016, S. 1. ` runs', fragment: 'ABl. L 1 vom 4.5.2016, S. 1. ' },
  { name: 'flat `1. Bevezetés Az elnökség felkéri a COSI-t, hogy: ` runs', fragment: '1. Bevezetés Az elnökség felkéri a COSI-t, hogy: ' },
  // A table of contents run into a page's line before the body's parts (flat-contents.ts: a first number after an entry's page).
  { name: 'flat contents `3 1. EXECUTIVE SUMMARY 2 ` runs', fragment: '3 1. EXECUTIVE SUMMARY 2 ' },
  // A heading ending on a range of years in brackets run into its paragraph (flat-lines.ts `BRACKETED_YEARS`), run on.
  { name: 'flat `2.1. Afslutningen (2012-2013) EU-politikcyklussen for: ` runs', fragment: '2.1. Afslutningen (2012-2013) EU-politikcyklussen for: ' },
  // A numbered table run into a page's line (flat-table-rows.ts `HEADER_ROW`, `ROW_NUMBER`, a header row printed again),
  // a header's first cell with no row 1 after it, and a heading ending on a range of years before a clause
  // (flat-lines.ts `yearsBeforeClause`), an acronym's hyphen before a word printed in small letters (flat-hyphens.ts), run on.
  {
    name: 'flat numbered table `: No. Priority Objective set by the Council 1. Xx To do. 2. Yy ` runs',
    fragment: ': No. Priority Objective set by the Council 1. Xx To do. 2. Yy ',
  },
  { name: 'flat numbered table header `: Nr. Prioritet Mål fastsat af ` runs', fragment: ': Nr. Prioritet Mål fastsat af ' },
  {
    name: 'flat `2.2. The cycle 2014-2017 On the basis, the Council adopted: MTIC- At at ` runs',
    fragment: '2.2. The cycle 2014-2017 On the basis, the Council adopted: MTIC- At at ',
  },
  // A title run into its sentence whose object is set first, a sentence opener ending it (flat-lines.ts openerAfterTitle), run on.
  { name: 'flat `1. Борба Доклада го одобри Комитетът. ` runs', fragment: '1. Борба Доклада го одобри Комитетът. ' },
  // The same object with a participle's clause between a pair of commas (flat-lines.ts FRAMED_OBJECT, object-first.ts framedObject), run on.
  { name: 'flat `1. Борба Доклада, изготвен от него, го одобри Комитетът. ` runs', fragment: '1. Борба Доклада, изготвен от него, го одобри Комитетът. ' },
  { name: 'decisions: `Доклада, изготвен, го одобри Комитетът, ` runs', fragment: 'Доклада, изготвен, го одобри Комитетът, ', sentence: true },
  // The Slovenian auxiliary before the committee, the participle after it (decision-languages-east.ts SL_IS, object-first.ts CLITIC_AUXILIARY), run on.
  { name: 'decisions: `Poročilo je Odbor je Odbor ` runs', fragment: 'Poročilo je Odbor je Odbor ', sentence: true },
  { name: 'decisions: `Poročilo je Odbor odobril, ` runs', fragment: 'Poročilo je Odbor odobril, ', sentence: true },
  // The delegations' support with a verb joined after it (delegations-support.ts supportOnly, JOINED_VERB), and a French
  // participle coordinated without its auxiliary (decision-languages.ts FR_ELIDED), run on.
  { name: 'decisions: `Delegations supported it and approved the ` runs', fragment: 'Delegations supported it and approved the ', sentence: true },
  { name: 'decisions: `Les délégations ont soutenu et approuvé le ` runs', fragment: 'Les délégations ont soutenu et approuvé le ', sentence: true },
  // A title run into its sentence, a sentence's end and an opener after it (flat-lines.ts openerAfterTitle, STOP_BEFORE_OPENER), run on.
  { name: 'flat `1. Zwalczanie Komitet zatwierdził. Delegacje ` runs', fragment: '1. Zwalczanie Komitet zatwierdził. Delegacje ' },
  // A bulleted sub-point's heading run into its sentence (flat-lines.ts bulletHeadingApart), and one heading without its sentence, run on.
  { name: 'flat `• Draft conclusions The Committee agreed on ` runs', fragment: '• Draft conclusions The Committee agreed on ' },
  { name: 'flat `• Draft Council conclusions on the ` runs', fragment: '• Draft Council conclusions on the Xx ' },
  // The Polish Presidency and its verb after an item's title (body-start.ts titleEnd, SUBJECT_AND_VERB_AFTER_TITLE), run on.
  { name: 'flat `1. Projekt Rady Prezydencja przedstawiła ` runs', fragment: '1. Projekt Rady Prezydencja przedstawiła ' },
  // An agency's possessive opening a sentence after an item's title, its unit's name and code before the verb (body-start.ts titleEnd, POSSESSIVE_SUBJECT), run on.
  { name: 'flat `1. Threat analysis Europol’s European Centre (EC3) Xx ` runs', fragment: '1. Threat analysis Europol’s European Centre (EC3) Xx ' },
  // The Estonian agent opening the clause before the impersonal verb (decision-languages-north.ts agentBefore), run on.
  { name: 'decisions: `Komitee poolt lepiti kokku järeldused, ` runs', fragment: 'Komitee poolt lepiti kokku järeldused, ', sentence: true },
  // The Irish `Ghlac … le` (decision-languages-north.ts GA_ACCEPT), run on.
  { name: 'decisions: `Ghlac an Coiste leis an tuarascáil, ` runs', fragment: 'Ghlac an Coiste leis an tuarascáil, ', sentence: true },
  // The Slovenian object between the auxiliary or the committee and the participle (decision-languages-east.ts
  // slObjectInside), the reflexive's object set first (object-first.ts REFLEXIVE_PREPOSITION), the Estonian agent between
  // the impersonal verb and its particle (decision-languages-north.ts), run on.
  {
    name: 'decisions: `Odbor je sklepe odobril, je Odbor sklepe potrdil, ` runs',
    fragment: 'Odbor je sklepe odobril, je Odbor sklepe potrdil, ',
    sentence: true,
  },
  { name: 'decisions: `Z informacijami se je Odbor seznanil, ` runs', fragment: 'Z informacijami se je Odbor seznanil, ', sentence: true },
  { name: 'decisions: `Järeldused kiideti komitee poolt heaks, ` runs', fragment: 'Järeldused kiideti komitee poolt heaks, ', sentence: true },
  { name: 'decisions: `Die Mitgliedstaaten nahmen und ` runs', fragment: 'Die Mitgliedstaaten nahmen und ', sentence: true },
  { name: 'decisions: `Države članice dogovorile su se, ` runs', fragment: 'Države članice dogovorile su se, ', sentence: true },
  { name: 'decisions: `COSI took note of it, welcoming ` runs', fragment: 'COSI took note of it, welcoming ', sentence: true },
  {
    name: 'decisions: `COSI took note, after a discussion, with satisfaction, ` runs',
    fragment: 'COSI took note, after a discussion, with satisfaction, ',
    sentence: true,
  },
  { name: 'decisions: `COSI took note, thanked the Presidency, ` runs', fragment: 'COSI took note, thanked the Presidency, ', sentence: true },
  { name: 'decisions: `Komitet przyjął, po dyskusji, do ` runs', fragment: 'Komitet przyjął, po dyskusji, do ', sentence: true },
  { name: 'decisions: `Der Ausschuss nahm nach einer Aussprache ` runs', fragment: 'Der Ausschuss nahm nach einer Aussprache ', sentence: true },
  { name: 'decisions: `COSI took note of the report, thanked the ` runs', fragment: 'COSI took note of the report, thanked the ', sentence: true },
  { name: 'decisions: `Le comité a pris note du rapport, a remercié ` runs', fragment: 'Le comité a pris note du rapport, a remercié ', sentence: true },
  {
    name: 'decisions: `Der Ausschuss nahm den Bericht zur Kenntnis, dankte dem ` runs',
    fragment: 'Der Ausschuss nahm den Bericht zur Kenntnis, dankte dem ',
    sentence: true,
  },
  { name: 'decisions: `Der Ausschuss nahm mit Genugtuung den ` runs', fragment: 'Der Ausschuss nahm mit Genugtuung den ', sentence: true },
  { name: 'decisions: `COSI took note of the report, thanked Europol ` runs', fragment: 'COSI took note of the report, thanked Europol ', sentence: true },
  {
    name: 'decisions: `COSI took note of the report, welcomed progress and approved ` runs',
    fragment: 'COSI took note of the report, welcomed progress and approved ',
    sentence: true,
  },
  {
    name: 'decisions: `Le comité a pris note du rapport, salué les progrès ` runs',
    fragment: 'Le comité a pris note du rapport, salué les progrès ',
    sentence: true,
  },
  {
    name: 'decisions: `Il comitato ha preso atto della relazione, accolto con favore le ` runs',
    fragment: 'Il comitato ha preso atto della relazione, accolto con favore le ',
    sentence: true,
  },
  { name: 'decisions: `Kommittén godkände slutsatserna när ` runs', fragment: 'Kommittén godkände slutsatserna när ', sentence: true },
  { name: 'decisions: `Het Comité nam nota van het verslag toen ` runs', fragment: 'Het Comité nam nota van het verslag toen ', sentence: true },
  {
    name: 'decisions: `Der Ausschuss billigte den Bericht, dankte Europol ` runs',
    fragment: 'Der Ausschuss billigte den Bericht, dankte Europol ',
    sentence: true,
  },
  { name: 'decisions: `Der Ausschuss billigte den Bericht, hob die ` runs', fragment: 'Der Ausschuss billigte den Bericht, hob die ', sentence: true },
  {
    name: 'decisions: `Het Comité nam nota van het verslag, bedankte het ` runs',
    fragment: 'Het Comité nam nota van het verslag, bedankte het ',
    sentence: true,
  },
  {
    name: 'decisions: `Komitet przyjął do wiadomości sprawozdanie, podziękował ` runs',
    fragment: 'Komitet przyjął do wiadomości sprawozdanie, podziękował ',
    sentence: true,
  },
  { name: 'decisions: `Der Ausschuss billigte ihn, der Dokument ` runs', fragment: 'Der Ausschuss billigte ihn, der Dokument ', sentence: true },
  { name: 'decisions: `udkastet som komitéen godkendte ` runs', fragment: 'udkastet som komitéen godkendte ', sentence: true },
  { name: 'decisions: `poročilo, ki ga je odbor potrdil ` runs', fragment: 'poročilo, ki ga je odbor potrdil ', sentence: true },
  { name: 'decisions: `izvješće, koje je Odbor odobrio ` runs', fragment: 'izvješće, koje je Odbor odobrio ', sentence: true },
  { name: 'decisions: `Het Comité nam, na een bespreking, nota van ` runs', fragment: 'Het Comité nam, na een bespreking, nota van ', sentence: true },
  { name: 'decisions: `esitteli raportin, jonka komitea hyväksyi ` runs', fragment: 'esitteli raportin, jonka komitea hyväksyi ', sentence: true },
  {
    name: 'decisions: `the report, which were endorsed by the Committee ` runs',
    fragment: 'the report, which were endorsed by the Committee ',
    sentence: true,
  },
  {
    name: 'decisions: `le rapport, qui ont été approuvées par le Comité ` runs',
    fragment: 'le rapport, qui ont été approuvées par le Comité ',
    sentence: true,
  },
  { name: 'decisions: `den Bericht vor, die vom Ausschuss gebilligt ` runs', fragment: 'den Bericht vor, die vom Ausschuss gebilligt ', sentence: true },
  { name: 'decisions: `het verslag, die door het Comité werden ` runs', fragment: 'het verslag, die door het Comité werden ', sentence: true },
  { name: 'decisions: `Le comité a approuvé, qui figure dans le ` runs', fragment: 'Le comité a approuvé, qui figure dans le ', sentence: true },
  { name: 'decisions: `Komitee lükkas arutelu edasi ` runs', fragment: 'Komitee lükkas arutelu edasi ', sentence: true },
  // A relative clause whose subject is the committee, its antecedent scanned back for (relative-objects.ts), run on with and without commas.
  {
    name: 'decisions: `presented the report, which the Committee endorsed ` runs',
    fragment: 'presented the report, which the Committee endorsed ',
    sentence: true,
  },
  { name: 'decisions: `a présenté le rapport que le comité a approuvé ` runs', fragment: 'a présenté le rapport que le comité a approuvé ', sentence: true },
  {
    name: 'decisions: `stellte den Bericht vor, den der Ausschuss in der Sitzung billigte ` runs',
    fragment: 'stellte den Bericht vor, den der Ausschuss in der Sitzung billigte ',
    sentence: true,
  },
  // The French `dont` before the committee (relative-objects.ts OF_WHICH), and clauses of when ending an object after
  // and not after a preposition (decision-clauses.ts whenClause), run on.
  {
    name: 'decisions: `a présenté le rapport, dont le comité a pris note, dont ` runs',
    fragment: 'a présenté le rapport, dont le comité a pris note, dont ',
    sentence: true,
  },
  {
    name: 'decisions: `Il comitato ha approvato le conclusioni di quando ` runs',
    fragment: 'Il comitato ha approvato le conclusioni di quando ',
    sentence: true,
  },
  {
    name: 'decisions: `COSI approved the report when the Presidency, when ` runs',
    fragment: 'COSI approved the report when the Presidency, when ',
    sentence: true,
  },
  {
    name: 'decisions: `presentó el informe, de las que el Comité tomó nota, de las que ` runs',
    fragment: 'presentó el informe, de las que el Comité tomó nota, de las que ',
    sentence: true,
  },
  // Relative clauses of the versions without articles, the clause before scanned back for its verb (relative-objects.ts articlelessAntecedent), run on.
  {
    name: 'decisions: `Prezydencja przedstawiła projekt, który Komitet zatwierdził ` runs',
    fragment: 'Prezydencja przedstawiła projekt, który Komitet zatwierdził ',
    sentence: true,
  },
  { name: 'decisions: `forelagde rapporten som komitéen godkendte som ` runs', fragment: 'forelagde rapporten som komitéen godkendte som ', sentence: true },
  // The Portuguese article, a capitalised noun and a preterite after an item's title on a page run into one line (body-start.ts SUBJECT_AND_VERB_AFTER_TITLE), run on.
  { name: 'flat `A Presidência apresentou A Comissão ` runs', fragment: 'A Presidência apresentou A Comissão ' },
  // Maltese's article at former line ends of a Maltese page run into one line (flat-hyphens.ts `ARTICLE_BEFORE_CAPITAL`, maltese-articles.ts), run on.
  { name: 'flat Maltese articles `il-Kumitat is-sigurtà fir- rigward tal- Unjoni ` runs', fragment: 'il-Kumitat is-sigurtà fir- rigward tal- Unjoni ' },
  // A footnote inside the sentence the page break cut of a page run into one line (foot-footnotes.ts CUT_FOOTNOTE, flat-lines.ts MARKED_IN_CUT_SENTENCE), run on.
  { name: 'flat cut sentence `one delegation (HU) 1 Also circulated as 2345/2026. ` runs', fragment: 'one delegation (HU) 1 Also circulated as 2345/2026. ' },
  { name: 'flat cut sentence `while one (HU) ^1 Also ^{1} COSI ` runs', fragment: 'while one (HU) ^1 Also ^{1} COSI ' },
  // The Polish year's `r.` before a capital (sentences.ts YEARS_ABBREVIATION, YEARS_DATE_ONLY), run on.
  { name: 'sentences `w dniach 29 i 30 stycznia 2026 r. COSI ` runs', fragment: 'w dniach 29 i 30 stycznia 2026 r. COSI ', sentence: true },
  // Maltese's article plain pdftotext joined to its noun's capital (maltese-articles.ts `ARTICLE_BEFORE_CAPITAL`, normalise.ts withoutFurniture), run on.
  { name: 'Maltese articles `il-Kumitat flAnness talkooperazzjoni għallIstati ` runs', fragment: 'il-Kumitat flAnness talkooperazzjoni għallIstati ' },
  // Dot leaders glued to a contents entry's title and page (dot-leaders.ts), and runs of dots before figures that are no page.
  { name: 'dot leaders `Xx.....1 ` runs', fragment: 'Xx.....1 ' },
  { name: 'dots before figures `.....2025` runs', fragment: '.....2025' },
  // A LIMITE watermark's pieces among a page's words (watermark.ts withoutFlatWatermark), run on.
  { name: 'watermark pieces `LI M IT E ` runs', fragment: 'Xx LI M IT E ' },
  { name: 'year-first days `2026. május 17., kedd (10.00) és ` runs', fragment: '2026. május 17., kedd (10.00) és ' },
  // Two days with their days of the week joined after or before them (head-anchors.ts TWO_WEEKDAYS in DAYS_LINE; value-shapes.ts YEAR_FIRST_DAYS), and the part of the day under a date line (body-start.ts dateLineAbove), lines run on.
  {
    name: 'two-day lines `2026. gada 17. un 18. martā, otrdiena un trešdiena` / `(délelőtt)` runs',
    fragment: '2026. gada 17. un 18. martā, otrdiena un trešdiena un\n2026. március 17.\n(délelőtt)\nteisipäev ja kolmapäev, 17. ja 18. märts 2026\n',
  },
  // A notice's telephone and fax numbers apart by slashes (value-shapes.ts; the fax maybe without its country's code),
  // and an older agenda's documents each followed by its codes (agenda-body.ts `isDocumentsLine`): runs of them.
  { name: 'telephone numbers `+32.2-281.7624 / ` runs', fragment: '+32.2-281.7624 / ' },
  { name: 'fax numbers without country code `+32.2.281.83.76 / 281.61.45 / ` runs', fragment: '+32.2.281.83.76 / 281.61.45 / ' },
  { name: 'documents with codes `9402/13 JAI 355 ` runs', fragment: '9402/13 JAI 355 ' },
  // A label holding a colon of its own (labels.ts `COLON_LABEL_LINE`), a procedure number beside the original's language
  // (head-anchors.ts `BARE_PROCEDURE`), a signatory's given name and surname closing a sender (unlabelled-rows.ts `NAME_AT_END`): runs of them.
  { name: 'colon labels `Kom:n asiak. nro: ` runs', fragment: 'Kom:n asiak. nro: ' },
  { name: 'bare procedures `(OR. en) 2025/0123 (COD) ` runs', fragment: '(OR. en) 2025/0123 (COD) ' },
  { name: 'signatories `Martine DEPREZ ` runs', fragment: 'Martine DEPREZ ' },
  // An older German header's words for labels in a column run together (header-labels.ts), and item letters in quotes
  // and guillemets of a kind line (header-head.ts `KIND_PATTERN`).
  { name: '`des für den ` runs', fragment: 'des für den ' },
  { name: '`NOTE POINT « I » ` runs', fragment: 'NOTE POINT « I » ' },
  // Words of capitals after a code's number (header-head.ts `FLAT_KIND`, `FLAT_WORDS_BEFORE`) and dates in figures with
  // slashes, dots and Roman months (date-expressions.ts `NUMERIC_DATE`), run on.
  { name: '`COSI 97 ISSUES PAPER ` runs', fragment: 'COSI 97 ISSUES PAPER ' },
  { name: 'dates in figures `03/03/2026 3.III.2026 ` runs', fragment: '03/03/2026 3.III.2026 ' },
  // A -layout print's paragraphs (layout-paragraphs.ts): sentences ending before gaps two spaces wide, one short of a column's.
  { name: '-layout paragraphs `Xx yy.  Zz ` runs', fragment: 'Xx yy.  Zz ' },
  // A place and date over several days (head-anchors.ts `DAYS_DATE`): days joined by words and dashes before a month, run on.
  { name: 'place and days `Bruxelles, les 3 et 4-5 ` runs', fragment: 'Bruxelles, les 3 et 4-5 ' },
  { name: 'year-first days `Brüsszel, 2026. március 3–4 és ` runs', fragment: 'Brüsszel, 2026. március 3–4 és ' },
  // A place and its date without a comma, its month first, after a weekday (head-anchors.ts `PLACE_DATE`, `MONTH_FIRST`), run on.
  { name: 'place and date without comma `Brussels Tuesday, March 3 ` runs', fragment: 'Brussels Tuesday, March 3 ' },
  // One unpunctuated sentence of an item's text repeating a decision verb, whose clause runs to the sentence's end.
  { name: 'decisions: `COSI endorsed, ` runs', fragment: 'COSI endorsed, ', sentence: true },
  { name: 'decisions: `Note was taken of ` runs', fragment: 'Note was taken of ', sentence: true },
  { name: 'decisions: `Se aprobó ` runs', fragment: 'Se aprobó ', sentence: true },
  { name: 'decisions: `Es wurde vereinbart, ` runs', fragment: 'Es wurde vereinbart, ', sentence: true },
  { name: 'decisions: `Il a été convenu de ` runs', fragment: 'Il a été convenu de ', sentence: true },
  // A sentence of passages withheld (redactions.ts steps over those opening it), and of verbs coordinated on document numbers.
  { name: 'decisions: `[…] ` runs', fragment: '[…] ', sentence: true },
  { name: 'decisions: `and took note of 1/25 + ADD 1 ` runs', fragment: 'COSI and took note of 1/25 + ADD 1 ', sentence: true },
  // A Hungarian body whose clause is searched ahead for its verb and particle, an Irish verb before its body (decision-languages-*.ts).
  { name: 'decisions: `A bizottság a napirendet és ` runs', fragment: 'A bizottság a napirendet és ', sentence: true },
  { name: 'decisions: `Thug an Coiste agus ` runs', fragment: 'Thug an Coiste agus ', sentence: true },
  { name: 'decisions: `and exchanged views ` runs', fragment: 'COSI welcomed it and exchanged views . ', sentence: true },
  { name: 'decisions: `stelde uit tot ` runs', fragment: 'Het Comité stelde het uit tot ', sentence: true },
  { name: 'decisions: `The Chair concluded that ` runs', fragment: 'The Chair concluded that ', sentence: true },
  { name: 'decisions: `COSI noted it; It endorsed it; ` runs', fragment: 'COSI noted it; It endorsed it; ', sentence: true },
  // A Hungarian plural verb looked behind for a plural body, an Irish autonomous verb looked ahead for `ar athló`, a Maltese
  // conclusion, a Polish pronoun after its auxiliary, a Spanish adverb standing for the subject (decision-languages-*.ts).
  { name: 'decisions: `A delegációk a jelentést elfogadták ` runs', fragment: 'A delegációk a jelentést elfogadták ', sentence: true },
  { name: 'decisions: `Cuireadh an plé agus ` runs', fragment: 'Cuireadh an plé agus ', sentence: true },
  { name: 'decisions: `Il-COSI ikkonkluda li ` runs', fragment: 'Il-COSI ikkonkluda li ', sentence: true },
  { name: 'decisions: `Zostały one zatwierdzone ` runs', fragment: 'Zostały one zatwierdzone ', sentence: true },
  { name: 'decisions: `Asimismo, aprobó; ` runs', fragment: 'Asimismo, aprobó; ', sentence: true },
  // A body coming back to an item, coordinated and run on; a German future whose particle ends its clause (decisions.ts, decision-languages.ts).
  { name: 'decisions: `COSI will return to it and will revert to ` runs', fragment: 'COSI will return to it and will revert to ', sentence: true },
  { name: 'decisions: `Der Ausschuss wird und ` runs', fragment: 'Der Ausschuss wird und ', sentence: true },
  // Support given or reiterated before the paper it is given to (support-phrases.ts), and the Council's other bodies as
  // subjects and agents, a working party's quoted name left open (council-bodies.ts), run on.
  { name: "decisions: `Le COSI a soutenu dans l'ensemble ` runs", fragment: "Le COSI a soutenu dans l'ensemble ", sentence: true },
  { name: 'decisions: `Der Rat unterstützte weitgehend den ` runs', fragment: 'Der Rat unterstützte weitgehend den ', sentence: true },
  { name: 'decisions: `approuvé par le groupe "Terrorisme ` runs', fragment: 'Le rapport a été approuvé par le groupe "Terrorisme ', sentence: true },
  { name: 'decisions: `De Raad en de Groep terrorisme heeft ` runs', fragment: 'De Raad en de Groep terrorisme heeft ', sentence: true },
  // A subject holding relative clauses looked back over (decision-passives.ts `subjectBefore`), a procedure with its day and
  // an unchanged text cut off an object (decision-procedures.ts), agents declined or after their word (council-bodies.ts), run on.
  { name: 'decisions: `El informe, que figura, fue aprobado ` runs', fragment: 'El informe, que figura, que fue aprobado ', sentence: true },
  {
    name: 'decisions: `approved by silence procedure on 24 November 2025 without ` runs',
    fragment: 'COSI approved it by silence procedure on 24 November 2025 without ',
    sentence: true,
  },
  { name: 'decisions: `byla schválena Radou a Členové výboru ` runs', fragment: 'Zpráva byla schválena Radou a Členové výboru ', sentence: true },
  // The committee's members in 8 more versions (committee-members.ts) and a Croatian participle before its auxiliary
  // (decision-languages-east.ts hrPerfect), run on.
  { name: 'decisions: `A COSI tagjai jóváhagyták és ` runs', fragment: 'A COSI tagjai jóváhagyták és ', sentence: true },
  { name: 'decisions: `Odbor COSI primio je na ` runs', fragment: 'Odbor COSI primio je na ', sentence: true },
  // Groups of delegations as subjects after clause openings (delegation-positions.ts), and passives' subjects holding
  // relative clauses looked back over (decision-passives.ts subjectBefore), run on.
  { name: 'positions: `Most delegations (AT), while one delegation ` runs', fragment: 'Most delegations (AT), while one delegation ', sentence: true },
  // Irish groups after their verb and a Slovene auxiliary after the conjunction (delegation-positions.ts), run on.
  { name: 'positions: `Thacaigh toscaireacht amháin, agus chuir ` runs', fragment: 'Thacaigh toscaireacht amháin, agus chuir ', sentence: true },
  { name: 'positions: `Večina delegacij, medtem ko je ena delegacija ` runs', fragment: 'Večina delegacij, medtem ko je ena delegacija ', sentence: true },
  { name: 'positions: `Le rapport que la présidence a été approuvé, ` runs', fragment: 'Le rapport que la présidence a été approuvé, ', sentence: true },
  { name: 'positions: `Der Bericht, der enthalten ist, wurde gebilligt ` runs', fragment: 'Der Bericht, der enthalten ist, wurde gebilligt ', sentence: true },
  // The delegations as a whole before up to five words and no verb of support, and a support after a conjunction, and the
  // Hungarian subject before a longer gap (delegations-support.ts WHOLE_SUPPORT), run on.
  { name: 'decisions: `Delegations also largely, broadly support ` runs', fragment: 'Delegations also largely, broadly support ', sentence: true },
  { name: 'decisions: `, and the delegations have supported ` runs', fragment: ', and the delegations have supported ', sentence: true },
  { name: 'decisions: `A delegációk a b c d támogat ` runs', fragment: 'A delegációk a b c d támogat ', sentence: true },
  // An object set before its verb and subject (object-first.ts, decision-grammar.ts objectFirst), run on.
  { name: 'decisions: `Poročilo je odobril Odbor in ` runs', fragment: 'Poročilo je odobril Odbor in ', sentence: true },
  { name: 'decisions: `Den Bericht billigte der Ausschuss und ` runs', fragment: 'Den Bericht billigte der Ausschuss und ', sentence: true },
  // An object a version marks without a determiner before its body and verb, and a passive's agent after its preposition
  // (object-first.ts `marked`, decision-languages-east.ts RO_AGENT), run on.
  { name: 'decisions: `A jelentést a bizottság jóváhagyta és ` runs', fragment: 'A jelentést a bizottság jóváhagyta és ', sentence: true },
  { name: 'decisions: `Raportul a fost aprobat de comitet și ` runs', fragment: 'Raportul a fost aprobat de comitet și ', sentence: true },
  // A reservation cut off the object's end with the delegations that entered it (decision-procedures.ts RESERVATION), run on.
  {
    name: 'decisions: `approved it with a scrutiny reservation by NL and SE ` runs',
    fragment: 'COSI approved it with a scrutiny reservation by NL and SE ',
    sentence: true,
  },
  // A reservation after the comma that ends a verb-last clause (decision-procedures.ts howAfterComma, trailingHowAt), run on.
  {
    name: 'decisions: `werden goedgekeurd, onder voorbehoud van een voorbehoud van NL ` runs',
    fragment: 'De conclusies werden goedgekeurd, onder voorbehoud van een voorbehoud van NL ',
    sentence: true,
  },
  {
    name: 'decisions: `keurde het goed, met een voorbehoud van NL en SE ` runs',
    fragment: 'Het Comité keurde het goed, met een voorbehoud van NL en SE ',
    sentence: true,
  },
  {
    name: 'decisions: `nahm es zur Kenntnis, vorbehaltlich eines ` runs',
    fragment: 'Der Ausschuss nahm es zur Kenntnis, vorbehaltlich eines ',
    sentence: true,
  },
  // The delegations' support in a second verb joined to their clause's first (delegations-support.ts COORDINATED_SUPPORT,
  // withoutCoordinatedSupport), its subject looking ahead over its clause, run on.
  { name: 'decisions: `Delegations welcomed it and noted ` runs', fragment: 'Delegations welcomed it and noted ', sentence: true },
  { name: 'decisions: `Les délégations ont salué et soutenu ` runs', fragment: 'Les délégations ont salué et soutenu ', sentence: true },
  // An impersonal passive's agent with its postposition after the verb or at the subject's end (decision-passives.ts
  // agentBefore; decision-languages-north.ts, -east.ts), run on.
  { name: 'decisions: `Aruanne komitee poolt kiideti heaks ` runs', fragment: 'Aruanne komitee poolt kiideti heaks ', sentence: true },
  { name: 'decisions: `A jelentést a bizottság által jóváhagyták ` runs', fragment: 'A jelentést a bizottság által jóváhagyták ', sentence: true },
  // The Finnish Council in small letters opening a clause after the committee's (council-bodies.ts COUNCIL_SUBJECTS), run on.
  { name: 'decisions: `Komitea hyväksyi sen, ja neuvosto hyväksyi ` runs', fragment: 'Komitea hyväksyi sen, ja neuvosto hyväksyi ', sentence: true },
  // A Hungarian return whose verb is looked for ahead in its clause, the when before it (decision-languages-east.ts), run on.
  { name: 'decisions: `A bizottság a következő ülésén ` runs', fragment: 'A bizottság a következő ülésén ', sentence: true },
  { name: 'decisions: `Az elnökség később visszatér és ` runs', fragment: 'Az elnökség később visszatér és ', sentence: true },
  // A body reporting that it will come back to the item (decisions.ts `REPORTED_RETURN`); sub-points' labels and headings.
  { name: 'decisions: `The Presidency said that it would revert to ` runs', fragment: 'The Presidency said that it would revert to ', sentence: true },
  { name: 'decisions: `(b) Way forward (a) ` runs', fragment: '(b) Way forward (a) ', sentence: true },
  // Draft conclusions' author and recitals in capitals on a page run into one line (flat-recitals.ts), and a list's last
  // label printed over the next paragraph's number (flat-bullets.ts), run on.
  {
    name: 'flat recitals `THE COUNCIL OF THE EUROPEAN UNION, RECALLING EMPACT; ` runs',
    fragment: 'THE COUNCIL OF THE EUROPEAN UNION, RECALLING the EMPACT, CEPOL; ',
  },
  // Operative paragraphs after the gap a -layout page sets after their number (flat-recitals.ts `OPENING`, `numberBefore`).
  {
    name: 'flat recitals `DER RAT DER EUROPÄISCHEN UNION – muss – 1.      FORDERT die ` runs',
    fragment: 'DER RAT DER EUROPÄISCHEN UNION – muss – 1.      FORDERT die ',
  },
  { name: 'flat stacked labels `: (a) 3. a; • 4. b. ` runs', fragment: ': (a) 3. a; • 4. b. ' },
  // Marks alone on their lines a line low under texts after a colon, and runs of marks over sentences run together
  // (text-blocks.ts `marksAfterTexts`, `setToSentences`, `SENTENCE_END`).
  { name: 'lone marks `are:\\n–\\nA. B; e.g. c.\\n–\\n–\\n` runs', fragment: 'are:\nFirst a:\n–\nA. B; e.g. c.\n–\n–\n' },
  // A list's last point ending on two days before their month, run into a page's line (flat-bullets.ts `LAST_ITEM_END`), run on.
  { name: 'flat bullets `• vom 16./17. November 2017. • am 7.-8. Dez ` runs', fragment: '• vom 16./17. November 2017. • am 7.-8. Dez ' },
  // A justified line plain pdftotext printed a word a line, blank lines between (justified-words.ts), and runs of such
  // words under no line of text (none joined), run on.
  {
    name: 'justified words `Der` / `` / `ausschuss` … / `des` / `` / `Informationsaustauschs und des` runs',
    fragment: 'Der\n\nausschuss\n\nbilligte\n\nden\n\nneuen\n\nzur\n\ndes\n\nInformationsaustauschs und des Fahrplans\n',
  },
  { name: 'justified words `der` / `` / `den` … no line of text under them runs', fragment: 'der\n\nden\n\nzur\n\n' },
  // A table plain pdftotext printed a cell to a line, its numbered column's header first and each row's number alone
  // over its cells (column-cells.ts `NUMBER_CELL`, sections.ts `tableRows`), run on.
  {
    name: 'numbered table cells `No.` / `` / `Priority` / `` / `Objective set by the Council` / `` / `1.` … runs',
    fragment: 'No.\n\nPriority\n\nObjective set by the Council\n\n1.\n\nIllegal immigration\n\n2.\n\n',
  },
  // A Greek or Bulgarian last point over the next paragraph's number, a sentence opening with the Greek article after it
  // (flat-bullets.ts `STACKED_NUMBER`, `SENTENCE_OPENS`; body-start.ts `candidates` after `η`).
  { name: 'flat stacked Greek `ότι: α) οι· γ) 3. η έτη. Η COSI ` runs', fragment: 'ότι: α) οι· γ) 3. η έτη. Η COSI в) 3. ф г. ' },
  // Points the Greek version letters in its alphabet after a colon and its raised dots (flat-bullets.ts `LETTER_INSIDE`).
  { name: 'flat Greek points `ότι: α) οι · β) τα · ` runs', fragment: 'ότι: α) οι · β) τα · ' },
  // A notice's points lettered in Greek or Cyrillic before titles in small letters, run into its item's line (flat-lines.ts
  // `LOWER_POINT_INSIDE`, `lowerPointCuts`; normalise.ts `AGENDA_TITLE`; vocabulary.ts `SUB_POINT`).
  { name: 'flat lettered points `α) παρουσίαση από β) ανταλλαγή а) обмен на ` runs', fragment: 'α) παρουσίαση από β) ανταλλαγή а) обмен на ' },
  // Items taken together after the word for items, and documents after a title, on a page run into one line (flat-lines.ts).
  { name: 'flat `done. Items 3 and 4 – A 1/25 B ` runs', fragment: 'done. Items 3 and 4 – A 1/25 B ' },
  // Documents after a title with their codes and marking, as older notices print them (flat-lines.ts `DOCUMENT_LISTED`).
  { name: 'flat `done. 3. A 1/25 JAI 4 LIMITE B ` runs', fragment: 'done. 3. A 1/25 JAI 4 LIMITE B ' },
  // Items numbered with a word or a bracket on a page run into one line (flat-worded-items.ts).
  { name: 'flat `done. Item 2: A 3) B ` runs', fragment: 'done. Item 2: A 3) B ' },
  // Parts under Roman headings on a page run into one line (flat-roman-headings.ts): numerals in and out of sequence.
  { name: 'flat `done. II. PART I. IV. A ` runs', fragment: 'done. II. PART I. IV. A ' },
  // An unnumbered any other business with its sub-points after an item's sentence, and a lone capital, on a page run into one line (flat-lines.ts, body-start.ts).
  { name: 'flat `3. Drugs I done. Sonstiges a) B Divers ` runs', fragment: '3. Drugs I done. Sonstiges a) B Divers ' },
  // Any other business numbered without its dot, out of sequence, run into an item's piece (flat-lines.ts dotlessOtherBusinessApart: DOTLESS_OTHER_BUSINESS).
  { name: 'flat dotless `17 Any other business 17 AOB 1 Divers a) B ` runs', fragment: '17 Any other business 17 AOB 1 Divers a) B ' },
  // An item's number without its dot after a title, after a clause's comma, a title word or before a month, run into an
  // item's piece (flat-lines.ts dotlessTitleApart: DOTLESS_TITLE).
  { name: 'flat dotless `x, 2 Ab on 2 Cd 2 March 2 ` runs', fragment: 'x, 2 Ab on 2 Cd 2 March 2 ' },
  // Pages whose foot prints footnote 2 and no 1, its call nowhere (foot-footnotes.ts skipsDropped: the text above searched once).
  {
    name: 'dropped first footnote `x.` / `2 Doc. 1/25.` / footer pages run',
    fragment: 'The Committee took note.\n\n2 Doc. 1234/25.\n14470/25\nJAI.1\n\nJV/ab\n\n1\nEN\n\f',
  },
  // Feet without form feeds or footers, footnote 2 under a sentence, an annex's heading and an item's number under it,
  // run on (foot-footnotes.ts shapedPages, footnoteBlock, pageGoesOn: each foot's page looked for once).
  { name: 'footless footnote pages `x.` / `2 Doc.` / `ANNEX` / `4.` lines run', fragment: 'x.\n\n2 Doc.\nANNEX\n4.\n' },
  // Pages whose footnote, cut on a full line's word in lower case, goes on at the next page's foot under a table's narrower
  // line, its rest as wide (foot-footnotes.ts continuation, fullWidthRest, cutWidth: each page's lines measured once).
  {
    name: 'cut footnote pages `x1 y.` / `1 A … the` / `b c` / `Conseil … d.` / footer pages run',
    fragment:
      'x1 y.\n\n1 Council conclusions on the creation and implementation of an EU policy cycle adopted by the\n14470/25\nJAI.1\n\nJV/ab\n\n1\nEN\n\fb c\nConseil Justice et affaires intérieures des 8 et 9 novembre 2010 doc 15358/10 le premier cycle\nd.\n14470/25\nJAI.1\n\nJV/ab\n\n2\nEN\n\f',
  },
  // The same, the next page's heading over its paragraph and its marking alone under the footnote (pageGoesOn headingOver, endsShapedFoot).
  {
    name: 'footless footnote pages `x.` / `2 Doc.` / `Summary` / `This is a b c d e f g h` / `RESTREINT UE/EU RESTRICTED` lines run',
    fragment: 'x.\n\n2 Doc.\nSummary\nThis is a b c d e f g h\nRESTREINT UE/EU RESTRICTED\n',
  },
  // The Hungarian page after its number before a capital (sentences.ts PAGE_AFTER_NUMBER, 9 characters before the dot).
  { name: 'Hungarian pages `53. o. Lásd ` runs', fragment: '53. o. Lásd ', sentence: true },
  // Footnotes of a page run into one line after a list item's `;` or withheld after any word, and paragraph numbers beside
  // calls one space apart, before a footer (foot-footnotes.ts FLAT_DEFINITION, numbersParagraph; flat-lines.ts MARKED_WITHHELD).
  { name: 'flat footnotes `x; 1 […] y 1. Z 1 a 9120/25 MC/ff 1 JAI.1 LIMITE FR ` runs', fragment: 'x; 1 […] y 1. Z 1 a 9120/25 MC/ff 1 JAI.1 LIMITE FR ' },
  // Footnotes under the rule that ends a page's text, numbers apart before documents' numbers without full stops, a paragraph's number before a comma (foot-footnotes.ts FLAT_DEFINITION END_RULE, numberedByWord; flat-apart-numbers.ts BARE_REFERENCE), before a footer.
  {
    name: 'flat rule footnotes `x. ____ 1 A lid 2, y1. 1 2 10854/15 9798/15 9120/25 MC/ff 1 JAI.1 LIMITE FR ` runs',
    fragment: 'x. ____ 1 A lid 2, y1. 1 2 10854/15 9798/15 9120/25 MC/ff 1 JAI.1 LIMITE FR ',
  },
  // Headings run on into a question (question-opening.ts questionAfterTitle, QUESTION_OPENER), and a Greek heading's
  // possessive before an article (body-start.ts candidates, GREEK_CAPITAL_ARTICLE), run on.
  {
    name: 'questions `2. Fragen an Sind Les a b c d estiment-ils Подкрепят ли Είναι τους Η ; ? ` runs',
    fragment: '2. Fragen an Sind Les a b c d estiment-ils Подкрепят ли Είναι τους Η ; ? ',
  },
  // Calls one space after a date's abbreviation or its year's full stop, beside a day after its month, a number before
  // the noun it numbers and a day whose month a gap sets apart, on pages with a footnote each (foot-footnotes.ts
  // spacedWordCall, spacedStopCall: DATE_ABBREVIATION; isCallBetweenWords: WORD_AFTER, NUMBERED_AFTER).
  {
    name: 'date calls `2025 r. 1 a 2025. 1 b liepos 1 d. 1 punktą od 1      lipca 2025 r. 1 C` / `1 Doc.` / footer pages run',
    fragment: 'x 2025 r. 1 a 2025. 1 b liepos 1 d. 1 punktą od 1      lipca 2025 r. 1 C\n\n1 Doc. 5873/25.\n14470/25\nJAI.1\n\nJV/ab\n\n1\nEN\n\f',
  },
  // Calls glued to or one space after a document's number, beside an act's number and a year of four figures, and one
  // space after the abbreviation that ends an enumeration, on pages with a footnote each (foot-footnotes.ts numberCall,
  // spacedCall, spacedWordCall: DOCUMENT_NUMBER, ENUMERATION_END).
  {
    name: 'number calls `14470/251 a 8812/1/19 1, b 2016/681 2010/131/EU WK 15012/2025 etc. 1 c и т.н. 1 d` / `1 Doc.` / footer pages run',
    fragment: 'x 14470/251 a 8812/1/19 1, b 2016/681 2010/131/EU WK 15012/2025 etc. 1 c и т.н. 1 d\n\n1 Doc. 5873/25.\n14470/25\nJAI.1\n\nJV/ab\n\n1\nEN\n\f',
  },
  // Footnotes inside the sentence or list the page break cut, in a copy without footers or form feeds, the next page
  // going on in lower case or with the list's next item under a blank line or a page number (foot-footnotes.ts
  // shapedPages, cutFootEnd: CUT_DEFINITION).
  {
    name: 'cut-sentence footnote pages `x (HU) a1` / `1 Also b.` / `2` / `entered c;` / `1 […]` / `• d` lines run',
    fragment: 'x (HU) a1\n1 Also b.\n2\n\nentered c;\n1 […]\n• d\n',
  },
  // Codes whose number a call would be glued to, before a footer (foot-footnotes.ts gluedCall, CODE_BEFORE_NUMBER).
  {
    name: 'code calls `OJ CRP1 47 JAI.1 GIP.1 DGD1 (EC3) x1. 1 A 9120/25 MC/ff 1 JAI.1 LIMITE FR ` runs',
    fragment: 'OJ CRP1 47 JAI.1 GIP.1 DGD1 (EC3) x1. 1 A 9120/25 MC/ff 1 JAI.1 LIMITE FR ',
  },
  // Footnote numbers plain pdftotext printed apart, after a page's cut word or glued to it, before texts and addresses
  // (flat-apart-numbers.ts APART_RUN, GLUED_RUN, withAddresses), before a footer.
  {
    name: 'flat apart footnotes `or other 4 5 Doc. 1/25. https://a.eu/x/ y-z proced1 2 A. 9120/25 MC/ff 1 JAI.1 LIMITE FR ` runs',
    fragment: 'or other 4 5 Doc. 1/25. https://a.eu/x/ y-z proced1 2 A. 9120/25 MC/ff 1 JAI.1 LIMITE FR ',
  },
  // Addresses a page run into one line cut at a hyphen, a slash or before an escaped character (flat-hyphens.ts joinAddressCuts, WRAPPED_ADDRESS).
  { name: 'flat addresses `https://a.eu/x- y/ z-net- works %E2 ` runs', fragment: 'https://a.eu/x- y/ z-net- works %E2 ' },
  { name: 'flat addresses `x- y/ z-net- works %E2 ` runs', fragment: 'x- y/ z-net- works %E2 ' },
  // A compound's last part cut after its own hyphen (flat-hyphens.ts CUT_INSIDE), and a -layout heading's title wrapped
  // under itself, its line break a gap as wide as the number's column (flat-heading-wraps.ts), on a page run into one line.
  { name: 'flat compound cuts `a-b-c- d cyber-at- tacks ` runs', fragment: 'a-b-c- d cyber-at- tacks ' },
  // A compound's hyphen repeated after a former line's end (flat-hyphens.ts REPEATED_HYPHEN, compound-hyphens.ts), run on.
  { name: 'flat repeated hyphens `polsko- -niemiecki deutsch- französischen a-   - ` runs', fragment: 'polsko- -niemiecki deutsch- französischen a-   - ' },
  { name: 'flat heading wraps `done. 1.      Ab c         (X) ` runs', fragment: 'done. 1.      Ab c         (X) ' },
  // Dash items run on after a subject, each a sentence, on a page run into one line (body-start.ts dashListAt).
  { name: 'dash items after a value `Ab - The cd - Ef. - ` runs', fragment: 'Ab - The cd - Ef. - ' },
  // A flattened page's watermark pieces beside a sentence's `IT` and footers' languages (watermark.ts withoutFlatWatermark, watermarkPieces, isFooterLanguage), run on.
  {
    name: 'flat watermark pieces `ab IT cd. LI Ef M g, IT h E 9267/25 GG/mr LIMITE 2 IT ` runs',
    fragment: 'ab IT cd. LI Ef M g, IT h E 9267/25 GG/mr LIMITE 2 IT ',
  },
  // Footers inside a line, each with the marking the next page prints at its top after it (inline-footers.ts PAGE_TOP_MARKING), run on.
  {
    name: 'footers and the next page’s marking `ab 9927/1/16 REV 1 EB/dk 1 DGD 1C LIMITE EN LIMITE ` runs',
    fragment: 'ab 9927/1/16 REV 1 EB/dk 1 DGD 1C LIMITE EN LIMITE ',
  },
  // Footers glued to a cut word, their language missing, so that none ends the line (inline-footers.ts GLUED_START, FOOTER_TO_END), run on.
  { name: 'glued footers `ab boost9267/25 JAI.1 GG/mr LIMITE 2 ` runs', fragment: 'ab boost9267/25 JAI.1 GG/mr LIMITE 2 ' },
  // Dash items each a whole sentence whatever word opens them, their dashes alone on lines too, and capitalised words
  // over a `-layout` line's indent (body-start.ts isDashSentence, DASH_SENTENCE, INNER_DASH_ITEM, NAME_RUN_REACH), run on.
  { name: 'dash sentences after a value `Ab - Cd e. -\\nFg h -\\n` runs', fragment: 'Ab - Cd e. -\nFg h -\n' },
  { name: 'name runs over an indent `ab Cd            Ef g. ` runs', fragment: 'ab Cd            Ef g. ' },
  // Dash items after sentences' ends on a page run into one line, a sub-heading's item over its text, under a header's
  // labels printed first (flat-bullets.ts SENTENCE_DASH, withFirstItems, titleApart; label-values.ts fallbackLength).
  { name: 'flat sentence dashes `Ab cd. - The ef Gh. – Ij: Kl: mn Op. ` runs', fragment: 'Ab cd. - The ef Gh. – Ij: Kl: mn Op. ' },
  // A German title's line cut after its adjective, the noun under it, as a viewer copies it (numbered-title.ts GERMAN_ADJECTIVE_END).
  { name: 'viewer adjective titles `4. Aktuelle\nEntwicklungen im\n` runs', fragment: '4. Aktuelle\nEntwicklungen im\n' },
  // A numbered title's line cut after a title word or over its name's acronym, as a viewer copies it (numbered-title.ts titleGoesOnUnder).
  { name: 'viewer title rests `1. Ab on the\\nCd (EF)\\n` runs', fragment: '1. Ab on the\nCd (EF)\n' },
  // A table of contents' numbers and pages plain pdftotext prints as columns, on a page run into one line (flat-contents.ts contentsColumnEnd).
  { name: 'flat contents columns `done. 4. 5. 5.1 17 19 ` runs', fragment: 'done. 4. 5. 5.1 17 19 ' },
  { name: 'flat contents columns `1. 2. 2.1 2.2 ` runs', fragment: '1. 2. 2.1 2.2 ' },
  // Another table's header row of headings side by side on a -layout page run into one line (flat-layout-table.ts otherHeaderRows).
  { name: 'flat other tables ` Member State      Unit      Status ` runs', fragment: ' Member State      Unit      Status ' },
  { name: 'flat other tables ` Aa      Bb      Cc  Dd      Ee ` runs', fragment: ' Aa      Bb      Cc  Dd      Ee ' },
  // A page's line holding one item, its title before its sentence (flat-lines.ts `loneItem`).
  { name: 'flat `5. Drugs COSI took note of 1/25, ` runs', fragment: '5. Drugs COSI took note of 1/25, ' },
  // A Commission document's annexes or part after its number (commission-tail.ts COMMISSION_TAIL, in value-shapes.ts's
  // references), as the Commission document's value and on a line (flat-lines.ts annexNumberAt: a dotted range's first number).
  { name: 'Commission tails `COM(2025) 1 final - ANNEXES 1.–3. ` runs', fragment: 'COM(2025) 1 final - ANNEXES 1.–3. ', place: 'commission' },
  { name: 'Commission tails `SWD(2025) 1 final PART 1/2 final/2 - ANNEX ` runs', fragment: 'SWD(2025) 1 final PART 1/2 final/2 - ANNEX ', place: 'commission' },
  { name: '`COM(2025) 1 final - PIELIKUMI 1.–3. ` runs', fragment: 'COM(2025) 1 final - PIELIKUMI 1.–3. ' },
  // Annexes without a dash before a word in small letters (commission-tail.ts NO_WORDS_ON) and words for annex with a number (no code).
  { name: 'Commission tails `COM(2025) 1 final ANNEXES 1.–3 to ANNEX 1 ` runs', fragment: 'COM(2025) 1 final ANNEXES 1.–3 to ANNEX 1 ', place: 'commission' },
  // body-start.ts's look-behinds: a range's closing number after the word between (INLINE_MARKER), a word for annex after a spaced dash (HEADINGS).
  { name: '`- PRILOZI 1. do 3. RADNI ` runs', fragment: '- PRILOZI 1. do 3. RADNI ' },
  { name: '`xx - ANNEX – ANHANG ` runs', fragment: 'xx - ANNEX – ANHANG ' },
  // Days tied to a subject by a word or a day before them, and a day of the week before a date (body-start.ts DAY_HEADING's look-behind and WEEKDAY), run on.
  { name: '`on 18 and Tuesday 19 November 2025 ` runs', fragment: 'on 18 and Tuesday 19 November 2025 ' },
  // Dates before capitals with no word in small letters after them (body-start.ts SUBJECT_DATE_THEN_SENTENCE: the sentence after the date a subject ends with), run on.
  { name: '`del 9 de junio de 2020 Ab 9 June 2020 AB 1 ` runs', fragment: 'del 9 de junio de 2020 Ab 9 June 2020 AB 1 ' },
  // Maltese days with their articles (head-anchors.ts DAY_ARTICLE in DAY_FIRST and DAYS_BEFORE; value-shapes.ts DAYS_OF_MONTH), run on.
  { name: "`is-17 u t-18 ta' Marzu 2026 ` runs", fragment: "is-17 u t-18 ta' Marzu 2026 " },
  // Calls one space or many after their word, before a punctuation mark or not, in the subject (labels.ts callsGlued: SPACED_CALL_BEFORE_MARK), run on.
  { name: '`2015 ^2. x ^{1, 2} y          ¹: ` runs', fragment: '2015 ^2. x ^{1, 2} y          ¹: ' },
  // Day lines with their weekday, the Maltese article capitalised, over the part of the day in brackets (head-anchors.ts WEEKDAY; body-start.ts DAY_LINE_ABOVE_ITEM, DAY_SESSION), lines run on.
  {
    name: "day lines `It-Tlieta, is-17 ta' Marzu 2026` / `(délelőtt)` runs",
    fragment: "It-Tlieta, is-17 ta' Marzu 2026\n(délelőtt)\n2026. március 17., kedd\n(délután)\n",
  },
  // Latvian days with the year first before an item's number (value-shapes.ts YEAR_FIRST_DAYS; body-start.ts INLINE_MARKER; flat-lines.ts MONTH_BEFORE), run on.
  { name: '`2026. gada 17. un 18. martā 1. ` runs', fragment: '2026. gada 17. un 18. martā 1. ' },
  // Lines of two days with the year first (head-anchors.ts DAYS_LINE, a unit's opening in normalise.ts), lines run on.
  { name: 'lines `2026. március 17–18.` runs', fragment: '2026. március 17–18.\n' },
  // The PUBLIC marking above the labels (head-anchors.ts PUBLIC_MARKING, the stamp `LIMITE PUBLIC`), after what may stand before it.
  { name: 'head `LIMITE PUBLIC /25 PUBLIC REV 1 PUBLIC ` runs', fragment: 'LIMITE PUBLIC /25 PUBLIC REV 1 PUBLIC ', place: 'head' },
  // A notice's dashed points listing documents between them, run on in an item's title (flat-lines.ts pointListingDocuments).
  { name: '`- Interim Strategic Assessment 5678/18 ` runs', fragment: '- Interim Strategic Assessment 5678/18 ' },
  // Sub-points lettered in the Greek and Cyrillic alphabets, run on (decisions.ts SUB_POINT_HEADING, POINT_LABEL; numbered-title.ts NUMBERED_START).
  { name: '`β) Περαιτέρω б) Бъдещи (ii) ` runs', fragment: 'β) Περαιτέρω б) Бъдещи (ii) ' },
  // Bodies' names begun and left off, acronyms joined by a slash or a dash, a joint meeting's words (entries/committees.ts BODIES, JOINT), run on in the subject.
  {
    name: '`Strategischen Ausschusses für Einwanderungs-, Grenz- COSI–SAEGA+/ gemeinsamen ` runs',
    fragment: 'Strategischen Ausschusses für Einwanderungs-, Grenz- COSI–SAEGA+/ gemeinsamen ',
  },
  // A notice's venue, the header's last value, its postcode and city before a sentence (venue-end.ts venueEnd), run on.
  { name: 'venue `, 1048 An Bhruiséil Tá, B-1048 BRUXELLES-Ville ` runs', fragment: ', 1048 An Bhruiséil Tá, B-1048 BRUXELLES-Ville ', place: 'venue' },
  // `Time:` rows' days and hours (value-shapes.ts TIME_ROW, isDayAndHourLine; label-values.ts hourInLine) under a column of labels, run on.
  { name: 'time rows `17. februar 2026, kl. 09.30 (18. februar 2026) ` runs', fragment: '17. februar 2026, kl. 09.30 (18. februar 2026) ', place: 'time' },
  // `Time:` rows' spans (value-shapes.ts ROW_HOUR: `10 h 00 – 18 h 00`, `de 10 h à 13 h`, `10.00 – 18.00 Uhr`) under a column of labels, run on.
  { name: 'time spans `10 h 00 – 18 h 00 de 10 h à 13 h 10.00-18.00 Uhr ` runs', fragment: '10 h 00 – 18 h 00 de 10 h à 13 h 10.00-18.00 Uhr ', place: 'time' },
  // A meeting's days' hours (document/meeting-times.ts HOUR, SPAN_BETWEEN): hours almost whole and dates in figures in a `Time:` row of a meeting over two days, run on.
  { name: 'day times `10 h 1 h 10.0 10:0 17.02.20 9h – ` runs', fragment: '10 h 1 h 10.0 10:0 17.02.20 9h – ', place: 'time' },
  // A day's hours in words under its heading (items/day-hours.ts WORDED_HOURS_LINE), almost a span, run on.
  { name: 'worded day hours `kl. 10.00 – 13.00 10 h 00 – ` runs', fragment: 'kl. 10.00 – 13.00 10 h 00 – ' },
  // A venue and its format's word on one line under a column of labels `Venue:` / `Format:` (value-shapes.ts
  // formatWordLength; label-values.ts wordInLine), the words almost a format's, run on.
  { name: 'format words `1048 Brussels video conferenc hybri in persona ` runs', fragment: '1048 Brussels video conferenc hybri in persona ', place: 'format' },
  // A `Time:` row's hour printed under the venue's lines, over item 1 (label-values.ts hourBelowBlank, holdsHour;
  // hour-over-item.ts), the values figures almost an hour's, run on; and on a page run into one line after the word for
  // o'clock (flat-lines.ts HOUR_WORD_RIGHT_BEFORE).
  { name: 'hour over item `1048 Bryssel kl. 10.0 – 18.0 1. ` runs', fragment: '1048 Bryssel kl. 10.0 – 18.0 1. ', place: 'hour' },
  { name: '`1048 Bryssel kl. 10.00 – 18.00 1. ` runs', fragment: '1048 Bryssel kl. 10.00 – 18.00 1. ' },
  // A venue's address ending in a city the Council meets in before a capitalised word (venue-end.ts venueEnd,
  // SEAT_CITIES; formatAfterAddress), under `Venue:` / `Format:` and as the header's last value, run on.
  { name: 'seat city `, 1048 Brüsszel A Webex, L-1499 An Bhruiséil ` runs', fragment: ', 1048 Brüsszel A Webex, L-1499 An Bhruiséil ', place: 'format' },
  { name: 'seat city venue `, 1048 Brüsszel A Webex, L-1499 An Bhruiséil ` runs', fragment: ', 1048 Brüsszel A Webex, L-1499 An Bhruiséil ', place: 'venue' },
  // A venue in a city a Presidency meets in, postcodes of two parts and a district's number (venue-end.ts POSTCODE,
  // VENUE_POSTCODE, CITY_WORD, ADDRESS_END), and a tool's name after it (TOOL_AT_END, toolAtEnd; formatAfterAddress),
  // under `Venue:` / `Format:` and as the header's last value, run on.
  { name: 'presidency venue `, 110 00 Praha 1 00-901 Ab, 1000-001 ` runs', fragment: ', 110 00 Praha 1 00-901 Ab, 1000-001 ', place: 'venue' },
  { name: 'presidency format `, 1000 København MS Teams 00-901 Praha 1 ` runs', fragment: ', 1000 København MS Teams 00-901 Praha 1 ', place: 'format' },
  // A city of several words with the small words between them, a postcode of figures and capitals (venue-end.ts
  // PARTICLES, CITY_NAME, OPENS_SENTENCE, ADDRESS_END), a postcode after its city (TRAILING_POSTCODE), a tool's name
  // almost whole (TOOL_AT_END), under `Venue:` / `Format:` and as the header's last value, run on.
  {
    name: 'city words `, 38001 Santa Cruz de la Tenerife 2517 JW ’s-Haag am ` runs',
    fragment: ', 38001 Santa Cruz de la Tenerife 2517 JW ’s-Haag am ',
    place: 'venue',
  },
  {
    name: 'city words format `, 38001 Santa Cruz de la Tenerife 2517 JW ’s-Haag am ` runs',
    fragment: ', 38001 Santa Cruz de la Tenerife 2517 JW ’s-Haag am ',
    place: 'format',
  },
  { name: 'postcode after city `Dublin 2, D02 X28 Valletta VLT 164 ` runs', fragment: 'Dublin 2, D02 X28 Valletta VLT 164 ', place: 'venue' },
  { name: 'postcode after city format `Dublin 2, D02 X28 Valletta VLT 164 ` runs', fragment: 'Dublin 2, D02 X28 Valletta VLT 164 ', place: 'format' },
  { name: 'tool names `room 50.4 Webe MS Team Microsoft Skype for ` runs', fragment: 'room 50.4 Webe MS Team Microsoft Skype for ', place: 'format' },
  // One word of a city's letters with no space, each letter a city's first (venue-end.ts TRAILING_POSTCODE, endsAddress: a line's words looked at from their first letter only).
  { name: 'one word `DublinVLT` runs', fragment: 'DublinVLT', place: 'format' },
  { name: 'one word venue `DublinVLT` runs', fragment: 'DublinVLT', place: 'venue' },
  // A format's words after a venue's address with no `Format:` row, the venue the header's last value (venue-end.ts
  // formatLengthAt, AFTER_FORMAT, TOOL, opensSentence, formatEndingVenue; meeting-values.ts venueStart), run on; the
  // line ends in a format's word, so that each address before it is looked at.
  {
    name: 'venue format `, 1048 Ciudad Real videoconference In person MS Teams Webex ` runs',
    fragment: ', 1048 Ciudad Real videoconference In person MS Teams Webex ',
    place: 'venue',
  },
  // The agenda's heading after a notice's hour, the header's last value (meeting-values.ts agendaHeadingStart), its words almost whole, run on.
  {
    name: 'agenda heading `10.00 Provisional agend Ordre du jour provisoir ` runs',
    fragment: '10.00 Provisional agend Ordre du jour provisoir ',
    place: 'time',
  },
  // A day's hours above its first item, a word for hours after them (items/day-hours.ts HOURS_LINE, SPAN; items.ts numberedHeading), run on.
  { name: 'day hours `10.00 –  13.00 uur 09:30-13:00 ч. ` runs', fragment: '10.00 –  13.00 uur 09:30-13:00 ч. ' },
  // A venue and its format's figures on one line under a column of labels `Venue:` / `Format:` (label-values.ts
  // FORMAT_CODE: `1`, `1+2+1`, `(2)`), the figures almost a format's, run on.
  { name: 'format figures `1048 Brussels (2 1+2+ (1+2 2) ` runs', fragment: '1048 Brussels (2 1+2+ (1+2 2) ', place: 'format' },
  // Values after their labels on one line, a sender in small letters without a shape of its own, a list under the line
  // (label-values.ts fallbackLength: each word tried as the next value's opening).
  // Labels printed after their values and before the kind on a page run into one line (values-above-labels.ts valuesBeforeLabelsInLine).
  { name: 'values before labels `9/25 LIMITE AB 1 Ab From: To: E NOTE ` runs', fragment: '9/25 LIMITE AB 1 Ab From: To: E NOTE ', place: 'head' },
  { name: 'inline values `présidence ab Cd ef ` runs', fragment: 'présidence ab Cd ef ', place: 'labels' },
  { name: 'inline values `ab Delegations of cd ` runs', fragment: 'ab Delegations of cd ', place: 'labels' },
];

/**
 * Where a row's long line stands other than an item's text, its title and the subject: above the header, as the
 * Commission document's value, as a notice's venue (the header's last value), or as the values under a notice's
 * column of labels `Venue:` / `Time:` (`time`, or `hour` with the hour over item 1 under them) or `Venue:` / `Format:` (`format`),
 * or after the labels `Subject:` / `Date:` / `Time:` printed first (`days`).
 */
type Place = 'head' | 'commission' | 'venue' | 'time' | 'hour' | 'format' | 'labels' | 'days';

const SEED = 'content/sources/000_fcebac5ee47826ac.txt';

/** The header of a real outcome of proceedings (everything up to its first day heading). */
const HEADER = readFileSync(SEED, 'utf8').split('\n18 November 2025\n')[0] ?? '';

/** The agenda of the same outcome: what the whole-document measurement repeats. */
const AGENDA = readFileSync(SEED, 'utf8').slice(HEADER.length);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Milliseconds to ingest one source text: decode its bytes, parse, write the collections (in memory). */
function ingestMs(text: string): number {
  const bytes = new TextEncoder().encode(text);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const decoded = decodeSource(bytes);
    if (decoded.ok) {
      const record = parseDocument(decoded.text, 'content/sources/bench.txt');
      if (record.status === 'ok') toCollections([record]);
    }
    times.push(performance.now() - started);
  }
  return median(times);
}

/** One adversarial line of `length` characters, placed as an item's text, an item's title and the subject. */
function withLongLine(fragment: string, length: number): string {
  const line = fragment.repeat(Math.ceil(length / fragment.length)).slice(0, length);
  return `${HEADER.replace(/Subject:\t.*/, `Subject:\t${line}`)}\n18 November 2025\n\n1. ${line}\n\nCOSI took note of ${line}\n`;
}

/**
 * One line of `length` characters above the header (`head`), as the Commission document's value above the subject
 * (`commission`), as a venue under the subject (`venue`), as the values of a column of labels `Venue:` / `Time:` (`time`;
 * `hour`: the hour over item 1 under them) or `Venue:` / `Format:` (`format`), or as the values after labels printed first on their line, a list's item under it
 * (`labels`: a page run into one line; `days`: a subject, then the line under `Date:` / `Time:`).
 */
function withLongLineAt(place: Place, fragment: string, length: number): string {
  const line = fragment.repeat(Math.ceil(length / fragment.length)).slice(0, length);
  const header =
    place === 'head'
      ? `${line}\n\n${HEADER}`
      : place === 'venue'
        ? `${HEADER.trimEnd()}\nVenue:\t${line}\n`
        : place === 'time'
          ? `${HEADER.trimEnd()}\nVenue:\nTime:\n\n${line}\n`
          : place === 'hour'
            ? `${HEADER.trimEnd()}\nVenue:\nTime:\n\n${line}\n\n10.00 – 18.00 1. Adoption of the agenda\n`
            : place === 'format'
              ? `${HEADER.trimEnd()}\nVenue:\nFormat:\n\n${line}\n`
              : place === 'labels'
                ? `${HEADER.slice(0, HEADER.indexOf('From:'))}From: To: Subject: ${line}\n- The Presidency sent a note.\n`
                : place === 'days'
                  ? `${HEADER.slice(0, HEADER.indexOf('From:'))}Subject: Date: Time: COSI ${line}\n`
                  : HEADER.replace(/\nSubject:\t/, `\nNo. Cion doc.:\t${line}\nSubject:\t`);
  return `${header}\n18 November 2025\n\n1. Adoption of the agenda\n\nThe agenda was adopted.\n`;
}

/** One sentence of `length` characters, the text of an item (a line as long as an item's title is no item). */
function withLongSentence(fragment: string, length: number): string {
  const line = fragment.repeat(Math.ceil(length / fragment.length)).slice(0, length);
  return `${HEADER}\n18 November 2025\n\n1. Long decisions\n\n${line}\n`;
}

/** An outcome of proceedings of about `bytes` bytes: the seed's agenda repeated with fresh item numbers. */
function bigSource(bytes: number): string {
  const parts = [HEADER];
  let size = HEADER.length;
  for (let copy = 0; size < bytes; copy++) {
    const agenda = AGENDA.replace(/^(\d+)\. /gm, (_match, number: string) => `${copy * 10 + Number(number)}. `);
    parts.push(agenda);
    size += agenda.length;
  }
  return parts.join('\n');
}

function ratio(a: number, b: number): string {
  return a > 0 ? (b / a).toFixed(1) : '–';
}

function main(): void {
  const out: string[] = [];
  out.push(`Median of ${RUNS} runs, in milliseconds: decode + parse + collection files, in-process as the CLI does.`, '');
  const [first = 0, , last = 0] = LINE_LENGTHS;
  const columns = LINE_LENGTHS.map((length) => `${length.toLocaleString('en')} chars`).join(' | ');
  out.push(`| long line of | ${columns} | ${last / 1000}k / ${first / 1000}k |`, '| --- | ---: | ---: | ---: | ---: |');
  ingestMs(HEADER + AGENDA); // warms up: the first ingest compiles the patterns
  const only = option('--only');
  for (const { name, fragment, sentence, place } of FRAGMENTS.filter((row) => only === undefined || row.name.includes(only))) {
    const source = place !== undefined ? withLongLineAt.bind(null, place) : sentence === true ? withLongSentence : withLongLine;
    const times = LINE_LENGTHS.map((length) => ingestMs(source(fragment, length)));
    out.push(`| ${name} | ${times.map((t) => t.toFixed(0)).join(' | ')} | ${ratio(times[0] ?? 0, times[2] ?? 0)} |`);
    process.stderr.write(`bench:redos: ${name} done\n`);
  }
  if (only !== undefined) {
    process.stdout.write(`${out.join('\n')}\n`);
    return;
  }
  out.push('', '| whole source | 1.25 MB | 2.5 MB | 5 MB | 5 MB / 1.25 MB |', '| --- | ---: | ---: | ---: | ---: |');
  const times = SOURCE_SIZES.map((bytes) => ingestMs(bigSource(bytes)));
  out.push(`| the agenda of 15912/25 repeated (items renumbered) | ${times.map((t) => t.toFixed(0)).join(' | ')} | ${ratio(times[0] ?? 0, times[2] ?? 0)} |`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
