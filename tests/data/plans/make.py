#!/usr/bin/env python3
"""Swedish action plans (and documents with numbered lists that are no actions), typeset by
real producers.

Each shape is written once as a list of blocks and rendered three times:

  NAME.docx        by python-docx: Heading styles, Word tables, bold runs, Word's own number
                   lists (the numbers are Word's, not in the text), a table of contents set
                   with a right tab stop and dot leaders; ingested as is;
  NAME.lo.pdf      LibreOffice's PDF of that .docx (soffice --headless --convert-to pdf);
  NAME.pdftex.pdf  pdfTeX's PDF of a LaTeX rendering (sections, tabular, enumerate,
                   \\dotfill table of contents);
  NAME.chrome.pdf  Chromium's PDF (headless, print to PDF) of an HTML rendering, for the
                   shapes of the fourth blind check (CHROME);

and NAME.want.json holds what every one of them must give: the actions in order, each
with its number and title and, where the document has them, its responsible party, timeline
and cost. A shape that is no action plan wants no action at all.

The shapes are modelled on how Swedish municipal plans are laid out, not on any one file:

  toc-action-list   a numbered table of contents ("1 Inledning ..... 3", "2 Åtgärder ..... 4")
                    and, in section 2, an action list numbered by Word;
  toc-dotted-list   a table of contents whose entries are numbered "1." like the list itself,
                    and actions as bold "N. Title" lines with labelled Ansvarig / Tidplan lines;
  table-plan        a table Nr | Åtgärd | Ansvar | Tidplan | Kostnad under "Handlingsplan",
                    after a table of indicators (no action column);
  atgard-paragraphs actions as "Åtgärd 3: Title" paragraphs, each with its description and
                    "Ansvar:" / "Tidplan:" / "Kostnad:" lines;
  area-letters      actions numbered by area letter ("A1", "A2", "B1") in a table whose action
                    cell starts with the number (no number column);
  goal-grouped      goals "Mål 1 …" with actions "Åtgärd 1.1 …" under each (the goals are no
                    actions);
  letter-suffix     actions numbered "1a", "1b", "2a" under numbered themes;
  appendix-table    a plan whose body lists its goals as a numbered list and whose appendix
                    holds the action table (Nr | Aktivitet | Ansvarig | Klart | Status);
  climate-table     four theme headings "1 Energi" … with a table each, Nr | Åtgärd |
                    Förvaltning | Ansvarig | Tidsplan, rows "1.1" … "2.10" whose cells wrap,
                    one table running on over a page with its header row repeated;
  bullet-codes      actions as bullets opening with a code ("Å1 …") under "Åtgärder";
  insats-codes      "Insats 1.1 Title" lines under "Område N" headings, with "Ansvar:"/"När:";
  heading-actions   actions as third-level headings "3.1.2 Title" with one line "Ansvarig: …
                    Tidplan: …";
  landscape-table   a landscape page with Nr | Aktivitet | Beskrivning | Ansvarig | Klart,
                    numbers "A.1", "B.2";
  goal-list, requirements, agenda, conclusions, report-sections, motion, regulation, kallelse,
  budget-uppdrag, follow-up
                    no actions: a list of goals under "Mål", numbered requirements of a
                    procurement, a council agenda whose items name plans, a report's numbered
                    conclusions, a report's numbered chapters and sections ("2.1 Åtgärder
                    som redan genomförts" among them), a motion's numbered att-satser,
                    local regulations ("3 §" with numbered points), a board's notice of a
                    meeting with its numbered items and diary numbers, a budget's numbered
                    "Uppdrag N", a follow-up report citing action numbers in prose.

Written as a third blind check (before any rule changed for them):

  goal-delmal       "Mål N" headings, "Delmål N.M" lines and under each a table Åtgärd | Ansvar |
                    Tid | Kostnad | Indikator with action cells "1.1.1 Title";
  a-codes-twocol    actions "A1 Title" … in two columns with "Ansvarig:" lines;
  margin-numbers    the number alone in a left table column, the title and fields beside it;
  status-plan       a followed-up plan, Nr | Åtgärd | Ansvarig | Status | Kommentar;
  verksamhetsplan, delegationsordning, status-prose
                    no actions: goals with numbered indicator tables, a delegation order's
                    numbered items with delegates, statuses "Åtgärd 1 har genomförts …" in order.

Written as a fourth blind check (before any rule changed for them):

  letter-rows       one table Nr | Åtgärd | Ansvarig | Tidplan whose rows "1a", "1b", "2a" sit
                    under theme rows spanning the table;
  atgard-headings   actions as Heading 2 "Åtgärd 3: Title" with plain "Ansvar: …" / "Tidplan: …"
                    paragraphs;
  long-landscape    24 actions in a landscape table over three pages, its header row repeated;
  goal-tree         a two-level list numbered by the producer: goals "1." and actions "1.1";
  nr-vad            a table Nr | Vad ska göras? | Vem ansvarar? | När? | Kostnad;
  remissvar, budget-rows, toc-only, uppfoljning
                    no actions: a consultation answer by the proposal's points ("Punkt 4.2:
                    …"), a budget's numbered rows with a sum, a cover and table of contents
                    alone, a follow-up naming actions by number inside sentences.

Written as a fifth blind check (before any rule changed for them), printed by Chromium and
by WeasyPrint from the same HTML (NAME.weasy.pdf) as well:

  regional-insatser rows "Insats 1.1" under merged theme rows "Insatsområde 1: …";
  nr-right          Åtgärd | Ansvarig | Tidplan | Nr, the titles first and the numbers last;
  aktiviteter-budget "Aktiviteter 2025": Nr | Aktivitet | Ansvarig förvaltning | Start |
                    Klart | Budget (tkr);
  acronym-status    responsible offices as acronyms (SBK, MF, KSF) with a table of
                    abbreviations, Prioritet and Status (Pågår/Klar) columns;
  colon-numbers     "1:1 Title" bold lines under "Fokusområde N" with "Ansvar: … Tid: …";
  word-multilevel   a table of contents and a two-level list numbered by Word: areas "1.",
                    actions "1.1";
  law-text, project-plan, recommendations, tjansteskrivelse
                    no actions: a law's "2 kap. 1 §" with numbered points ("vidta följande
                    åtgärder"), a project's numbered milestones and risks (a risk table with an
                    "Åtgärd" column), an audit's "Rekommendation N: …", an official's memo
                    proposing to adopt a plan ("Förslag till beslut" numbered).

Written as a sixth blind check (before any rule changed for them), by all five producers
(Word, LibreOffice, pdfTeX, Chromium, WeasyPrint):

  region-atgard     "Strategiområde N" headings, bold "Åtgärd 1.2 – Title" lines and one line of
                    labels "Ansvarig aktör: … Genomförande: …";
  field-headings    actions as numbered headings "3.1 Title" under "3 Åtgärder" with one line
                    "Ansvar: … Tidplan: … Kostnad: …"; other chapters numbered "1.1", "2.2";
  status-landscape  a landscape table Nr | Åtgärd | Ansvarig | Tidplan | Status | Uppföljning
                    with merged theme rows and long follow-up cells;
  dotted-letters    bold "A.1 Title" lines under "Del A …" headings with "Ansvarig: … Klart: …";
  two-page-table    18 rows Nr | Åtgärd | Ansvarig | Tidplan over two pages, header repeated;
  restart-chapters  chapters each with "Åtgärder" numbered from 1 again (wanted as printed);
  toc-sections      a table of contents listing the actions "3.1 …" that are numbered headings;
  mal-headings, kontoplan-budget, numbered-report
                    no actions: "Mål N: …" goals with indicator tables, a budget by cost type
                    with rows "1.1 Löner", a report with a table of contents and headings
                    "1.1", "3.2 Förslag till åtgärder" and numbered conclusions;
  foreskrift        (added after the sixth check's fixes) no actions: a regulation's "14 §"
                    paragraphs, long enough to wrap, each followed by numbered points, under
                    a heading "Åtgärder mot brand och explosion".

Written as a seventh blind check (2026-12-03, before any rule changed for them), by all five
producers:

  h3-ansvar         actions as Heading 3 "3.1.1 Inför …" with labelled lines of their own
                    "Ansvar: …", "Samverkan: …", "Tidsram: …";
  theme-column      Tema | Nr | Åtgärd | Ansvarig | Tidplan, the theme cell merged down over its
                    rows;
  atgard-cards      action cards: a two-column table per action, "Åtgärd 1" | title, then
                    Beskrivning / Ansvarig / Tidplan / Kostnad rows;
  code-table        Id | Åtgärd | Ansvar | Klart with ids "Å1" … "Å5";
  a-headings        "Område A: …" headings over Heading 3 actions "A1 Title";
  landscape-seven   a landscape table Nr | Åtgärd | Syfte | Ansvar | Samverkan | Tid | Kostnad;
  uppfoljning-status a follow-up report whose table repeats the actions with "Status december
                    2025" (Genomförd, Pågår, Delvis genomförd, Ej påbörjad): actions with status;
  budget-uppdrag-table, policy-principles, kursplan, ordningsforeskrifter, dagordning
                    no actions: a budget's assignments in a table Nr | Uppdrag | Ansvarig nämnd |
                    Redovisas (an assignment of a budget is a decision, not a plan's action; as
                    for budget-uppdrag), a policy's imperative principles "Var tydlig med …", a
                    syllabus's numbered learning goals, local regulations "9 §" with points and
                    an appendix table of places, an agenda table Nr | Ärende | Dnr | Föredragande.

  Before any rule changed (new shapes only, 60 files): number and title 147/180, responsible
  147/180, timeline 134/155, cost 25/45, status 14/25, other columns 49/50, invented 1 (a
  wrapped cell's line "30 km/h vid skolor" in theme-column.lo), 0 on the negatives. Missed:
  every action card (0/20), uppfoljning-status from Chromium and WeasyPrint (0/10).
  All shapes then: number and title 1052/1102, responsible 875/920, timeline 807/834, cost
  136/156, status 78/90.
  After its fixes (action cards read by rows, a header cell wrapped over three lines, a
  number opening a cell's next line before a small letter is no action): new shapes 179/180,
  responsible 177/180, timeline 154/155, cost 45/45, status 24/25, 0 invented; all shapes
  1084/1102, responsible 905/920, timeline 827/834, cost 156/156, status 88/90, 0 invented
  outside the known gaps. What is left are faults of the PDF reader (KNOWN_GAPS in
  tests/it/structure_plan_producers.rs).

Written as an eighth blind check (2026-12-03, before any rule changed for them), by all five
producers:

  runin-facts       actions as bold run-in headings "Åtgärd 3. Öka …." opening a paragraph of
                    prose, each followed by a fact box without a header (Ansvar /
                    Samverkanspart / Finansiering / Indikator);
  gantt-table       a landscape Gantt table Nr | Åtgärd | Ansvarig | K1 2026 … K4 2027 with "X"
                    marks;
  goal-restart      "Mål N: …" headings with a producer-numbered list restarting at 1 under
                    each: wanted as "2.3" (the third under "Mål 2"), as restart-chapters;
  twocol-numbered   bold "N. Title" lines with "Ansvar:" / "Klart:" in two columns;
  bilaga-atgardslista prose mentioning "Åtgärd 4 förutsätter …", "åtgärderna 2 och 5", and
                    the action table in "Bilaga 1 Åtgärdslista" (mentions are no actions);
  checklist-plan    a checklist "☐ 1. Title" with "Ansvarig:" lines under area headings;
  english-actions   an English version: Heading 2 "Action 1: Title", "Responsible:",
                    "Timeline:";
  riskanalys, beslut-list, krav-upphandling, arsredovisning-noter
                    no actions: a risk analysis whose numbered risks carry a "Föreslagen
                    åtgärd" column and "Risk 3: …" paragraphs (a risk is no action: its title
                    names a threat, the measure is a suggestion for the plans that follow), a
                    working group's notes with a numbered "Beslut" list, a procurement's
                    "Krav 3.2.1 Leverantören ska …" lines and requirement table, an annual
                    report's "Not 1" … "Not 12".

  Before any rule changed (new shapes only, 55 files): number and title 125/190, responsible
  65/145, timeline 37/75, invented 0, 0 on the negatives. Missed: runin-facts (0/20; the
  .docx gives the titles with the paragraph's prose run on, pdfTeX 2 with a line of prose),
  checklist-plan (0/25), english-actions (0/20). All shapes then: number and title
  1216/1292, responsible 970/1065, timeline 864/909.
  After its fixes (every list-marker glyph is a bullet: "☐", "□", "✓", "➢" as "•"; a labelled
  item's line weight does not part its group, since a run-in heading's line is as often the
  prose's weight; a run-in title is the paragraph's first sentence; a label cell alone
  beside its value, "Ansvar | Region Ekby", is a field; "Action N", "Responsible",
  "Timeline", "Cost" as the English versions say them): new shapes 190/190, responsible
  130/145, timeline 57/75, 0 invented; all shapes 1281/1292, responsible 1035/1065,
  timeline 884/909, 0 invented outside the known gaps. What is left is a fault of the PDF
  reader: twocol-numbered's balanced columns from LibreOffice, Chromium and WeasyPrint are
  read in bands across both columns, so the "Ansvar:"/"Klart:" lines of actions 1–3 stand
  after action 4's (the titles are right: items out of order are sorted).

Written as a ninth blind check (2026-12-03, third session, before any rule changed for them),
by all five producers:

  paren-numbers     typed paragraphs "1) Title" with "Ansvarig:" / "Tidsperiod:" lines;
  hyphen-codes      bold "EN-01 Title" lines under "Energi (EN)" headings, codes by area with a
                    hyphen, and one line of labels "Ansvar: …  Klart: …";
  atgard-nr-beskrivning a table Åtgärd nr | Beskrivning | Ansvarig | Tidplan: the number under
                    "Åtgärd nr", the title under "Beskrivning";
  captioned-table   two tables each opening with a caption row spanning it ("Handlingsplan
                    2026") above the header row, the numbers running on between them;
  headerless-rows   tables without a header row, "1.1 | Title | Office | 2026" (only number and
                    title wanted: no header names the other columns);
  aktivitet-lines   bold "Aktivitet 2.1: Title" lines under "Delområde N: …" with "Ansvarig
                    nämnd:" / "Tidpunkt:";
  sub-bullets       a list numbered by the producer, bullets "Ansvar: …" / "Tid: …" one level
                    in under each item;
  prio-table        a landscape table Prio | Nr | Åtgärd | Effekt | Ansvarig | Kostnad | Tidplan
                    (the priority a number column too);
  budget-appendix   an action table, and in "Bilaga 2 Budget" a table of numbered cost items;
  rutin-steps, begreppslista, kf-beslut, statistik-tabeller, faq, goal-bullets
                    no actions: a routine's numbered imperative steps, a numbered glossary
                    ("Åtgärd – en insats …"), a council's decision "Kommunfullmäktige beslutar
                    att" over numbered infinitives ("anta …", "uppdra åt …"), a statistics
                    report with "Tabell 2.1" captions and numbered rows, questions and answers
                    "1. Varför …?", and unnumbered bullets of measures under "Mål N" headings
                    (decided: an action is reported with the number its document gives it,
                    and these have none).

  Before any rule changed (new shapes only, 75 files): number and title 134/215, responsible 109/190, timeline 110/190, cost 40/50,
  other columns 30/50, invented 0, 0 on the negatives, no protocol rows. Missed:
  hyphen-codes (0/25), atgard-nr-beskrivning (10/25: the row's other cells in the title, or
  nothing), headerless-rows (12/25), sub-bullets (4/20: the bullets run into the title),
  prio-table from LibreOffice and WeasyPrint (0/10). All shapes then: number and title
  1415/1507, responsible 1144/1255, timeline 994/1099, cost 196/206, other columns 203/226.
  After its fixes (labelled lines under a list's items, bulleted or not, are its fields; item
  codes "EN-01"; "Åtgärd nr" / "Åtgärdsnr" the number column and "Beskrivning" the title
  where no header names the action; a header cell wrapped in small letters onto the next
  bold line read whole): new shapes 190/215, responsible 177/190, timeline 178/190, cost
  40/50, 0 invented; all shapes 1471/1507, responsible 1212/1255, timeline 1062/1099, 0
  invented. Left (KNOWN_GAPS): headerless-rows (a table whose columns no header names:
  the structure stage's), and faults of the PDF reader's lines (narrow cells broken without
  a hyphen or read as one line, an overfull pdfTeX cell).

Written as a tenth blind check (2026-12-03, fourth session, before any rule changed for them),
by all five producers:

  strategi-kolon    a regional strategy: Heading 3 "Åtgärd 3:2 Title" (colon codes after the
                    label) with one line of labels "Huvudansvar: …  Medverkande: …";
  group-header      page-wide tables, one per area, a merged header row ("Åtgärd" over Nr |
                    Beskrivning, "Genomförande" over Ansvarig | Start | Klart) over the header row;
  boxed-numbers     a large number in a shaded box, the bold title beside it on another
                    baseline, "Ansvarig:" / "Klart:" under the title;
  status-headings   a follow-up: Heading 2 "Åtgärd 12 – Title" for a selection of a plan's actions
                    (numbers that do not run on), "Status: …" and a paragraph each;
  goal-letters      goals as headings "1 Trygga …" and actions "a) Title" under each with
                    "Ansvar:" (wanted "1a", "1b", as the plans that print "1a" do);
  deflist           a definition list: the number bold at the margin, the title indented beside
                    it, "Ansvarig:" under it;
  english-table     an English plan's table No. | Action | Lead | Timeframe;
  kf-decision, referenslista, kravspec
                    no actions: a council's numbered decision on a plan ("1. Handlingsplanen …
                    antas."), a numbered reference list after a chapter "Åtgärder i andra
                    kommuner", a procurement's bold "4.1.1 Leverantören ska …" requirements with
                    "Verifiering:" / "Uppföljning:" lines.

  Before any rule changed (new shapes only, 50 files; `V=1 bench/plan-rates
  /tmp/base/kommission strategi-kolon group-header …`): number and title 62/160 (39 %),
  responsible 38/135, timeline 19/65, status 0/25, other columns 15/25; invented 55: every
  variant of referenslista (5 each) and kravspec (4 each), and goal-letters' two goal
  headings (the "Ansvar:" lines of the lettered items made them fielded items). Missed:
  status-headings (0/25: labelled items whose numbers skip), goal-letters (0/25),
  english-table (0/20), boxed-numbers from every PDF producer (0/16), deflist from Word,
  LibreOffice and pdfTeX (0/12); kf-decision gave nothing (right).
  After its fixes (English headers No. / Action / Lead; labelled headings need not run on,
  a follow-up reports a selection, while labelled paragraphs of prose, "Åtgärd 1.1 … har
  genomförts", still must; a second label on a line ends the value before it even where it
  names no field; a code alone takes the line beside it where the tops lie within half the
  larger size (a boxed number set larger); letters "a)" take the number of the integer item
  above them, "1a"; a header row over groups of columns gives way to the header row below
  it with more cells, and "Nr Beskrivning" joined is parted whatever its second header;
  numbered lists under "Referenser", "Källor", "Litteratur" are no actions): new shapes
  140/160, responsible 115/135, timeline 57/65, status 25/25, other columns 25/25; invented
  20, all kravspec (a heading "Krav …" cannot tell requirements from actions: a plan in
  ../shared/realworld-sv lists its actions under "Ställa krav:"). All shapes 1612/1667, 20
  invented (kravspec). Left (KNOWN_GAPS): kravspec; deflist from Word, LibreOffice and pdfTeX
  (a bare number in a line of mixed weight is set like running text); boxed-numbers from
  Chromium and WeasyPrint (the reader joins the boxed number to the text line on its
  baseline).

Written as an eleventh blind check (2026-12-03, fifth session, before any rule changed for
them), by all five producers:

  mal-strategi      a regional plan by goal, strategy and action: "Mål 1: …" and "Strategi 1.2
                    …" headings over bold "1.2.1 Title" lines with "Ansvar:" / "Tidplan:";
  theme-cells       Åtgärd | Ansvarig | Samverkan | Tidplan with the number in the action cell
                    ("2.1 Title") under theme rows "Tema 2: …" spanning the table;
  status-crosses    a follow-up table Nr | Åtgärd | Genomförd | Pågår | Ej påbörjad | Kommentar
                    with an "X" in the column of the state (wanted as the status);
  aktivitetsplan-ids paragraphs "A1. Title (ansvar: Office, vt 2026)" under "A Hälsa";
  roman-chapters    chapters "II Trafik" with bold actions "II.3 Title", "Ansvarig:" / "Klart:";
  heading-factbox   Heading 2 "4.2 Title", a paragraph, and a fact box Ansvar | Tid | Kostnad
                    (a header row and one row of values);
  atg-abbrev        bold "Åtg. 2.1 Title" lines under "2 Dagvatten" with one line of labels;
  vision-mal, kravlista-tabell, renhallning-punkter, foredragningslista, budget-uppdrag-list
                    no actions: a vision's numbered goals "Ekby ska vara …", a procurement's
                    table Krav-id | Krav | Typ ("SK-01 … skall …"), waste regulations' bold
                    "4.1 Kärl ska …" points with "Ansvarig:" lines under a heading "Åtgärder vid
                    …", a board's "Ärende 3 …" items with "Dnr:" / "Föredragande:", a budget's
                    numbered "Uppdrag till nämnderna" with an "Ansvarig nämnd:" line.

  Before any rule changed (new shapes only, 60 files; `V=1 bench/plan-rates
  /tmp/base/kommission mal-strategi theme-cells …`): number and title 80/165 (48 %),
  responsible 60/140, timeline 60/115, cost 0/20, status 0/25; invented 40: atg-abbrev's area
  headings (2 each), renhallning-punkter (3 each), budget-uppdrag-list (3 each). Missed:
  status-crosses (0/25: no column names the action's state), aktivitetsplan-ids (0/25: the
  parenthesis in the title), roman-chapters (10/25: "II.1" …), atg-abbrev (0/20);
  heading-factbox's fact box gave "Tid" as the responsible party.
  After its fixes (the abbreviated label "Åtg."; codes under a chapter in roman numerals,
  "II.3"; fields in a parenthesis at a title's end, "(ansvar: …, …)"; a table's columns
  headed by states, "Genomförd | Pågår | Ej påbörjad", give the status of the marked one, a
  header cell wrapped onto the next line read whole also where a joined header was parted; a
  fact box's row of labels over a row of values; a list under a heading of another kind,
  "Uppdrag till nämnderna", is no action list even where a line names who answers for it; a
  document whose title names rules, "Föreskrifter …", "Förfrågningsunderlag …",
  "Kravspecifikation …", and no actions has none): new shapes 165/165, responsible 136/140,
  timeline 111/115, cost 16/20, status 25/25, 0 invented; kravspec (tenth check) 0 invented.
  All shapes 1777/1832, responsible 1479/1530, timeline 1248/1279, cost 212/226, status
  138/140, 0 invented. Left (KNOWN_GAPS): heading-factbox from pdfTeX, whose fact box the PDF
  reader reads as one line of labels over one line of values.

Written as a twelfth blind check (2026-12-03, sixth session, before any rule changed for
them), by all five producers:

  insats-vald       a plan against violence: "Mål N: …" headings over bold "Insats 3 Title" lines
                    numbered on across the goals, with "Ansvar:" / "Tidsplan:";
  quarter-gantt     Aktivitet | Ansvar | Kv 1 … Kv 4, the number in the activity cell ("1.2
                    Title"), quarters marked "●";
  two-row-actions   Nr | Åtgärd | Ansvarig | Tidplan, each action in two rows: the title row, then
                    a row with the description alone in the action column;
  bilaga-a-codes    prose naming "åtgärderna Å3–Å7", and in "Bilaga 1 Åtgärder" twelve bold lines
                    "Å1 Title" with one line of labels "Ansvar: …  Klart: …";
  uppfoljning-cells a follow-up of another plan: Åtgärd | Status | Kommentar with action cells
                    "Åtgärd 4.2 Title", a selection whose numbers skip;
  twocol-atgard     two columns of bold "Åtgärd 2.3: Title" lines with "Ansvar:" / "Tidplan:";
  uppdrag-aktiviteter a plan's bold "1. Title" lines under a heading "Uppdrag och aktiviteter";
  heading-bullets, riktlinje-ska, taxa-rader, verksamhetsberattelse, enkat-resultat
                    no actions: numbered headings "1 Energi" over unnumbered bullets of measures
                    and an "Ansvar:" line (the numbers are the headings'), guidelines with
                    definitions and bold "3.1 … ska …" points with "Ansvarig:" lines under
                    "Åtgärder vid misstanke om mutor", a fee schedule Nr | Åtgärd | Timmar |
                    Avgift, an annual report's numbered list of what was done ("… har
                    införts.") under "2.1 Genomförda åtgärder", a survey's "Resultat N: …"
                    findings with "Andel:" lines and a table Nr | Påstående | Instämmer.

  Before any rule changed (new shapes only, 60 files; `V=1 bench/plan-rates
  /tmp/base/kommission insats-vald quarter-gantt …`): number and title 146/190 (77 %),
  responsible 159/170, timeline 144/150, status 0/20; invented 55: heading-bullets' three
  headings (3 each), riktlinje-ska's points (4 each), verksamhetsberattelse's list (4 each).
  Missed: uppfoljning-cells (0/20: "Åtgärd 4.2 Title" cells under a header "Åtgärd"),
  two-row-actions (1/20: the details row run into the title, or from Word only the first
  action), quarter-gantt from LibreOffice (0/4: the narrow cells' words interleaved) and
  WeasyPrint (3/4).
  After its fixes (a list of statements is no action list: titles that open with no
  imperative and carry a finite verb of what was done, "… har införts", or, in a document
  titled as guidelines, "Riktlinjer …", of a rule, "… ska …"; a bare chapter number is an
  action only where every chapter has fields of its own and none stands under bullets;
  "Åtgärd 4.2 Title" in an action column gives the number; a title cell's lines of
  description go to the body; a Word line alone right of a table's left edge is a cell):
  new shapes 185/190, responsible 162/170, timeline 147/150, status 20/20, 0 invented. All
  shapes 1962/2022, responsible 1641/1700, timeline 1395/1429, cost 212/226, status
  158/160, 0 invented; bench/structure-same identical on ../shared. Left (KNOWN_GAPS), all
  of the PDF reader: quarter-gantt from LibreOffice (narrow cells' words interleaved) and
  WeasyPrint (a row's cells on one line), twocol-atgard from pdfTeX (multicol read as one:
  the second column's fields astray).

Written as a thirteenth blind check (2026-12-03, seventh session, before any rule changed
for them), by all five producers:

  strategi-a-codes  a regional plan: "Område A: …" and "Strategi A1: …" headings over bold
                    "A1.1 Title" lines with one line of labels "Ansvar: …  Tidplan: …";
  goal-first-column Mål | Åtgärd | Ansvarig | Klart: the goal repeated in the first column, the
                    numbered action "1.2 Title" in the second;
  margin-wrapped    the number alone at the margin left of a title long enough to wrap (a
                    hanging indent), "Ansvarig:" under it;
  status-label-table Nr | Åtgärd | Ansvarig | Uppföljning 2025 with cells "Status: Pågår. …";
  sub-actions       Nr | Åtgärd | Ansvar | Tid with rows "3", "3a", "3b" (sub-actions wanted);
  aktivitet-budget-rows Aktivitet | Ansvarig | 2026 (tkr) | 2027 (tkr) with cells "Aktivitet 2:
                    Title" and a "Summa" row at the foot;
  midtable-continue 14 rows Nr | Åtgärd | Beskrivning | Ansvarig | Tidplan over three pages, the
                    header row repeated;
  section-refs      bold "Åtgärd 2: Title (se avsnitt 5.1)" lines (the reference is the title's);
  budget-poster, styrelse-dagordning, principer-policy, instruktion-steg
                    no actions: a budget's bold "1. Personalkostnader" lines with "Belopp:" /
                    "Ansvarig:", a board's agenda numbered by the producer, a policy's Heading 2
                    "Princip N: Vi …" with "Ansvar:" lines, instructions' bold "Steg N …" lines
                    and a numbered checklist.

  Before any rule changed (new shapes only, 60 files; `V=1 bench/plan-rates
  /tmp/base/kommission strategi-a-codes goal-first-column margin-wrapped status-label-table
  sub-actions aktivitet-budget-rows midtable-continue section-refs budget-poster
  styrelse-dagordning principer-policy instruktion-steg`): number and title 210/235 (89 %),
  responsible 210/235, timeline 167/175; invented 20: every variant of budget-poster (4
  each), 0 on the other negatives. Missed: margin-wrapped from Word, LibreOffice and pdfTeX
  (0/12: the deflist gap of the tenth check), goal-first-column from Chromium and WeasyPrint
  (2/10), aktivitet-budget-rows' last row (0/5: the "Summa" row run into its title).
  After its fixes (a heading naming a budget, "Budgetposter", is a section of another kind;
  a line alone in small letters left of the action column is a cell's next line; a row
  without a number whose figures stand under the figures of the action above is a row of
  its own; a bare number opening a line is an item where the next line is indented right of
  it or is a labelled field, and its line is no sentence): new shapes 235/235, responsible
  230/235, timeline 175/175, 0 invented. All shapes 2169/2257 -> 2206/2257, responsible
  1849/1935 -> 1881/1935, timeline 1560/1604 -> 1568/1604, invented 20 -> 0 (the tenth
  check's deflist from Word, LibreOffice and pdfTeX now right too). Left (KNOWN_GAPS), of
  the PDF reader: LibreOffice's narrow cells break a long word without a hyphen
  ("Utbildningsförvaltning" / "en": status-label-table, sub-actions, midtable-continue).

Written as a fourteenth blind check (2026-12-04, eighth session, before any rule changed for
them), by all five producers:

  malomrade-prose   plain paragraphs "1.1 Title" with "Ansvarig:" under "Målområde N: …"
                    headings, among prose paragraphs that open with a number ("2030 ska …",
                    "3 av 4 invånare …", "15 kilometer cykelväg saknas …");
  page-span-rows    Nr | Åtgärd | Beskrivning | Ansvarig | Tidplan whose long descriptions make
                    rows break over pages (number and title cells empty on the continuation);
  runin-label       paragraphs opening with a bold run-in "Åtgärd 4." alone, the title the
                    first plain sentence after it;
  quoted-followup   a follow-up quoting the earlier plan's actions, bold "Åtgärd 3: ”Title”"
                    with "Status:" / "Kommentar:" lines (titles wanted without the quotes);
  indicator-plan    an action table and, after it, an indicator table Nr | Indikator |
                    Utgångsläge 2024 | Målvärde 2030 and bold "Indikator 5 …" lines;
  box-cards         each action in a bordered box: bold "3. Title", a paragraph, "Ansvarig:",
                    "Tidsplan:", "Kostnad:" lines;
  goal-abc          bold goals "1. Goal" with actions "a)" … "f)" under each (wanted "1a");
  landscape-eight   a landscape table Nr | Åtgärd | Delmål | Ansvarig | Medverkande | Start |
                    Klart | Kostnad (tkr);
  numbered-headings chapters and actions as headings numbered by the producer (Word's list
                    numbering on the headings, LaTeX's \\section, CSS counters): "3.1 Title";
  gap-numbers       a revised plan's bold "N. Title" actions 1–5 and 8–12 (6 and 7 struck);
  anslag-budget, synpunkter-rutin, program-workshop, statistik-figurer, indikatorer-only
                    no actions: a budget's appropriations "Anslag 2:1 …" with "Belopp:", rules
                    whose title names none ("Hantering av synpunkter och klagomål": bold "3.1 …
                    ska …" points with "Ansvarig:" under "3 Åtgärder när en synpunkt kommer in"),
                    a workshop's "Punkt 3 …" with "Tid: …  Ansvarig: …", a statistics report's
                    "Tabell 1." / "Figur 2:" captions, numbered rows and assumptions, a list of
                    indicators "Indikator 1.1 …" with "Källa:" / "Målvärde 2030:" / "Ansvarig:".

  Before any rule changed (new shapes only, 75 files; `V=1 bench/plan-rates
  /tmp/base/kommission malomrade-prose page-span-rows runin-label quoted-followup
  indicator-plan box-cards goal-abc landscape-eight numbered-headings gap-numbers
  anslag-budget synpunkter-rutin program-workshop statistik-figurer indikatorer-only`):
  number and title 273/305 (90 %), responsible 200/210, timeline 165/175, cost 50/50, status
  25/25, other columns 90/90; invented 20: every variant of synpunkter-rutin (4 each), 0 on
  the other negatives. Missed: quoted-followup (0/25: the quotation marks kept in the
  title), page-span-rows from Chromium (0/7: one row read, its title cut); pdfTeX's
  page-span-rows gives the timeline inside the responsible cell. All shapes then: number and
  title 2479/2562, responsible 2081/2145, timeline 1733/1779, cost 260/276, status 183/185,
  invented 20.
  After its fixes (a title quoted whole is the words inside the quotes; a list's "ska"
  points are rules where the document's title names no plan, "plan", "program", "strategi",
  nor actions, not only where it names guidelines; a numbered list reads on over up to three
  missing numbers where the number after the gap goes on in step): new shapes 298/305,
  responsible 200/210, timeline 165/175, 0 invented; all shapes 2504/2562, 0 invented;
  bench/structure-same identical on ../shared. Left (KNOWN_GAPS), of the PDF reader:
  page-span-rows from Chromium (a title cell's lines joined to the description's on their
  baselines) and pdfTeX (Ansvarig and Tidplan cells on one baseline merged). Not covered: a
  plan whose title names no plan and whose actions are written "X ska …" now gives none.

Written as a fifteenth blind check (2026-12-04, ninth session, before any rule changed for
them), by all five producers:

  mal-restart-tables "Mål N: …" headings, each over a table Nr | Åtgärd | Ansvarig | Tidplan
                    whose typed numbers restart at 1 (wanted "2.3", as goal-restart);
  fokus-restart     unnumbered "Fokusområde: …" headings over bold "Åtgärd 1 Title" lines that
                    count from 1 again in every area (wanted as printed: the areas carry no
                    number);
  merged-goal-long  Mål | Nr | Åtgärd | Ansvarig | Klart, the goal a long sentence in a cell
                    merged down over rows it outruns;
  traffic-light     a follow-up table whose status cells open with a coloured dot, "● Pågår",
                    after a legend of the dots (the status wanted as the word);
  insats-dash       Heading 2 "Insats 3 – Title" over prose (a paragraph opening "2025 …"), a
                    bulleted list of sub-activities and "Ansvarig:" / "Samverkan:" / "Tidplan:";
  appendix-repeat   bold "Åtgärd N: Title" actions in the body and the same actions again in
                    "Bilaga 1 Sammanställning av åtgärderna" (each wanted once);
  overview-first    an overview table Nr | Åtgärd | Sida at the start, then Heading 3 "Åtgärd N –
                    Title" with "Ansvar:" / "Klart:" (each wanted once);
  chapter-alike     chapters "2.1 Energianvändning" and, in "4 Handlingsplan", actions "2.1" …
                    in a table: the same strings;
  english-summary   "Summary in English" with a producer-numbered list of the actions in
                    English before the Swedish bold "N. Title" actions (each wanted once);
  mixed-prefix      Id | Åtgärd | Ansvarig | Klart under theme rows, ids "Å1", "SO-1", "KL-3";
  verksamhetsplan-nr, toc-atgarder, workshop-minnes, enkat-fragor
                    no actions: an operational plan's goals in a table Nr | Nämndmål | … |
                    Ansvarig and as bold "Mål 2: …" lines with "Ansvarig:", an inquiry whose
                    table of contents lists "3.2 Åtgärder" and "3.2.1 Åtgärder i skolan" over
                    prose, a workshop's minutes with bold "N. Title" points, two of them with
                    "Beslut:" / "Ansvarig:" lines, a numbered questionnaire whose question 4
                    lists measures as checkboxes.

  Before any rule changed (new shapes only, 70 files; `V=1 bench/plan-rates
  /tmp/base/kommission mal-restart-tables fokus-restart merged-goal-long traffic-light
  insats-dash appendix-repeat overview-first chapter-alike english-summary mixed-prefix
  verksamhetsplan-nr toc-atgarder workshop-minnes enkat-fragor`): number and title 245/330
  (74 %), responsible 235/330, timeline 213/300, status 0/30; invented 60: every variant of
  workshop-minnes (5 each), toc-atgarder's "3.2.1"/"3.2.2" (2 each), and mal-restart-tables'
  first table as printed "1"–"5" (5 each). Missed: mal-restart-tables (0/60: one table's
  numbers kept as printed, the restarted ones dropped), fokus-restart (15/40: the areas after
  the first dropped), traffic-light's status (0/30: the dot kept, or from pdfTeX the status
  cell merged into Ansvarig).
  fokus-restart's want was then revised from the numbers as printed to the area's place
  ("2.1"): a number names one action in its document (the index and the exports key actions
  by it), as restart-chapters decided; main's binary gives it 0/40 so (before figures
  with the revised want: 230/330, 75 invented with its three as-printed numbers).
  After its fixes (lists whose numbers restart, in tables or as items, go under their
  chapter's number, "Mål 2: …" a numbered heading too, or the run's place, and a run that
  repeats earlier titles is the same list again; a marker before a field's value, "●
  Pågår", says nothing; fields must stand under at least half of a list's items, not under
  two of five points of minutes; titles opening with a plural naming actions, "3.2.1
  Åtgärder i skolan", are sections): new shapes 327/330, responsible 317/330, timeline
  295/300, status 23/30, 0 invented. All shapes 2749/2892 -> 2831/2892, responsible
  2316/2475 -> 2398/2475, timeline 1946/2079 -> 2028/2079, status 183/215 -> 206/215,
  invented 60 -> 0; bench/structure-same identical on ../shared. Left (KNOWN_GAPS), of the
  PDF reader: LibreOffice's unhyphenated breaks in narrow cells (and mal-restart-tables'
  third table's rows run together), pdfTeX's cells on one baseline merged (traffic-light,
  mixed-prefix), WeasyPrint's comment word read into the status cell.

Written as a sixteenth blind check (2026-12-04, tenth session, before any rule changed for
them), by all five producers:

  merged-goal-number Mål | Nr | Åtgärd | Ansvar | Tid | Kostnad, the goal's bare number ("1") in a
                    cell merged down over its actions "1.1", "1.2";
  status-boxes      a follow-up quoting each action in a box (bold "Åtgärd N: Title" and the
                    plan's description), a "Status:" line and a paragraph after each box;
  chapter-sections-actions chapters by goal with sections "1.1 Nuläge", "1.2 Mål för 2030" and
                    an action table whose numbers are the same strings ("1.1", "1.2");
  forts-tables      an action table broken by hand over two pages, the second opening with a
                    running head "… | Sida 5", a caption "Tabell 2 (forts.)" and the header again;
  klimatloften      commitments "N. Vi ska …" with "Ansvar:" / "Klart:" lines in a document whose
                    title names no plan ("Ekby kommuns klimatlöften 2026–2030");
  inline-fields     a producer-numbered list whose items carry their fields after the title's
                    full stop: "Title. Ansvar: Office. Tidplan: 2026.";
  ansvar-merged     Ansvar | Nr | Åtgärd | Tid | Kostnad, the responsible office in a cell merged
                    down over its actions;
  numbers-in-titles a narrow table whose titles are full of figures ("Byt 2 000 armaturer …");
  vi-ska-goals, budget-ansvar, princip-tabell, tillsyn-checklista
                    no actions: unnumbered "Vi ska …" bullets under "Mål N: …" headings with an
                    "Ansvarig:" line per goal (an action is reported with its number, as
                    goal-bullets decided), a budget's numbered assumptions and table Nr |
                    Verksamhet | Ansvar | Budget 2026 (tkr) | … with "Summa", a policy's table Nr |
                    Princip | Det innebär att ("Vi ska …") | Ansvar, an inspection report's
                    checklist Nr | Kontrollpunkt | Ja | Nej | Åtgärd krävs under area rows "1
                    Egenkontroll" and its numbered "Brister" with "Ansvarig:" / "Åtgärdas senast:".

  Before any rule changed (new shapes only, 60 files; `V=1 bench/plan-rates
  /tmp/base/kommission merged-goal-number status-boxes chapter-sections-actions forts-tables
  klimatloften inline-fields ansvar-merged numbers-in-titles vi-ska-goals budget-ansvar
  princip-tabell tillsyn-checklista`): number and title 204/260 (78 %), responsible 157/235,
  timeline 178/235, cost 116/120, status 25/25; invented 12: tillsyn-checklista from
  LibreOffice, Chromium and WeasyPrint (its area rows "1 Egenkontroll" and its "Brister", 4
  each), 0 on the other negatives. Missed: inline-fields (0/25: the fields kept in the
  title), klimatloften (0/25: "ska" items in a document whose title names no plan are read as
  rules), ansvar-merged's responsible party below the merged cell's first row (and pdfTeX
  3/7), forts-tables from pdfTeX (8/10: overfull cells run together). All shapes then: number
  and title 3035/3152, responsible 2555/2710, timeline 2206/2314, cost 376/396, status
  231/240, invented 12.
  After its fixes (fields after a title's full stop in its own paragraph, "Title. Ansvar: X.
  Tidplan: 2026.", as for those in a parenthesis; "ska" points are rules only where most
  carry no timeline, a rule holding until changed; integers with a final mark and without,
  "1. Title" and "1 Egenkontroll", are two lists; finite verbs of what is, "saknas",
  "finns", "är", make titles statements, and so do questions; a cell merged down in a column
  left of the number and the title, "Ansvar | Nr | Åtgärd", goes to every row of its
  group): new shapes 254/260, responsible 221/235, timeline 228/235, cost 116/120, 0
  invented. All shapes 3085/3152, responsible 2619/2710, timeline 2256/2314, 0 invented;
  bench/structure-same identical on ../shared. Left (KNOWN_GAPS), of the PDF reader:
  LibreOffice's unhyphenated breaks in narrow cells (ansvar-merged, merged-goal-number),
  pdfTeX's overfull cells run into the next (merged-goal-number, forts-tables) and its
  multirow rows run together (ansvar-merged).

Written as a seventeenth blind check (2026-12-04, eleventh session, before any rule changed
for them), by all five producers, from authors other than a city (a region, a board, an office):

  genomforande-tables a regional plan whose actions are the third level of a numbered heading
                    hierarchy ("2.1.1 Title" over prose alone), each chapter closing with a table
                    "Genomförande" Åtgärd | Huvudansvar | Tidsperiod naming the actions by number;
  q-columns         a landscape table Nr | Aktivitet | Ansvarig | Q1 … Q4 | Kommentar, "x" marks;
  lage-followup     a follow-up table Nr | Åtgärd enligt planen | Ansvarig | Läge december 2025
                    (the state under "Läge", not "Status": Klar, Pågår, Ej startad, Utgår);
  twocol-label-above two columns of actions set as a line "Åtgärd 3" alone over the bold title,
                    then "Ansvar:" / "När:" lines;
  a-dash-codes      paragraphs opening with a bold code "A-10" … "B-15" (numbers running on across
                    areas) and the plain title, one line of labels "Ansvar: …  Klart: …";
  roman-actions     bold "IV. Title" lines, numbered by roman numerals alone, with "Ansvarig:" /
                    "Tidplan:";
  tjanste-plan      a letter-style tjänsteskrivelse whose proposed decision is numbered att-satser
                    ("att anta …", no actions) and whose body gives "Åtgärd N: Title" with fields;
  paragraf-reglemente, agenda-times, mal-tabell, fragor-svar, innehall-forslag,
  checklista-evenemang
                    no actions: rules of procedure "§ 2 …" with numbered points ("vidta åtgärder
                    för …"), a meeting's programme Tid | Nr | Punkt | Ansvarig, goals in a table
                    Nr | Mål | Indikator | Ansvarig | Målår ("… ska öka till …"), questions "Fråga
                    N: …?" with "Svar:", a report's table of contents whose entries under "4
                    Förslag" are imperative proposals with pages, an event checklist Nr |
                    Kontrollpunkt | Ja | Nej | Kommentar of imperative points.

  Before any rule changed (new shapes only, 65 files; `V=1 bench/plan-rates
  /work/base/kommission genomforande-tables q-columns lage-followup twocol-label-above
  a-dash-codes roman-actions tjanste-plan paragraf-reglemente agenda-times mal-tabell
  fragor-svar innehall-forslag checklista-evenemang`): number and title 75/190 (39 %),
  responsible 75/190, timeline 20/135, status 30/30; invented 6: genomforande-tables from
  Word, Chromium and WeasyPrint (its chapter headings "3 Infrastruktur" and "4 Uppföljning"),
  0 on the negatives. Missed: genomforande-tables (0/25), twocol-label-above (0/30),
  a-dash-codes (0/30), roman-actions (0/30). Right from the start: q-columns, lage-followup
  (status too), tjanste-plan (the att-satser left out), every negative. All shapes then:
  number and title 3160/3342, responsible 2694/2900, timeline 2276/2449, invented 6.
  After its fixes (a roman numeral with its mark, "IV.", is an item code; a number one past
  the item before runs on whatever its head, "A-12" then "B-13"; a label and code alone on
  their line take the next line as title where it is set apart; a table row whose action
  cell holds a number alone names that action, and the items with the number take its
  fields): new shapes 168/190, responsible 168/190, timeline 113/135, 0 invented; all
  shapes 3253/3342, responsible 2787/2900, timeline 2369/2449, 0 invented;
  bench/structure-same identical on ../shared. Left (KNOWN_GAPS), of the PDF reader:
  genomforande-tables from LibreOffice and pdfTeX (a borderless table's cells on one
  baseline read as one line), twocol-label-above from every PDF producer (two columns read
  in bands across both).

Written as an eighteenth blind check (2026-12-04, twelfth session, before any rule changed
for them), by all five producers, from authors other than a city where they fit:

  folkhalsa-strategi a region's public-health plan: chapters "2.1 Livsvillkor" …, "Strategi N …"
                    headings over Heading 3 "Insats 1.2 Title", a paragraph, and one line of
                    labels "Huvudansvarig: …  Samverkan: …  Period: …";
  runin-inline      paragraphs opening with a bold run-in "Åtgärd 2. Title." and prose that ends
                    in the fields, "… Ansvar: Barnhälsovården. Tidplan: 2026–2027.";
  merged-nr-rows    Nr | Åtgärd | Ansvarig | Delmoment | Klart, the first three cells merged down
                    over an action's two or three steps (pdfTeX: the text in the first row, as
                    multirow[t] sets it);
  traffic-colors    a follow-up whose Status column holds "Grön" / "Gul" / "Röd" under a legend;
  kostnad-finansiering Nr | Åtgärd | Ansvarig | Tidplan | Kostnad (tkr) | Finansiering with a
                    "Summa" row (the financing wanted as a column of its own);
  bilaga-rapport    a long report (numbered chapters, numbered conclusions that state findings,
                    prose naming "åtgärd 3 i den förra planen") whose actions are a producer-
                    numbered list in "Bilaga 2 Förslag till åtgärder";
  delatgarder       Heading 2 "Åtgärd 2 Title" over bold "Delåtgärd 2a: Title" lines with
                    "Ansvar:" / "Klart:" (main actions and sub-actions both wanted; revised
                    after the measure below: the sub-actions alone, see the note after it);
  plan-noter        bold "N. Title" actions with fields, then "Noter" lines "1 Folkhälsomyndig-
                    heten …" and a numbered "Referenser" list;
  protokoll-beslut, princip-rubriker, underlag-kallor, faq-tabell, anbud-krav
                    no actions: minutes whose "§ 45" decisions are numbered ("Uppdra åt …",
                    "Avsätt …") with "Ansvarig:" / "Expedieras:", a policy's Heading 2 "Princip
                    N: …" with "Ansvar:" lines, a knowledge review titled "Åtgärder mot …" whose
                    sources are numbered under "Underlag", questions and imperative answers in a
                    table Nr | Fråga | Svar, a tender's bold "Krav 2.1 Beskriv …" requirements
                    with "Svarsform:" / "Vikt:" in a document titled by its service.

  Before any rule changed (new shapes only, 65 files; `V=1 bench/plan-rates
  /work/base/kommission folkhalsa-strategi runin-inline merged-nr-rows traffic-colors
  kostnad-finansiering bilaga-rapport delatgarder plan-noter protokoll-beslut princip-rubriker
  underlag-kallor faq-tabell anbud-krav`): number and title 183/235 (78 %), responsible
  118/195, timeline 74/140, cost 20/25, status 29/30, other columns 25/25; invented 25: every
  variant of underlag-kallor (its five sources, 5 each), 0 on the other negatives. Missed:
  delatgarder (15/50: the "Delåtgärd 1a:" lines, none), merged-nr-rows from LibreOffice (1/5:
  the merged title cut at its first line), Chromium and WeasyPrint (1/5: one action read),
  kostnad-finansiering's last row (0/5: the "Summa" row run into it, "… förskolor Summa",
  cost "Ingår i ram 8 650"); fields missed: runin-inline's inside the paragraph (responsible
  3/25), folkhalsa-strategi's line of labels wrapped (LibreOffice, Chromium, WeasyPrint).
  All shapes then: number and title 3436/3577, responsible 2905/3095, timeline 2443/2589, cost
  396/421, status 290/300, invented 25.
  delatgarder's want was then revised to the sub-actions alone: "Åtgärd 1 …" carries no field
  and its number is the parent of "1a", "1b", which makes it their group's heading, as a
  theme row "1 Skolvägar" over "1a" is (the heading stays the sub-actions' section). Main's
  binary gives the revised want 0/35 and the three headings as 15 invented (before figures
  with it: new shapes 168/220, invented 40; all shapes 3421/3562, invented 40).
  After its fixes (titles that cite a work, "Author (2023): Title", are no actions; a row
  opening with "Summa"/"Totalt" is a row of its own, and the rule that took any row of
  figures under figures for one goes; "Delåtgärd 2a" is an item label; fields after a run-in
  heading's prose, "… Ansvar: X. Tidplan: 2026.", are its fields): new shapes 212/220,
  responsible 175/195, timeline 129/140, cost 25/25, status 29/30, 0 invented. All shapes
  3464/3562, responsible 2962/3095, timeline 2497/2589, cost 400/421, 0 invented;
  bench/structure-same identical on ../shared. Left (KNOWN_GAPS): folkhalsa-strategi's line of
  labels wrapped onto a second line (its next line goes to the first field), merged-nr-rows
  from Chromium and WeasyPrint (merged cells centred on their rows), pdfTeX's overfull cells
  (kostnad-finansiering, traffic-colors).

Written as a nineteenth blind check (2026-12-04, thirteenth session, before any rule changed
for them), by all five producers, from authors other than a city where they fit (a region, a
county board, a rescue service):

  mal-aktivitet-fakta "Mål N: …" headings over Heading 3 "Aktivitet 2.1 Title", a paragraph and a
                    fact box without a header (Ansvarig / Samverkan / Tidsperiod rows);
  status-mitt       a county board's follow-up Nr | Åtgärd | Status | Uppföljning 2025 | Ansvarig,
                    the state in the middle and comments full of figures ("2 av 3 dammar …");
  kryssruta-koder   checklist lines "☐ F1 Title" under area headings, each with one line "Ansvar: X |
                    Klart: 2026" whose labels a bar parts;
  rad-over-sida     Nr | Åtgärd | Genomförande | Ansvarig | Klart after a page of prose, one row's
                    long "Genomförande" cell breaking over the page, the header repeated;
  ar-kolumner       a landscape table Nr | Åtgärd | Ansvarig | 2024 … 2027 | Kostnad (mnkr), "X"
                    in the years an action runs;
  atgard-nr-marginal "Åtgärd nr 3" in a narrow left margin column (two lines), the bold title,
                    a paragraph and "Ansvarig:" / "Tidplan:" beside it;
  kapitel-atgarder  theme chapters "1 Kollektivtrafik" whose Heading 2 "1.1 Title" are the
                    actions (numbers restarting per chapter, no chapter "Åtgärder"), each with
                    "Ansvarig:" / "Tidplan:" lines;
  budget-rader, remissinstanser, att-satser, process-steg, ordlista
                    no actions: an operating budget Rad | Verksamhet | Budget … with a sum and
                    bold "Rad 3 …" comments, a consultation on a plan ("Remiss: Förslag till
                    handlingsplan …") listing the bodies consulted as a numbered list, a
                    council's "§ 112" with numbered att-satser, a routine's table Steg |
                    Aktivitet | Ansvarig | Tidsgräns of imperative steps, a glossary Nr | Begrepp
                    | Förklaring to a plan.

  Before any rule changed (new shapes only, 60 files; `V=1 bench/plan-rates
  /work/base/kommission mal-aktivitet-fakta status-mitt kryssruta-koder rad-over-sida ar-kolumner
  atgard-nr-marginal kapitel-atgarder budget-rader remissinstanser att-satser process-steg
  ordlista`): number and title 151/175 (86 %), responsible 126/175, timeline 76/125, cost
  25/25, status 25/25; invented 30: every variant of remissinstanser (its six bodies, 6 each),
  0 on the other negatives. Missed: atgard-nr-marginal (0/20: no action), rad-over-sida's
  timeline (0/25: the "Genomförande" cell's prose joined to "Klart"), and from Chromium and
  WeasyPrint three and one titles cut; fields missed: kryssruta-koder's responsible (0/25: the
  bar kept, "Räddningstjänsten |"), mal-aktivitet-fakta's last fact box's timeline from
  LibreOffice, pdfTeX, Chromium and WeasyPrint. Right from the start: ar-kolumner,
  kapitel-atgarder, status-mitt (but LibreOffice's unhyphenated break), every negative but
  remissinstanser. All shapes then: number and title 3615/3737, responsible 3088/3270,
  timeline 2573/2714, cost 425/446, invented 30.
  After its fixes (a list whose titles name bodies, "Tekniska nämnden", "Länsstyrelsen i Ekby
  län", is a list of parties; "Åtgärd nr 3" is a label and its code, and a label and code
  alone take the line beside them as title as a code alone does, where that line opens no
  item; a bar parts labels on a line, "Ansvar: X | Klart: 2026"; two header cells naming one
  field, "Genomförande | … | Klart", give it to the later; a number alone at a page's foot
  with text on its baseline is a cell, not the page's number): new shapes 159/175,
  responsible 159/175, timeline 112/125, 0 invented. All shapes 3623/3737, responsible
  3121/3270, timeline 2609/2714, cost 425/446, 0 invented; bench/structure-same identical
  on ../shared. Left (KNOWN_GAPS), of the PDF reader: atgard-nr-marginal from pdfTeX,
  Chromium and WeasyPrint (the wrapped margin label run together or joined to the title),
  LibreOffice's unhyphenated breaks, pdfTeX's overfull cell, rad-over-sida's title cells
  from Chromium and WeasyPrint where the row breaks over a page.

Written as a twentieth blind check (2026-12-04, fourteenth session, before any rule changed for
them), by all five producers, from authors other than a city where they fit (a region, a
county board, a housing company):

  strategi-insats   "Strategi N: …" Heading 2 over bold "Insats 3 Title" lines whose numbers run
                    on across the strategies, one line of labels "Ansvar: …  Tidplan: …" each;
  id-kolumn         Område | Id | Åtgärd | Ansvarig | Klart, codes "A1" … "C1" in a column headed
                    "Id" that is not the first;
  vad-hur-vem       Nr | Vad | Hur | Vem | När;
  paren-forkortning a producer-numbered list "Title (SBK)", the responsible office's abbreviation
                    in brackets after the title, spelled out in a table of abbreviations;
  underpunkter-3a   bold "N. Title" lines with a line of labels each, "3." followed by "3a.",
                    "3b." with labels of their own (all wanted);
  abbrev-after-title a table Nr | Åtgärd | Klart whose action cells end in "(GK)", the
                    responsible, with no column of its own;
  mal-ansvar, riskregister, samradsredogorelse, figurforteckning
                    no actions: a programme's bold "Mål 1. …" goals with "Ansvarig nämnd:" /
                    "Uppföljs:" labels, a project's risk register Risk-ID | … | Hantering |
                    Riskägare with imperative measures, a consultation report's numbered answers
                    "3. Naturskyddsföreningen" with "Synpunkt:" / "Kommunens kommentar:", a list of
                    figures and tables "Figur 1 … 4" with dot leaders and the captions in the body.

  Before any rule changed (new shapes only, 50 files; `V=1 bench/plan-rates
  /work/base/kommission strategi-insats id-kolumn vad-hur-vem paren-forkortning underpunkter-3a
  abbrev-after-title mal-ansvar riskregister samradsredogorelse figurforteckning`): number and
  title 78/145 (54 %), responsible 74/145, timeline 94/120; invented 0, 0 on every negative.
  Missed: underpunkter-3a (10/30: only "3a", "3b" read, the numbered actions around them
  lost), paren-forkortning and abbrev-after-title (0/45: the "(SBK)" kept in the title, no
  responsible), id-kolumn from pdfTeX (overfull cells: the time run into the responsible) and
  LibreOffice (a wrapped title's words joined), strategi-insats.lo's last line of labels.
  Right from the start: vad-hur-vem, strategi-insats (but one line), every negative. All
  shapes then: number and title 3701/3882, responsible 3195/3415, timeline 2707/2834, cost
  425/446, invented 0.
  After its fixes (a list whose titles nearly all end in abbreviations in brackets, "(GK)",
  names its responsible so; a group of items that all carry fields is no outline over its
  sub-items, "3." over "3a."): new shapes 143/145, responsible 139/145, timeline 114/120, 0
  invented. All shapes 3766/3882, responsible 3260/3415, timeline 2727/2834, cost 425/446, 0
  invented; bench/structure-same identical on ../shared. Left (KNOWN_GAPS), of the PDF
  reader: strategi-insats.lo (a tab read as no space, "LänsbiblioteketTidplan:"),
  id-kolumn.lo (a word broken without a hyphen), id-kolumn.pdftex (overfull cells).

Written as a twenty-first blind check (2026-12-05, fifteenth session, before any rule changed
for them), by all five producers, from authors other than a city where they fit (a region, a
county board, a housing company, a school board):

  atgard-faktatabell Heading 2 "Åtgärd N: Title", a paragraph and a small fact table whose header
                    row names the fields, Ansvarig | Tidsplan, over one row of values;
  tabell-utan-upprepning 16 rows Nr | Åtgärd | Ansvarig | Tidsplan after pages of prose, running on
                    over the page break with the header row printed once (pdfTeX's fits one page);
  a-koder-tolv      bold "Å7 Title" lines numbered "Å1" … "Å12" over three areas, "Ansvarig:" and
                    "Genomförs:" lines;
  prioritet-status  Nr | Åtgärd | Prioritet | Ansvarig | Status | Tidsplan, Hög / Medel / Låg between
                    the title and the responsible;
  aktiviteter-punkter bold "N. Title", a line "Aktiviteter:" over bullets of activities, then one
                    line of labels "Ansvarig: …  Tidsplan: …";
  nummer-i-cellen   Åtgärd | Ansvarig | Tidsplan under theme rows "1 Boende", number and title in
                    one cell ("1.2 Inför …"), no number column;
  gantt-ar          a landscape table Nr | Åtgärd | 2026 … 2029 | Ansvarig, "●" in the years;
  forslag-beslutspunkter, indikatorer-varden, referenser-klamrar
                    no actions: a region's tjänsteskrivelse whose "Förslag till beslut" is a
                    numbered list without "att" ("Uppdra åt …") and whose "Beslutsunderlag" is
                    numbered, indicators as bold "N. Andel …" lines with "Utfall 2025:" /
                    "Målvärde 2028:" / "Källa:" labels, a reference list "[1] Author. Title. …".

  Before any rule changed (new shapes only, 50 files; `V=1 bench/plan-rates
  /work/base/kommission atgard-faktatabell tabell-utan-upprepning a-koder-tolv prioritet-status
  aktiviteter-punkter nummer-i-cellen gantt-ar forslag-beslutspunkter indikatorer-varden
  referenser-klamrar`): number and title 255/255 (100 %), responsible 245/255, timeline
  165/230, status 20/25; invented 0, 0 on every negative. Missed: a-koder-tolv's timeline (0/60:
  "Genomförs:" is no timeline label), atgard-faktatabell.pdftex's fact tables (0/4 fields),
  prioritet-status.pdftex (overfull cells: the status run into the responsible),
  nummer-i-cellen.pdftex 1.1 (a hyphenated responsible with the timeline between its halves).
  Right from the start: tabell-utan-upprepning, aktiviteter-punkter, gantt-ar, every negative.
  All shapes then: number and title 4021/4137, responsible 3514/3670, timeline
  2897/3064, cost 425/446, status 335/350, invented 0.

  After its fixes ("Genomförs:" names the timeline; sub-actions stand after their parent, "3",
  "3a", "3b", "4"): new shapes 255/255, responsible 245/255, timeline 225/230, status 20/25, 0
  invented. Left (KNOWN_GAPS), of the PDF reader: atgard-faktatabell.pdftex (a borderless
  table's cells on one baseline read as one line), prioritet-status.pdftex and
  nummer-i-cellen.pdftex (overfull cells). All shapes 4021/4137, responsible 3514/3670, timeline
  2957/3064, 0 invented.
  gap-kursiv    (added after those fixes, for the open point of an odd-styled entry after a gap)
                    a revised plan's list of bold "N. Title" lines alone, 1–4, then 7 in bold
                    italic (5 and 6 struck), 8, 9. Main's binary 20/35 (7, 8 and 9 lost: the
                    italic entry after the gap ended the list); after the fix 35/35.
  Then a line beside an item's title on its baseline is the next cell of a table row, not more
  of the title: headerless-rows from Word 0/5 → 5/5; and a line alone that crosses a column edge
  right of the action column is cells the reader joined, not text after the table: merged-nr-rows
  from Chromium and WeasyPrint 1/5 → 5/5. All shapes at the end of the session: number and
  title 4069/4172, responsible 3522/3670, timeline 2957/3064, 0 invented.

Written as a twenty-second blind check (2026-12-05, sixteenth session, before any rule changed
for them), by all five producers, from authors other than Malmö (a region, a county board, a
small town "Sörby"):

  mal-punkt-nummer  bold "Mål 2 Title" goal lines, under each its actions numbered within the goal,
                    paragraphs opening with a bold "2.1" and the plain title, one line of labels
                    "Ansvar: …  Tid: …";
  kort-etikett      action cards: a bordered box per action opening with the label "ÅTGÄRD 5" alone
                    on its line, the bold title, a paragraph and "Ansvar:" / "Tid:" / "Kostnad:";
                    part two of a plan, numbers 5–8;
  koppling-mal      Nr | Åtgärd | Koppling till mål | Ansvarig | Tidplan, goal codes "M1, M3" in
                    the middle column, after goals "M1 …" as paragraphs;
  forkortning-forst responsible offices as abbreviations "SBK, GK", the legend a paragraph
                    "Förkortningar: SBK = …" before the bold "N. Title" actions;
  genomforandeperiod bold "Åtgärd N. Title" with "Huvudansvarig:" and "Genomförandeperiod: 2025–2027";
  fortsatt-numrering part two of a plan: Nr | Åtgärd | Ansvarig | Tidplan numbered "14" … "18";
  tvasprakig        a plan in two languages: Nr | Åtgärd | Action | Ansvarig | Tidplan (the English
                    title beside the Swedish one);
  handlingsplan-mal, risker-lista, dagordning-punkter
                    no actions: a document titled as a plan holding goals alone (Heading 2 "Mål 1
                    …" with "Målår:"), a project's risks as bold "N. Risk" lines with
                    "Sannolikhet:" / "Konsekvens:" / "Ansvarig:" / "Tid:", a numbered agenda of bold
                    "N. Item" lines with "Föredragande:" / "Tid:".

  Before any rule changed (new shapes only, 50 files; `V=1 bench/plan-rates
  /work/base/kommission mal-punkt-nummer kort-etikett koppling-mal forkortning-forst
  genomforandeperiod fortsatt-numrering tvasprakig handlingsplan-mal risker-lista
  dagordning-punkter`): number and title 115/155 (74 %), responsible 126/155, timeline
  110/155, cost 0/20, other columns 20/25; invented 50: every variant of risker-lista (4 each)
  and of dagordning-punkter (6 each; the label "Föredragande:" joined to the title from four
  producers), 0 on handlingsplan-mal. Missed: kort-etikett (0/20: the label "ÅTGÄRD 5" on a
  line of its own over the title), tvasprakig (0/20: the English column run into the title),
  genomforandeperiod's timeline (0/20: "Genomförandeperiod:" is no timeline label),
  koppling-mal.pdftex's goal codes (overfull cells), LibreOffice's unhyphenated breaks. Right
  from the start: mal-punkt-nummer, forkortning-forst, fortsatt-numrering, handlingsplan-mal.
  All shapes then: number and title 4184/4327, responsible 3648/3825, timeline 3067/3219, cost
  425/466, invented 50.
  After its fixes (a labelled list may go on from an earlier part, "Åtgärd 5" first where the
  next goes on in step; "Genomförande…" headers and labels name the timeline; of two columns
  naming the title, "Åtgärd | Action", the English one is a column of its own; headings naming
  risks or an agenda, "Identifierade risker", "Föredragningslista", are sections of another
  kind): new shapes 155/155, responsible 146/155, timeline 150/155, cost 20/20, 0 invented.
  All shapes 4224/4327, responsible 3668/3825, timeline 3107/3219, cost 445/466, 0 invented;
  bench/structure-same identical on ../shared. Left (KNOWN_GAPS), of the PDF reader:
  koppling-mal and tvasprakig from LibreOffice (unhyphenated breaks) and pdfTeX (overfull
  cells, a justified header cell's words spread apart).

Needs (Debian 12): python3-docx (or pip python-docx), libreoffice-writer-nogui,
texlive-latex-base texlive-latex-recommended texlive-lang-european lmodern.  CI does not:
the files are committed.  Run from anywhere:  python3 tests/data/plans/make.py [NAME …]
(the python3 that has python-docx: /usr/bin/python3 on this machine; pdfTeX has no multirow.sty)
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from chromium_html import HTML_HEAD, chromium_pdf, html_escape, weasyprint_pdf  # noqa: E402

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------------------
# Blocks:
#   ("title", text, pt)          a large bold line
#   ("h1", text) ("h2", text)    headings (Word's Heading 1/2 styles, LaTeX sections)
#   ("p", text)                  a paragraph of running text
#   ("bold", text)               a bold paragraph
#   ("label", label, text)       "Ansvar: text" with the label bold
#   ("numbers", [items])         a list numbered by the producer (Word, enumerate)
#   ("toc", [(title, page)])     table of contents lines with dot leaders
#   ("table", header, rows)      a table, its header row bold
#   ("page",)                    a page break


def action(number, title, responsible=None, timeline=None, cost=None, status=None, follow_up=None):
    a = {"number": number, "title": title}
    if status is not None:
        a["status"] = status
    if follow_up is not None:
        a["follow_up"] = follow_up
    if responsible is not None:
        a["responsible"] = responsible
    if timeline is not None:
        a["timeline"] = timeline
    if cost is not None:
        a["cost"] = cost
    return a


def cells(text):
    """Table rows written one a line, cells parted by " | "."""
    return [line.strip().split(" | ") for line in text.strip().splitlines()]


def shapes(*makers):
    """A round's shapes by name: each maker's function name with hyphens, "goal_tree" → "goal-tree"."""
    return {f.__name__.replace("_", "-"): f for f in makers}


LOREM = [
    "Kommunen har arbetat med frågan under flera år och i flera förvaltningar.",
    "Arbetet följs upp av nämnderna och redovisas för kommunstyrelsen.",
    "Invånare och företag har lämnat synpunkter under samrådet.",
    "Underlaget bygger på statistik från de senaste fem åren.",
    "Resultaten skiljer sig mellan tätorterna och landsbygden.",
    "Samverkan med regionen och grannkommunerna är en förutsättning för arbetet.",
]


def prose(n, start=0):
    return " ".join(LOREM[(start + k) % len(LOREM)] for k in range(n))


def cover(title, subtitle):
    return [("title", title, 20), ("p", subtitle), ("page",)]


def intro(heading):
    """The chapter that opens most shapes: a heading and three sentences of prose."""
    return [("h1", heading), ("p", prose(3))]


def chapter_plan(title, by, opening, chapter, acts, blocks_of, follow):
    """A plan: a cover, an opening chapter, the chapter `chapter` giving each action (n, t, who, when)
    as `blocks_of(n, t, who, when)`, and "Uppföljning" (`prose(2, follow)`); with its want."""
    b = cover(title, by) + intro(opening) + [("h1", chapter)]
    for a in acts:
        b += blocks_of(*a)
    return b + [("h1", "Uppföljning"), ("p", prose(2, follow))], [action(*a) for a in acts]


def toc_action_list():
    items = [
        "Belysningen i gångtunneln vid stationen byts ut under våren.",
        "Fältassistenter finns i centrum fredag och lördag kväll.",
        "Buskage längs skolvägarna röjs varje år före skolstarten.",
        "En trygghetsvandring hålls i varje stadsdel per år.",
        "Kameraövervakning prövas på Stortorget under ett år.",
    ]
    b = cover("Trygghetsprogram för Ekby kommun 2025–2027", "Antaget av kommunfullmäktige 2024-11-25")
    b += [
        ("h1", "Innehåll"),
        ("toc", [("1 Inledning", 3), ("2 Åtgärder", 4), ("3 Uppföljning", 5)]),
        ("page",),
        ("h1", "1 Inledning"),
        ("p", prose(6)),
        ("p", prose(4, 2)),
        ("page",),
        ("h1", "2 Åtgärder"),
        ("p", "Under programperioden genomförs det som följer. Varje punkt har en ansvarig förvaltning."),
        ("numbers", items),
        ("p", prose(3, 1)),
        ("page",),
        ("h1", "3 Uppföljning"),
        ("p", prose(4, 3)),
    ]
    want = [action(str(k + 1), t) for k, t in enumerate(items)]
    return b, want


def toc_dotted_list():
    acts = [
        ("Inventera kommunens fastigheter med oljepanna", "Fastighetsavdelningen", "2025"),
        ("Byt belysningen i sporthallarna till LED", "Fritidsförvaltningen", "2025–2026"),
        ("Solceller på nya förskolor", "Fastighetsavdelningen", "Löpande"),
        ("Energirådgivning för småföretag", "Näringslivsenheten", "2026"),
    ]
    b = cover("Energiplan för Ekby kommun", "Fastställd av kommunstyrelsen 2024-09-10")
    b += [
        ("h1", "Innehåll"),
        ("toc", [("1. Inledning", 3), ("2. Nuläge", 3), ("3. Handlingsplan", 4), ("4. Uppföljning", 5)]),
        ("page",),
        ("h1", "1. Inledning"),
        ("p", prose(4)),
        ("h1", "2. Nuläge"),
        ("p", prose(5, 1)),
        ("page",),
        ("h1", "3. Handlingsplan"),
        ("p", "Kommunstyrelsen ansvarar för att planen genomförs och följs upp varje år."),
    ]
    for k, (t, resp, when) in enumerate(acts):
        b += [
            ("bold", f"{k + 1}. {t}"),
            ("p", prose(2, k)),
            ("label", "Ansvarig", resp),
            ("label", "Tidplan", when),
        ]
    b += [("page",), ("h1", "4. Uppföljning"), ("p", prose(3, 2))]
    want = [action(str(k + 1), t, resp, when) for k, (t, resp, when) in enumerate(acts)]
    return b, want


def table_plan():
    rows = [
        ("1", "Ta fram en plan för laddinfrastruktur", "Samhällsbyggnad", "2025", "200 tkr"),
        ("2", "Cykelpendlarstråk mellan Ekby och Norrby", "Tekniska förvaltningen", "2026–2027", "4,5 mnkr"),
        ("3", "Utbildning i sparsam körning för all personal", "HR-avdelningen", "2025", "Inom ram"),
        ("4", "Samåkningstjänst för kommunens anställda", "Kommunledningskontoret", "2026", "50 tkr"),
        ("5", "Gång- och cykelbro över Ekeån", "Tekniska förvaltningen", "2027", "12 mnkr"),
        ("6", "Kollektivtrafiken ses över med regionen", "Samhällsbyggnad", "Löpande", "Inom ram"),
    ]
    b = cover("Plan för hållbara transporter", "Ekby kommun, dnr KS 2024/311")
    b += [
        ("h1", "Bakgrund"),
        ("p", prose(5)),
        ("h2", "Indikatorer"),
        (
            "table",
            ["Indikator", "Utgångsläge", "Målvärde 2030"],
            [
                ["Andel resor med cykel", "12 %", "20 %"],
                ["Andel resor med kollektivtrafik", "18 %", "25 %"],
                ["Utsläpp från transporter (ton)", "41 000", "20 000"],
            ],
        ),
        ("page",),
        ("h1", "Handlingsplan 2025–2027"),
        ("p", "Tabellen visar de åtgärder som ska genomföras under perioden."),
        ("table", ["Nr", "Åtgärd", "Ansvar", "Tidplan", "Kostnad"], [list(r) for r in rows]),
        ("p", prose(2, 3)),
    ]
    want = [action(n, t, r, w, c) for n, t, r, w, c in rows]
    return b, want


def atgard_paragraphs():
    acts = [
        ("Kartlägg bullret längs Storgatan", "Miljöförvaltningen", "2025", "150 tkr"),
        ("Sänkt hastighet på genomfarten", "Tekniska förvaltningen", "2025", "80 tkr"),
        ("Bullerskärm vid Björkskolan", "Tekniska förvaltningen", "2026", "1,2 mnkr"),
        ("Tyst asfalt vid nästa beläggning", "Tekniska förvaltningen", "2027", "Inom ram"),
        ("Information till fastighetsägare om fönsterbidrag", "Miljöförvaltningen", "2025–2026", "30 tkr"),
    ]
    b = cover("Åtgärdsprogram mot buller 2025–2029", "Ekby kommun")
    b += [
        ("h1", "Inledning"),
        ("p", prose(5)),
        ("h1", "Programmets åtgärder"),
        ("p", "Programmet omfattar fem åtgärder. De beskrivs var för sig nedan."),
    ]
    for k, (t, resp, when, cost) in enumerate(acts):
        b += [
            ("bold", f"Åtgärd {k + 1}: {t}"),
            ("p", prose(2, k + 1)),
            ("label", "Ansvar", resp),
            ("label", "Tidplan", when),
            ("label", "Kostnad", cost),
        ]
    b += [("h1", "Uppföljning"), ("p", prose(3, 4))]
    want = [action(str(k + 1), t, r, w, c) for k, (t, r, w, c) in enumerate(acts)]
    return b, want


def area_letters():
    rows = [
        ("A1", "Energieffektivisera skolornas ventilation", "Fastighet", "2025"),
        ("A2", "Solcellsanläggning på kommunhusets tak", "Fastighet", "2026"),
        ("A3", "Avtal om förnybar el för alla verksamheter", "Upphandling", "2025"),
        ("B1", "Vegetarisk dag varje vecka i skolmaten", "Kostenheten", "2025"),
        ("B2", "Minska matsvinnet i storköken med en fjärdedel", "Kostenheten", "2027"),
        ("C1", "Klimatkrav i alla upphandlingar av fordon", "Upphandling", "Löpande"),
    ]
    b = cover("Klimatlöfte och handlingsplan", "Ekby kommun 2025")
    b += [
        ("h1", "Om planen"),
        ("p", prose(4)),
        ("p", "Åtgärderna är ordnade efter område: A energi, B mat och C upphandling."),
        ("h1", "Handlingsplan"),
        ("table", ["Åtgärd", "Ansvarig", "Klart"], [[f"{n} {t}", r, w] for n, t, r, w in rows]),
    ]
    want = [action(n, t, r, w) for n, t, r, w in rows]
    return b, want


def goal_grouped():
    goals = [
        (
            "Minskade utsläpp från transporter",
            [
                ("1.1", "Bygg ut laddplatser vid kommunens arbetsplatser"),
                ("1.2", "Inför digitala möten som förstahandsval"),
            ],
        ),
        (
            "Energieffektiva lokaler",
            [
                ("2.1", "Energikartlägg de tio största byggnaderna"),
                ("2.2", "Byt till frånluftsvärmepumpar i äldreboenden"),
                ("2.3", "Samordna driftoptimering med fastighetsbolaget"),
            ],
        ),
        ("Hållbar konsumtion", [("3.1", "Inför en återbrukslokal för möbler")]),
    ]
    b = cover("Miljöprogram med handlingsplan", "Ekby kommun 2025–2028")
    b += [("h1", "Mål och åtgärder"), ("p", prose(3))]
    want = []
    for k, (goal, acts) in enumerate(goals):
        b += [
            ("h2", f"Mål {k + 1} {goal}"),
            ("p", "Målet följs upp med nyckeltal i årsredovisningen. " + prose(1, k)),
        ]
        for n, t in acts:
            b += [("bold", f"Åtgärd {n} {t}"), ("p", prose(1, k + 2))]
            want.append(action(n, t))
    return b, want


def letter_suffix():
    themes = [
        (
            "Vatten",
            [
                ("1a", "Reservvattentäkt utreds för Norrby"),
                ("1b", "Läckagesökning i ledningsnätet varje år"),
            ],
        ),
        (
            "Avlopp",
            [
                ("2a", "Enskilda avlopp inventeras i Ekeådalen"),
                ("2b", "Reningsverket i Sörby byggs om"),
                ("2c", "Dagvatten leds bort från spillvattennätet"),
            ],
        ),
    ]
    b = cover("VA-plan för Ekby kommun", "Del 2: åtgärder")
    b += [("h1", "Åtgärder"), ("p", prose(3))]
    want = []
    for k, (theme, acts) in enumerate(themes):
        b += [("h2", f"{k + 1} {theme}"), ("p", prose(2, k))]
        for n, t in acts:
            b += [("bold", f"{n} {t}"), ("p", prose(1, k + 3))]
            want.append(action(n, t))
    return b, want


def appendix_table():
    goals = [
        "Alla invånare har tillgång till en park inom 300 meter.",
        "Andelen hårdgjord yta i centrum minskar.",
        "Den biologiska mångfalden i tätorterna ökar.",
    ]
    rows = [
        ("1.1", "Anlägg en fickpark vid Kvarngatan", "Parkenheten", "2025", "Pågår"),
        ("1.2", "Lekplatsen i Sörby rustas", "Parkenheten", "2026", "Ej påbörjad"),
        ("2.1", "Riv asfalten på Skolgården Väst", "Fastighet", "2025", "Klar"),
        ("3.1", "Ängsytor i stället för gräsmatta i tre parker", "Parkenheten", "2025", "Pågår"),
        ("3.2", "Inventera stadens träd", "Miljöenheten", "2026", "Ej påbörjad"),
    ]
    b = cover("Grönplan för Ekby tätort", "Antagen av kommunfullmäktige 2024-06-17")
    b += [
        ("h1", "Inledning"),
        ("p", prose(4)),
        ("h1", "Mål"),
        ("p", "Kommunfullmäktige har antagit tre mål för tätortens grönska:"),
        ("numbers", goals),
        ("p", prose(3, 2)),
        ("page",),
        ("h1", "Bilaga 1 Åtgärdslista"),
        ("table", ["Nr", "Aktivitet", "Ansvarig", "Klart", "Status"], [list(r) for r in rows]),
    ]
    want = [action(n, t, r, w) for n, t, r, w, _ in rows]
    return b, want


def goal_list():
    goals = [
        "Utsläppen av växthusgaser minskar med 70 procent till 2030.",
        "All el som kommunen köper är förnybar.",
        "Andelen ekologiska livsmedel i kommunens kök är minst hälften.",
        "Alla nya byggnader är energisnåla.",
    ]
    b = cover("Miljömål för Ekby kommun", "Antagna av kommunfullmäktige 2023-04-24")
    b += [
        ("h1", "Övergripande mål"),
        ("p", "Kommunens övergripande mål för miljön är följande:"),
        ("numbers", goals),
        ("h1", "Delmål"),
        ("p", prose(3)),
        ("numbers", ["Utsläppen från kommunens fordon halveras.", "Energianvändningen i lokalerna minskar."]),
        ("h1", "Uppföljning av målen"),
        ("p", prose(3, 3)),
    ]
    return b, []


def requirements():
    reqs = [
        "Leverantören ska ha ett kvalitetsledningssystem.",
        "Leverantören ska kunna leverera inom fem arbetsdagar.",
        "Fordonen ska uppfylla lägst Euro 6.",
        "Leverantören ska ha en kontaktperson som talar svenska.",
        "Priset ska gälla hela avtalsperioden.",
    ]
    b = cover("Förfrågningsunderlag: transporttjänster", "Ekby kommun, upphandling 2025:14")
    b += [
        ("h1", "Allmänna villkor"),
        ("p", prose(3)),
        ("h1", "Krav på leverantören"),
        ("p", "Följande krav ska vara uppfyllda när anbudet lämnas:"),
        ("numbers", reqs),
        ("h1", "Kravuppfyllnad"),
        (
            "table",
            ["Nr", "Krav", "Uppfylls"],
            [["1", "Kvalitetsledningssystem", "Ja/Nej"], ["2", "Leveranstid", "Ja/Nej"], ["3", "Miljökrav på fordon", "Ja/Nej"]],
        ),
    ]
    return b, []


def agenda():
    items = [
        "Upprop",
        "Val av justerare",
        "Anmälan av nya motioner",
        "Årsredovisning 2024",
        "Handlingsplan mot våld i nära relationer 2025–2027",
        "Åtgärdsprogram för Ekeån",
        "Svar på medborgarförslag om utegym",
        "Avsägelser och fyllnadsval",
    ]
    b = [
        ("title", "Kallelse till kommunfullmäktige", 16),
        ("p", "Tid: måndagen den 14 april 2025 kl. 18.00"),
        ("p", "Plats: Stadshuset, fullmäktigesalen"),
        ("h1", "Föredragningslista"),
        ("numbers", items),
        ("p", "Handlingarna finns på kommunens webbplats från och med den 7 april."),
        ("p", "Anna Berg, ordförande"),
    ]
    return b, []


def conclusions():
    points = [
        "Kostnaderna för hemtjänsten har ökat snabbare än antalet brukare.",
        "Planeringen av insatserna sker i flera olika system.",
        "Uppföljningen av beviljade timmar är bristfällig.",
        "Samarbetet med regionens hälso- och sjukvård fungerar väl.",
    ]
    b = cover("Granskning av hemtjänstens styrning", "Revisorerna i Ekby kommun, rapport 2024:3")
    b += [
        ("h1", "1. Sammanfattning"),
        ("p", prose(4)),
        ("h1", "2. Iakttagelser"),
        ("p", "Granskningen har lett fram till följande slutsatser:"),
        ("numbers", points),
        ("h1", "3. Bedömning"),
        ("p", prose(3, 2)),
    ]
    return b, []


def report_sections():
    b = cover("Utredning om lokalbehov i Ekby", "Kommunledningskontoret, mars 2025")
    b += [
        ("h1", "1 Inledning"),
        ("h2", "1.1 Bakgrund"),
        ("p", prose(3)),
        ("h2", "1.2 Syfte och avgränsning"),
        ("p", prose(2, 1)),
        ("h1", "2 Nulägesanalys"),
        ("h2", "2.1 Åtgärder som redan genomförts"),
        ("p", prose(3, 2)),
        ("h2", "2.2 Kostnader"),
        ("p", prose(2, 3)),
        ("h1", "3 Slutsatser"),
        ("p", prose(3, 4)),
    ]
    return b, []


def climate_table():
    """A municipal climate plan: four theme headings "1 Energi" … "4 Klimatanpassning", each
    with a paragraph and a table Nr | Åtgärd | Förvaltning | Ansvarig | Tidsplan whose rows
    "1.1" … "2.10" have action cells that wrap to several lines; the transport table is long
    enough to run on over a page, its header row repeated there. The themes are no actions;
    Förvaltning is a column of its own (the action's `fields`)."""
    themes = [
        ("Energi", [
            ("Energikartlägg kommunens tio största byggnader och ta fram en plan för varje byggnad",
             "Samhällsbyggnad", "Energistrateg", "2025"),
            ("Installera solceller på alla nya kommunala byggnader där taket lämpar sig",
             "Samhällsbyggnad", "Fastighetschef", "2025–2030"),
            ("Byt ut den sista oljepannan i kommunens lokaler mot fjärrvärme eller värmepump",
             "Samhällsbyggnad", "Fastighetschef", "2026"),
            ("Erbjud energi- och klimatrådgivning till hushåll och småföretag",
             "Kommunledningskontoret", "Energi- och klimatrådgivare", "Löpande"),
        ]),
        ("Transporter", [
            ("Ta fram en laddinfrastrukturplan för kommunens arbetsplatser och bostadsområden",
             "Samhällsbyggnad", "Trafikplanerare", "2025"),
            ("Bygg ut gång- och cykelvägnätet mellan tätorterna enligt cykelplanen",
             "Samhällsbyggnad", "Gatuchef", "2025–2028"),
            ("Ställ krav på fossilfria drivmedel i upphandlingar av transporttjänster",
             "Kommunledningskontoret", "Upphandlingschef", "2025"),
            ("Inför en resepolicy som gör tåg och digitala möten till förstahandsval",
             "Kommunledningskontoret", "HR-chef", "2025"),
            ("Ersätt kommunens bensin- och dieselbilar med elbilar när leasingavtalen löper ut",
             "Kommunledningskontoret", "Fordonssamordnare", "2025–2027"),
            ("Utred en bilpool för kommunens anställda som även invånarna kan använda",
             "Samhällsbyggnad", "Trafikplanerare", "2026"),
            ("Samordna varutransporterna till kommunens förskolor, skolor och äldreboenden",
             "Kommunledningskontoret", "Logistiksamordnare", "2026"),
            ("Arbeta tillsammans med regionen för tätare busstrafik på landsbygden",
             "Samhällsbyggnad", "Trafikplanerare", "Löpande"),
            ("Anlägg säkra cykelparkeringar vid stationen och vid alla skolor",
             "Samhällsbyggnad", "Gatuchef", "2027"),
            ("Genomför kampanjer för att fler barn ska gå eller cykla till skolan",
             "Barn och utbildning", "Folkhälsostrateg", "Varje år"),
        ]),
        ("Konsumtion och avfall", [
            ("Minska matsvinnet i skolornas och äldreboendenas kök med en tredjedel",
             "Barn och utbildning", "Kostchef", "2025–2027"),
            ("Inrätta ett internt återbruk av möbler och kontorsmaterial",
             "Kommunledningskontoret", "Lokalsamordnare", "2026"),
            ("Öka andelen vegetariska måltider i kommunens verksamheter",
             "Barn och utbildning", "Kostchef", "Löpande"),
        ]),
        ("Klimatanpassning", [
            ("Ta fram en skyfallskartering för centralorten och de större tätorterna",
             "Samhällsbyggnad", "VA-strateg", "2025"),
            ("Plantera skuggande träd vid förskolor och äldreboenden",
             "Samhällsbyggnad", "Parkchef", "2025–2028"),
            ("Inventera vilka kommunala verksamheter som är sårbara vid långvarig värme",
             "Socialtjänsten", "Beredskapschef", "2026"),
            ("Ta fram rutiner för äldreomsorgen under värmeböljor",
             "Socialtjänsten", "Medicinskt ansvarig sjuksköterska", "2025"),
        ]),
    ]
    b = cover("Klimatplan för Ekby kommun 2025–2030", "Antagen av kommunfullmäktige 2024-12-09")
    b += [
        ("h1", "Inledning"),
        ("p", prose(5)),
        ("p", "Planen har fyra tema. Under varje tema finns en tabell med de åtgärder som ska "
         "genomföras, vilken förvaltning som äger åtgärden och vem som ansvarar för den."),
        ("h1", "Åtgärder"),
    ]
    want = []
    for k, (theme, rows) in enumerate(themes):
        b += [("h2", f"{k + 1} {theme}"), ("p", prose(2, k))]
        table = []
        for j, (title, office, who, when) in enumerate(rows):
            n = f"{k + 1}.{j + 1}"
            table.append([n, title, office, who, when])
            a = action(n, title, who, when)
            a["fields"] = {"Förvaltning": office}
            want.append(a)
        b.append(("longtable", ["Nr", "Åtgärd", "Förvaltning", "Ansvarig", "Tidsplan"], table, [1.2, 5.2, 4.4, 3.6, 2.2]))
    b += [("h1", "Uppföljning"), ("p", prose(3, 2))]
    return b, want


def motion():
    """A motion to the council: its proposals as att-satser ("att kommunen …"), numbered by
    hand "1." … in some councils. No actions."""
    b = [
        ("title", "Motion om fler laddstolpar i Ekby", 16),
        ("p", "Till kommunfullmäktige i Ekby kommun"),
        ("p", prose(4)),
        ("p", "Elbilarna blir fler, men det finns få platser att ladda på i tätorterna. " + prose(2, 3)),
        ("p", "Med anledning av detta föreslår jag kommunfullmäktige besluta"),
        ("p", "1. att kommunen tar fram en plan för publika laddplatser,"),
        ("p", "2. att laddplatser byggs vid alla kommunala parkeringar senast 2027,"),
        ("p", "3. att kommunen undersöker om laddplatser kan finansieras med statliga bidrag."),
        ("p", "Ekby den 3 februari 2025"),
        ("p", "Anders Lind (C)"),
    ]
    return b, []


def regulation():
    """Local regulations with numbered paragraphs ("1 §", "§ 2") and numbered points under
    them. No actions."""
    points = [
        "att hålla hundar kopplade inom detaljplanelagt område,",
        "att plocka upp efter sin hund på gator och torg,",
        "att inte rasta hundar på lekplatser och badplatser.",
    ]
    b = cover("Lokala ordningsföreskrifter för Ekby kommun", "Antagna av kommunfullmäktige 2023-10-23")
    b += [
        ("h1", "Inledande bestämmelser"),
        ("bold", "1 §"),
        ("p", "Dessa föreskrifter gäller inom Ekby kommun och kompletterar ordningslagen."),
        ("bold", "2 §"),
        ("p", "Bestämmelserna gäller på offentlig plats enligt 1 kap. 2 § ordningslagen."),
        ("h1", "Hundar"),
        ("bold", "3 §"),
        ("p", "Den som har hand om en hund är skyldig"),
        ("numbers", points),
        ("bold", "4 §"),
        ("p", "Vad som sägs i 3 § gäller inte ledarhundar och polisens hundar."),
        ("h1", "Avgifter"),
        ("bold", "5 §"),
        ("p", "För att använda offentlig plats ska avgift betalas enligt taxa."),
        ("numbers", ["Uteserveringar betalar per kvadratmeter.", "Torghandel betalar per dag.",
                     "Evenemang betalar enligt särskild taxa."]),
    ]
    return b, []


def kallelse():
    """A notice of a board meeting with its numbered items, diary numbers at the right and
    the proposal under some ("Förslag till beslut"). No actions, no protocol."""
    items = [
        ("Val av justerare", None),
        ("Godkännande av dagordning", None),
        ("Budgetuppföljning mars", "KS 2025/12"),
        ("Åtgärdsplan för minskat buller längs Storgatan", "KS 2024/301"),
        ("Svar på motion om fler laddstolpar", "KS 2025/33"),
        ("Delegationsbeslut", None),
    ]
    b = [
        ("title", "Kallelse", 16),
        ("p", "Kommunstyrelsen kallas till sammanträde tisdagen den 8 april 2025 kl. 13.00 i Stadshuset, sal A."),
        ("h1", "Ärenden"),
    ]
    for k, (t, dnr) in enumerate(items):
        b.append(("bold", f"{k + 1}. {t}" + (f"   Dnr {dnr}" if dnr else "")))
        if dnr:
            b.append(("p", "Förslag till beslut: Kommunstyrelsen godkänner förvaltningens förslag."))
    b += [("p", "Eva Lind, ordförande"), ("p", "Maria Ek, sekreterare")]
    return b, []


# ---------------------------------------------------------------------------------------
# Shapes added for the blind check (2026-12-02): habits of real plans not covered above.


def bullet_codes():
    """Actions as a bullet list whose items open with a code ("Å1 …", "Å2 …") under the
    heading "Åtgärder"; before it a bullet list of the plan's starting points (no codes, no
    actions)."""
    acts = [
        ("Å1", "Förbättra belysningen i gång- och cykeltunnlarna"),
        ("Å2", "Inför nattvandringar med föreningslivet i centrum"),
        ("Å3", "Ta bort klotter inom ett dygn på kommunens fastigheter"),
        ("Å4", "Genomför en trygghetsmätning vartannat år"),
        ("Å5", "Utveckla samverkan med polisen genom ett medborgarlöfte"),
    ]
    b = cover("Handlingsplan för ökad trygghet i Ekby centrum", "Ekby kommun 2025–2026")
    b += [
        ("h1", "Utgångspunkter"),
        ("p", prose(3)),
        ("bullets", ["Alla ska kunna röra sig fritt i centrum.", "Arbetet bygger på samverkan.", "Insatserna följs upp varje år."]),
        ("h1", "Åtgärder"),
        ("p", "Varje åtgärd har en kod som används i uppföljningen."),
        ("bullets", [f"{n} {t}" for n, t in acts]),
        ("h1", "Uppföljning"),
        ("p", prose(2, 3)),
    ]
    return b, [action(n, t) for n, t in acts]


def insats_codes():
    """Actions called "Insats 1.1 Title" as bold lines under area headings "Område 1 …",
    each with a description and the labelled lines "Ansvar:" and "När:"."""
    areas = [
        ("Kompetens", [
            ("1.1", "Utbilda all personal i digital tillgänglighet", "HR-avdelningen", "2025"),
            ("1.2", "Inrätta ett nätverk för digitala ombud", "Digitaliseringsenheten", "2025–2026"),
        ]),
        ("Tjänster", [
            ("2.1", "Inför e-tjänst för ansökan om bygglov", "Samhällsbyggnad", "2026"),
            ("2.2", "Erbjud digital signering av avtal", "Kommunledningskontoret", "2025"),
            ("2.3", "Samla kommunens e-tjänster på en plats", "Kommunikationsenheten", "2027"),
        ]),
    ]
    b = cover("Digitaliseringsplan 2025–2027", "Ekby kommun")
    b += [("h1", "Bakgrund"), ("p", prose(4)), ("h1", "Insatser"), ("p", prose(1, 2))]
    want = []
    for k, (area, acts) in enumerate(areas):
        b += [("h2", f"Område {k + 1} {area}"), ("p", prose(2, k))]
        for n, t, who, when in acts:
            b += [("bold", f"Insats {n} {t}"), ("p", prose(1, k + 1)), ("label", "Ansvar", who), ("label", "När", when)]
            want.append(action(n, t, who, when))
    return b, want


def heading_actions():
    """Actions as third-level headings "3.1.2 Title" under chapter "3 Handlingsplan" and its
    areas "3.1 Vatten", each followed by a description and one line "Ansvarig: … Tidplan: …"
    with both labels on it; the chapters and areas are no actions."""
    areas = [
        ("Vatten", [
            ("3.1.1", "Skydda vattentäkten i Norrby med nya skyddsföreskrifter", "Miljöförvaltningen", "2025"),
            ("3.1.2", "Anlägg våtmarker längs Ekeån", "Samhällsbyggnad", "2026–2027"),
        ]),
        ("Natur", [
            ("3.2.1", "Inventera kommunens ängs- och betesmarker", "Miljöförvaltningen", "2025"),
            ("3.2.2", "Bilda naturreservat vid Storskogen", "Samhällsbyggnad", "2027"),
            ("3.2.3", "Ta fram en plan för invasiva arter", "Miljöförvaltningen", "2026"),
        ]),
    ]
    b = cover("Miljöprogram för Ekby kommun", "Del 2: Handlingsplan")
    b += [
        ("h1", "1 Inledning"), ("p", prose(3)),
        ("h1", "2 Mål"), ("p", prose(3, 1)),
        ("h1", "3 Handlingsplan"), ("p", "Här beskrivs åtgärderna per område."),
    ]
    want = []
    for k, (area, acts) in enumerate(areas):
        b += [("h2", f"3.{k + 1} {area}"), ("p", prose(2, k + 2))]
        for n, t, who, when in acts:
            b += [("h3", f"{n} {t}"), ("p", prose(2, k)), ("labels", [("Ansvarig", who), ("Tidplan", when)])]
            want.append(action(n, t, who, when))
    b += [("h1", "4 Uppföljning"), ("p", prose(2, 4))]
    return b, want


def landscape_table():
    """An action table on a landscape page, Nr | Aktivitet | Beskrivning | Ansvarig | Klart,
    numbered "A.1", "A.2", "B.1" …; the description cells are long and wrap."""
    rows = [
        ("A.1", "Kartlägg tillgängligheten i kommunens lokaler", "En inventering av entréer, hissar och toaletter i alla lokaler som allmänheten besöker.", "Fastighetsavdelningen", "2025"),
        ("A.2", "Åtgärda brister i entréer", "De brister som inventeringen visar åtgärdas i den ordning som skolor och vårdboenden kommer först.", "Fastighetsavdelningen", "2026"),
        ("B.1", "Tillgänglighetsanpassa webbplatsen", "Webbplatsen granskas mot riktlinjerna för tillgänglighet och bristerna rättas.", "Kommunikationsenheten", "2025"),
        ("B.2", "Information på lättläst svenska", "Den viktigaste informationen om kommunens service finns även på lättläst svenska.", "Kommunikationsenheten", "2026"),
        ("C.1", "Utbildning för chefer om funktionsrätt", "Alla chefer går en halvdagsutbildning om funktionsrätt och bemötande.", "HR-avdelningen", "2025"),
    ]
    b = cover("Handlingsplan för funktionsrätt 2025–2026", "Ekby kommun")
    b += [
        ("h1", "Inledning"), ("p", prose(4)),
        ("landscape_table", "Aktiviteter", ["Nr", "Aktivitet", "Beskrivning", "Ansvarig", "Klart"], [list(r) for r in rows]),
        ("h1", "Uppföljning"), ("p", prose(2, 1)),
    ]
    return b, [action(n, t, who, when) for n, t, _, who, when in rows]


def budget_uppdrag():
    """A budget with numbered assignments to the boards ("Uppdrag 1 …" in bold, the text
    below) and a table of the boards' frames. No actions."""
    tasks = [
        ("Kommunstyrelsen", "ska ta fram en lokalförsörjningsplan för hela kommunen."),
        ("Barn- och utbildningsnämnden", "ska minska kostnaderna för skolskjuts med tio procent."),
        ("Socialnämnden", "ska utreda hur hemtjänsten kan planeras digitalt."),
        ("Samtliga nämnder", "ska redovisa sin energianvändning i årsredovisningen."),
    ]
    b = cover("Budget 2025 och plan för 2026–2027", "Kommunfullmäktiges beslut 2024-11-25")
    b += [
        ("h1", "Ekonomiska förutsättningar"), ("p", prose(4)),
        ("h1", "Ramar för nämnderna"),
        ("table", ["Nämnd", "Budget 2025 (mnkr)", "Plan 2026 (mnkr)"],
         [["Kommunstyrelsen", "112,4", "114,0"], ["Barn- och utbildningsnämnden", "640,2", "652,5"], ["Socialnämnden", "588,9", "601,3"]]),
        ("h1", "Uppdrag till nämnderna"),
        ("p", "Kommunfullmäktige lämnar följande uppdrag för 2025:"),
    ]
    for k, (who, what) in enumerate(tasks):
        b += [("bold", f"Uppdrag {k + 1}"), ("p", f"{who} {what}")]
    b += [("h1", "Investeringar"), ("p", prose(3, 2))]
    return b, []


def follow_up():
    """A follow-up report of an action plan that cites the plan's action numbers in prose
    ("Åtgärd 2.3 har genomförts …", "Åtgärderna 1.1 och 1.2 …") and in a status list. No
    actions of its own."""
    b = cover("Uppföljning av klimatplanen 2024", "Rapport till kommunstyrelsen, mars 2025")
    b += [
        ("h1", "Sammanfattning"),
        ("p", "Av klimatplanens 24 åtgärder har 11 genomförts, 9 pågår och 4 har inte påbörjats. "
         "Utsläppen från kommunens egna transporter minskade med 8 procent under året."),
        ("h1", "Genomförda åtgärder"),
        ("p", "Åtgärd 1.1 Energikartlägg kommunens byggnader har genomförts för de tio största byggnaderna."),
        ("p", "Åtgärd 1.4 Energirådgivning har nått 140 hushåll, vilket är fler än planerat."),
        ("p", "Åtgärderna 2.1 och 2.2 om laddplatser är klara vid kommunhuset och stadshuset."),
        ("h1", "Försenade åtgärder"),
        ("p", "Åtgärd 2.3 Samåkningstjänst har skjutits upp till 2026 på grund av en överklagad upphandling."),
        ("p", "Åtgärd 3.2 Klimatkrav i livsmedelsupphandlingen väntar på ett nytt ramavtal."),
        ("h1", "Bedömning"),
        ("p", prose(3, 1)),
    ]
    return b, []


# ---------------------------------------------------------------------------------------
# Shapes added for the third blind check (2026-12-02, afternoon), written before any rule
# changed: habits of real plans and of documents with numbered items that are no actions.


def goal_delmal():
    """A public-health plan by goal: "Mål 1 …" headings, "Delmål 1.1 …" bold lines under them,
    and under each sub-goal a table Åtgärd | Ansvar | Tid | Kostnad | Indikator whose action
    cells open with a three-part number "1.1.1"; the goals and sub-goals are no actions, the
    indicator is a column of its own."""
    goals = [
        ("Goda uppväxtvillkor", [
            ("Fler barn rör sig varje dag", [
                ("1.1.1", "Inför daglig utevistelse med rörelse i alla förskolor", "Förskoleförvaltningen", "2025", "Inom ram", "Andel förskolor med daglig rörelse"),
                ("1.1.2", "Erbjud lovaktiviteter utan avgift", "Kultur och fritid", "2025–2026", "400 tkr", "Antal deltagare per lov"),
            ]),
            ("Färre unga använder tobak och alkohol", [
                ("1.2.1", "Genomför föräldrautbildning i alla högstadieskolor", "Skolförvaltningen", "2026", "150 tkr", "Antal utbildade föräldrar"),
            ]),
        ]),
        ("Trygg och hälsosam ålderdom", [
            ("Färre fallolyckor bland äldre", [
                ("2.1.1", "Erbjud balansträning på träffpunkterna", "Äldreförvaltningen", "2025", "80 tkr", "Antal fallolyckor per år"),
                ("2.1.2", "Gör hembesök hos alla som fyller 80 år", "Äldreförvaltningen", "Löpande", "Inom ram", "Andel besökta"),
                ("2.1.3", "Se över belysningen på gångvägar vid äldreboenden", "Tekniska förvaltningen", "2026", "300 tkr", "Antal åtgärdade platser"),
            ]),
        ]),
    ]
    b = cover("Folkhälsoplan med handlingsplan 2025–2028", "Ekby kommun")
    b += [("h1", "Inledning"), ("p", prose(4)), ("h1", "Mål, delmål och åtgärder")]
    want = []
    for k, (goal, subs) in enumerate(goals):
        b += [("h2", f"Mål {k + 1} {goal}"), ("p", prose(2, k))]
        for j, (sub, rows) in enumerate(subs):
            b += [("bold", f"Delmål {k + 1}.{j + 1} {sub}"), ("p", prose(1, j + 2))]
            b.append(("table", ["Åtgärd", "Ansvar", "Tid", "Kostnad", "Indikator"], [[f"{n} {t}", r, w, c, i] for n, t, r, w, c, i in rows]))
            for n, t, r, w, c, i in rows:
                a = action(n, t, r, w, c)
                a["fields"] = {"Indikator": i}
                want.append(a)
    b += [("h1", "Uppföljning"), ("p", prose(2, 3))]
    return b, want


def a_codes_twocol():
    """A plan set in two columns: actions "A1 Title" … "A7 Title" as bold lines, each with a
    description and "Ansvarig:" below; some titles wrap in the narrow column."""
    acts = [
        ("A1", "Inventera ängs- och hagmarker i kommunens ägo", "Miljöenheten"),
        ("A2", "Anlägg blomrika vägkanter längs tio kilometer kommunal väg", "Gatuenheten"),
        ("A3", "Restaurera våtmarken vid Ekeån", "Miljöenheten"),
        ("A4", "Sätt upp holkar för fladdermöss och fåglar i stadsparkerna", "Parkenheten"),
        ("A5", "Låt död ved ligga kvar i kommunens skogar", "Skogsförvaltaren"),
        ("A6", "Bekämpa jätteloka och parkslide på kommunens mark", "Parkenheten"),
        ("A7", "Ta fram en skötselplan för strandängarna", "Miljöenheten"),
    ]
    b = cover("Handlingsplan för biologisk mångfald", "Ekby kommun 2025–2027") + intro("Inledning") + [("h1", "Aktiviteter")]
    inner = []
    for k, (n, t, who) in enumerate(acts):
        inner += [("bold", f"{n} {t}"), ("p", prose(2, k)), ("label", "Ansvarig", who)]
    b.append(("twocol", inner))
    b += [("h1", "Uppföljning"), ("p", prose(2, 1))]
    return b, [action(n, t, who) for n, t, who in acts]


def margin_numbers():
    """Actions set as a borderless two-column table: the number alone in a narrow left
    column ("1", "2" …), the bold title, a description and the labelled lines "Ansvarig:" and
    "Klart:" in the right one."""
    acts = [
        ("Tillgänglighetsanpassa de tjugo mest använda busshållplatserna", "Trafikenheten", "2026"),
        ("Inför realtidsinformation med uppläsning vid resecentrum", "Kollektivtrafikenheten", "2025"),
        ("Utbilda förarna i bemötande av resenärer med funktionsnedsättning", "Regionen", "2025"),
        ("Se över färdtjänstens regler för ledsagare", "Färdtjänsthandläggarna", "2026"),
        ("Gör kommunens reseplanerare tillgänglig för skärmläsare", "Kommunikationsenheten", "2025"),
    ]
    b = cover("Åtgärdsplan för tillgänglig kollektivtrafik", "Ekby kommun 2025–2026")
    b += [("h1", "Bakgrund"), ("p", prose(4)), ("h1", "Åtgärder"), ("p", "Åtgärderna nedan genomförs under planperioden.")]
    for k, (t, who, when) in enumerate(acts):
        b.append(("margin", str(k + 1), [("bold", t), ("p", prose(1, k)), ("label", "Ansvarig", who), ("label", "Klart", when)]))
    b += [("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, [action(str(k + 1), t, who, when) for k, (t, who, when) in enumerate(acts)]


def status_plan():
    """A municipal action plan as followed up: a table Nr | Åtgärd | Ansvarig | Status |
    Kommentar with the states "Klar", "Pågår", "Ej påbörjad" and a comment per row."""
    rows = [
        ("1", "Kartlägg ensamheten bland äldre i kommunen", "Äldreförvaltningen", "Klar", "Enkäten besvarades av 1 200 personer."),
        ("2", "Öppna fler träffpunkter på landsbygden", "Äldreförvaltningen", "Pågår", "Två av fyra har öppnat."),
        ("3", "Starta en telefonkedja med frivilliga", "Frivilligsamordnaren", "Pågår", "Tjugo frivilliga är engagerade."),
        ("4", "Erbjud kurser i digital vardag för äldre", "Biblioteket", "Klar", "Sex kurser har hållits."),
        ("5", "Inför uppsökande samtal efter att en make avlidit", "Biståndsenheten", "Ej påbörjad", "Startar hösten 2025."),
    ]
    b = cover("Handlingsplan mot ofrivillig ensamhet bland äldre", "Uppföljning 2025, Äldrenämnden")
    b += [
        ("h1", "Inledning"),
        ("p", prose(3)),
        ("h1", "Handlingsplanens åtgärder"),
        ("p", "Tabellen visar varje åtgärd och hur långt den har kommit."),
        ("table", ["Nr", "Åtgärd", "Ansvarig", "Status", "Kommentar"], [list(r) for r in rows]),
        ("h1", "Fortsatt arbete"),
        ("p", prose(2, 4)),
    ]
    return b, [action(n, t, who, status=st) for n, t, who, st, _ in rows]


def verksamhetsplan():
    """A board's business plan: numbered goals ("Mål 1 …" headings) each with a table of
    indicators Nr | Indikator | Utfall 2024 | Målvärde 2025 whose rows are "1.1", "1.2" …, and
    a numbered list of focus areas. No actions."""
    goals = [
        ("Alla elever når kunskapskraven", [("1.1", "Andel elever med behörighet till gymnasiet", "84 %", "90 %"),
                                            ("1.2", "Genomsnittligt meritvärde i årskurs 9", "221", "230")]),
        ("Eleverna känner sig trygga i skolan", [("2.1", "Andel elever som känner sig trygga", "88 %", "95 %"),
                                                 ("2.2", "Antal anmälda kränkningar", "140", "100")]),
        ("Personalen stannar och utvecklas", [("3.1", "Personalomsättning bland lärare", "14 %", "10 %")]),
    ]
    b = cover("Verksamhetsplan 2025", "Barn- och utbildningsnämnden i Ekby kommun")
    b += [
        ("h1", "Nämndens uppdrag"), ("p", prose(3)),
        ("h1", "Prioriterade områden"),
        ("numbers", ["Läsning och skrivning i de tidiga årskurserna", "Närvaro och studiero", "Kompetensförsörjning"]),
        ("h1", "Mål och indikatorer"),
    ]
    for k, (goal, rows) in enumerate(goals):
        b += [("h2", f"Mål {k + 1} {goal}"), ("p", prose(1, k)),
              ("table", ["Nr", "Indikator", "Utfall 2024", "Målvärde 2025"], [list(r) for r in rows])]
    b += [("h1", "Ekonomi"), ("p", prose(2, 2))]
    return b, []


def delegationsordning():
    """A board's delegation rules: numbered items "1.1", "1.2" … in tables Nr | Ärende |
    Delegat | Lagrum under numbered chapters, the delegate a role ("Förvaltningschef"). No
    actions."""
    chapters = [
        ("Allmänna ärenden", [
            ("1.1", "Beslut i brådskande ärenden", "Ordförande", "6 kap. 39 § KL"),
            ("1.2", "Avvisa överklagande som kommit in för sent", "Förvaltningschef", "45 § FL"),
            ("1.3", "Utse attestanter", "Förvaltningschef", "Attestreglementet"),
        ]),
        ("Personal", [
            ("2.1", "Anställning av enhetschef", "Förvaltningschef", "Personalpolicy"),
            ("2.2", "Beslut om ledighet utan lön upp till sex månader", "Enhetschef", "AB § 32"),
        ]),
        ("Ekonomi och upphandling", [
            ("3.1", "Upphandling upp till 700 000 kronor", "Förvaltningschef", "LOU"),
            ("3.2", "Avskrivning av fordran upp till ett prisbasbelopp", "Ekonomichef", "Ekonomireglementet"),
        ]),
    ]
    b = cover("Delegationsordning för socialnämnden", "Antagen 2024-12-12, § 145")
    b += [("h1", "Inledning"), ("p", prose(3)),
          ("p", "Beslut som fattas med stöd av delegation ska anmälas till nämnden vid nästa sammanträde.")]
    for k, (ch, rows) in enumerate(chapters):
        b += [("h1", f"{k + 1} {ch}"), ("table", ["Nr", "Ärende", "Delegat", "Lagrum"], [list(r) for r in rows])]
    return b, []


def status_prose():
    """A follow-up report that goes through the plan's actions in their order in prose, one
    paragraph each: "Åtgärd 1 har genomförts …", "Åtgärd 2 pågår …", "Åtgärd 3 har inte
    påbörjats …". No actions of its own."""
    b = cover("Uppföljning av handlingsplanen för trygghet 2024", "Rapport till kommunstyrelsen")
    b += [
        ("h1", "Sammanfattning"),
        ("p", "Handlingsplanen har sex åtgärder. Fyra har genomförts och två pågår."),
        ("h1", "Åtgärdernas status"),
        ("p", "Åtgärd 1 har genomförts. Belysningen i gångtunnlarna byttes ut under våren."),
        ("p", "Åtgärd 2 har genomförts. Nattvandringarna pågår varje fredag sedan maj."),
        ("p", "Åtgärd 3 pågår. Klotter tas bort inom två dygn, målet är ett dygn."),
        ("p", "Åtgärd 4 har genomförts och trygghetsmätningen redovisades i oktober."),
        ("p", "Åtgärd 5 pågår i samverkan med polisen och beräknas vara klar 2025."),
        ("p", "Åtgärd 6 har genomförts. Kameraövervakningen på torget har utvärderats."),
        ("h1", "Bedömning"),
        ("p", prose(3, 1)),
    ]
    return b, []


# ---------------------------------------------------------------------------------------
# Shapes added for the fourth blind check (2026-12-02, evening), written before any rule
# changed.


def letter_rows():
    """A traffic-safety plan whose one table Nr | Åtgärd | Ansvarig | Tidplan groups its rows
    under theme rows that span the whole table ("1 Skolvägar" in bold across every column);
    the rows are numbered "1a", "1b", "2a" … in the Nr column. The theme rows are no actions."""
    groups = [
        ("Skolvägar", [
            ("1a", "Sänk hastigheten till 30 km/h vid alla skolor", "Gatuenheten", "2025"),
            ("1b", "Bygg upphöjda övergångsställen vid Västra skolan", "Gatuenheten", "2026"),
            ("1c", "Inför gående skolbussar i tre skolområden", "Skolförvaltningen", "2025–2026"),
        ]),
        ("Gång- och cykelvägar", [
            ("2a", "Belys gång- och cykelvägen mellan Ekby och Norrby", "Gatuenheten", "2026"),
            ("2b", "Separera gående och cyklister på Storgatan", "Trafikplaneringen", "2027"),
        ]),
        ("Information", [
            ("3a", "Genomför en kampanj om cykelhjälm för unga", "Kommunikationsenheten", "Varje år"),
        ]),
    ]
    b = cover("Trafiksäkerhetsprogram för Ekby kommun", "Åtgärdsplan 2025–2027")
    b += [
        ("h1", "Inledning"),
        ("p", prose(4)),
        ("h1", "Åtgärdsplan"),
        ("p", "Åtgärderna är ordnade under tre teman. Varje åtgärd har en ansvarig enhet."),
        ("grouped_table", ["Nr", "Åtgärd", "Ansvarig", "Tidplan"],
         [(f"{k + 1} {theme}", [list(r) for r in rows]) for k, (theme, rows) in enumerate(groups)]),
        ("h1", "Uppföljning"),
        ("p", prose(2, 3)),
    ]
    want = [action(n, t, who, when) for _, rows in groups for n, t, who, when in rows]
    return b, want


def atgard_headings():
    """Actions as Word headings (Heading 2) "Åtgärd 3: Title" under the chapter "Åtgärder",
    each followed by a description and the plain paragraphs "Ansvar: …" and "Tidplan: …" (the
    labels not bold); one title long enough to wrap."""
    acts = [
        ("Inrätta en fritidsbank i centrum", "Kultur- och fritidsförvaltningen", "2025"),
        ("Förläng öppettiderna på fritidsgårdarna under sommarlovet", "Kultur- och fritidsförvaltningen", "2025–2026"),
        ("Erbjud gratis simskola för alla barn i förskoleklass och årskurs ett på kommunens badhus", "Fritidsenheten", "Varje år"),
        ("Stöd föreningar som startar verksamhet för unga med funktionsnedsättning", "Föreningsenheten", "2026"),
        ("Öppna skolgårdarna för spontanidrott på helger", "Skolförvaltningen", "2025"),
    ]
    b = cover("Handlingsplan för barns och ungas fritid", "Ekby kommun 2025–2026")
    b += [("h1", "Bakgrund"), ("p", prose(4)), ("h1", "Åtgärder"), ("p", "Planen innehåller fem åtgärder.")]
    for k, (t, who, when) in enumerate(acts):
        b += [
            ("h2", f"Åtgärd {k + 1}: {t}"),
            ("p", prose(2, k)),
            ("p", f"Ansvar: {who}"),
            ("p", f"Tidplan: {when}"),
        ]
    b += [("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, [action(str(k + 1), t, who, when) for k, (t, who, when) in enumerate(acts)]


def long_landscape():
    """A long action table on landscape pages, Nr | Åtgärd | Beskrivning | Ansvarig | När,
    24 rows numbered 1 … 24 that run over three pages with the header row repeated atop each."""
    topics = [
        ("Inventera", "kommunens lokaler med avseende på energianvändning"),
        ("Utbilda", "personalen i kostenheterna om matsvinn"),
        ("Ta fram", "en plan för kommunens dagvattenhantering"),
        ("Upphandla", "förnybar el till samtliga verksamheter"),
        ("Utreda", "möjligheten till en kommunal bilpool"),
        ("Genomföra", "energieffektivisering av gatubelysningen"),
    ]
    areas = ["i centralorten", "på landsbygden", "i skolorna", "i äldreomsorgen"]
    whos = ["Fastighetsavdelningen", "Kostenheten", "VA-enheten", "Upphandlingsenheten", "Tekniska förvaltningen", "Miljöenheten"]
    rows = []
    for k in range(24):
        verb, what = topics[k % len(topics)]
        title = f"{verb} {what} {areas[k // len(topics)]}"
        desc = ("Åtgärden genomförs stegvis och redovisas i den årliga uppföljningen. "
                "Arbetet sker i samråd med berörda förvaltningar och bolag.")
        rows.append([str(k + 1), title, desc, whos[k % len(whos)], str(2025 + k % 3)])
    b = cover("Miljöprogrammets handlingsplan 2025–2027", "Ekby kommun")
    b += [
        ("h1", "Inledning"), ("p", prose(4)),
        ("landscape_longtable", "Åtgärder", ["Nr", "Åtgärd", "Beskrivning", "Ansvarig", "När"], rows),
        ("h1", "Uppföljning"), ("p", prose(2, 1)),
    ]
    return b, [action(n, t, who, when) for n, t, _, who, when in rows]


def goal_tree():
    """Goals and actions as one two-level list numbered by the producer: level one "1." … "3."
    are the goals, level two "1.1", "1.2" … the actions under each. The goals are no actions."""
    tree = [
        ("Fler invånare har en meningsfull sysselsättning", [
            "Starta ett jobbtorg där arbetsförmedling och kommun finns på samma plats",
            "Erbjud feriejobb till alla gymnasieelever som söker",
        ]),
        ("Fler företag startar och växer i kommunen", [
            "Inför en företagslots för nya företagare",
            "Korta handläggningstiden för bygglov till företag",
            "Anordna frukostmöten för näringslivet varje månad",
        ]),
        ("Kompetensförsörjningen säkras", [
            "Ta fram en plan för vuxenutbildningens yrkesutbildningar",
        ]),
    ]
    b = cover("Näringslivsplan med åtgärder", "Ekby kommun 2025–2028")
    b += [
        ("h1", "Inledning"), ("p", prose(4)),
        ("h1", "Mål och åtgärder"),
        ("p", "Varje mål följs av de åtgärder som ska bidra till det."),
        ("tree", tree),
        ("h1", "Uppföljning"), ("p", prose(2, 3)),
    ]
    want = [action(f"{k + 1}.{j + 1}", t) for k, (_, acts) in enumerate(tree) for j, t in enumerate(acts)]
    return b, want


def nr_vad():
    """A plan whose table asks its headers: Nr | Vad ska göras? | Vem ansvarar? | När? |
    Kostnad, under the heading "Så här gör vi"."""
    rows = [
        ("1", "Kartlägga vilka vägar som saknar cykelbana", "Trafikenheten", "2025", "Inom ram"),
        ("2", "Bygga cykelparkering vid resecentrum", "Gatuenheten", "2026", "1,8 mnkr"),
        ("3", "Erbjuda prova-på-cykel för anställda", "HR-avdelningen", "2025", "60 tkr"),
        ("4", "Skylta cykelvägarna till grannkommunerna", "Gatuenheten", "2026", "250 tkr"),
        ("5", "Vinterväghålla de viktigaste cykelstråken först", "Driftenheten", "Löpande", "Inom ram"),
    ]
    b = cover("Cykelplan för Ekby kommun", "2025–2028")
    b += [
        ("h1", "Varför en cykelplan?"), ("p", prose(4)),
        ("h1", "Så här gör vi"),
        ("table", ["Nr", "Vad ska göras?", "Vem ansvarar?", "När?", "Kostnad"], [list(r) for r in rows]),
        ("p", prose(2, 2)),
    ]
    return b, [action(n, t, who, when, cost) for n, t, who, when, cost in rows]


def remissvar():
    """A municipality's answer to a regional proposal, point by point in the proposal's own
    numbering ("Punkt 4.2: …" in bold, the opinion below), one point titled with the word
    "Åtgärder". No actions of its own."""
    points = [
        ("3.1", "Mål för kollektivtrafiken", "Kommunen tillstyrker målen men saknar ett mål för landsbygden."),
        ("4.2", "Trafikering av stomlinjerna", "Kommunen tillstyrker förslaget om halvtimmestrafik på linje 10."),
        ("4.3", "Anropsstyrd trafik", "Kommunen avstyrker att den anropsstyrda trafiken minskas."),
        ("5.1", "Åtgärder för ökad tillgänglighet", "Kommunen instämmer i förslagen och vill delta i arbetet."),
        ("6", "Finansiering", "Kommunen har inga synpunkter på avsnittet."),
    ]
    b = [
        ("title", "Yttrande över förslag till regional trafikförsörjningsplan", 15),
        ("p", "Ekby kommun, kommunstyrelsen, dnr KS 2025/88"),
        ("h1", "Sammanfattning"),
        ("p", "Ekby kommun ställer sig i huvudsak bakom förslaget. " + prose(2)),
        ("h1", "Synpunkter på förslaget"),
    ]
    for n, t, text in points:
        b += [("bold", f"Punkt {n}: {t}"), ("p", text)]
    b += [("p", "För kommunstyrelsen"), ("p", "Eva Lind, ordförande")]
    return b, []


def budget_rows():
    """A board's budget follow-up: a table Nr | Verksamhet | Budget | Prognos | Avvikelse with
    numbered rows and a "Summa" row, and an investment table Projekt | Benämning | Belopp.
    No actions."""
    rows = [
        ("1", "Nämnd och förvaltningsledning", "12,4", "12,1", "0,3"),
        ("2", "Förskola", "210,6", "214,0", "-3,4"),
        ("3", "Grundskola", "402,8", "399,5", "3,3"),
        ("4", "Gymnasieskola", "150,2", "151,9", "-1,7"),
        ("5", "Vuxenutbildning", "31,0", "29,8", "1,2"),
        ("", "Summa", "807,0", "807,3", "-0,3"),
    ]
    b = cover("Budgetuppföljning per april 2025", "Barn- och utbildningsnämnden")
    b += [
        ("h1", "Sammanfattning"), ("p", prose(3)),
        ("h1", "Driftbudget"),
        ("table", ["Nr", "Verksamhet", "Budget (mnkr)", "Prognos (mnkr)", "Avvikelse"], [list(r) for r in rows]),
        ("h1", "Investeringar"),
        ("table", ["Projekt", "Benämning", "Belopp (tkr)"],
         [["101", "Inventarier förskolan Solrosen", "850"], ["102", "Skolgård Västra skolan", "1 200"], ["103", "Datorer till elever", "2 400"]]),
        ("h1", "Åtgärder för att nå budget i balans"),
        ("p", "Förvaltningen ser över bemanningen i förskolan och återkommer i juni med ett förslag."),
    ]
    return b, []


def toc_only():
    """The first two pages of an action plan alone: a cover and a table of contents whose
    entries are numbered and name actions ("2.1 Åtgärder för energi …… 5"). No actions."""
    b = cover("Klimatstrategi för Ekby kommun", "Med handlingsplan 2025–2030")
    b += [
        ("h1", "Innehåll"),
        ("toc", [
            ("1 Inledning", 3), ("2 Åtgärder", 5), ("2.1 Åtgärder för energi", 5), ("2.2 Åtgärder för transporter", 7),
            ("2.3 Åtgärder för konsumtion", 9), ("3 Genomförande", 11), ("4 Uppföljning", 12),
        ]),
    ]
    return b, []


def uppfoljning():
    """"Uppföljning av handlingsplanen": a follow-up that names actions by number inside its
    sentences ("Inom åtgärd 3 har …", "åtgärderna 1.2 och 1.3"), with a table of how many
    actions are in each state. No actions of its own."""
    b = cover("Uppföljning av handlingsplanen för folkhälsa 2024", "Rapport till folkhälsorådet")
    b += [
        ("h1", "Inledning"),
        ("p", "Handlingsplanen antogs 2023 och innehåller tolv åtgärder. Här redovisas läget vid årets slut."),
        ("h1", "Resultat"),
        ("p", "Inom åtgärd 3 har fler föreningar fått stöd än planerat. Arbetet med åtgärderna 1.2 och 1.3 "
         "har försenats eftersom en tjänst var vakant under våren."),
        ("p", "Samtliga skolor deltar nu i arbetet enligt åtgärd 2.1, och åtgärd 4 om äldres fysiska "
         "aktivitet har utvidgats till två nya träffpunkter."),
        ("table", ["Status", "Antal åtgärder"], [["Genomförd", "5"], ["Pågår", "4"], ["Ej påbörjad", "3"]]),
        ("h1", "Bedömning"),
        ("p", prose(3, 2)),
    ]
    return b, []


# ---------------------------------------------------------------------------------------
# The fifth blind check (2026-12-02, late evening): written before any rule changed for
# them, printed by WeasyPrint as well (NAME.weasy.pdf), a producer no plan had before.


def with_fields(a, fields):
    a["fields"] = fields
    return a


def regional_insatser():
    """A regional development plan: one table Insats | Beskrivning | Huvudansvar | Tidsperiod
    whose rows "Insats 1.1" sit under merged theme rows "Insatsområde 1: …" spanning the
    table. The theme rows are no actions."""
    groups = [
        ("Insatsområde 1: Kompetensförsörjning", [
            ("1.1", "Samordna regionens yrkesutbildningar för vuxna", "Regionens utbildningsenhet", "2025–2026"),
            ("1.2", "Etablera ett regionalt valideringscentrum", "Region Ekby", "2026"),
            ("1.3", "Öka antalet platser på vård- och omsorgsprogrammet", "Kommunerna i länet", "2025–2028"),
        ]),
        ("Insatsområde 2: Infrastruktur och kommunikationer", [
            ("2.1", "Bygg ut bredband till alla hushåll på landsbygden", "Länsstyrelsen", "2025–2027"),
            ("2.2", "Utred pendeltåg mellan Ekby och Norrstad", "Kollektivtrafikmyndigheten", "2026"),
        ]),
        ("Insatsområde 3: Näringsliv och innovation", [
            ("3.1", "Inför innovationscheckar för små företag", "Region Ekby", "2025"),
            ("3.2", "Stärk företagsinkubatorn vid högskolan", "Högskolan i Ekby", "2025–2027"),
        ]),
    ]
    b = cover("Regional utvecklingsstrategi för Ekby län", "Handlingsplan 2025–2028")
    b += [
        ("h1", "Bakgrund"), ("p", prose(4)),
        ("h1", "Insatser"),
        ("p", "Handlingsplanen är indelad i tre insatsområden. Varje insats har en huvudansvarig aktör."),
        ("grouped_table", ["Insats", "Beskrivning", "Huvudansvar", "Tidsperiod"],
         [(theme, [[f"Insats {n}", t, who, when] for n, t, who, when in rows]) for theme, rows in groups]),
        ("h1", "Uppföljning"), ("p", prose(2, 1)),
    ]
    return b, [action(n, t, who, when) for _, rows in groups for n, t, who, when in rows]


def nr_right():
    """A plan whose table opens with the action titles (Åtgärd, no numbers in it) and keeps
    its numbers in a "Nr" column at the right: Åtgärd | Ansvarig | Tidplan | Nr."""
    rows = [
        ("Ta fram en kommunövergripande plan för skyfall", "Samhällsbyggnadsförvaltningen", "2025", "1"),
        ("Kartlägg lågpunkter i tätorterna", "VA-enheten", "2025", "2"),
        ("Anlägg översvämningsytor i Norrparken", "Parkenheten", "2026–2027", "3"),
        ("Informera fastighetsägare om egna skydd", "Kommunikationsenheten", "Löpande", "4"),
        ("Se över dagvattenpolicyn", "VA-enheten", "2026", "5"),
    ]
    b = cover("Klimatanpassningsplan för Ekby kommun", "Antagen av kommunstyrelsen 2025-02-03")
    b += [
        ("h1", "Syfte"), ("p", prose(3)),
        ("h1", "Åtgärder"),
        ("p", "Tabellen visar de åtgärder som ska genomföras under planperioden."),
        ("table", ["Åtgärd", "Ansvarig", "Tidplan", "Nr"], [list(r) for r in rows]),
        ("p", prose(2, 4)),
    ]
    return b, [action(n, t, who, when) for t, who, when, n in rows]


def aktiviteter_budget():
    """"Aktiviteter 2025": a table Nr | Aktivitet | Ansvarig förvaltning | Start | Klart |
    Budget (tkr). Klart is the timeline, the budget the cost, Start a column of its own."""
    rows = [
        ("1", "Inför digital signering av avtal", "Kommunledningsförvaltningen", "jan 2025", "jun 2025", "150"),
        ("2", "Byt ärendehanteringssystem", "Kommunledningsförvaltningen", "mar 2025", "dec 2026", "2 400"),
        ("3", "Utbilda chefer i informationssäkerhet", "HR-avdelningen", "feb 2025", "maj 2025", "80"),
        ("4", "Öppna en digital servicepunkt på biblioteket", "Kulturförvaltningen", "aug 2025", "okt 2025", "120"),
    ]
    b = cover("Digitaliseringsplan för Ekby kommun", "Verksamhetsåret 2025")
    b += [
        ("h1", "Inledning"), ("p", prose(3, 2)),
        ("h1", "Aktiviteter 2025"),
        ("table", ["Nr", "Aktivitet", "Ansvarig förvaltning", "Start", "Klart", "Budget (tkr)"], [list(r) for r in rows]),
        ("h1", "Uppföljning"), ("p", prose(2)),
    ]
    want = [with_fields(action(n, t, who, end, cost), {"Start": start}) for n, t, who, start, end, cost in rows]
    return b, want


def acronym_status():
    """A followed-up plan whose table names the responsible offices by acronym (SBK, MF, KSF)
    explained in a list of abbreviations, with a "Prioritet" and a "Status" column
    (Pågår/Klar/Ej påbörjad): Nr | Åtgärd | Ansvar | Prioritet | Status."""
    rows = [
        ("1", "Ta fram en grönplan för centralorten", "SBK", "Hög", "Pågår"),
        ("2", "Inventera förorenade områden", "MF", "Medel", "Klar"),
        ("3", "Inför miljökrav i kommunens upphandlingar", "KSF", "Hög", "Pågår"),
        ("4", "Restaurera våtmarken vid Ekbyån", "SBK, MF", "Låg", "Ej påbörjad"),
        ("5", "Minska matsvinnet i skolköken", "KSF", "Medel", "Klar"),
    ]
    b = cover("Miljöprogram för Ekby kommun – åtgärdsplan", "Uppföljning december 2025")
    b += [
        ("h1", "Förkortningar"),
        ("table", ["Förkortning", "Förvaltning"],
         [["SBK", "Stadsbyggnadskontoret"], ["MF", "Miljöförvaltningen"], ["KSF", "Kommunstyrelsens förvaltning"]]),
        ("h1", "Åtgärdsplan"),
        ("table", ["Nr", "Åtgärd", "Ansvar", "Prioritet", "Status"], [list(r) for r in rows]),
        ("p", prose(2, 3)),
    ]
    want = [with_fields(action(n, t, who, status=st), {"Prioritet": prio}) for n, t, who, prio, st in rows]
    return b, want


def colon_numbers():
    """Actions numbered "1:1", "1:2" under "Fokusområde N" headings, each a bold line with its
    description and one line of labels "Ansvar: … Tid: …"."""
    areas = [
        ("Fokusområde 1 Trygg uppväxt", [
            ("1:1", "Erbjud föräldrastödsprogram i alla stadsdelar", "Socialförvaltningen", "2025"),
            ("1:2", "Anställ fler skolkuratorer", "Utbildningsförvaltningen", "2025–2026"),
        ]),
        ("Fokusområde 2 Goda levnadsvanor", [
            ("2:1", "Öppna skolgårdarna för spontanidrott på kvällar", "Fritidsförvaltningen", "2026"),
            ("2:2", "Servera mer vegetarisk mat i skolorna", "Kostenheten", "Löpande"),
            ("2:3", "Inför rökfria utemiljöer vid kommunens lokaler", "Fastighetsenheten", "2025"),
        ]),
    ]
    b = cover("Folkhälsoplan för Ekby kommun", "2025–2027") + intro("Inledning") + [("h1", "Handlingsplan")]
    for area, acts in areas:
        b.append(("h2", area))
        for n, t, who, when in acts:
            b += [("bold", f"{n} {t}"), ("p", prose(1, len(t) % 5)), ("labels", [("Ansvar", who), ("Tid", when)])]
    b += [("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, [action(n, t, who, when) for _, acts in areas for n, t, who, when in acts]


def word_multilevel():
    """A plan with a table of contents whose action chapter is one multi-level list numbered by
    the producer (Word's numbering, not in the text): level one "1." the areas, level two
    "1.1" the actions. The areas are no actions."""
    tree = [
        ("Bostäder", [
            "Ta fram ett bostadsförsörjningsprogram",
            "Planlägg för 200 nya bostäder i Norrby",
        ]),
        ("Service på landsbygden", [
            "Inrätta ett servicekontor i varje kommundel",
            "Stöd bygdeföreningarnas samlingslokaler",
            "Utred anropsstyrd trafik till kommundelarna",
        ]),
        ("Besöksnäring", [
            "Skylta vandringslederna längs sjön",
            "Samordna turistinformationen med grannkommunerna",
        ]),
    ]
    b = cover("Landsbygdsprogram för Ekby kommun", "Med handlingsplan 2025–2028")
    b += [
        ("h1", "Innehåll"),
        ("toc", [("Inledning", 3), ("Handlingsplan", 3), ("Uppföljning", 4)]),
        ("page",),
        ("h1", "Inledning"), ("p", prose(4)),
        ("h1", "Handlingsplan"),
        ("p", "Handlingsplanen har tre områden med åtgärder under varje område."),
        ("tree", tree),
        ("page",),
        ("h1", "Uppföljning"), ("p", prose(2, 3)),
    ]
    want = [action(f"{k + 1}.{j + 1}", t) for k, (_, acts) in enumerate(tree) for j, t in enumerate(acts)]
    return b, want


def law_text():
    """A law's chapters and paragraphs ("1 kap.", "2 §") with numbered points, one paragraph
    listing what the municipality shall do ("vidta följande åtgärder"). No actions."""
    b = [
        ("title", "Lag (2025:123) om kommunal krisberedskap", 15),
        ("h1", "1 kap. Inledande bestämmelser"),
        ("bold", "1 §"),
        ("p", "Denna lag gäller kommuners och regioners beredskap inför extraordinära händelser."),
        ("bold", "2 §"),
        ("p", "I denna lag avses med"),
        ("numbers", ["extraordinär händelse: en händelse som avviker från det normala,",
                     "kommun: även region, om inte annat sägs."]),
        ("h1", "2 kap. Kommunens uppgifter"),
        ("bold", "1 §"),
        ("p", "Kommunen ska vidta följande åtgärder:"),
        ("numbers", ["Analysera vilka extraordinära händelser som kan inträffa i kommunen.",
                     "Fastställa en plan för hur extraordinära händelser ska hanteras.",
                     "Utbilda och öva förtroendevalda och anställda.",
                     "Rapportera till länsstyrelsen varje år."]),
        ("bold", "2 §"),
        ("p", "Kommunen ska ha en krisledningsnämnd. Bestämmelserna i 1 § gäller även regionen."),
        ("h1", "Övergångsbestämmelser"),
        ("p", "1. Denna lag träder i kraft den 1 januari 2026."),
        ("p", "2. Genom lagen upphävs lagen (2006:544) om kommuners och regioners åtgärder."),
    ]
    return b, []


def project_plan():
    """A project plan: numbered milestones (Nr | Milstolpe | Datum | Ansvarig) and a risk table
    whose last column proposes a measure (Nr | Risk | Sannolikhet | Konsekvens | Åtgärd). No
    actions of a plan: milestones and risks."""
    b = cover("Projektplan: Nytt ärendehanteringssystem", "Version 1.2, 2025-01-15")
    b += [
        ("h1", "1 Bakgrund och syfte"), ("p", prose(3)),
        ("h1", "2 Projektorganisation"),
        ("table", ["Roll", "Namn"], [["Projektägare", "Karin Ek"], ["Projektledare", "Johan Berg"]]),
        ("h1", "3 Milstolpar"),
        ("table", ["Nr", "Milstolpe", "Datum", "Ansvarig"],
         [["1", "Förstudie klar", "2025-03-01", "Projektledare"],
          ["2", "Upphandling avslutad", "2025-06-30", "Upphandlare"],
          ["3", "Systemet i drift", "2026-01-15", "IT-chef"]]),
        ("h1", "4 Risker"),
        ("table", ["Nr", "Risk", "Sannolikhet", "Konsekvens", "Åtgärd"],
         [["1", "Upphandlingen överprövas", "Medel", "Hög", "Tidig dialog med leverantörer"],
          ["2", "Nyckelpersoner slutar", "Låg", "Hög", "Dokumentera löpande"],
          ["3", "Data kan inte flyttas", "Medel", "Medel", "Provflytt under förstudien"]]),
        ("h1", "5 Budget"), ("p", "Projektets budget är 3,2 miljoner kronor."),
    ]
    return b, []


def recommendations():
    """An audit report (revisionsrapport) with numbered recommendations "Rekommendation 3:
    Kommunstyrelsen bör …" and numbered findings. No actions."""
    recs = [
        "Kommunstyrelsen bör ta fram rutiner för uppföljning av handlingsplaner.",
        "Nämnderna bör redovisa åtgärdernas status i årsredovisningen.",
        "Kommunstyrelsen bör säkerställa att ansvar för varje åtgärd är tydligt.",
        "Socialnämnden bör följa upp avvikelser varje kvartal.",
    ]
    b = cover("Granskning av kommunens arbete med handlingsplaner", "Revisionsrapport 2025, på uppdrag av de förtroendevalda revisorerna")
    b += [
        ("h1", "1. Sammanfattning"), ("p", prose(3)),
        ("h1", "2. Iakttagelser"),
        ("p", "2.1 Kommunen har 14 handlingsplaner men saknar en samlad uppföljning."),
        ("p", "2.2 Ansvaret för åtgärderna är i flera fall otydligt."),
        ("h1", "3. Rekommendationer"),
        ("p", "Utifrån granskningen lämnar vi följande rekommendationer:"),
    ]
    for k, r in enumerate(recs):
        b.append(("bold", f"Rekommendation {k + 1}: {r}"))
    b += [("p", "Ekby den 12 mars 2025"), ("p", "Anna Svensson, certifierad kommunal revisor")]
    return b, []


def tjansteskrivelse():
    """An official's memo proposing that the board adopt an action plan: "Förslag till beslut"
    with numbered points, the plan's themes named in prose. No actions of its own."""
    b = [
        ("title", "Tjänsteskrivelse", 15),
        ("p", "Dnr KS 2025/145, 2025-04-02"),
        ("h1", "Antagande av handlingsplan mot nedskräpning"),
        ("h2", "Förslag till beslut"),
        ("numbers", ["Kommunstyrelsen antar handlingsplanen mot nedskräpning 2025–2027.",
                     "Kommunstyrelsen ger tekniska förvaltningen i uppdrag att genomföra åtgärderna i planen.",
                     "Planen följs upp årligen i samband med årsredovisningen."]),
        ("h2", "Ärendet"),
        ("p", "Handlingsplanen innehåller åtta åtgärder inom tre områden: förebygga, städa och informera. " + prose(2)),
        ("h2", "Ekonomiska konsekvenser"),
        ("p", "Åtgärderna ryms inom befintlig budget."),
        ("p", "Per Holm, kommundirektör"),
    ]
    return b, []


# ---------------------------------------------------------------------------------------
# The sixth blind check (2026-12-02, night): written before any rule changed for them,
# printed by LibreOffice (from the .docx), pdfTeX, Chromium and WeasyPrint.


def region_atgard():
    """A region's plan: "Strategiområde N: …" headings, actions as bold lines "Åtgärd 3.2 –
    Title" (an en dash after the number), a description and one line of labels
    "Ansvarig aktör: … Genomförande: …"."""
    areas = [
        ("Strategiområde 1: Attraktiva livsmiljöer", [
            ("1.1", "Ta fram en regional bostadsmarknadsanalys", "Region Ekby", "2025"),
            ("1.2", "Stöd kommunernas arbete med levande centrummiljöer", "Länsstyrelsen", "2025–2027"),
        ]),
        ("Strategiområde 2: Kompetens och lärande", [
            ("2.1", "Inrätta ett regionalt kompetensråd", "Region Ekby", "2025"),
            ("2.2", "Utveckla lärcentrum i länets mindre kommuner", "Kommunerna i länet", "2026–2028"),
            ("2.3", "Kartlägg behovet av yrkeshögskoleutbildningar", "Region Ekby", "2026"),
        ]),
        ("Strategiområde 3: Hållbara transporter", [
            ("3.1", "Förläng regionbusslinjerna till alla tätorter", "Kollektivtrafikmyndigheten", "2027"),
            ("3.2", "Planera pendlarparkeringar vid stationerna", "Trafikverket", "2025–2026"),
        ]),
    ]
    b = cover("Regional handlingsplan för hållbar tillväxt", "Region Ekby 2025–2028")
    b += [("h1", "Inledning"), ("p", prose(4)), ("h1", "Åtgärder per strategiområde"), ("p", prose(2, 3))]
    for area, acts in areas:
        b += [("h2", area), ("p", prose(1, len(area) % 6))]
        for n, t, who, when in acts:
            b += [
                ("bold", f"Åtgärd {n} – {t}"),
                ("p", prose(2, len(t) % 6)),
                ("labels", [("Ansvarig aktör", who), ("Genomförande", when)]),
            ]
    b += [("h1", "Uppföljning"), ("p", prose(3, 1))]
    return b, [action(n, t, who, when) for _, acts in areas for n, t, who, when in acts]


def field_headings():
    """Actions as numbered Word headings ("3.1 Title", Heading 2) under the chapter "3
    Åtgärder", each with a description and one paragraph of three labels "Ansvar: …
    Tidplan: … Kostnad: …"; chapters 1, 2 and 4 have numbered sections of their own that are
    no actions."""
    acts = [
        ("Inför gemensam växel för alla förvaltningar", "Kommunledningskontoret", "2025", "400 tkr"),
        ("Samla kommunens e-tjänster på en plattform", "Digitaliseringsenheten", "2025–2026", "1,1 mnkr"),
        ("Utbilda kontaktcenter i klarspråk", "HR-avdelningen", "2025", "60 tkr"),
        ("Mät nöjdheten med bemötandet varje år", "Kvalitetsenheten", "Årligen", "Inom ram"),
    ]
    b = cover("Handlingsplan för bättre service", "Ekby kommun, kommunstyrelsen")
    b += [
        ("h1", "1 Inledning"), ("h2", "1.1 Bakgrund"), ("p", prose(3)), ("h2", "1.2 Syfte"), ("p", prose(2, 2)),
        ("h1", "2 Nuläge"), ("h2", "2.1 Tillgänglighet"), ("p", prose(3, 1)), ("h2", "2.2 Bemötande"), ("p", prose(2, 4)),
        ("h1", "3 Åtgärder"), ("p", "Kommunstyrelsen har beslutat om fyra åtgärder."),
    ]
    for k, (t, who, when, cost) in enumerate(acts):
        b += [
            ("h2", f"3.{k + 1} {t}"),
            ("p", prose(2, k)),
            ("labels", [("Ansvar", who), ("Tidplan", when), ("Kostnad", cost)]),
        ]
    b += [("h1", "4 Uppföljning"), ("h2", "4.1 Rapportering"), ("p", prose(2, 3))]
    return b, [action(f"3.{k + 1}", t, who, when, cost) for k, (t, who, when, cost) in enumerate(acts)]


def status_landscape():
    """A followed-up plan on a landscape page: Nr | Åtgärd | Ansvarig | Tidplan | Status |
    Uppföljning, rows under merged theme rows spanning the table, the Uppföljning cells long
    sentences that wrap."""
    groups = [
        ("Tema 1: Förebyggande arbete", [
            ("1", "Inför en brandskyddsutbildning för alla nyanställda", "Räddningstjänsten", "2025", "Klar",
             "Utbildningen ges sedan mars varje månad och har haft 140 deltagare."),
            ("2", "Se över brandlarmen i kommunens äldreboenden", "Fastighetsenheten", "2025–2026", "Pågår",
             "Sex av tio boenden är klara, resten görs under hösten."),
            ("3", "Informera hushåll om brandvarnare", "Räddningstjänsten", "Löpande", "Pågår",
             "Kampanj genomförd i Norrby, övriga kommundelar 2026."),
        ]),
        ("Tema 2: Krisberedskap", [
            ("4", "Öva kommunens krisledning två gånger per år", "Säkerhetssamordnaren", "Årligen", "Klar",
             "Två övningar genomförda, den senaste med regionen."),
            ("5", "Inrätta trygghetspunkter i varje tätort", "Kommunledningskontoret", "2026", "Ej påbörjad",
             "Arbetet startar när lokalerna har inventerats."),
        ]),
    ]
    b = cover("Handlingsprogram för skydd mot olyckor", "Uppföljning 2025")
    b += [("h1", "Om uppföljningen"), ("p", prose(4)),
          ("landscape_grouped", "Åtgärder och status", ["Nr", "Åtgärd", "Ansvarig", "Tidplan", "Status", "Uppföljning"],
           [(theme, [list(r) for r in rows]) for theme, rows in groups]),
          ("h1", "Slutsatser"), ("p", prose(2, 2))]
    want = [action(n, t, who, when, status=st, follow_up=note) for _, rows in groups for n, t, who, when, st, note in rows]
    return b, want


def dotted_letters():
    """Actions lettered by area, "A.1", "A.2", "B.1", as bold lines under "Del A Energi"
    headings, each with one line of labels "Ansvarig: … Klart: …"."""
    parts = [
        ("Del A Energi", [
            ("A.1", "Byt oljepannan i Norrby skola mot bergvärme", "Fastighetsenheten", "2025"),
            ("A.2", "Installera solceller på simhallen", "Fastighetsenheten", "2026"),
            ("A.3", "Energikartlägg kommunhuset", "Energirådgivningen", "2025"),
        ]),
        ("Del B Resor", [
            ("B.1", "Ersätt tjänstebilarna med elbilar", "Fordonsenheten", "2025–2027"),
            ("B.2", "Erbjud lånecyklar till anställda", "HR-avdelningen", "2025"),
        ]),
    ]
    b = cover("Klimatstrategi med åtgärder", "Ekby kommun 2025")
    b += [("h1", "Inledning"), ("p", prose(3, 2)), ("h1", "Åtgärder")]
    for part, acts in parts:
        b += [("h2", part), ("p", prose(1, len(part) % 6))]
        for n, t, who, when in acts:
            b += [("bold", f"{n} {t}"), ("p", prose(1, len(t) % 6)), ("labels", [("Ansvarig", who), ("Klart", when)])]
    b += [("h1", "Uppföljning"), ("p", prose(2))]
    return b, [action(n, t, who, when) for _, acts in parts for n, t, who, when in acts]


def two_page_table():
    """An action table Nr | Åtgärd | Ansvarig | Tidplan that runs over two portrait pages with
    its header row repeated, 18 rows whose action cells are long enough to wrap."""
    verbs = ["Kartlägg", "Inför", "Utveckla", "Samordna", "Erbjud", "Följ upp"]
    objects = [
        "behovet av särskilda boenden fram till år 2035",
        "digitala tillsynslarm i hemtjänsten i hela kommunen",
        "samarbetet mellan hemtjänst och hemsjukvård",
        "anhörigstödet med regionens vårdcentraler",
        "friskvård för medarbetare i äldreomsorgen",
        "kvaliteten i måltiderna på kommunens äldreboenden",
    ]
    owners = ["Äldreförvaltningen", "Socialförvaltningen", "Kostenheten", "HR-avdelningen"]
    rows = []
    for k in range(18):
        rows.append((str(k + 1), f"{verbs[k % 6]} {objects[(k * 5 + k // 6) % 6]}" + ("" if k % 3 else " tillsammans med pensionärsrådet"),
                     owners[k % 4], ["2025", "2026", "2025–2027", "Löpande"][k % 4]))
    b = cover("Handlingsplan för äldreomsorgen", "Ekby kommun 2025–2027")
    b += [("h1", "Inledning"), ("p", prose(6)), ("p", prose(6, 3)), ("p", prose(6, 1)), ("p", prose(6, 4)),
          ("h2", "Bakgrund"), ("p", prose(6, 2)), ("p", prose(6, 5)),
          ("h1", "Handlingsplan"), ("p", "Tabellen listar planens åtgärder."),
          ("longtable", ["Nr", "Åtgärd", "Ansvarig", "Tidplan"], [list(r) for r in rows], [1.2, 8.3, 4.0, 2.5]),
          ("h1", "Uppföljning"), ("p", prose(2, 1))]
    return b, [action(n, t, who, when) for n, t, who, when in rows]


def restart_chapters():
    """An action plan whose numbered actions restart at 1 in every chapter: "1 Förskola",
    "2 Grundskola", "3 Gymnasiet", each with a heading "Åtgärder" and a list numbered by the
    producer from 1. A number names one action in its document: wanted under the chapter's
    number ("2.3" the third under "2 Grundskola"; blind, they were wanted as printed)."""
    chapters = [
        ("Förskola", ["Minska barngruppernas storlek", "Inför språkförskolor i två områden"]),
        ("Grundskola", ["Anställ fler speciallärare", "Erbjud läxhjälp på alla skolor", "Ta fram en plan för elevhälsan"]),
        ("Gymnasiet", ["Utöka studie- och yrkesvägledningen", "Starta ett introduktionsprogram för nyanlända"]),
    ]
    b = cover("Skolplan för Ekby kommun", "Barn- och utbildningsnämnden 2025–2028") + intro("Inledning")
    want = []
    for k, (chapter, acts) in enumerate(chapters):
        b += [("h1", f"{k + 1} {chapter}"), ("p", prose(2, k)), ("h2", "Åtgärder"), ("numbers", acts)]
        want += [action(f"{k + 1}.{j + 1}", t) for j, t in enumerate(acts)]
    b += [("h1", "Uppföljning"), ("p", prose(2, 3))]
    return b, want


def toc_sections():
    """A plan whose table of contents lists its actions: "3 Åtgärder" with entries "3.1 …" to
    "3.5 …", and the actions as numbered headings with a description each (no labelled
    fields); chapters 1 and 2 have numbered sections of their own."""
    acts = [
        "Anlägg en badplats vid Ekesjön",
        "Rusta upp motionsspåret i Norrskogen",
        "Bygg en skatepark i centrum",
        "Förbättra tillgängligheten i friluftsområdena",
        "Inför fritidskort för unga",
    ]
    toc = [("1 Inledning", 3), ("1.1 Syfte", 3), ("1.2 Avgränsning", 3), ("2 Nuläge", 4), ("3 Åtgärder", 5)]
    toc += [(f"3.{k + 1} {t}", 5 + k // 3) for k, t in enumerate(acts)]
    toc += [("4 Uppföljning", 7)]
    b = cover("Plan för friluftsliv och rekreation", "Ekby kommun 2025–2030")
    b += [("h1", "Innehåll"), ("toc", toc), ("page",),
          ("h1", "1 Inledning"), ("h2", "1.1 Syfte"), ("p", prose(3)), ("h2", "1.2 Avgränsning"), ("p", prose(2, 2)),
          ("h1", "2 Nuläge"), ("p", prose(5, 1)), ("page",),
          ("h1", "3 Åtgärder")]
    for k, t in enumerate(acts):
        b += [("h2", f"3.{k + 1} {t}"), ("p", prose(3, k))]
    b += [("h1", "4 Uppföljning"), ("p", prose(2, 4))]
    return b, [action(f"3.{k + 1}", t) for k, t in enumerate(acts)]


def mal_headings():
    """A goal document: "Mål 1: …" bold lines with a description and a table of indicators
    (Indikator | Utgångsvärde | Målvärde) each. No actions."""
    goals = [
        ("Mål 1: Fler invånare är fysiskt aktiva", [["Andel vuxna som motionerar varje vecka", "58 %", "70 %"]]),
        ("Mål 2: Ingen ska behöva vänta på försörjningsstöd", [["Handläggningstid (dagar)", "21", "10"]]),
        ("Mål 3: Alla elever når gymnasiebehörighet", [["Andel behöriga elever", "81 %", "90 %"], ["Andel med godkänt i matematik", "84 %", "92 %"]]),
        ("Mål 4: Minska klimatpåverkan från kommunens resor", [["Utsläpp från tjänsteresor (ton)", "310", "150"]]),
    ]
    b = cover("Mål och nyckeltal 2025", "Kommunfullmäktiges mål för Ekby kommun")
    b += [("h1", "Kommunfullmäktiges mål"), ("p", prose(3))]
    for g, ind in goals:
        b += [("bold", g), ("p", prose(2, len(g) % 6)), ("table", ["Indikator", "Utgångsvärde", "Målvärde"], ind)]
    b += [("h1", "Uppföljning"), ("p", "Målen följs upp i delårsrapporten och årsredovisningen.")]
    return b, []


def kontoplan_budget():
    """A budget table by cost type with hierarchical row numbers ("1.1 Löner", "2.1
    Lokalhyror") and sums per group: Nr | Kostnadsslag | Budget 2025 | Budget 2026 |
    Förändring. No actions."""
    rows = [
        ("1", "Personalkostnader", "412 300", "425 100", "12 800"),
        ("1.1", "Löner", "298 000", "307 500", "9 500"),
        ("1.2", "Sociala avgifter", "114 300", "117 600", "3 300"),
        ("2", "Lokalkostnader", "88 200", "90 100", "1 900"),
        ("2.1", "Lokalhyror", "71 000", "72 400", "1 400"),
        ("2.2", "Städning och underhåll", "17 200", "17 700", "500"),
        ("3", "Övriga kostnader", "45 600", "44 900", "-700"),
        ("3.1", "Köpta tjänster", "30 100", "29 000", "-1 100"),
        ("3.2", "Material och inventarier", "15 500", "15 900", "400"),
        ("", "Summa kostnader", "546 100", "560 100", "14 000"),
    ]
    b = cover("Budget 2026 med plan 2027–2028", "Socialnämnden")
    b += [("h1", "Inledning"), ("p", prose(3, 1)),
          ("h1", "Kostnader per kostnadsslag"), ("p", "Tabellen visar nämndens kostnader i tusental kronor."),
          ("table", ["Nr", "Kostnadsslag", "Budget 2025", "Budget 2026", "Förändring"], [list(r) for r in rows]),
          ("h1", "Kommentarer"), ("p", prose(3, 4))]
    return b, []


def numbered_report():
    """An investigation report with a table of contents and numbered headings "1.1", "1.2",
    "2.1" …, one section "3.2 Förslag till åtgärder" in prose and a numbered list of
    conclusions. No actions."""
    toc = [("1 Inledning", 3), ("1.1 Uppdraget", 3), ("1.2 Metod", 3), ("2 Nulägesbeskrivning", 4),
           ("2.1 Lokaler", 4), ("2.2 Elevprognos", 5), ("3 Analys", 6), ("3.1 Alternativ", 6),
           ("3.2 Förslag till åtgärder", 7), ("4 Slutsatser", 8)]
    b = cover("Utredning om skolstrukturen i Norrby", "Rapport till barn- och utbildningsnämnden")
    b += [("h1", "Innehåll"), ("toc", toc), ("page",),
          ("h1", "1 Inledning"), ("h2", "1.1 Uppdraget"), ("p", prose(3)), ("h2", "1.2 Metod"), ("p", prose(3, 2)),
          ("h1", "2 Nulägesbeskrivning"), ("h2", "2.1 Lokaler"), ("p", prose(4, 1)), ("h2", "2.2 Elevprognos"), ("p", prose(3, 5)),
          ("h1", "3 Analys"), ("h2", "3.1 Alternativ"), ("p", prose(3, 3)),
          ("h2", "3.2 Förslag till åtgärder"),
          ("p", "Utredningen bedömer att en ny skola behövs i Norrby. Den befintliga skolan kan byggas om eller ersättas. " + prose(2)),
          ("h1", "4 Slutsatser"),
          ("numbers", ["Elevantalet i Norrby ökar med en tredjedel till 2032.",
                       "Den befintliga skolan har stora underhållsbehov.",
                       "En nybyggnad är billigare räknat över trettio år."])]
    return b, []


def foreskrift():
    """An agency's regulations ("föreskrifter"): paragraphs "12 §" under headings, one heading
    naming measures ("Åtgärder mot brand …"), and numbered points after paragraphs long enough
    to wrap over several lines; the lists restart at 1. No actions."""
    long_par = ("Innan ett arbete enligt punkt 1–3 nedan påbörjas ska arbetsgivaren ha lämnat sitt "
                "skriftliga godkännande på ett dokument som innehåller instruktioner för arbetsuppgiften "
                "och ett intygande av den som ska utföra arbetet att denne tagit del av instruktionerna. "
                "Dokumentet ska bevaras i minst tre månader efter det att arbetet avslutats och visas "
                "för tillsynsmyndigheten på begäran.")
    b = [("title", "Föreskrifter om hantering av brandfarliga ämnen", 16),
         ("p", "Beslutade den 12 maj 2025."),
         ("h2", "Tillämpningsområde"),
         ("p", "1 § Dessa föreskrifter gäller för all verksamhet där brandfarliga ämnen hanteras."),
         ("p", "2 § Föreskrifterna gäller inte för transporter på väg."),
         ("h2", "Åtgärder mot brand och explosion"),
         ("p", "12 § Vid beslut om åtgärder enligt 8 § ska typ av åtgärder övervägas i följande ordning."),
         ("numbers", ["Begränsning av mängden brandfarliga ämnen på arbetsplatsen.",
                      "Begränsning av antändningskällor i lokalerna.",
                      "Utformning av lokaler så att en brand medför minsta möjliga skada."]),
         ("p", "13 § Lämplig utrustning för brandsläckning ska finnas tillgänglig. " + prose(2)),
         ("h2", "Arbetstillstånd"),
         ("p", "14 § " + long_par),
         ("numbers", ["Arbete i en cistern eller liknande utrymme där brandfarlig vätska förekommer.",
                      "Svetsa, skära eller slipa i eller på en behållare som har innehållit brandfarlig vara.",
                      "Utföra arbete som kan orsaka brand inom ett område med explosionsfarlig atmosfär."]),
         ("p", "15 § Arbete enligt 14 § ska övervakas. " + prose(1, 2)),
         ("h2", "Ikraftträdande"),
         ("p", "Dessa föreskrifter träder i kraft den 1 januari 2026.")]
    return b, []


# ---------------------------------------------------------------------------------------
# The seventh blind check (2026-12-03, morning): written before any rule changed for them,
# by every producer (Word, LibreOffice, pdfTeX, Chromium, WeasyPrint).


def h3_ansvar():
    """Actions as third-level headings "3.2.1 Inför …" under "3 Åtgärder" and its areas, each
    with a description and labelled lines of their own below it: "Ansvar: …", "Samverkan:
    …", "Tidsram: …" (one action without Samverkan). The chapters and areas are no actions."""
    areas = [
        ("Trygga offentliga miljöer", [
            ("3.1.1", "Inför en årlig belysningsinventering i centrum", "Gatuenheten", "Polisen", "2026"),
            ("3.1.2", "Rusta upp gångtunneln under järnvägen", "Gatuenheten", None, "2026–2027"),
            ("3.1.3", "Ta fram riktlinjer för trygghet i detaljplaner", "Planavdelningen", "Polisen", "2027"),
        ]),
        ("Förebyggande arbete med unga", [
            ("3.2.1", "Inför fältarbete på helgkvällar i alla tätorter", "Socialförvaltningen", "Fritidsgårdarna", "2026"),
            ("3.2.2", "Utveckla föräldrastödet i skolorna", "Barn- och utbildningsförvaltningen", "Socialförvaltningen", "2026–2028"),
        ]),
    ]
    b = cover("Handlingsplan för trygghet och säkerhet 2026–2028", "Ekby kommun")
    b += [("h1", "1 Inledning"), ("p", prose(3)),
          ("h1", "2 Utgångspunkter"), ("p", prose(3, 2)),
          ("h1", "3 Åtgärder"), ("p", "Åtgärderna är ordnade efter planens två fokusområden.")]
    want = []
    for k, (area, acts) in enumerate(areas):
        b += [("h2", f"3.{k + 1} {area}"), ("p", prose(2, k + 1))]
        for n, t, who, with_whom, when in acts:
            b += [("h3", f"{n} {t}"), ("p", prose(2, k + 3)), ("label", "Ansvar", who)]
            if with_whom:
                b.append(("label", "Samverkan", with_whom))
            b.append(("label", "Tidsram", when))
            want.append(action(n, t, who, when))
    b += [("h1", "4 Uppföljning"), ("p", prose(2, 4))]
    return b, want


def theme_column():
    """One table Tema | Nr | Åtgärd | Ansvarig | Tidplan whose theme cell is merged down over
    the rows of its actions (a vertical merge, printed once per group); numbered 1 … 7 through
    the themes. The themes are no actions."""
    groups = [
        ("Cykel", [
            ("1", "Bygg en gång- och cykelbana mellan Ekby och Norrby", "Trafikenheten", "2026–2027"),
            ("2", "Inför vinterväghållning av cykelstråk före bilvägar", "Driftenheten", "2026"),
            ("3", "Sätt upp cykelparkeringar vid alla busshållplatser i tätort", "Trafikenheten", "2027"),
        ]),
        ("Kollektivtrafik", [
            ("4", "Förläng busslinje 4 till det nya bostadsområdet", "Kollektivtrafikmyndigheten", "2026"),
            ("5", "Utred anropsstyrd trafik på landsbygden", "Trafikenheten", "2027"),
        ]),
        ("Trafiksäkerhet", [
            ("6", "Sänk hastigheten till 30 km/h vid skolor", "Trafikenheten", "2026"),
            ("7", "Bygg säkra passager över Storgatan", "Gatuenheten", "2026–2028"),
        ]),
    ]
    b = cover("Trafikstrategi för Ekby kommun – handlingsplan", "Antagen av kommunfullmäktige 2025-12-15")
    b += [("h1", "Inledning"), ("p", prose(4)),
          ("h1", "Handlingsplan"),
          ("p", "Tabellen visar åtgärderna per tema, med ansvarig och tidplan."),
          ("vmerged_table", ["Tema", "Nr", "Åtgärd", "Ansvarig", "Tidplan"],
           [(theme, [list(r) for r in rows]) for theme, rows in groups]),
          ("h1", "Finansiering"), ("p", prose(2, 3))]
    return b, [action(n, t, who, when) for _, rows in groups for n, t, who, when in rows]


def atgard_cards():
    """Action cards: one two-column table per action, its first row "Åtgärd 1" | title in
    bold, then the rows Beskrivning, Ansvarig, Tidplan and Kostnad (a label cell and its
    value), under "Åtgärder"."""
    cards = [
        ("1", "Kartlägg kommunens energianvändning per byggnad", "Fastighetsavdelningen", "2026", "200 000 kr"),
        ("2", "Byt till LED-belysning i skolornas idrottshallar", "Fastighetsavdelningen", "2026–2027", "1,2 mnkr"),
        ("3", "Installera solceller på tre förskolor", "Fastighetsavdelningen", "2027", "2,5 mnkr"),
        ("4", "Utbilda driftpersonalen i energieffektiv drift", "Personalavdelningen", "2026", "Inom befintlig budget"),
    ]
    b = cover("Energiplan för kommunens fastigheter", "Handlingsplan 2026–2028")
    b += [("h1", "Bakgrund"), ("p", prose(4)),
          ("h1", "Åtgärder"), ("p", "Varje åtgärd beskrivs i ett eget åtgärdskort.")]
    for n, t, who, when, cost in cards:
        b.append(("card", f"Åtgärd {n}", t, [("Beskrivning", prose(1, int(n))), ("Ansvarig", who),
                                                 ("Tidplan", when), ("Kostnad", cost)]))
    b += [("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, [action(n, t, who, when, cost) for n, t, who, when, cost in cards]


def code_table():
    """A table Id | Åtgärd | Ansvar | Klart whose ids are "Å1" … "Å6" (the letter of
    "Åtgärd"), under "Åtgärdslista"."""
    rows = [
        ("Å1", "Inventera förorenade områden i kommunen", "Miljöenheten", "2026"),
        ("Å2", "Prioritera områden för sanering", "Miljöenheten", "2026"),
        ("Å3", "Sök statligt bidrag för saneringen vid gamla sågverket", "Samhällsbyggnad", "2027"),
        ("Å4", "Informera markägare om ansvaret för förorenad mark", "Miljöenheten", "Löpande"),
        ("Å5", "Samordna tillsynen med länsstyrelsen", "Miljöenheten", "2026–2028"),
    ]
    b = cover("Åtgärdsprogram för förorenade områden", "Miljö- och byggnämnden, Ekby kommun")
    b += [("h1", "Syfte"), ("p", prose(3)),
          ("h1", "Åtgärdslista"), ("p", "Åtgärderna betecknas med Å och ett löpnummer."),
          ("table", ["Id", "Åtgärd", "Ansvar", "Klart"], [list(r) for r in rows]),
          ("h1", "Uppföljning"), ("p", prose(2, 3))]
    return b, [action(n, t, who, when) for n, t, who, when in rows]


def a_headings():
    """Area headings "Område A: Boende" with actions as Heading 3 "A1 Title" under them, each
    with a description and the labelled lines "Ansvarig:" and "Tidplan:"."""
    areas = [
        ("A", "Boende", [
            ("A1", "Bygg fler trygghetsboenden för äldre", "Bostadsbolaget", "2027"),
            ("A2", "Anpassa befintliga lägenheter med hiss", "Bostadsbolaget", "2026–2028"),
        ]),
        ("B", "Social gemenskap", [
            ("B1", "Starta mötesplatser i alla kommundelar", "Äldreförvaltningen", "2026"),
            ("B2", "Erbjud digital träning på biblioteken", "Kulturförvaltningen", "2026"),
            ("B3", "Utveckla väntjänsten tillsammans med föreningar", "Äldreförvaltningen", "2027"),
        ]),
    ]
    b = cover("Äldreplan för Ekby kommun 2026–2030", "Handlingsplan") + intro("Inledning") + [("h1", "Åtgärder")]
    want = []
    for letter, area, acts in areas:
        b += [("h2", f"Område {letter}: {area}"), ("p", prose(1, 2))]
        for n, t, who, when in acts:
            b += [("h3", f"{n} {t}"), ("p", prose(1, 4)), ("label", "Ansvarig", who), ("label", "Tidplan", when)]
            want.append(action(n, t, who, when))
    b += [("h1", "Uppföljning"), ("p", prose(2, 1))]
    return b, want


def landscape_seven():
    """A landscape action list with seven columns: Nr | Åtgärd | Syfte | Ansvar | Samverkan |
    Tid | Kostnad; Syfte and Samverkan are columns of their own (the action's `fields`)."""
    rows = [
        ("1", "Inför simskola för alla elever i årskurs 2", "Alla barn ska kunna simma när de lämnar grundskolan.",
         "Fritidsförvaltningen", "Skolorna", "2026", "350 tkr/år"),
        ("2", "Bygg ett utegym i varje tätort", "Fler ska röra sig i vardagen.", "Fritidsförvaltningen",
         "Föreningslivet", "2026–2027", "1,8 mnkr"),
        ("3", "Erbjud fysisk aktivitet på recept", "Stöd till personer med stillasittande livsstil.",
         "Region Ekby", "Vårdcentralerna", "2026", "Ingen"),
        ("4", "Öppna idrottshallarna för spontanidrott på helger", "Unga ska ha tillgång till lokaler utan att vara medlemmar.",
         "Fritidsförvaltningen", "Fastighetsavdelningen", "2026", "200 tkr/år"),
        ("5", "Kartlägg barns fysiska aktivitet vart tredje år", "Underlag för att följa upp planen.",
         "Folkhälsoenheten", "Skolorna", "2027", "100 tkr"),
    ]
    b = cover("Handlingsplan för fysisk aktivitet 2026–2028", "Folkhälsorådet, Ekby kommun")
    b += [("h1", "Inledning"), ("p", prose(4)),
          ("landscape_cols", "Åtgärder", ["Nr", "Åtgärd", "Syfte", "Ansvar", "Samverkan", "Tid", "Kostnad"],
           [list(r) for r in rows], [0.9, 5.5, 6.5, 3.6, 3.4, 2.0, 2.6]),
          ("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, [with_fields(action(n, t, who, when, cost), {"Syfte": why, "Samverkan": with_whom})
               for n, t, why, who, with_whom, when, cost in rows]


def uppfoljning_status():
    """A follow-up report ("Uppföljning …") whose prose summarises the year and whose table
    repeats the plan's actions with a status column headed by its date: Nr | Åtgärd |
    Ansvarig | Status december 2025 | Kommentar, states "Genomförd", "Pågår", "Delvis
    genomförd", "Ej påbörjad". The actions come with their status."""
    rows = [
        ("1", "Inför fler papperskorgar längs strandpromenaden", "Parkenheten", "Genomförd", "Tjugo nya papperskorgar sattes upp i maj."),
        ("2", "Anordna skräpplockardagar med skolorna", "Miljöenheten", "Genomförd", "Åtta skolor deltog."),
        ("3", "Töm papperskorgarna oftare under sommaren", "Parkenheten", "Delvis genomförd", "Tömning två gånger i veckan i centrum."),
        ("4", "Kartlägg platser med mycket nedskräpning", "Miljöenheten", "Pågår", "Mätningar görs under hösten."),
        ("5", "Inför böter för nedskräpning i lokala föreskrifter", "Kommunledningskontoret", "Ej påbörjad", "Väntar på ny ordningsföreskrift."),
    ]
    b = cover("Uppföljning av handlingsplanen mot nedskräpning", "Rapport till miljönämnden, januari 2026")
    b += [("h1", "Sammanfattning"),
          ("p", "Av planens fem åtgärder är två genomförda och två pågår. Åtgärd 5 har inte påbörjats "
           "eftersom den förutsätter en ändrad föreskrift."),
          ("h1", "Åtgärdernas status"),
          ("table", ["Nr", "Åtgärd", "Ansvarig", "Status december 2025", "Kommentar"], [list(r) for r in rows]),
          ("h1", "Bedömning"), ("p", prose(3, 1))]
    return b, [action(n, t, who, status=st) for n, t, who, st, _ in rows]


def budget_uppdrag_table():
    """A budget whose assignments to the boards stand in a table Nr | Uppdrag | Ansvarig nämnd
    | Redovisas under "Uppdrag till nämnderna". No actions: an "uppdrag" of a budget is a
    decision of the council asking a board to investigate or report (like an att-sats), not
    an action of a plan; reporting them would make every budget and decision an action list
    (decided as for budget-uppdrag, whose assignments are bold "Uppdrag N" paragraphs)."""
    rows = [
        ("1", "Ta fram en lokalförsörjningsplan för hela kommunen", "Kommunstyrelsen", "Juni 2026"),
        ("2", "Utred samordnad varudistribution", "Kommunstyrelsen", "December 2026"),
        ("3", "Minska kostnaderna för skolskjuts med tio procent", "Barn- och utbildningsnämnden", "Bokslut 2026"),
        ("4", "Inför digital planering i hemtjänsten", "Socialnämnden", "Delårsrapport 2026"),
    ]
    b = cover("Mål och budget 2026 med plan för 2027–2028", "Kommunfullmäktiges beslut 2025-11-24")
    b += [("h1", "Ekonomiska förutsättningar"), ("p", prose(4)),
          ("h1", "Driftbudget"),
          ("table", ["Nämnd", "Budget 2026 (mnkr)", "Plan 2027 (mnkr)"],
           [["Kommunstyrelsen", "118,2", "120,0"], ["Barn- och utbildningsnämnden", "655,0", "668,4"],
            ["Socialnämnden", "602,7", "615,1"]]),
          ("h1", "Uppdrag till nämnderna"),
          ("p", "Kommunfullmäktige ger nämnderna följande uppdrag för 2026."),
          ("table", ["Nr", "Uppdrag", "Ansvarig nämnd", "Redovisas"], [list(r) for r in rows]),
          ("h1", "Investeringar"), ("p", prose(3, 2))]
    return b, []


def policy_principles():
    """A policy for citizen dialogue: its principles as a numbered list of short imperative
    lines ("Var tydlig med vad som går att påverka") under "Principer för dialogen", then
    numbered headings "1. Tydlighet" explaining each, and a section "Ansvar". No actions."""
    principles = [
        "Var tydlig med vad som går att påverka",
        "Informera tidigt i processen",
        "Anpassa formen efter målgruppen",
        "Återkoppla resultatet till deltagarna",
    ]
    b = cover("Policy för medborgardialog", "Antagen av kommunfullmäktige 2025-06-16")
    b += [("h1", "Syfte"), ("p", prose(3)),
          ("h1", "Principer för dialogen"),
          ("p", "Kommunens dialoger med invånarna ska följa fyra principer."),
          ("numbers", principles)]
    for k, name in enumerate(["Tydlighet", "Tidighet", "Tillgänglighet", "Återkoppling"]):
        b += [("h2", f"{k + 1}. {name}"), ("p", prose(2, k))]
    b += [("h1", "Ansvar"),
          ("p", "Kommunstyrelsen ansvarar för att policyn följs upp. Varje nämnd ansvarar för sina egna dialoger."),
          ("h1", "Uppföljning"), ("p", "Policyn följs upp vart fjärde år.")]
    return b, []


def kursplan():
    """A course syllabus: "Lärandemål" with "Efter avslutad kurs ska studenten kunna" and a
    numbered list of goals ("redogöra för …", "analysera …"), numbered course parts in a table
    Kod | Moment | Omfattning | Betyg, and literature. No actions."""
    goals = [
        "redogöra för den kommunala självstyrelsen och dess gränser,",
        "analysera hur en kommun styr sina verksamheter,",
        "tillämpa förvaltningslagens regler på enkla ärenden,",
        "värdera olika former av medborgardialog.",
    ]
    b = [("title", "Kursplan: Kommunal förvaltning, 7,5 högskolepoäng", 16),
         ("p", "Kurskod: SKV123. Fastställd av institutionsstyrelsen 2025-03-01."),
         ("h1", "Lärandemål"),
         ("p", "Efter avslutad kurs ska studenten kunna"),
         ("numbers", goals),
         ("h1", "Kursens innehåll"),
         ("p", "Kursen behandlar kommunernas uppgifter, organisation och styrning. " + prose(1, 3)),
         ("h1", "Examination"),
         ("table", ["Kod", "Moment", "Omfattning", "Betyg"],
          [["0101", "Skriftlig tentamen", "4,5 hp", "U, G, VG"], ["0102", "Seminarieuppgift", "3 hp", "U, G"]]),
         ("h1", "Kurslitteratur"),
         ("numbers", ["Montin, S. Moderna kommuner. Liber.", "Förvaltningslagen (2017:900)."])]
    return b, []


def ordningsforeskrifter():
    """Local regulations set as in a municipal statute book: "5 §" at the head of its
    paragraph, numbered points after "Det är förbjudet att", and an appendix table Nr |
    Område | Tid listing where alcohol is banned. No actions."""
    b = [("title", "Lokala ordningsföreskrifter för Norrby kommun", 16),
         ("p", "Antagna av kommunfullmäktige 2025-04-28, § 52. Gäller från 2025-06-01."),
         ("h2", "Inledande bestämmelser"),
         ("p", "1 § Utöver vad som föreskrivs i ordningslagen gäller dessa föreskrifter för att upprätthålla "
          "den allmänna ordningen på offentlig plats i kommunen."),
         ("p", "2 § Föreskrifterna gäller inte inom hamnområdet."),
         ("h2", "Markarbeten och containrar"),
         ("p", "5 § Den som ställer upp en container på offentlig plats ska se till att den är märkt med "
          "ägarens namn och telefonnummer."),
         ("h2", "Förtäring av alkohol"),
         ("p", "9 § Det är förbjudet att inom de områden som anges i bilaga 1"),
         ("numbers", ["förtära spritdrycker, vin eller starköl,",
                      "medföra öppnade förpackningar med sådana drycker,",
                      "lämna kvar tomglas eller burkar på platsen."]),
         ("p", "10 § Förbudet i 9 § gäller inte vid tillståndsgivna serveringar."),
         ("h2", "Ansvar"),
         ("p", "12 § I 3 kap. 22 § ordningslagen finns bestämmelser om straff för den som bryter mot föreskrifterna."),
         ("h2", "Bilaga 1"),
         ("table", ["Nr", "Område", "Tid"],
          [["1", "Stortorget med angränsande gator", "Hela dygnet"], ["2", "Stadsparken", "Kl. 22–07"],
           ["3", "Resecentrum", "Hela dygnet"]])]
    return b, []


def dagordning():
    """A board's agenda as a table Nr | Ärende | Dnr | Föredragande, its items naming plans
    and measures ("Handlingsplan för klimatanpassning – antagande", "Åtgärder mot
    sjukfrånvaro – information"), under "Föredragningslista". No actions, no protocol."""
    items = [
        ("1", "Val av justerare", "", ""),
        ("2", "Godkännande av dagordningen", "", ""),
        ("3", "Handlingsplan för klimatanpassning – antagande", "KS 2025/311", "Eva Lind"),
        ("4", "Åtgärder mot sjukfrånvaro – information", "KS 2025/290", "Per Ek"),
        ("5", "Uppföljning av trygghetsprogrammet", "KS 2024/118", "Eva Lind"),
        ("6", "Delegationsbeslut", "", ""),
    ]
    b = [("title", "Kommunstyrelsens arbetsutskott", 16),
         ("p", "Sammanträde tisdagen den 10 februari 2026 kl. 09.00, Stadshuset, sal A"),
         ("h1", "Föredragningslista"),
         ("table", ["Nr", "Ärende", "Dnr", "Föredragande"], [list(r) for r in items]),
         ("p", "Handlingarna finns tillgängliga i Netpublicator."),
         ("p", "Karin Holm, ordförande")]
    return b, []


# ---------------------------------------------------------------------------------------
# The eighth blind check (2026-12-03, morning): written before any rule changed for them,
# by every producer (Word, LibreOffice, pdfTeX, Chromium, WeasyPrint).


def runin_facts():
    """A regional plan whose actions are bold run-in headings "Åtgärd 3. Öka …." opening a
    paragraph of prose, each followed by a fact box (a two-column table without a header):
    Ansvar / Samverkanspart / Finansiering / Indikator."""
    acts = [
        ("1", "Öka kollektivtrafikens andel av resorna", "Region Ekby", "Kommunerna i länet", "Regionens trafikbudget", "Andel resor med kollektivtrafik"),
        ("2", "Bygg ut laddinfrastrukturen längs stråken", "Trafikverket", "Elnätsbolagen", "Statligt stöd", "Antal publika laddpunkter"),
        ("3", "Stärk godstransporterna på järnväg", "Region Ekby", "Hamnen och näringslivet", "EU-medel", "Andel gods på järnväg"),
        ("4", "Främja distansarbete på landsbygden", "Länsstyrelsen", "Kommunerna i länet", "Inom befintlig ram", "Antal arbetsplatser i lokala kontorshubbar"),
    ]
    b = cover("Regional transportplan – åtgärdsprogram 2026–2030", "Region Ekby")
    b += [("h1", "Inledning"), ("p", prose(4)),
          ("h1", "Åtgärder"), ("p", "Varje åtgärd beskrivs kort och följs av en faktaruta.")]
    for n, t, who, partner, money, indicator in acts:
        b += [("runin", f"Åtgärd {n}. {t}.", prose(2, int(n))),
              ("card", None, None, [("Ansvar", who), ("Samverkanspart", partner), ("Finansiering", money),
                                    ("Indikator", indicator)])]
    b += [("h1", "Genomförande och uppföljning"), ("p", prose(2, 1))]
    return b, [action(n, t, who) for n, t, who, *_ in acts]


def gantt_table():
    """A Gantt-like table: action rows Nr | Åtgärd | Ansvarig and one column per quarter
    ("K1 2026" … "K4 2027") with "X" where the action runs, on a landscape page."""
    rows = [
        ("1", "Inventera kommunens vattentäkter", "VA-enheten", [1, 2]),
        ("2", "Ta fram en reservvattenplan", "VA-enheten", [2, 3, 4]),
        ("3", "Bygg en ny ledning till Norrby", "Tekniska förvaltningen", [4, 5, 6, 7, 8]),
        ("4", "Informera fastighetsägare om enskilda brunnar", "Miljöenheten", [3]),
        ("5", "Inför vattenskyddsområde för Storsjön", "Miljöenheten", [5, 6]),
    ]
    quarters = [f"K{q} {y}" for y in (2026, 2027) for q in (1, 2, 3, 4)]
    b = cover("Vattenförsörjningsplan – genomförandeplan", "Ekby kommun 2026–2027")
    b += [("h1", "Bakgrund"), ("p", prose(4)),
          ("landscape_cols", "Tidplan för åtgärderna", ["Nr", "Åtgärd", "Ansvarig"] + quarters,
           [[n, t, who] + ["X" if k + 1 in qs else "" for k in range(8)] for n, t, who, qs in rows],
           [0.9, 7.0, 3.6] + [1.55] * 8, "grid"),
          ("h1", "Uppföljning"), ("p", prose(2, 3))]
    return b, [action(n, t, who) for n, t, who, _ in rows]


def goal_restart():
    """Actions grouped under goals "Mål 2: …" whose producer-numbered lists restart at 1 under
    every goal. A number names one action in its document, so they are wanted under the
    goal's number ("2.3" the third action under "Mål 2"), as restart-chapters decided for
    chapters."""
    goals = [
        ("Fler unga i arbete", ["Erbjud feriejobb till alla 16-åringar", "Starta ett jobbtorg för unga",
                                "Inför mentorskap med lokala företag"]),
        ("Fler vuxna i utbildning", ["Utöka SFI med kvällsundervisning", "Erbjud yrkesvux inom vården",
                                     "Inför studiecoacher på Komvux", "Samarbeta med högskolan om distanskurser"]),
        ("Fler nya företag", ["Inför en företagslots", "Ordna nyföretagarkvällar fyra gånger om året"]),
    ]
    b = cover("Arbetsmarknadsplan 2026–2028", "Ekby kommun")
    b += [("h1", "Inledning"), ("p", prose(3)),
          ("h1", "Mål och åtgärder"), ("p", "Planen har tre mål. Under varje mål anges åtgärderna.")]
    want = []
    for k, (goal, acts) in enumerate(goals):
        b += [("h2", f"Mål {k + 1}: {goal}"), ("p", prose(1, k)), ("numbers", acts)]
        want += [action(f"{k + 1}.{j + 1}", t) for j, t in enumerate(acts)]
    b += [("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, want


def twocol_numbered():
    """Actions in a two-column layout: bold "N. Title" lines, a description and the labelled
    lines "Ansvar:" and "Klart:" flowing down the first column into the second."""
    acts = [
        ("1", "Inför källsortering i alla kommunala verksamheter", "Renhållningen", "2026"),
        ("2", "Öppna en återbruksbutik vid återvinningscentralen", "Renhållningen", "2027"),
        ("3", "Ställ krav på återvunnet material vid upphandling", "Upphandlingsenheten", "2026"),
        ("4", "Minska matsvinnet i skolköken med hälften", "Kostenheten", "2028"),
        ("5", "Erbjud hushållen kompostbehållare", "Renhållningen", "2026"),
        ("6", "Informera om farligt avfall i alla bostadsområden", "Miljöenheten", "Löpande"),
    ]
    inner = []
    for n, t, who, when in acts:
        inner += [("bold", f"{n}. {t}"), ("p", prose(1, int(n))), ("label", "Ansvar", who), ("label", "Klart", when)]
    b = cover("Avfallsplan 2026–2030", "Ekby kommun – bilaga med åtgärder") + intro("Inledning")
    b += [("h1", "Åtgärder"), ("twocol", inner),
          ("h1", "Uppföljning"), ("p", prose(2, 4))]
    return b, [action(n, t, who, when) for n, t, who, when in acts]


def bilaga_atgardslista():
    """A plan of prose that mentions its actions in running text ("åtgärd 4 förutsätter …",
    "se åtgärderna 2 och 5"), with the action list in an appendix "Bilaga 1 Åtgärdslista":
    Nr | Åtgärd | Ansvarig | Tidplan. The mentions are no actions."""
    rows = [
        ("1", "Kartlägg bullerutsatta bostäder längs väg 12", "Miljöenheten", "2026"),
        ("2", "Sätt upp bullerskärmar vid Ekbacken", "Gatuenheten", "2027"),
        ("3", "Sänk hastigheten på infarterna", "Trafikenheten", "2026"),
        ("4", "Byt till tyst asfalt vid omläggning", "Gatuenheten", "Löpande"),
        ("5", "Erbjud bidrag till bullerdämpande fönster", "Miljöenheten", "2027–2028"),
    ]
    b = cover("Åtgärdsprogram mot buller", "Ekby kommun 2026–2028")
    b += [("h1", "Sammanfattning"),
          ("p", "Programmet innehåller fem åtgärder. Åtgärd 4 förutsätter att beläggningsprogrammet "
           "följs, och åtgärd 5 kräver att kommunfullmäktige avsätter medel."),
          ("h1", "Bullersituationen"), ("p", prose(4)),
          ("p", "De största vinsterna ger åtgärderna 2 och 5, se bilagan. Åtgärd 3 har redan "
           "börjat genomföras på två infarter."),
          ("h1", "Genomförande"), ("p", prose(2, 2)),
          ("page",),
          ("h1", "Bilaga 1 Åtgärdslista"),
          ("table", ["Nr", "Åtgärd", "Ansvarig", "Tidplan"], [list(r) for r in rows])]
    return b, [action(n, t, who, when) for n, t, who, when in rows]


def checklist_plan():
    """A checklist-style plan: lines "☐ 1. Title" under area headings, each followed by a line
    "Ansvarig: …"; the boxes are for ticking off."""
    areas = [
        ("Före sommaren", [("1", "Se över kylningen i äldreboendenas gemensamma lokaler", "Fastighetsavdelningen"),
                           ("2", "Ta fram listor över brukare i riskgrupp", "Hemtjänsten"),
                           ("3", "Utbilda personalen om värmeböljor", "Äldreförvaltningen")]),
        ("Under värmebölja", [("4", "Ring brukare i riskgrupp varje dag", "Hemtjänsten"),
                              ("5", "Öppna svala lokaler för allmänheten", "Kulturförvaltningen")]),
    ]
    b = cover("Handlingsplan vid värmebölja", "Checklista för Ekby kommuns verksamheter")
    b += [("h1", "Syfte"), ("p", prose(2)), ("h1", "Checklista")]
    want = []
    for area, acts in areas:
        b.append(("h2", area))
        for n, t, who in acts:
            b += [("p", f"☐ {n}. {t}"), ("label", "Ansvarig", who)]
            want.append(action(n, t, who))
    b += [("h1", "Kontaktuppgifter"), ("p", "Krisledningen nås via kommunens växel.")]
    return b, want


def english_actions():
    """An English version of a municipal plan: Heading 2 "Action 1: Title" with the labelled
    lines "Responsible:" and "Timeline:" under "Actions"."""
    acts = [
        ("1", "Open a welcome centre for new residents", "City Office", "2026"),
        ("2", "Translate key municipal information into five languages", "Communications Unit", "2026"),
        ("3", "Offer Swedish courses at the public libraries", "Culture Department", "2027"),
        ("4", "Start a mentoring programme with local employers", "Business Office", "2026–2027"),
    ]
    b = cover("Integration Action Plan 2026–2028", "Ekby Municipality")
    b += [("h1", "Introduction"),
          ("p", "This plan describes how the municipality will welcome new residents. It was adopted by "
           "the municipal council in November 2025."),
          ("h1", "Actions")]
    for n, t, who, when in acts:
        b += [("h2", f"Action {n}: {t}"),
              ("p", "The action is carried out together with civil society and the regional authorities."),
              ("label", "Responsible", who), ("label", "Timeline", when)]
    b += [("h1", "Follow-up"), ("p", "The plan is followed up every year by the municipal executive board.")]
    return b, [action(n, t, who, when) for n, t, who, when in acts]


def riskanalys():
    """A risk and vulnerability analysis: numbered risks in a table Nr | Risk | Sannolikhet |
    Konsekvens | Föreslagen åtgärd under "Risker och åtgärder", and a paragraph per risk
    "Risk 3: …". No actions: each row is a risk, the measure a suggestion to weigh in the
    plans that follow (the numbers name risks, and a risk's title is no action)."""
    risks = [
        ("1", "Långvarigt elavbrott", "Medel", "Hög", "Reservkraft till vård och omsorg"),
        ("2", "Översvämning i centrum", "Låg", "Hög", "Mobila översvämningsskydd"),
        ("3", "It-attack mot kommunens system", "Medel", "Hög", "Övning i it-incidenthantering"),
        ("4", "Brist på dricksvatten", "Låg", "Mycket hög", "Reservvattenplan"),
        ("5", "Pandemi", "Låg", "Hög", "Uppdaterad pandemiplan"),
    ]
    b = cover("Risk- och sårbarhetsanalys 2025–2028", "Ekby kommun")
    b += [("h1", "1 Inledning"), ("p", prose(3)),
          ("h1", "2 Metod"), ("p", prose(2, 2)),
          ("h1", "3 Risker och åtgärder"),
          ("table", ["Nr", "Risk", "Sannolikhet", "Konsekvens", "Föreslagen åtgärd"], [list(r) for r in risks])]
    for n, t, *_ in risks[:3]:
        b += [("bold", f"Risk {n}: {t}"), ("p", prose(2, int(n)))]
    b += [("h1", "4 Slutsatser"), ("p", prose(2, 1))]
    return b, []


def beslut_list():
    """A working group's meeting notes ("Minnesanteckningar"): participants, information
    items, and under "Beslut" a list numbered by the producer ("Arbetsgruppen beslutade att
    …"), then "Nästa möte". No actions (decisions of a meeting), no protocol (no paragraphs)."""
    b = [("title", "Minnesanteckningar, arbetsgruppen för klimatanpassning", 16),
         ("p", "Datum: 2026-01-20. Deltagare: Eva Lind, Per Ek, Anna Holm, Karin Berg."),
         ("h1", "Information"),
         ("p", "Per Ek informerade om länsstyrelsens nya vägledning för skyfallskartering. " + prose(1, 2)),
         ("h1", "Beslut"),
         ("numbers", ["Arbetsgruppen beslutade att anta tidplanen för skyfallskarteringen.",
                      "Arbetsgruppen beslutade att bjuda in räddningstjänsten till nästa möte.",
                      "Arbetsgruppen beslutade att Anna Holm sammanställer förslag till åtgärder.",
                      "Arbetsgruppen beslutade att ansöka om statligt bidrag för förebyggande åtgärder."]),
         ("h1", "Nästa möte"), ("p", "Nästa möte hålls den 17 februari 2026 i stadshuset.")]
    return b, []


def krav_upphandling():
    """A procurement's requirement specification: numbered chapters "3 Krav på tjänsten",
    bold lines "Krav 3.2.1 Leverantören ska …" each followed by "Verifiering: …", and a
    table Krav | Beskrivning | Typ (Ska/Bör). No actions."""
    reqs = [
        ("3.1.1", "Leverantören ska ha en utsedd kontaktperson", "Ange namn i anbudet."),
        ("3.1.2", "Leverantören ska ha kollektivavtal eller motsvarande villkor", "Intyg bifogas."),
        ("3.2.1", "Städningen ska utföras med miljömärkta medel", "Produktblad bifogas."),
        ("3.2.2", "Personalen ska bära synlig id-handling", "Bekräftas i anbudet."),
    ]
    b = cover("Förfrågningsunderlag: Lokalvård i kommunens förskolor", "Upphandling EKB-2025-0412")
    b += [("h1", "1 Orientering"), ("p", prose(3)),
          ("h1", "2 Administrativa föreskrifter"), ("p", prose(2, 3)),
          ("h1", "3 Krav på tjänsten"),
          ("h2", "3.1 Krav på leverantören")]
    for n, t, how in reqs[:2]:
        b += [("bold", f"Krav {n} {t}"), ("label", "Verifiering", how)]
    b.append(("h2", "3.2 Krav på utförandet"))
    for n, t, how in reqs[2:]:
        b += [("bold", f"Krav {n} {t}"), ("label", "Verifiering", how)]
    b += [("h1", "4 Sammanställning av krav"),
          ("table", ["Krav", "Beskrivning", "Typ"], [[n, t, "Ska"] for n, t, _ in reqs] +
           [["3.3.1", "Leverantören bör erbjuda utbildning i hygienrutiner", "Bör"]])]
    return b, []


def arsredovisning_noter():
    """An annual report: a management report with bullets of the year's measures, the
    accounts, and "Noter" with headings "Not 1 Redovisningsprinciper" … "Not 12 …" over small
    tables of figures. No actions."""
    notes = ["Redovisningsprinciper", "Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar",
             "Skatteintäkter", "Generella statsbidrag", "Finansiella intäkter", "Finansiella kostnader",
             "Materiella anläggningstillgångar", "Kortfristiga fordringar", "Pensionsavsättningar",
             "Kortfristiga skulder"]
    b = cover("Årsredovisning 2025", "Ekby kommun")
    b += [("h1", "Förvaltningsberättelse"), ("p", prose(3)),
          ("p", "Under året genomfördes bland annat följande åtgärder:"),
          ("bullets", ["nya lokaler för hemtjänsten togs i bruk,", "skolornas ventilation byttes ut,",
                       "en ny översiktsplan antogs."]),
          ("h1", "Resultaträkning"),
          ("table", ["Mnkr", "Not", "2025", "2024"],
           [["Verksamhetens intäkter", "2", "412,5", "398,1"], ["Verksamhetens kostnader", "3", "-1 955,0", "-1 890,2"],
            ["Avskrivningar", "4", "-88,3", "-84,0"]]),
          ("page",), ("h1", "Noter")]
    for k, name in enumerate(notes):
        b.append(("h2", f"Not {k + 1} {name}"))
        if k == 0:
            b.append(("p", "Årsredovisningen är upprättad enligt lagen om kommunal bokföring och redovisning."))
        else:
            b.append(("table", ["Mnkr", "2025", "2024"],
                      [["Summa " + name.lower(), f"{100 + 7 * k},4", f"{95 + 6 * k},1"]]))
    return b, []


# ---------------------------------------------------------------------------------------
# The ninth blind check (2026-12-03, third session): written before any rule changed for
# them, by every producer (Word, LibreOffice, pdfTeX, Chromium, WeasyPrint).


def paren_numbers():
    """A youth-health plan whose actions are typed paragraphs "1) Title", each followed by a
    sentence and the lines "Ansvarig: …" and "Tidsperiod: …"."""
    acts = [
        ("1", "Erbjud samtalsstöd på alla högstadieskolor", "Elevhälsan", "2026–2027"),
        ("2", "Starta en chatt för unga med psykisk ohälsa", "Socialförvaltningen", "2026"),
        ("3", "Utbilda fritidsledare i första hjälpen till psykisk hälsa", "Fritidsförvaltningen", "2026"),
        ("4", "Inför en gemensam rutin för skolfrånvaro", "Skolförvaltningen", "2027"),
        ("5", "Ordna föräldraträffar om sömn och skärmtid", "Familjecentralen", "Varje termin"),
    ]
    b = cover("Handlingsplan för ungas psykiska hälsa 2026–2027", "Ekby kommun")
    b += [("h1", "Bakgrund"), ("p", prose(4)),
          ("h1", "Handlingsplan"), ("p", "Planen omfattar följande fem åtgärder.")]
    for n, t, who, when in acts:
        b += [("p", f"{n}) {t}"), ("p", prose(1, int(n))), ("label", "Ansvarig", who), ("label", "Tidsperiod", when)]
    b += [("h1", "Uppföljning"), ("p", prose(2, 1))]
    return b, [action(n, t, who, when) for n, t, who, when in acts]


def hyphen_codes():
    """Actions coded by area with a hyphen, "EN-01 Title" … "KA-02 Title", as bold lines under
    "Energi (EN)" and "Klimatanpassning (KA)" headings, each with one line of labels
    "Ansvar: …  Klart: …"."""
    areas = [
        ("Energi (EN)", [("EN-01", "Byt ut belysningen i kommunens gatunät", "Gatuenheten", "2026"),
                         ("EN-02", "Installera solceller på tre skolor", "Fastighetsenheten", "2027"),
                         ("EN-03", "Energieffektivisera simhallen", "Fastighetsenheten", "2028")]),
        ("Klimatanpassning (KA)", [("KA-01", "Ta fram en skyfallsplan för centrum", "VA-enheten", "2026"),
                                   ("KA-02", "Anlägg regnbäddar längs Storgatan", "Gatuenheten", "2027")]),
    ]
    b = cover("Klimat- och energiplan – åtgärder", "Ekby kommun 2026–2028")
    b += [("h1", "Inledning"), ("p", prose(3)),
          ("p", "Varje åtgärd har en kod med områdets förkortning och ett löpnummer."),
          ("h1", "Åtgärder")]
    want = []
    for area, acts in areas:
        b.append(("h2", area))
        for n, t, who, when in acts:
            b += [("bold", f"{n} {t}"), ("p", prose(1, len(want))), ("labels", [("Ansvar", who), ("Klart", when)])]
            want.append(action(n, t, who, when))
    b += [("h1", "Uppföljning"), ("p", prose(2, 3))]
    return b, want


def atgard_nr_beskrivning():
    """A table whose first column is headed "Åtgärd nr" (the number) and whose second is
    "Beskrivning" (the action's title): Åtgärd nr | Beskrivning | Ansvarig | Tidplan."""
    rows = [
        ("1.1", "Inventera tillgängligheten i kommunens lokaler", "Fastighetsenheten", "2026"),
        ("1.2", "Åtgärda enkelt avhjälpta hinder i centrum", "Gatuenheten", "2026–2027"),
        ("2.1", "Gör kommunens webbplats tillgänglig enligt lagkraven", "Kommunikationsenheten", "2026"),
        ("2.2", "Erbjud information på lätt svenska", "Kommunikationsenheten", "2027"),
        ("3.1", "Utbilda all personal i bemötande", "HR-enheten", "Löpande"),
    ]
    b = cover("Tillgänglighetsplan 2026–2027", "Ekby kommun")
    b += [("h1", "Inledning"), ("p", prose(3, 1)),
          ("h1", "Åtgärder"),
          ("table", ["Åtgärd nr", "Beskrivning", "Ansvarig", "Tidplan"], [list(r) for r in rows]),
          ("h1", "Uppföljning"), ("p", prose(2))]
    return b, [action(n, t, who, when) for n, t, who, when in rows]


def captioned_table():
    """Two tables, one per year, each opening with a caption row spanning the table
    ("Handlingsplan 2026", bold) above its header row Nr | Åtgärd | Ansvar | Tidplan |
    Kostnad (tkr); the numbers run on from the first table into the second."""
    years = [
        ("Handlingsplan 2026", [("1", "Inför digital ansökan om bygglov", "Bygglovsenheten", "Q2 2026", "300"),
                                ("2", "Skanna in det analoga bygglovsarkivet", "Bygglovsenheten", "Q4 2026", "1 200"),
                                ("3", "Erbjud förhandsmöten för företag", "Näringslivsenheten", "Q1 2026", "0")]),
        ("Handlingsplan 2027", [("4", "Inför automatiserade beslut för enkla ärenden", "Bygglovsenheten", "Q3 2027", "500"),
                                ("5", "Mät kundnöjdheten efter varje ärende", "Kvalitetsenheten", "Q1 2027", "50")]),
    ]
    b = cover("Förbättringsplan för bygglovsprocessen", "Samhällsbyggnadsförvaltningen")
    b += [("h1", "Inledning"), ("p", prose(3, 2)), ("h1", "Förbättringsåtgärder")]
    want = []
    for caption, rows in years:
        b.append(("captioned_table", caption, ["Nr", "Åtgärd", "Ansvar", "Tidplan", "Kostnad (tkr)"], [list(r) for r in rows]))
        want += [action(n, t, who, when, cost) for n, t, who, when, cost in rows]
    b += [("h1", "Uppföljning"), ("p", prose(2, 4))]
    return b, want


def headerless_rows():
    """Tables without a header row under "Område N" headings: rows "1.1 | Title | Office |
    2026". No header names the columns, so only number and title are wanted."""
    areas = [
        ("Område 1 Trygga miljöer", [("1.1", "Förbättra belysningen i parker och på gångvägar", "Gatuenheten", "2026"),
                                     ("1.2", "Genomför trygghetsvandringar i alla stadsdelar", "Kommunledningskontoret", "2026")]),
        ("Område 2 Förebyggande arbete", [("2.1", "Anställ fältassistenter för kvällar och helger", "Socialförvaltningen", "2026"),
                                          ("2.2", "Utöka öppettiderna på fritidsgårdarna", "Fritidsförvaltningen", "2027"),
                                          ("2.3", "Starta föräldravandringar i samarbete med föreningar", "Socialförvaltningen", "2026")]),
    ]
    b = cover("Trygghetsplan för Ekby 2026–2028", "Kommunstyrelsen") + intro("Inledning") + [("h1", "Åtgärder")]
    want = []
    for area, rows in areas:
        b += [("h2", area), ("p", prose(1, len(want))), ("rows_table", [list(r) for r in rows])]
        want += [action(n, t) for n, t, *_ in rows]
    b += [("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, want


def aktivitet_lines():
    """"Delområde N: …" headings, bold lines "Aktivitet 2.1: Title" under them, each with the
    labelled lines "Ansvarig nämnd: …" and "Tidpunkt: …"."""
    parts = [
        ("Delområde 1: Läsande", [("1.1", "Inför en läsvecka på alla skolor", "Barn- och utbildningsnämnden", "Vecka 46 2026"),
                                  ("1.2", "Dela ut en bok till alla nyfödda", "Kulturnämnden", "2026")]),
        ("Delområde 2: Mötesplatser", [("2.1", "Öppna meröppet bibliotek i Norrby", "Kulturnämnden", "2027"),
                                       ("2.2", "Ordna språkcaféer varje vecka", "Kulturnämnden", "Löpande"),
                                       ("2.3", "Låna ut lokaler till studieförbunden", "Kultur- och fritidsnämnden", "2026")]),
    ]
    b = cover("Biblioteksplan för Ekby kommun", "Aktivitetsplan 2026–2027")
    b += [("h1", "Inledning"), ("p", prose(3, 3)), ("h1", "Aktiviteter")]
    want = []
    for part, acts in parts:
        b.append(("h2", part))
        for n, t, who, when in acts:
            b += [("bold", f"Aktivitet {n}: {t}"), ("label", "Ansvarig nämnd", who), ("label", "Tidpunkt", when)]
            want.append(action(n, t, who, when))
    b += [("h1", "Uppföljning"), ("p", prose(2, 1))]
    return b, want


def sub_bullets():
    """An action list numbered by the producer, each item followed by indented bullets
    "Ansvar: …" and "Tid: …"."""
    acts = [
        ("Inför matsvinnsmätning i alla skolkök", "Kostenheten", "HT 2026"),
        ("Erbjud vegetariskt alternativ varje dag", "Kostenheten", "VT 2026"),
        ("Köp in närproducerade grönsaker i säsong", "Upphandlingsenheten", "2027"),
        ("Utbilda måltidspersonalen i klimatsmart matlagning", "Kostenheten", "2026"),
    ]
    b = cover("Måltidsplan för förskola och skola", "Ekby kommun 2026–2027")
    b += [("h1", "Inledning"), ("p", prose(3)),
          ("h1", "Åtgärder"), ("p", "Under perioden genomförs följande:"),
          ("numbers_sub", [(t, [f"Ansvar: {who}", f"Tid: {when}"]) for t, who, when in acts]),
          ("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, [action(str(k + 1), t, who, when) for k, (t, who, when) in enumerate(acts)]


def prio_table():
    """A landscape table whose first column is a priority (1–3, numbers too) and the second
    the action's number: Prio | Nr | Åtgärd | Effekt | Ansvarig | Kostnad | Tidplan."""
    rows = [
        ("1", "1", "Inför samordnad varudistribution", "Färre transporter", "Logistikenheten", "400 tkr", "2026"),
        ("2", "2", "Ställ om kommunens fordon till el", "Lägre utsläpp", "Fordonsenheten", "3 mnkr", "2026–2028"),
        ("1", "3", "Bygg cykelgarage vid stationen", "Fler cykelpendlare", "Gatuenheten", "1,5 mnkr", "2027"),
        ("3", "4", "Erbjud lånecyklar till personalen", "Färre bilresor i tjänsten", "HR-enheten", "80 tkr", "2026"),
        ("2", "5", "Inför resfria möten som norm", "Färre tjänsteresor", "Kommunledningskontoret", "0", "2026"),
    ]
    b = cover("Resplan för Ekby kommuns verksamheter", "Antagen av kommunstyrelsen 2025-11-04")
    b += [("h1", "Bakgrund"), ("p", prose(4, 1)),
          ("landscape_cols", "Åtgärder i prioritetsordning", ["Prio", "Nr", "Åtgärd", "Effekt", "Ansvarig", "Kostnad", "Tidplan"],
           [list(r) for r in rows], [1.3, 1.0, 7.0, 4.6, 4.4, 2.2, 2.4], "grid"),
          ("h1", "Uppföljning"), ("p", prose(2, 3))]
    return b, [with_fields(action(n, t, who, when, cost), {"Prio": prio, "Effekt": effect})
               for prio, n, t, effect, who, cost, when in rows]


def budget_appendix():
    """An action plan (Nr | Åtgärd | Ansvarig | Tidplan) with an appendix "Bilaga 2 Budget" whose
    table numbers its cost items Nr | Kostnadspost | 2026 (tkr) | 2027 (tkr): the budget rows
    are no actions."""
    rows = [
        ("1", "Anställ en samordnare för föreningslivet", "Fritidsenheten", "2026"),
        ("2", "Inför ett digitalt bokningssystem för lokaler", "Fritidsenheten", "2026"),
        ("3", "Rusta upp idrottsplatsen i Sörby", "Fastighetsenheten", "2027"),
        ("4", "Erbjud gratis sommaraktiviteter för barn", "Fritidsenheten", "Varje sommar"),
    ]
    budget = [("1", "Lön samordnare", "650", "670"), ("2", "Bokningssystem, licens", "120", "120"),
              ("3", "Upprustning idrottsplats", "0", "2 400"), ("4", "Sommaraktiviteter", "300", "300"),
              ("5", "Oförutsett", "50", "50")]
    b = cover("Handlingsplan för fritid och föreningsliv 2026–2027", "Ekby kommun")
    b += [("h1", "Inledning"), ("p", prose(3, 4)),
          ("h1", "Åtgärder"),
          ("table", ["Nr", "Åtgärd", "Ansvarig", "Tidplan"], [list(r) for r in rows]),
          ("h1", "Uppföljning"), ("p", prose(2)),
          ("page",), ("h1", "Bilaga 1 Uppföljningsmått"), ("p", prose(2, 5)),
          ("h1", "Bilaga 2 Budget"),
          ("table", ["Nr", "Kostnadspost", "2026 (tkr)", "2027 (tkr)"], [list(r) for r in budget])]
    return b, [action(n, t, who, when) for n, t, who, when in rows]


def rutin_steps():
    """A routine (rutinbeskrivning): a line of labels "Dokumentansvarig: …  Gäller från: …"
    and under "Så här gör du" numbered imperative steps. No actions: steps of a procedure."""
    b = [("title", "Rutin för registrering av allmänna handlingar", 16),
         ("labels", [("Dokumentansvarig", "Kanslichef"), ("Gäller från", "2026-01-01")]),
         ("h1", "Syfte"),
         ("p", "Rutinen ska säkerställa att inkomna handlingar registreras korrekt och utan dröjsmål."),
         ("h1", "Så här gör du"),
         ("numbers", ["Ta emot handlingen och stämpla den med ankomstdatum.",
                      "Bedöm om handlingen är allmän och om den ska registreras.",
                      "Registrera handlingen i ärendesystemet samma dag.",
                      "Fördela ärendet till ansvarig handläggare.",
                      "Skanna pappershandlingar och lägg originalet i närarkivet."]),
         ("h1", "Om handlingen kan innehålla sekretess"),
         ("numbers", ["Kontakta kommunjuristen innan handlingen lämnas ut.",
                      "Markera handlingen med sekretesskod i ärendesystemet."]),
         ("h1", "Ansvar"), ("p", "Registratorn ansvarar för registreringen och chefen för uppföljningen.")]
    return b, []


def begreppslista():
    """A glossary of a municipality's steering model: terms numbered by the producer, each
    "Term – definition" (åtgärd, aktivitet and handlingsplan among them). No actions."""
    b = cover("Begrepp i Ekby kommuns styrmodell", "Kommunledningskontoret 2026")
    b += [("h1", "Inledning"), ("p", prose(2)),
          ("h1", "Begrepp"),
          ("numbers", ["Vision – den långsiktiga bild av kommunen som fullmäktige har antagit.",
                       "Mål – ett önskat läge som ska nås inom en viss tid.",
                       "Handlingsplan – ett dokument som beskriver hur ett mål ska nås.",
                       "Åtgärd – en insats som genomförs för att nå ett mål.",
                       "Aktivitet – en del av en åtgärd som en enhet ansvarar för.",
                       "Indikator – ett mått som visar om utvecklingen går mot målet."]),
          ("h1", "Förkortningar"),
          ("table", ["Förkortning", "Betydelse"], [["KF", "Kommunfullmäktige"], ["KS", "Kommunstyrelsen"],
                                                   ["KLK", "Kommunledningskontoret"]])]
    return b, []


def kf_beslut():
    """A council's decision on an action plan: "Kommunfullmäktige beslutar" over a list
    numbered by the producer whose items open with infinitives ("anta …", "uppdra åt …"),
    the same form as an imperative. No actions."""
    b = [("title", "Kommunfullmäktiges beslut 2026-02-23", 16),
         ("p", "Handlingsplan för trygghet och säkerhet 2026–2028. Dnr KS 2025/412"),
         ("h1", "Beslut"),
         ("p", "Kommunfullmäktige beslutar att"),
         ("numbers", ["anta handlingsplan för trygghet och säkerhet 2026–2028,",
                      "uppdra åt kommunstyrelsen att följa upp handlingsplanen varje år,",
                      "avsätta 2 miljoner kronor för genomförandet 2026,",
                      "upphäva det tidigare trygghetsprogrammet."]),
         ("h1", "Sammanfattning av ärendet"), ("p", prose(4, 2)),
         ("h1", "Beslutsunderlag"),
         ("bullets", ["Kommunstyrelsens förslag 2026-02-03", "Handlingsplan för trygghet och säkerhet 2026–2028"])]
    return b, []


def statistik_tabeller():
    """A statistics report: numbered chapters and sections, bold captions "Tabell 2.1 Folkmängd
    …" over tables whose rows are codes and figures, and "Figur 3.1" notes. No actions."""
    b = cover("Befolkningsstatistik för Ekby kommun 2025", "Kommunledningskontoret, analysenheten")
    b += [("h1", "1 Inledning"), ("p", prose(2)),
          ("h1", "2 Befolkning"), ("h2", "2.1 Folkmängd"), ("p", prose(2, 1)),
          ("bold", "Tabell 2.1 Folkmängd efter kommundel 2023–2025"),
          ("table", ["Kod", "Kommundel", "2023", "2024", "2025"],
           [["01", "Ekby centrum", "12 410", "12 530", "12 688"], ["02", "Norrby", "4 102", "4 087", "4 120"],
            ["03", "Sörby", "2 955", "2 990", "3 012"]]),
          ("h2", "2.2 Flyttningar"), ("p", prose(2, 3)),
          ("bold", "Tabell 2.2 Inflyttade och utflyttade 2025"),
          ("table", ["Nr", "Typ av flytt", "Antal"], [["1", "Inflyttade från andra kommuner", "1 204"],
                                                      ["2", "Utflyttade till andra kommuner", "1 150"],
                                                      ["3", "Invandrade", "310"]]),
          ("h1", "3 Prognos"), ("p", "Figur 3.1 Befolkningsprognos 2025–2035 (diagram)."), ("p", prose(2, 4))]
    return b, []


def faq():
    """Questions and answers about a waste tariff: bold "1. Varför höjs taxan?" lines, each
    followed by an answer. No actions."""
    qa = [("Varför höjs avfallstaxan?", "Kostnaderna för insamling och behandling har ökat."),
          ("När börjar den nya taxan gälla?", "Den nya taxan gäller från den 1 januari 2026."),
          ("Hur kan jag sänka min avgift?", "Du kan välja ett mindre kärl eller hemkompostera."),
          ("Vem kan jag kontakta om jag har frågor?", "Kontakta kundtjänst via kommunens växel.")]
    b = cover("Frågor och svar om avfallstaxan 2026", "Ekby kommun, renhållningen")
    b += [("h1", "Vanliga frågor")]
    for k, (q, a) in enumerate(qa):
        b += [("bold", f"{k + 1}. {q}"), ("p", a)]
    return b, []


def goal_bullets():
    """Goals "Mål 1: …" as headings with unnumbered bullets of imperative measures under each.
    Decided: no actions. An action is reported with its number, and these have none;
    numbering them ourselves would report a number the document does not give."""
    goals = [("Mål 1: Fler går och cyklar", ["Bygg ut cykelvägarna mellan tätorterna",
                                              "Sätt upp cykelställ vid alla skolor"]),
             ("Mål 2: Renare luft i centrum", ["Inför miljözon för tunga fordon", "Plantera fler träd längs Storgatan"])]
    b = cover("Miljöprogram för Ekby tätort", "Ekby kommun 2026")
    b += [("h1", "Mål och insatser"), ("p", prose(2))]
    for goal, items in goals:
        b += [("h2", goal), ("p", prose(1, 2)), ("bullets", items)]
    b += [("h1", "Uppföljning"), ("p", prose(2, 3))]
    return b, []


# ---------------------------------------------------------------------------------------
# The tenth blind check (2026-12-03, fourth session), written before any rule changed for
# them, by all five producers.


def strategi_kolon():
    """A regional development strategy: "Prioriterat område N" headings, Heading 3 "Åtgärd 3:2
    Title" (colon codes after the label), a description and one line of labels "Huvudansvar:
    … Medverkande: …"."""
    areas = [
        ("Prioriterat område 1: Kompetensförsörjning", [
            ("1:1", "Inrätta ett regionalt kompetensråd", "Region Ekby", "Arbetsförmedlingen"),
            ("1:2", "Bygg ut yrkesvuxenutbildningen i länets kommuner", "Länets kommuner", "Region Ekby")]),
        ("Prioriterat område 2: Hållbara transporter", [
            ("2:1", "Utveckla pendlingsstråket Ekby–Norrby", "Region Ekby", "Trafikverket"),
            ("2:2", "Samordna laddinfrastrukturen för tunga fordon", "Länsstyrelsen", "Länets kommuner"),
            ("2:3", "Ta fram en regional cykelplan", "Region Ekby", "Länets kommuner")]),
    ]
    b = cover("Regional utvecklingsstrategi 2026–2035", "Region Ekby") + intro("Inledning") + [("h1", "Strategins åtgärder")]
    want = []
    for area, acts in areas:
        b += [("h2", area), ("p", prose(1, 3))]
        for n, t, lead, with_ in acts:
            b += [("h3", f"Åtgärd {n} {t}"), ("p", prose(1, 5)),
                  ("labels", [("Huvudansvar", lead), ("Medverkande", with_)])]
            want.append(action(n, t, lead))
    b += [("h1", "Uppföljning"), ("p", prose(2, 6))]
    return b, want


def group_header():
    """Actions in page-wide tables, one per area, each under a merged header row over the
    header row: "Åtgärd" over Nr | Beskrivning and "Genomförande" over Ansvarig | Start | Klart."""
    areas = [
        ("Område 1 Vatten", [("1.1", "Kartlägg enskilda avlopp i Norrby", "Miljöenheten", "2026", "2027"),
                             ("1.2", "Anlägg en våtmark vid Ekån", "Gatuenheten", "2026", "2028"),
                             ("1.3", "Inventera dagvattenbrunnar i centrum", "VA-enheten", "2027", "2027")]),
        ("Område 2 Natur", [("2.1", "Ta fram en plan för skötsel av kommunens ängar", "Parkenheten", "2026", "2026"),
                            ("2.2", "Restaurera Ekbackens lövskog", "Parkenheten", "2027", "2029")]),
    ]
    b = cover("Handlingsplan för vatten och natur", "Ekby kommun 2026–2029") + intro("Bakgrund")
    want = []
    for area, rows in areas:
        b += [("h1", area), ("p", prose(1, 2)),
              ("group_header_table", [("Åtgärd", 2), ("Genomförande", 3)],
               ["Nr", "Beskrivning", "Ansvarig", "Start", "Klart"], [list(r) for r in rows])]
        want += [dict(action(n, t, who, done), fields={"Start": start}) for n, t, who, start, done in rows]
    return b, want


def boxed_numbers():
    """Each action under a large number in a shaded box, its bold title and text beside it (the
    number and the title on different baselines), "Ansvarig:" and "Klart:" lines below."""
    acts = [
        ("1", "Inför gratis simskola för alla sexåringar", "Fritidsförvaltningen", "2026"),
        ("2", "Bygg en utegym vid varje skola", "Fastighetsavdelningen", "2027"),
        ("3", "Erbjud prova-på-aktiviteter under loven", "Fritidsförvaltningen", "Löpande"),
        ("4", "Samordna föreningarnas tider i idrottshallarna", "Föreningsenheten", "2026"),
    ]
    return chapter_plan("Handlingsplan för barns rörelse", "Ekby kommun 2026–2027", "Bakgrund", "Våra åtgärder", acts, lambda n, t, who, when: [
        ("boxnum", n, [("bold", t), ("p", prose(1, int(n))), ("label", "Ansvarig", who), ("label", "Klart", when)])], 4)


def status_headings():
    """A follow-up of a plan's actions (a selection, numbers not running on): Heading 2 "Åtgärd
    12 – Title" each, a line "Status: …" and a paragraph on the year's work."""
    acts = [
        ("2", "Inför en gemensam introduktion för nyanställda", "Genomförd"),
        ("5", "Ta fram en plan för kompetensförsörjning", "Pågår"),
        ("6", "Erbjud chefer handledning i arbetsmiljöfrågor", "Genomförd"),
        ("9", "Inventera behovet av språkstöd", "Ej påbörjad"),
        ("12", "Utveckla medarbetarsamtalen", "Pågår"),
    ]
    b = cover("Uppföljning av personalpolitiska åtgärder 2025", "Ekby kommun, HR-avdelningen")
    b += [("h1", "Sammanfattning"), ("p", prose(3)), ("h1", "Åtgärdernas status")]
    want = []
    for n, t, status in acts:
        b += [("h2", f"Åtgärd {n} – {t}"), ("label", "Status", status), ("p", prose(2, int(n)))]
        want.append(action(n, t, status=status))
    return b, want


def goal_letters():
    """Goals numbered as headings "1 Trygga offentliga miljöer" and the actions under each
    lettered "a)", "b)" as paragraphs with an "Ansvar:" line; wanted as the goal's number and
    the letter ("1a", "2b"), as the plans that number "1a", "1b" under themes do."""
    goals = [
        ("1", "Trygga offentliga miljöer", [("a", "Förbättra belysningen i gång- och cykeltunnlar", "Gatuenheten"),
                                            ("b", "Röj sly längs skolvägarna", "Parkenheten"),
                                            ("c", "Inför trygghetsvandringar varje höst", "Trygghetssamordnaren")]),
        ("2", "Färre brott mot unga", [("a", "Anställ fler fältassistenter", "Socialförvaltningen"),
                                        ("b", "Utveckla samverkan mellan skola och polis", "Utbildningsförvaltningen")]),
    ]
    b = cover("Trygghetsplan 2026", "Ekby kommun")
    b += [("h1", "Mål och åtgärder"), ("p", prose(2))]
    want = []
    for g, goal, acts in goals:
        b += [("h2", f"{g} {goal}"), ("p", prose(1, int(g)))]
        for letter, t, who in acts:
            b += [("p", f"{letter}) {t}"), ("label", "Ansvar", who)]
            want.append(action(f"{g}{letter}", t, who))
    return b, want


def deflist():
    """An action list set as a definition list: the number in bold at the margin, the title and
    an "Ansvarig:" line indented beside and under it."""
    acts = [
        ("1", "Inventera kommunens förorenade markområden", "Miljöenheten"),
        ("2", "Prioritera områden för sanering", "Miljöenheten"),
        ("3", "Sök statliga bidrag för sanering av Ekbacken", "Exploateringsenheten"),
        ("4", "Informera fastighetsägare om undersökningsansvaret", "Bygglovsenheten"),
    ]
    b = cover("Åtgärdsplan för förorenad mark", "Ekby kommun 2026") + intro("Inledning") + [("h1", "Åtgärder")]
    b.append(("deflist", [(n, [("p", t), ("label", "Ansvarig", who)]) for n, t, who in acts]))
    b += [("h1", "Finansiering"), ("p", prose(2, 3))]
    return b, [action(n, t, who) for n, t, who in acts]


def english_table():
    """An English version of a plan's action table: No. | Action | Lead | Timeframe."""
    rows = [
        ("1", "Map the need for housing for newly arrived families", "Social Services", "2026"),
        ("2", "Build 40 rental flats in Norrby", "Ekby Housing Company", "2026–2028"),
        ("3", "Offer language cafés at all libraries", "Culture Department", "2026"),
        ("4", "Set up a one-stop shop for new residents", "City Office", "2027"),
    ]
    b = cover("Housing and Integration Plan 2026–2028", "Ekby Municipality")
    b += [("h1", "Introduction"), ("p", "The plan was adopted by the municipal council in December 2025."),
          ("h1", "Actions"), ("table", ["No.", "Action", "Lead", "Timeframe"], [list(r) for r in rows]),
          ("h1", "Follow-up"), ("p", "The executive board follows up the plan every year.")]
    return b, [action(n, t, who, when) for n, t, who, when in rows]


def kf_decision():
    """A report on an adopted plan whose decision is numbered: "Kommunfullmäktige beslutar" and
    "1. Handlingsplanen … antas.", "2. Kommunstyrelsen får i uppdrag …". No actions."""
    b = cover("Handlingsplan för trygghet 2026–2028 – beslut", "Ekby kommun, kommunfullmäktige")
    b += [("h1", "Handlingsplan för trygghet"), ("p", prose(3)),
          ("h2", "Kommunfullmäktige beslutar"),
          ("numbers", ["Handlingsplanen för trygghet 2026–2028 antas.",
                       "Kommunstyrelsen får i uppdrag att följa upp planen årligen.",
                       "Planens åtgärder finansieras inom befintlig ram.",
                       "Beslutet gäller från den 1 januari 2026."]),
          ("h2", "Ärendet"), ("p", prose(3, 2))]
    return b, []


def referenslista():
    """A knowledge base for a plan: a chapter "Åtgärder i andra kommuner" in prose, then a
    numbered reference list under "Referenser". No actions."""
    refs = ["Boverket (2023). Buller i planeringen. Karlskrona: Boverket.",
            "Naturvårdsverket (2022). Åtgärder mot buller från vägtrafik. Stockholm.",
            "Trafikverket (2024). Bullerskärmar – vägledning. Borlänge.",
            "Folkhälsomyndigheten (2021). Miljöhälsorapport 2021. Solna.",
            "Ekby kommun (2020). Översiktsplan 2020. Ekby."]
    b = cover("Kunskapsunderlag om trafikbuller", "Underlag till Ekby kommuns åtgärdsprogram")
    b += [("h1", "Bakgrund"), ("p", prose(3)),
          ("h1", "Åtgärder i andra kommuner"), ("p", prose(3, 2)),
          ("p", "Flera kommuner har sänkt hastigheten på infarterna och bytt till tyst asfalt."),
          ("h1", "Referenser"), ("numbers", refs)]
    return b, []


def kravspec():
    """A procurement's requirements: bold "4.2.1 Leverantören ska …" lines under "4.2 …"
    headings, each with "Verifiering:" and "Uppföljning:" lines. No actions."""
    reqs = [
        ("4.1 Kvalitet", [("4.1.1", "Leverantören ska ha ett certifierat ledningssystem för kvalitet", "Certifikat bifogas", "Årligen"),
                          ("4.1.2", "Leverantören ska utse en kontaktperson för avtalet", "Namn anges i anbudet", "Vid avtalsstart")]),
        ("4.2 Miljö", [("4.2.1", "Fordon som används i uppdraget ska uppfylla Euro 6", "Fordonslista", "Vid avtalsstart"),
                       ("4.2.2", "Leverantören ska redovisa sin förbrukning av drivmedel", "Redovisning", "Kvartalsvis")]),
    ]
    b = cover("Förfrågningsunderlag: Skolskjuts 2026–2030", "Ekby kommun, upphandlingsenheten. Dnr KS 2025/412")
    b += [("h1", "1 Inledning"), ("p", prose(2)), ("h1", "4 Krav på tjänsten")]
    for head, items in reqs:
        b.append(("h2", head))
        for n, t, how, when in items:
            b += [("bold", f"{n} {t}"), ("label", "Verifiering", how), ("label", "Uppföljning", when)]
    b += [("h1", "5 Avtalsvillkor"), ("p", prose(2, 3))]
    return b, []


# ---------------------------------------------------------------------------------------
# The eleventh blind check (2026-12-03, fifth session), written before any rule changed for
# them, by all five producers.


def mal_strategi():
    """A regional development plan by goal, strategy and action: Heading 1 "Mål 1: …",
    Heading 2 "Strategi 1.2 …" with a paragraph, and the actions as bold lines "1.2.1 Title"
    with "Ansvar:" / "Tidplan:" lines. Only the actions are actions."""
    goals = [
        ("1", "Ett starkt näringsliv", [
            ("1.1", "Fler företag startar i länet", [("1.1.1", "Inrätta en regional företagslots", "Region Ekby", "2026"),
                                                    ("1.1.2", "Erbjud mentorprogram för nya företagare", "Almi", "2026–2027")]),
            ("1.2", "Företagen växer", [("1.2.1", "Samordna exportrådgivningen i länet", "Region Ekby", "2027")])]),
        ("2", "God tillgång till kompetens", [
            ("2.1", "Utbildningen möter arbetslivets behov", [("2.1.1", "Kartlägg kompetensbehoven i vård och industri", "Länsstyrelsen", "2026"),
                                                             ("2.1.2", "Bygg ut lärcentrum i de små kommunerna", "Länets kommuner", "2027")])]),
    ]
    b = cover("Regional utvecklingsplan 2026–2030", "Region Ekby") + intro("Inledning")
    want = []
    for g, goal, strategies in goals:
        b += [("h1", f"Mål {g}: {goal}"), ("p", prose(1, int(g)))]
        for s, strategy, acts in strategies:
            b += [("h2", f"Strategi {s} {strategy}"), ("p", prose(1, 2))]
            for n, t, who, when in acts:
                b += [("bold", f"{n} {t}"), ("label", "Ansvar", who), ("label", "Tidplan", when)]
                want.append(action(n, t, who, when))
    b += [("h1", "Genomförande och uppföljning"), ("p", prose(2, 4))]
    return b, want


def theme_cells():
    """A table Åtgärd | Ansvarig | Samverkan | Tidplan whose action cells open with the number
    ("2.1 Title", no number column), grouped under theme rows spanning the table
    ("Tema 2: Trygghet", bold). The themes are no actions."""
    groups = [
        ("Tema 1: Delaktighet", [("1.1 Inrätta ett ungdomsråd i varje kommundel", "Fritidsförvaltningen", "Skolorna", "2026"),
                                 ("1.2 Genomför en årlig enkät till unga", "Kommunledningskontoret", "Skolorna", "Varje år")]),
        ("Tema 2: Trygghet", [("2.1 Förläng fritidsgårdarnas öppettider", "Fritidsförvaltningen", "Polisen", "2026"),
                              ("2.2 Anställ fältassistenter i Norrby", "Socialförvaltningen", "Polisen", "2027"),
                              ("2.3 Erbjud föräldrautbildning på flera språk", "Socialförvaltningen", "Studieförbunden", "2026–2027")]),
    ]
    b = cover("Handlingsplan för ungas uppväxtvillkor", "Ekby kommun 2026–2027") + intro("Bakgrund")
    b += [("h1", "Handlingsplan"),
          ("grouped_table", ["Åtgärd", "Ansvarig", "Samverkan", "Tidplan"], [(t, [list(r) for r in rows]) for t, rows in groups]),
          ("h1", "Uppföljning"), ("p", prose(2, 2))]
    want = []
    for _, rows in groups:
        for cell, who, _, when in rows:
            n, t = cell.split(" ", 1)
            want.append(action(n, t, who, when))
    return b, want


def status_crosses():
    """A follow-up whose table marks each action's state with an "X" in one of three columns,
    Nr | Åtgärd | Genomförd | Pågår | Ej påbörjad | Kommentar, after prose that cites action
    numbers. The actions come with their status (the header of the marked column)."""
    rows = [
        ("1", "Byt till LED-belysning i kommunens lokaler", "Genomförd", "Alla skolor klara."),
        ("2", "Installera solceller på tre förskolor", "Pågår", "Två av tre klara."),
        ("3", "Inför energiuppföljning per byggnad", "Genomförd", ""),
        ("4", "Utbilda driftpersonalen i energieffektivisering", "Ej påbörjad", "Flyttas till 2026."),
        ("5", "Ta fram riktlinjer för energikrav vid nybyggnad", "Pågår", "Remiss under våren."),
    ]
    states = ["Genomförd", "Pågår", "Ej påbörjad"]
    b = cover("Uppföljning av energiplanen 2025", "Rapport till kommunstyrelsen")
    b += [("h1", "Sammanfattning"),
          ("p", "Åtgärd 1 och 3 är genomförda. Åtgärd 4 har skjutits upp till nästa år, se tabellen nedan."),
          ("h1", "Åtgärdernas genomförande"),
          ("table", ["Nr", "Åtgärd"] + states + ["Kommentar"],
           [[n, t] + ["X" if s == st else "" for s in states] + [c] for n, t, st, c in rows]),
          ("h1", "Slutsatser"), ("p", prose(2, 3))]
    return b, [action(n, t, status=st) for n, t, st, _ in rows]


def aktivitetsplan_ids():
    """An "Aktivitetsplan" whose activities are paragraphs "A1. Title (ansvar: Office, vt 2026)"
    under area headings "A Hälsa", "B Rörelse", the responsible party in parentheses."""
    areas = [
        ("A", "Hälsa", [("1", "Erbjud hälsosamtal till alla elever i årskurs 7", "Elevhälsan", "ht 2026"),
                        ("2", "Inför frukt på fritids", "Kostenheten", "vt 2026")]),
        ("B", "Rörelse", [("1", "Inför rörelsepauser i alla klasser", "Rektorerna", "vt 2026"),
                          ("2", "Öppna skolgårdarna för spontanidrott på kvällar", "Fastighetsavdelningen", "2026"),
                          ("3", "Låna ut sportutrustning via biblioteken", "Kulturförvaltningen", "2027")]),
    ]
    b = cover("Aktivitetsplan för elevers hälsa 2026–2027", "Ekby kommun, utbildningsförvaltningen")
    b += [("h1", "Syfte"), ("p", prose(3)), ("h1", "Aktiviteter")]
    want = []
    for letter, area, acts in areas:
        b.append(("h2", f"{letter} {area}"))
        for n, t, who, when in acts:
            b.append(("p", f"{letter}{n}. {t} (ansvar: {who}, {when})"))
            want.append(action(f"{letter}{n}", t, who))
    b += [("h1", "Uppföljning"), ("p", prose(2, 1))]
    return b, want


def roman_chapters():
    """Chapters numbered in roman numerals ("II Trafik") with actions "II.3 Title" as bold
    lines, each followed by "Ansvarig:" and "Klart:" lines; the actions are wanted as printed."""
    chapters = [
        ("I", "Energi", [("I.1", "Energikartlägg kommunens tio största byggnader", "Fastighetsavdelningen", "2026"),
                         ("I.2", "Byt oljepannor mot värmepumpar", "Fastighetsavdelningen", "2027")]),
        ("II", "Trafik", [("II.1", "Inför bilpool för tjänsteresor", "Kommunledningskontoret", "2026"),
                          ("II.2", "Bygg cykelparkering vid stationen", "Gatuenheten", "2026"),
                          ("II.3", "Ställ om färdtjänsten till elfordon", "Trafikenheten", "2028")]),
    ]
    b = cover("Klimatplan 2026–2030", "Ekby kommun") + intro("Inledning")
    want = []
    for roman, name, acts in chapters:
        b += [("h1", f"{roman} {name}"), ("p", prose(2, len(roman)))]
        for n, t, who, when in acts:
            b += [("bold", f"{n} {t}"), ("p", prose(1, 3)), ("label", "Ansvarig", who), ("label", "Klart", when)]
            want.append(action(n, t, who, when))
    return b, want


def heading_factbox():
    """Actions as numbered headings ("4.2 Title", Heading 2), a paragraph, and a small fact box
    below: a table with the header row Ansvar | Tid | Kostnad and one row of values."""
    acts = [
        ("4.1", "Inför digital bygglovsansökan", "Bygglovsenheten", "2026", "300 tkr"),
        ("4.2", "Ta fram en karttjänst för detaljplaner", "GIS-enheten", "2026", "450 tkr"),
        ("4.3", "Erbjud e-legitimation i alla e-tjänster", "IT-avdelningen", "2027", "200 tkr"),
        ("4.4", "Mät användningen av e-tjänsterna", "Kommunledningskontoret", "Löpande", "Inom ram"),
    ]
    b = cover("Handlingsplan för digitalisering", "Ekby kommun 2026–2027")
    b += [("h1", "1 Inledning"), ("p", prose(3)), ("h1", "2 Nuläge"), ("p", prose(2, 2)),
          ("h1", "3 Mål"), ("p", prose(1, 4)), ("h1", "4 Åtgärder")]
    for n, t, who, when, cost in acts:
        b += [("h2", f"{n} {t}"), ("p", prose(2, int(n[-1]))),
              ("table", ["Ansvar", "Tid", "Kostnad"], [[who, when, cost]])]
    return b, [action(n, t, who, when, cost) for n, t, who, when, cost in acts]


def atg_abbrev():
    """Actions under an abbreviated label, bold "Åtg. 2.1 Title" lines under area headings, each
    with one line of labels "Ansvar: …  Tidplan: …"."""
    areas = [
        ("1 Vatten och avlopp", [("1.1", "Förnya ledningsnätet i Ekby centrum", "VA-enheten", "2026–2028"),
                                 ("1.2", "Bygg ut reningsverket i Norrby", "VA-enheten", "2027")]),
        ("2 Dagvatten", [("2.1", "Anlägg fördröjningsdammar vid Ekån", "Gatuenheten", "2026"),
                         ("2.2", "Ställ krav på lokalt omhändertagande av dagvatten", "Planenheten", "Löpande")]),
    ]
    b = cover("VA-plan för Ekby kommun", "Åtgärdsdel 2026–2030") + intro("Inledning")
    want = []
    for area, acts in areas:
        b += [("h1", area), ("p", prose(1, 2))]
        for n, t, who, when in acts:
            b += [("bold", f"Åtg. {n} {t}"), ("p", prose(1, 4)), ("labels", [("Ansvar", who), ("Tidplan", when)])]
            want.append(action(n, t, who, when))
    return b, want


def vision_mal():
    """A vision document: "Vision 2040" and a numbered list of goals written as what the
    municipality shall be ("Ekby ska vara …"), strategies as bullets. No actions."""
    b = cover("Vision Ekby 2040", "Antagen av kommunfullmäktige 2025-06-12")
    b += [("h1", "Vår vision"), ("p", "Ekby – den gröna kommunen där alla kan växa."),
          ("h1", "Övergripande mål"),
          ("numbers", ["Ekby ska vara en attraktiv kommun att bo och verka i.",
                       "Alla barn och unga ska ha goda förutsättningar att lyckas i skolan.",
                       "Ekby ska vara klimatneutralt år 2040.",
                       "Äldre ska kunna leva ett självständigt liv med god kvalitet."]),
          ("h1", "Strategier"),
          ("bullets", ["Bygg attraktiva bostäder nära kollektivtrafik", "Samverka med näringslivet",
                       "Utveckla digitala tjänster"]),
          ("h1", "Uppföljning"), ("p", prose(2))]
    return b, []


def kravlista_tabell():
    """A procurement's list of requirements as a table Krav-id | Krav | Typ whose ids are
    "SK-01" (skall-krav) and "BK-01" (bör-krav), texts "Leverantören ska …". No actions."""
    rows = [
        ("SK-01", "Leverantören skall ha en ansvarig kontaktperson under hela avtalstiden", "Skall"),
        ("SK-02", "Systemet ska kunna användas med e-legitimation", "Skall"),
        ("SK-03", "Leverantören ska lämna månatlig statistik över ärenden", "Skall"),
        ("BK-01", "Systemet bör kunna integreras med kommunens diariesystem", "Bör"),
        ("BK-02", "Leverantören bör erbjuda utbildning på plats", "Bör"),
    ]
    b = cover("Kravspecifikation: Ärendehanteringssystem", "Ekby kommun, upphandlingsenheten. Dnr KS 2025/233")
    b += [("h1", "1 Bakgrund"), ("p", prose(3)),
          ("h1", "2 Krav"), ("p", "Skall-krav måste uppfyllas. Bör-krav ger mervärde vid utvärderingen."),
          ("table", ["Krav-id", "Krav", "Typ"], [list(r) for r in rows]),
          ("h1", "3 Utvärdering"), ("p", prose(2, 2))]
    return b, []


def renhallning_punkter():
    """Local waste regulations: headings "4 Hämtning av avfall", paragraphs "4.1 Fastighetsinnehavaren
    ska …" in bold followed by a line "Ansvarig: fastighetsinnehavaren" under a chapter "Åtgärder vid
    felsortering". No actions."""
    items = [
        ("4.1", "Kärl ska placeras vid tomtgränsen senast kl. 06.00 hämtningsdagen", "Fastighetsinnehavaren"),
        ("4.2", "Gångväg till kärlet ska hållas fri från snö och is", "Fastighetsinnehavaren"),
        ("4.3", "Felsorterat avfall hämtas inte förrän det sorterats om", "Renhållaren"),
    ]
    b = cover("Föreskrifter om avfallshantering för Ekby kommun", "Antagna av kommunfullmäktige 2025-03-20")
    b += [("h1", "1 Inledande bestämmelser"), ("p", prose(2)),
          ("h1", "4 Åtgärder vid hämtning och felsortering")]
    for n, t, who in items:
        b += [("bold", f"{n} {t}"), ("label", "Ansvarig", who)]
    b += [("h1", "5 Ikraftträdande"), ("p", "Dessa föreskrifter träder i kraft den 1 juli 2025.")]
    return b, []


def foredragningslista():
    """A board's list of items for a meeting ("Föredragningslista"): bold "Ärende 3 Title" lines,
    each with "Dnr:" and "Föredragande:" lines, items naming plans and measures. No actions."""
    items = [
        ("Val av justerare", None, None),
        ("Handlingsplan mot klotter – beslut om antagande", "KS 2025/101", "Anna Berg"),
        ("Åtgärder för ökad trafiksäkerhet vid Västra skolan", "KS 2025/118", "Per Ek"),
        ("Uppföljning av budget per oktober", "KS 2025/09", "Lena Holm"),
        ("Delegationsbeslut", None, None),
    ]
    b = cover("Föredragningslista", "Kommunstyrelsens arbetsutskott 2025-11-18 kl. 13.00, Kommunhuset")
    b += [("h1", "Ärenden")]
    for k, (t, dnr, who) in enumerate(items):
        b.append(("bold", f"Ärende {k + 1} {t}"))
        if dnr:
            b += [("label", "Dnr", dnr), ("label", "Föredragande", who)]
    b += [("p", "Ordförande: Karin Lund. Sekreterare: Olof Strand.")]
    return b, []


def budget_uppdrag_list():
    """A budget whose assignments to the boards are a producer-numbered list under "Uppdrag till
    nämnderna", each with a bold board name line "Ansvarig nämnd: …" after it. No actions (as for
    budget-uppdrag: a budget's assignment is a decision)."""
    b = cover("Mål och budget 2026", "Kommunfullmäktige 2025-11-24")
    b += [("h1", "Ekonomiska ramar"), ("p", prose(3)),
          ("table", ["Nämnd", "Ram 2026 (mnkr)"], [["Kommunstyrelsen", "118,2"], ["Socialnämnden", "602,0"]]),
          ("h1", "Uppdrag till nämnderna"),
          ("numbers", ["Utred förutsättningarna för en gemensam växel med grannkommunerna.",
                       "Ta fram en plan för att minska sjukfrånvaron.",
                       "Redovisa hur lokalkostnaderna kan minska med fem procent."]),
          ("label", "Ansvarig nämnd", "Kommunstyrelsen"),
          ("h1", "Investeringar"), ("p", prose(2, 1))]
    return b, []


# ---------------------------------------------------------------------------------------
# The twelfth blind check (2026-12-03, sixth session), written before any rule changed for
# them, by all five producers.


def insats_vald():
    """A "Handlingsplan mot våld i nära relationer": "Mål N: …" headings over bold "Insats 3
    Title" lines numbered on across the goals, each with "Ansvar:" / "Tidsplan:" lines."""
    goals = [
        ("Mål 1: Våldsutsatta får stöd i tid", [
            ("1", "Inför rutinfrågor om våld i socialtjänstens samtal", "Socialförvaltningen", "2026"),
            ("2", "Utbilda förskolans personal i att se tecken på våld", "Utbildningsförvaltningen", "2026–2027"),
            ("3", "Öppna en stödlinje för anhöriga", "Socialförvaltningen", "2027")]),
        ("Mål 2: Färre utövar våld", [
            ("4", "Erbjud behandlingsprogram för våldsutövare", "Individ- och familjeomsorgen", "2026"),
            ("5", "Samverka med polisen om återfallsprevention", "Kommunledningskontoret", "Löpande")]),
    ]
    b = cover("Handlingsplan mot våld i nära relationer 2026–2028", "Ekby kommun") + intro("Inledning") + [("h1", "Insatser")]
    want = []
    for goal, acts in goals:
        b += [("h2", goal), ("p", prose(1, 2))]
        for n, t, who, when in acts:
            b += [("bold", f"Insats {n} {t}"), ("label", "Ansvar", who), ("label", "Tidsplan", when)]
            want.append(action(n, t, who, when))
    b += [("h1", "Uppföljning"), ("p", prose(2, 4))]
    return b, want


def quarter_gantt():
    """A Gantt-like table Aktivitet | Ansvar | Kv 1 | Kv 2 | Kv 3 | Kv 4 whose activity cells open
    with the number ("1.2 Title") and whose quarters are marked "●"."""
    rows = [
        ("1.1 Kartlägg behovet av platser i särskilt boende", "Äldreförvaltningen", [1, 2]),
        ("1.2 Inför digital tillsyn nattetid", "Hemtjänsten", [2, 3, 4]),
        ("2.1 Erbjud kompetensutveckling i demensvård", "HR-avdelningen", [1]),
        ("2.2 Starta en träffpunkt för anhöriga", "Anhörigstödet", [3, 4]),
    ]
    b = cover("Aktivitetsplan för äldreomsorgen 2026", "Ekby kommun, äldreförvaltningen") + intro("Bakgrund")
    b += [("h1", "Aktiviteter och tidplan"),
          ("table", ["Aktivitet", "Ansvar", "Kv 1", "Kv 2", "Kv 3", "Kv 4"],
           [[cell, who] + ["●" if q in qs else "" for q in (1, 2, 3, 4)] for cell, who, qs in rows]),
          ("h1", "Uppföljning"), ("p", prose(2, 2))]
    want = []
    for cell, who, _ in rows:
        n, t = cell.split(" ", 1)
        want.append(action(n, t, who))
    return b, want


def two_row_actions():
    """A table Nr | Åtgärd | Ansvarig | Tidplan where each action spans two rows: the title row,
    then a details row with the description in the action column and the other cells empty."""
    acts = [
        ("1", "Inför källsortering i alla kommunala verksamheter", "Servicenämnden", "2026",
         "Kärl för matavfall och förpackningar ställs ut i skolor, förskolor och på äldreboenden."),
        ("2", "Minska matsvinnet i skolköken med en fjärdedel", "Kostenheten", "2026–2027",
         "Svinnet vägs varje vecka och resultatet redovisas för eleverna."),
        ("3", "Öppna en återbruksbutik vid återvinningscentralen", "Renhållningsenheten", "2027",
         "Butiken drivs tillsammans med en ideell förening."),
        ("4", "Ställ krav på återbrukade möbler vid inköp", "Upphandlingsenheten", "Löpande",
         "Kraven tas in i ramavtalet för möbler när det förnyas."),
    ]
    b = cover("Avfallsplan – handlingsplan 2026–2028", "Ekby kommun") + intro("Inledning")
    b += [("h1", "Handlingsplan"),
          ("table", ["Nr", "Åtgärd", "Ansvarig", "Tidplan"],
           [r for n, t, who, when, text in acts for r in ([n, t, who, when], ["", text, "", ""])]),
          ("h1", "Uppföljning"), ("p", prose(2, 3))]
    return b, [action(n, t, who, when) for n, t, who, when, _ in acts]


def bilaga_a_codes():
    """A plan whose body names its actions in prose ("åtgärderna Å3–Å7") and whose appendix
    "Bilaga 1 Åtgärder" lists twelve actions as bold lines "Å1 Title", each with one line of
    labels "Ansvar: …  Klart: …"."""
    titles = [
        "Inventera kommunens vattentäkter", "Ta fram skyddsområden för Ekåns vattentäkt",
        "Anlägg en reservvattentäkt i Norrby", "Förnya ledningarna under Storgatan",
        "Inför läcksökning med sensorer", "Informera om vattensparande i hushållen",
        "Bygg ut mätningen av grundvattennivåer", "Samordna vattenplaneringen med grannkommunerna",
        "Ställ krav på dagvattenrening vid nybyggnad", "Rena dagvattnet från industriområdet",
        "Ta fram en plan för torka", "Utbilda fastighetsägare om enskilda brunnar",
    ]
    offices = ["VA-enheten", "Miljöenheten", "Planenheten"]
    acts = [(f"Å{k + 1}", t, offices[k % 3], str(2026 + k % 3)) for k, t in enumerate(titles)]
    b = cover("Vattenförsörjningsplan för Ekby kommun", "Antagen av kommunfullmäktige 2025-10-20")
    b += [("h1", "1 Inledning"), ("p", prose(3)),
          ("h1", "2 Prioriteringar"),
          ("p", "De mest angelägna är åtgärderna Å3–Å7, som ska vara genomförda före 2028. Åtgärd Å11 samordnas med länsstyrelsen."),
          ("page",), ("h1", "Bilaga 1 Åtgärder")]
    for n, t, who, when in acts:
        b += [("bold", f"{n} {t}"), ("labels", [("Ansvar", who), ("Klart", when)])]
    return b, [action(n, t, who, when) for n, t, who, when in acts]


def uppfoljning_cells():
    """A follow-up of another plan: a table Åtgärd | Status | Kommentar whose action cells open with
    the plan's number ("Åtgärd 4.2 Title"), a selection whose numbers skip."""
    rows = [
        ("1.3", "Inför en gång- och cykelfärja på Ekån", "Genomförd", "I drift sedan maj."),
        ("2.1", "Bygg ut laddinfrastrukturen vid kommunens arbetsplatser", "Pågår", "Tolv av tjugo platser klara."),
        ("4.2", "Ställ om kommunens fordonsflotta till fossilfria drivmedel", "Pågår", ""),
        ("4.5", "Inför resfria möten som förstahandsval", "Ej påbörjad", "Väntar på nytt videosystem."),
    ]
    b = cover("Uppföljning av trafikstrategins handlingsplan 2025", "Rapport till samhällsbyggnadsnämnden")
    b += [("h1", "Sammanfattning"), ("p", prose(2)), ("h1", "Status per åtgärd"),
          ("table", ["Åtgärd", "Status", "Kommentar"], [[f"Åtgärd {n} {t}", st, c] for n, t, st, c in rows]),
          ("h1", "Fortsatt arbete"), ("p", prose(2, 3))]
    return b, [action(n, t, status=st) for n, t, st, _ in rows]


def twocol_atgard():
    """A plan set in two columns: bold "Åtgärd 2.3: Title" lines, a paragraph, "Ansvar:" and
    "Tidplan:" lines."""
    acts = [
        ("1.1", "Inventera kulturmiljöerna i Norrby", "Kulturförvaltningen", "2026"),
        ("1.2", "Ta fram en digital karta över fornlämningar", "GIS-enheten", "2026"),
        ("2.1", "Restaurera kvarnen vid Ekån", "Fastighetsavdelningen", "2027"),
        ("2.2", "Sätt upp skyltar vid tio kulturmiljöer", "Kulturförvaltningen", "2027"),
        ("2.3", "Erbjud guidade vandringar varje sommar", "Turistbyrån", "Löpande"),
    ]
    b = cover("Kulturmiljöprogram – åtgärder", "Ekby kommun 2026–2028")
    b += [("h1", "Åtgärder"), ("p", prose(2))]
    inner = []
    for n, t, who, when in acts:
        inner += [("bold", f"Åtgärd {n}: {t}"), ("p", prose(1, int(n[-1]))), ("label", "Ansvar", who), ("label", "Tidplan", when)]
    b += [("twocol", inner), ("h1", "Uppföljning"), ("p", prose(2, 1))]
    return b, [action(n, t, who, when) for n, t, who, when in acts]


def uppdrag_aktiviteter():
    """An action plan whose list stands under a heading "Uppdrag och aktiviteter": bold "1. Title"
    lines with "Ansvarig:" / "Klart:" lines (a plan's list, though its heading says Uppdrag)."""
    acts = [
        ("1", "Ta fram en kommunövergripande rutin för suicidprevention", "Socialförvaltningen", "2026"),
        ("2", "Utbilda skolans personal i att fråga om självmordstankar", "Elevhälsan", "2026"),
        ("3", "Inför uppföljande samtal efter självmordsförsök", "Socialförvaltningen", "2027"),
        ("4", "Säkra broar och höga byggnader", "Gatuenheten", "2027"),
    ]
    b = cover("Handlingsplan för suicidprevention 2026–2027", "Ekby kommun") + intro("Bakgrund")
    b += [("h1", "Uppdrag och aktiviteter"), ("p", prose(1, 2))]
    for n, t, who, when in acts:
        b += [("bold", f"{n}. {t}"), ("label", "Ansvarig", who), ("label", "Klart", when)]
    b += [("h1", "Uppföljning"), ("p", prose(2, 4))]
    return b, [action(n, t, who, when) for n, t, who, when in acts]


def heading_bullets():
    """A plan whose numbered headings ("1 Energi", "2 Transporter") carry the numbers, and whose
    measures are unnumbered bullets under them: the numbers are the headings', no actions (an
    action is reported with the number its document gives it, as goal-bullets)."""
    b = cover("Energi- och klimatplan 2026–2030", "Ekby kommun")
    b += [("h1", "Inledning"), ("p", prose(3)),
          ("h1", "1 Energi"), ("p", prose(1, 1)),
          ("bullets", ["Byt belysningen i kommunens lokaler till LED", "Installera solceller på skolornas tak",
                       "Energikartlägg de tio största byggnaderna"]),
          ("label", "Ansvar", "Fastighetsavdelningen"),
          ("h1", "2 Transporter"), ("p", prose(1, 2)),
          ("bullets", ["Inför bilpool för tjänsteresor", "Bygg säkra cykelparkeringar vid stationen"]),
          ("label", "Ansvar", "Gatuenheten"),
          ("h1", "3 Uppföljning"), ("p", prose(2, 3))]
    return b, []


def riktlinje_ska():
    """Guidelines ("Riktlinjer för …"): definitions, numbered "ska" points as bold lines "3.1 Chefen
    ska …" with "Ansvarig:" lines under a heading "Åtgärder vid misstanke om mutor". No actions."""
    points = [
        ("3.1", "Den som misstänker mutor ska genast kontakta sin chef", "Varje medarbetare"),
        ("3.2", "Chefen ska dokumentera misstanken skriftligt", "Närmaste chef"),
        ("3.3", "Misstanken ska anmälas till kommunens säkerhetssamordnare", "Förvaltningschefen"),
        ("3.4", "Polisanmälan ska göras om misstanken kvarstår efter utredning", "Kommundirektören"),
    ]
    b = cover("Riktlinjer mot mutor och jäv", "Antagna av kommunstyrelsen 2025-09-02")
    b += [("h1", "1 Syfte"), ("p", prose(2)),
          ("h1", "2 Definitioner"),
          ("label", "Muta", "en otillbörlig förmån som ges för att påverka tjänsteutövningen"),
          ("label", "Jäv", "en omständighet som kan rubba förtroendet för en persons opartiskhet"),
          ("h1", "3 Åtgärder vid misstanke om mutor")]
    for n, t, who in points:
        b += [("bold", f"{n} {t}"), ("label", "Ansvarig", who)]
    b += [("h1", "4 Uppföljning"), ("p", "Riktlinjerna ses över vart fjärde år.")]
    return b, []


def taxa_rader():
    """A building-permit fee schedule ("Taxa …"): a table Nr | Åtgärd | Timmar | Avgift (kr) whose
    rows are the measures charged for. No actions."""
    rows = [
        ("1", "Nybyggnad av enbostadshus", "14", "18 200"),
        ("2", "Tillbyggnad av enbostadshus", "8", "10 400"),
        ("3", "Nybyggnad av komplementbyggnad", "4", "5 200"),
        ("4", "Rivning av byggnad", "3", "3 900"),
        ("5", "Installation av eldstad", "2", "2 600"),
    ]
    b = cover("Taxa för bygglov och anmälan 2026", "Ekby kommun, byggnadsnämnden")
    b += [("h1", "1 Allmänt"), ("p", prose(2)),
          ("h1", "2 Avgifter"), ("p", "Timavgiften är 1 300 kronor."),
          ("table", ["Nr", "Åtgärd", "Timmar", "Avgift (kr)"], [list(r) for r in rows]),
          ("h1", "3 Betalning"), ("p", "Avgiften ska betalas inom 30 dagar från fakturans datum.")]
    return b, []


def verksamhetsberattelse():
    """An annual report of a board ("Verksamhetsberättelse"): numbered sections "2.1 Genomförda
    åtgärder" and a producer-numbered list of what was done in the past tense. No actions."""
    b = cover("Verksamhetsberättelse 2025", "Miljö- och byggnämnden, Ekby kommun")
    b += [("h1", "1 Sammanfattning"), ("p", prose(3)),
          ("h1", "2 Verksamheten"), ("h2", "2.1 Genomförda åtgärder"),
          ("p", "Under året har nämnden genomfört följande:"),
          ("numbers", ["Nya rutiner för tillsyn av enskilda avlopp har införts.",
                       "Handläggningstiden för bygglov har kortats till fem veckor.",
                       "Två inspektörer har anställts.",
                       "E-tjänsten för anmälan av värmepump har tagits i drift."]),
          ("h2", "2.2 Ekonomi"), ("p", prose(2, 2)),
          ("h1", "3 Framtiden"), ("p", prose(2, 4))]
    return b, []


def enkat_resultat():
    """A survey report: numbered findings as bold lines "Resultat 3: Tryggheten har ökat" with
    "Andel:" lines, and a table Nr | Påstående | Instämmer (%). No actions."""
    findings = [
        ("1", "De flesta känner sig trygga i sitt bostadsområde", "78 %"),
        ("2", "Otryggheten är störst vid busshållplatser kvällstid", "41 %"),
        ("3", "Färre än förra året har avstått från att gå ut", "22 %"),
    ]
    b = cover("Trygghetsundersökning 2025", "Resultatrapport, Ekby kommun")
    b += [("h1", "Om undersökningen"), ("p", prose(2)), ("h1", "Resultat")]
    for n, t, share in findings:
        b += [("bold", f"Resultat {n}: {t}"), ("label", "Andel", share), ("p", prose(1, int(n)))]
    b += [("h1", "Svar per påstående"),
          ("table", ["Nr", "Påstående", "Instämmer (%)"],
           [["1", "Jag känner mig trygg i mitt bostadsområde", "78"],
            ["2", "Jag undviker vissa platser på kvällen", "41"],
            ["3", "Belysningen i mitt område är tillräcklig", "63"]]),
          ("h1", "Slutsatser"), ("p", prose(2, 3))]
    return b, []


def strategi_a_codes():
    """A regional plan: "Strategi A1: …" headings under "Område A: …" and bold "A1.1 Title" lines
    with one line of labels "Ansvar: …  Tidplan: …"."""
    areas = [
        ("A", "Område A: Hållbara transporter", [
            ("A1", "Strategi A1: Fler reser kollektivt", [
                ("A1.1", "Utöka turtätheten på stomlinjerna", "Kollektivtrafikmyndigheten", "2026"),
                ("A1.2", "Inför gemensam biljett för tåg och buss", "Regionen", "2027")]),
            ("A2", "Strategi A2: Fler cyklar", [
                ("A2.1", "Bygg regionala cykelstråk mellan tätorterna", "Trafikverket", "2026–2029"),
                ("A2.2", "Ordna cykelparkering vid alla stationer", "Kommunerna", "2027")])]),
        ("B", "Område B: Förnybar energi", [
            ("B1", "Strategi B1: Mer solenergi", [
                ("B1.1", "Kartlägg lämpliga tak för solceller", "Energikontoret", "2026"),
                ("B1.2", "Erbjud rådgivning om solceller till företag", "Energikontoret", "Löpande")])]),
    ]
    b = cover("Regional klimat- och energistrategi – handlingsplan", "Region Ekby 2026–2030") + intro("Inledning")
    want = []
    for _, area, strategies in areas:
        b += [("h1", area), ("p", prose(1, 3))]
        for _, strategy, acts in strategies:
            b += [("h2", strategy), ("p", prose(1, 1))]
            for n, t, who, when in acts:
                b += [("bold", f"{n} {t}"), ("labels", [("Ansvar", who), ("Tidplan", when)])]
                want.append(action(n, t, who, when))
    b += [("h1", "Uppföljning"), ("p", prose(2, 4))]
    return b, want


def goal_first_column():
    """A table Mål | Åtgärd | Ansvarig | Klart whose first column names the goal (repeated on each
    row) and whose second holds the numbered action "1.2 Title"."""
    rows = [
        ("Minskad ensamhet", "1.1", "Starta träffpunkter i alla kommundelar", "Äldreförvaltningen", "2026"),
        ("Minskad ensamhet", "1.2", "Inför besöksvänner i hemtjänsten", "Hemtjänsten", "2026"),
        ("Ökad trygghet", "2.1", "Erbjud trygghetslarm utan avgift", "Äldreförvaltningen", "2027"),
        ("Ökad trygghet", "2.2", "Förbättra belysningen vid seniorboenden", "Gatuenheten", "2027"),
        ("God hälsa", "3.1", "Inför seniorgympa i samarbete med föreningar", "Fritidsförvaltningen", "Löpande"),
    ]
    b = cover("Handlingsplan för äldres hälsa 2026–2027", "Ekby kommun") + intro("Bakgrund")
    b += [("h1", "Handlingsplan"), ("p", "Tabellen visar planens mål och åtgärder."),
          ("table", ["Mål", "Åtgärd", "Ansvarig", "Klart"], [[g, f"{n} {t}", who, when] for g, n, t, who, when in rows]),
          ("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, [action(n, t, who, when) for _, n, t, who, when in rows]


def margin_wrapped():
    """The number alone in the margin left of a title long enough to wrap onto a second line
    (a hanging indent), an "Ansvarig:" line under it."""
    acts = [
        ("1", "Ta fram en samlad plan för hur kommunens förskolor och skolor ska minska sin energianvändning under planperioden", "Utbildningsförvaltningen"),
        ("2", "Inventera alla gång- och cykelvägar till skolorna och åtgärda de platser där barnen upplever otrygghet", "Gatuenheten"),
        ("3", "Erbjud alla elever i årskurs fyra en kurs i cykling i trafik tillsammans med den lokala cykelklubben", "Fritidsförvaltningen"),
        ("4", "Inför skolmåltider med mer vegetabiliskt protein och följ upp hur mycket mat som slängs", "Kostenheten"),
    ]
    b = cover("Handlingsplan för hållbara skolor", "Ekby kommun 2026–2028") + intro("Inledning") + [("h1", "Åtgärder")]
    b.append(("deflist", [(n, [("p", t), ("label", "Ansvarig", who)]) for n, t, who in acts]))
    b += [("h1", "Uppföljning"), ("p", prose(2, 3))]
    return b, [action(n, t, who) for n, t, who in acts]


def status_label_table():
    """A follow-up table Nr | Åtgärd | Ansvarig | Uppföljning 2025 whose last cell opens with
    "Status: Pågår" (Klar, Ej påbörjad) and a comment after it."""
    rows = [
        ("1", "Inför matavfallsinsamling i flerbostadshus", "Renhållningen", "Klar", "Alla hus anslutna i oktober."),
        ("2", "Bygg en ny återvinningscentral i Norrby", "Renhållningen", "Pågår", "Bygglov beviljat."),
        ("3", "Minska nedskräpningen i stadsparken", "Parkenheten", "Pågår", "Fler papperskorgar utställda."),
        ("4", "Inför textilinsamling vid alla skolor", "Utbildningsförvaltningen", "Ej påbörjad", "Planeras till våren."),
    ]
    b = cover("Avfallsplanen – uppföljning 2025", "Ekby kommun, tekniska nämnden")
    b += [("h1", "Sammanfattning"), ("p", prose(2)), ("h1", "Uppföljning per åtgärd"),
          ("table", ["Nr", "Åtgärd", "Ansvarig", "Uppföljning 2025"],
           [[n, t, who, f"Status: {st}. {c}"] for n, t, who, st, c in rows]),
          ("h1", "Fortsatt arbete"), ("p", prose(2, 3))]
    return b, [action(n, t, who) for n, t, who, _, _ in rows]


def sub_actions():
    """A table Nr | Åtgärd | Ansvar | Tid whose action 3 has sub-actions "3a", "3b" as rows of
    their own."""
    rows = [
        ("1", "Ta fram en grönplan för centralorten", "Planenheten", "2026"),
        ("2", "Plantera 500 träd längs huvudgatorna", "Parkenheten", "2026–2028"),
        ("3", "Gör skolgårdarna grönare", "Utbildningsförvaltningen", "2027"),
        ("3a", "Anlägg odlingslotter på fem skolgårdar", "Parkenheten", "2027"),
        ("3b", "Ersätt asfalt med gräs och buskar på tre skolgårdar", "Fastighetsavdelningen", "2027"),
        ("4", "Inventera stadens pollinatörer", "Miljöenheten", "2026"),
    ]
    b = cover("Handlingsplan för grönare stad", "Ekby kommun 2026–2028") + intro("Bakgrund")
    b += [("h1", "Åtgärder"), ("table", ["Nr", "Åtgärd", "Ansvar", "Tid"], [list(r) for r in rows]),
          ("h1", "Uppföljning"), ("p", prose(2, 1))]
    return b, [action(n, t, who, when) for n, t, who, when in rows]


def aktivitet_budget_rows():
    """A budget table whose rows are activities "Aktivitet 1: Title" with amounts per year, a
    sum row at the foot (no action)."""
    rows = [
        ("1", "Anställ två fältassistenter", "Socialförvaltningen", "1 200", "1 200"),
        ("2", "Starta läxhjälp på biblioteken", "Kulturförvaltningen", "350", "350"),
        ("3", "Utbilda föreningsledare i att förebygga droger", "Fritidsförvaltningen", "150", "100"),
        ("4", "Inför nattvandring med föräldrar", "Socialförvaltningen", "80", "80"),
    ]
    b = cover("Handlingsplan för barn och unga 2026–2027", "Ekby kommun") + intro("Inledning")
    b += [("h1", "Aktiviteter och budget"), ("p", "Beloppen anges i tusental kronor."),
          ("table", ["Aktivitet", "Ansvarig", "2026 (tkr)", "2027 (tkr)"],
           [[f"Aktivitet {n}: {t}", who, a, c] for n, t, who, a, c in rows] + [["Summa", "", "1 780", "1 730"]]),
          ("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, [action(n, t, who) for n, t, who, _, _ in rows]


def midtable_continue():
    """Fourteen actions Nr | Åtgärd | Beskrivning | Ansvarig | Tidplan with long descriptions,
    one table running on to the next page mid-table, its header row repeated."""
    titles = [
        "Kartlägg översvämningsrisker i centrum", "Höj vallarna vid Ekån", "Anlägg dagvattendammar i Norrby",
        "Inför krav på gröna tak i detaljplaner", "Plantera skuggande träd vid förskolor", "Ta fram en värmeplan för äldreboenden",
        "Säkra dricksvattnet vid torka", "Inventera ras- och skredrisker", "Informera fastighetsägare om skyfall",
        "Öva krisledningen på ett skyfall", "Flytta pumpstationen vid hamnen", "Följ upp skador efter kraftiga regn",
        "Samordna klimatanpassning med grannkommunerna", "Utred reservkraft för vårdboenden",
    ]
    owners = ["Samhällsbyggnad", "VA-enheten", "Planenheten", "Räddningstjänsten"]
    rows = [(str(k + 1), t, prose(2, k), owners[k % 4], ["2026", "2027", "2026–2028", "Löpande"][k % 4]) for k, t in enumerate(titles)]
    b = cover("Handlingsplan för klimatanpassning", "Ekby kommun 2026–2030")
    b += [("h1", "Inledning"), ("p", prose(6)), ("p", prose(6, 2)), ("h1", "Åtgärder"),
          ("longtable", ["Nr", "Åtgärd", "Beskrivning", "Ansvarig", "Tidplan"], [list(r) for r in rows], [1.0, 4.5, 6.0, 3.0, 2.0]),
          ("h1", "Uppföljning"), ("p", prose(2, 1))]
    return b, [action(n, t, who, when) for n, t, _, who, when in rows]


def section_refs():
    """Bold "Åtgärd 3: Title (se avsnitt 4.2)" lines whose titles end in a reference to a section
    of the plan, each with "Ansvar:" / "Tidplan:" lines."""
    acts = [
        ("1", "Inför en kommungemensam rutin för tillgänglighetsgranskning (se avsnitt 4.2)", "Kommunledningskontoret", "2026"),
        ("2", "Gör kommunens webbplats tillgänglig för skärmläsare (se avsnitt 5.1)", "Kommunikationsenheten", "2026"),
        ("3", "Bygg om entréerna till fem kulturlokaler (se avsnitt 4.3)", "Fastighetsavdelningen", "2027"),
        ("4", "Utbilda handläggare i lätt svenska", "HR-avdelningen", "2027"),
    ]
    b = cover("Handlingsplan för tillgänglighet 2026–2027", "Ekby kommun") + intro("Inledning")
    b += [("h1", "Åtgärder"), ("p", prose(1, 2))]
    for n, t, who, when in acts:
        b += [("bold", f"Åtgärd {n}: {t}"), ("label", "Ansvar", who), ("label", "Tidplan", when)]
    b += [("h1", "4 Fysisk tillgänglighet"), ("h2", "4.2 Granskning"), ("p", prose(2, 1)),
          ("h2", "4.3 Kulturlokaler"), ("p", prose(2, 3)),
          ("h1", "5 Digital tillgänglighet"), ("h2", "5.1 Webbplatsen"), ("p", prose(2, 4))]
    return b, [action(n, t, who, when) for n, t, who, when in acts]


def budget_poster():
    """A budget (no actions): bold "1. Personalkostnader" lines with "Belopp:" and "Ansvarig:" lines
    under a heading "Budgetposter 2026"."""
    items = [
        ("1", "Personalkostnader", "12,4 mnkr", "Förvaltningschefen"),
        ("2", "Lokalhyror", "3,1 mnkr", "Fastighetssamordnaren"),
        ("3", "Köp av verksamhet", "2,2 mnkr", "Förvaltningschefen"),
        ("4", "Övriga kostnader", "0,8 mnkr", "Controllern"),
    ]
    b = cover("Budget 2026 för kultur- och fritidsnämnden", "Ekby kommun")
    b += [("h1", "1 Sammanfattning"), ("p", prose(2)), ("h1", "2 Budgetposter 2026")]
    for n, t, amount, who in items:
        b += [("bold", f"{n}. {t}"), ("label", "Belopp", amount), ("label", "Ansvarig", who)]
    b += [("h1", "3 Investeringar"), ("p", prose(2, 3))]
    return b, []


def styrelse_dagordning():
    """A board meeting's agenda (no actions): a producer-numbered list of points "Mötets öppnande",
    "Val av justerare", …, with a "Föredragande:" line after some."""
    b = cover("Kallelse till styrelsemöte", "Ekby Bostäder AB, 2026-02-12 kl. 13.00")
    b += [("h1", "Dagordning"),
          ("numbers", ["Mötets öppnande", "Val av justerare", "Godkännande av dagordningen",
                       "Föregående mötesprotokoll", "Ekonomisk rapport", "Beslut om hyresförhandling",
                       "Övriga frågor", "Mötets avslutande"]),
          ("label", "Föredragande", "vd Anna Berg (punkt 5 och 6)"),
          ("h1", "Handlingar"), ("p", "Handlingarna skickas ut en vecka före mötet.")]
    return b, []


def principer_policy():
    """A policy (no actions): Heading 2 "Princip 3: Vi informerar tidigt" with a paragraph and a
    "Ansvar:" line each, under "Principer"."""
    principles = [
        ("1", "Vi utgår från invånarnas behov", "Alla förvaltningar"),
        ("2", "Vi är öppna med hur beslut fattas", "Kommunledningskontoret"),
        ("3", "Vi informerar tidigt", "Kommunikationsenheten"),
        ("4", "Vi följer upp och lär oss", "Alla chefer"),
    ]
    b = cover("Policy för medborgardialog", "Antagen av kommunfullmäktige 2025-11-24")
    b += [("h1", "Syfte"), ("p", prose(2)), ("h1", "Principer")]
    for n, t, who in principles:
        b += [("h2", f"Princip {n}: {t}"), ("p", prose(1, int(n))), ("label", "Ansvar", who)]
    b += [("h1", "Uppföljning"), ("p", "Policyn följs upp vart fjärde år.")]
    return b, []


def instruktion_steg():
    """Instructions (no actions): bold "Steg 3 Fyll i blanketten" lines with a paragraph each under
    "Så här gör du", and a producer-numbered list of checks."""
    steps = [
        ("1", "Logga in i e-tjänsten med e-legitimation"),
        ("2", "Välj vilken typ av ansökan du vill göra"),
        ("3", "Fyll i uppgifterna om fastigheten"),
        ("4", "Bifoga ritningar och skicka in ansökan"),
    ]
    b = cover("Instruktion: ansök om bygglov digitalt", "Ekby kommun, byggnadsnämnden")
    b += [("h1", "Innan du börjar"), ("p", prose(2)), ("h1", "Så här gör du")]
    for n, t in steps:
        b += [("bold", f"Steg {n} {t}"), ("p", prose(1, int(n)))]
    b += [("h1", "Kontrollera innan du skickar"),
          ("numbers", ["Kontrollera att ritningarna är skalenliga", "Ange fastighetsbeteckningen",
                       "Bifoga kontrollansvarigs intyg"]),
          ("h1", "Frågor"), ("p", "Kontakta bygglovsenheten vid frågor.")]
    return b, []


# ---------------------------------------------------------------------------------------
# The fourteenth blind check (2026-12-04, eighth session): written before any rule changed
# for them, by all five producers.


def malomrade_prose():
    """Actions numbered per goal area ("1.1", "1.2", "2.1") as plain paragraphs "1.1 Title" under
    "Målområde N: …" headings, each with an "Ansvarig:" line, among paragraphs of prose that open
    with a number too ("2030 ska …", "3 av 4 …", "15 kilometer …")."""
    areas = [
        ("Målområde 1: Hållbart resande",
         ["2030 ska minst hälften av alla resor i kommunen göras till fots, med cykel eller med kollektivtrafik.",
          "3 av 4 invånare reser i dag med bil till arbetet, enligt resvaneundersökningen 2024."],
         [("1.1", "Bygg ut cykelvägnätet mellan Norrby och centrum", "Gatuenheten",
           "15 kilometer cykelväg saknas i dag mellan tätorterna och centralorten."),
          ("1.2", "Inför pendlarparkering vid stationen", "Trafikenheten", None),
          ("1.3", "Erbjud kommunens anställda lånecyklar", "HR-avdelningen", None)]),
        ("Målområde 2: Mindre avfall",
         ["2028 ska mängden mat som slängs i kommunens kök ha halverats jämfört med 2022.",
          "12 procent av hushållsavfallet är i dag förpackningar som kunde ha sorterats ut."],
         [("2.1", "Mät matsvinnet i alla skolkök varje vecka", "Kostenheten", None),
          ("2.2", "Inför fastighetsnära insamling av förpackningar", "Renhållningen",
           "40 procent av hushållen i flerbostadshus har i dag tillgång till sådan insamling.")]),
        ("Målområde 3: Giftfri vardag",
         ["2 av 3 förskolor har redan bytt ut leksaker av mjukplast."],
         [("3.1", "Inventera kemikalier i förskolornas lokaler", "Miljöenheten", None),
          ("3.2", "Ställ krav på giftfria material vid upphandling", "Upphandlingsenheten", None)]),
    ]
    b = cover("Miljöprogram med handlingsplan 2026–2030", "Ekby kommun") + intro("Inledning")
    want = []
    for area, facts, acts in areas:
        b += [("h1", area)] + [("p", f) for f in facts] + [("h2", "Åtgärder")]
        for n, t, who, fact in acts:
            b += [("p", f"{n} {t}"), ("label", "Ansvarig", who)]
            if fact:
                b.append(("p", fact))
            want.append(action(n, t, who))
    b += [("h1", "Uppföljning"), ("p", "2027 görs en första uppföljning av programmet. " + prose(1, 2))]
    return b, want


def page_span_rows():
    """Nr | Åtgärd | Beskrivning | Ansvarig | Tidplan with descriptions long enough that rows break
    over a page: the continuation's number and title cells are empty on the next page."""
    titles = ["Inför ett gemensamt ärendesystem för alla förvaltningar", "Digitalisera ansökan om bygglov",
              "Erbjud e-tjänster för försörjningsstöd", "Inför digitala signaturer i alla beslut",
              "Utbilda chefer i digital ledning", "Ta fram en plan för informationssäkerhet",
              "Flytta kommunens servrar till en gemensam driftmiljö"]
    owners = ["Kommunledningskontoret", "Byggnadsnämnden", "Socialförvaltningen", "IT-avdelningen"]
    rows = [(str(k + 1), t, prose(9 + (k % 3) * 3, k), owners[k % 4], ["2026", "2026–2027", "2027", "Löpande"][k % 4])
            for k, t in enumerate(titles)]
    b = cover("Handlingsplan för digitalisering 2026–2027", "Ekby kommun") + intro("Bakgrund")
    b += [("h1", "Åtgärder"), ("p", prose(1, 4)),
          ("longtable", ["Nr", "Åtgärd", "Beskrivning", "Ansvarig", "Tidplan"], [list(r) for r in rows], [1.0, 3.8, 7.0, 2.9, 1.8]),
          ("h1", "Uppföljning"), ("p", prose(2, 1))]
    return b, [action(n, t, who, when) for n, t, _, who, when in rows]


def runin_label():
    """Paragraphs opening with a bold run-in "Åtgärd 4." alone, the title as the paragraph's first
    plain sentence and prose after it (no fields)."""
    acts = [
        ("1", "Inför en gemensam mottagning för nyanlända"),
        ("2", "Erbjud språkkurser på arbetsplatsen"),
        ("3", "Skapa fler praktikplatser inom kommunen"),
        ("4", "Stärk samarbetet med civilsamhällets organisationer"),
        ("5", "Följ upp etableringen två år efter ankomsten"),
    ]
    b = cover("Integrationsprogram – åtgärder 2026–2028", "Ekby kommun, kommunstyrelsen") + intro("Utgångspunkter")
    b += [("h1", "Åtgärder"), ("p", prose(1, 1))]
    for n, t in acts:
        b.append(("runin", f"Åtgärd {n}.", f"{t}. " + prose(2, int(n))))
    b += [("h1", "Ekonomi"), ("p", prose(2, 3))]
    return b, [action(n, t) for n, t in acts]


def quoted_followup():
    """A follow-up report quoting the actions of the earlier plan: bold "Åtgärd 3: ”Title”" lines
    with "Status:" and "Kommentar:" lines (the title wanted without its quotation marks)."""
    acts = [
        ("1", "Inför trygghetsvandringar i alla stadsdelar", "Genomförd", "Vandringar hölls i sex stadsdelar under hösten."),
        ("2", "Förbättra belysningen på gång- och cykelvägar", "Pågår", "Hälften av sträckorna har fått ny belysning."),
        ("3", "Anställ två fältassistenter", "Genomförd", "Fältassistenterna började i mars."),
        ("4", "Starta nattvandringar med föräldrar", "Ej påbörjad", "Ingen förening har velat samordna arbetet."),
        ("5", "Ta fram en lägesbild varje kvartal", "Delvis genomförd", "Lägesbilden tas fram två gånger per år."),
    ]
    b = cover("Uppföljning av trygghetsplanen 2023–2025", "Ekby kommun, kommunstyrelsen, februari 2026")
    b += [("h1", "Sammanfattning"), ("p", prose(3)), ("h1", "Åtgärdernas status"),
          ("p", "Nedan återges planens åtgärder ordagrant med status och kommentar.")]
    for n, t, st, c in acts:
        b += [("bold", f"Åtgärd {n}: ”{t}”"), ("label", "Status", st), ("label", "Kommentar", c)]
    b += [("h1", "Slutsatser"), ("p", prose(2, 2))]
    return b, [action(n, t, status=st) for n, t, st, _ in acts]


def indicator_plan():
    """An action table Nr | Åtgärd | Ansvarig | Tidplan followed by indicator tables Nr | Indikator |
    Utgångsläge 2024 | Målvärde 2030 numbered "1", "2" too, and bold "Indikator 3.1" lines (the
    indicators are no actions)."""
    acts = [
        ("1", "Inför hälsosamtal för alla elever i årskurs sju", "Elevhälsan", "2026"),
        ("2", "Erbjud fysisk aktivitet på recept i alla vårdcentraler", "Regionen", "2026"),
        ("3", "Bygg utegym i tre kommundelar", "Fritidsförvaltningen", "2027"),
        ("4", "Starta föräldrastödsgrupper på familjecentralen", "Socialförvaltningen", "2026–2027"),
    ]
    b = cover("Folkhälsoplan 2026–2029", "Ekby kommun") + intro("Inledning")
    b += [("h1", "Handlingsplan"), ("table", ["Nr", "Åtgärd", "Ansvarig", "Tidplan"], [list(a) for a in acts]),
          ("h1", "Indikatorer"), ("p", "Planen följs upp med indikatorerna nedan."),
          ("table", ["Nr", "Indikator", "Utgångsläge 2024", "Målvärde 2030"],
           [["1", "Andel elever som rör sig minst en timme om dagen", "48 %", "60 %"],
            ["2", "Andel vuxna med fetma", "17 %", "14 %"],
            ["3", "Andel invånare som röker dagligen", "7 %", "4 %"],
            ["4", "Självskattad god hälsa", "71 %", "75 %"]]),
          ("bold", "Indikator 5 Andel elever som äter frukost varje dag"), ("label", "Källa", "Elevhälsoenkäten"),
          ("bold", "Indikator 6 Antal deltagare i föräldrastödsgrupper"), ("label", "Källa", "Socialförvaltningen"),
          ("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, [action(n, t, who, when) for n, t, who, when in acts]


def box_cards():
    """Each action in a box of its own (a single bordered cell): a bold "3. Title" line, a
    paragraph of description, then "Ansvarig:", "Tidsplan:", "Kostnad:" each on a line."""
    acts = [
        ("1", "Inför digitala bibliotekskort", "Kulturförvaltningen", "2026", "150 tkr"),
        ("2", "Förläng öppettiderna på huvudbiblioteket", "Kulturförvaltningen", "2026–2027", "600 tkr per år"),
        ("3", "Starta läsecirklar på äldreboenden", "Äldreförvaltningen", "2027", "Inom befintlig ram"),
        ("4", "Bygg om barnavdelningen i Norrby", "Fastighetsavdelningen", "2028", "2,4 mnkr"),
    ]
    b = cover("Biblioteksplan 2026–2028", "Ekby kommun") + intro("Bibliotekens uppdrag") + [("h1", "Åtgärder")]
    for n, t, who, when, cost in acts:
        b.append(("box", [("bold", f"{n}. {t}"), ("p", prose(1, int(n))), ("label", "Ansvarig", who),
                          ("label", "Tidsplan", when), ("label", "Kostnad", cost)]))
    b += [("h1", "Uppföljning"), ("p", prose(2, 4))]
    return b, [action(n, t, who, when, cost) for n, t, who, when, cost in acts]


def goal_abc():
    """Numbered goals as bold lines "1. Goal" with actions lettered "a)" … "f)" as paragraphs under
    each, no fields (wanted "1a" … "1f", as goal-letters)."""
    goals = [
        ("1", "Fler unga i arbete", ["Erbjud feriejobb till alla sökande i gymnasieåldern", "Starta ett ungdomscentrum för arbete och studier",
                                     "Inför mentorer från näringslivet", "Ordna en jobbmässa varje vår",
                                     "Följ upp unga som avbryter gymnasiet", "Erbjud körkortsstöd till arbetslösa unga"]),
        ("2", "Ett rikare fritidsliv", ["Håll fritidsgårdarna öppna på helger", "Ge föreningarna bidrag per aktiv tjej",
                                        "Bygg en skatepark i centrum"]),
    ]
    b = cover("Ungdomspolitiskt program 2026–2029", "Ekby kommun") + intro("Bakgrund")
    b += [("h1", "Mål och åtgärder"), ("p", prose(1, 3))]
    want = []
    for g, goal, acts in goals:
        b += [("bold", f"{g}. {goal}")]
        for k, t in enumerate(acts):
            letter = "abcdef"[k]
            b.append(("p", f"{letter}) {t}"))
            want.append(action(f"{g}{letter}", t))
    b += [("h1", "Uppföljning"), ("p", prose(2, 1))]
    return b, want


def landscape_eight():
    """A landscape table of eight columns Nr | Åtgärd | Delmål | Ansvarig | Medverkande | Start |
    Klart | Kostnad (tkr), the narrow cells wrapping."""
    rows = [
        ("1.1", "Kartlägg skyddsvärda träd i tätorten", "Biologisk mångfald", "Parkenheten", "Naturskyddsföreningen", "2026", "2026", "120"),
        ("1.2", "Anlägg blomsterängar i stadsparken", "Biologisk mångfald", "Parkenheten", "Skolorna", "2026", "2027", "300"),
        ("2.1", "Restaurera våtmarken vid Ekån", "Rent vatten", "Miljöenheten", "Länsstyrelsen", "2027", "2029", "2 500"),
        ("2.2", "Inför provtagning av badvatten varje vecka", "Rent vatten", "Miljöförvaltningen", "Fritidsförvaltningen", "2026", "Löpande", "80"),
        ("3.1", "Ta fram en naturvårdsplan", "Skyddad natur", "Planenheten", "Miljöenheten", "2026", "2027", "400"),
        ("3.2", "Bilda naturreservat vid Norrskogen", "Skyddad natur", "Kommunstyrelsen", "Länsstyrelsen", "2027", "2028", "900"),
    ]
    b = cover("Naturvårdsprogram – handlingsplan", "Ekby kommun 2026–2029") + intro("Inledning")
    b += [("landscape_cols", "Handlingsplan",
           ["Nr", "Åtgärd", "Delmål", "Ansvarig", "Medverkande", "Start", "Klart", "Kostnad (tkr)"],
           [list(r) for r in rows], [1.2, 6.0, 3.4, 3.4, 3.6, 1.6, 1.8, 2.2]),
          ("h1", "Uppföljning"), ("p", prose(2, 3))]
    return b, [with_fields(action(n, t, who, end, cost), {"Delmål": goal, "Medverkande": partner, "Start": start})
               for n, t, goal, who, partner, start, end, cost in rows]


def numbered_headings():
    """Chapters and actions as headings numbered by the producer (Word's multilevel list on the
    headings, LaTeX's \\section, CSS counters): "3 Åtgärder", "3.1 Title", each action with
    "Ansvar:" / "Tidplan:" lines; the other chapters' sections numbered too ("1.1 Syfte")."""
    acts = [
        ("Inför en gemensam krisledningsplan", "Kommunledningskontoret", "2026"),
        ("Öva krisledningen varje år", "Säkerhetssamordnaren", "Årligen"),
        ("Säkra reservkraft till äldreboenden", "Fastighetsavdelningen", "2027"),
        ("Utbilda personalen i informationssäkerhet", "IT-avdelningen", "2026–2027"),
    ]
    b = cover("Plan för krisberedskap 2026–2028", "Ekby kommun")
    b += [("nh1", "Inledning"), ("nh2", "Syfte"), ("p", prose(2)), ("nh2", "Avgränsning"), ("p", prose(1, 2)),
          ("nh1", "Risker och förmåga"), ("p", prose(3, 1)), ("nh1", "Åtgärder"), ("p", prose(1, 3))]
    for t, who, when in acts:
        b += [("nh2", t), ("p", prose(1, 4)), ("label", "Ansvar", who), ("label", "Tidplan", when)]
    b += [("nh1", "Uppföljning"), ("p", prose(2, 5))]
    return b, [action(f"3.{k + 1}", t, who, when) for k, (t, who, when) in enumerate(acts)]


def gap_numbers():
    """A revised plan whose actions, bold "N. Title" lines with "Ansvarig:" / "Klart:" lines, skip
    the numbers of those struck out (1–5, 8–12), with a sentence saying so."""
    titles = {1: "Inför en gemensam rutin för felanmälan", 2: "Gör alla lekplatser tillgängliga", 3: "Byt ut gatubelysningen mot LED",
              4: "Inventera kommunens broar", 5: "Asfaltera grusvägarna i Norrby", 8: "Inför vinterväghållning av cykelvägar",
              9: "Plantera träd längs Storgatan", 10: "Bygg en ny busshållplats vid skolan", 11: "Rusta upp hamnpromenaden",
              12: "Ta fram en plan för laddplatser"}
    owners = ["Gatuenheten", "Parkenheten", "Trafikenheten"]
    b = cover("Handlingsplan för gator och parker – reviderad 2026", "Ekby kommun, tekniska nämnden") + intro("Inledning")
    b += [("h1", "Åtgärder"), ("p", "Åtgärderna 6 och 7 är genomförda och har strukits ur planen; övriga behåller sina nummer.")]
    want = []
    for n, t in titles.items():
        who, when = owners[n % 3], ["2026", "2027", "2028"][n % 3]
        b += [("bold", f"{n}. {t}"), ("label", "Ansvarig", who), ("label", "Klart", when)]
        want.append(action(str(n), t, who, when))
    b += [("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, want


def anslag_budget():
    """A budget (no actions): appropriations numbered "1:1", "2:1" in a table and as bold "Anslag
    2:1 …" lines with "Belopp:" and "Förändring:" lines."""
    rows = [("1:1", "Kommunstyrelsen", "84 200", "85 900"), ("1:2", "Revisionen", "2 100", "2 150"),
            ("2:1", "Barn- och utbildningsnämnden", "612 400", "628 000"), ("2:2", "Socialnämnden", "498 700", "510 300"),
            ("3:1", "Tekniska nämnden", "96 300", "98 100")]
    b = cover("Budget 2026 och plan 2027–2028", "Ekby kommun, kommunfullmäktige 2025-11-24")
    b += [("h1", "Driftbudget per anslag"), ("p", "Beloppen anges i tusental kronor."),
          ("table", ["Anslag", "Nämnd", "Budget 2026", "Plan 2027"], [list(r) for r in rows]),
          ("h1", "Kommentarer till anslagen")]
    for n, name, amount, _ in rows[2:]:
        b += [("bold", f"Anslag {n} {name}"), ("p", prose(1, 2)), ("label", "Belopp", f"{amount} tkr"),
              ("label", "Förändring", "+2,3 procent")]
    b += [("h1", "Investeringar"), ("p", prose(2, 4))]
    return b, []


def synpunkter_rutin():
    """Rules without a title naming them (no actions): "Hantering av synpunkter och klagomål" with
    definitions and bold "3.1 … ska …" points with "Ansvarig:" lines under "3 Åtgärder när en
    synpunkt kommer in"."""
    points = [
        ("3.1", "Den som tar emot en synpunkt ska registrera den samma dag", "Mottagande medarbetare"),
        ("3.2", "Synpunkten ska besvaras inom tio arbetsdagar", "Berörd enhetschef"),
        ("3.3", "Klagomål som rör myndighetsutövning ska lämnas till nämndens registrator", "Enhetschefen"),
        ("3.4", "Förvaltningen ska sammanställa synpunkterna varje kvartal", "Kvalitetsstrategen"),
    ]
    b = cover("Hantering av synpunkter och klagomål", "Fastställd av kommundirektören 2025-10-01, dnr KS 2025/412")
    b += [("h1", "1 Syfte"), ("p", prose(2)), ("h1", "2 Definitioner"),
          ("p", "Synpunkt: ett förslag, en fråga eller ett beröm som gäller kommunens verksamhet."),
          ("p", "Klagomål: ett missnöje med hur kommunen har utfört sitt uppdrag."),
          ("h1", "3 Åtgärder när en synpunkt kommer in")]
    for n, t, who in points:
        b += [("bold", f"{n} {t}"), ("label", "Ansvarig", who)]
    b += [("h1", "4 Uppföljning"), ("p", "Sammanställningen ska redovisas för kommunstyrelsen varje år.")]
    return b, []


def program_workshop():
    """A workshop's programme (no actions): bold "Punkt 3 Grupparbete …" lines with one line of
    labels "Tid: …  Ansvarig: …" under "Program"."""
    points = [("1", "Välkommen och inledning", "09.00–09.15", "Kommundirektören"),
              ("2", "Klimatanpassning i Ekby – en lägesbild", "09.15–10.00", "Miljöstrategen"),
              ("3", "Grupparbete om skyfall och värmeböljor", "10.15–11.30", "Processledaren"),
              ("4", "Redovisning från grupperna", "11.30–12.00", "Gruppledarna"),
              ("5", "Sammanfattning och avslutning", "12.00–12.15", "Kommundirektören")]
    b = cover("Workshop om klimatanpassning", "Ekby kommun, Stadshuset, 12 mars 2026")
    b += [("h1", "Program"), ("p", "Förmiddagen leds av kommunens processledare.")]
    for n, t, when, who in points:
        b += [("bold", f"Punkt {n} {t}"), ("labels", [("Tid", when), ("Ansvarig", who)])]
    b += [("h1", "Praktisk information"), ("p", "Kaffe serveras från 08.30. Anmäl dig senast den 1 mars.")]
    return b, []


def statistik_figurer():
    """A statistics report (no actions): "Tabell 1." and "Figur 2:" captions, a table with numbered
    rows, "Källa:" lines and the forecast's numbered assumptions."""
    b = cover("Befolkningsstatistik 2025", "Ekby kommun, kommunledningskontoret")
    b += [("h1", "1 Befolkningsutveckling"), ("p", prose(2)),
          ("bold", "Tabell 1. Folkmängd per kommundel 2021 och 2025"),
          ("table", ["Nr", "Kommundel", "2021", "2025", "Förändring"],
           [["1", "Centrum", "12 400", "12 950", "+4,4 %"], ["2", "Norrby", "6 300", "6 800", "+7,9 %"],
            ["3", "Söderby", "4 100", "4 050", "–1,2 %"], ["4", "Landsbygden", "5 200", "5 150", "–1,0 %"]]),
          ("label", "Källa", "SCB, befolkningsstatistik"),
          ("bold", "Figur 2: Födda och döda per år 2016–2025"), ("p", prose(1, 3)),
          ("label", "Källa", "SCB"),
          ("h1", "2 Prognos"), ("p", "Prognosen bygger på följande antaganden:"),
          ("numbers", ["Fruktsamheten ligger kvar på 1,6 barn per kvinna", "Inflyttningen minskar något efter 2027",
                       "Bostadsbyggandet följer bostadsförsörjningsprogrammet"]),
          ("h1", "3 Kommentarer"), ("p", prose(2, 4))]
    return b, []


def indikatorer_only():
    """A list of indicators for a programme's follow-up (no actions): bold "Indikator 1.1 …" lines
    with "Källa:", "Målvärde 2030:" and "Ansvarig:" lines under "Målområde N" headings."""
    areas = [("Målområde 1: Klimat", [("1.1", "Utsläpp av växthusgaser per invånare", "RUS", "2 ton", "Miljöenheten"),
                                      ("1.2", "Andel fossilfria fordon i kommunens flotta", "Fordonsregistret", "100 %", "Fordonsenheten")]),
             ("Målområde 2: Natur", [("2.1", "Andel skyddad skogsmark", "Naturvårdsverket", "8 %", "Miljöenheten"),
                                     ("2.2", "Antal anlagda våtmarker", "Kommunens uppföljning", "10", "Parkenheten")])]
    b = cover("Indikatorer för uppföljning av miljöprogrammet 2026–2030", "Ekby kommun") + intro("Om indikatorerna")
    for area, inds in areas:
        b += [("h1", area)]
        for n, t, src, target, who in inds:
            b += [("bold", f"Indikator {n} {t}"), ("label", "Källa", src), ("label", "Målvärde 2030", target),
                  ("label", "Ansvarig", who)]
    return b, []


def mal_restart_tables():
    """Goals as headings "Mål N: …", each over a table Nr | Åtgärd | Ansvarig | Tidplan whose typed
    numbers restart at 1 under every goal (1–5, 1–4, 1–3). Wanted under the goal's number, as
    goal-restart and restart-chapters decided ("2.3" the third under "Mål 2")."""
    goals = [
        ("Trygga och säkra livsmiljöer", [
            ("Inför trygghetsvandringar i alla bostadsområden", "Kommunstyrelsen", "2026"),
            ("Förbättra belysningen i gångtunnlarna", "Tekniska nämnden", "2026–2027"),
            ("Inför grannsamverkan i samarbete med polisen", "Kommunstyrelsen", "2027"),
            ("Öppna fritidsgårdarna även på fredagskvällar", "Kultur- och fritidsnämnden", "2026"),
            ("Ta fram en lägesbild över otrygga platser", "Säkerhetsenheten", "Årligen"),
        ]),
        ("Minskat våld i nära relationer", [
            ("Utbilda socialsekreterare i våldsutsatthet", "Socialnämnden", "2026"),
            ("Inför rutinfrågor om våld i hemtjänsten", "Vård- och omsorgsnämnden", "2027"),
            ("Stärk samarbetet med kvinnojouren", "Socialnämnden", "Löpande"),
            ("Erbjud behandling till våldsutövare", "Socialnämnden", "2027–2028"),
        ]),
        ("Färre unga i kriminalitet", [
            ("Starta ett SSPF-team med skola och polis", "Socialnämnden", "2026"),
            ("Anställ fältassistenter på helger", "Kultur- och fritidsnämnden", "2026"),
            ("Erbjud sommarjobb till unga i riskzon", "Arbetsmarknadsenheten", "Varje sommar"),
        ]),
    ]
    b = cover("Handlingsplan för trygghet och brottsförebyggande arbete 2026–2028", "Ekby kommun") + intro("Inledning")
    b += [("h1", "Mål och åtgärder"), ("p", "Åtgärderna numreras från 1 under varje mål.")]
    want = []
    for k, (goal, acts) in enumerate(goals):
        b += [("h2", f"Mål {k + 1}: {goal}"), ("p", prose(1, k)),
              ("table", ["Nr", "Åtgärd", "Ansvarig", "Tidplan"], [[str(j + 1), t, who, when] for j, (t, who, when) in enumerate(acts)])]
        want += [action(f"{k + 1}.{j + 1}", t, who, when) for j, (t, who, when) in enumerate(acts)]
    b += [("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, want


def fokus_restart():
    """Unnumbered focus areas as headings ("Fokusområde: Barn och unga"), each with bold "Åtgärd 1
    Title" lines counting from 1 again, "Ansvarig:" / "Tidplan:" under each. Blind, the actions
    were wanted as printed; but a number names one action in its document (the index and the
    exports key actions by it), so they are wanted under the area's place ("2.1"), as
    restart-chapters decided where chapters have no numbers."""
    areas = [
        ("Barn och unga", [("Erbjud simundervisning till alla förskoleklasser", "Fritidsförvaltningen", "2026"),
                           ("Inför läxhjälp på biblioteken", "Kulturförvaltningen", "2026–2027"),
                           ("Bygg en aktivitetspark i Söderby", "Tekniska förvaltningen", "2028")]),
        ("Äldre", [("Starta träffpunkter i alla kommundelar", "Äldreförvaltningen", "2027"),
                   ("Erbjud digital hjälp på mötesplatserna", "Äldreförvaltningen", "2026")]),
        ("Föreningsliv", [("Förenkla ansökan om föreningsbidrag", "Fritidsförvaltningen", "2026"),
                          ("Inför ett gemensamt bokningssystem för lokaler", "Fritidsförvaltningen", "2027"),
                          ("Ge bidrag till föreningar som tar emot nyanlända", "Kommunstyrelsen", "2026–2028")]),
    ]
    b = cover("Plan för ett rikare fritidsliv 2026–2028", "Ekby kommun, kultur- och fritidsnämnden") + intro("Bakgrund")
    want = []
    for area, acts in areas:
        b += [("h1", f"Fokusområde: {area}"), ("p", prose(1, len(want)))]
        for j, (t, who, when) in enumerate(acts):
            b += [("bold", f"Åtgärd {j + 1} {t}"), ("label", "Ansvarig", who), ("label", "Tidplan", when)]
            want.append(action(f"{len(areas[:[a for a, _ in areas].index(area)]) + 1}.{j + 1}", t, who, when))
    b += [("h1", "Uppföljning"), ("p", prose(2, 4))]
    return b, want


def merged_goal_long():
    """A table Mål | Nr | Åtgärd | Ansvarig | Klart whose goal cell, merged down over its actions'
    rows, is a long sentence that runs further down than its two or three rows do (numbered 1 … 7
    through the goals; the goals are no actions)."""
    groups = [
        ("Mål 1: Alla elever ska lämna grundskolan med godkända betyg i alla ämnen och med en "
         "tro på sin egen förmåga att lära sig mer", [
            ("1", "Inför läsdiagnoser i årskurs 1–3", "Grundskoleenheten", "2026"),
            ("2", "Erbjud sommarskola i matematik", "Grundskoleenheten", "2026–2027")]),
        ("Mål 2: Alla barn och elever ska känna sig trygga i förskolan och skolan, på vägen dit och "
         "på fritidshemmet, oavsett bakgrund och förutsättningar", [
            ("3", "Inför rastvärdar på alla skolgårdar", "Rektorerna", "2026"),
            ("4", "Ta fram en gemensam plan mot kränkande behandling", "Elevhälsan", "2026"),
            ("5", "Utbilda personalen i konflikthantering", "HR-avdelningen", "2027")]),
        ("Mål 3: Fler elever ska välja ett gymnasieprogram som leder till arbete eller fortsatta "
         "studier inom regionen", [
            ("6", "Erbjud prao till alla elever i årskurs 8", "Studie- och yrkesvägledarna", "2027"),
            ("7", "Bjud in näringslivet till en yrkesmässa varje höst", "Näringslivsenheten", "Årligen")]),
    ]
    b = cover("Skolplan 2026–2029 med handlingsplan", "Ekby kommun, barn- och utbildningsnämnden") + intro("Inledning")
    b += [("h1", "Handlingsplan"), ("p", "Tabellen visar nämndens mål och de åtgärder som ska leda dit."),
          ("vmerged_table", ["Mål", "Nr", "Åtgärd", "Ansvarig", "Klart"], [(g, [list(r) for r in rows]) for g, rows in groups]),
          ("h1", "Uppföljning"), ("p", prose(2, 3))]
    return b, [action(n, t, who, when) for _, rows in groups for n, t, who, when in rows]


def traffic_light():
    """A follow-up whose table Nr | Åtgärd | Ansvarig | Status | Kommentar marks each status with a
    coloured dot before the word ("● Genomförd"), after a legend of the dots (the status wanted
    as the word)."""
    rows = [
        ("1", "Inför matsvinnsmätning i alla skolkök", "Kostenheten", "Genomförd", "Mäts varje vecka sedan hösten 2025."),
        ("2", "Byt till fossilfria fordon i hemtjänsten", "Fordonsenheten", "Pågår", "Hälften av bilarna är utbytta."),
        ("3", "Installera solceller på tre skolor", "Fastighetsavdelningen", "Ej påbörjad", "Upphandlingen överklagades."),
        ("4", "Inför cykelpool för kommunens anställda", "HR-avdelningen", "Genomförd", "Tolv cyklar finns i stadshuset."),
        ("5", "Utbilda alla chefer i klimatkunskap", "HR-avdelningen", "Pågår", "Två av fyra utbildningsdagar är hållna."),
        ("6", "Ställ klimatkrav i livsmedelsupphandlingen", "Upphandlingsenheten", "Ej påbörjad", "Ny upphandling 2027."),
    ]
    b = cover("Uppföljning av klimatplanen 2025", "Ekby kommun, kommunstyrelsen, januari 2026")
    b += [("h1", "Sammanfattning"), ("p", prose(2)),
          ("h1", "Åtgärdernas status"),
          ("p", "Statusen anges med färgade punkter: ● Genomförd ● Pågår ● Ej påbörjad."),
          ("table", ["Nr", "Åtgärd", "Ansvarig", "Status", "Kommentar"], [[n, t, who, "● " + st, c] for n, t, who, st, c in rows]),
          ("h1", "Fortsatt arbete"), ("p", prose(2, 3))]
    return b, [action(n, t, who, status=st) for n, t, who, st, _ in rows]


def insats_dash():
    """Heading 2 "Insats 3 – Title" over two paragraphs of prose (one opening with a year) and a
    bulleted list of sub-activities, then "Ansvarig:", "Samverkan:" and "Tidplan:" lines; the
    insatser numbered 1 … 5 through "Insatsområde N" headings."""
    areas = [
        ("Insatsområde 1: Tidiga insatser", [
            ("1", "Familjecentral i Norrby", "Socialnämnden", "2026"),
            ("2", "Föräldrastöd i grupp", "Socialnämnden", "2026–2027")]),
        ("Insatsområde 2: Skola och fritid", [
            ("3", "Elevhälsa med fokus på närvaro", "Barn- och utbildningsnämnden", "2027"),
            ("4", "Fritidsaktiviteter på lov", "Kultur- och fritidsnämnden", "Varje lov"),
            ("5", "Mentorer för unga som saknar arbete", "Arbetsmarknadsenheten", "2027–2028")]),
    ]
    b = cover("Handlingsplan för barns och ungas uppväxtvillkor", "Ekby kommun 2026–2028") + intro("Inledning")
    want = []
    for area, acts in areas:
        b += [("h1", area), ("p", prose(1, 2))]
        for n, t, who, when in acts:
            b += [("h2", f"Insats {n} – {t}"), ("p", prose(2, int(n))),
                  ("p", f"2025 genomfördes en förstudie som visade behovet. {prose(1, int(n) + 2)}"),
                  ("p", "Insatsen omfattar:"),
                  ("bullets", ["kartläggning av behoven", "utbildning av personalen", "utvärdering efter ett år"]),
                  ("label", "Ansvarig", who), ("label", "Samverkan", "Regionen"), ("label", "Tidplan", when)]
            want.append(action(n, t, who, when))
    b += [("h1", "Uppföljning"), ("p", prose(2, 5))]
    return b, want


def appendix_repeat():
    """Bold "Åtgärd N: Title" lines with a paragraph, "Ansvarig:" and "Tidplan:" in the body, and the
    same actions again in "Bilaga 1 Sammanställning av åtgärderna", a table Nr | Åtgärd | Ansvarig |
    Tidplan: each action wanted once."""
    acts = [
        ("1", "Inför en gemensam kundtjänst", "Kommunledningskontoret", "2026"),
        ("2", "Digitalisera ansökan om serveringstillstånd", "Miljö- och byggförvaltningen", "2026"),
        ("3", "Erbjud företagslots vid nyetablering", "Näringslivsenheten", "2027"),
        ("4", "Korta handläggningstiden för bygglov till fyra veckor", "Miljö- och byggförvaltningen", "2027"),
        ("5", "Ordna frukostmöten för företagare varje månad", "Näringslivsenheten", "Löpande"),
    ]
    b = cover("Näringslivsprogram med handlingsplan 2026–2027", "Ekby kommun") + intro("Inledning")
    b += [("h1", "Åtgärder"), ("p", prose(1, 2))]
    for n, t, who, when in acts:
        b += [("bold", f"Åtgärd {n}: {t}"), ("p", prose(2, int(n))), ("label", "Ansvarig", who), ("label", "Tidplan", when)]
    b += [("h1", "Uppföljning"), ("p", prose(2, 1)), ("page",),
          ("h1", "Bilaga 1 Sammanställning av åtgärderna"),
          ("table", ["Nr", "Åtgärd", "Ansvarig", "Tidplan"], [list(a) for a in acts])]
    return b, [action(n, t, who, when) for n, t, who, when in acts]


def overview_first():
    """"Åtgärderna i korthet": an overview table Nr | Åtgärd | Sida at the start, then the actions
    in full as Heading 3 "Åtgärd N – Title" with a paragraph and "Ansvar:" / "Klart:" lines (each
    wanted once, with its fields)."""
    acts = [
        ("1", "Kartlägg kommunens dagvattensystem", "VA-enheten", "2026", 5),
        ("2", "Anlägg skyfallsytor i Centrumparken", "Parkenheten", "2027", 5),
        ("3", "Ställ krav på gröna tak i nya detaljplaner", "Planenheten", "2026", 6),
        ("4", "Inför värmeplaner för äldreboendena", "Äldreförvaltningen", "2026", 6),
        ("5", "Informera fastighetsägare om översvämningsrisker", "Kommunikationsenheten", "Löpande", 7),
    ]
    b = cover("Plan för klimatanpassning 2026–2030", "Ekby kommun")
    b += [("h1", "Åtgärderna i korthet"), ("table", ["Nr", "Åtgärd", "Sida"], [[n, t, str(p)] for n, t, _, _, p in acts]),
          ("h1", "Inledning"), ("p", prose(3)), ("h1", "Åtgärder")]
    for n, t, who, when, _ in acts:
        b += [("h3", f"Åtgärd {n} – {t}"), ("p", prose(2, int(n))), ("label", "Ansvar", who), ("label", "Klart", when)]
    b += [("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, [action(n, t, who, when) for n, t, who, when, _ in acts]


def chapter_alike():
    """Chapters whose sections are numbered "2.1", "2.2", "3.1" and, in "4 Handlingsplan", a table
    Nr | Åtgärd | Ansvarig | Tidplan whose action numbers are the same strings ("2.1" the first action
    of goal 2), with prose referring to "avsnitt 2.1"."""
    acts = [
        ("1.1", "Inför energiuppföljning i alla kommunala byggnader", "Fastighetsavdelningen", "2026"),
        ("1.2", "Byt till LED i idrottshallarna", "Fastighetsavdelningen", "2027"),
        ("2.1", "Inför samåkningstjänst för anställda", "HR-avdelningen", "2026"),
        ("2.2", "Ersätt tjänsteresor med videomöten där det går", "Kommunledningskontoret", "Löpande"),
        ("3.1", "Servera vegetariskt två dagar i veckan", "Kostenheten", "2026"),
        ("3.2", "Minska engångsartiklarna i verksamheterna", "Upphandlingsenheten", "2027"),
    ]
    b = cover("Energi- och klimatplan 2026–2030", "Ekby kommun")
    b += [("h1", "1 Inledning"), ("h2", "1.1 Syfte"), ("p", prose(2)), ("h2", "1.2 Avgränsningar"), ("p", prose(1, 2)),
          ("h1", "2 Nuläge"), ("h2", "2.1 Energianvändning"), ("p", prose(2, 1)),
          ("h2", "2.2 Transporter"), ("p", "Tjänsteresorna ökade med 8 procent 2024, se även avsnitt 2.1. " + prose(1, 3)),
          ("h1", "3 Mål"), ("h2", "3.1 Mål 1 Energi"), ("p", "Energianvändningen ska minska med 20 procent till 2030."),
          ("h2", "3.2 Mål 2 Resor"), ("p", "Utsläppen från tjänsteresor ska halveras till 2030."),
          ("h2", "3.3 Mål 3 Konsumtion"), ("p", "Klimatpåverkan från maten ska minska med 30 procent."),
          ("h1", "4 Handlingsplan"), ("p", "Åtgärderna numreras efter målen i avsnitt 3, så att 2.1 är den första åtgärden under mål 2."),
          ("table", ["Nr", "Åtgärd", "Ansvarig", "Tidplan"], [list(a) for a in acts]),
          ("h1", "5 Uppföljning"), ("p", prose(2, 4))]
    return b, [action(n, t, who, when) for n, t, who, when in acts]


def english_summary():
    """A Swedish plan opening with "Summary in English", whose numbered list names the same
    actions in English ("1. Expand the cycle network"), before the Swedish actions, bold "N. Title"
    lines with "Ansvarig:" / "Tidplan:": each action wanted once, in Swedish."""
    acts = [
        ("1", "Bygg ut cykelvägnätet", "Expand the cycle network", "Gatuenheten", "2026–2028"),
        ("2", "Inför fler avgångar i kollektivtrafiken", "Increase the frequency of public transport", "Trafikenheten", "2027"),
        ("3", "Bygg laddplatser vid kommunens anläggningar", "Build charging points at municipal facilities", "Fastighetsavdelningen", "2026"),
        ("4", "Inför bilpool för kommunens anställda", "Introduce a car pool for municipal staff", "Fordonsenheten", "2026"),
        ("5", "Sänk hastigheten i tätorten till 40 km/h", "Lower the speed limit in town to 40 km/h", "Trafikenheten", "2027"),
    ]
    b = cover("Trafikplan för Ekby kommun 2026–2030", "Antagen av kommunfullmäktige 2025-11-24")
    b += [("h1", "Summary in English"),
          ("p", "This plan sets out how the municipality of Ekby will make travel more sustainable. It contains five actions:"),
          ("numbers", [e for _, _, e, _, _ in acts]),
          ("p", "Each action has a responsible department and a timeline."),
          ("h1", "Inledning"), ("p", prose(3)), ("h1", "Åtgärder")]
    for n, t, _, who, when in acts:
        b += [("bold", f"{n}. {t}"), ("p", prose(1, int(n))), ("label", "Ansvarig", who), ("label", "Tidplan", when)]
    b += [("h1", "Uppföljning"), ("p", prose(2, 3))]
    return b, [action(n, t, who, when) for n, t, _, who, when in acts]


def mixed_prefix():
    """One table Id | Åtgärd | Ansvarig | Klart under merged theme rows, ids prefixed by each
    theme's abbreviation: "Å1" (Återvinning), "SO-1" (Social omsorg), "KL-3" (Klimat)."""
    groups = [
        ("Återvinning (Å)", [("Å1", "Inför matavfallsinsamling i alla verksamheter", "Renhållningen", "2026"),
                             ("Å2", "Öppna en återbruksbutik", "Renhållningen", "2027")]),
        ("Social omsorg (SO)", [("SO-1", "Inför klimatsmarta måltider i hemtjänsten", "Omsorgsförvaltningen", "2026"),
                                ("SO-2", "Planera hemtjänstens rutter digitalt", "Omsorgsförvaltningen", "2026–2027")]),
        ("Klimat (KL)", [("KL-1", "Beräkna kommunens klimatavtryck årligen", "Miljöenheten", "Årligen"),
                         ("KL-2", "Anta en plan för klimatkompensation", "Kommunstyrelsen", "2027"),
                         ("KL-3", "Inför klimatbudget i budgetprocessen", "Ekonomiavdelningen", "2028")]),
    ]
    b = cover("Miljöplan 2026–2028", "Ekby kommun") + intro("Inledning")
    b += [("h1", "Åtgärder"), ("p", "Varje åtgärd har ett id efter sitt tema."),
          ("grouped_table", ["Id", "Åtgärd", "Ansvarig", "Klart"], [(g, [list(r) for r in rows]) for g, rows in groups]),
          ("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, [action(n, t, who, when) for _, rows in groups for n, t, who, when in rows]


def verksamhetsplan_nr():
    """A board's operational plan (no actions): a table Nr | Nämndmål | Indikator | Målvärde |
    Ansvarig with goals "1" … "4", and bold "Mål 2: …" lines with "Ansvarig:" / "Uppföljning:"."""
    goals = [("1", "Invånarna ska vara nöjda med gator och parker", "Nöjd-medborgar-index", "65", "Gatuenheten"),
             ("2", "Dricksvattnet ska hålla god kvalitet", "Andel tjänliga prover", "100 %", "VA-enheten"),
             ("3", "Avfallsmängden per invånare ska minska", "Kilo per invånare", "420", "Renhållningen"),
             ("4", "Medarbetarna ska ha en god arbetsmiljö", "Sjukfrånvaro", "under 5 %", "Förvaltningschefen")]
    b = cover("Verksamhetsplan 2026 för tekniska nämnden", "Ekby kommun") + intro("Nämndens uppdrag")
    b += [("h1", "Nämndens mål 2026"), ("p", "Nämnden har fyra mål för 2026."),
          ("table", ["Nr", "Nämndmål", "Indikator", "Målvärde", "Ansvarig"], [list(g) for g in goals]),
          ("h1", "Kommentarer till målen")]
    for n, t, _, _, who in goals[:3]:
        b += [("bold", f"Mål {n}: {t}"), ("p", prose(1, int(n))), ("label", "Ansvarig", who), ("label", "Uppföljning", "Delår och helår")]
    b += [("h1", "Ekonomi"), ("p", prose(2, 3))]
    return b, []


def toc_atgarder():
    """An inquiry (no actions) whose table of contents lists "3.2 Åtgärder ..... 7" and "3.2.1
    Åtgärder i skolan ..... 8", and whose numbered sections hold prose only."""
    toc = [("1 Sammanfattning", 3), ("2 Uppdraget", 4), ("2.1 Bakgrund", 4), ("2.2 Metod", 5), ("3 Resultat", 6),
           ("3.1 Nuläge", 6), ("3.2 Åtgärder", 7), ("3.2.1 Åtgärder i skolan", 8), ("3.2.2 Åtgärder på fritiden", 8),
           ("4 Slutsatser", 9)]
    b = cover("Utredning om ungas psykiska hälsa", "Ekby kommun, kommunledningskontoret 2025")
    b += [("h1", "Innehåll"), ("toc", toc), ("page",),
          ("h1", "1 Sammanfattning"), ("p", prose(3)), ("h1", "2 Uppdraget"), ("h2", "2.1 Bakgrund"), ("p", prose(2, 1)),
          ("h2", "2.2 Metod"), ("p", prose(2, 2)), ("h1", "3 Resultat"), ("h2", "3.1 Nuläge"), ("p", prose(3, 3)),
          ("h2", "3.2 Åtgärder"), ("p", "Utredningen har kartlagt de åtgärder som redan görs. " + prose(2, 4)),
          ("h3", "3.2.1 Åtgärder i skolan"), ("p", "Skolorna har infört samtalsgrupper och elevhälsoteam. " + prose(1, 5)),
          ("h3", "3.2.2 Åtgärder på fritiden"), ("p", "Fritidsgårdarna erbjuder stödsamtal en kväll i veckan. " + prose(1, 0)),
          ("h1", "4 Slutsatser"), ("p", prose(3, 2))]
    return b, []


def workshop_minnes():
    """Minutes of a workshop on an action plan (no actions): bold "N. Title" points with prose,
    "Beslut:" and "Ansvarig:" lines (who follows the point up), and a bulleted "Nästa steg"."""
    points = [("1", "Välkommen och syfte med dagen", "Processledaren hälsade välkommen och gick igenom dagens upplägg.", None),
              ("2", "Genomgång av nuläget", "Miljöstrategen redovisade utsläppen per sektor. " + prose(1, 2), None),
              ("3", "Förslag till åtgärder i grupper", "Grupperna tog fram 24 förslag som sorterades efter effekt. " + prose(1, 3),
               ("Förslagen sammanställs till nästa möte", "Miljöstrategen")),
              ("4", "Prioritering", "Deltagarna prioriterade förslagen med prickar. " + prose(1, 4),
               ("De tio förslagen med flest prickar går vidare", "Processledaren")),
              ("5", "Avslutning", "Nästa workshop hålls den 14 april.", None)]
    b = cover("Minnesanteckningar från workshop om klimathandlingsplanen", "Ekby kommun, 12 mars 2026")
    b += [("h1", "Närvarande"), ("p", "Representanter för samtliga förvaltningar, 18 personer."), ("h1", "Anteckningar")]
    for n, t, text, dec in points:
        b += [("bold", f"{n}. {t}"), ("p", text)]
        if dec:
            b += [("label", "Beslut", dec[0]), ("label", "Ansvarig", dec[1])]
    b += [("h1", "Nästa steg"), ("bullets", ["Sammanställning skickas ut senast 1 april", "Förvaltningarna lämnar synpunkter"])]
    return b, []


def enkat_fragor():
    """A numbered questionnaire (no actions): bold "N. Question?" lines, some imperative ("Ange …",
    "Markera …"), followed by checkbox options, one question listing measures ("☐ Bygg fler
    cykelvägar")."""
    qs = [("1", "Hur gammal är du?", ["☐ Under 20 år", "☐ 20–64 år", "☐ 65 år eller äldre"]),
          ("2", "Hur ofta cyklar du till arbetet eller skolan?", ["☐ Varje dag", "☐ Någon gång i veckan", "☐ Sällan eller aldrig"]),
          ("3", "Ange hur trygg du känner dig i trafiken som cyklist.", ["☐ Mycket trygg", "☐ Ganska trygg", "☐ Otrygg"]),
          ("4", "Markera de tre åtgärder du tycker är viktigast.",
           ["☐ Bygg fler cykelvägar", "☐ Förbättra vinterväghållningen", "☐ Sätt upp fler cykelställ", "☐ Sänk hastigheten för bilar"]),
          ("5", "Beskriv en plats där du känner dig otrygg.", ["…………………………………………"])]
    b = cover("Enkät om cykling i Ekby 2026", "Ekby kommun, trafikenheten")
    b += [("h1", "Om enkäten"), ("p", "Svaren används i arbetet med kommunens cykelplan. Enkäten tar fem minuter."),
          ("h1", "Frågor")]
    for n, q, opts in qs:
        b += [("bold", f"{n}. {q}"), ("p", "   ".join(opts))]
    b += [("h1", "Tack för din medverkan"), ("p", "Lämna enkäten i receptionen senast den 30 april.")]
    return b, []


# ---------------------------------------------------------------------------------------
# Sixteenth blind check (2026-12-04, tenth session), by every producer.


def merged_goal_number():
    """Mål | Nr | Åtgärd | Ansvar | Tid | Kostnad: the goal's bare number ("1") in a cell merged
    down over its actions, the actions "1.1", "1.2" beside it (the goal number is no action)."""
    groups = [
        ("1", [("1.1", "Bygg gång- och cykelväg längs Skolvägen", "Gatuenheten", "2026", "3,2 mnkr"),
               ("1.2", "Inför gångfartsområde vid centrumskolan", "Trafikenheten", "2026", "400 tkr"),
               ("1.3", "Ordna säkra hämtnings- och lämningsplatser", "Trafikenheten", "2027", "250 tkr")]),
        ("2", [("2.1", "Sänk hastigheten till 30 km/h i bostadsområdena", "Trafikenheten", "2026", "600 tkr"),
               ("2.2", "Bygg om tre busshållplatser för tillgänglighet", "Gatuenheten", "2027–2028", "1,8 mnkr")]),
        ("3", [("3.1", "Inför cykelparkering med tak vid stationen", "Gatuenheten", "2027", "900 tkr"),
               ("3.2", "Genomför en kampanj för cykling till arbetet", "Kommunikationsavdelningen", "Varje vår", "Inom ram")]),
    ]
    b = cover("Trafiksäkerhetsplan 2026–2029", "Ekby kommun, samhällsbyggnadsförvaltningen") + intro("Inledning")
    b += [("h1", "Mål"), ("numbers", ["Säkra skolvägar för alla barn", "Lägre hastigheter där människor vistas",
                                      "Fler resor med cykel och kollektivtrafik"]),
          ("h1", "Åtgärder"), ("p", "Tabellen visar åtgärderna under respektive mål."),
          ("vmerged_table", ["Mål", "Nr", "Åtgärd", "Ansvar", "Tid", "Kostnad"], [(g, [list(r) for r in rows]) for g, rows in groups]),
          ("h1", "Uppföljning"), ("p", prose(2, 3))]
    return b, [action(n, t, who, when, cost) for _, rows in groups for n, t, who, when, cost in rows]


def vi_ska_goals():
    """Goals as headings "Mål N: …" with unnumbered bullets "Vi ska …" under each, and one line
    "Ansvarig: …" after each goal's bullets. Wanted: nothing (an action is reported with the number
    its document gives it, as goal-bullets decided; the goals are no actions even with a field)."""
    goals = [("Mål 1: Alla barn ska ha en trygg uppväxt", ["Vi ska erbjuda föräldrastöd i alla stadsdelar",
                                                           "Vi ska ha fritidsgårdar öppna även på helger",
                                                           "Vi ska samverka med polisen kring unga i riskzon"], "Socialnämnden"),
             ("Mål 2: Fler ska vara fysiskt aktiva", ["Vi ska bygga utegym i varje tätort",
                                                      "Vi ska ge föreningar bidrag för nya medlemmar"], "Kultur- och fritidsnämnden"),
             ("Mål 3: Ingen ska vara ensam", ["Vi ska starta mötesplatser för äldre", "Vi ska utbilda volontärer"], "Vård- och omsorgsnämnden")]
    b = cover("Folkhälsoplan 2026–2029", "Ekby kommun") + intro("Inledning") + [("h1", "Mål och insatser")]
    for goal, items, who in goals:
        b += [("h2", goal), ("p", prose(1, 1)), ("bullets", items), ("label", "Ansvarig", who)]
    b += [("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, []


def status_boxes():
    """A follow-up report quoting each action of the plan in a box (bold "Åtgärd N: Title" and the
    plan's description), each box followed by a "Status: …" line and a paragraph on what was done."""
    acts = [
        ("1", "Inför källsortering av matavfall i alla skolor", "Genomförd", "Samtliga 14 skolor sorterar sedan hösten 2025."),
        ("2", "Minska matsvinnet i äldreomsorgen med 30 procent", "Pågår", "Svinnet har minskat med 18 procent. Mätningarna fortsätter."),
        ("3", "Ersätt engångsartiklar i kommunens kaféer", "Delvis genomförd", "Två av fem kaféer har bytt. Resten byter 2026."),
        ("4", "Starta en återbruksbutik vid återvinningscentralen", "Ej påbörjad", "Lokal saknas. Frågan tas upp i budgeten för 2027."),
        ("5", "Ställ krav på returlogistik i upphandlingar", "Pågår", "Kraven finns i tre av sju ramavtal."),
    ]
    b = cover("Uppföljning av avfallsplanen 2025", "Ekby kommun, tekniska förvaltningen") + intro("Sammanfattning")
    b += [("h1", "Åtgärdernas status"), ("p", "Varje åtgärd återges som den står i avfallsplanen, följd av dess status i december 2025.")]
    for n, t, st, text in acts:
        b += [("box", [("bold", f"Åtgärd {n}: {t}"), ("p", prose(1, int(n)))]), ("label", "Status", st), ("p", text)]
    b += [("h1", "Slutsatser"), ("p", prose(2, 1))]
    return b, [action(n, t, status=st) for n, t, st, _ in acts]


def chapter_sections_actions():
    """Chapters by goal, each with sections "1.1 Nuläge", "1.2 Mål för 2030" and then its action
    table Nr | Åtgärd | Ansvar | Tid whose numbers are the same strings ("1.1", "1.2", "1.3")."""
    chapters = [
        ("Energi", [("1.1", "Installera solceller på kommunens tak", "Fastighetsavdelningen", "2026–2028"),
                    ("1.2", "Byt till LED i all gatubelysning", "Gatuenheten", "2027"),
                    ("1.3", "Inför energiuppföljning per byggnad", "Fastighetsavdelningen", "2026")]),
        ("Transporter", [("2.1", "Byt kommunens bilar till elbilar", "Fordonsenheten", "2026–2029"),
                         ("2.2", "Inför cykelpool för anställda", "HR-avdelningen", "2026")]),
        ("Mat", [("3.1", "Servera mer växtbaserad mat i skolorna", "Kostenheten", "2026"),
                 ("3.2", "Handla mer närproducerat", "Upphandlingsenheten", "2027")]),
    ]
    b = cover("Klimatplan 2026–2030", "Ekby kommun")
    for k, (name, acts) in enumerate(chapters):
        c = k + 1
        b += [("h1", f"{c} {name}"), ("h2", f"{c}.1 Nuläge"), ("p", prose(2, k)), ("h2", f"{c}.2 Mål för 2030"),
              ("p", f"Utsläppen inom området ska halveras. Se även avsnitt {c}.1."), ("h2", f"{c}.3 Åtgärder"),
              ("table", ["Nr", "Åtgärd", "Ansvar", "Tid"], [list(a) for a in acts])]
    b += [("h1", "4 Uppföljning"), ("h2", "4.1 Rapportering"), ("p", prose(2, 3))]
    return b, [action(n, t, who, when) for _, acts in chapters for n, t, who, when in acts]


def forts_tables():
    """An action table broken by hand over two pages: the second page opens with the document's
    running head "Handlingsplan för … | Sida 5", a caption "Tabell 2 (forts.)" and the same header
    row again, the numbers running on."""
    rows = [
        ("1", "Kartlägg tillgängligheten i alla kommunala lokaler", "Fastighetsavdelningen", "2026", "300 tkr"),
        ("2", "Bygg om entréerna till stadshuset och biblioteket", "Fastighetsavdelningen", "2027", "1,5 mnkr"),
        ("3", "Inför teckenspråkstolkning vid fullmäktiges sammanträden", "Kansliavdelningen", "2026", "120 tkr per år"),
        ("4", "Gör kommunens webbplats tillgänglig enligt WCAG 2.1", "Kommunikationsavdelningen", "2026", "400 tkr"),
        ("5", "Utbilda chefer i bemötande och tillgänglighet", "HR-avdelningen", "2026–2027", "200 tkr"),
        ("6", "Ta fram information på lätt svenska", "Kommunikationsavdelningen", "2027", "Inom ram"),
        ("7", "Anpassa lekplatserna för barn med funktionsnedsättning", "Parkenheten", "2027–2028", "2 mnkr"),
        ("8", "Inför ledsagarservice vid kulturevenemang", "Kulturförvaltningen", "2027", "150 tkr"),
        ("9", "Se över färdtjänstens regler", "Trafikenheten", "2026", "Inom ram"),
        ("10", "Följ upp planen årligen med funktionsrättsrådet", "Kommunledningskontoret", "Årligen", "Inom ram"),
    ]
    head = ["Nr", "Åtgärd", "Ansvar", "Tid", "Kostnad"]
    b = cover("Handlingsplan för ökad tillgänglighet 2026–2028", "Ekby kommun") + intro("Inledning")
    b += [("h1", "Åtgärder"), ("p", prose(3, 1)), ("bold", "Tabell 2. Åtgärder"),
          ("table", head, [list(r) for r in rows[:6]]), ("page",),
          ("p", "Handlingsplan för ökad tillgänglighet 2026–2028 | Sida 5"), ("bold", "Tabell 2 (forts.)"),
          ("table", head, [list(r) for r in rows[6:]]), ("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, [action(*r) for r in rows]


def klimatloften():
    """Commitments in a document whose title names no plan ("Ekby kommuns klimatlöften"): bold
    "N. Vi ska …" lines with "Ansvar:" and "Klart:" lines under each (actions: numbered, with
    fields of who and when, however their title is worded)."""
    acts = [
        ("1", "Vi ska halvera utsläppen från kommunens tjänsteresor", "Kommunledningskontoret", "2028"),
        ("2", "Vi ska installera laddplatser vid alla kommunala arbetsplatser", "Fastighetsavdelningen", "2027"),
        ("3", "Vi ska ställa klimatkrav i alla byggupphandlingar", "Upphandlingsenheten", "2026"),
        ("4", "Vi ska minska matsvinnet i skolorna med en fjärdedel", "Kostenheten", "2027"),
        ("5", "Vi ska plantera 1 000 träd i tätorterna", "Parkenheten", "2029"),
    ]
    return chapter_plan("Ekby kommuns klimatlöften 2026–2030", "Antagna av kommunstyrelsen", "Bakgrund", "Våra löften", acts, lambda n, t, who, when: [
        ("bold", f"{n}. {t}"), ("p", prose(1, int(n))), ("label", "Ansvar", who), ("label", "Klart", when)], 4)


def budget_ansvar():
    """A budget (no actions): "Budgetförutsättningar" as a numbered list, and a table Nr |
    Verksamhet | Ansvar | Budget 2026 (tkr) | Budget 2027 (tkr) with a "Summa" row."""
    rows = [("1", "Grundskola", "Barn- och utbildningsnämnden", "412 300", "421 800"),
            ("2", "Gymnasieskola", "Barn- och utbildningsnämnden", "168 900", "172 400"),
            ("3", "Äldreomsorg", "Vård- och omsorgsnämnden", "355 100", "368 000"),
            ("4", "Gator och parker", "Tekniska nämnden", "64 200", "66 100"),
            ("5", "Kultur och fritid", "Kultur- och fritidsnämnden", "48 700", "49 300"),
            ("", "Summa", "", "1 049 200", "1 077 600")]
    b = cover("Budget 2026 med plan för 2027–2028", "Ekby kommun, kommunfullmäktige") + intro("Inledning")
    b += [("h1", "Budgetförutsättningar"), ("numbers", ["Skatten är oförändrad 21,40 kronor.",
                                                        "Lönerna räknas upp med 3,2 procent.",
                                                        "Nämnderna effektiviserar med 1 procent per år."]),
          ("h1", "Driftbudget per verksamhet"), ("table", ["Nr", "Verksamhet", "Ansvar", "Budget 2026 (tkr)", "Budget 2027 (tkr)"],
                                                 [list(r) for r in rows]),
          ("h1", "Investeringar"), ("p", prose(2, 3))]
    return b, []


def princip_tabell():
    """A policy (no actions): a table Nr | Princip | Det innebär att | Ansvar, principles "1" … "7"
    named by nouns, their meaning written "Vi ska …", every row with the offices responsible."""
    rows = [("1", "Öppenhet", "Vi ska berätta tidigt vad som går att påverka", "Alla nämnder"),
            ("2", "Tillgänglighet", "Vi ska välja platser och tider som passar deltagarna", "Alla förvaltningar"),
            ("3", "Mångfald", "Vi ska nå grupper som sällan hörs", "Kommunledningskontoret"),
            ("4", "Återkoppling", "Vi ska redovisa hur synpunkterna har använts", "Ansvarig nämnd"),
            ("5", "Tydlighet", "Vi ska skriva på klarspråk", "Kommunikationsavdelningen"),
            ("6", "Respekt", "Vi ska bemöta alla synpunkter sakligt", "Alla anställda"),
            ("7", "Lärande", "Vi ska utvärdera varje dialog", "Kommunledningskontoret")]
    b = cover("Policy för medborgardialog", "Antagen av kommunfullmäktige 2026") + intro("Syfte")
    b += [("h1", "Principer"), ("p", "Kommunens dialoger bygger på sju principer."),
          ("table", ["Nr", "Princip", "Det innebär att", "Ansvar"], [list(r) for r in rows]),
          ("h1", "Uppföljning"), ("p", prose(2, 1))]
    return b, []


def inline_fields():
    """A list numbered by the producer whose items carry their fields in the same paragraph, after
    the title's full stop: "Inför … . Ansvar: Socialnämnden. Tidplan: 2026." (the title wanted
    without them)."""
    acts = [
        ("Inför ett digitalt system för anmälan av skador i gatumiljön", "Tekniska nämnden", "2026"),
        ("Ta fram en plan för underhåll av kommunens broar", "Tekniska nämnden", "2026–2027"),
        ("Öka andelen gator som sopas före den 1 maj till 90 procent", "Gatuenheten", "Årligen"),
        ("Inventera 2 400 gatlampor och byt de sämsta", "Gatuenheten", "2027"),
        ("Samordna grävarbeten med el- och fibernätens ägare", "Samhällsbyggnadskontoret", "Löpande"),
    ]
    b = cover("Underhållsplan för gator och broar 2026–2028", "Ekby kommun") + intro("Inledning")
    b += [("h1", "Åtgärder"), ("p", prose(1, 2)), ("numbers", [f"{t}. Ansvar: {who}. Tidplan: {when}." for t, who, when in acts]),
          ("h1", "Uppföljning"), ("p", prose(2, 3))]
    return b, [action(str(k + 1), t, who, when) for k, (t, who, when) in enumerate(acts)]


def ansvar_merged():
    """Ansvar | Nr | Åtgärd | Tid | Kostnad: the actions grouped by the office responsible, its
    name in a cell merged down over its rows (each action's responsible party that cell)."""
    groups = [
        ("Socialförvaltningen", [("1", "Inför en mottagning för unga vuxna", "2026", "1,2 mnkr"),
                                 ("2", "Anställ två boendestödjare", "2026", "1,1 mnkr"),
                                 ("3", "Starta en anhöriggrupp", "2027", "80 tkr")]),
        ("Utbildningsförvaltningen", [("4", "Utbilda elevhälsan i suicidprevention", "2026", "150 tkr"),
                                      ("5", "Inför en timme hälsoundervisning per vecka", "2027", "Inom ram")]),
        ("Kultur- och fritidsförvaltningen", [("6", "Öppna fritidsgården i Norrby fem kvällar", "2026", "900 tkr"),
                                              ("7", "Erbjud gratis simskola", "Varje sommar", "300 tkr")]),
    ]
    b = cover("Handlingsplan för psykisk hälsa 2026–2028", "Ekby kommun") + intro("Inledning")
    b += [("h1", "Åtgärder per förvaltning"), ("p", prose(1, 1)),
          ("vmerged_table", ["Ansvar", "Nr", "Åtgärd", "Tid", "Kostnad"], [(g, [list(r) for r in rows]) for g, rows in groups]),
          ("h1", "Uppföljning"), ("p", prose(2, 4))]
    return b, [action(n, t, g, when, cost) for g, rows in groups for n, t, when, cost in rows]


def numbers_in_titles():
    """A narrow table Nr | Åtgärd | Ansvar | Klart whose titles are full of figures ("Bygg 12
    laddplatser vid 4 skolor …"), so that a title's wrapped line may open with a number."""
    rows = [
        ("1", "Bygg 12 laddplatser vid 4 skolor och 3 förskolor", "Fastighetsavdelningen", "2027"),
        ("2", "Minska energianvändningen med 15 procent i 40 byggnader", "Fastighetsavdelningen", "2028"),
        ("3", "Byt 2 000 armaturer i gatubelysningen till LED", "Gatuenheten", "2026"),
        ("4", "Köp in 25 elcyklar till hemtjänstens 6 grupper", "Äldreförvaltningen", "2026"),
        ("5", "Plantera 500 träd längs 3 infartsleder", "Parkenheten", "2029"),
        ("6", "Anlägg 8 regnbäddar i centrum", "VA-enheten", "2027"),
    ]
    b = cover("Klimatanpassningsplan 2026–2029", "Ekby kommun") + intro("Inledning")
    b += [("h1", "Åtgärder"), ("p", prose(1, 3)),
          ("longtable", ["Nr", "Åtgärd", "Ansvar", "Klart"], [list(r) for r in rows], [1.0, 5.0, 4.2, 1.8]),
          ("h1", "Uppföljning"), ("p", prose(2, 1))]
    return b, [action(*r) for r in rows]


def tillsyn_checklista():
    """An inspection protocol (no actions): a table Nr | Kontrollpunkt | Ja | Nej | Åtgärd krävs
    with points "1.1 Finns …?" under area rows, and numbered "Brister" with "Ansvarig:" and
    "Åtgärdas senast:" lines (what the operator must remedy: findings, not a plan's actions)."""
    groups = [("1 Egenkontroll", [["1.1", "Finns ett dokumenterat egenkontrollprogram?", "X", "", ""],
                                  ["1.2", "Är personalen utbildad i hygien?", "", "X", "X"]]),
              ("2 Lokaler", [["2.1", "Är golv och väggar hela och lätta att rengöra?", "X", "", ""],
                             ["2.2", "Finns handtvättställ i köket?", "", "X", "X"]])]
    b = cover("Inspektionsrapport livsmedelskontroll", "Ekby kommun, miljöförvaltningen, dnr MB 2026-118")
    b += [("h1", "Kontrollerade punkter"), ("grouped_table", ["Nr", "Kontrollpunkt", "Ja", "Nej", "Åtgärd krävs"], groups),
          ("h1", "Brister"),
          ("bold", "1. Personalen saknar utbildning i hygien"), ("label", "Ansvarig", "Verksamhetsutövaren"), ("label", "Åtgärdas senast", "2026-06-30"),
          ("bold", "2. Handtvättställ saknas i köket"), ("label", "Ansvarig", "Verksamhetsutövaren"), ("label", "Åtgärdas senast", "2026-09-30"),
          ("h1", "Upplysningar"), ("p", "Kontrollen debiteras enligt taxan. Beslutet kan överklagas till länsstyrelsen.")]
    return b, []


# ---------------------------------------------------------------------------------------
# Seventeenth blind check (2026-12-04, eleventh session), by every producer.


def genomforande_tables():
    """A regional plan whose actions are the third level of a numbered heading hierarchy
    ("2.1.3 Title" under "2.1 Insatsområde …" under "2 Kompetens"), each with prose alone, and at
    each chapter's end a table "Genomförande" Åtgärd | Huvudansvar | Tidsperiod naming the
    actions by number only (who and when come from that table)."""
    chapters = [
        ("Kompetensförsörjning", [
            ("Utbildning", [("Inrätta ett regionalt yrkesvuxcentrum", "Region Ekby", "2026–2027"),
                            ("Erbjud validering av yrkeskunskaper", "Arbetsförmedlingen", "2026")]),
            ("Rekrytering", [("Ta fram en gemensam rekryteringsportal", "Kommunförbundet", "2027")]),
        ]),
        ("Infrastruktur", [
            ("Kollektivtrafik", [("Inför timmestrafik på regionbusslinjerna", "Kollektivtrafikmyndigheten", "2026"),
                                 ("Bygg pendlarparkeringar vid fem stationer", "Trafikverket", "2027–2028")]),
        ]),
    ]
    b = cover("Regional handlingsplan för tillväxt 2026–2029", "Region Ekby, regionala utvecklingsnämnden")
    b += [("h1", "1 Inledning"), ("p", prose(3))]
    want = []
    for c, (chapter, areas) in enumerate(chapters, start=2):
        b += [("h1", f"{c} {chapter}"), ("p", prose(1, c))]
        rows = []
        for a, (area, acts) in enumerate(areas, start=1):
            b += [("h2", f"{c}.{a} Insatsområde {area.lower()}"), ("p", prose(1, a))]
            for k, (t, who, when) in enumerate(acts, start=1):
                n = f"{c}.{a}.{k}"
                b += [("h3", f"{n} {t}"), ("p", prose(2, k + a))]
                rows.append([n, who, when])
                want.append(action(n, t, who, when))
        b += [("h2", f"{c}.{len(areas) + 1} Genomförande"), ("table", ["Åtgärd", "Huvudansvar", "Tidsperiod"], rows)]
    b += [("h1", "4 Uppföljning"), ("p", prose(2, 2))]
    return b, want


def q_columns():
    """A landscape table Nr | Aktivitet | Ansvarig | Q1 | Q2 | Q3 | Q4 | Kommentar: the quarters of
    one year headed "Q1" … and marked "x", a comment column at the right."""
    rows = [
        ("1", "Kartlägg tillgången till förskoleplatser", "Förskoleförvaltningen", [1], "Underlag till budgeten"),
        ("2", "Inför öppen förskola i Södra Ekby", "Förskoleförvaltningen", [2, 3], "Lokal hyrs från bostadsbolaget"),
        ("3", "Utbilda barnskötare i språkutvecklande arbete", "HR-avdelningen", [1, 2, 3, 4], "Fyra kurstillfällen"),
        ("4", "Erbjud föräldrakurser på fem språk", "Familjecentralen", [3, 4], ""),
        ("5", "Följ upp närvaron i förskoleklass", "Grundskoleförvaltningen", [4], "Redovisas i januari"),
    ]
    b = cover("Verksamhetsplan med aktiviteter 2026", "Ekby kommun, barn- och utbildningsnämnden") + intro("Inledning")
    b += [("landscape_cols", "Aktiviteter 2026", ["Nr", "Aktivitet", "Ansvarig", "Q1", "Q2", "Q3", "Q4", "Kommentar"],
           [[n, t, who] + ["x" if q in qs else "" for q in (1, 2, 3, 4)] + [note] for n, t, who, qs, note in rows],
           [0.9, 7.2, 4.2, 1.1, 1.1, 1.1, 1.1, 6.0], "grid"),
          ("h1", "Uppföljning"), ("p", prose(2, 3))]
    return b, [action(n, t, who) for n, t, who, _, _ in rows]


def lage_followup():
    """A follow-up whose table names the state "Läge december 2025" (not "Status"): Nr | Åtgärd
    enligt planen | Ansvarig | Läge december 2025, the states "Klar", "Pågår", "Ej startad",
    "Utgår"."""
    rows = [
        ("1", "Inför gratis busskort för ungdomar på sommarlovet", "Trafikenheten", "Klar"),
        ("2", "Anställ fältassistenter i tre stadsdelar", "Socialförvaltningen", "Pågår"),
        ("3", "Öppna skolgårdarna för spontanidrott på kvällar", "Fastighetsavdelningen", "Klar"),
        ("4", "Starta läxhjälp på biblioteken", "Kulturförvaltningen", "Ej startad"),
        ("5", "Bygg en skatepark vid Norrby centrum", "Parkenheten", "Utgår"),
        ("6", "Erbjud feriejobb till alla 16-åringar", "Arbetsmarknadsenheten", "Pågår"),
    ]
    b = cover("Uppföljning av handlingsplanen för unga 2024–2026", "Ekby kommun, december 2025") + intro("Sammanfattning")
    b += [("h1", "Åtgärdernas läge"), ("p", "Tabellen återger åtgärderna så som de står i handlingsplanen."),
          ("table", ["Nr", "Åtgärd enligt planen", "Ansvarig", "Läge december 2025"], [list(r) for r in rows]),
          ("h1", "Analys"), ("p", prose(2, 4))]
    return b, [action(n, t, who, status=st) for n, t, who, st in rows]


def twocol_label_above():
    """Two columns of actions each set as a label line "Åtgärd 3" alone, the bold title on the
    line below it, then "Ansvar:" and "När:" lines."""
    acts = [
        ("1", "Inventera kommunens grönytor med högt naturvärde", "Parkenheten", "2026"),
        ("2", "Anlägg pollinatörsvänliga ängar i tio parker", "Parkenheten", "2026–2027"),
        ("3", "Ta bort invasiva arter längs Ekeån", "Miljöenheten", "Varje sommar"),
        ("4", "Skydda gamla ekar i detaljplanerna", "Planavdelningen", "Löpande"),
        ("5", "Informera villaägare om trädgårdar för insekter", "Kommunikationsavdelningen", "2027"),
        ("6", "Följ upp fågelbeståndet vid sjöarna", "Miljöenheten", "Vartannat år"),
    ]
    b = cover("Grönplan för Ekby – åtgärder 2026–2028", "Ekby kommun") + intro("Inledning") + [("h1", "Åtgärder")]
    inner = []
    for n, t, who, when in acts:
        inner += [("p", f"Åtgärd {n}"), ("bold", t), ("p", prose(1, int(n))), ("label", "Ansvar", who), ("label", "När", when)]
    b += [("twocol", inner), ("h1", "Uppföljning"), ("p", prose(2, 1))]
    return b, [action(n, t, who, when) for n, t, who, when in acts]


def a_dash_codes():
    """Actions coded by area letter and a hyphenated running number, "A-10" … "B-15" (the
    numbers go on across the areas), as paragraphs opening with the bold code and the plain
    title, one line of labels "Ansvar: …  Klart: …" under each."""
    areas = [("A Bostäder", [("A-10", "Bygg 40 hyresrätter med låg hyra i Norrby", "Bostadsbolaget", "2028"),
                             ("A-11", "Inför förtur till bostad för unga vuxna", "Bostadsbolaget", "2026"),
                             ("A-12", "Ta fram en plan för boende för äldre", "Samhällsbyggnadskontoret", "2027")]),
             ("B Arbete", [("B-13", "Erbjud 50 extratjänster inom kommunen", "Arbetsmarknadsenheten", "2026"),
                           ("B-14", "Starta en företagslots för nya företagare", "Näringslivskontoret", "2026"),
                           ("B-15", "Inför sociala krav i upphandlingar", "Upphandlingsenheten", "2027")])]
    b = cover("Program för social hållbarhet – handlingsplan 2026–2028", "Ekby kommun") + intro("Inledning")
    b += [("p", "Åtgärderna A-1 till A-9 genomfördes under den förra perioden."), ("h1", "Åtgärder")]
    for area, acts in areas:
        b += [("h2", area)]
        for n, t, who, when in acts:
            b += [("runin", n, t), ("labels", [("Ansvar", who), ("Klart", when)])]
    b += [("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, [action(n, t, who, when) for _, acts in areas for n, t, who, when in acts]


def roman_actions():
    """Actions numbered by roman numerals alone, bold "IV. Title" lines (no chapter above them),
    each with "Ansvarig:" and "Tidplan:" lines."""
    acts = [("I", "Inför en gemensam krisledningsorganisation", "Kommunledningskontoret", "2026"),
            ("II", "Öva krisledningen två gånger per år", "Säkerhetssamordnaren", "Årligen"),
            ("III", "Säkra reservkraft till vård- och omsorgsboenden", "Fastighetsavdelningen", "2027"),
            ("IV", "Upprätta trygghetspunkter i varje tätort", "Räddningstjänsten", "2026–2027"),
            ("V", "Lagra dricksvatten för tre dygn", "VA-enheten", "2027"),
            ("VI", "Informera hushållen om egen beredskap", "Kommunikationsavdelningen", "Varje höst")]
    return chapter_plan("Handlingsplan för civilt försvar 2026–2027", "Ekby kommun", "Bakgrund", "Åtgärder", acts, lambda n, t, who, when: [
        ("bold", f"{n}. {t}"), ("p", prose(1, len(n))), ("label", "Ansvarig", who), ("label", "Tidplan", when)], 3)


def tjanste_plan():
    """A letter-style official's memo ("Tjänsteskrivelse", diary number, "Till kommunstyrelsen")
    whose proposed decision is a numbered list of att-satser ("att anta …"), and whose body then
    sets out the plan's actions as bold "Åtgärd N: Title" lines with "Ansvar:" / "Tidplan:" (the
    actions wanted, the att-satser not)."""
    acts = [("1", "Inför nattvandring med föräldrar i centrum", "Fritidsförvaltningen", "2026"),
            ("2", "Förbättra belysningen i gångtunnlarna", "Gatuenheten", "2026"),
            ("3", "Anställ två trygghetsvärdar", "Kommunledningskontoret", "2026–2027"),
            ("4", "Genomför en trygghetsmätning vartannat år", "Kommunledningskontoret", "2027")]
    b = [("title", "Tjänsteskrivelse", 15), ("p", "Kommunledningskontoret, 2026-02-10, Dnr KS 2026/31"),
         ("p", "Till kommunstyrelsen"), ("h1", "Handlingsplan för ökad trygghet 2026–2027"),
         ("h2", "Förslag till beslut"), ("p", "Kommunstyrelsen föreslås besluta"),
         ("numbers", ["att anta handlingsplanen för ökad trygghet 2026–2027,",
                      "att ge kommundirektören i uppdrag att samordna genomförandet,",
                      "att finansiera åtgärderna inom befintlig ram."]),
         ("h2", "Ärendet"), ("p", prose(2, 1)), ("h2", "Handlingsplanens åtgärder")]
    for n, t, who, when in acts:
        b += [("bold", f"Åtgärd {n}: {t}"), ("label", "Ansvar", who), ("label", "Tidplan", when)]
    b += [("h2", "Ekonomiska konsekvenser"), ("p", "Åtgärderna ryms inom befintlig budget."),
          ("p", "Anna Berg, kommundirektör")]
    return b, [action(n, t, who, when) for n, t, who, when in acts]


def paragraf_reglemente():
    """A board's rules of procedure (no actions): bold "§ 4 Title" paragraphs (the sign before the
    number), one of them "Nämnden ska särskilt" over numbered points in the imperative's place
    ("verka för …", "vidta åtgärder för …"), one with "Ansvar:" in its prose."""
    b = cover("Reglemente för socialnämnden", "Antaget av kommunfullmäktige 2026-01-29, § 12")
    b += [("h1", "Nämndens uppgifter"),
          ("bold", "§ 1 Verksamhetsområde"), ("p", "Socialnämnden fullgör kommunens uppgifter inom socialtjänsten."),
          ("bold", "§ 2 Särskilda uppgifter"), ("p", "Nämnden ska särskilt"),
          ("numbers", ["verka för att barn och unga växer upp under trygga förhållanden,",
                       "vidta åtgärder för att förebygga missbruk,",
                       "ansvara för kommunens stöd till brottsoffer,",
                       "samverka med polisen och regionen."]),
          ("bold", "§ 3 Ansvar och rapportering"), ("p", "Nämnden ansvarar för att verksamheten bedrivs enligt lag och rapporterar till fullmäktige två gånger per år."),
          ("h1", "Sammanträden"),
          ("bold", "§ 4 Tidpunkt"), ("p", "Nämnden sammanträder på dag och tid som nämnden bestämmer."),
          ("bold", "§ 5 Kallelse"), ("p", "Ordföranden ansvarar för att kallelse utfärdas."),
          ("numbers", ["Kallelsen ska vara skriftlig.", "Kallelsen ska innehålla uppgift om tid och plats.",
                       "Kallelsen ska skickas senast sju dagar före sammanträdet."])]
    return b, []


def agenda_times():
    """A meeting's programme (no actions): a table Tid | Nr | Punkt | Ansvarig, times first, items
    "1" … "7" with someone responsible for each, under "Program"."""
    rows = [["09.00", "1", "Välkommen och presentation av dagen", "Ordföranden"],
            ["09.15", "2", "Genomgång av förra mötets anteckningar", "Sekreteraren"],
            ["09.30", "3", "Lägesrapport om trygghetsarbetet", "Trygghetssamordnaren"],
            ["10.15", "4", "Fika", ""],
            ["10.30", "5", "Gruppdiskussion om sommarens insatser", "Alla"],
            ["11.30", "6", "Redovisning från grupperna", "Gruppledarna"],
            ["11.50", "7", "Nästa möte och avslutning", "Ordföranden"]]
    b = [("title", "Brottsförebyggande rådet i Ekby", 16), ("p", "Möte 2026-03-12 kl. 09.00–12.00, stadshuset, sal B"),
         ("h1", "Program"), ("table", ["Tid", "Nr", "Punkt", "Ansvarig"], rows),
         ("h1", "Inför mötet"), ("p", "Läs lägesrapporten som skickades ut med kallelsen.")]
    return b, []


def mal_tabell():
    """An operational plan's goals (no actions): a table Nr | Mål | Indikator | Ansvarig | Målår
    whose goals are statements "Andelen … ska öka till …" with a target year each."""
    rows = [["1", "Andelen elever med godkända betyg i alla ämnen ska öka till 85 procent", "Andel elever i årskurs 9", "Grundskolenämnden", "2028"],
            ["2", "Sjukfrånvaron bland medarbetarna ska minska till 6 procent", "Sjukfrånvaro i procent", "Personalutskottet", "2027"],
            ["3", "Fler äldre ska känna sig trygga i hemtjänsten", "Brukarundersökningen", "Vård- och omsorgsnämnden", "2027"],
            ["4", "Utsläppen från kommunens fordon ska halveras", "Ton koldioxid", "Tekniska nämnden", "2030"],
            ["5", "Alla ärenden om bygglov ska avgöras inom tio veckor", "Handläggningstid", "Byggnadsnämnden", "2026"]]
    b = cover("Mål och budget 2026–2028", "Ekby kommun, kommunfullmäktige") + intro("Inledning")
    b += [("h1", "Kommunfullmäktiges mål"), ("p", "Nämnderna bryter ned målen i sina verksamhetsplaner."),
          ("table", ["Nr", "Mål", "Indikator", "Ansvarig", "Målår"], rows),
          ("h1", "Ekonomi"), ("p", prose(2, 3))]
    return b, []


def fragor_svar():
    """Questions and answers (no actions): bold "Fråga 3: … ?" lines, each with a "Svar:" line and
    one with "Ansvarig handläggare:"."""
    qa = [("Vem kan söka bidraget?", "Föreningar med säte i kommunen som har minst tio medlemmar."),
          ("När ska ansökan vara inne?", "Senast den 15 mars för bidrag samma år."),
          ("Hur redovisar vi hur pengarna använts?", "Med blanketten för redovisning senast den 31 januari året efter."),
          ("Kan vi söka för en resa?", "Nej, bidraget gäller verksamhet i kommunen."),
          ("Vad händer om vi inte redovisar?", "Då kan ni inte få bidrag nästa år.")]
    b = cover("Frågor och svar om föreningsbidrag", "Ekby kommun, kultur- och fritidsförvaltningen") + [("h1", "Frågor och svar")]
    for k, (q, a) in enumerate(qa, start=1):
        b += [("bold", f"Fråga {k}: {q}"), ("label", "Svar", a)]
    b += [("label", "Ansvarig handläggare", "Eva Lund, föreningsenheten"), ("h1", "Kontakt"), ("p", "Ring kommunens kontaktcenter.")]
    return b, []


def innehall_forslag():
    """A report's first pages (no actions): a cover, a table of contents whose entries under "4
    Förslag" are imperative proposals with page numbers ("4.1 Inför … 14"), and the summary."""
    b = cover("Utredning om hemlöshet i Ekby", "Rapport till socialnämnden, 2026")
    b += [("h1", "Innehåll"),
          ("toc", [("1 Sammanfattning", 3), ("2 Uppdraget", 5), ("3 Nuläge", 7), ("4 Förslag", 14),
                   ("4.1 Inför bostad först som arbetssätt", 14), ("4.2 Bygg ut akutboendet med tio platser", 16),
                   ("4.3 Anställ en bostadssamordnare", 18), ("4.4 Samverka med hyresvärdarna", 19),
                   ("5 Konsekvenser", 21), ("Bilaga 1 Intervjuer", 24)]),
          ("page",), ("h1", "1 Sammanfattning"), ("p", prose(4, 1))]
    return b, []


def checklista_evenemang():
    """A checklist for events (no actions): a table Nr | Kontrollpunkt | Ja | Nej | Kommentar with
    imperative points "Kontrollera att …", and "Ansvarig för evenemanget:" above it."""
    rows = [["1", "Kontrollera att utrymningsvägarna är fria", "", "", ""],
            ["2", "Se till att brandsläckare finns vid scenen", "", "", ""],
            ["3", "Ordna toaletter för minst 200 besökare", "", "", ""],
            ["4", "Anmäl evenemanget till polisen", "", "", ""],
            ["5", "Utse en ansvarig för första hjälpen", "", "", ""],
            ["6", "Informera grannarna om tider och buller", "", "", ""]]
    b = [("title", "Checklista för evenemang på allmän plats", 16), ("p", "Ekby kommun, tillståndsenheten"),
         ("label", "Ansvarig för evenemanget", "…………………………"), ("label", "Datum", "…………………………"),
         ("h1", "Före evenemanget"), ("table", ["Nr", "Kontrollpunkt", "Ja", "Nej", "Kommentar"], rows),
         ("h1", "Efter evenemanget"), ("p", "Lämna tillbaka nycklar och städa platsen inom ett dygn.")]
    return b, []


SEVENTEENTH_SHAPES = shapes(
    genomforande_tables, q_columns, lage_followup, twocol_label_above, a_dash_codes, roman_actions,
    tjanste_plan, paragraf_reglemente, agenda_times, mal_tabell, fragor_svar, innehall_forslag,
    checklista_evenemang)


def folkhalsa_strategi():
    """A region's public-health plan: numbered chapters "2.1 Livsvillkor" …, then "Strategi N …"
    headings (no colon) over Heading 3 "Insats N.M Title", a paragraph, and one line of labels
    "Huvudansvarig: …  Samverkan: …  Period: …" (the chapters' "2.1" are no actions)."""
    strategies = [
        ("1", "Goda uppväxtvillkor", [
            ("1.1", "Erbjud föräldraskapsstöd i alla kommuner", "Regionens barnhälsovård", "2026–2027"),
            ("1.2", "Inför hälsosamtal i årskurs 7 på alla skolor", "Elevhälsan i kommunerna", "2026")]),
        ("2", "Jämlika levnadsvanor", [
            ("2.1", "Utveckla hälsosamtal för 40-åringar", "Primärvården", "2026–2028"),
            ("2.2", "Stöd föreningar som når inaktiva äldre", "Regionens kulturförvaltning", "2027"),
            ("2.3", "Minska tobaksbruket bland unga", "Folkhälsoenheten", "2026–2029")]),
        ("3", "Psykisk hälsa", [
            ("3.1", "Utbilda personal i första hjälpen till psykisk hälsa", "Folkhälsoenheten", "2026–2027"),
            ("3.2", "Inrätta en samordnare för suicidprevention", "Regiondirektören", "2026")]),
    ]
    b = cover("Folkhälsoplan för Region Ekby 2026–2029", "Antagen av regionfullmäktige 2025-11-24")
    b += [("h1", "1 Inledning"), ("p", prose(3)), ("h1", "2 Folkhälsan i länet"), ("p", prose(2, 1)),
          ("h2", "2.1 Livsvillkor"), ("p", prose(2, 2)), ("h2", "2.2 Levnadsvanor"), ("p", prose(2, 3)),
          ("h2", "2.3 Psykisk hälsa"), ("p", prose(2, 4)), ("h1", "3 Strategier och insatser"), ("p", prose(1, 5))]
    want = []
    for n, name, acts in strategies:
        b += [("h2", f"Strategi {n} {name}")]
        for code, title, who, when in acts:
            b += [("h3", f"Insats {code} {title}"), ("p", prose(2, int(code[-1]))),
                  ("labels", [("Huvudansvarig", who), ("Samverkan", "Kommunerna i länet"), ("Period", when)])]
            want.append(action(code, title, who, when))
    b += [("h1", "4 Uppföljning"), ("p", prose(2))]
    return b, want


def runin_inline():
    """Actions as paragraphs opening with a bold run-in "Åtgärd 2." and the title's sentence in
    bold, then plain prose ending in the fields inside the same paragraph: "… Ansvar:
    Kultur- och fritidsförvaltningen. Tidplan: 2026." """
    acts = [("1", "Inför läxhjälp på alla bibliotek", "Biblioteken erbjuder läxhjälp två eftermiddagar i veckan med stöd av volontärer.", "Kultur- och fritidsförvaltningen", "2026"),
            ("2", "Dela ut en bok till varje nyfödd", "Barnavårdscentralerna lämnar boken vid det första hembesöket.", "Barnhälsovården", "2026–2027"),
            ("3", "Starta läsombud i äldreomsorgen", "Varje särskilt boende utser ett läsombud som får utbildning.", "Vård- och omsorgsförvaltningen", "2027"),
            ("4", "Utöka bokbussens turer till landsbygden", "Bokbussen kör varannan vecka till byarna utan bibliotek.", "Kultur- och fritidsförvaltningen", "2026"),
            ("5", "Mät elevernas läsförståelse varje år", "Skolorna använder samma test i årskurs 2, 5 och 8.", "Utbildningsförvaltningen", "2026–2030")]
    b = cover("Handlingsplan för läsfrämjande 2026–2030", "Ekby kommun, kultur- och fritidsnämnden") + intro("Bakgrund")
    b += [("h1", "Åtgärder")]
    for n, t, text, who, when in acts:
        b += [("runin", f"Åtgärd {n}. {t}.", f"{text} Ansvar: {who}. Tidplan: {when}.")]
    b += [("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, [action(n, t, who, when) for n, t, _, who, when in acts]


def merged_nr_rows():
    """A table Nr | Åtgärd | Ansvarig | Delmoment | Klart whose first three cells are merged down
    over an action's two or three steps (one row each, their own dates): the number, title and
    responsible party once, the steps beside them."""
    groups = [
        (["1", "Inför digital felanmälan för gatubelysning", "Gatukontoret"],
         [["Upphandla ett system", "2026"], ["Informera invånarna", "2026"]]),
        (["2", "Rusta upp lekplatserna i Norrby", "Parkenheten"],
         [["Inventera lekplatserna", "2026"], ["Bygg om de tre största", "2027"], ["Utvärdera med barnen", "2027"]]),
        (["3", "Anlägg belysta gångstråk till skolorna", "Gatukontoret"],
         [["Välj ut stråken med skolorna", "2026"], ["Bygg belysningen", "2027"]]),
        (["4", "Starta en trygghetsgrupp i varje stadsdel", "Kommunledningskontoret"],
         [["Rekrytera samordnare", "2026"], ["Håll första mötet", "2026"]]),
        (["5", "Mät tryggheten vartannat år", "Kommunledningskontoret"],
         [["Gör den första mätningen", "2026"], ["Gör den andra mätningen", "2028"]]),
    ]
    b = cover("Handlingsplan för trygga offentliga miljöer 2026–2028", "Ekby kommun, kommunstyrelsen") + intro("Inledning")
    b += [("h1", "Handlingsplan"), ("p", "Varje åtgärd är uppdelad i delmoment med egna datum."),
          ("span_rows", ["Nr", "Åtgärd", "Ansvarig", "Delmoment", "Klart"], 3, groups),
          ("h1", "Uppföljning"), ("p", prose(1, 3))]
    return b, [action(n, t, who) for (n, t, who), _ in groups]


def traffic_colors():
    """A follow-up whose Status column holds a colour word, "Grön", "Gul", "Röd", explained by a
    legend above the table (the status wanted as printed)."""
    rows = [["1", "Kartlägg löneskillnader mellan kvinnor och män", "HR-avdelningen", "Grön", "Klar i mars 2025."],
            ["2", "Inför könsuppdelad statistik i alla verksamhetsplaner", "Ekonomiavdelningen", "Gul", "Fyra av sju förvaltningar klara."],
            ["3", "Utbilda chefer i jämställd rekrytering", "HR-avdelningen", "Röd", "Flyttad till 2026 av kostnadsskäl."],
            ["4", "Granska fördelningen av föreningsbidrag", "Kultur- och fritidsförvaltningen", "Grön", "Rapport lämnad."],
            ["5", "Erbjud heltid till alla i vård och omsorg", "Vård- och omsorgsförvaltningen", "Gul", "Andelen heltid är 78 procent."],
            ["6", "Ta fram en rutin mot sexuella trakasserier", "HR-avdelningen", "Grön", "Beslutad i juni 2025."]]
    b = cover("Uppföljning av jämställdhetsplanen 2024–2026", "Ekby kommun, rapport till kommunstyrelsen 2025-12-10")
    b += [("h1", "Sammanfattning"), ("p", prose(2)),
          ("h1", "Åtgärdernas status"),
          ("p", "Status anges med färg: Grön = genomförd, Gul = pågår enligt plan, Röd = försenad eller ej påbörjad."),
          ("table", ["Nr", "Åtgärd", "Ansvarig", "Status", "Kommentar"], rows),
          ("h1", "Fortsatt arbete"), ("p", prose(1, 4))]
    return b, [action(n, t, who, status=s) for n, t, who, s, _ in rows]


def kostnad_finansiering():
    """A budget-bound plan: Nr | Åtgärd | Ansvarig | Tidplan | Kostnad (tkr) | Finansiering, a
    "Summa" row at the foot (the financing wanted as the action's own column)."""
    rows = [["1", "Sätt upp bullerskärm längs Storgatan", "Gatukontoret", "2026", "4 200", "Statsbidrag"],
            ["2", "Byt till tyst asfalt på Ringvägen", "Gatukontoret", "2027", "2 800", "Investering"],
            ["3", "Sänk hastigheten till 40 km/h i centrum", "Trafikenheten", "2026", "150", "Drift"],
            ["4", "Ge bidrag till bullerdämpande fönster", "Miljöförvaltningen", "2026–2028", "1 500", "Investering"],
            ["5", "Mät bullret vid skolor och förskolor", "Miljöförvaltningen", "2026", "Ingår i ram", "Drift"]]
    b = cover("Åtgärdsprogram mot buller 2026–2030", "Ekby kommun, miljö- och byggnadsnämnden") + intro("Inledning")
    b += [("h1", "Åtgärder och kostnader"), ("p", "Kostnaderna är beräknade i 2025 års prisnivå."),
          ("table", ["Nr", "Åtgärd", "Ansvarig", "Tidplan", "Kostnad (tkr)", "Finansiering"],
           rows + [["", "Summa", "", "", "8 650", ""]]),
          ("h1", "Uppföljning"), ("p", prose(2, 1))]
    return b, [dict(action(n, t, who, when, cost), fields={"Finansiering": fin}) for n, t, who, when, cost, fin in rows]


def bilaga_rapport():
    """A long report (numbered chapters and sections over three pages, numbered conclusions that
    state findings, prose naming "åtgärd 3 i den förra planen") whose action list stands in an
    appendix: "Bilaga 2 Förslag till åtgärder", a list numbered by the producer."""
    acts = ["Inrätta ett trygghetsråd med invånare från varje stadsdel",
            "Förläng öppettiderna på fritidsgårdarna under sommaren",
            "Anställ fältsekreterare i Norrby och Söderby",
            "Rusta upp belysningen vid busshållplatserna",
            "Gör en ny trygghetsmätning 2028"]
    b = cover("Trygghet i Ekby – en kartläggning", "Rapport 2026:3, kommunledningskontoret")
    b += [("h1", "1 Inledning"), ("p", prose(3)), ("h2", "1.1 Uppdraget"), ("p", prose(2, 1)),
          ("h2", "1.2 Metod"), ("p", prose(3, 2)), ("page",),
          ("h1", "2 Resultat"), ("p", prose(2, 3)), ("h2", "2.1 Enkäten"), ("p", prose(4, 4)),
          ("h2", "2.2 Intervjuerna"), ("p", "Flera intervjuade nämnde åtgärd 3 i den förra planen, fältarbetet, som det som gjort mest skillnad. " + prose(2)),
          ("h2", "2.3 Statistik"), ("p", prose(4, 1)), ("page",),
          ("h1", "3 Analys"), ("p", prose(5, 2)),
          ("h1", "4 Slutsatser"),
          ("numbers", ["Otryggheten är störst bland kvinnor över 65 år.",
                       "De flesta anmälda brotten sker i centrum på helgkvällar.",
                       "Fältarbetet har minskat skadegörelsen i Norrby.",
                       "Invånarna saknar information om vad kommunen gör."]),
          ("page",),
          ("h1", "Bilaga 1 Intervjuade"), ("bullets", ["Polisen i Ekby", "Fritidsgårdarnas personal", "Två hyresvärdar"]),
          ("h1", "Bilaga 2 Förslag till åtgärder"), ("p", "Kommunledningskontoret föreslår följande åtgärder."),
          ("numbers", acts)]
    return b, [action(str(k), t) for k, t in enumerate(acts, start=1)]


def delatgarder():
    """Heading 2 "Åtgärd 2 Title" (no fields of its own), each over bold "Delåtgärd 2a: Title" lines
    with "Ansvar:" / "Klart:" (the sub-actions wanted as "2a"; the main action, a number over
    others' without fields of its own, is their group's heading, as for theme rows)."""
    acts = [("1", "Fler barn ska röra sig varje dag", [
                ("1a", "Inför rörelsepass i alla förskoleklasser", "Utbildningsförvaltningen", "2026"),
                ("1b", "Öppna skolgårdarna efter skoltid", "Fastighetsavdelningen", "2026")]),
            ("2", "Fler äldre ska vara fysiskt aktiva", [
                ("2a", "Erbjud seniorgympa i alla kommundelar", "Fritidsförvaltningen", "2026"),
                ("2b", "Ordna promenadgrupper från träffpunkterna", "Vård- och omsorgsförvaltningen", "2027")]),
            ("3", "Fler ska cykla till arbetet", [
                ("3a", "Bygg cykelparkering vid stationen", "Gatukontoret", "2027"),
                ("3b", "Låna ut elcyklar till anställda", "HR-avdelningen", "2026"),
                ("3c", "Kartlägg saknade cykelstråk", "Samhällsbyggnadsförvaltningen", "2026")])]
    b = cover("Handlingsplan för fysisk aktivitet 2026–2027", "Ekby kommun, fritidsnämnden") + intro("Inledning")
    b += [("h1", "Åtgärder")]
    want = []
    for n, t, subs in acts:
        b += [("h2", f"Åtgärd {n} {t}")]
        for code, st, who, when in subs:
            b += [("bold", f"Delåtgärd {code}: {st}"), ("label", "Ansvar", who), ("label", "Klart", when)]
            want.append(action(code, st, who, when))
    b += [("h1", "Uppföljning"), ("p", prose(2, 1))]
    return b, want


def plan_noter():
    """A plan's bold "N. Title" actions with "Ansvarig:" / "Tidplan:", followed by "Noter" whose
    numbered notes are lines opening with the bare number ("1 Folkhälsomyndigheten …") and
    "Referenser" numbered by the producer (the notes and references no actions)."""
    acts = [("1", "Erbjud simskola till alla elever i årskurs 3", "Fritidsförvaltningen", "2026"),
            ("2", "Bygg en utomhusgym i varje kommundel", "Parkenheten", "2026–2027"),
            ("3", "Inför aktivitetskort för barn i familjer med låg inkomst", "Socialförvaltningen", "2027"),
            ("4", "Utbilda ledare i föreningar om inkludering", "Fritidsförvaltningen", "2026")]
    b = cover("Plan för jämlik hälsa 2026–2028", "Ekby kommun, folkhälsorådet") + intro("Bakgrund")
    b += [("p", "Andelen barn som inte kan simma är högre i utsatta områden.¹ Skillnaderna har ökat sedan 2018."),
          ("h1", "Åtgärder")]
    for n, t, who, when in acts:
        b += [("bold", f"{n}. {t}"), ("label", "Ansvarig", who), ("label", "Tidplan", when)]
    b += [("h1", "Noter"),
          ("p", "1 Folkhälsomyndigheten, Simkunnighet bland skolbarn 2024, s. 12."),
          ("p", "2 Socialstyrelsen, Barns levnadsvillkor 2023, tabell 4."),
          ("p", "3 Ekby kommun, Folkhälsorapport 2025, kapitel 2."),
          ("h1", "Referenser"),
          ("numbers", ["Folkhälsomyndigheten (2024). Simkunnighet bland skolbarn. Stockholm.",
                       "Socialstyrelsen (2023). Barns levnadsvillkor. Stockholm.",
                       "Ekby kommun (2025). Folkhälsorapport 2025. Ekby."])]
    return b, [action(n, t, who, when) for n, t, who, when in acts]


def protokoll_beslut():
    """A board's minutes (no actions): "§ 45 Title" paragraphs whose decisions are numbered lists,
    "Handlingsplanen … antas." and imperatives "Uppdra åt …", "Avsätt …", with "Expedieras:"
    and "Ansvarig:" lines."""
    b = [("title", "Protokoll", 18), ("p", "Kommunstyrelsen, sammanträdesdatum 2026-03-04"),
         ("label", "Plats och tid", "Stadshuset, kl. 13.00–15.30"), ("label", "Justerare", "Per Holm"),
         ("bold", "§ 45 Handlingsplan mot segregation 2026–2028"), ("p", "Dnr KS 2025/412"),
         ("p", "Kommunledningskontoret har tagit fram en handlingsplan mot segregation."),
         ("bold", "Beslut"), ("p", "Kommunstyrelsen beslutar"),
         ("numbers", ["Handlingsplanen mot segregation 2026–2028 antas.",
                      "Kommundirektören får i uppdrag att samordna genomförandet.",
                      "Uppföljning redovisas för kommunstyrelsen i december 2026."]),
         ("label", "Expedieras", "Samtliga förvaltningar"),
         ("bold", "§ 46 Laddinfrastruktur"), ("p", "Dnr KS 2026/88"),
         ("p", "Tekniska nämnden har begärt medel för laddplatser vid kommunens arbetsplatser."),
         ("bold", "Beslut"), ("p", "Kommunstyrelsen beslutar att"),
         ("numbers", ["Uppdra åt tekniska nämnden att ta fram en plan för laddplatser.",
                      "Avsätt 2 miljoner kronor ur anslaget för oförutsedda behov.",
                      "Redovisa planen senast 2026-09-30."]),
         ("label", "Ansvarig", "Tekniska nämnden"), ("label", "Expedieras", "Tekniska nämnden, ekonomiavdelningen")]
    return b, []


def princip_rubriker():
    """A policy (no actions): Heading 2 "Princip N: Title" (imperative or statement), a
    paragraph, "Det innebär att vi:" bullets and an "Ansvar:" line under each."""
    ps = [("Utgå från invånarnas behov", ["frågar dem som berörs", "anpassar tider och platser"]),
          ("Var tydlig med vad som går att påverka", ["beskriver ramarna", "säger vem som beslutar"]),
          ("Återkoppla alltid resultatet", ["berättar vad vi gjort med synpunkterna", "publicerar en sammanfattning"]),
          ("Dialogen är en del av beslutsprocessen", ["planerar den tidigt", "avsätter tid och pengar"])]
    b = cover("Policy för medborgardialog", "Ekby kommun, antagen av kommunfullmäktige 2025-06-16") + intro("Syfte")
    b += [("h1", "Principer")]
    for k, (t, bullets) in enumerate(ps, start=1):
        b += [("h2", f"Princip {k}: {t}"), ("p", prose(1, k)), ("p", "Det innebär att vi:"), ("bullets", bullets),
              ("label", "Ansvar", "Varje nämnd inom sitt område")]
    return b, []


def underlag_kallor():
    """A knowledge review titled "Åtgärder mot ensamhet bland äldre" (no actions): chapters of
    prose and a numbered list of sources under "Underlag" ("1. Socialstyrelsen (2023): Title.
    Stockholm."), some opening with an imperative-looking title ("Bryt ensamheten …")."""
    b = cover("Åtgärder mot ensamhet bland äldre – en kunskapsöversikt", "Ekby kommun, vård- och omsorgsförvaltningen")
    b += [("h1", "1 Inledning"), ("p", prose(3)), ("h1", "2 Vad säger forskningen?"), ("p", prose(4, 2)),
          ("h1", "Underlag"),
          ("numbers", ["Socialstyrelsen (2023): Ensamhet bland äldre personer. Stockholm.",
                       "Folkhälsomyndigheten (2022): Bryt ensamheten – stöd för kommuner. Solna.",
                       "Sveriges Kommuner och Regioner (2024): Motverka ofrivillig ensamhet. Stockholm.",
                       "Andersson, L. (2019): Ensamhet och hälsa hos äldre. Lund: Studentlitteratur.",
                       "Ekby kommun (2025): Äldres levnadsvillkor i Ekby. Rapport 2025:4."])]
    return b, []


def faq_tabell():
    """Questions and answers in a table Nr | Fråga | Svar (no actions): questions ending in "?",
    imperative answers "Ansök i e-tjänsten …"."""
    rows = [["1", "Vem kan få bostadsanpassningsbidrag?", "Den som har en varaktig funktionsnedsättning."],
            ["2", "Hur ansöker jag?", "Ansök i e-tjänsten eller skicka blanketten till kommunen."],
            ["3", "Vad ska jag bifoga?", "Bifoga ett intyg från arbetsterapeut och en offert."],
            ["4", "Hur lång är handläggningstiden?", "Räkna med sex till åtta veckor."],
            ["5", "Kan jag överklaga beslutet?", "Ja, skriv till förvaltningsrätten inom tre veckor."]]
    b = cover("Vanliga frågor om bostadsanpassning", "Ekby kommun, samhällsbyggnadsförvaltningen")
    b += [("h1", "Frågor och svar"), ("table", ["Nr", "Fråga", "Svar"], rows),
          ("h1", "Kontakt"), ("p", "Ring kommunens kontaktcenter på vardagar.")]
    return b, []


def anbud_krav():
    """A tender's requirements (no actions; the document title names a procurement of services,
    not rules): numbered chapters and bold "Krav 2.1 Beskriv …" imperative requirements with
    "Svarsform:" / "Vikt:" lines."""
    reqs = [("2.1", "Beskriv hur ni rekryterar och utbildar trygghetsvärdar", "Bilaga, högst två sidor", "20 %"),
            ("2.2", "Redovisa er rutin för avvikelserapportering", "Bilaga", "10 %"),
            ("2.3", "Ange hur många värdar som finns i tjänst per kväll", "Antal", "15 %"),
            ("2.4", "Bifoga ett exempel på en månadsrapport", "Bilaga", "5 %")]
    b = cover("Trygghetsvärdar i Ekby centrum 2026–2028", "Upphandling, Ekby kommun, Dnr KS 2026/55")
    b += [("h1", "1 Allmänt"), ("h2", "1.1 Upphandlande myndighet"), ("p", "Ekby kommun, kommunledningskontoret."),
          ("h2", "1.2 Tidplan"), ("p", "Anbud ska ha kommit in senast 2026-04-15."),
          ("h1", "2 Krav på tjänsten")]
    for code, t, form, weight in reqs:
        b += [("bold", f"Krav {code} {t}"), ("label", "Svarsform", form), ("label", "Vikt", weight)]
    b += [("h1", "3 Avtalsvillkor"), ("p", prose(2, 2))]
    return b, []


EIGHTEENTH_SHAPES = shapes(
    folkhalsa_strategi, runin_inline, merged_nr_rows, traffic_colors, kostnad_finansiering, bilaga_rapport,
    delatgarder, plan_noter, protokoll_beslut, princip_rubriker, underlag_kallor, faq_tabell, anbud_krav)


def mal_aktivitet_fakta():
    """A region's labour-market plan: "Mål N: …" headings over Heading 3 "Aktivitet N.M Title", a
    paragraph, and a fact box without a header (Ansvarig / Samverkan / Tidsperiod rows)."""
    goals = [
        ("1", "Fler unga i arbete eller studier", [
            ("1.1", "Inför ett kommunalt feriejobb för alla 16-åringar", "Arbetsmarknadsenheten", "2026–2027"),
            ("1.2", "Öppna en gemensam ungdomsmottagning för arbete och studier", "Region Ekby och kommunerna", "2026")]),
        ("2", "Fler nyanlända i egen försörjning", [
            ("2.1", "Erbjud yrkessvenska inom vård och bygg", "Vuxenutbildningen", "2026–2028"),
            ("2.2", "Skapa praktikplatser i regionens egna verksamheter", "Regionens HR-avdelning", "2027"),
            ("2.3", "Samordna validering av utländska utbildningar", "Region Ekby", "2026")]),
    ]
    b = cover("Regional handlingsplan för kompetensförsörjning 2026–2028", "Region Ekby, regionala utvecklingsnämnden")
    b += intro("Inledning")
    want = []
    for g, name, acts in goals:
        b += [("h1", f"Mål {g}: {name}"), ("p", prose(2, int(g)))]
        for code, t, who, when in acts:
            b += [("h3", f"Aktivitet {code} {t}"), ("p", prose(1, int(code[-1]))),
                  ("card", None, None, [("Ansvarig", who), ("Samverkan", "Arbetsförmedlingen"), ("Tidsperiod", when)])]
            want.append(action(code, t, who, when))
    b += [("h1", "Uppföljning"), ("p", prose(2, 3))]
    return b, want


def status_mitt():
    """A county board's follow-up table with the state in the middle: Nr | Åtgärd | Status |
    Uppföljning 2025 | Ansvarig, the comments full of figures ("3 av 5 kommuner …")."""
    rows = [["1", "Kartlägg vandringshinder i länets vattendrag", "Genomförd", "212 hinder kartlagda i 14 vattendrag.", "Länsstyrelsen"],
            ["2", "Riv tre dammar i Ekbyån", "Delvis genomförd", "2 av 3 dammar rivna, den tredje 2026.", "Ekby kommun"],
            ["3", "Inför skyddszoner längs åkermark", "Pågår", "40 procent av sträckan klar.", "Lantbrukarnas förening"],
            ["4", "Starta provfiske vart tredje år", "Ej påbörjad", "Medel saknas 2025.", "Fiskevårdsområdet"],
            ["5", "Informera markägare om nya regler", "Genomförd", "6 möten med 180 deltagare.", "Länsstyrelsen"]]
    b = cover("Uppföljning av åtgärdsprogrammet för Ekbyåns vatten", "Länsstyrelsen i Ekby län, rapport 2025:18")
    b += [("h1", "Sammanfattning"), ("p", prose(2)), ("h1", "Åtgärdernas genomförande"),
          ("table", ["Nr", "Åtgärd", "Status", "Uppföljning 2025", "Ansvarig"], rows),
          ("h1", "Slutsatser"), ("p", prose(2, 4))]
    return b, [action(n, t, who, status=s) for n, t, s, _, who in rows]


def kryssruta_koder():
    """A rescue service's checklist plan: lines "☐ F1 Title" (a box, a code by area, the title)
    under area headings, each followed by one line "Ansvar: X | Klart: 2026" parted by a bar."""
    areas = [("Förebyggande arbete (F)", [("F1", "Ta fram en plan för brandskyddskontroller i flerbostadshus", "Förebyggandeavdelningen", "2026"),
                                          ("F2", "Besök alla förskolor med brandskyddsutbildning", "Räddningstjänsten", "2026–2027"),
                                          ("F3", "Dela ut brandvarnare till äldre i hemtjänsten", "Vård- och omsorgsförvaltningen", "2026")]),
             ("Räddningsinsatser (R)", [("R1", "Öva med grannkommunernas styrkor två gånger per år", "Insatsavdelningen", "2026"),
                                        ("R2", "Köp in ett nytt höjdfordon till Ekby station", "Räddningschefen", "2027")])]
    b = cover("Handlingsprogram för skydd mot olyckor 2026–2027", "Räddningstjänsten Ekbydalen, direktionen")
    b += intro("Inledning") + [("h1", "Åtgärder att bocka av")]
    want = []
    for area, acts in areas:
        b.append(("h2", area))
        for code, t, who, when in acts:
            b += [("p", f"☐ {code} {t}"), ("p", f"Ansvar: {who} | Klart: {when}")]
            want.append(action(code, t, who, when))
    b += [("h1", "Uppföljning"), ("p", prose(2, 1))]
    return b, want


def rad_over_sida():
    """An action table Nr | Åtgärd | Genomförande | Ansvarig | Klart after a page of prose, one row's
    long "Genomförande" cell breaking over the page, the header row repeated on the next."""
    rows = [["1", "Inför källsortering i alla kommunala lokaler", prose(1, 1), "Fastighetsavdelningen", "2026"],
            ["2", "Minska matsvinnet i skolköken med en tredjedel", prose(2, 2), "Kostenheten", "2027"],
            ["3", "Ställ krav på återbruk vid om- och nybyggnad", prose(9, 3), "Samhällsbyggnadsförvaltningen", "2026–2028"],
            ["4", "Öppna en återbruksbutik vid återvinningscentralen", prose(1, 4), "Renhållningsbolaget", "2027"],
            ["5", "Informera hushållen om farligt avfall", prose(1, 5), "Renhållningsbolaget", "2026"]]
    b = cover("Avfallsplan för Ekby kommun 2026–2030", "Ekby kommun och Ekby Renhållning AB")
    b += [("h1", "Bakgrund"), ("p", prose(6)), ("p", prose(6, 2)), ("p", prose(5, 4)),
          ("h1", "Åtgärder"),
          ("longtable", ["Nr", "Åtgärd", "Genomförande", "Ansvarig", "Klart"], rows, [1.0, 4.2, 6.4, 3.2, 1.6]),
          ("h1", "Uppföljning"), ("p", prose(2, 1))]
    return b, [action(n, t, who, when) for n, t, _, who, when in rows]


def ar_kolumner():
    """A landscape plan whose timeline is columns of years: Nr | Åtgärd | Ansvarig | 2024 | 2025 |
    2026 | 2027 | Kostnad (mnkr), "X" in the years the action runs."""
    rows = [("1", "Bygg ut laddinfrastrukturen vid pendlarparkeringar", "Trafikförvaltningen", [1, 2], "12,0"),
            ("2", "Ställ om busstrafiken till el i tätorterna", "Kollektivtrafikmyndigheten", [2, 3, 4], "85,5"),
            ("3", "Inrätta mobilitetspunkter i tre stadsdelar", "Stadsbyggnadskontoret", [3, 4], "4,2"),
            ("4", "Gör en resvaneundersökning", "Trafikförvaltningen", [1], "0,8"),
            ("5", "Inför parkeringsköp i nya detaljplaner", "Stadsbyggnadskontoret", [2, 3], "0,3")]
    years = ["2024", "2025", "2026", "2027"]
    b = cover("Trafikstrategins genomförandeplan", "Ekby stad, trafiknämnden 2024–2027")
    b += [("h1", "Bakgrund"), ("p", prose(3)),
          ("landscape_cols", "Åtgärder och tidplan", ["Nr", "Åtgärd", "Ansvarig"] + years + ["Kostnad (mnkr)"],
           [[n, t, who] + ["X" if k + 1 in ys else "" for k in range(4)] + [cost] for n, t, who, ys, cost in rows],
           [0.9, 8.0, 4.4, 1.5, 1.5, 1.5, 1.5, 2.6], "grid"),
          ("h1", "Uppföljning"), ("p", prose(2, 3))]
    return b, [action(n, t, who, cost=cost) for n, t, who, _, cost in rows]


def atgard_nr_marginal():
    """"Åtgärd nr 3" in a narrow left margin column (wrapping to two lines), the bold title, a
    paragraph and "Ansvarig:" / "Tidplan:" lines beside it."""
    acts = [("1", "Anställ en samordnare för våld i nära relationer", "Socialförvaltningen", "2026"),
            ("2", "Utbilda förskolans personal i att upptäcka våld", "Förskoleförvaltningen", "2026–2027"),
            ("3", "Öppna en stödmottagning för våldsutsatta", "Socialförvaltningen", "2027"),
            ("4", "Erbjud samtalsstöd till den som utövar våld", "Socialförvaltningen", "2026")]
    return chapter_plan("Handlingsplan mot våld i nära relationer 2026–2028", "Ekby kommun, socialnämnden", "Bakgrund", "Åtgärder", acts,
                        lambda n, t, who, when: [("margin", f"Åtgärd nr {n}", [("bold", t), ("p", prose(1, int(n))),
                                                                                  ("label", "Ansvarig", who), ("label", "Tidplan", when)])], 2)


def kapitel_atgarder():
    """Chapters by theme "1 Kollektivtrafik", "2 Cykel" whose Heading 2 "1.1 Title", "2.1 Title" are
    the actions (no chapter "Åtgärder"): each with a paragraph and "Ansvarig:" / "Tidplan:" lines;
    the numbers restart in every chapter as sections' would."""
    chapters = [("1", "Kollektivtrafik", [("1.1", "Öka turtätheten på linje 4 till var tionde minut", "Kollektivtrafikbolaget", "2026"),
                                          ("1.2", "Bygg väderskydd vid alla hållplatser på landsbygden", "Gatukontoret", "2026–2027")]),
                ("2", "Cykel", [("2.1", "Bygg en cykelbana mellan Norrby och centrum", "Gatukontoret", "2027"),
                                ("2.2", "Inför lånecyklar vid resecentrum", "Kommunledningskontoret", "2026"),
                                ("2.3", "Snöröj cykelbanorna före bilvägarna", "Driftenheten", "2026")]),
                ("3", "Gång", [("3.1", "Sänk kantstenarna vid alla övergångsställen", "Gatukontoret", "2026–2028")])]
    b = cover("Mobilitetsplan för Ekby kommun", "Antagen av kommunfullmäktige 2025-12-15")
    b += [("h1", "Inledning"), ("p", prose(3))]
    want = []
    for n, name, acts in chapters:
        b += [("h1", f"{n} {name}"), ("p", prose(2, int(n)))]
        for code, t, who, when in acts:
            b += [("h2", f"{code} {t}"), ("p", prose(1, int(code[-1]))), ("label", "Ansvarig", who), ("label", "Tidplan", when)]
            want.append(action(code, t, who, when))
    b += [("h1", "Uppföljning"), ("p", prose(2, 4))]
    return b, want


def budget_rader():
    """A board's operating budget (no actions): a table Rad | Verksamhet | Budget 2025 (tkr) | Budget
    2026 (tkr) | Förändring with numbered lines and a sum, and bold "Rad 3 …" comments."""
    rows = [["1", "Gator och vägar", "48 200", "49 900", "+1 700"],
            ["2", "Parker och grönområden", "21 400", "22 100", "+700"],
            ["3", "Vinterväghållning", "15 000", "16 500", "+1 500"],
            ["4", "Kollektivtrafik", "62 300", "64 000", "+1 700"],
            ["5", "Administration", "9 800", "9 600", "−200"]]
    b = cover("Driftbudget 2026 för tekniska nämnden", "Ekby kommun, beslutad av tekniska nämnden 2025-11-20")
    b += [("h1", "Budget per verksamhet"),
          ("table", ["Rad", "Verksamhet", "Budget 2025 (tkr)", "Budget 2026 (tkr)", "Förändring"],
           rows + [["", "Summa", "156 700", "162 100", "+5 400"]]),
          ("h1", "Kommentarer"),
          ("bold", "Rad 3 Vinterväghållning"), ("p", "Kostnaden ökar med nya avtal för snöröjning."),
          ("bold", "Rad 5 Administration"), ("p", "En tjänst som kanslist dras in.")]
    return b, []


def remissinstanser():
    """A consultation letter on a plan (no actions): "Remiss: Förslag till handlingsplan mot buller",
    a numbered list of the bodies consulted under "Remissinstanser", questions and a deadline."""
    b = cover("Remiss: Förslag till handlingsplan mot buller 2026–2030", "Ekby kommun, miljöförvaltningen, dnr MN 2026/31")
    b += [("h1", "Om remissen"), ("p", "Miljöförvaltningen skickar förslaget till handlingsplan mot buller på remiss."),
          ("label", "Svar senast", "2026-05-15"),
          ("h1", "Remissinstanser"),
          ("numbers", ["Kommunstyrelsen", "Tekniska nämnden", "Stadsbyggnadsnämnden", "Trafikverket region Öst",
                       "Länsstyrelsen i Ekby län", "Hyresgästföreningen Ekby"]),
          ("h1", "Frågor till remissinstanserna"), ("p", prose(2, 3))]
    return b, []


def att_satser():
    """A council's minutes (no actions): "§ 112 Handlingsplan för klimatanpassning" with its
    proposal and decision as numbered att-satser ("1. att anta …", "2. att uppdra åt …")."""
    b = [("title", "Protokoll", 18), ("p", "Kommunfullmäktige, sammanträdesdatum 2026-04-20"),
         ("label", "Plats och tid", "Kommunhuset, kl. 18.00–21.10"), ("label", "Ordförande", "Anna Berg"),
         ("bold", "§ 112 Handlingsplan för klimatanpassning 2026–2030"), ("p", "Dnr KS 2025/640"),
         ("p", "Kommunstyrelsen har tagit fram en handlingsplan för klimatanpassning med 14 åtgärder."),
         ("bold", "Förslag till beslut"), ("p", "Kommunstyrelsen föreslår kommunfullmäktige besluta"),
         ("numbers", ["att anta handlingsplanen för klimatanpassning 2026–2030,",
                      "att uppdra åt kommunstyrelsen att samordna genomförandet,",
                      "att åtgärderna finansieras inom nämndernas ramar."]),
         ("bold", "Beslut"), ("p", "Kommunfullmäktige beslutar i enlighet med förslaget."),
         ("label", "Expedieras", "Samtliga nämnder")]
    return b, []


def process_steg():
    """A routine (no actions): a table Steg | Aktivitet | Ansvarig | Tidsgräns of imperative steps
    ("Ta emot anmälan …") with who and when, and a numbered list of documents."""
    rows = [["1", "Ta emot anmälan och registrera den", "Mottagningssekreterare", "Samma dag"],
            ["2", "Gör en skyddsbedömning", "Socialsekreterare", "Inom 24 timmar"],
            ["3", "Besluta om utredning ska inledas", "Enhetschef", "Inom 14 dagar"],
            ["4", "Underrätta anmälaren om beslutet", "Socialsekreterare", "Inom en vecka"],
            ["5", "Arkivera handlingarna", "Administratör", "Efter avslut"]]
    b = cover("Rutin för hantering av orosanmälningar", "Ekby kommun, individ- och familjeomsorgen")
    b += [("h1", "Syfte"), ("p", prose(2)), ("h1", "Arbetsgång"),
          ("table", ["Steg", "Aktivitet", "Ansvarig", "Tidsgräns"], rows),
          ("h1", "Dokument"), ("numbers", ["Blankett för orosanmälan", "Mall för skyddsbedömning", "Beslutsmall"])]
    return b, []


def ordlista():
    """A glossary to a plan (no actions): a table Nr | Begrepp | Förklaring whose terms are
    "Åtgärd", "Handlingsplan", "Klimatanpassning", in a document titled after the plan."""
    rows = [["1", "Åtgärd", "En insats som kommunen beslutat att genomföra."],
            ["2", "Handlingsplan", "Ett dokument som samlar åtgärder med ansvar och tidplan."],
            ["3", "Klimatanpassning", "Arbete för att minska samhällets sårbarhet för ett förändrat klimat."],
            ["4", "Skyfall", "Regn med mer än 50 millimeter på en timme."],
            ["5", "Översvämningskartering", "En karta över områden som riskerar att svämmas över."]]
    b = cover("Ordlista till handlingsplanen för klimatanpassning", "Ekby kommun, bilaga 3")
    b += [("h1", "Begrepp"), ("table", ["Nr", "Begrepp", "Förklaring"], rows),
          ("h1", "Källor"), ("p", "Definitionerna följer SMHI:s och Boverkets ordlistor.")]
    return b, []


NINETEENTH_SHAPES = shapes(
    mal_aktivitet_fakta, status_mitt, kryssruta_koder, rad_over_sida, ar_kolumner, atgard_nr_marginal,
    kapitel_atgarder, budget_rader, remissinstanser, att_satser, process_steg, ordlista)


def strategi_insats():
    """A region's plan: "Strategi N: …" Heading 2 over bold lines "Insats 3 Title" whose numbers run
    on from one strategy to the next, each with one line of labels "Ansvar: …  Tidplan: …"."""
    strategies = [("1", "Stärk barns och ungas psykiska hälsa", [
                      ("1", "Inför samtalsstöd på alla ungdomsmottagningar", "Hälso- och sjukvårdsförvaltningen", "2026"),
                      ("2", "Utbilda elevhälsan i tidiga insatser vid ångest", "Kommunernas elevhälsa", "2026–2027")]),
                  ("2", "Minska ensamheten bland äldre", [
                      ("3", "Starta träffpunkter i regionens alla kommuner", "Regionens kulturförvaltning", "2027"),
                      ("4", "Erbjud uppsökande hembesök till alla över 80 år", "Primärvården", "2026–2028"),
                      ("5", "Inför digitala fikaträffar via biblioteken", "Länsbiblioteket", "2026")])]
    b = cover("Regional handlingsplan för psykisk hälsa 2026–2028", "Region Västerlo, regionstyrelsen")
    b += intro("Inledning") + [("h1", "Strategier och insatser")]
    want = []
    for g, name, acts in strategies:
        b += [("h2", f"Strategi {g}: {name}"), ("p", prose(1, int(g)))]
        for n, t, who, when in acts:
            b += [("bold", f"Insats {n} {t}"), ("labels", [("Ansvar", who), ("Tidplan", when)])]
            want.append(action(n, t, who, when))
    b += [("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, want


def id_kolumn():
    """A housing company's plan: Område | Id | Åtgärd | Ansvarig | Klart, the codes "A1", "B2" in a
    column headed "Id" that is not the first, the area written out in every row."""
    rows = [["Trygghet", "A1", "Byt till ljusare belysning i alla trapphus", "Fastighetsförvaltare", "2026"],
            ["Trygghet", "A2", "Inför nattvandring med hyresgästföreningen", "Områdeschef Norr", "2026–2027"],
            ["Trivsel", "B1", "Rusta upp lekplatserna på Granbacken", "Projektavdelningen", "2027"],
            ["Trivsel", "B2", "Anställ fler sommarjobbare bland de boende", "HR-avdelningen", "2026"],
            ["Delaktighet", "C1", "Håll boendemöten två gånger om året", "Kundservice", "2026"]]
    b = cover("Plan för socialt hållbara bostadsområden", "Västerlo Bostäder AB, styrelsen 2026")
    b += intro("Bakgrund") + [("h1", "Åtgärder"), ("table", ["Område", "Id", "Åtgärd", "Ansvarig", "Klart"], rows),
                              ("h1", "Uppföljning"), ("p", prose(2, 3))]
    return b, [action(n, t, who, when) for _, n, t, who, when in rows]


def vad_hur_vem():
    """A county board's plan as a table Nr | Vad | Hur | Vem | När: the title under "Vad", how in
    prose under "Hur", the responsible under "Vem", the time under "När"."""
    rows = [["1", "Kartlägg skyddsvärda träd i tätorterna", "Inventering med kommunernas ekologer.", "Länsstyrelsen", "2026"],
            ["2", "Ta fram råd om dagvatten i detaljplaner", "En vägledning och två seminarier.", "Länsstyrelsen och kommunerna", "2026–2027"],
            ["3", "Restaurera tio våtmarker i jordbrukslandskapet", "Bidrag till markägare som anlägger våtmark.", "Lantbruksenheten", "2027"],
            ["4", "Samla data om översvämningar i en gemensam databas", "Kommunerna rapporterar varje höst.", "GIS-enheten", "2026"]]
    b = cover("Länsgemensam handlingsplan för klimatanpassning", "Länsstyrelsen i Västerlo län, rapport 2026:4")
    b += intro("Inledning") + [("h1", "Handlingsplan"), ("table", ["Nr", "Vad", "Hur", "Vem", "När"], rows),
                               ("h1", "Uppföljning"), ("p", prose(2, 1))]
    return b, [action(n, t, who, when) for n, t, _, who, when in rows]


def paren_forkortning():
    """A producer-numbered action list whose items end in the responsible office's abbreviation in
    brackets, "Title (SBK)", the abbreviations spelled out in a table after the list."""
    acts = [("1", "Ta fram en parkeringsnorm för cykel", "SBK"), ("2", "Bygg om tre korsningar vid skolor", "GK"),
            ("3", "Inför gångfartsområden i centrum", "GK"), ("4", "Följ upp resvanor vartannat år", "KLK"),
            ("5", "Samordna skolskjutsar med linjetrafiken", "UTB")]
    b = cover("Handlingsplan för hållbart resande 2026–2029", "Västerlo kommun, kommunstyrelsen") + intro("Inledning")
    b += [("h1", "Åtgärder"), ("numbers", [f"{t} ({who})" for _, t, who in acts]),
          ("h1", "Förkortningar"),
          ("table", ["Förkortning", "Förvaltning"], [["GK", "Gatukontoret"], ["KLK", "Kommunledningskontoret"],
                                                   ["SBK", "Stadsbyggnadskontoret"], ["UTB", "Utbildningsförvaltningen"]])]
    return b, [action(n, t, who) for n, t, who in acts]


def underpunkter_3a():
    """Bold "N. Title" actions with one line of labels each, action 3 followed by its sub-actions
    "3a. Title", "3b. Title" with labels of their own (main action and sub-actions all wanted)."""
    acts = [("1", "Inför en gemensam introduktion för nyanställda", "HR-avdelningen", "2026"),
            ("2", "Ta fram en plan för kompetensväxling", "HR-avdelningen", "2026–2027"),
            ("3", "Sänk sjukfrånvaron i äldreomsorgen", "Vård- och omsorgsförvaltningen", "2026–2028"),
            ("3a", "Inför schemaläggning med önskemål", "Enhetscheferna", "2026"),
            ("3b", "Erbjud friskvårdstimme till alla undersköterskor", "Vård- och omsorgsförvaltningen", "2027"),
            ("4", "Mät arbetsmiljön med en årlig enkät", "HR-avdelningen", "2026")]
    return chapter_plan("Personalpolitisk handlingsplan 2026–2028", "Västerlo kommun, personalutskottet", "Bakgrund", "Åtgärder", acts,
                        lambda n, t, who, when: [("bold", f"{n}. {t}"), ("labels", [("Ansvar", who), ("Tid", when)])], 5)


def abbrev_after_title():
    """A table Nr | Åtgärd | Klart whose action cells end in the responsible in brackets, "Title
    (MF)", without a column of its own."""
    rows = [["1", "Mät bullret längs de stora infartslederna (MF)", "2026"],
            ["2", "Sätt upp bullerskärmar vid Ringvägen (GK)", "2027"],
            ["3", "Sänk hastigheten till 40 km/h på Storgatan (GK)", "2026"],
            ["4", "Ställ krav på tysta däck i kommunens upphandlingar (UPH)", "2026–2027"]]
    b = cover("Åtgärdsprogram mot buller 2026–2030", "Västerlo kommun, miljönämnden") + intro("Bakgrund")
    b += [("h1", "Åtgärder"), ("table", ["Nr", "Åtgärd", "Klart"], rows),
          ("p", "MF = Miljöförvaltningen, GK = Gatukontoret, UPH = Upphandlingsenheten.")]
    want = []
    for n, t, when in rows:
        title, who = t[:-1].rsplit(" (", 1)
        want.append(action(n, title, who, when))
    return b, want


def mal_ansvar():
    """Goals, no actions: a health policy's bold "Mål 1. Title" lines, each with "Ansvarig nämnd:"
    and "Uppföljs:" labels, in a document titled as a programme."""
    goals = [("1", "Alla barn ska ha en god start i livet", "Barn- och utbildningsnämnden"),
             ("2", "Skillnaderna i livslängd ska minska", "Kommunstyrelsen"),
             ("3", "Fler äldre ska vara fysiskt aktiva", "Fritidsnämnden"),
             ("4", "Ingen ska behöva leva i trångboddhet", "Stadsbyggnadsnämnden")]
    b = cover("Program för jämlik hälsa 2026–2035", "Västerlo kommun, antaget av kommunfullmäktige") + intro("Inledning")
    b += [("h1", "Programmets mål")]
    for n, t, who in goals:
        b += [("bold", f"Mål {n}. {t}"), ("p", prose(1, int(n))), ("label", "Ansvarig nämnd", who), ("label", "Uppföljs", "årligen i bokslutet")]
    b += [("h1", "Genomförande"), ("p", "Nämnderna tar fram egna handlingsplaner med åtgärder utifrån målen.")]
    return b, []


def riskregister():
    """A project's risk register (no actions): Risk-ID | Riskbeskrivning | Sannolikhet | Konsekvens |
    Hantering | Riskägare with ids "R1" … and imperative measures under "Hantering"."""
    rows = [["R1", "Leverantören blir försenad", "Medel", "Hög", "Följ upp tidplanen varje vecka", "Projektledaren"],
            ["R2", "Nyckelpersoner slutar under projektet", "Låg", "Hög", "Dokumentera arbetet löpande", "Styrgruppen"],
            ["R3", "Data går förlorad vid migreringen", "Låg", "Mycket hög", "Gör en provmigrering först", "IT-avdelningen"],
            ["R4", "Användarna tar inte till sig systemet", "Medel", "Medel", "Utbilda superanvändare i varje enhet", "Verksamheten"],
            ["R5", "Budgeten överskrids", "Medel", "Medel", "Rapportera utfallet till styrgruppen månadsvis", "Ekonomen"]]
    b = cover("Projektplan: nytt ärendehanteringssystem", "Västerlo kommun, kommunledningskontoret, version 1.2")
    b += [("h1", "Syfte och mål"), ("p", prose(2)), ("h1", "Tidplan"), ("p", "Projektet pågår 2026-01-01 till 2026-12-31."),
          ("h1", "Riskregister"), ("table", ["Risk-ID", "Riskbeskrivning", "Sannolikhet", "Konsekvens", "Hantering", "Riskägare"], rows)]
    return b, []


def samradsredogorelse():
    """A consultation report on a plan (no actions): numbered answers "3. Trafikverket" with
    "Synpunkt:" and "Kommunens kommentar:" lines, some comments promising to act."""
    answers = [("1", "Trafikverket", "Planen bör redovisa hur riksväg 50 påverkas.", "Texten kompletteras med ett avsnitt om riksvägen."),
               ("2", "Länsstyrelsen i Västerlo län", "Risken för översvämning vid ån behöver utredas.", "En skyfallskartering tas fram till granskningen."),
               ("3", "Naturskyddsföreningen", "Eklunden norr om skolan bör sparas.", "Eklunden läggs som naturmark i planen."),
               ("4", "En boende på Lillgatan", "Den nya gatan ger mer trafik förbi huset.", "Kommunen bedömer att ökningen blir liten.")]
    b = cover("Samrådsredogörelse för handlingsplan för Norrstadens utveckling", "Västerlo kommun, stadsbyggnadskontoret, dnr SBN 2025/212")
    b += [("h1", "Samrådets genomförande"), ("p", prose(2, 1)), ("h1", "Inkomna synpunkter")]
    for n, who, said, reply in answers:
        b += [("bold", f"{n}. {who}"), ("label", "Synpunkt", said), ("label", "Kommunens kommentar", reply)]
    b += [("h1", "Fortsatt arbete"), ("p", "Förslaget ställs ut för granskning under hösten.")]
    return b, []


def figurforteckning():
    """A background report to a plan (no actions): a list of figures and tables with dot leaders,
    "Figur 1 Andel … 5", and the captions "Figur 1. …" in the body."""
    figs = [("Figur 1", "Andel hushåll med låg inkomst per stadsdel", 4), ("Figur 2", "Utvecklingen av ohälsotalet 2015–2025", 5),
            ("Figur 3", "Förvärvsfrekvens bland utrikes födda", 6), ("Tabell 1", "Befolkning per åldersgrupp", 7),
            ("Tabell 2", "Åtgärder i den förra planen och deras status", 8)]
    b = cover("Underlag till handlingsplan för social hållbarhet", "Västerlo kommun, analysenheten 2026")
    b += [("h1", "Figur- och tabellförteckning"), ("toc", [(f"{k} {t}", p) for k, t, p in figs]), ("page",),
          ("h1", "Inledning"), ("p", prose(3))]
    for k, t, _ in figs:
        b += [("p", prose(2, len(t) % 6)), ("bold", f"{k}. {t}"), ("p", "Källa: SCB och kommunens egna beräkningar.")]
    return b, []


TWENTIETH_SHAPES = shapes(
    strategi_insats, id_kolumn, vad_hur_vem, paren_forkortning, underpunkter_3a, abbrev_after_title,
    mal_ansvar, riskregister, samradsredogorelse, figurforteckning)


def atgard_faktatabell():
    """A region's plan: Heading 2 "Åtgärd N: Title", a paragraph, and a small fact table whose
    header row names the fields, Ansvarig | Tidsplan, over one row of values."""
    acts = [("1", "Inför hälsosamtal för alla 40-åringar", "Primärvården", "2026–2027"),
            ("2", "Erbjud rökavvänjning på alla vårdcentraler", "Hälsovalsenheten", "2026"),
            ("3", "Samla regionens folkhälsodata i en öppen portal", "Analysenheten", "2027"),
            ("4", "Utbilda tandvården i att fråga om våld", "Folktandvården", "2026–2028")]
    return chapter_plan("Handlingsplan för jämlik hälsa 2026–2028", "Region Norrvik, hälso- och sjukvårdsnämnden", "Inledning", "Åtgärder", acts,
                        lambda n, t, who, when: [("h2", f"Åtgärd {n}: {t}"), ("p", prose(1, int(n))),
                                                 ("table", ["Ansvarig", "Tidsplan"], [[who, when]])], 3)


def tabell_utan_upprepning():
    """A county board's plan: after a page of prose, Nr | Åtgärd | Ansvarig | Tidsplan with 16 rows
    that runs on over the page break without its header row repeated."""
    titles = ["Kartlägg förorenade områden vid nedlagda sågverk", "Ge råd till lantbrukare om kalkning av sjöar",
              "Inventera enskilda avlopp i kustzonen", "Ställ krav på reningsverkens fosforutsläpp",
              "Anlägg fiskvägar förbi tre kraftverksdammar", "Samordna provtagningen av grundvatten",
              "Ta fram en plan för vattenförsörjning vid torka", "Skydda fem nya vattentäkter",
              "Informera båtägare om giftfria båtbottenfärger", "Restaurera rätade bäckar i skogslandskapet",
              "Följ upp miljötillstånden för täkter", "Inför tillsyn av dagvattendammar",
              "Gör en kartering av blåmusselbankar", "Starta ett nätverk för kommunernas vattensamordnare",
              "Mät mikroplaster i de största sjöarna", "Sammanställ åtgärdernas effekt i en årlig rapport"]
    whos = ["Miljöenheten", "Lantbruksenheten", "Kommunernas miljökontor", "Miljöprövningsdelegationen"]
    rows = [[str(k + 1), t, whos[k % 4], ["2026", "2026–2027", "2027", "2028"][k % 4]] for k, t in enumerate(titles)]
    b = cover("Åtgärdsprogram för vatten i Norrviks län", "Länsstyrelsen i Norrviks län, rapport 2026:7")
    b += [("h1", "Bakgrund")] + [("p", prose(6, k)) for k in (0, 3, 1, 4, 2, 5)] + [
          ("h1", "Åtgärder"), ("longtable", ["Nr", "Åtgärd", "Ansvarig", "Tidsplan"], rows, [1.0, 8.0, 4.6, 2.4], "once"),
          ("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, [action(*r) for r in rows]


def a_koder_tolv():
    """A housing company's plan numbered "Å1" … "Å12" over three areas: bold lines "Å7 Title", then
    "Ansvarig:" and "Genomförs:" lines."""
    areas = [("Trygghet", ["Sätt upp belysning på alla gångstråk", "Byt lås i källarförråden", "Inför trygghetsvandringar varje höst",
                           "Klipp ner buskage vid entréerna"]),
             ("Boendemiljö", ["Rusta upp tvättstugorna på Björkvägen", "Anlägg odlingslotter på gårdarna",
                              "Bygg nya cykelrum i tre hus", "Sätt upp laddstolpar på parkeringen"]),
             ("Delaktighet", ["Starta ett boenderåd i varje område", "Översätt informationen till fem språk",
                              "Anställ två bovärdar med språkkunskaper", "Håll öppet hus på kontoret varje månad"])]
    whos = ["Förvaltningsavdelningen", "Projektavdelningen", "Kundcenter"]
    b = cover("Handlingsplan för trygga och trivsamma områden 2026–2029", "Norrviks Bostäder AB, styrelsen") + intro("Bakgrund")
    b += [("h1", "Åtgärder")]
    want, k = [], 0
    for a, (area, titles) in enumerate(areas):
        b.append(("h2", area))
        for t in titles:
            k += 1
            when = ["2026", "2027", "2026–2028"][k % 3]
            b += [("bold", f"Å{k} {t}"), ("label", "Ansvarig", whos[a]), ("label", "Genomförs", when)]
            want.append(action(f"Å{k}", t, whos[a], when))
    b += [("h1", "Uppföljning"), ("p", prose(2, 1))]
    return b, want


def prioritet_status():
    """A school board's followed-up plan: Nr | Åtgärd | Prioritet | Ansvarig | Status | Tidsplan,
    the priority (Hög / Medel / Låg) between the title and the responsible."""
    rows = [r.split(" | ") for r in ("1 | Inför läsgrupper för elever i årskurs 1–3 | Hög | Grundskoleavdelningen | Pågår | 2026",
                                     "2 | Anställ fler speciallärare | Hög | Personalenheten | Klar | 2025",
                                     "3 | Ta fram en plan mot skolfrånvaro | Medel | Elevhälsan | Ej påbörjad | 2026–2027",
                                     "4 | Öppna fritidsgården på lördagar | Låg | Fritidsavdelningen | Pågår | 2027",
                                     "5 | Erbjud läxhjälp på biblioteken | Medel | Kulturavdelningen | Klar | 2025")]
    b = cover("Plan för ökad måluppfyllelse i skolan", "Norrviks kommun, barn- och utbildningsnämnden, uppföljning 2026")
    b += intro("Inledning") + [("h1", "Åtgärder och status"),
                               ("table", ["Nr", "Åtgärd", "Prioritet", "Ansvarig", "Status", "Tidsplan"], rows),
                               ("h1", "Slutsatser"), ("p", prose(2, 4))]
    return b, [action(n, t, who, when, status=s) for n, t, _, who, s, when in rows]


def aktiviteter_punkter():
    """Bold "N. Title" actions, each with a line "Aktiviteter:" over bullets of activities, then one
    line of labels "Ansvarig: …  Tidsplan: …" after the bullets."""
    acts = [("1", "Stärk föräldraskapsstödet", "Socialförvaltningen", "2026–2027"),
            ("2", "Minska barnfattigdomens följder", "Kultur- och fritidsförvaltningen", "2026"),
            ("3", "Förbättra skolnärvaron", "Utbildningsförvaltningen", "2026–2028"),
            ("4", "Nå fler unga med sommarjobb", "Arbetsmarknadsenheten", "2027")]
    steps = {"1": ["Erbjud föräldrakurser på fem språk", "Utbilda fler kursledare"],
             "2": ["Inför fritidskort för alla barn", "Låna ut sportutrustning gratis"],
             "3": ["Ta fram en rutin för tidig uppföljning", "Anställ närvarokoordinatorer"],
             "4": ["Samarbeta med det lokala näringslivet", "Erbjud handledarutbildning"]}
    return chapter_plan("Barn- och ungdomsplan för Norrviks kommun 2026–2028", "Norrviks kommun, kommunstyrelsen", "Inledning", "Åtgärder", acts,
                        lambda n, t, who, when: [("bold", f"{n}. {t}"), ("p", "Aktiviteter:"), ("bullets", steps[n]),
                                                 ("labels", [("Ansvarig", who), ("Tidsplan", when)])], 2)


def nummer_i_cellen():
    """A table Åtgärd | Ansvarig | Tidsplan with theme rows "1 Boende" spanning it and the number
    and the title in one cell, "1.2 Inför …", no number column."""
    groups = [("1 Boende", [["1.1 Bygg fler hyresrätter med låga hyror", "Kommunens bostadsbolag", "2026–2030"],
                            ["1.2 Inför en bostadsförmedling för unga", "Kommunledningskontoret", "2027"]]),
              ("2 Arbete", [["2.1 Erbjud praktik i alla förvaltningar", "HR-avdelningen", "2026"],
                            ["2.2 Starta ett jobbcenter i Söderby", "Arbetsmarknadsenheten", "2026–2027"],
                            ["2.3 Ställ sociala krav i upphandlingar", "Upphandlingsenheten", "2027"]])]
    b = cover("Handlingsplan för social hållbarhet 2026–2030", "Norrviks kommun, kommunfullmäktige") + intro("Bakgrund")
    b += [("h1", "Åtgärder"), ("grouped_table", ["Åtgärd", "Ansvarig", "Tidsplan"], groups), ("h1", "Uppföljning"), ("p", prose(2, 5))]
    return b, [action(c.split(" ", 1)[0], c.split(" ", 1)[1], who, when) for _, rows in groups for c, who, when in rows]


def gantt_ar():
    """A landscape Gantt-like table Nr | Åtgärd | 2026 | 2027 | 2028 | 2029 | Ansvarig, the years an
    action runs marked "●", the responsible last."""
    rows = [("1", "Bygg en ny förskola i Västerby", [1, 2], "Lokalförsörjningen"),
            ("2", "Gör om Torget till en mötesplats", [2, 3, 4], "Stadsbyggnadskontoret"),
            ("3", "Inför nattbuss till ytterområdena", [1], "Kollektivtrafiken"),
            ("4", "Renovera simhallen", [3, 4], "Fritidsförvaltningen"),
            ("5", "Anlägg ett aktivitetsstråk längs ån", [2, 3], "Gatukontoret")]
    years = ["2026", "2027", "2028", "2029"]
    b = cover("Investeringsplan för Norrviks stadsdelar", "Norrviks kommun, tekniska nämnden") + [("h1", "Bakgrund"), ("p", prose(3, 2))]
    b += [("landscape_cols", "Tidplan för åtgärderna", ["Nr", "Åtgärd"] + years + ["Ansvarig"],
           [[n, t] + ["●" if k + 1 in ys else "" for k in range(4)] + [who] for n, t, ys, who in rows],
           [1.0, 9.0, 1.6, 1.6, 1.6, 1.6, 5.0], "grid"),
          ("h1", "Uppföljning"), ("p", prose(2, 4))]
    return b, [action(n, t, who) for n, t, _, who in rows]


def forslag_beslutspunkter():
    """A region's official memo (no actions): "Förslag till beslut" as a numbered list of decisions
    without "att" ("Regionstyrelsen godkänner …", "Uppdra åt …") and a numbered "Beslutsunderlag"."""
    b = [("title", "Tjänsteskrivelse", 18), ("p", "Region Norrvik, regionledningskontoret, 2026-03-02, dnr RS 2026/118"),
         ("h1", "Handlingsplan för jämlik hälsa 2026–2028"),
         ("h2", "Förslag till beslut"),
         ("numbers", ["Regionstyrelsen föreslår regionfullmäktige att anta handlingsplanen.",
                      "Uppdra åt hälso- och sjukvårdsdirektören att genomföra planens åtgärder.",
                      "Genomförandet finansieras inom befintlig budgetram."]),
         ("h2", "Sammanfattning"), ("p", prose(2, 1)),
         ("h2", "Ärendet"), ("p", "Planen innehåller 14 åtgärder med ansvar och tidsplan. " + prose(2, 3)),
         ("h2", "Beslutsunderlag"),
         ("numbers", ["Tjänsteskrivelse 2026-03-02", "Handlingsplan för jämlik hälsa 2026–2028", "Remissammanställning"]),
         ("label", "Beslutet skickas till", "Hälso- och sjukvårdsnämnden")]
    return b, []


def indikatorer_varden():
    """A follow-up of indicators (no actions): bold "N. Indicator" lines, each with labelled values
    "Utfall 2025:", "Målvärde 2028:", "Källa:", set as a plan's actions with fields would be."""
    inds = [("1", "Andel elever som är behöriga till gymnasiet", "82 %", "90 %", "Skolverket"),
            ("2", "Andel invånare med eftergymnasial utbildning", "41 %", "45 %", "SCB"),
            ("3", "Ohälsotal i dagar per invånare", "28,4", "25,0", "Försäkringskassan"),
            ("4", "Andel unga som varken arbetar eller studerar", "7,1 %", "5,0 %", "SCB")]
    b = cover("Indikatorer för social hållbarhet, uppföljning 2025", "Norrviks kommun, analysenheten")
    b += intro("Om indikatorerna") + [("h1", "Indikatorer")]
    for n, t, now, goal, src in inds:
        b += [("bold", f"{n}. {t}"), ("label", "Utfall 2025", now), ("label", "Målvärde 2028", goal), ("label", "Källa", src)]
    b += [("h1", "Analys"), ("p", prose(3, 2))]
    return b, []


def referenser_klamrar():
    """A knowledge review to a plan (no actions): prose citing "[2]" and a reference list of lines
    "[1] Author. Title. Place: Publisher; 2024." under "Referenser"."""
    refs = ["Folkhälsomyndigheten. Folkhälsans utveckling: årsrapport 2025. Solna: Folkhälsomyndigheten; 2025.",
            "Socialstyrelsen. Åtgärder mot ensamhet bland äldre: en kunskapsöversikt. Stockholm: Socialstyrelsen; 2024.",
            "Boverket. Trygghet i bostadsområden. Karlskrona: Boverket; 2023.",
            "Andersson L, Berg K. Insatser för barn i ekonomiskt utsatta familjer. Socialmedicinsk tidskrift. 2022;99(3):214-25.",
            "SKR. Handlingsplaner för social hållbarhet i kommunerna. Stockholm: Sveriges Kommuner och Regioner; 2024."]
    b = cover("Kunskapsunderlag till handlingsplan för social hållbarhet", "Norrviks kommun, folkhälsoenheten 2026")
    b += [("h1", "Inledning"), ("p", "Underlaget sammanfattar forskningen om åtgärder [1, 2]. " + prose(2)),
          ("h1", "Vad fungerar?"), ("p", "Flera studier visar effekt av tidiga insatser [4]. " + prose(3, 2)),
          ("h1", "Referenser")]
    b += [("p", f"[{k + 1}] {r}") for k, r in enumerate(refs)]
    return b, []


def gap_kursiv():
    """Added after the twenty-first check's fixes (the open point of an odd-styled entry after a
    gap): a revised plan's action list of bold "N. Title" lines alone, 1–4, then 7 (5 and 6 struck)
    set in bold italic as revised, then 8 and 9; the fields in a table after the list."""
    acts = [(1, "Inför en gemensam rutin för felanmälan"), (2, "Gör alla lekplatser tillgängliga"),
            (3, "Byt ut gatubelysningen mot LED"), (4, "Inventera kommunens broar"),
            (7, "Inför vinterväghållning av cykelvägar före bilvägar"), (8, "Plantera träd längs Storgatan"),
            (9, "Rusta upp hamnpromenaden")]
    b = cover("Reviderad handlingsplan för gator och parker", "Norrviks kommun, tekniska nämnden 2026") + intro("Inledning")
    b += [("h1", "Åtgärder"), ("p", "Åtgärderna 5 och 6 har strukits. Den åtgärd som fått ny lydelse står i kursiv stil.")]
    b += [("bold", f"{n}. {t}", *(("italic",) if n == 7 else ())) for n, t in acts]
    b += [("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, [action(str(n), t) for n, t in acts]


TWENTY_FIRST_SHAPES = shapes(
    atgard_faktatabell, tabell_utan_upprepning, a_koder_tolv, prioritet_status, aktiviteter_punkter,
    nummer_i_cellen, gantt_ar, forslag_beslutspunkter, indikatorer_varden, referenser_klamrar, gap_kursiv)


def mal_punkt_nummer():
    """A region's plan by goal: bold lines "Mål 2 Title" over a paragraph, and under each goal its
    actions numbered within it, paragraphs opening with a bold "2.1" and the plain title, one line
    of labels "Ansvar: …  Tid: …" each (the goals are no actions)."""
    goals = {"1": "Fler unga fullföljer gymnasiet", "2": "Fler vuxna i egen försörjning"}
    acts = cells("""
        1.1 | Inför studiecoacher på alla gymnasieskolor | Utbildningsförvaltningen | 2026
        1.2 | Erbjud sommarskola i matematik och svenska | Gymnasieskolorna | 2026–2027
        2.1 | Starta yrkesutbildningar inom vård och bygg | Vuxenutbildningen | 2027
        2.2 | Ge fler nyanlända språkpraktik i regionen | Arbetsmarknadsenheten | 2026
        2.3 | Samordna insatserna med Arbetsförmedlingen | Regionledningskontoret | 2026–2028""")
    b = cover("Regional plan för utbildning och arbete 2026–2028", "Region Sörmarken, regionstyrelsen") + intro("Inledning")
    b += [("h1", "Mål och åtgärder")]
    for n, t, who, when in acts:
        g = n.split(".")[0]
        if n.endswith(".1"):
            b += [("bold", f"Mål {g} {goals[g]}"), ("p", prose(1, int(g)))]
        b += [("runin", n, t), ("labels", [("Ansvar", who), ("Tid", when)])]
    b += [("h1", "Uppföljning"), ("p", prose(2, 3))]
    return b, [action(*a) for a in acts]


def kort_etikett():
    """Actions as cards: a bordered box per action whose first line is the label "ÅTGÄRD 5" alone,
    then the bold title, a paragraph and label lines "Ansvar:", "Tid:", "Kostnad:"."""
    acts = cells("""
        5 | Ersätt oljepannorna i kommunens fastigheter | Fastighetsenheten | 2026 | 3,2 mnkr
        6 | Sätt solceller på tio skoltak | Fastighetsenheten | 2026–2027 | 6 mnkr
        7 | Inför resfria möten som förstahandsval | Kommunledningskontoret | 2026 | Inom ram
        8 | Byt tjänstebilarna till elbilar | Fordonsenheten | 2028 | 1,1 mnkr""")
    b = cover("Energi- och klimatplan, del 2: åtgärder", "Sörby kommun, kommunstyrelsen 2026") + intro("Om del 2")
    b += [("p", "Åtgärderna 1–4 finns i planens första del."), ("h1", "Åtgärder")]
    for n, t, who, when, cost in acts:
        b.append(("box", [("p", f"ÅTGÄRD {n}"), ("bold", t), ("p", prose(1, int(n))), ("label", "Ansvar", who),
                          ("label", "Tid", when), ("label", "Kostnad", cost)]))
    b += [("h1", "Uppföljning"), ("p", prose(2, 1))]
    return b, [action(n, t, who, when, cost) for n, t, who, when, cost in acts]


def koppling_mal():
    """A table Nr | Åtgärd | Koppling till mål | Ansvarig | Tidplan whose goal column holds codes
    ("M1, M3"), after a list of goals "M1 …" (the codes are no actions)."""
    rows = cells("""
        1 | Kartlägg otrygga platser med hjälp av invånarna | M1 | Trygghetssamordnaren | 2026
        2 | Inför fler vuxna på stan under helgkvällar | M1, M2 | Fritidsförvaltningen | 2026–2027
        3 | Erbjud föräldrastöd i alla stadsdelar | M2 | Socialförvaltningen | 2027
        4 | Rusta upp belysningen i parkerna | M1, M3 | Gatukontoret | 2026
        5 | Samverka med polisen om lägesbilder | M3 | Kommunledningskontoret | Löpande""")
    b = cover("Handlingsplan för trygghet och brottsförebyggande arbete", "Sörby kommun, kommunfullmäktige 2026")
    b += intro("Inledning") + [("h1", "Mål"), ("p", "M1 Invånarna känner sig trygga i det offentliga rummet."),
                               ("p", "M2 Färre unga begår brott."), ("p", "M3 Samverkan mellan aktörerna är stark."),
                               ("h1", "Åtgärder"), ("table", ["Nr", "Åtgärd", "Koppling till mål", "Ansvarig", "Tidplan"], rows),
                               ("h1", "Uppföljning"), ("p", prose(2, 4))]
    return b, [dict(action(n, t, who, when), fields={"Koppling till mål": goal}) for n, t, goal, who, when in rows]


def forkortning_forst():
    """Responsible offices given as abbreviations ("SBK, GK"), the legend set before the actions as a
    paragraph "Förkortningar: SBK = Stadsbyggnadskontoret, …"; bold "N. Title" lines with "Ansvar:" /
    "Tid:" lines (the responsible wanted as printed)."""
    acts = cells("""
        1 | Planera för blandade upplåtelseformer i nya områden | SBK | 2026
        2 | Bygg om Stationsgatan till gångfartsgata | SBK, GK | 2027
        3 | Inför en lokal mötesplats i varje stadsdel | KFF | 2026–2028
        4 | Följ upp trygghetsmätningen årligen | KLK | Årligen""")
    b = cover("Handlingsplan för en sammanhållen stad", "Sörby kommun, kommunstyrelsen") + intro("Bakgrund")
    b += [("h1", "Åtgärder"),
          ("p", "Förkortningar: SBK = Stadsbyggnadskontoret, GK = Gatukontoret, KFF = Kultur- och fritidsförvaltningen, "
                "KLK = Kommunledningskontoret.")]
    for n, t, who, when in acts:
        b += [("bold", f"{n}. {t}"), ("label", "Ansvar", who), ("label", "Tid", when)]
    b += [("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, [action(*a) for a in acts]


def genomforandeperiod():
    """Bold "Åtgärd N. Title" lines whose timeline is a year range under a label of its own,
    "Genomförandeperiod: 2025–2027", after "Huvudansvarig:"."""
    acts = cells("""
        1 | Anlägg skyddszoner längs vattendragen | Lantbruksenheten | 2025–2027
        2 | Åtgärda vandringshinder för fisk i Sörån | Vattenenheten | 2026–2028
        3 | Inventera enskilda avlopp i sjöarnas närhet | Miljöförvaltningen | 2025–2026
        4 | Inför rådgivning om kalkfilterdiken | Lantbruksenheten | 2027–2029""")
    return chapter_plan("Vattenplan för Sörmarkens län 2025–2029", "Länsstyrelsen i Sörmarkens län", "Inledning", "Åtgärder", acts,
                        lambda n, t, who, when: [("bold", f"Åtgärd {n}. {t}"), ("p", prose(1, int(n))),
                                                 ("label", "Huvudansvarig", who), ("label", "Genomförandeperiod", when)], 3)


def fortsatt_numrering():
    """Part two of a plan: an action table Nr | Åtgärd | Ansvarig | Tidplan whose numbers go on
    from the first part, "14" … "18", after prose naming actions 1–13 of part one."""
    rows = cells("""
        14 | Inför digital bokning av kommunens lokaler | Fritidsförvaltningen | 2026
        15 | Öppna biblioteken på söndagar | Kulturförvaltningen | 2026–2027
        16 | Erbjud simskola till alla sjuåringar | Fritidsförvaltningen | 2027
        17 | Bygg en spontanidrottsplats i Sörby centrum | Tekniska förvaltningen | 2028
        18 | Ta fram en strategi för föreningsbidrag | Kommunledningskontoret | 2026""")
    b = cover("Kultur- och fritidsplan, del 2", "Sörby kommun, kultur- och fritidsnämnden") + intro("Inledning")
    b += [("p", "Åtgärderna 1–13 redovisas i del 1, där åtgärd 7 och 12 också följs upp."),
          ("h1", "Åtgärder i del 2"), ("table", ["Nr", "Åtgärd", "Ansvarig", "Tidplan"], rows),
          ("h1", "Uppföljning"), ("p", prose(2, 5))]
    return b, [action(*r) for r in rows]


def tvasprakig():
    """A plan in two languages: a table Nr | Åtgärd | Action | Ansvarig | Tidplan, the English title
    beside the Swedish one (the Swedish title wanted)."""
    rows = cells("""
        1 | Översätt kommunens webb till fem språk | Translate the municipal website into five languages | Kommunikationsenheten | 2026
        2 | Erbjud samhällsorientering på modersmålet | Offer civic orientation in the mother tongue | Integrationsenheten | 2026–2027
        3 | Anställ brobyggare i skolorna | Employ bridge builders in schools | Utbildningsförvaltningen | 2027
        4 | Inför språkcaféer på biblioteken | Start language cafés in the libraries | Kulturförvaltningen | 2026""")
    b = cover("Handlingsplan för integration / Action plan for integration", "Sörby kommun / Sörby Municipality")
    b += intro("Inledning / Introduction") + [("h1", "Åtgärder / Actions"),
                                              ("table", ["Nr", "Åtgärd", "Action", "Ansvarig", "Tidplan"], rows),
                                              ("h1", "Uppföljning / Follow-up"), ("p", prose(2, 1))]
    return b, [action(n, t, who, when) for n, t, _, who, when in rows]


def handlingsplan_mal():
    """Goals alone (no actions) in a document titled as a plan: Heading 2 "Mål 1 Title" with a
    paragraph each and "Målår: 2030"; the actions, it says, come in a separate decision."""
    goals = ["Alla barn går i en förskola nära hemmet", "Ingen elev lämnar grundskolan utan behörighet",
             "Andelen unga som mår bra ökar", "Fler unga deltar i föreningslivet"]
    b = cover("Handlingsplan för barn och unga 2026–2030", "Sörby kommun, kommunfullmäktige") + intro("Inledning")
    b += [("h1", "Mål"), ("p", "Åtgärderna beslutas av nämnderna i deras verksamhetsplaner.")]
    for k, g in enumerate(goals):
        b += [("h2", f"Mål {k + 1} {g}"), ("p", prose(1, k)), ("label", "Målår", "2030")]
    b += [("h1", "Uppföljning"), ("p", prose(2, 3))]
    return b, []


def risker_lista():
    """A project's risk list (no actions): bold "N. Risk" lines naming threats, each with label lines
    "Sannolikhet:", "Konsekvens:", "Ansvarig:" and "Tid:" for the review."""
    risks = cells("""
        Brist på sjuksköterskor under sommaren | Hög | Allvarlig | HR-chefen
        Förseningar i leveransen av journalsystemet | Medel | Betydande | Projektledaren
        Otydlig ansvarsfördelning mellan enheterna | Medel | Måttlig | Verksamhetschefen
        Kostnadsökningar för byggmaterial | Låg | Betydande | Ekonomichefen""")
    b = cover("Riskanalys för projektet Nytt vårdboende", "Sörby kommun, vård- och omsorgsförvaltningen") + intro("Om analysen")
    b += [("h1", "Identifierade risker")]
    for k, (t, p, c, who) in enumerate(risks):
        b += [("bold", f"{k + 1}. {t}"), ("label", "Sannolikhet", p), ("label", "Konsekvens", c),
              ("label", "Ansvarig", who), ("label", "Tid", "Vid varje styrgruppsmöte")]
    b += [("h1", "Slutsats"), ("p", prose(2, 2))]
    return b, []


def dagordning_punkter():
    """A numbered agenda (no actions): "Föredragningslista" with bold "N. Item" lines, some naming a
    plan ("5. Handlingsplan för trygghet – beslut"), each with "Föredragande:" and "Tid:" lines."""
    items = cells("""
        Mötets öppnande | Ordföranden | 18.00
        Val av justerare | Ordföranden | 18.05
        Godkännande av dagordningen | Ordföranden | 18.10
        Information om budgetläget | Ekonomichefen | 18.15
        Handlingsplan för trygghet – beslut | Trygghetssamordnaren | 18.45
        Mötets avslutande | Ordföranden | 19.30""")
    b = [("title", "Föredragningslista", 18), ("p", "Sörby kommun, kommunstyrelsens arbetsutskott, 2026-03-10"),
         ("label", "Plats", "Kommunhuset, sal A")]
    for k, (t, who, when) in enumerate(items):
        b += [("bold", f"{k + 1}. {t}"), ("label", "Föredragande", who), ("label", "Tid", when)]
    return b, []


TWENTY_SECOND_SHAPES = shapes(
    mal_punkt_nummer, kort_etikett, koppling_mal, forkortning_forst, genomforandeperiod, fortsatt_numrering,
    tvasprakig, handlingsplan_mal, risker_lista, dagordning_punkter)


# Written as the twenty-third blind check (2026-12-05, before any rule changed for them), by all
# five producers.

def mal_strategi_atgard():
    """A region's plan three levels deep, every level a labelled heading: Heading 1 "Mål 2 Title",
    Heading 2 "Strategi 2.1 Title" with a paragraph, Heading 3 "Åtgärd 2.1.3 Title" with a
    paragraph and "Ansvarig:" / "Tidplan:" lines (goals and strategies are no actions)."""
    goals = {"1": "En region där fler har arbete", "2": "En region med hållbara resor"}
    strategies = {"1.1": "Matcha utbildning mot arbetsmarknadens behov", "1.2": "Stärk företagens tillväxt",
                  "2.1": "Gör kollektivtrafiken attraktiv"}
    acts = cells("""
        1.1.1 | Inför ett regionalt kompetensråd | Regionala utvecklingsnämnden | 2026
        1.1.2 | Bygg ut yrkesvux inom vård och omsorg | Kommunerna i samverkan | 2026–2028
        1.2.1 | Erbjud exportrådgivning till småföretag | Näringslivsenheten | 2027
        2.1.1 | Inför en gemensam biljett för buss och tåg | Kollektivtrafikmyndigheten | 2026
        2.1.2 | Bygg pendlarparkeringar vid tio stationer | Trafikverket och kommunerna | 2026–2029
        2.1.3 | Öka turtätheten på landsbygdslinjerna | Kollektivtrafikmyndigheten | 2027""")
    b = cover("Regional utvecklingsplan 2026–2030", "Region Sörmarken, regionfullmäktige") + intro("Inledning")
    seen = set()
    for n, t, who, when in acts:
        g, s_ = n.split(".")[0], ".".join(n.split(".")[:2])
        if g not in seen:
            b += [("h1", f"Mål {g} {goals[g]}"), ("p", prose(1, int(g)))]
        if s_ not in seen:
            b += [("h2", f"Strategi {s_} {strategies[s_]}"), ("p", prose(1, 2))]
        seen |= {g, s_}
        b += [("h3", f"Åtgärd {n} {t}"), ("p", prose(1, 3)), ("label", "Ansvarig", who), ("label", "Tidplan", when)]
    b += [("h1", "Uppföljning"), ("p", prose(2, 4))]
    return b, [action(*a) for a in acts]


def ansvar_mitt():
    """A table Nr | Åtgärd | Ansvarig | Tidplan | Kostnad whose responsible office, a column in the
    middle, is merged down over the rows of the actions it owns (each action's responsible party is
    that cell)."""
    groups = [
        ("Socialförvaltningen", cells("""
            1 | Inför boendestöd för unga vuxna | 2026 | 1,2 mnkr
            2 | Öppna en mottagning för spelberoende | 2026–2027 | 0,8 mnkr
            3 | Erbjud anhörigstöd på kvällstid | 2027 | Inom ram""")),
        ("Fritidsförvaltningen", cells("""
            4 | Förläng fritidsgårdarnas öppettider | 2026 | 0,6 mnkr
            5 | Anställ fältassistenter i ytterområdena | 2026–2028 | 2,1 mnkr""")),
        ("Kommunledningskontoret", cells("""
            6 | Samordna arbetet i en gemensam styrgrupp | Löpande | Inom ram""")),
    ]
    b = cover("Handlingsplan mot missbruk och beroende 2026–2028", "Sörby kommun, kommunstyrelsen") + intro("Inledning")
    b += [("h1", "Åtgärder"), ("p", "Åtgärderna redovisas per ansvarig förvaltning."),
          ("vmerge_col", ["Nr", "Åtgärd", "Ansvarig", "Tidplan", "Kostnad"], 2, groups),
          ("h1", "Uppföljning"), ("p", prose(2, 2))]
    return b, [action(n, t, who, when, cost) for who, rows in groups for n, t, when, cost in rows]


def titel_och_text():
    """A table Nr | Åtgärd | Ansvarig | Tidplan whose action cell holds the bold title and, below
    it in the same cell, a plain paragraph describing the action (the title wanted alone)."""
    rows = cells("""
        1 | Inför läxhjälp på alla högstadieskolor | Barn- och utbildningsförvaltningen | HT 2026
        2 | Utveckla samarbetet mellan skola och socialtjänst | Socialförvaltningen | 2026–2027
        3 | Erbjud sommarjobb till alla som går ut nian | Arbetsmarknadsenheten | Sommaren 2027
        4 | Ta fram en plan mot skolfrånvaro | Barn- och utbildningsförvaltningen | VT 2027
        5 | Följ upp elevernas hälsa i årskurs 7 | Elevhälsan | Årligen""")
    table = [[n, [("bold", t), ("p", LOREM[k % len(LOREM)])], who, when] for k, (n, t, who, when) in enumerate(rows)]
    b = cover("Handlingsplan för fullföljda studier", "Sörby kommun, barn- och utbildningsnämnden 2026") + intro("Bakgrund")
    b += [("h1", "Åtgärder"), ("cell_table", ["Nr", "Åtgärd", "Ansvarig", "Tidplan"], table),
          ("h1", "Uppföljning"), ("p", prose(2, 1))]
    return b, [action(*r) for r in rows]


def vad_vem_nar():
    """Each action under a bold label line "Åtgärd 4" alone, its title given as the field "Vad:",
    then "Vem:" and "När:" lines and a paragraph on why."""
    acts = cells("""
        1 | Inventera alla offentliga toaletter | Tekniska förvaltningen | 2026
        2 | Gör kommunens webbplats tillgänglig för skärmläsare | Kommunikationsenheten | 2026–2027
        3 | Utbilda personalen i receptionerna i bemötande | HR-avdelningen | 2027
        4 | Sätt upp ledstråk vid busshållplatserna | Gatukontoret | 2027–2028""")
    return chapter_plan("Handlingsplan för tillgänglighet", "Sörby kommun, kommunstyrelsen 2026", "Inledning",
                        "Åtgärder", acts,
                        lambda n, t, who, when: [("bold", f"Åtgärd {n}"), ("label", "Vad", t), ("label", "Vem", who),
                                                 ("label", "När", when), ("p", prose(1, int(n)))], 5)


def ordnad_etikett():
    """A list numbered by the producer with a label in its number format, "Åtgärd %1:" (Word's
    numbering, LaTeX's enumitem label, a CSS counter): the label and number are not in the text;
    each item is the title, with "Ansvar:" and "Tidplan:" lines indented under it."""
    acts = cells("""
        1 | Minska matsvinnet i skolköken med en fjärdedel | Kostenheten | 2026
        2 | Byt till förnybar el i alla kommunens lokaler | Fastighetsenheten | 2026
        3 | Inför cykelförmån för de anställda | HR-avdelningen | 2027
        4 | Ställ klimatkrav i alla upphandlingar av fordon | Upphandlingsenheten | 2026–2027
        5 | Anlägg en solcellspark på den gamla deponin | Tekniska förvaltningen | 2028""")
    b = cover("Klimathandlingsplan 2026–2028", "Sörby kommun, kommunfullmäktige") + intro("Inledning")
    b += [("h1", "Åtgärder"), ("label_list", "Åtgärd", [(t, [("label", "Ansvar", who), ("label", "Tidplan", when)])
                                                        for _, t, who, when in acts]),
          ("h1", "Uppföljning"), ("p", prose(2, 3))]
    return b, [action(*a) for a in acts]


def ansvarsmatris():
    """An action table with a responsibility matrix: Nr | Åtgärd | KS | SN | BUN | TN | Klart, "H"
    (huvudansvar) or "X" (medverkar) under the boards, their names in a legend (number, title and
    timeline wanted; no one column names the responsible)."""
    rows = cells("""
        1 | Ta fram en gemensam lägesbild | H | X | X |  | 2026
        2 | Inför samordnare för unga i utanförskap | X | H |  |  | 2026
        3 | Erbjud läxhjälp i bostadsområdena |  | X | H |  | 2027
        4 | Bygg om skolgårdarna till mötesplatser |  |  | X | H | 2027–2028
        5 | Följ upp insatserna i ett årligt bokslut | H |  |  |  | Årligen""")
    rows = [[c.strip() for c in r] for r in rows]
    b = cover("Handlingsplan för social hållbarhet", "Sörby kommun, kommunstyrelsen 2026") + intro("Inledning")
    b += [("h1", "Åtgärder"),
          ("p", "KS = kommunstyrelsen, SN = socialnämnden, BUN = barn- och utbildningsnämnden, TN = tekniska nämnden. "
                "H = huvudansvar, X = medverkar."),
          ("table", ["Nr", "Åtgärd", "KS", "SN", "BUN", "TN", "Klart"], rows),
          ("h1", "Uppföljning"), ("p", prose(2, 4))]
    return b, [action(n, t, timeline=when) for n, t, *_, when in rows]


def hash_status():
    """A follow-up report exported from a spreadsheet: "#" | Åtgärd | Ansvarig | Status, the plan's
    numbers repeated in the "#" column and the states "Pågående", "Klar", "Ej påbörjad"."""
    rows = cells("""
        1 | Inför en digital tjänst för bygglov | Stadsbyggnadskontoret | Klar
        2 | Korta handläggningstiden för serveringstillstånd | Miljöförvaltningen | Pågående
        3 | Erbjud företagslotsning vid nyetablering | Näringslivsenheten | Klar
        4 | Samla all företagsinformation på en webbsida | Kommunikationsenheten | Ej påbörjad
        5 | Håll frukostmöten med företagarna varje kvartal | Näringslivsenheten | Pågående""")
    b = cover("Uppföljning av näringslivsplanen 2025", "Sörby kommun, kommunstyrelsens arbetsutskott") + intro("Sammanfattning")
    b += [("h1", "Åtgärdernas status"), ("p", "Tabellen visar läget för varje åtgärd i december 2025."),
          ("table", ["#", "Åtgärd", "Ansvarig", "Status"], rows),
          ("h1", "Slutsatser"), ("p", prose(2, 5))]
    return b, [action(n, t, who, status=st) for n, t, who, st in rows]


def bilaga_kostnader():
    """An annex of costs to a plan (no actions): the plan's action numbers alone ("1.1", "2.3") in
    a table Åtgärd | 2026 (tkr) | 2027 (tkr) | 2028 (tkr) | Finansiering with a "Summa" row, and
    prose naming them ("åtgärd 2.1 finansieras …"): the actions are defined in the plan."""
    rows = cells("""
        1.1 | 250 | 300 | 0 | Befintlig ram
        1.2 | 1 200 | 1 200 | 1 200 | Statsbidrag
        2.1 | 400 | 0 | 0 | Befintlig ram
        2.3 | 0 | 850 | 850 | Ansökan om EU-medel
        3.1 | 75 | 75 | 75 | Befintlig ram""") + [["Summa", "1 925", "2 425", "2 125", ""]]
    b = [("title", "Bilaga 3 Kostnadsberäkning", 18),
         ("p", "Till Handlingsplan för trygghet 2026–2028, Sörby kommun. Numreringen följer handlingsplanens avsnitt 4."),
         ("h1", "Kostnader per åtgärd"),
         ("table", ["Åtgärd", "2026 (tkr)", "2027 (tkr)", "2028 (tkr)", "Finansiering"], rows),
         ("p", "Åtgärd 1.2 förutsätter att statsbidraget beviljas även 2027 och 2028. Åtgärd 2.3 genomförs endast om "
               "ansökan om EU-medel beviljas."),
         ("h1", "Beräkningsgrunder"), ("p", prose(3, 2))]
    return b, []


def andringsforfattning():
    """A statute amending another (no actions): "Förordning om ändring i …", "dels att 3 § ska ha
    följande lydelse", bold paragraph heads "3 §" and "7 a §" over typed numbered points ("1. de
    åtgärder som kommunen avser att vidta,"), and transitional provisions numbered "1.", "2."."""
    b = [("title", "Förordning om ändring i förordningen (2018:1213) om åtgärdsprogram mot buller", 16),
         ("p", "Utfärdad den 12 mars 2026"),
         ("p", "Regeringen föreskriver i fråga om förordningen (2018:1213) om åtgärdsprogram mot buller"),
         ("p", "dels att 3 och 7 §§ ska ha följande lydelse,"),
         ("p", "dels att det ska införas en ny paragraf, 7 a §, av följande lydelse."),
         ("bold", "3 §"),
         ("p", "Kommunen ska upprätta ett åtgärdsprogram som innehåller"),
         ("p", "1. de åtgärder som kommunen avser att vidta,"),
         ("p", "2. vem som ansvarar för varje åtgärd, och"),
         ("p", "3. när åtgärderna ska vara genomförda."),
         ("bold", "7 §"),
         ("p", "Åtgärdsprogrammet ska ses över minst vart femte år. Vid översynen ska kommunen särskilt redovisa"),
         ("p", "1. vilka åtgärder som har genomförts,"),
         ("p", "2. hur bullernivåerna har förändrats, och"),
         ("p", "3. vilka nya åtgärder som behövs."),
         ("bold", "7 a §"),
         ("p", "Länsstyrelsen ska ge kommunerna råd och stöd i arbetet med åtgärdsprogrammen."),
         ("h2", "Övergångsbestämmelser"),
         ("p", "1. Denna förordning träder i kraft den 1 juli 2026."),
         ("p", "2. Ett åtgärdsprogram som har fastställts före ikraftträdandet gäller till och med den 31 december 2027."),
         ("p", "På regeringens vägnar"), ("p", "Miljöministern")]
    return b, []


def enkat_pastaenden():
    """A questionnaire of statements (no actions): "Enkät om trygghet", numbered statements in a
    table Nr | Påstående | Instämmer helt | Instämmer delvis | Instämmer inte | Vet ej with boxes to
    tick, some statements proposing measures ("Kommunen bör satsa mer på belysning"), and numbered
    background questions "Fråga 1 Ålder"."""
    stmts = ["Jag känner mig trygg när jag går ute på kvällen", "Det finns tillräckligt med belysning där jag bor",
             "Kommunen bör satsa mer på belysning i parkerna", "Jag undviker vissa platser på grund av otrygghet",
             "Polisen syns tillräckligt ofta i mitt område", "Fler vuxna bör finnas på stan under helgkvällar"]
    rows = [[str(k + 1), t, "☐", "☐", "☐", "☐"] for k, t in enumerate(stmts)]
    b = [("title", "Enkät om trygghet i Sörby 2026", 18),
         ("p", "Sörby kommun vill veta hur du upplever tryggheten där du bor. Markera det alternativ som stämmer bäst."),
         ("h1", "Del 1 Om dig"),
         ("bold", "Fråga 1 Ålder"), ("p", "☐ 16–29 år   ☐ 30–64 år   ☐ 65 år eller äldre"),
         ("bold", "Fråga 2 Bostadsområde"), ("p", "Skriv namnet på ditt bostadsområde: ____________"),
         ("h1", "Del 2 Trygghet"),
         ("table", ["Nr", "Påstående", "Instämmer helt", "Instämmer delvis", "Instämmer inte", "Vet ej"], rows),
         ("h1", "Tack för din medverkan"), ("p", "Skicka enkäten i det bifogade svarskuvertet senast den 30 april.")]
    return b, []


TWENTY_THIRD_SHAPES = shapes(
    mal_strategi_atgard, ansvar_mitt, titel_och_text, vad_vem_nar, ordnad_etikett, ansvarsmatris, hash_status,
    bilaga_kostnader, andringsforfattning, enkat_pastaenden)


SHAPES = shapes(
    toc_action_list, toc_dotted_list, table_plan, atgard_paragraphs, area_letters, goal_grouped,
    letter_suffix, appendix_table, goal_list, requirements, agenda, conclusions, report_sections,
    climate_table, motion, regulation, kallelse, bullet_codes, insats_codes, heading_actions, landscape_table,
    budget_uppdrag, follow_up, goal_delmal, a_codes_twocol, margin_numbers, status_plan, verksamhetsplan,
    delegationsordning, status_prose, letter_rows, atgard_headings, long_landscape, goal_tree, nr_vad,
    remissvar, budget_rows, toc_only, uppfoljning, regional_insatser, nr_right, aktiviteter_budget,
    acronym_status, colon_numbers, word_multilevel, law_text, project_plan, recommendations, tjansteskrivelse,
    region_atgard, field_headings, status_landscape, dotted_letters, two_page_table, restart_chapters,
    toc_sections, mal_headings, kontoplan_budget, numbered_report, foreskrift, h3_ansvar, theme_column,
    atgard_cards, code_table, a_headings, landscape_seven, uppfoljning_status, budget_uppdrag_table,
    policy_principles, kursplan, ordningsforeskrifter, dagordning, runin_facts, gantt_table, goal_restart,
    twocol_numbered, bilaga_atgardslista, checklist_plan, english_actions, riskanalys, beslut_list,
    krav_upphandling, arsredovisning_noter, paren_numbers, hyphen_codes, atgard_nr_beskrivning,
    captioned_table, headerless_rows, aktivitet_lines, sub_bullets, prio_table, budget_appendix, rutin_steps,
    begreppslista, kf_beslut, statistik_tabeller, faq, goal_bullets, strategi_kolon, group_header,
    boxed_numbers, status_headings, goal_letters, deflist, english_table, kf_decision, referenslista,
    kravspec, mal_strategi, theme_cells, status_crosses, aktivitetsplan_ids, roman_chapters, heading_factbox,
    atg_abbrev, vision_mal, kravlista_tabell, renhallning_punkter, foredragningslista, budget_uppdrag_list,
    insats_vald, quarter_gantt, two_row_actions, bilaga_a_codes, uppfoljning_cells, twocol_atgard,
    uppdrag_aktiviteter, heading_bullets, riktlinje_ska, taxa_rader, verksamhetsberattelse, enkat_resultat,
    strategi_a_codes, goal_first_column, margin_wrapped, status_label_table, sub_actions,
    aktivitet_budget_rows, midtable_continue, section_refs, budget_poster, styrelse_dagordning,
    principer_policy, instruktion_steg, malomrade_prose, page_span_rows, runin_label, quoted_followup,
    indicator_plan, box_cards, goal_abc, landscape_eight, numbered_headings, gap_numbers, anslag_budget,
    synpunkter_rutin, program_workshop, statistik_figurer, indikatorer_only, mal_restart_tables,
    fokus_restart, merged_goal_long, traffic_light, insats_dash, appendix_repeat, overview_first,
    chapter_alike, english_summary, mixed_prefix, verksamhetsplan_nr, toc_atgarder, workshop_minnes,
    enkat_fragor, merged_goal_number, vi_ska_goals, status_boxes, chapter_sections_actions, forts_tables,
    klimatloften, budget_ansvar, princip_tabell, inline_fields, ansvar_merged, numbers_in_titles,
    tillsyn_checklista)
SHAPES.update(SEVENTEENTH_SHAPES)
SHAPES.update(EIGHTEENTH_SHAPES)
SHAPES.update(NINETEENTH_SHAPES)
SHAPES.update(TWENTIETH_SHAPES)
SHAPES.update(TWENTY_FIRST_SHAPES)
SHAPES.update(TWENTY_SECOND_SHAPES)
SHAPES.update(TWENTY_THIRD_SHAPES)

# ---------------------------------------------------------------------------------------
# Word


def docx_grid(d, header, repeat=False, widths=None):
    """A table in the Table Grid style with its header row in bold: repeated on every page the
    table runs to with `repeat`, its column widths fixed (no autofit) with `widths`."""
    t = d.add_table(rows=0, cols=len(header))
    t.style = "Table Grid"
    if widths:
        t.autofit = False
    head = docx_head(t, header)
    if repeat:
        th = OxmlElement("w:tblHeader")
        th.set(qn("w:val"), "true")
        head._tr.get_or_add_trPr().append(th)
    return t


def docx_rows(t, rows):
    for row in rows:
        for c, v in zip(t.add_row().cells, row):
            c.text = v


def docx_groups(t, groups):
    """Each group's theme as a row spanning the table (merged cells, bold), its rows below."""
    for theme, rows in groups:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[-1])
        merged.text = ""
        merged.paragraphs[0].add_run(theme).bold = True
        docx_rows(t, rows)


def docx_widths(t, widths, grid):
    """Every cell's width; with `grid` the table grid's columns too."""
    if grid:
        for col, w in zip(t.columns, widths):
            col.width = Cm(w)
    for r in t.rows:
        for c, w in zip(r.cells, widths):
            c.width = Cm(w)


def docx_landscape(d, title, table):
    """A landscape section opening with the heading `title`, `table()` in it, then portrait."""
    for landscape in (True, False):
        sec = d.add_section(WD_SECTION.NEW_PAGE)
        sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
        if landscape:
            d.add_heading(title, level=1)
            table()


def docx_label(p, label, text):
    """ "Label: text" with the label bold."""
    p.add_run(label + ":").bold = True
    p.add_run(" " + text)
    return p


def docx_head(t, header):
    """A row of bold header cells."""
    row = t.add_row()
    for c, h in zip(row.cells, header):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    return row


def docx_cell(cell, blocks):
    """Bold, plain and labelled paragraphs in a table cell."""
    for k, inner in enumerate(blocks):
        para = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        if inner[0] == "label":
            docx_label(para, inner[1], inner[2])
        else:
            para.add_run(inner[1]).bold = inner[0] == "bold"


def docx_of(blocks, path):
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Liberation Sans"
    style.font.size = Pt(10)
    d.core_properties.title = ""
    d.core_properties.author = "kommission tests"
    numbered_lists = 0
    tree_id = None
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            r = d.add_paragraph().add_run(blk[1])
            r.bold = True
            r.font.size = Pt(blk[2])
        elif kind == "h1":
            d.add_heading(blk[1], level=1)
        elif kind == "h2":
            d.add_heading(blk[1], level=2)
        elif kind == "p":
            d.add_paragraph(blk[1])
        elif kind == "bold":
            r = d.add_paragraph().add_run(blk[1])
            r.bold, r.italic = True, blk[2:] == ("italic",)
        elif kind == "runin":
            p = d.add_paragraph()
            p.add_run(blk[1]).bold = True
            p.add_run(" " + blk[2])
        elif kind == "label":
            docx_label(d.add_paragraph(), blk[1], blk[2])
        elif kind == "numbers":
            # Every list counts from 1 (a new Word list per block).
            numbered_lists += 1
            first = True
            for item in blk[1]:
                p = d.add_paragraph(item, style="List Number")
                if first and numbered_lists > 1:
                    restart_numbering(d, p)
                first = False
        elif kind == "toc":
            for title, page in blk[1]:
                p = d.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
                p.add_run(f"{title}\t{page}")
        elif kind == "table":
            docx_rows(docx_grid(d, blk[1]), blk[2])
        elif kind == "longtable":
            # Column widths of their own; the header row repeats on every page the table runs to.
            header, rows, widths = blk[1], blk[2], blk[3]
            t = docx_grid(d, header, repeat=blk[4:] != ("once",), widths=widths)
            docx_rows(t, rows)
            docx_widths(t, widths, grid=True)
        elif kind == "h3":
            d.add_heading(blk[1], level=3)
        elif kind == "bullets":
            for item in blk[1]:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "labels":
            p = d.add_paragraph()
            for k, (label, text) in enumerate(blk[1]):
                if k:
                    p.add_run("\t")
                p.add_run(label + ":").bold = True
                p.add_run(" " + text)
        elif kind == "landscape_table":
            docx_landscape(d, blk[1], lambda: docx_rows(docx_grid(d, blk[2]), blk[3]))
        elif kind == "twocol":
            # A continuous section in two columns, then back to one.

            def columns(sec, n):
                cols = sec._sectPr.find(qn("w:cols"))
                if cols is None:
                    cols = OxmlElement("w:cols")
                    sec._sectPr.append(cols)
                cols.set(qn("w:num"), str(n))
                cols.set(qn("w:space"), "567")

            columns(d.add_section(WD_SECTION.CONTINUOUS), 2)
            for inner in blk[1]:
                if inner[0] == "bold":
                    d.add_paragraph().add_run(inner[1]).bold = True
                elif inner[0] == "p":
                    d.add_paragraph(inner[1])
                elif inner[0] == "label":
                    docx_label(d.add_paragraph(), inner[1], inner[2])
            columns(d.add_section(WD_SECTION.CONTINUOUS), 1)
        elif kind == "margin":
            t = d.add_table(rows=1, cols=2)
            t.autofit = False
            left, right = t.rows[0].cells
            left.width, right.width = Cm(1.5), Cm(14.5)
            left.text = ""
            left.paragraphs[0].add_run(blk[1]).bold = True
            docx_cell(right, blk[2])
        elif kind == "grouped_table":
            # Theme rows that span the table (merged cells, bold) above their rows.
            docx_groups(docx_grid(d, blk[1]), blk[2])
        elif kind == "landscape_longtable":
            docx_landscape(d, blk[1], lambda: docx_rows(docx_grid(d, blk[2], repeat=True), blk[3]))
        elif kind == "landscape_grouped":
            # A landscape section with a table whose header row repeats and whose theme rows
            # span the table (merged cells, bold) above their rows.
            docx_landscape(d, blk[1], lambda: docx_groups(docx_grid(d, blk[2], repeat=True), blk[3]))
        elif kind == "vmerged_table":
            # The first column's cell merged down over its group's rows (w:vMerge).
            header, groups = blk[1], blk[2]
            t = docx_grid(d, header)
            for theme, rows in groups:
                first = len(t.rows)
                for row in rows:
                    cells = t.add_row().cells
                    cells[0].text = ""
                    for c, v in zip(cells[1:], row):
                        c.text = v
                merged = t.cell(first, 0).merge(t.cell(len(t.rows) - 1, 0))
                for p in merged.paragraphs[1:]:
                    p._p.getparent().remove(p._p)
                merged.paragraphs[0].add_run(theme)
        elif kind == "span_rows":
            # The first `k` cells of each group merged down over its rows (w:vMerge).
            header, k, groups = blk[1], blk[2], blk[3]
            t = docx_grid(d, header)
            for merged, rows in groups:
                first = len(t.rows)
                for row in rows:
                    for c, v in zip(t.add_row().cells[k:], row):
                        c.text = v
                for col, v in enumerate(merged):
                    cell = t.cell(first, col).merge(t.cell(len(t.rows) - 1, col))
                    for para in cell.paragraphs[1:]:
                        para._p.getparent().remove(para._p)
                    cell.paragraphs[0].add_run(v)
        elif kind == "card":
            label, title, pairs = blk[1], blk[2], blk[3]
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            if label is not None:  # a fact box (label None) has no title row
                cells = t.add_row().cells
                for c, v in zip(cells, (label, title)):
                    c.text = ""
                    c.paragraphs[0].add_run(v).bold = True
            for k, v in pairs:
                cells = t.add_row().cells
                cells[0].text, cells[1].text = k, v
            for r in t.rows:
                r.cells[0].width, r.cells[1].width = Cm(3.5), Cm(12.5)
            d.add_paragraph()
        elif kind == "landscape_cols":
            title, header, rows, widths = blk[1], blk[2], blk[3], blk[4]

            def cols():
                t = docx_grid(d, header, widths=widths)
                docx_rows(t, rows)
                # The widths in the table's grid too where asked (LibreOffice reads them).
                docx_widths(t, widths, grid=blk[5:] == ("grid",))

            docx_landscape(d, title, cols)
        elif kind == "tree":
            # A two-level list numbered by Word: "%1." for the goals, "%1.%2" under them.
            num_id = tree_numbering(d)
            for goal, acts in blk[1]:
                p = d.add_paragraph(goal)
                set_list(p, num_id, 0)
                for a in acts:
                    p = d.add_paragraph(a)
                    set_list(p, num_id, 1)
        elif kind == "captioned_table":
            # A caption row spanning the table (merged, bold) above the header row.
            caption, header, rows = blk[1], blk[2], blk[3]
            t = d.add_table(rows=0, cols=len(header))
            t.style = "Table Grid"
            cells = t.add_row().cells
            merged = cells[0].merge(cells[-1])
            merged.text = ""
            merged.paragraphs[0].add_run(caption).bold = True
            docx_head(t, header)
            docx_rows(t, rows)
        elif kind == "rows_table":
            # A table without a header row.
            t = d.add_table(rows=0, cols=len(blk[1][0]))
            t.style = "Table Grid"
            docx_rows(t, blk[1])
        elif kind == "numbers_sub":
            # A list numbered by Word, bullets one level in under each item.
            numbered_lists += 1
            for k, (item, subs) in enumerate(blk[1]):
                p = d.add_paragraph(item, style="List Number")
                if k == 0 and numbered_lists > 1:
                    restart_numbering(d, p)
                for sub in subs:
                    d.add_paragraph(sub, style="List Bullet 2")
        elif kind == "group_header_table":
            # A header row of merged cells over groups of columns, then the header row.
            groups, header, rows = blk[1], blk[2], blk[3]
            t = d.add_table(rows=0, cols=len(header))
            t.style = "Table Grid"
            cells, k = t.add_row().cells, 0
            for text, span in groups:
                merged = cells[k].merge(cells[k + span - 1]) if span > 1 else cells[k]
                merged.text = ""
                merged.paragraphs[0].add_run(text).bold = True
                k += span
            docx_head(t, header)
            docx_rows(t, rows)
        elif kind == "boxnum":
            # The number large in a shaded cell, the text in the cell beside it.
            t = d.add_table(rows=1, cols=2)
            t.autofit = False
            left, right = t.rows[0].cells
            left.width, right.width = Cm(1.6), Cm(14.4)
            shade = parse_xml(r'<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="clear" w:color="auto" w:fill="BDD7EE"/>')
            left._tc.get_or_add_tcPr().append(shade)
            left.text = ""
            r = left.paragraphs[0].add_run(blk[1])
            r.bold, r.font.size = True, Pt(22)
            docx_cell(right, blk[2])
            d.add_paragraph()
        elif kind == "deflist":
            # The term in bold at the margin, its text indented (a hanging indent and a tab).
            for term, inner in blk[1]:
                for k, part in enumerate(inner):
                    p = d.add_paragraph()
                    p.paragraph_format.left_indent = Cm(1.2)
                    if k == 0:
                        p.paragraph_format.first_line_indent = Cm(-1.2)
                        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.2))
                        p.add_run(term).bold = True
                        p.add_run("\t")
                    if part[0] == "label":
                        docx_label(p, part[1], part[2])
                    else:
                        p.add_run(part[1])
        elif kind in ("nh1", "nh2"):
            # Headings numbered by Word: a multilevel list ("%1.", "%1.%2") on the heading.
            if tree_id is None:
                tree_id = tree_numbering(d)
            level = 0 if kind == "nh1" else 1
            set_list(d.add_heading(blk[1], level=level + 1), tree_id, level)
        elif kind == "box":
            # A box: one bordered cell holding bold, plain and labelled paragraphs.
            t = d.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            docx_cell(t.rows[0].cells[0], blk[1])
            d.add_paragraph()
        elif kind == "cell_table":
            # Cells that are strings or lists of bold, plain and labelled paragraphs.
            t = docx_grid(d, blk[1])
            for row in blk[2]:
                for c, v in zip(t.add_row().cells, row):
                    if isinstance(v, list):
                        docx_cell(c, v)
                    else:
                        c.text = v
        elif kind == "vmerge_col":
            # Column `col`'s cell merged down over its group's rows (w:vMerge), another column's
            # cells one a row.
            header, col, groups = blk[1], blk[2], blk[3]
            t = docx_grid(d, header)
            for merged, rows in groups:
                first = len(t.rows)
                for row in rows:
                    cells = t.add_row().cells
                    for c, v in zip(cells[:col] + cells[col + 1:], row):
                        c.text = v
                cell = t.cell(first, col).merge(t.cell(len(t.rows) - 1, col))
                for para in cell.paragraphs[1:]:
                    para._p.getparent().remove(para._p)
                cell.paragraphs[0].text = merged
        elif kind == "label_list":
            # A list whose number format carries a label ("Åtgärd %1:"), each item followed by
            # indented paragraphs.
            num_id = label_numbering(d, blk[1])
            for title, inner in blk[2]:
                p = d.add_paragraph()
                p.add_run(title).bold = True
                set_list(p, num_id, 0)
                for part in inner:
                    q = docx_label(d.add_paragraph(), part[1], part[2]) if part[0] == "label" else d.add_paragraph(part[1])
                    q.paragraph_format.left_indent = Cm(2.2)
        elif kind == "page":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.save(path)


def tree_numbering(d):
    """A two-level decimal list format ("1.", "1.1") added to the document's numbering."""
    numbering = d.part.numbering_part.element
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    a = parse_xml(
        f'<w:abstractNum {ns} w:abstractNumId="77"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="992" w:hanging="567"/></w:pPr></w:lvl>'
        '</w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    numbering.append(parse_xml(f'<w:num {ns} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    return 77


def label_numbering(d, label):
    """A one-level list format whose number carries `label`: "Åtgärd 1:", "Åtgärd 2:" …"""
    numbering = d.part.numbering_part.element
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    a = parse_xml(
        f'<w:abstractNum {ns} w:abstractNumId="78"><w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{label} %1:"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1247" w:hanging="1247"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>'
        '</w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    numbering.append(parse_xml(f'<w:num {ns} w:numId="78"><w:abstractNumId w:val="78"/></w:num>'))
    return 78


def set_list(p, num_id, level):

    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.insert(0, numpr)


def restart_numbering(d, p):
    """Make the list that starts at paragraph p count from 1 again (a new w:num that overrides
    the start of the List Number style's abstract numbering)."""

    numbering = d.part.numbering_part.numbering_definitions._numbering
    style_num = d.styles["List Number"].element.pPr.numPr.numId.val
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(style_num):
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(ids) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), abstract)
    num.append(a)
    o = OxmlElement("w:lvlOverride")
    o.set(qn("w:ilvl"), "0")
    s = OxmlElement("w:startOverride")
    s.set(qn("w:val"), "1")
    o.append(s)
    num.append(o)
    numbering.append(num)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(new_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.insert(0, numpr)


# ---------------------------------------------------------------------------------------
# LaTeX


def tex_escape(s):
    out = []
    for c in s:
        if c in "&%$#_{}":
            out.append("\\" + c)
        elif c == "§":
            out.append("\\S{}")
        elif c == "☐":
            out.append(r"$\square$")
        elif c == "●":
            out.append(r"$\bullet$")
        elif c == "−":
            out.append(r"$-$")
        else:
            out.append(c)
    return "".join(out)


def tex_use(out, *packages):
    """The packages in the preamble, each once."""
    for pkg in packages:
        line = r"\usepackage{" + pkg + "}"
        if line not in out:
            out.insert(out.index(r"\begin{document}"), line)


def tex_landscape(out, title, env, spec, header, groups):
    """A landscape page headed `title` with a ruled table (`tabular`, or `longtable` whose
    header row repeats on every page); `groups` are (theme, rows), a theme (when not None) a
    row spanning the table."""
    tex_use(out, "pdflscape", *(["longtable"] if env == "longtable" else []))
    head = tex_head(header) + r" \\\hline"
    out += [r"\begin{landscape}", r"\section*{" + tex_escape(title) + "}", r"\begin{" + env + "}{" + spec + r"}\hline"]
    out += [head, r"\endfirsthead", r"\hline", head, r"\endhead"] if env == "longtable" else [head]
    for theme, rows in groups:
        if theme is not None:
            out.append(r"\multicolumn{" + str(len(header)) + r"}{|l|}{\textbf{" + tex_escape(theme) + r"}} \\\hline")
        out += [" & ".join(tex_escape(v) for v in row) + r" \\\hline" for row in rows]
    out += [r"\end{" + env + "}", r"\end{landscape}"]


def tex_head(header):
    """A header row's cells, bold."""
    return " & ".join(r"\textbf{" + tex_escape(h) + "}" for h in header)


def tex_columns(header):
    """The column spec of a plain table: the second column wide, a "Nr" column narrow."""
    n = len(header)
    width = 15.5 / n
    if n > 2 and header[0] in ("Nr", "Nr.", "#"):
        return f"p{{0.9cm}}p{{{15.5 * 0.42:.2f}cm}}" + "".join(
            f"p{{{(15.5 * 0.58 - 0.9) / (n - 2):.2f}cm}}" for _ in range(n - 2)
        )
    return "".join(f"p{{{width * (1.6 if k == 1 and n > 2 else 0.85 if n > 2 else 1):.2f}cm}}" for k in range(n))


def tex_inner(blocks):
    """Bold, plain and labelled paragraphs inside a column or a cell."""
    out = []
    for b in blocks:
        if b[0] == "bold":
            out.append(r"\textbf{" + tex_escape(b[1]) + r"}\par")
        elif b[0] == "p":
            out.append(tex_escape(b[1]) + r"\par")
        elif b[0] == "label":
            out.append(r"\textbf{" + tex_escape(b[1]) + ":} " + tex_escape(b[2]) + r"\par")
    return out


def tex_of(blocks):
    out = [
        r"\documentclass[10pt,a4paper]{article}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage[utf8]{inputenc}",
        r"\usepackage[swedish]{babel}",
        r"\usepackage{lmodern}",
        r"\usepackage[margin=2.2cm]{geometry}",
        r"\pagestyle{empty}",
        r"\setlength{\parindent}{0pt}",
        r"\setlength{\parskip}{4pt}",
        r"\begin{document}",
    ]
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            size = r"\LARGE" if blk[2] >= 16 else r"\Large" if blk[2] >= 14 else r"\large"
            out.append(f"{{{size}\\bfseries {tex_escape(blk[1])}\\par}}")
        elif kind == "h1":
            out.append(r"\section*{" + tex_escape(blk[1]) + "}")
        elif kind == "h2":
            out.append(r"\subsection*{" + tex_escape(blk[1]) + "}")
        elif kind == "p":
            out.append(tex_escape(blk[1]) + r"\par")
        elif kind == "bold":
            out.append(r"\textbf{" + (r"\textit{" + tex_escape(blk[1]) + "}" if blk[2:] else tex_escape(blk[1])) + r"}\par")
        elif kind == "runin":
            out.append(r"\textbf{" + tex_escape(blk[1]) + "} " + tex_escape(blk[2]) + r"\par")
        elif kind == "label":
            out.append(r"\textbf{" + tex_escape(blk[1]) + ":} " + tex_escape(blk[2]) + r"\par")
        elif kind == "numbers":
            out.append(r"\begin{enumerate}")
            out += [r"\item " + tex_escape(i) for i in blk[1]]
            out.append(r"\end{enumerate}")
        elif kind == "toc":
            for title, page in blk[1]:
                out.append(tex_escape(title) + r" \dotfill " + str(page) + r"\par")
        elif kind in ("table", "captioned_table", "rows_table"):
            caption = blk[1] if kind == "captioned_table" else None
            header, rows = {"table": blk[1:3], "captioned_table": blk[2:4], "rows_table": (None, blk[1])}[kind]
            out.append(r"\begin{tabular}{" + tex_columns(header or rows[0]) + "}")
            if caption is not None:
                out.append(r"\multicolumn{" + str(len(header)) + r"}{l}{\textbf{" + tex_escape(caption) + r"}} \\")
            if header is not None:
                out.append(tex_head(header) + r" \\")
            for row in rows:
                out.append(" & ".join(tex_escape(v) for v in row) + r" \\")
            out.append(r"\end{tabular}\par")
        elif kind == "longtable":
            header, rows, widths = blk[1], blk[2], blk[3]
            tex_use(out, "longtable")
            head = tex_head(header) + r" \\"
            out.append(r"\begin{longtable}{@{}" + "".join(f"p{{{w - 0.3:.1f}cm}}" for w in widths) + "@{}}")
            out += [head, r"\endfirsthead"] + ([] if blk[4:] == ("once",) else [head]) + [r"\endhead"]
            for row in rows:
                out.append(" & ".join(tex_escape(v) for v in row) + r" \\")
            out.append(r"\end{longtable}")
        elif kind == "h3":
            out.append(r"\subsubsection*{" + tex_escape(blk[1]) + "}")
        elif kind == "numbers_sub":
            out.append(r"\begin{enumerate}")
            for item, subs in blk[1]:
                out.append(r"\item " + tex_escape(item))
                out += [r"\begin{itemize}"] + [r"\item " + tex_escape(x) for x in subs] + [r"\end{itemize}"]
            out.append(r"\end{enumerate}")
        elif kind == "bullets":
            out.append(r"\begin{itemize}")
            out += [r"\item " + tex_escape(i) for i in blk[1]]
            out.append(r"\end{itemize}")
        elif kind == "labels":
            out.append(r"\hspace{2em}".join(r"\textbf{" + tex_escape(l) + ":} " + tex_escape(t) for l, t in blk[1]) + r"\par")
        elif kind == "landscape_table":
            tex_landscape(out, blk[1], "tabular", "|p{1cm}|p{5.5cm}|p{9cm}|p{4cm}|p{1.5cm}|", blk[2], [(None, blk[3])])
        elif kind == "twocol":
            tex_use(out, "multicol")
            out.append(r"\begin{multicols}{2}")
            out += tex_inner(blk[1])
            out.append(r"\end{multicols}")
        elif kind == "margin":
            inner = tex_inner(blk[2])
            out.append(
                r"\noindent\begin{tabular}{@{}p{1.2cm}p{14cm}@{}}\textbf{" + tex_escape(blk[1]) + "} & "
                + r"\begin{minipage}[t]{14cm}" + "\n".join(inner) + r"\end{minipage}\\\end{tabular}\par\medskip"
            )
        elif kind == "grouped_table":
            header, groups = blk[1], blk[2]
            n = len(header)
            spec = "p{0.9cm}p{7.2cm}p{4cm}p{2.2cm}" if header[0] in ("Nr", "Nr.") else "p{6.6cm}p{3.6cm}p{2.8cm}p{2cm}"
            if n == 5:  # a checklist: Nr | point | three narrow columns of marks
                spec = "p{0.9cm}p{9cm}p{1cm}p{1cm}p{2.2cm}"
            out.append(r"\begin{tabular}{" + spec + "}")
            out.append(tex_head(header) + r" \\")
            for theme, rows in groups:
                out.append(r"\multicolumn{" + str(n) + r"}{l}{\textbf{" + tex_escape(theme) + r"}} \\")
                for row in rows:
                    out.append(" & ".join(tex_escape(v) for v in row) + r" \\")
            out.append(r"\end{tabular}\par")
        elif kind == "landscape_longtable":
            tex_landscape(out, blk[1], "longtable", "|p{0.8cm}|p{6cm}|p{9cm}|p{3.8cm}|p{1.2cm}|", blk[2], [(None, blk[3])])
        elif kind == "landscape_grouped":
            tex_landscape(out, blk[1], "longtable", "|p{0.7cm}|p{6cm}|p{3.6cm}|p{1.9cm}|p{1.9cm}|p{7.6cm}|", blk[2], blk[3])
        elif kind == "vmerged_table":
            header, groups = blk[1], blk[2]
            tex_use(out, "multirow")
            # Five columns: a theme column; six: a narrow goal-number column and a cost column.
            spec, w0 = ("|p{2.4cm}|p{0.7cm}|p{6.6cm}|p{3.4cm}|p{1.8cm}|", "2.4cm") if len(header) == 5 else (
                "|p{0.8cm}|p{0.8cm}|p{6.0cm}|p{3.6cm}|p{1.6cm}|p{1.6cm}|", "0.8cm")
            out.append(r"\begin{tabular}{" + spec + r"}\hline")
            out.append(tex_head(header) + r" \\\hline")
            for theme, rows in groups:
                for k, row in enumerate(rows):
                    first = r"\multirow[t]{" + str(len(rows)) + "}{" + w0 + "}{" + tex_escape(theme) + "}" if k == 0 else ""
                    rule = r"\hline" if k == len(rows) - 1 else r"\cline{2-" + str(len(header)) + "}"
                    out.append(" & ".join([first] + [tex_escape(v) for v in row]) + r" \\" + rule)
            out.append(r"\end{tabular}\par")
        elif kind == "span_rows":
            header, k, groups = blk[1], blk[2], blk[3]
            # The merged cells' text in the group's first row, no rule below them (multirow's look).
            widths = ["0.8cm", "5.2cm", "3.9cm", "3.9cm", "1.4cm"]
            out.append(r"\begin{tabular}{|" + "|".join(f"p{{{w}}}" for w in widths) + r"|}\hline")
            out.append(tex_head(header) + r" \\\hline")
            for merged, rows in groups:
                for j, row in enumerate(rows):
                    lead = [tex_escape(v) if j == 0 else "" for v in merged]
                    rule = r"\hline" if j == len(rows) - 1 else r"\cline{" + str(k + 1) + "-" + str(len(header)) + "}"
                    out.append(" & ".join(lead + [tex_escape(v) for v in row]) + r" \\" + rule)
            out.append(r"\end{tabular}\par")
        elif kind == "card":
            label, title, pairs = blk[1], blk[2], blk[3]
            out.append(r"\begin{tabular}{|p{3cm}|p{12cm}|}\hline")
            if label is not None:
                out.append(r"\textbf{" + tex_escape(label) + r"} & \textbf{" + tex_escape(title) + r"} \\\hline")
            for k, v in pairs:
                out.append(tex_escape(k) + " & " + tex_escape(v) + r" \\\hline")
            out.append(r"\end{tabular}\par\medskip")
        elif kind == "landscape_cols":
            spec = "|" + "|".join(f"p{{{w - 0.3:.1f}cm}}" for w in blk[4]) + "|"
            tex_landscape(out, blk[1], "longtable", spec, blk[2], [(None, blk[3])])
        elif kind == "tree":
            out.append(r"\begin{enumerate}\renewcommand{\labelenumii}{\arabic{enumi}.\arabic{enumii}}")
            for goal, acts in blk[1]:
                out.append(r"\item " + tex_escape(goal))
                out.append(r"\begin{enumerate}")
                out += [r"\item " + tex_escape(a) for a in acts]
                out.append(r"\end{enumerate}")
            out.append(r"\end{enumerate}")
        elif kind == "group_header_table":
            groups, header, rows = blk[1], blk[2], blk[3]
            out.append(r"\begin{tabular}{|" + "|".join(f"p{{{w}cm}}" for w in (0.9, 6.4, 3.6, 1.6, 1.6)[:len(header)]) + r"|}\hline")
            out.append(" & ".join(r"\multicolumn{" + str(n) + r"}{|l|}{\textbf{" + tex_escape(t) + "}}" for t, n in groups) + r" \\\hline")
            out.append(tex_head(header) + r" \\\hline")
            for row in rows:
                out.append(" & ".join(tex_escape(v) for v in row) + r" \\\hline")
            out.append(r"\end{tabular}\par")
        elif kind == "boxnum":
            tex_use(out, "xcolor")
            inner = tex_inner(blk[2])
            out.append(
                r"\noindent\begin{tabular}{@{}p{1.4cm}p{14cm}@{}}\colorbox{blue!20}{\Huge\bfseries " + tex_escape(blk[1]) + "} & "
                + r"\begin{minipage}[t]{14cm}" + "\n".join(inner) + r"\end{minipage}\\\end{tabular}\par\medskip"
            )
        elif kind == "deflist":
            out.append(r"\begin{description}")
            for term, inner in blk[1]:
                parts = [tex_escape(p[1]) if p[0] == "p" else r"\textbf{" + tex_escape(p[1]) + ":} " + tex_escape(p[2]) for p in inner]
                out.append(r"\item[" + tex_escape(term) + "] " + r"\par ".join(parts))
            out.append(r"\end{description}")
        elif kind == "nh1":
            out.append(r"\section{" + tex_escape(blk[1]) + "}")
        elif kind == "nh2":
            out.append(r"\subsection{" + tex_escape(blk[1]) + "}")
        elif kind == "box":
            out.append(r"\noindent\fbox{\begin{minipage}{15.4cm}" + "\n".join(tex_inner(blk[1])) + r"\end{minipage}}\par\medskip")
        elif kind == "cell_table":
            header, rows = blk[1], blk[2]
            out.append(r"\begin{tabular}{" + tex_columns(header) + "}")
            out.append(tex_head(header) + r" \\")
            for row in rows:
                out.append(" & ".join(" ".join(tex_inner(v)) if isinstance(v, list) else tex_escape(v) for v in row) + r" \\[4pt]")
            out.append(r"\end{tabular}\par")
        elif kind == "vmerge_col":
            header, col, groups = blk[1], blk[2], blk[3]
            tex_use(out, "multirow")
            widths = ["0.8cm", "5.6cm", "4.2cm", "2.0cm", "2.0cm"]
            n = len(header)
            out.append(r"\begin{tabular}{|" + "|".join(f"p{{{w}}}" for w in widths[:n]) + r"|}\hline")
            out.append(tex_head(header) + r" \\\hline")
            for merged, rows in groups:
                for k, row in enumerate(rows):
                    cells = [tex_escape(v) for v in row]
                    cells.insert(col, r"\multirow[t]{" + str(len(rows)) + "}{" + widths[col] + "}{" + tex_escape(merged) + "}" if k == 0 else "")
                    rule = r"\hline" if k == len(rows) - 1 else r"\cline{1-" + str(col) + r"}\cline{" + str(col + 2) + "-" + str(n) + "}"
                    out.append(" & ".join(cells) + r" \\" + rule)
            out.append(r"\end{tabular}\par")
        elif kind == "label_list":
            tex_use(out, "enumitem")
            out.append(r"\begin{enumerate}[label=\textbf{" + tex_escape(blk[1]) + r" \arabic*:}, leftmargin=2.2cm, labelwidth=2cm, align=left]")
            for title, inner in blk[2]:
                out.append(r"\item \textbf{" + tex_escape(title) + r"}\par " + " ".join(tex_inner(inner)))
            out.append(r"\end{enumerate}")
        elif kind == "page":
            out.append(r"\newpage")
    if any(r"$\square$" in line for line in out):
        tex_use(out, "amssymb")
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------
# HTML for Chromium (headless, print to PDF): another producer (Skia), for the shapes of the
# fourth blind check.


def html_rows(rows):
    return "".join("<tr>" + "".join(f"<td>{html_escape(v)}</td>" for v in row) + "</tr>" for row in rows)


def html_groups(header, groups):
    """Each group's theme as a row spanning the table (bold), its rows below."""
    return "".join(f'<tr><td colspan="{len(header)}"><b>{html_escape(theme)}</b></td></tr>' + html_rows(rows)
                   for theme, rows in groups)


def html_head(header):
    return "".join(f"<th>{html_escape(h)}</th>" for h in header)


def html_table(header, body, widths=None):
    """A ruled table, its header row repeated on every page: the page's width, or `widths`."""
    head = html_head(header)
    if widths:
        cols = "".join(f'<col style="width:{w}cm">' for w in widths)
        return f'<table class="grid"><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
    return f'<table class="grid" style="width:100%"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def html_wide(title, table):
    """A landscape page headed `title`."""
    return f'<div class="wide"><h1>{html_escape(title)}</h1>{table}</div>'


def html_of(blocks, head=HTML_HEAD, end="</body></html>\n"):
    out = [head]
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            out.append(f'<p style="font-size:{blk[2]}pt"><b>{html_escape(blk[1])}</b></p>')
        elif kind in ("h1", "h2", "h3"):
            out.append(f"<{kind}>{html_escape(blk[1])}</{kind}>")
        elif kind == "p":
            out.append(f"<p>{html_escape(blk[1])}</p>")
        elif kind == "bold":
            out.append(f"<p><b>{'<i>' * bool(blk[2:])}{html_escape(blk[1])}{'</i>' * bool(blk[2:])}</b></p>")
        elif kind == "runin":
            out.append(f"<p><b>{html_escape(blk[1])}</b> {html_escape(blk[2])}</p>")
        elif kind == "label":
            out.append(f"<p><b>{html_escape(blk[1])}:</b> {html_escape(blk[2])}</p>")
        elif kind == "labels":
            out.append("<p>" + '<span class="tab"></span>'.join(
                f"<b>{html_escape(l)}:</b> {html_escape(t)}" for l, t in blk[1]) + "</p>")
        elif kind == "numbers":
            out.append("<ol>" + "".join(f"<li>{html_escape(i)}</li>" for i in blk[1]) + "</ol>")
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{html_escape(i)}</li>" for i in blk[1]) + "</ul>")
        elif kind == "toc":
            for title, page in blk[1]:
                out.append(f'<div class="toc"><span>{html_escape(title)}</span><span class="dots"></span><span>{page}</span></div>')
        elif kind == "table":
            out.append(html_table(blk[1], html_rows(blk[2])))
        elif kind == "grouped_table":
            out.append(html_table(blk[1], html_groups(blk[1], blk[2])))
        elif kind == "landscape_longtable":
            out.append(html_wide(blk[1], html_table(blk[2], html_rows(blk[3]))))
        elif kind == "landscape_grouped":
            out.append(html_wide(blk[1], html_table(blk[2], html_groups(blk[2], blk[3]))))
        elif kind == "longtable" and blk[4:] == ("once",):
            # The header row printed once, as the table's first row (not repeated on the next page).
            out.append(html_table(blk[1][:0], "<tr>" + html_head(blk[1]) + "</tr>" + html_rows(blk[2]), blk[3]))
        elif kind == "longtable":
            out.append(html_table(blk[1], html_rows(blk[2]), blk[3]))
        elif kind == "vmerged_table":
            header, groups = blk[1], blk[2]
            body = []
            for theme, rows in groups:
                for k, row in enumerate(rows):
                    first = f'<td rowspan="{len(rows)}">{html_escape(theme)}</td>' if k == 0 else ""
                    body.append("<tr>" + first + "".join(f"<td>{html_escape(v)}</td>" for v in row) + "</tr>")
            out.append(html_table(header, "".join(body)))
        elif kind == "span_rows":
            header, k, groups = blk[1], blk[2], blk[3]
            body = []
            for merged, rows in groups:
                for j, row in enumerate(rows):
                    lead = "".join(f'<td rowspan="{len(rows)}">{html_escape(v)}</td>' for v in merged) if j == 0 else ""
                    body.append("<tr>" + lead + "".join(f"<td>{html_escape(v)}</td>" for v in row) + "</tr>")
            out.append(html_table(header, "".join(body)))
        elif kind == "card":
            label, title, pairs = blk[1], blk[2], blk[3]
            body = "" if label is None else f"<tr><td style=\"width:3cm\"><b>{html_escape(label)}</b></td><td><b>{html_escape(title)}</b></td></tr>"
            body += "".join(f"<tr><td>{html_escape(k)}</td><td>{html_escape(v)}</td></tr>" for k, v in pairs)
            out.append(f'<table class="grid" style="width:100%"><tbody>{body}</tbody></table>')
        elif kind == "landscape_cols":
            out.append(html_wide(blk[1], html_table(blk[2], html_rows(blk[3]), blk[4])))
        elif kind == "tree":
            items = []
            for goal, acts in blk[1]:
                items.append(f"<li>{html_escape(goal)}<ol>" + "".join(f"<li>{html_escape(a)}</li>" for a in acts) + "</ol></li>")
            out.append('<ol class="tree">' + "".join(items) + "</ol>")
        elif kind == "twocol":
            out.append('<div style="column-count:2; column-gap:1cm">' + html_of(blk[1], head="", end="") + "</div>")
        elif kind == "captioned_table":
            caption, header, rows = blk[1], blk[2], blk[3]
            head = f'<tr><th colspan="{len(header)}">{html_escape(caption)}</th></tr><tr>' + html_head(header) + "</tr>"
            out.append(f'<table class="grid" style="width:100%"><thead>{head}</thead><tbody>{html_rows(rows)}</tbody></table>')
        elif kind == "rows_table":
            out.append(f'<table class="grid" style="width:100%"><tbody>{html_rows(blk[1])}</tbody></table>')
        elif kind == "numbers_sub":
            out.append("<ol>" + "".join(f"<li>{html_escape(i)}<ul>" + "".join(f"<li>{html_escape(x)}</li>" for x in subs)
                                        + "</ul></li>" for i, subs in blk[1]) + "</ol>")
        elif kind == "group_header_table":
            groups, header, rows = blk[1], blk[2], blk[3]
            head = "<tr>" + "".join(f'<th colspan="{n}">{html_escape(t)}</th>' for t, n in groups) + "</tr><tr>" + html_head(header) + "</tr>"
            out.append(f'<table class="grid" style="width:100%"><thead>{head}</thead><tbody>{html_rows(rows)}</tbody></table>')
        elif kind == "boxnum":
            out.append('<div style="display:flex; gap:0.4cm; margin:6pt 0"><div style="background:#bdd7ee; font-size:24pt; '
                       'font-weight:bold; padding:4pt 10pt; align-self:flex-start">' + html_escape(blk[1]) + "</div><div>"
                       + html_of(blk[2], head="", end="") + "</div></div>")
        elif kind == "deflist":
            out.append('<dl style="margin-left:0">' + "".join(
                f'<dt style="float:left; width:1cm"><b>{html_escape(term)}</b></dt><dd style="margin-left:1.2cm">'
                + html_of(inner, head="", end="") + "</dd>" for term, inner in blk[1]) + "</dl>")
        elif kind == "margin":
            # The label in a narrow left column, the blocks beside it.
            out.append('<table style="width:100%; border-collapse:collapse"><tr><td style="width:1.5cm; vertical-align:top">'
                       f"<b>{html_escape(blk[1])}</b></td><td>" + html_of(blk[2], head="", end="") + "</td></tr></table>")
        elif kind in ("nh1", "nh2"):
            # Headings numbered by CSS counters ("3", "3.1").
            if not any("h1.n::before" in o for o in out):
                out.append("<style>body { counter-reset: nh1; } h1.n { counter-increment: nh1; counter-reset: nh2; } "
                           'h1.n::before { content: counter(nh1) " "; } h2.n { counter-increment: nh2; } '
                           'h2.n::before { content: counter(nh1) "." counter(nh2) " "; }</style>')
            tag = kind[1:]
            out.append(f'<{tag} class="n">{html_escape(blk[1])}</{tag}>')
        elif kind == "box":
            out.append('<div style="border:0.75pt solid #000; padding:4pt 6pt; margin:0 0 8pt 0">'
                       + html_of(blk[1], head="", end="") + "</div>")
        elif kind == "cell_table":
            body = "".join("<tr>" + "".join(f"<td>{html_of(v, head='', end='')}</td>" if isinstance(v, list) else f"<td>{html_escape(v)}</td>"
                                            for v in row) + "</tr>" for row in blk[2])
            out.append(html_table(blk[1], body))
        elif kind == "vmerge_col":
            header, col, groups = blk[1], blk[2], blk[3]
            body = []
            for merged, rows in groups:
                for k, row in enumerate(rows):
                    cells = [f"<td>{html_escape(v)}</td>" for v in row]
                    if k == 0:
                        cells.insert(col, f'<td rowspan="{len(rows)}">{html_escape(merged)}</td>')
                    body.append("<tr>" + "".join(cells) + "</tr>")
            out.append(html_table(header, "".join(body)))
        elif kind == "label_list":
            # The label and number from a CSS counter, not in the text.
            label = html_escape(blk[1])
            out.append('<style>ol.lab { list-style: none; counter-reset: lab; padding-left: 2.2cm; } '
                       'ol.lab > li { counter-increment: lab; } ol.lab > li::before { content: "' + label
                       + ' " counter(lab) ":"; font-weight: bold; display: inline-block; width: 2.2cm; margin-left: -2.2cm; }</style>')
            out.append('<ol class="lab">' + "".join(f"<li><b>{html_escape(t)}</b>" + html_of(inner, head="", end="") + "</li>"
                                                   for t, inner in blk[2]) + "</ol>")
        elif kind == "page":
            out.append('<div class="page"></div>')
        else:
            raise ValueError(f"no HTML for {kind}")
    out.append(end)
    return "\n".join(out)


# Chromium prints the shapes of the fourth blind check on (from letter-rows); WeasyPrint prints
# those of the fifth on (from regional-insatser) from the same HTML: every check after them is
# by all five producers, and SHAPES holds the shapes in the order they were written.
CHROME = list(SHAPES)[list(SHAPES).index("letter-rows"):]
FIFTH = list(SHAPES)[list(SHAPES).index("regional-insatser"):]


def main():
    only = sys.argv[1:]
    work = tempfile.mkdtemp()
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", FORCE_SOURCE_DATE="1", TZ="UTC")
    try:
        for name, shape in SHAPES.items():
            if only and name not in only:
                continue
            blocks, want = shape()
            docx_path = os.path.join(HERE, f"{name}.docx")
            docx_of(blocks, docx_path)
            subprocess.run(
                [
                    "soffice",
                    f"-env:UserInstallation=file://{work}/lo",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    work,
                    docx_path,
                ],
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
            )
            shutil.move(os.path.join(work, f"{name}.pdf"), os.path.join(HERE, f"{name}.lo.pdf"))
            tex = os.path.join(work, f"{name}.tex")
            with open(tex, "w", encoding="utf-8") as f:
                f.write(tex_of(blocks))
            subprocess.run(
                ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", f"{name}.tex"],
                cwd=work,
                check=True,
                stdout=subprocess.DEVNULL,
                env=env,
            )
            shutil.move(os.path.join(work, f"{name}.pdf"), os.path.join(HERE, f"{name}.pdftex.pdf"))
            if name in CHROME:
                pdf = chromium_pdf(html_of(blocks), work, name, env)
                shutil.move(pdf, os.path.join(HERE, f"{name}.chrome.pdf"))
            if name in FIFTH:
                pdf = weasyprint_pdf(html_of(blocks), work, name, env)
                shutil.move(pdf, os.path.join(HERE, f"{name}.weasy.pdf"))
            with open(os.path.join(HERE, f"{name}.want.json"), "w", encoding="utf-8") as f:
                json.dump({"actions": want}, f, ensure_ascii=False, indent=1)
                f.write("\n")
            print(name)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
