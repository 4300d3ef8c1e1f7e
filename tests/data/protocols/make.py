#!/usr/bin/env python3
"""Swedish meeting protocols in the shapes of the common systems, typeset by real producers.

Each shape is written once as a list of blocks (lines, bold lines, label/value tables, lists,
tab-separated heading lines) and rendered twice:

  NAME.docx        by python-docx: Word tables, bold runs, tabs, Word's own bullet and
                   number lists (the numbers are Word's, not in the text); ingested as is;
  NAME.lo.pdf      LibreOffice's PDF of that .docx (soffice --headless --convert-to pdf);
  NAME.pdftex.pdf  pdfTeX's PDF of a LaTeX rendering (tabular, itemize/enumerate, \\hfill);
  NAME.chrome.pdf  Chromium's PDF (headless, print to PDF) of an HTML rendering, for the
                   shapes of the fourth blind check (CHROME);

and NAME.want.json holds what every one of them must give: the meeting fields (body,
date, time, place, chair, secretary, adjusters, attendees) and per paragraph its label,
number, title, diary number, decisions, basis documents and count of reservations.

The shapes: Ciceron (header table, "§ 45<tab>Title", "Dnr …" below, Beslutsunderlag,
att-satser, signature table), Platina ("§ 12 … Dnr" on one line, the title below, numbered
decisions, a reservation), Meetings Plus ("KS § 110 Title … KS 2013/375" on one line),
Evolution ("§ 3a", "§ 3 b" inserted paragraphs, a date in words), a small board's Word
template ("Närvarande:", Word-numbered items, "Vid protokollet … Justeras …"), a
board's "Ärende N" minutes, a central bank's minutes in two templates (a running header with
the date on every page; "§1.", "§ 2", "§3a.", "§ 3 b" heads inline with their titles or in
bold on a line of their own; a title that wraps; a paragraph running on over a page break;
decisions as bullets after "Direktionen beslutade"; attendance lists one name a line) and
board minutes that open with their agenda ("Dagordning", the same titles numbered), and
a club's board minutes that never say "protokoll" on their first page, and
a committee's minutes with a paragraph a page, its head "§ 57" alone atop the page under a
header with the page counter "Sida N".
Written later as a blind check: a Ciceron-like print with the title and date only in a
page-header table and a column "Justering" block, heads in a narrow left table column, an
"Utdrag ur protokoll", an agenda "§ 1 Title" … before the paragraphs, heads numbered "§ %1" by
Word, council minutes with the decision first, a vote table and two reservations.
Written later as a third blind check: a regional board ("RS § 101", "Dnr RS/2021/123", "Tid och
plats" with the time first, "Justerare: … Justeringens plats och tid: …" on one line, "Skickas
till", an "Omedelbar justering" paragraph, an ANSLAGSBEVIS), a school board whose heads are
table rows "BUN § 45 | Title" with several paragraphs a page and a "BUN § 47 forts." head, an
environment board with its section labels in a left table column ("Diarienummer",
"Ärendebeskrivning", "Beslut", "Skickas till"), and a company board's minutes in English.

Written later as a fourth blind check: items "Punkt 4" with the diary number on the head line,
council heads with the year "Kf § 12/2013", paragraphs as table rows (head and wrapping title
in the left cell, the text in the right), a "Protokollsutdrag" of three paragraphs with
"Beslutet skickas till", a housing cooperative's board minutes with hand-typed "1.<tab>Mötets
öppnande" items and "(ordf.)", and council minutes whose time and place are a sentence, with
"Yrkande", "Proposition", "Votering", a vote table and a paragraph running on over a page.

Written later as a fifth blind check (also printed by WeasyPrint, NAME.weasy.pdf): a social
board's "Paragraf 14" heads with the diary number right-aligned and "a) att …" sub-items, a
working group's "§14 Title" heads with "Yrkanden", "Beslutsgång", a proposal "… föreslår
kommunstyrelsen besluta" and the fields in a table at the end, a municipal company's board
minutes with a signature grid, a "Protokollsutdrag" letter with "Vår beteckning" and a Word-
numbered decision, an environment board citing laws ("26 kap. 9 § miljöbalken") with diary
numbers in other forms, and a company's board minutes in Swedish and English.

Written later as a sixth blind check (all four producers, also Chromium and WeasyPrint): a
regional council "Rf § 45/2024" with "Beslutsunderlag" bullets, a personnel board's
"Ärende 3" heads with a secrecy note citing a law, a technical board whose paragraphs run on
over page breaks under a running header, a Meetings Plus print with "Justerandes signatur"
boxes on every page and a paragraph a page, a building board with reservations and
protokollsanteckningar per paragraph, a village association's hand-typed "1. Mötets
öppnande" minutes with the date in words, and two documents that are NOT protocols although
they have § in them: local public-order regulations ("1 §" …) and a board's reglemente
("§ 1 Verksamhetsområde" …, speaking of protocols and their adjustment).

Written later as a seventh blind check (all five producers): a Public 360/W3D3-style print
whose heads are table rows "Paragraf 12 | Title | Dnr …" (the diary number right-aligned in
its own column, the title wrapping in its cell), a regional council "RF § 88" with diary
numbers listed under "Diarienummer", "Yrkanden", "Propositionsordning", "Omröstning" with a
vote table and a reservation, a school board's minutes opening in one prose block ("Protokoll
fört vid sammanträde med … den 14 mars 2023 kl. … i …"), a club's minutes with "Beslut:"
inline on the head line, a one-paragraph "PROTOKOLLSUTDRAG" with "Rätt utdraget intygar" over a
name/title/date table, a joint committee of two municipalities (members under each, two
diary numbers on one line), a foundation's board minutes in Swedish and English line by line,
and two more documents that are NOT protocols: an association's statutes ("§ 1 Namn" …, the
annual meeting's agenda as a numbered list) and a meeting notice ("Kallelse/föredragnings-
lista": numbered items with diary numbers and "Förslag till beslut"). A notice decides
nothing: it gives no protocol paragraph; its diary numbers are identifiers of the document.

Written later as a tenth blind check (2026-12-03, session 4; all five producers): a
justeringsprotokoll whose header names its paragraphs ("Paragrafer §§ 45–47") with an
ANSLAGSBEVIS table at the end, paragraphs opening with their diary number on a line of its own
over "Title<tab>§ 112", a presidium's "RSP § 5" with "Beslutsgång" then "Beslut" over Word-
numbered items, a nämnd's "Förslag till beslut" amended after "Yrkanden" and
"Propositionsordning" (the decision is only what "Beslut" says), council minutes with a roll-call
appendix after the signatures ("Bilaga 1 till § 58, Omröstningslista"), a company board's minutes
in English with the date in English words, paragraphs numbered in parts ("§ 12:1", "§ 12:2"), and
three that are NOT protocols: a numbered list of delegated decisions in a table that mentions the
board's protocol, a councillor's motion citing "KF § 23/2021", and an official's report quoting
"KS § 110/2013" over "Förslag till beslut". Measured with main's binary before any rule changed:
`bench/protocol-rates /tmp/base/kommission justering-anslag dnr-first presidium …`.

Written later as an eleventh blind check (2026-12-03, session 5; all five producers): a
Ciceron print with a contents table "Paragraf | Ärende | Dnr" on its cover page, a
Netpublicator-style two-column page-header table, a regional board's "Ärende 5" with sub-items
"Ärende 5a"/"5b", "Beslut" and "Beslutsunderlag" as cells of a label column under each head,
digital signature blocks on the last page ("Signerat med BankID"), a one-paragraph
protokollsutdrag with "Utdragsbestyrkande", paragraphs running over page breaks with "§ 33
(forts.)" atop the next page, a company's "Styrelseprotokoll / Minutes" with "§1 Title" heads,
an election board's "Övriga frågor" and "Information" items that decide nothing, and two that
are NOT protocols: fee regulations "Antagna av kommunfullmäktige … § 45" with "§ 1 Title" heads,
and a delegation order whose table rows are "§ 1 | matter | 26 kap. 9 § MB | delegate".
Measured with main's binary before any rule changed:
`bench/protocol-rates /tmp/base/kommission ciceron-paragraf-table netpublicator-header …`.

Written later as a twelfth blind check (2026-12-03, session 6; all five producers): a
Finland-Swedish protocol with heads "45 §" (the number first), dates "12.3.2024" and
"Beslut: …" inline, a nämnd's grouped item "§§ 13–15 Title", council minutes with an
interpellation and a budget vote ("Yrkanden", "Propositionsordning", "Omröstning" over a
Ja/Nej/Avstår grid, "Omröstningsresultat"), a hybrid meeting's "Närvaro" grid ("Deltar på
distans", "Frånvarande") with "Ajournering" and a role/name signature grid, a protocol in
landscape in two columns, a church council's minutes with a "Justerat … Anslaget …" stamp
at the end, an arbetsutskott's "KSAU § 45" whose "Arbetsutskottets beslut" differs from the
"Förslag till beslut", an association's annual meeting "§ 1 Mötets öppnande" signed in a
"Mötesordförande | Mötessekreterare" grid, and one that is NOT a protocol: an administrative
court's judgment citing "§ 45", "12 § förvaltningslagen" and "13 kap. 8 § kommunallagen".
Measured with main's binary (547c1ea) before any rule changed:
`bench/protocol-rates /tmp/base/kommission finlands-paragrafer grupperade-paragrafer
kf-interpellationer distans-narvaro landskap-spalter kyrkorad ksau-forslag arsmote-forening
forvaltningsratt-dom`: id and title 125/155, paragraph count 35/45, decisions 120/130,
diary number 70/75, chair 30/35, secretary 30/35, adjusters 29/35, place 29/35, attendees
0/5, date 35/35, time 30/30, body 25/25, reservations 130/130 (the judgment: 0 rows).

Written later as a thirteenth blind check (2026-12-03, session 7; all five producers): a
regional council numbering its items "Ärende 12 Title" on one bold line with "Diarienummer"
below and "Regionstyrelsens förslag" before "Regionfullmäktiges beslut", a municipal company's
board "§ 5/2024<tab>Title" with "Styrelsen beslutade att …", heads "§ 23 Title" with the
diary number right-aligned on the same line (no "Dnr"), a nämnd's "Beslutsgång" with a vote
and a "Reservation" naming three members in one sentence, urgent paragraphs closing with a
"Justering" section ("Paragrafen justeras omedelbart.") and a "§ 19 Omedelbar justering",
minutes whose appendices follow the signatures under "Bilaga 1 § 34" heads, an "Utdrag ur
protokoll" of one paragraph with att-bullets, signatures and an "ANSLAG/BEVIS" box on the
first page, a running header "Sammanträdesprotokoll N (M)" (the page of the pages) over
paragraphs that run on over page breaks, and two that are NOT protocols: a council's
"Arbetsordning" with law-style "1 §" sections, numbered points and protocol words, and an
appendix printed alone ("Bilaga 1 till KS § 34/2024"). Measured with main's binary (672d772)
before any rule changed:
`bench/protocol-rates /tmp/base/kommission rf-arende bolag-paragraf-ar dnr-hoger
beslutsgang-reservation omedelbar-justering bilaga-paragraf utdrag-enskild signatur-forsta
sidhuvud-sidor arbetsordning protokollsbilaga`: id and title 150/150, paragraph count 55/55
(the two that are no protocols: 0 rows), decisions 136/150 (the "Justering" section read into
the decision: 10; att-bullets keep their list comma: 4), diary number 120/120, basis 30/30,
reservations 150/150, attendees 5/5, body 40/40, chair 40/40, secretary 40/40, adjusters
40/40, date 45/45, place 40/40, time 40/40. Written after it, for the attendance rule it
led to: a grid whose heads name no word of attendance ("Ledamot | Närv.", narv-grid).

Written later as a fourteenth blind check (2026-12-04, session 8; all five producers, and for
one shape a sixth: NAME.ocr.pdf, the LibreOffice print scanned at 200 dpi, tilted, speckled
and read back by tesseract's PDF output): paragraphs running over page breaks under a running
header and a "Justerandes sign" footer, the next page repeating the head as "forts. § 61",
"§ 62 (forts)", "§ 63 forts. Title"; a two-column layout with "§ 45" and the diary numbers
(one a line) in the left margin column; diary numbers in other forms ("Dnr 2023-000145",
"KSN-2023-0145", "Ärendenummer RS 2022-01234", "2023/145 KS", "STK-2023-145", three on one
line); att-clauses as Word's numbered list joined by ";", as hand-typed "– att" items, and
a proposal to the council followed by "beslutar för egen del"; "Jäv", "Propositionsordning",
"Omröstning" over a Ja/Nej/Avstår grid, "Deltar ej i beslutet"; a nämnd's paragraphs that
only report ("Delegationsbeslut" over a grid with a "Beslut" column, "Anmälningsärenden",
"Meddelanden"); an attendance grid in columns ("Beslutande ledamöter | Tjänstgörande
ersättare | Ej tjänstgörande ersättare"); the scanned council minutes; and three that are NOT
protocols: an agreement "§ 1 Parter" …, a register of the year's paragraphs (§ | Ärende | Dnr),
and a "Kallelse och föredragningslista" whose items are "Ärende 4 | § 48 | Title". The want
files now also hold a paragraph's other diary numbers where a shape gives them
("referenced_diary_numbers"). Measured with main's binary (ffe6532) before any rule changed:
`bench/protocol-rates /tmp/base/kommission forts-sidfot marginal-dnr dnr-former att-listor
omrostning-jav anmalningsarenden narvaro-kolumner skannad avtal-paragrafer paragrafregister
foredragningslista`: id and title 130/139 (the scan: 0 of 4 rows, tesseract reads "§" as
"8"), paragraph count 55/56 (the three that are no protocols: 0 rows), decisions 124/135
("Delegationsbeslut": the grid's "Beslut" column read as the decision, 5; "beslutar för egen
del" after a proposal's bullets lost, 5; a margin row's att-lines, 1), diary number 130/135
("2023/145 KS" read without its prefix, 5), referenced diary numbers 53/55 (a grid cell's
"MN" and "2024/112" on two lines), attendees 0/5 (the column grid read row by row), chair
35/40 (the chair's "ordf." in a grid cell), the other fields 40/40, reservations 135/135.
Two wants were set right before this was measured, to the contract the older shapes fix: a
council's label is "KF § 21" (upper case), and the attendees count "Övriga närvarande".

Written later as a fifteenth blind check (2026-12-04, session 9; all five producers), pushing
on structure: a one-paragraph "Utdrag ur protokoll" with the head "KS § 145/2023" over its title,
"Kommunstyrelsen beslutar:" over hand-typed "1. Godkänna …" items (no "att"), "Beslutet skickas
till" and a "Rätt utdraget intygar" stamp grid; a nämnd's decision minutes as one grid
"§ | Ärende | Beslut" ("BUN § 12" | title and diary number on two lines | the decision);
paragraphs under the sub-headings "Ärendet", "Beslutsunderlag", "Yrkanden", "Beslut",
"Reservation", "Protokollsanteckning", "Beslutet skickas till" with "beslutar: 1. … 2. …" on one
line, a bare "Kommunstyrelsen godkänner …" and "1)" items; an extra meeting held on line (every
name "…, deltar på distans", a "Justering" line of its own, "§ 1 Omedelbar justering"); two
protocols of different bodies in one PDF, the second's paragraphs from § 1 again (the want
gives each paragraph its protocol's body and date); a municipal company's board minutes in
English ("Item 4<tab>Title", "Resolved" over the decision); "KF § 45/2023" alone over a wrapping
title, "Diarienummer:", "Kommunstyrelsens förslag" before "Kommunfullmäktiges beslut"; a region's
paragraphs as table rows "HSN § 112" / "HSN 2023-0456" | text, running over page breaks; and two
that are NOT protocols: a tjänsteskrivelse citing "§ 45" in bold lines of their own, and a law
text ("1 kap.", "2 a §", a bold "3 §" alone on a line). Measured with main's binary (c547d56)
before any rule changed: `bench/protocol-rates /tmp/base/kommission utdrag-stampel
paragraf-tabell underrubriker extra-distans samlingsprotokoll board-items-en prefix-ar-rubrik
hsn-rader tjanst-hanvisning forordning`: id and title 80/135 (English "Item N": 0 of 25; the
grid: 12 rows with the decision cell read into the title, 8 not found; the bundle's second
protocol: 10 missing), paragraph count 38/50 (the two that are no protocols: 0 rows), decisions
75/92, adjusters 18/28 (a "Justering" line; the bundle's second protocol read as adjusters),
secretary 23/28 ("…, deltar på distans" kept), diary number 87/87, reservations 92/92, the
other meeting fields full. One want was set right before this was measured: a
"Protokollsanteckning" alone counts as a reservation (as in omrostning-jav).

Written later as a sixteenth blind check (2026-12-04, session 10; all five producers), pushing
on structure: paragraphs as rows of a borderless two-column table whose left cell is one plain
run "§ 12 Dnr TN 2023/112" (head and diary number in one paragraph); council minutes whose
decision breaks over a page mid-list, the next page opening "§ 88 (forts.) Title" before the
rest of the att-lines, and "forts. § 89" alone atop a page in a paragraph's text; attendance
only in an appendix after the signatures ("Bilaga 1 Närvarolista": "Ledamot | Parti |
Närvarande" with Ja/Nej, "Ersättare | Parti | Tjänstgör"); side headings in a 3.5 cm hanging
margin ("Beslut<tab>Kommunstyrelsen beslutar att …", "Diarienummer<tab>…", "Yrkanden<tab>…");
a joint board of two municipalities, both named on the first line above the body; a head
"§ 24" alone at a page's foot with its title atop the next page under the running header; a
bordered grid "§ | Ärende | Dnr | Beslut" whose first column is too narrow for "KS § 112" on
every producer ("KS §" over "112"); heads with the diary number inside the title line
("§ 12 Title (dnr BN 2024/12)", "§ 13 Title, BN 2023/301", "§ 14 Title – BN 2024/40"); and
one that is NOT a protocol: an agenda ("Föredragningslista") with the meeting's fields as a
protocol has them, twelve "§ N<tab>Title" items and "Förslag till beslut" over
"Kommunstyrelsen beslutar att …". Measured with main's binary (c4c8433) before any rule
changed: `V=1 bench/protocol-rates /tmp/base/kommission dnr-huvudcell forts-mitt-beslut
narvaro-bilaga beslut-marginal gemensam-namnd rubrik-sidbrytning rubrikcell-smal dnr-i-rubrik
foredragningslista-forslag`: id and title 98/130 (the narrow grid: 0 of 20, no paragraph on any
producer; the title line's diary number left in the title with its "(dnr", "," or "–": 15 of
15; Chromium's running header read into the title on the page after a lone head: 1), paragraph
count 41/45 (the agenda: 0 rows on every producer), decisions 107/114 ("§ 88 (forts.) Title"
read into the att-line before it: 5; a left cell's last decision lost by Chromium/WeasyPrint:
2), attendees 0/5 (the appendix grid read row by row with its party and Ja/Nej cells), body
31/36 (the two municipalities' names above the body: 5), adjusters 35/36 (the narrow grid's
heads "Dnr Beslut" read as an adjuster: 1), diary number 114/114, reservations 114/114, the
other meeting fields full. After the session's rules (same command): id and title 113/130 (the
narrow grid's 16 rows on the PDF producers and Chromium's lone head remain), paragraph count
41/45, decisions 111/114, attendees 5/5, body 36/36.

Written later as a seventeenth blind check (2026-12-04, session 11; all five producers), of
other systems' and authors' habits: council minutes whose heads pair the paragraph with the
agenda's item ("§ 134<tab>Ärende 12" over the bold title), with interpellations answered and
asked ("Interpellationen förklaras besvarad.") and "Yrkanden", "Propositionsordning",
"Votering" over a roll-call grid; a company's extra general meeting typed by a law firm
("Röstlängd" grid, "§ 1 Title" heads, decisions in the passive "Beslutades att …",
"… godkändes …", "Stämman beslöt …", names signed over their roles); an "Utdrag ur
sammanträdesprotokoll" of two paragraphs each closing with "Expedieras till:" and "Exp.
2024-03-21 /LB"; heads in the page's left margin in floating text boxes (Word's DrawingML text
box, pdfTeX's \llap, an absolutely placed box in HTML); a Teams-era meeting ("Närvarande i
sammanträdesrummet", "Närvarande digitalt", "Övriga deltagare (digitalt)", "Justering sker
digitalt"); a paragraph running over three pages with no "forts." under a running header and
a footer; a city's serial diary numbers "0345/19" with "§ 31" alone over the title and
"Handling 2024 nr 31", hand-typed "1. …" decisions; decisions in a bordered box ("Beslut" at
its top) after a differently worded "Förslag till beslut"; and two that are NOT protocols: an
"ANSLAG/BEVIS" printed alone ("Paragrafer §§ 45–67") and a follow-up list of commissions
("KS § 45/2023 | att utreda …"). Measured with main's binary (a21be85) before any rule
changed: `V=1 bench/protocol-rates /work/base/kommission kf-arende-rubrik stamma-paragrafer
utdrag-expedieras marginal-textruta teams-narvaro tre-sidor dnr-lopnummer-ar beslut-ruta
anslagsbevis-enskilt uppdragslista`: id and title 112/130 ("Ärende 12" read into the title on
every producer: 15; the Word text box: the head read, the next line of text taken as the
title, 3), paragraph count 50/50 (the two that are no protocols: 0 rows), decisions 122/130
("… godkändes …" not read as a decision: 5; "Expedieras till:" read into LibreOffice's last
att-line: 1; the .docx text box's next title read into a decision: 1; Chromium's fixed header
and footer in a decision: 1), body 28/35 ("Stadsdelsnämnden Ekby" cut to "Stadsdelsnämnden": 5;
the utdrag's body not found in the .docx and LibreOffice's print: 2), secretary 35/40 and
adjusters 35/40 (names signed over "Ordförande | Protokollförare | Justeringsperson": 5 each),
chair 38/40 (Chromium and WeasyPrint: "ProtokollförareJusteringsperson"), diary number
100/100 ("0345/19" is read), attendees 5/5, reservations 130/130, the other fields full.
One want was set right after this was measured, to the older shapes' contract: a procedural
"Den upprättade röstlängden godkändes …" is no decision (as "Dagordningen godkändes." is
none in board-minutes and the others); with it, main's decisions are 127/130. After the
session's rules (same command): id and title 127/130 (the .docx text box: 3), decisions 127/130,
body 35/35, secretary 38/40, adjusters 38/40, chair 38/40 (Chromium's and WeasyPrint's roles
touching in the generator's 2.4 cm tab boxes: "ProtokollförareJusteringsperson").

Written later as an eighteenth blind check (2026-12-04, session 12; all five producers): a
regional council whose heads are borderless rows "§ 45 | Title | Ärende 12" with "Dnr RS
2023/45" under the item in a right-aligned third column; a working committee numbering its
items "Punkt 3" alone over the title, proposing to the board ("Arbetsutskottet föreslår
kommunstyrelsen besluta" over att-lines); a nämnd whose "Beslut" only refers to the
"Förvaltningens förslag till beslut" ("Nämnden beslutar enligt förvaltningens förslag.")
after an "Ärendebeskrivning"; "Jäv" notes and reservations made by a party's group; bold heads
"§ 45 Budget 2024 (KS 2023/112)" with the text running on after them on the same line; a
municipal company's summary minutes in English ("Present:" over "Karl Berg, Chairman", items
hand-typed "2. Title", "It was resolved …"); the auditors' minutes ("Revisorerna i Ekby
kommun", "Dnr Rev 2024/6"); a Ciceron cover page whose dotted signature lines ("Sekreterare
……… Paragrafer §§ 21–23") and ANSLAG/BEVIS come before the paragraphs; and three that are NOT
protocols: a board's "KALLELSE" with "§ 45 Title" items and "Förslag till beslut", a motion's
att-satser citing "KF § 112/2022", and an association's annual-meeting notice with its agenda
as "§ 1 Mötets öppnande" … lines. Measured with main's binary (49e216c) before any rule
changed: `V=1 bench/protocol-rates /work/base/kommission rf-hogerspalt au-punkt enligt-forslag
jav-parti fet-inline summary-minutes-en revisorer underskrifter-forst kallelse-namnd
motion-attsatser arsmote-kallelse`: id and title 80/130 (the right column's "Ärende 12" read
into the title on every producer: 15; the bold head's "(KS" left in the title: 15; the English
summary minutes: no row on any producer, 20), paragraph count 50/55 (the three that are no
protocols: 0 rows), decisions 110/110, diary number 85/95 (see below), chair 30/35 and
secretary 30/35 (the dotted signature lines read into the names: "……… Paragrafer §§ 21–23 Eva
Ström"), date 34/35 (pdfTeX's cover: the adjustment's date taken for the meeting's), attendees
5/5, body 30/30, adjusters 35/35, place 30/30, time 35/35, reservations 110/110. One want was
set right after this was measured, to the contract every other want keeps: a diary number's
series in capitals ("REV 2024/6"; before 85/95, with it 95/95). After the session's rules (same
command): id and title 109/130 (the English summary minutes are not classified as minutes by
structure::classify: 20; LibreOffice's head row reads the title's last line after the right
cell: 1), chair 35/35, secretary 35/35, date 34/35 (pdfTeX's cover table read by columns).

Written later as a nineteenth blind check (2026-12-04, session 13; all five producers): a
municipal company's annual general meeting ("§ 1. Title" with a full stop, decisions in the past
tense with other verbs: "Stämman fastställde …", "Stämman beviljade …", "Stämman valde …"); a
foundation's board minutes as a borderless two-column table ("Punkt 4" beside the title and
text, "Beslut:" beside the decision); council minutes with an interpellation and a question
("Interpellationen anses besvarad.", "Frågan anses besvarad.") and an announcement that decides
nothing; paragraphs inserted as "§ 12a", "§ 12b" alone over their titles; paragraphs running over
page breaks marked "§ 45, forts." and "Forts. § 46 Title" (in the middle of the att-lines); a
Platina-like print with a three-column page-header table ("… | SAMMANTRÄDESPROTOKOLL | Blad" over
"Sammanträdesdatum | date | N"), a cover table and signatures as label/value rows, heads "MBN §
88" alone; a "Beslutslista" published before the minutes are adjusted (no signatures: it gives
its paragraphs and decisions, since it records what was decided under the protocol's numbers,
unlike a notice that proposes); heads in a bordered table "§ | Ärende" over "45 | Title / Dnr";
and three that are NOT protocols: a board's reglemente in "§ 5 Title" sections about its minutes
and their adjustment, an agenda ("Föredragningslista") numbering its items "1. Title" with "Förslag
till beslut", and an office's letter quoting "KS § 45/2023" and "§ 45". Measured with main's
binary (b4adfcd) before any rule changed: `V=1 bench/protocol-rates /work/base/kommission
arsstamma-bolag punkt-marginal kf-fragor paragraf-bokstav forts-komma platina-blad beslutslista
paragraf-arende-grid reglemente-nummer foredragningslista-nummer skrivelse-hanvisning`: id and
title 125/155 (the "Ärende" column head read into the title on every producer: 15; the
beslutslista: no row on any producer, 15), paragraph count 50/55 (the three that are no
protocols: 0 rows), decisions 120/140 ("fastställde"/"beviljade"/"valde" not read as decisions:
15; "Forts. § 46 Title" read into the att-line before it: 5), adjusters 30/35 (the chair who signs
under "Justeras" among the adjusters), body 24/25 and diary number 79/80
(Chromium leaves the page-header table out of its text), attendees 5/10, the other fields full,
reservations 140/140. Two wants were set right after this was measured, to the contract of
the older shapes: "Övriga deltagare" are attendees (as in ciceron-header; attendees then 10/10),
and the chair who signs under "Justeras" is an adjuster (as in board-meeting; adjusters 35/35).

Written later as a twentieth blind check (2026-12-04, session 14; all five producers): heads
giving the diary number before the title ("§ 12 Dnr KS 2023/145 – Title", "§ 13 KS 2023/160 –
Title", "§ 14 Dnr KS 2023/171 Title"); a protocol adjusted digitally, its "Justeringsanteckning"
(roles and names, the adjustment's date) on a last page of its own; a company board's decision
"per capsulam" (taken by e-mail, the members named in a sentence, no time or place); a short
protocol typed as plain running text (no bold, no gaps, two "§ 8 Title" paragraphs on one page);
a typed table of contents with dotted leaders and page numbers ("§ 21 Title ....... 2") before
the paragraphs; a Swedish company's board minutes in English with an inline "Resolution:" in the
past tense ("The Board approved …", "The Board appointed …"); paragraphs closing with mailing
lists ("Sändlista", "För kännedom" over bullets, "Expedierat … /AB"); sub-headings in capitals
("ÄRENDEBESKRIVNING", "YRKANDEN", "PROPOSITIONSORDNING", "BESLUT", "RESERVATION"); and three that
are NOT protocols: a tjänsteskrivelse citing "KF § 12, 2022" (also alone on a line), a council's
"Arbetsordning" in bold "§ N Title" rules about its protocol and reservations, and a newsletter
"Nytt från kommunstyrelsen" telling the board's decisions under headlines ("(KS § 88)", one
headline "§ 90 Title"). Measured with main's binary (b52c56b) before any rule changed:
`V=1 bench/protocol-rates /work/base/kommission dnr-fore-titel justeringsanteckning per-capsulam
rubrik-lopande innehall-punktlinjer resolution-en sandlista versala-rubriker tjanst-kf-komma
arbetsordning-paragrafer nyhetsbrev-beslut`: id and title 90/100 (the dash after the diary number
left in the title, "– Budget 2024 …": 10), paragraph count 55/55 (the three that are no
protocols: 0 rows), decisions 90/100 (English "Resolution: The Board approved …" not read as a
decision: 10), diary number 65/65, reservations 100/100, every meeting field full (adjusters
40/40, attendees 5/5, body 30/30, chair 35/35, date 40/40, place 35/35, secretary 40/40, time
35/35). After the session's rules (same command): id and title 100/100, decisions 100/100, every
other field full. With them the nineteenth's "beslutslista" is read on every producer (a list of
"§ N" heads each over "Beslut" is a protocol to structure::classify; its place no longer runs on
into the sentence under it), and two decision sentences on lines of their own that a producer
sets as one block are two decisions (arende-delpunkter, bilingual-board.pdftex,
utdrag-bestyrks.chrome).

Written later as a twenty-first blind check (2026-12-05, session 15; all five producers): a
regional board numbering its paragraphs with the year ("§ 2024:15 Title"; the label keeps the
paragraph's number, as "Kf § 12/2013" does); a nämnd whose "Beslut" is procedure ("Ärendet
bordläggs …", "Ärendet återremitteras …") after a "Förslag till beslut"; the attendance as a
grid "Ledamöter | Ersättare" with party marks and a substitute who "tjänstgör för" an absent
member; council minutes adopting a reglemente printed after the signatures as "Bilaga 1 till
KF § 23" with its own "§ 1 Uppgifter" … rules; a working committee's "KSAU § 45" with
"Beredning", "Yrkande", "Arbetsutskottets beslut" inside each paragraph and a closing
"Justering: …" line; paragraphs printed as forms (a label/value table "Paragraf | § 31",
"Ärende", "Diarienummer", "Beslut" per paragraph); and two that are NOT protocols: a report of
officials' delegated decisions (a grid "Beslut | Datum | Dnr | Beslutsfattare", rows "DB § 14
…") and a tjänsteskrivelse quoting a whole "KSAU § 23" paragraph as an "Utdrag ur protokoll".
Measured with main's binary (5cebc83) before any rule changed: `V=1 bench/protocol-rates
/work/base/kommission paragraf-arsnummer bordlaggning ledamot-ersattare bilaga-reglemente
ksau-beredning paragraf-formular delegationsbeslut-tabell tjanst-utdrag`: id and title 35/70
("§ 2024:15" read as paragraph 2024: 15; the appendix's "§ 1 Uppgifter" … rules taken for the
paragraphs and the "KF § 23" heads lost: 10; the form tables: no paragraph on any producer,
10), paragraph count 30/40 (the two that are no protocols: 0 rows), decisions 45/60 (the
closing "Justering: …" line read into the last decision: 5; the lost paragraphs: 10), diary
number 50/60, attendees 0/5 (the absent member named after "tjänstgör för" counted),
adjusters 20/25 (the appendix's person elected in § 24 read as an adjuster), the other fields
full, reservations 60/60; "Ärendet bordläggs" under "Beslut" is read as the decision. After the
session's rules (same command): every field full (id and title 70/70, decisions 70/70,
attendees 5/5, adjusters 30/30); with them LibreOffice's paragraf-arende-grid § 47 (a grid row
broken over a page after its column head "Ärende") is read too. The round's shapes are written
with the helpers opening()/usual_opening() (the header and the meeting from one set of fields)
and paragraphs() (the paragraphs and their wants from one list).

Written later as a twenty-second blind check (2026-12-05, session 16; all five producers): a
header as a grid with a head row ("Organ | Sammanträdesdatum | Plats" over the values); heads
"§ 22" alone with the title on the next line in a larger size; a regional council whose items
carry no § ("Title<tab>Ärende 12", the item's number set right); "Reservation: …" and
"Protokollsanteckning: …" as labelled lines after the decision; a municipal company's board
minutes with hand-typed points "2. Title" and "Beslut: …" label lines; a chair's decision
between meetings ("Protokoll över ordförandebeslut", one §, signed by the chair alone under
"Underskrift"); decisions in a bordered box with no "Beslut" label; every paragraph on a page
of its own with an "ANSLAG/BEVIS" block after the signatures; and two that are NOT protocols:
a workshop's "Minnesanteckningar" (numbered points, "Inga beslut fattades.") and an agenda
whose items already carry their paragraph numbers ("§ 45<tab>Title", "Föredragande: …") with
no proposal. Measured with main's binary (604ee98) before any rule changed: `V=1
bench/protocol-rates /work/base/kommission organ-tabell rubrik-storre arende-hoger
reservation-inline bolag-punkter ordforandebeslut ruta-utan-rubrik sida-anslag
minnesanteckningar dagordning-paragrafer`: id and title 95/110 (the items "Title<tab>Ärende
12": no paragraph on four producers, one wrong on LibreOffice, 15), paragraph count 45/50 (the
two that are no protocols: 0 rows), decisions 80/96 (the box's decision without a label not
read: 10; "Underskrift Siv Holmgren, ordförande" read into the chair's decision: 5; 1 on
arende-hoger.lo), body 31/36 (the company's minutes: "Styrelsen" for "Ekby Energi AB", 5),
adjusters 30/31 and diary number 75/76 (arende-hoger.lo), the other fields full, reservations
96/96 (the labelled "Reservation:"/"Protokollsanteckning:" lines counted and kept out of the
decisions on every producer), the larger-size titles, the header grid and the page a
paragraph all read right. One want was set right after this was measured, to the contract of
the older company shapes (bolag-styrelse, bolagsstamma): a company's board minutes leave the
body unchecked (body 31/31). After the session's rules (same command): decisions 85/96
("Underskrift" opens the signatures: ordforandebeslut 5/5); still open: arende-hoger's items
set right of their titles (15) and ruta-utan-rubrik's unlabelled box (10). The shapes of the
twenty-first and twenty-second rounds are written with usual_protocol() (opening, paragraphs
and signatures from one call).

Needs (Debian 12): python3-docx (or pip python-docx), libreoffice-writer-nogui,
texlive-latex-base texlive-latex-recommended texlive-lang-european lmodern.  CI does not:
the files are committed.  Run from anywhere:  python3 tests/data/protocols/make.py
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
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------------------
# Blocks: ("title", text, pt) ("line", text) ("bold", text) ("table", [[cells]], bold_first)
# ("tabbed", [parts], bold) ("bullets", [items]) ("numbers", [items]) ("gap",) ("page",)


def meeting_of(body=None, date=None, time=None, place=None, chair=None, secretary=None, adjusters=(), attendees=()):
    """A meeting's fields as NAME.want.json holds them (none at all for a document that is no
    protocol)."""
    return {"body": body, "date": date, "time": time, "place": place, "chair": chair, "secretary": secretary,
            "adjusters": list(adjusters), "attendees": list(attendees)}


def paragraph_want(label, number, title, diary=None, decisions=(), basis=(), reservations=0, referenced=None):
    """A paragraph as NAME.want.json holds it; a decision of a list ("att …," in a line or a
    bullet) without the comma that joins it to the next. `referenced`: the paragraph's other
    diary numbers (written, and checked, only where a shape gives them)."""
    w = {
        "label": label,
        "paragraph": number,
        "title": title,
        "diary_number": diary,
        "decisions": [d.rstrip(",") for d in decisions],
        "basis": list(basis),
        "reservations": reservations,
    }
    if referenced is not None:
        w["referenced_diary_numbers"] = list(referenced)
    return w


def signed(secretary, *signers, taken="Vid protokollet", approved="Justeras"):
    """The signatures at the end: "Vid protokollet" over the secretary, "Justeras" over the
    chair and the adjusters on one line (the labels may be given in two languages)."""
    return [("line", taken), ("line", secretary), ("gap",), ("line", approved),
            ("tabbed", list(signers), False)]


_FIELDS_USUAL = ("Datum", "Tid", "Plats", "Ordförande", "Sekreterare", "Justerare")
_FIELDS = {"Datum": "date", "Sammanträdesdatum": "date", "Tid": "time", "Plats": "place", "Ordförande": "chair",
           "Sekreterare": "secretary", "Justerare": "adjusters"}


def labelled_lines(rows):
    """Label/value rows as tabbed lines ("Datum<tab>2024-03-04")."""
    return [("labelled", k, v) for k, v in rows]


def opening(body, kind, size, fields, labelled=False):
    """A protocol's first lines and its meeting: the body as the title, what the document is
    under it, then the meeting's fields (label: value, in order) as a two-column table or, with
    `labelled`, as tabbed lines; the meeting as NAME.want.json holds it (adjusters parted by ", ")."""
    rows = list(fields.items())
    shown = labelled_lines(rows) if labelled else [("table", [list(r) for r in rows], False)]
    meeting = {_FIELDS[k]: v for k, v in rows if k in _FIELDS}
    meeting["adjusters"] = meeting["adjusters"].split(", ") if "adjusters" in meeting else []
    return [("title", body, size), ("line", kind), ("gap",), *shown, ("gap",)], meeting_of(body, **meeting)


def paragraphs(b, paras, render, label="§ {}"):
    """Each paragraph (number, title, diary number, …, its one decision last) set after the
    blocks `b` as `render(*paragraph)` gives it; their wants."""
    want = []
    for n, title, dnr, *rest in paras:
        b += render(n, title, dnr, *rest)
        want.append(paragraph_want(label.format(n), n, title, dnr, [rest[-1]]))
    return want


def usual_opening(body, kind, size, date, time, place, chair, secretary, adjusters, labelled=False):
    """opening() with the usual six fields: "Datum", "Tid", "Plats", "Ordförande", "Sekreterare", "Justerare"."""
    values = (date, time, place, chair, secretary, adjusters)
    return opening(body, kind, size, dict(zip(_FIELDS_USUAL, values)), labelled)


def usual_protocol(fields, paras, render, label="§ {}", labelled=False, tail=()):
    """A protocol of usual_opening(*fields), the paragraphs as paragraphs() sets them, the blocks
    `tail` and the usual signatures (the secretary over the chair and the adjusters): its
    blocks, meeting and wants."""
    b, meeting = usual_opening(*fields, labelled=labelled)
    want = paragraphs(b, paras, render, label)
    b += [*tail, *signed(meeting["secretary"], meeting["chair"], *meeting["adjusters"])]
    return b, meeting, want


def ciceron():
    b = [
        ("title", "Kommunstyrelsen", 16),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        (
            "table",
            [
                ["Plats och tid", "Kommunhuset, Sessionssalen, kl. 13.00–15.30"],
                ["Sammanträdesdatum", "2021-03-15"],
                ["Beslutande", "Eva Lind (S), ordförande\nPer Holm (M)\nSara Nyberg (C)"],
                ["Utses att justera", "Per Holm"],
                ["Justeringens plats och tid", "Kommunhuset 2021-03-18"],
            ],
            False,
        ),
        ("gap",),
        (
            "table",
            [["Sekreterare", "Maria Ek"], ["Ordförande", "Eva Lind"], ["Justerande", "Per Holm"]],
            False,
        ),
        ("page",),
    ]
    paras = [
        ("45", "Detaljplan för Norra hamnen", "KS 2021/45"),
        ("46", "Budgetuppföljning februari 2021", "KS 2021/12"),
        ("47", "Motion om fler cykelbanor", "KS 2020/310"),
    ]
    want = []
    for n, title, dnr in paras:
        b += [
            ("tabbed", [f"§ {n}", title], True),
            ("line", f"Dnr {dnr}"),
            ("bold", "Sammanfattning"),
            (
                "line",
                "Stadsbyggnadskontoret har tagit fram ett underlag. Ärendet har beretts av "
                "arbetsutskottet som föreslår att ärendet godkänns.",
            ),
            ("bold", "Beslutsunderlag"),
            ("line", "- Tjänsteskrivelse 2021-02-20"),
            ("line", "- Arbetsutskottets protokoll 2021-03-01"),
            ("bold", "Kommunstyrelsens beslut"),
            ("line", "Kommunstyrelsen beslutar"),
            ("line", "att godkänna förslaget,"),
            ("line", "att ge kommundirektören i uppdrag att verkställa beslutet."),
            ("gap",),
        ]
        want.append(
            paragraph_want(
                f"§ {n}",
                int(n),
                title,
                dnr,
                ["att godkänna förslaget", "att ge kommundirektören i uppdrag att verkställa beslutet."],
                ["Tjänsteskrivelse 2021-02-20", "Arbetsutskottets protokoll 2021-03-01"],
            )
        )
    meeting = meeting_of("Kommunstyrelsen", "2021-03-15", "13.00–15.30", None, "Eva Lind", "Maria Ek", ["Per Holm"], ["Eva Lind", "Per Holm", "Sara Nyberg"])
    return b, meeting, want


def platina():
    b = [
        ("title", "PROTOKOLL", 14),
        ("bold", "Barn- och utbildningsnämnden"),
        ("gap",),
        (
            "table",
            [
                ["Sammanträdestid", "2022-05-10 kl. 09:00-11:45"],
                ["Plats", "Stadshuset, rum 301"],
                ["Beslutande ledamöter", "Jonas Berg (S) (Ordförande), Lina Sjö (L), Omar Ali (V)"],
                ["Övriga närvarande", "Karin Wik (Sekreterare)"],
                ["Justerare", "Lina Sjö"],
            ],
            False,
        ),
        ("gap",),
    ]
    paras = [
        (12, "BUN 2022/40", "Val av justerare"),
        (13, "BUN 2022/41", "Skolskjuts till friskolor"),
        (14, "BUN 2022/17", "Lokalförsörjningsplan för grundskolan 2023–2030"),
        (15, "BUN 2022/44", "Delegationsbeslut"),
    ]
    want = []
    for n, dnr, title in paras:
        b += [
            ("tabbed", [f"§ {n}", f"Dnr {dnr}"], True),
            ("bold", title),
            ("bold", "Förslag till beslut"),
            ("line", "Förvaltningen föreslår att nämnden godkänner förslaget."),
            ("bold", "Beslut"),
            ("line", "1. Nämnden godkänner förslaget."),
            ("line", "2. Beslutet gäller från och med den 1 juli 2022."),
        ]
        if n == 13:
            b += [("bold", "Reservation"), ("line", "Omar Ali (V) reserverar sig mot beslutet.")]
        b.append(("gap",))
        want.append(
            paragraph_want(
                f"§ {n}",
                n,
                title,
                dnr,
                ["Nämnden godkänner förslaget.", "Beslutet gäller från och med den 1 juli 2022."],
                reservations=int(n == 13),
            )
        )
    meeting = meeting_of("Barn- och utbildningsnämnden", "2022-05-10", "09:00-11:45", "Stadshuset, rum 301", "Jonas Berg", "Karin Wik", ["Lina Sjö"], ["Jonas Berg", "Lina Sjö", "Omar Ali", "Karin Wik"])
    return b, meeting, want


def meetings_plus():
    b = [
        ("title", "Protokoll", 14),
        ("line", "Kommunstyrelsen"),
        (
            "table",
            [
                ["Tid", "2013-06-03 kl. 14.00–16.00"],
                ["Plats", "Kommunhuset"],
                ["Ordförande", "Gun Åkesson"],
                ["Sekreterare", "Lars Öhman"],
                ["Justerare", "Ali Demir och Eva Ström"],
            ],
            False,
        ),
        ("gap",),
    ]
    paras = [
        (110, "Årsredovisning 2012", "KS 2013/375"),
        (111, "Taxa för bygglov", "KS 2013/201"),
        (112, "Medborgarförslag om utegym", "KS 2013/99"),
    ]
    want = []
    for n, title, dnr in paras:
        b += [
            ("tabbed", [f"KS § {n}", title, dnr], True),
            ("bold", "Ärendebeskrivning"),
            ("line", "Ekonomiavdelningen har upprättat ett förslag. Se även Kf § 12/2013."),
            ("bold", "Handlingar"),
            ("line", "Tjänsteskrivelse"),
            ("bold", "Beslut"),
            ("line", "Kommunstyrelsen föreslår kommunfullmäktige att godkänna förslaget."),
            ("gap",),
        ]
        want.append(
            paragraph_want(
                f"KS § {n}",
                n,
                title,
                dnr,
                ["Kommunstyrelsen föreslår kommunfullmäktige att godkänna förslaget."],
                ["Tjänsteskrivelse"],
            )
        )
    meeting = meeting_of("Kommunstyrelsen", "2013-06-03", "14.00–16.00", "Kommunhuset", "Gun Åkesson", "Lars Öhman", ["Ali Demir", "Eva Ström"])
    return b, meeting, want


def evolution():
    b = [
        ("title", "Sammanträdesprotokoll", 14),
        ("bold", "Miljö- och byggnadsnämnden"),
        (
            "table",
            [
                ["Sammanträdesdatum", "14 september 2023"],
                ["Plats", "Folkets hus"],
                ["Ordförande", "Nils Persson"],
                ["Sekreterare", "Elin Borg"],
                ["Justerare", "Hanna Lund"],
            ],
            False,
        ),
        ("gap",),
    ]
    heads = [("§ 3", "§ 3", 3), ("§ 3a", "§ 3a", 3), ("§ 3 b", "§ 3b", 3), ("§ 4.", "§ 4", 4)]
    titles = [
        "Tillsynsplan 2024",
        "Yttrande över vattenplan",
        "Strandskyddsdispens för brygga",
        "Anmälan av delegationsbeslut",
    ]
    want = []
    for (h, label, n), t in zip(heads, titles):
        b += [
            ("tabbed", [h, t], True),
            ("line", "Nämnden har tagit del av ärendet och förvaltningens yttrande."),
            ("bold", "Beslut"),
            ("line", "Miljö- och byggnadsnämnden beslutar att godkänna yttrandet."),
            ("gap",),
        ]
        want.append(
            paragraph_want(
                label, n, t, None, ["Miljö- och byggnadsnämnden beslutar att godkänna yttrandet."]
            )
        )
    meeting = meeting_of("Miljö- och byggnadsnämnden", "2023-09-14", None, "Folkets hus", "Nils Persson", "Elin Borg", ["Hanna Lund"])
    return b, meeting, want


def board_minutes():
    items = [
        ("Mötet öppnades", "Ordföranden Anna Holm öppnade mötet."),
        ("Val av justerare", "Till justerare valdes Björn Dahl."),
        ("Godkännande av dagordningen", "Dagordningen godkändes."),
        (
            "Ekonomisk rapport",
            "Kassören redogjorde för ekonomin. Styrelsen beslutade att lägga rapporten till handlingarna.",
        ),
        ("Övriga frågor", "Inga övriga frågor."),
        ("Mötet avslutades", "Ordföranden tackade för visat intresse."),
    ]
    b = [
        ("title", "Protokoll fört vid styrelsemöte i Föreningen Grönskan", 13),
        ("line", "Datum: 2024-02-20"),
        ("line", "Plats: Föreningslokalen"),
        ("line", "Närvarande: Anna Holm, Björn Dahl, Cecilia Strand, David Ek"),
        ("gap",),
    ]
    for k, (t, body) in enumerate(items):
        # Word numbers the items itself: the "1." is not in the document's text.
        b += [("numbered_heading", k + 1, t), ("line", body)]
    b += [
        ("gap",),
        ("line", "Vid protokollet"),
        ("line", "Cecilia Strand"),
        ("line", "Justeras"),
        ("tabbed", ["Anna Holm", "Björn Dahl"], False),
    ]
    # The decision is the sentence that decides ("Styrelsen beslutade att …").
    want = [
        paragraph_want(str(k + 1), k + 1, t, decisions=[d for d in body.split(". ") if "beslutade" in d])
        for k, (t, body) in enumerate(items)
    ]
    meeting = meeting_of(None, "2024-02-20", None, "Föreningslokalen", None, "Cecilia Strand", ["Anna Holm", "Björn Dahl"], ["Anna Holm", "Björn Dahl", "Cecilia Strand", "David Ek"])
    return b, meeting, want


def arende():
    b = [
        ("title", "Protokoll från sammanträde med Socialnämnden", 13),
        (
            "table",
            [["Sammanträdesdatum", "2020-11-24"], ["Ordförande", "Ulla Berg"], ["Sekreterare", "Jan Ek"]],
            False,
        ),
        ("gap",),
    ]
    titles = [
        ("Informationsärenden", "SN 2020/101"),
        ("Internkontrollplan 2021", "SN 2020/118"),
        ("Riktlinjer för ekonomiskt bistånd", "SN 2020/96"),
    ]
    want = []
    for k, (t, dnr) in enumerate(titles):
        n = k + 5
        b += [
            ("tabbed", [f"Ärende {n}", t], True),
            ("line", f"Diarienummer {dnr}"),
            ("bold", "Beslut"),
            ("line", "Socialnämnden beslutar"),
            ("bullets", ["att godkänna förvaltningens förslag", "att anmäla beslutet till kommunstyrelsen"]),
            ("gap",),
        ]
        want.append(
            paragraph_want(
                f"Ärende {n}",
                n,
                t,
                dnr,
                ["att godkänna förvaltningens förslag", "att anmäla beslutet till kommunstyrelsen"],
            )
        )
    meeting = meeting_of("Socialnämnden", "2020-11-24", None, None, "Ulla Berg", "Jan Ek")
    return b, meeting, want


def table_heads(page_per_paragraph=False):
    """Another meeting system's layout: every page carries a footer "Justerandes signatur |
    Utdragsbestyrkande"; the paragraph head is a two-cell table row "§ 58 | Dnr KS 2021/123"
    with the title on a bold line below; the date is written with its weekday in words;
    "Förslag till beslut" (the committee's proposal) comes before "Kommunstyrelsens beslut";
    "Beslutet skickas till" closes a paragraph; the adjusters sign on the last page.
    (The paragraphs run on: a paragraph head at the top of every page is read as a running
    header by the PDF reader today.)
    With `page_per_paragraph` (the shape "table-heads-paged") every paragraph starts on a page
    of its own, so its head row "§ 58 | Dnr KS 2021/123" stands at the top of most pages and,
    with its digits masked, repeats like a running header; its numbers do not move in step
    with the page, so it is content."""
    b = [
        ("footer", ["Justerandes signatur", "Utdragsbestyrkande"]),
        ("title", "SAMMANTRÄDESPROTOKOLL", 14),
        ("bold", "Kommunstyrelsen"),
        ("gap",),
        (
            "table",
            [
                ["Plats och tid", "Stadshuset, sammanträdesrum Ekan, onsdagen den 21 april 2021 kl. 09.00–12.10"],
                ["Beslutande", "Karin Ström (S), ordförande\nJohan Lund (M)\nAmir Hassan (V)"],
                ["Övriga deltagande", "Lena Frisk, kommunsekreterare"],
                ["Justeringens plats och tid", "Stadshuset 2021-04-26"],
                ["Paragrafer", "§§ 58–60"],
            ],
            False,
        ),
        ("page",),
    ]
    paras = [
        ("58", "KS 2021/123", "Riktlinjer för representation", False),
        ("59", "KS 2021/88", "Försäljning av fastigheten Ekby 4:12", True),
        ("60", "KS 2020/415", "Svar på motion om solceller på kommunens tak", False),
    ]
    want = []
    for n, dnr, title, reserved in paras:
        b += [
            ("table", [[f"§ {n}", f"Dnr {dnr}"]], True),
            ("bold", title),
            ("bold", "Ärendebeskrivning"),
            ("line", "Kommunledningskontoret har tagit fram ett förslag som arbetsutskottet har behandlat."),
            ("bold", "Förslag till beslut"),
            ("line", "Arbetsutskottet föreslår kommunstyrelsen besluta att godkänna förslaget."),
            ("bold", "Kommunstyrelsens beslut"),
            ("line", "Kommunstyrelsen beslutar"),
            ("line", "att godkänna förslaget,"),
            ("line", "att uppdra åt kommundirektören att genomföra beslutet."),
        ]
        if reserved:
            b += [
                ("bold", "Reservation"),
                ("line", "Amir Hassan (V) reserverar sig mot beslutet till förmån för eget yrkande."),
            ]
        b += [
            ("bold", "Beslutet skickas till"),
            ("line", "Kommunledningskontoret"),
            ("line", "Ekonomiavdelningen"),
            ("page",) if page_per_paragraph else ("gap",),
        ]
        want.append(
            paragraph_want(
                f"§ {n}",
                int(n),
                title,
                dnr,
                ["att godkänna förslaget", "att uppdra åt kommundirektören att genomföra beslutet."],
                reservations=int(reserved),
            )
        )
    if not page_per_paragraph:
        b.append(("page",))
    b += [
        ("bold", "Underskrifter"),
        (
            "table",
            [["Sekreterare", "Lena Frisk"], ["Ordförande", "Karin Ström"], ["Justerande", "Johan Lund"]],
            False,
        ),
    ]
    meeting = meeting_of("Kommunstyrelsen", "2021-04-21", "09.00–12.10", None, "Karin Ström", "Lena Frisk", ["Johan Lund"])
    return b, meeting, want


def council_notice():
    """A council's minutes ("Kommunfullmäktige") with "Kf § 12" heads and the diary number at
    the right of the head line, the decision under "Kommunfullmäktiges beslut" as numbered
    points, the adjusters and the date of adjustment in the header ("Justerare", "Justeringsdatum"),
    and the notice of adjustment ("ANSLAG/BEVIS") at the end of the minutes."""
    b = [
        ("title", "Protokoll", 14),
        ("bold", "Kommunfullmäktige"),
        (
            "table",
            [
                ["Sammanträdesdatum", "2019-02-25"],
                ["Tid", "kl. 18.30–21.05"],
                ["Plats", "Folkets hus, Ekby"],
                ["Ordförande", "Bengt Olofsson"],
                ["Sekreterare", "Sofia Lind"],
                ["Justerare", "Maja Berg och Erik Holm"],
                ["Justeringsdatum", "2019-03-04"],
            ],
            False,
        ),
        ("gap",),
    ]
    paras = [
        (12, "Val av justerare", "2019/000011", None),
        (13, "Årsredovisning för Ekby Vatten AB 2018", "2019/000123", 2),
        (14, "Taxa för ärenden enligt plan- och bygglagen", "2018/000478", 3),
    ]
    want = []
    for n, title, dnr, points in paras:
        b += [("tabbed", [f"Kf § {n}", title, f"Dnr {dnr}"], True)]
        if points is None:
            b += [
                ("bold", "Kommunfullmäktiges beslut"),
                ("line", "Kommunfullmäktige utser Maja Berg och Erik Holm att justera protokollet."),
            ]
            decisions = ["Kommunfullmäktige utser Maja Berg och Erik Holm att justera protokollet."]
        else:
            b += [
                ("bold", "Sammanfattning av ärendet"),
                ("line", "Ärendet har beretts av kommunstyrelsen, som lämnar ett förslag till beslut."),
                ("bold", "Beslutsunderlag"),
                ("line", f"Kommunstyrelsens protokoll 2019-02-11, § {n + 20}"),
                ("bold", "Kommunfullmäktiges beslut"),
            ]
            decisions = [
                "Förslaget godkänns.",
                "Beslutet gäller från den 1 april 2019.",
                "Kommunstyrelsen får i uppdrag att följa upp beslutet.",
            ][:points]
            b += [("line", f"{k + 1}. {d}") for k, d in enumerate(decisions)]
        b.append(("gap",))
        basis = [] if points is None else [f"Kommunstyrelsens protokoll 2019-02-11, § {n + 20}"]
        # The label is normalised: the body in capitals ("KF § 12").
        want.append(paragraph_want(f"KF § {n}", n, title, dnr, decisions, basis))
    b += [
        ("page",),
        ("bold", "ANSLAG/BEVIS"),
        ("line", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."),
        (
            "table",
            [
                ["Organ", "Kommunfullmäktige"],
                ["Datum då anslaget sätts upp", "2019-03-05"],
                ["Datum då anslaget tas ned", "2019-03-27"],
                ["Förvaringsplats för protokollet", "Kommunkansliet"],
            ],
            False,
        ),
    ]
    meeting = meeting_of("Kommunfullmäktige", "2019-02-25", "18.30–21.05", "Folkets hus, Ekby", "Bengt Olofsson", "Sofia Lind", ["Maja Berg", "Erik Holm"])
    return b, meeting, want


def bank_attendance(label, people):
    """An attendance list as Word templates set it: the label, a tab, one person a line."""
    return [("labelled", label if k == 0 else "", person) for k, person in enumerate(people)]


def bank_minutes():
    """A central bank's minutes, first meeting: a running header with the date on every page,
    heads in bold inline with their titles in every style ("§1.", "§ 2", "§3a.", "§ 3 b"),
    one title long enough to wrap to a second line, decisions as bullets after "Direktionen
    beslutade", a paragraph adjusted at once, "Vid protokollet … Justeras …" at the end."""
    b = [
        ("header", "Direktionens protokoll 2025-03-11"),
        ("title", "PROTOKOLL", 14),
        ("line", "Direktionens sammanträde den 11 mars 2025"),
        ("gap",),
        *bank_attendance("Närvarande:", ["Eva Sandberg, ordförande", "Per Hallin", "Maria Lövgren", "Tomas Berglund"]),
        *bank_attendance("Övriga närvarande:", ["Lena Ahl, sekreterare", "Nils Ström"]),
        ("gap",),
    ]
    paras = [
        ("§1.", "§ 1", 1, "Den ekonomiska utvecklingen", None),
        ("§ 2", "§ 2", 2, "Penningpolitiskt beslut", [
            "att sänka styrräntan till 2,25 procent med verkan från och med onsdagen den 19 mars 2025,",
            "att offentliggöra beslutet genom ett pressmeddelande den 12 mars 2025 kl. 9.30.",
        ]),
        ("§3a.", "§ 3a", 3, "Beslut om valutareservens sammansättning", [
            "att andelen guld i valutareserven inte ska ändras,",
            "att avdelningen för marknader får i uppdrag att redovisa utfallet i juni.",
        ]),
        ("§ 3 b", "§ 3b", 3, "Ändring av arbetsordningen för direktionen och av delegationsordningen för "
         "avdelningarna med anledning av den nya lagen om bankens organisation", [
            "att anta den nya arbetsordningen,",
            "att arbetsordningen ska gälla från och med den 1 april 2025.",
        ]),
        ("§4.", "§ 4", 4, "Nästa sammanträde", None),
    ]
    want = []
    for head, label, n, title, bullets in paras:
        if n == 3 and head.endswith("b"):
            b.append(("page",))
        b.append(("tabbed", [head, title], True))
        if bullets is None:
            b += [
                ("line", "Direktionen diskuterade läget i ekonomin och riskerna framöver. Inflationen har "
                 "fallit tillbaka och närmar sig målet, medan tillväxten fortfarande är svag."),
            ]
            if n == 4:
                b[-1] = ("line", "Nästa ordinarie sammanträde hålls den 8 april 2025.")
        else:
            b += [
                ("line", "Avdelningen har berett ärendet och lämnat ett förslag till direktionen."),
                ("line", "Direktionen beslutade"),
                ("bullets", bullets),
            ]
            if n == 2:
                b.append(("line", "Denna paragraf förklarades omedelbart justerad."))
        b.append(("gap",))
        want.append(paragraph_want(label, n, title, None, bullets or []))
    b += [
        *signed("Lena Ahl", "Eva Sandberg", "Per Hallin"),
    ]
    meeting = meeting_of("Direktionen", "2025-03-11", None, None, "Eva Sandberg", "Lena Ahl", ["Eva Sandberg", "Per Hallin"], ["Eva Sandberg", "Per Hallin", "Maria Lövgren", "Tomas Berglund", "Lena Ahl", "Nils Ström"])
    return b, meeting, want


def bank_minutes_heads():
    """A central bank's minutes, another meeting and template: each head in bold on a line of
    its own ("§ 1", "§2.", "§ 3 a", "§3b") with the title on the bold line below it; the
    attendance lists "Närvarande från direktionen" and "Närvarande från fullmäktige"; a long
    paragraph that runs on over a page break, with the running header (the date) between;
    the signatures in a table under "Justeras"."""
    b = [
        ("header", "PROTOKOLL 2025-04-08"),
        ("title", "Protokoll från direktionens sammanträde", 14),
        ("line", "Tisdagen den 8 april 2025 kl. 10.00–11.30"),
        ("gap",),
        *bank_attendance("Närvarande från direktionen:", ["Eva Sandberg", "Per Hallin", "Maria Lövgren"]),
        *bank_attendance("Närvarande från fullmäktige:", ["Gustav Lind", "Helena Rask"]),
        ("gap",),
    ]
    paras = [
        ("§ 1", "§ 1", 1, "Val av justerare", ["Direktionen beslutade att utse Per Hallin att jämte ordföranden justera protokollet."], "plain"),
        ("§2.", "§ 2", 2, "Information om det finansiella läget", None, "long"),
        ("§ 3 a", "§ 3a", 3, "Riktlinjer för riskhantering", [
            "att fastställa riktlinjerna enligt bilaga,",
            "att riktlinjerna ska följas upp senast i december 2025,",
            "att upphäva de tidigare riktlinjerna.",
        ], "bullets"),
        ("§3b", "§ 3b", 3, "Remissvar om betalningsberedskap", [
            "att lämna yttrande enligt förslaget,",
            "att paragrafen justeras omedelbart.",
        ], "bullets"),
        ("§ 4", "§ 4", 4, "Övriga frågor", None, "none"),
    ]
    want = []
    for head, label, n, title, decisions, kind in paras:
        b += [("bold", head), ("bold", title)]
        if kind == "plain":
            b.append(("line", decisions[0]))
        elif kind == "long":
            text = (
                "Avdelningen för finansiell stabilitet redogjorde för läget på de finansiella "
                "marknaderna och för bankernas motståndskraft. Riskerna på fastighetsmarknaden "
                "bedöms som förhöjda och hushållens skulder är fortsatt höga. "
            )
            b += [("line", text * 3), ("page",), ("line", "Direktionen diskuterade även hur "
                  "betalningssystemet kan göras mer motståndskraftigt vid störningar i elförsörjningen.")]
        elif kind == "bullets":
            b += [("line", "Ärendet har beretts inom banken."), ("line", "Direktionen beslutade"), ("bullets", decisions)]
        else:
            b.append(("line", "Inga övriga frågor anmäldes."))
        b.append(("gap",))
        want.append(paragraph_want(label, n, title, None, decisions or []))
    b += [
        ("line", "Vid protokollet"),
        ("line", "Lena Ahl"),
        ("gap",),
        ("bold", "Justeras"),
        ("table", [["Eva Sandberg", "Per Hallin"]], False),
    ]
    meeting = meeting_of("Direktionen", "2025-04-08", "10.00–11.30", None, None, "Lena Ahl", ["Eva Sandberg", "Per Hallin"], ["Eva Sandberg", "Per Hallin", "Maria Lövgren", "Gustav Lind", "Helena Rask"])
    return b, meeting, want


def board_agenda():
    """Board minutes that open with the agenda ("Dagordning": the same titles, numbered "1. …
    6." by Word), then the items again, numbered by hand "1. Title" in bold, each with its
    minutes. The agenda is no paragraph of its own and no item comes out twice."""
    items = [
        ("Mötets öppnande", "Ordföranden Karin Lund hälsade alla välkomna och förklarade mötet öppnat."),
        ("Val av sekreterare och justerare", "Till sekreterare valdes Olof Berg och till justerare Sanna Ek."),
        ("Föregående protokoll", "Protokollet från föregående möte lades till handlingarna."),
        ("Verksamhetsplan för 2025", "Styrelsen beslutade att anta verksamhetsplanen för 2025."),
        ("Nästa möte", "Nästa möte hålls den 15 maj 2025."),
        ("Mötets avslutande", "Ordföranden avslutade mötet."),
    ]
    b = [
        ("title", "Protokoll styrelsemöte Bostadsrättsföreningen Linden", 13),
        ("line", "Datum: 2025-03-20"),
        ("line", "Tid: kl. 19.00–20.30"),
        ("line", "Plats: Föreningens samlingslokal"),
        ("line", "Närvarande: Karin Lund, Olof Berg, Sanna Ek, Peter Wall"),
        ("gap",),
        ("bold", "Dagordning"),
        ("numbers", [t for t, _ in items]),
        ("gap",),
    ]
    for k, (t, body) in enumerate(items):
        b += [("bold", f"{k + 1}. {t}"), ("line", body)]
    b += [
        ("gap",),
        ("line", "Vid protokollet"),
        ("line", "Olof Berg"),
        ("line", "Justeras"),
        ("tabbed", ["Karin Lund", "Sanna Ek"], False),
    ]
    want = []
    for k, (t, body) in enumerate(items):
        decisions = [body] if "beslutade" in body else []
        want.append(paragraph_want(str(k + 1), k + 1, t, None, decisions))
    meeting = meeting_of(None, "2025-03-20", "19.00–20.30", "Föreningens samlingslokal", None, "Olof Berg", ["Karin Lund", "Sanna Ek"], ["Karin Lund", "Olof Berg", "Sanna Ek", "Peter Wall"])
    return b, meeting, want


def paged_heads():
    """Every paragraph on a page of its own, its head "§ 58" alone in bold at the top of the
    page and the title on the line below, a page counter "Sida N" in the header: the
    paragraph numbers move in step with the pages, like the counter, but they are content."""
    b = [
        ("header", "Kommunstyrelsens arbetsutskott 2022-09-06"),
        ("title", "Protokoll", 14),
        ("bold", "Kommunstyrelsens arbetsutskott"),
        (
            "table",
            [
                ["Sammanträdesdatum", "2022-09-06"],
                ["Plats", "Kommunhuset, rum Kajen"],
                ["Ordförande", "Mona Ek"],
                ["Sekreterare", "Kim Ahlberg"],
                ["Justerare", "Leif Borg"],
            ],
            False,
        ),
        ("page",),
    ]
    paras = [
        (57, "Revidering av dokumenthanteringsplan", "KSAU 2022/140"),
        (58, "Yttrande över regional transportplan", "KSAU 2022/151"),
        (59, "Bidrag till föreningen Hembygdsgården", "KSAU 2022/77"),
    ]
    want = []
    for n, title, dnr in paras:
        b += [
            ("bold", f"§ {n}"),
            ("bold", title),
            ("line", f"Dnr {dnr}"),
            ("line", "Förvaltningen har utrett frågan och lämnar ett förslag."),
            ("bold", "Arbetsutskottets beslut"),
            ("line", "Arbetsutskottet beslutar att godkänna förslaget."),
            ("page",),
        ]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, ["Arbetsutskottet beslutar att godkänna förslaget."]))
    b.pop()
    meeting = meeting_of("Kommunstyrelsens arbetsutskott", "2022-09-06", None, "Kommunhuset, rum Kajen", "Mona Ek", "Kim Ahlberg", ["Leif Borg"])
    return b, meeting, want


def board_meeting():
    """A club's board minutes that never call themselves "protokoll" on their first page:
    "Styrelsemöte …", "Närvarande:" with the chair in parentheses, items numbered by Word,
    "Vid protokollet … Justeras …" at the end."""
    items = [
        ("Mötets öppnande", "Jonas Ek öppnade mötet."),
        ("Val av justerare", "Lisa Berg valdes att justera protokollet."),
        ("Medlemsavgifter 2025", "Styrelsen beslutade att höja medlemsavgiften till 400 kronor."),
        ("Arbetsdag på idrottsplatsen", "Arbetsdagen hålls den 12 april. Omar Said sammankallar."),
        ("Mötets avslutande", "Ordföranden tackade och avslutade mötet."),
    ]
    b = [
        ("title", "Styrelsemöte i Idrottsföreningen Ekby IF", 13),
        ("line", "Tid: 2025-01-14 kl. 18.30–20.00"),
        ("line", "Plats: Klubbstugan"),
        ("line", "Närvarande: Jonas Ek (ordförande), Lisa Berg, Omar Said, Eva Ström"),
        ("gap",),
    ]
    for k, (t, body) in enumerate(items):
        b += [("numbered_heading", k + 1, t), ("line", body)]
    b += [
        ("gap",),
        ("line", "Vid protokollet"),
        ("line", "Eva Ström"),
        ("line", "Justeras"),
        ("tabbed", ["Jonas Ek", "Lisa Berg"], False),
    ]
    want = [
        paragraph_want(str(k + 1), k + 1, t, decisions=[body] if "beslutade" in body else [])
        for k, (t, body) in enumerate(items)
    ]
    meeting = meeting_of(None, "2025-01-14", "18.30–20.00", "Klubbstugan", "Jonas Ek", "Eva Ström", ["Jonas Ek", "Lisa Berg"], ["Jonas Ek", "Lisa Berg", "Omar Said", "Eva Ström"])
    return b, meeting, want


# ---------------------------------------------------------------------------------------
# Shapes added for the blind check (2026-12-02): habits of real systems not covered above.


def ciceron_header():
    """A Ciceron-like print: the page header is a table "Kommunstyrelsen | SAMMANTRÄDESPROTOKOLL"
    over "Sammanträdesdatum | Sida" and "2021-10-04 | N", the footer "Justerandes signatur |
    Utdragsbestyrkande" on every page; the first page lists "Ledamöter" and "Tjänstgörande
    ersättare", then a "Justering" block with "Ordförande | Sekreterare | Justerare" as three
    columns and the names in the row below; a paragraph head "§ 112 Dnr KS 2021/00345" is one
    run with the title on the bold line below; "Beslutsunderlag" is a Word bullet list;
    "Yrkanden" and "Beslutsgång" come before "Kommunstyrelsens beslut"; a "Reservation" and
    a "Protokollsanteckning"; text that cites "Kf § 12/2013" and "KS § 98"."""
    b = [
        ("footer", ["Justerandes signatur", "Utdragsbestyrkande"]),
        ("page_header_table", [["Kommunstyrelsen", "SAMMANTRÄDESPROTOKOLL"], ["Sammanträdesdatum", "Sida"], ["2021-10-04", "#PAGE"]]),
        (
            "table",
            [
                ["Plats och tid", "Kommunhuset, Ekbysalen, kl. 08.30–11.40"],
                ["Ledamöter", "Anders Nord (S), ordförande\nBirgitta Ås (C)\nCarl Vik (M)\nDana Holt (V)"],
                ["Tjänstgörande ersättare", "Erik Sund (S)"],
                ["Övriga deltagande", "Frida Ekman, nämndsekreterare"],
                ["Utses att justera", "Carl Vik"],
                ["Justeringens plats och tid", "Kommunhuset 2021-10-08"],
                ["Paragrafer", "§§ 112–114"],
            ],
            False,
        ),
        ("gap",),
        ("bold", "Justering"),
        ("grid", [["Ordförande", "Sekreterare", "Justerare"], ["Anders Nord", "Frida Ekman", "Carl Vik"]]),
        ("page",),
    ]
    paras = [
        (112, "KS 2021/00345", "Ändring av reglemente för kommunstyrelsen", False, False),
        (113, "KS 2021/00290", "Försäljning av del av fastigheten Ekby 3:45", True, False),
        (114, "KS 2020/00711", "Svar på motion om gratis kollektivtrafik för pensionärer", False, True),
    ]
    want = []
    for n, dnr, title, reserved, note in paras:
        b += [
            ("bold", f"§ {n} Dnr {dnr}"),
            ("bold", title),
            ("bold", "Sammanfattning av ärendet"),
            ("line", "Ärendet återremitterades av kommunfullmäktige, Kf § 12/2013. Arbetsutskottet "
             "behandlade ärendet i KS § 98 och lämnar nu ett nytt förslag."),
            ("bold", "Beslutsunderlag"),
            ("bullets", ["Tjänsteskrivelse daterad 2021-09-14", "Kommunstyrelsens arbetsutskott 2021-09-20, § 98"]),
            ("bold", "Yrkanden"),
            ("line", "Anders Nord (S) yrkar bifall till arbetsutskottets förslag."),
            ("line", "Dana Holt (V) yrkar avslag."),
            ("bold", "Beslutsgång"),
            ("line", "Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen "
             "bifaller arbetsutskottets förslag."),
            ("bold", "Kommunstyrelsens beslut"),
            ("line", "Kommunstyrelsen beslutar att godkänna förslaget."),
        ]
        if reserved:
            b += [("bold", "Reservation"), ("line", "Dana Holt (V) reserverar sig mot beslutet.")]
        if note:
            b += [("bold", "Protokollsanteckning"), ("line", "Birgitta Ås (C) lämnar en protokollsanteckning.")]
        b += [("bold", "Beslutet skickas till"), ("line", "Kommunledningskontoret"), ("gap",)]
        want.append(
            paragraph_want(
                f"§ {n}",
                n,
                title,
                dnr,
                ["Kommunstyrelsen beslutar att godkänna förslaget."],
                ["Tjänsteskrivelse daterad 2021-09-14", "Kommunstyrelsens arbetsutskott 2021-09-20, § 98"],
                # A protocol note counts with the reservations (the model's `reservations`).
                reservations=int(reserved) + int(note),
            )
        )
    meeting = meeting_of("Kommunstyrelsen", "2021-10-04", "08.30–11.40", None, "Anders Nord", "Frida Ekman", ["Carl Vik"], ["Anders Nord", "Birgitta Ås", "Carl Vik", "Dana Holt", "Erik Sund", "Frida Ekman"])
    return b, meeting, want


def margin_heads():
    """A Word template that sets each paragraph as a borderless two-column table: the head
    "§ 23" alone in a narrow left column, the title, diary number and text in the right one;
    the decision under "Nämndens beslut" as a bullet list of att-satser."""
    b = [
        ("title", "Kultur- och fritidsnämnden", 14),
        ("line", "PROTOKOLL"),
        ("gap",),
        (
            "table",
            [
                ["Datum", "2023-03-28"],
                ["Tid", "kl. 17.00–19.15"],
                ["Plats", "Biblioteket, Ekby"],
                ["Ordförande", "Gunilla Ros (S)"],
                ["Sekreterare", "Hugo Brandt"],
                ["Justerare", "Ingrid Falk (M)"],
            ],
            False,
        ),
        ("gap",),
    ]
    paras = [
        (23, "Verksamhetsberättelse 2022", "KFN 2023/12"),
        (24, "Föreningsbidrag för sommarlovsaktiviteter", "KFN 2023/31"),
        (25, "Öppettider för simhallen under sommaren", "KFN 2023/40"),
    ]
    want = []
    for n, title, dnr in paras:
        b.append(
            (
                "margin",
                f"§ {n}",
                [
                    ("bold", title),
                    ("line", f"Dnr {dnr}"),
                    ("line", "Förvaltningen har sammanställt ett underlag som redovisas för nämnden."),
                    ("bold", "Nämndens beslut"),
                    ("bullets", ["att godkänna redovisningen", "att överlämna ärendet till kommunstyrelsen"]),
                ],
            )
        )
        b.append(("gap",))
        want.append(
            paragraph_want(
                f"§ {n}", n, title, dnr, ["att godkänna redovisningen", "att överlämna ärendet till kommunstyrelsen"]
            )
        )
    meeting = meeting_of("Kultur- och fritidsnämnden", "2023-03-28", "17.00–19.15", "Biblioteket, Ekby", "Gunilla Ros", "Hugo Brandt", ["Ingrid Falk"])
    return b, meeting, want


def utdrag():
    """"Utdrag ur protokoll": one paragraph of a council meeting, "Kf § 34" with the diary
    number at the right, the decision first ("Kommunfullmäktiges beslut"), then the case,
    "Yrkanden", "Expedieras"; the extract certified at the end ("Rätt utdraget intygar")."""
    b = [
        ("footer", ["Justerandes sign", "Utdragsbestyrkande"]),
        ("title", "UTDRAG UR PROTOKOLL", 14),
        ("line", "Kommunfullmäktige"),
        ("line", "Sammanträdesdatum 2013-04-22"),
        ("gap",),
        ("tabbed", ["Kf § 34", "Dnr KS 2013/0012"], True),
        ("bold", "Försäljning av aktier i Ekby Energi AB"),
        ("bold", "Kommunfullmäktiges beslut"),
        ("line", "1. Kommunfullmäktige godkänner försäljningen av samtliga aktier i Ekby Energi AB."),
        ("line", "2. Kommunstyrelsen får i uppdrag att underteckna avtalet."),
        ("bold", "Ärendet"),
        ("line", "Kommunstyrelsen har i KS § 61/2013 föreslagit att aktierna säljs. Bolaget har "
         "under flera år gått med förlust."),
        ("bold", "Yrkanden"),
        ("line", "Lars Ek (S) yrkar bifall till kommunstyrelsens förslag."),
        ("bold", "Expedieras"),
        ("line", "Ekby Energi AB, Ekonomiavdelningen"),
        ("gap",),
        ("line", "Rätt utdraget intygar"),
        ("line", "Mona Sjöberg, kommunsekreterare"),
    ]
    want = [
        paragraph_want(
            "KF § 34",
            34,
            "Försäljning av aktier i Ekby Energi AB",
            "KS 2013/0012",
            [
                "Kommunfullmäktige godkänner försäljningen av samtliga aktier i Ekby Energi AB.",
                "Kommunstyrelsen får i uppdrag att underteckna avtalet.",
            ],
        )
    ]
    meeting = meeting_of("Kommunfullmäktige", "2013-04-22")
    return b, meeting, want


def agenda_paragraphs():
    """Minutes that open with their agenda written "§ 1 Title" … "§ 6 Title" (titles only,
    a list under "Ärendelista"), then the same paragraphs with their text. The agenda gives
    no paragraph and none comes out twice: the paragraphs with text under them win."""
    items = [
        ("Mötets öppnande", None, "Ordföranden öppnade sammanträdet och hälsade alla välkomna."),
        ("Val av justerare", None, "Nämnden beslutar att utse Rut Ahl att justera protokollet."),
        ("Godkännande av dagordning", None, "Dagordningen godkändes utan ändringar."),
        ("Budget 2024 för överförmyndarnämnden", "ÖFN 2023/14", "Överförmyndarnämnden beslutar att fastställa budgeten för 2024."),
        ("Arvoden för gode män", "ÖFN 2023/22", "Nämnden diskuterade arvodesnivåerna. Ärendet bordläggs till nästa sammanträde."),
        ("Informationsärenden", None, "Handläggarna informerade om läget i verksamheten."),
    ]
    b = [
        ("title", "Protokoll", 14),
        ("bold", "Överförmyndarnämnden"),
        (
            "table",
            [
                ["Sammanträdesdatum", "2023-11-07"],
                ["Tid", "kl. 10.00–11.30"],
                ["Plats", "Kommunhuset, rum Björken"],
                ["Ordförande", "Per Sten"],
                ["Sekreterare", "Ola Nyström"],
                ["Justerare", "Rut Ahl"],
            ],
            False,
        ),
        ("gap",),
        ("bold", "Ärendelista"),
    ]
    b += [("tabbed", [f"§ {k + 1}", t], False) for k, (t, _, _) in enumerate(items)]
    b.append(("page",))
    want = []
    for k, (t, dnr, body) in enumerate(items):
        b.append(("tabbed", [f"§ {k + 1}", t], True))
        if dnr:
            b.append(("line", f"Dnr {dnr}"))
        b += [("line", body), ("gap",)]
        decisions = [body] if "beslutar" in body else []
        want.append(paragraph_want(f"§ {k + 1}", k + 1, t, dnr, decisions))
    meeting = meeting_of("Överförmyndarnämnden", "2023-11-07", "10.00–11.30", "Kommunhuset, rum Björken", "Per Sten", "Ola Nyström", ["Rut Ahl"])
    return b, meeting, want


def word_numbered():
    """A Word template whose paragraph heads are a numbered heading style: Word prints "§ 41",
    "§ 42", … from a list format ("§ %1", counting from 41), the number is not in the text;
    the title follows on the same line; the decision under "Beslut" is a sentence. (pdfTeX
    prints the same heads as text.)"""
    b = [
        ("title", "Sammanträdesprotokoll", 14),
        ("bold", "Tekniska nämnden"),
        (
            "table",
            [
                ["Sammanträdestid", "2024-05-16 kl. 13.15–15.00"],
                ["Plats", "Stadshuset, Lilla salen"],
                ["Beslutande", "Sven Ahl (S) (Ordförande), Tove Lind (M), Yusuf Kaya (S)"],
                ["Sekreterare", "Ulla Roos"],
                ["Justerare", "Tove Lind"],
            ],
            False,
        ),
        ("gap",),
    ]
    paras = [
        ("Taxa för avfall 2025", "TN 2024/55"),
        ("Upphandling av vinterväghållning", "TN 2024/61"),
        ("Trafiksäkerhetsplan för skolvägar", "TN 2024/18"),
    ]
    want = []
    for k, (title, dnr) in enumerate(paras):
        n = 41 + k
        b += [
            ("para_numbered", 41, title),
            ("line", f"Diarienummer {dnr}"),
            ("line", "Förvaltningen har tagit fram ett förslag efter dialog med berörda."),
            ("bold", "Beslut"),
            ("line", "Tekniska nämnden antar förvaltningens förslag."),
            ("gap",),
        ]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, ["Tekniska nämnden antar förvaltningens förslag."]))
    meeting = meeting_of("Tekniska nämnden", "2024-05-16", "13.15–15.00", "Stadshuset, Lilla salen", "Sven Ahl", "Ulla Roos", ["Tove Lind"], ["Sven Ahl", "Tove Lind", "Yusuf Kaya"])
    return b, meeting, want


def council_votes():
    """Council minutes ("Kommunfullmäktige") in the order some councils print: the head
    "§ 88 Title" then "Dnr 2022/00456" below; "Kommunfullmäktiges beslut" straight under the
    title with att-satser, then "Ärendebeskrivning", "Yrkanden", "Propositionsordning",
    "Omröstning" with a vote table (Ledamot | Ja | Nej), "Reservationer" by two parties,
    and a "Särskilt yttrande". The signatures at the end as a three-column table."""
    b = [
        ("title", "Protokoll", 14),
        ("bold", "Kommunfullmäktige"),
        (
            "table",
            [
                ["Plats och tid", "Stadshuset, fullmäktigesalen, 2022-06-20 kl. 18.00–22.40"],
                ["Ordförande", "Lena Ohlsson (S)"],
                ["Sekreterare", "Johan Bergqvist"],
                ["Justerare", "Kent Åberg (M) och Sara Malm (C)"],
            ],
            False,
        ),
        ("gap",),
    ]
    paras = [
        (88, "Årsredovisning 2021 för Ekby kommun", "2022/00456", False),
        (89, "Ny förbundsordning för räddningstjänsten", "2022/00312", True),
    ]
    want = []
    for n, title, dnr, vote in paras:
        b += [
            ("tabbed", [f"§ {n}", title], True),
            ("line", f"Dnr {dnr}"),
            ("bold", "Kommunfullmäktiges beslut"),
            ("line", "Kommunfullmäktige beslutar"),
            ("line", "att godkänna förslaget,"),
            ("line", "att uppdra åt kommunstyrelsen att verkställa beslutet."),
            ("bold", "Ärendebeskrivning"),
            ("line", "Kommunstyrelsen har berett ärendet och föreslår fullmäktige att godkänna det."),
            ("bold", "Yrkanden"),
            ("line", "Kent Åberg (M) yrkar avslag till förmån för eget förslag."),
            ("bold", "Propositionsordning"),
            ("line", "Ordföranden ställer kommunstyrelsens förslag mot avslag och finner att fullmäktige bifaller förslaget."),
        ]
        if vote:
            b += [
                ("bold", "Omröstning"),
                ("line", "Omröstning begärs och verkställs. Den som bifaller förslaget röstar ja."),
                ("grid", [["Ledamot", "Ja", "Nej"], ["Lena Ohlsson (S)", "X", ""], ["Kent Åberg (M)", "", "X"], ["Sara Malm (C)", "X", ""]]),
                ("line", "Med 2 ja-röster mot 1 nej-röst bifaller fullmäktige förslaget."),
                ("bold", "Reservationer"),
                ("line", "Moderaterna reserverar sig mot beslutet till förmån för eget yrkande."),
                ("line", "Sverigedemokraterna reserverar sig mot beslutet."),
                ("bold", "Särskilt yttrande"),
                ("line", "Sara Malm (C) lämnar ett särskilt yttrande."),
            ]
        b.append(("gap",))
        want.append(
            paragraph_want(
                f"§ {n}",
                n,
                title,
                dnr,
                ["att godkänna förslaget", "att uppdra åt kommunstyrelsen att verkställa beslutet."],
                # Two reservations and a special statement, each of its own.
                reservations=3 if vote else 0,
            )
        )
    b += [
        ("gap",),
        ("bold", "Underskrifter"),
        ("grid", [["Ordförande", "Sekreterare", "Justerare"], ["Lena Ohlsson", "Johan Bergqvist", "Kent Åberg"]]),
    ]
    meeting = meeting_of("Kommunfullmäktige", "2022-06-20", "18.00–22.40", None, "Lena Ohlsson", "Johan Bergqvist", ["Kent Åberg", "Sara Malm"])
    return b, meeting, want


# ---------------------------------------------------------------------------------------
# Shapes added for the third blind check (2026-12-02, afternoon), written before any rule
# changed.


def region_board():
    """A regional board ("Regionstyrelsen"): heads "RS § 101<tab>Title", the diary number
    "Dnr RS/2021/123" below, "Ärendebeskrivning", "Förslag till beslut", "Beslut" with
    att-satser and "Skickas till"; the meeting's "Tid och plats" in one cell (time first), the
    adjusters and the place and time of the adjustment on one line ("Justerare: …
    Justeringens plats och tid: …"), "Underskrifter" as label/name lines; a paragraph
    "Omedelbar justering"; an "ANSLAGSBEVIS" at the end."""
    b = [
        ("title", "Regionstyrelsen", 16),
        ("line", "PROTOKOLL"),
        ("gap",),
        (
            "table",
            [
                ["Sammanträdesdatum", "2021-06-08"],
                ["Tid och plats", "kl. 09.00–14.20, Regionens hus, sal Vänern"],
                ["Beslutande", "Maria Dahl (S), ordförande\nJörgen Ask (M)\nLouise Ny (C)\nPeter Frid (KD)"],
                ["Övriga närvarande", "Kim Sjöstrand, sekreterare\nAnna Hed, regiondirektör"],
            ],
            False,
        ),
        ("tabbed", ["Justerare: Jörgen Ask", "Justeringens plats och tid: Regionens hus 2021-06-11"], False),
        ("line", "Paragrafer: RS §§ 101–104"),
        ("gap",),
        ("bold", "Underskrifter"),
        ("tabbed", ["Sekreterare", "Kim Sjöstrand"], False),
        ("tabbed", ["Ordförande", "Maria Dahl"], False),
        ("tabbed", ["Justerare", "Jörgen Ask"], False),
        ("page",),
    ]
    paras = [
        (101, "Regionens årsredovisning 2020", "RS/2021/123",
         ["att godkänna årsredovisningen för 2020,", "att överlämna årsredovisningen till regionfullmäktige."]),
        (102, "Avtal om vårdval i primärvården", "RS/2021/87",
         ["att godkänna avtalet,", "att uppdra åt regiondirektören att teckna avtalet."]),
        (103, "Yttrande över remiss om länstransportplan", "RS/2021/240",
         ["att anta yttrandet som sitt eget."]),
    ]
    want = []
    for n, title, dnr, atts in paras:
        b += [
            ("tabbed", [f"RS § {n}", title], True),
            ("line", f"Dnr {dnr}"),
            ("bold", "Ärendebeskrivning"),
            ("line", "Regionledningskontoret har berett ärendet. Arbetsutskottet har behandlat det den 25 maj."),
            ("bold", "Förslag till beslut"),
            ("line", "Arbetsutskottet föreslår regionstyrelsen att besluta enligt förslaget."),
            ("bold", "Beslut"),
            ("line", "Regionstyrelsen beslutar"),
            *[("line", a) for a in atts],
            ("bold", "Skickas till"),
            ("line", "Regionledningskontoret"),
            ("gap",),
        ]
        want.append(paragraph_want(f"RS § {n}", n, title, dnr, atts))
    b += [
        ("tabbed", ["RS § 104", "Omedelbar justering"], True),
        ("bold", "Beslut"),
        ("line", "Regionstyrelsen beslutar att förklara paragraferna 101–103 omedelbart justerade."),
        ("gap",),
        ("page",),
        ("bold", "ANSLAGSBEVIS"),
        ("line", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."),
        (
            "table",
            [
                ["Organ", "Regionstyrelsen"],
                ["Sammanträdesdatum", "2021-06-08"],
                ["Datum för anslags uppsättande", "2021-06-12"],
                ["Datum för anslags nedtagande", "2021-07-04"],
                ["Förvaringsplats för protokollet", "Regionkansliet"],
            ],
            False,
        ),
    ]
    want.append(paragraph_want("RS § 104", 104, "Omedelbar justering", None,
                               ["Regionstyrelsen beslutar att förklara paragraferna 101–103 omedelbart justerade."]))
    meeting = meeting_of("Regionstyrelsen", "2021-06-08", "09.00–14.20", "Regionens hus, sal Vänern", "Maria Dahl", "Kim Sjöstrand", ["Jörgen Ask"], ["Maria Dahl", "Jörgen Ask", "Louise Ny", "Peter Frid", "Kim Sjöstrand", "Anna Hed"])
    return b, meeting, want


def bun_head_rows():
    """A school board ("Barn- och utbildningsnämnden"): a page header with the body, the date
    and "Sida N"; every paragraph head is a table row "BUN § 45 | Title" (the number in the
    left cell, the title in the right), "Dnr BUN 2023/0456" below; several paragraphs on a
    page, and one long paragraph that runs on to the next page, where its head is repeated as
    "BUN § 47 forts."; the decision under "Barn- och utbildningsnämndens beslut" as bullets."""
    b = [
        ("header", "Barn- och utbildningsnämnden, sammanträdesprotokoll 2023-10-17"),
        ("title", "Sammanträdesprotokoll", 14),
        ("bold", "Barn- och utbildningsnämnden"),
        (
            "table",
            [
                ["Datum", "2023-10-17"],
                ["Tid", "13.30–16.00"],
                ["Plats", "Skolkontoret, rum Aspen"],
                ["Ledamöter", "Helena Öst (S), ordförande\nMagnus Lundh (M)\nFatima Nur (S)\nGöran Kvist (SD)"],
                ["Sekreterare", "Ebba Frost"],
                ["Justerare", "Magnus Lundh"],
            ],
            False,
        ),
        ("page",),
    ]
    long_text = ("Förvaltningen har gjort en prognos över antalet barn i förskoleåldern i Norrby "
                 "fram till 2030. Antalet barn väntas öka med nästan en tredjedel när de nya "
                 "bostadsområdena byggs ut, och de befintliga förskolorna är redan fullt belagda. ")
    paras = [
        (45, "Val av justerare", "BUN 2023/0001", ["att utse Magnus Lundh att justera protokollet"], False),
        (46, "Skolval inför läsåret 2024/25", "BUN 2023/0398", ["att godkänna tidplanen för skolvalet", "att skolvalet öppnar den 15 januari 2024"], False),
        (47, "Lokalförsörjning för förskolan i Norrby", "BUN 2023/0456", ["att föreslå kommunstyrelsen att en ny förskola med åtta avdelningar byggs i Norrby", "att förvaltningen återkommer med en tidplan"], True),
        (48, "Anmälan av delegationsbeslut", "BUN 2023/0012", ["att lägga redovisningen till handlingarna"], False),
    ]
    want = []
    for n, title, dnr, atts, long in paras:
        b += [
            ("table", [[f"BUN § {n}", title]], True),
            ("line", f"Dnr {dnr}"),
            ("bold", "Ärendet"),
        ]
        if long:
            b += [("line", long_text * 4), ("page",), ("bold", f"BUN § {n} forts."), ("line", long_text * 2)]
        else:
            b.append(("line", "Förvaltningen har sammanställt ärendet och lämnar ett förslag."))
        b += [
            ("bold", "Barn- och utbildningsnämndens beslut"),
            ("bullets", atts),
            ("gap",),
        ]
        want.append(paragraph_want(f"BUN § {n}", n, title, dnr, atts))
    meeting = meeting_of("Barn- och utbildningsnämnden", "2023-10-17", "13.30–16.00", "Skolkontoret, rum Aspen", "Helena Öst", "Ebba Frost", ["Magnus Lundh"], ["Helena Öst", "Magnus Lundh", "Fatima Nur", "Göran Kvist"])
    return b, meeting, want


def label_column():
    """An environment board's minutes whose paragraphs are set in a two-column table: the
    head "§ 78<tab>Title" in bold above it, then the section labels in the left column
    ("Diarienummer", "Ärendebeskrivning", "Beslutsunderlag", "Förslag till beslut", "Beslut",
    "Skickas till") and their text in the right one; the meeting's fields as label<tab>value
    lines with the date in words and weekday."""
    b = [
        ("title", "Miljö- och hälsoskyddsnämnden", 15),
        ("line", "Protokoll"),
        ("gap",),
        ("labelled", "Tid", "Tisdagen den 13 september 2022, kl. 18.00–20.15"),
        ("labelled", "Plats", "Miljöförvaltningen, sal 2"),
        ("labelled", "Ordförande", "Ronja Hed (MP)"),
        ("labelled", "Sekreterare", "Ali Demir"),
        ("labelled", "Justerare", "Tor Vang (L)"),
        ("gap",),
    ]
    paras = [
        (78, "Tillsynsavgift för livsmedelskontroll 2023", "MHN 2022-001234",
         ["Tjänsteskrivelse 2022-08-30", "Förslag till taxa"],
         "Miljö- och hälsoskyddsnämnden beslutar att fastställa timavgiften till 1 350 kronor."),
        (79, "Föreläggande om åtgärder för enskilt avlopp på Ekby 7:3", "MHN 2022-000987",
         ["Inspektionsrapport 2022-06-14", "Situationsplan"],
         "Miljö- och hälsoskyddsnämnden beslutar att förelägga fastighetsägaren att åtgärda avloppet senast den 1 juni 2023."),
        (80, "Yttrande över detaljplan för Södra kajen", "MHN 2022-001301",
         ["Samrådshandling 2022-08-01"],
         "Miljö- och hälsoskyddsnämnden beslutar att lämna yttrandet enligt förvaltningens förslag."),
    ]
    want = []
    for n, title, dnr, basis, decision in paras:
        b += [
            ("tabbed", [f"§ {n}", title], True),
            (
                "table",
                [
                    ["Diarienummer", dnr],
                    ["Ärendebeskrivning", "Förvaltningen har utrett ärendet och kommunicerat förslaget med berörda."],
                    ["Beslutsunderlag", "\n".join(basis)],
                    ["Förslag till beslut", "Förvaltningen föreslår att nämnden beslutar enligt förslaget."],
                    ["Beslut", decision],
                    ["Skickas till", "Sökanden\nLänsstyrelsen"],
                ],
                False,
            ),
            ("gap",),
        ]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision], basis))
    b += [
        ("gap",),
        ("line", "Vid protokollet"),
        ("line", "Ali Demir"),
        ("line", "Justeras"),
        ("tabbed", ["Ronja Hed", "Tor Vang"], False),
    ]
    meeting = meeting_of("Miljö- och hälsoskyddsnämnden", "2022-09-13", "18.00–20.15", "Miljöförvaltningen, sal 2", "Ronja Hed", "Ali Demir", ["Tor Vang"])
    return b, meeting, want


def company_board_en():
    """Minutes of a Swedish municipal company's board written in English: "Minutes of board
    meeting", the company and its registration number, "Date:", "Time:", "Place:",
    "Present:" with the roles in parentheses, items "§ 1 Opening of the meeting" … "§ 6
    Closing of the meeting" in bold with "§ 5 Any other business", decisions as "The board
    resolved to …", and "Minutes taken by" / "Approved by" at the end."""
    items = [
        ("Opening of the meeting", "The chairman opened the meeting and welcomed the members."),
        ("Election of a person to check the minutes", "Mia Storm was elected to check the minutes together with the chairman."),
        ("Approval of the agenda", "The agenda was approved."),
        ("Annual accounts 2023", "The CEO presented the annual accounts. The board resolved to approve the annual accounts for 2023 and to submit them to the annual general meeting."),
        ("Any other business", "No other business was raised."),
        ("Closing of the meeting", "The chairman closed the meeting."),
    ]
    b = [
        ("title", "Minutes of board meeting", 14),
        ("line", "Ekby Bostäder AB, reg. no. 556000-1234"),
        ("gap",),
        ("labelled", "Date:", "2024-03-12"),
        ("labelled", "Time:", "15.00–17.00"),
        ("labelled", "Place:", "Head office, Storgatan 4, Ekby"),
        ("labelled", "Present:", "Lars Ohlin (chairman), Mia Storm, Ove Sten, Rita Berg (CEO), Jan Falk (secretary)"),
        ("gap",),
    ]
    for k, (t, body) in enumerate(items):
        b += [("bold", f"§ {k + 1} {t}"), ("line", body)]
    b += [
        ("gap",),
        ("line", "Minutes taken by"),
        ("line", "Jan Falk"),
        ("gap",),
        ("line", "Approved by"),
        ("tabbed", ["Lars Ohlin", "Mia Storm"], False),
    ]
    want = []
    for k, (t, body) in enumerate(items):
        decisions = [x for x in body.split(". ") if "resolved" in x]
        want.append(paragraph_want(f"§ {k + 1}", k + 1, t, None, decisions))
    meeting = meeting_of(None, "2024-03-12", "15.00–17.00", "Head office, Storgatan 4, Ekby", "Lars Ohlin", "Jan Falk", ["Lars Ohlin", "Mia Storm"], ["Lars Ohlin", "Mia Storm", "Ove Sten", "Rita Berg", "Jan Falk"])
    return b, meeting, want


# ---------------------------------------------------------------------------------------
# Shapes added for the fourth blind check (2026-12-02, evening), written before any rule
# changed: numbering and layouts of meeting systems and Word habits not covered above.


def punkt_items():
    """A web-based meeting system's print (Netpublicator-like): the items are "Punkt 4" …
    "Punkt 7", the head "Punkt 4" and "Dnr SN 2021/0034" on one bold line, the title on the
    bold line below, "Ärendebeskrivning", "Förslag till beslut" and "Beslut" whose text is one
    sentence; the meeting's fields as a table whose first row holds the date and the time in
    one cell ("2021-02-11, kl. 08.30–10.00")."""
    b = [
        ("title", "Protokoll", 14),
        ("bold", "Socialnämndens arbetsutskott"),
        ("gap",),
        (
            "table",
            [
                ["Datum och tid", "2021-02-11, kl. 08.30–10.00"],
                ["Plats", "Socialkontoret, rum Linden"],
                ["Ledamöter", "Kerstin Palm (S), ordförande\nHans Ros (M)\nLeila Amin (V)"],
                ["Sekreterare", "Tomas Grön"],
                ["Justerare", "Hans Ros"],
            ],
            False,
        ),
        ("gap",),
    ]
    paras = [
        (4, "SN 2021/0034", "Riktlinjer för handläggning av försörjningsstöd",
         "Arbetsutskottet beslutar att föreslå socialnämnden att anta riktlinjerna."),
        (5, "SN 2021/0051", "Avgifter inom äldreomsorgen 2021",
         "Arbetsutskottet beslutar att överlämna ärendet till nämnden utan eget förslag."),
        (6, "SN 2020/0412", "Svar på revisionens granskning av hemtjänsten",
         "Arbetsutskottet beslutar att godkänna svaret till revisorerna."),
        (7, "SN 2021/0002", "Anmälan av delegationsbeslut",
         "Arbetsutskottet beslutar att lägga anmälan till handlingarna."),
    ]
    want = []
    for n, dnr, title, decision in paras:
        b += [
            ("tabbed", [f"Punkt {n}", f"Dnr {dnr}"], True),
            ("bold", title),
            ("bold", "Ärendebeskrivning"),
            ("line", "Socialförvaltningen har tagit fram ett underlag efter samråd med verksamheterna."),
            ("bold", "Förslag till beslut"),
            ("line", "Förvaltningen föreslår att arbetsutskottet beslutar enligt förslaget."),
            ("bold", "Beslut"),
            ("line", decision),
            ("gap",),
        ]
        want.append(paragraph_want(f"Punkt {n}", n, title, dnr, [decision]))
    meeting = meeting_of("Socialnämndens arbetsutskott", "2021-02-11", "08.30–10.00", "Socialkontoret, rum Linden", "Kerstin Palm", "Tomas Grön", ["Hans Ros"], ["Kerstin Palm", "Hans Ros", "Leila Amin"])
    return b, meeting, want


def kf_year_heads():
    """Council minutes whose every head carries the year: "Kf § 12/2013" in bold at the left
    of the head line and the diary number "Dnr KS 2013/0045" at the right, the title on the
    bold line below; the text cites other paragraphs the same way ("KS § 98/2013"); the
    decision as numbered points "1." "2." under "Beslut"; one "Reservation"."""
    b = [
        ("title", "Kommunfullmäktige", 16),
        ("line", "PROTOKOLL"),
        ("gap",),
        (
            "table",
            [
                ["Sammanträdesdatum", "2013-02-25"],
                ["Tid", "18.30–21.10"],
                ["Plats", "Kulturhuset, Ekby"],
                ["Ordförande", "Göran Hedlund"],
                ["Sekreterare", "Ingela Ström"],
                ["Justerare", "Åsa Blom och Rolf Sandin"],
            ],
            False,
        ),
        ("gap",),
    ]
    paras = [
        (12, "KS 2013/0045", "Årsredovisning 2012 för Ekby kommun", False),
        (13, "KS 2012/0388", "Renhållningstaxa från den 1 april 2013", True),
        (14, "KS 2013/0007", "Motion om en ny sporthall i Norrby", False),
    ]
    want = []
    for n, dnr, title, reserved in paras:
        b += [
            ("tabbed", [f"Kf § {n}/2013", f"Dnr {dnr}"], True),
            ("bold", title),
            ("line", f"Kommunstyrelsen har behandlat ärendet i KS § {n + 80}/2013 och lämnar sitt förslag. "
             "Ärendet har även beretts av ekonomiutskottet."),
            ("bold", "Beslut"),
            ("line", "1. Kommunfullmäktige bifaller kommunstyrelsens förslag."),
            ("line", "2. Kommunstyrelsen får i uppdrag att verkställa beslutet."),
        ]
        if reserved:
            b += [("bold", "Reservation"), ("line", "Rolf Sandin (KD) reserverar sig mot beslutet.")]
        b.append(("gap",))
        want.append(
            paragraph_want(
                f"KF § {n}",
                n,
                title,
                dnr,
                ["Kommunfullmäktige bifaller kommunstyrelsens förslag.", "Kommunstyrelsen får i uppdrag att verkställa beslutet."],
                reservations=int(reserved),
            )
        )
    meeting = meeting_of("Kommunfullmäktige", "2013-02-25", "18.30–21.10", "Kulturhuset, Ekby", "Göran Hedlund", "Ingela Ström", ["Åsa Blom", "Rolf Sandin"])
    return b, meeting, want


def split_paragraphs():
    """Every paragraph one row of a borderless two-column table: in the narrow left column the
    head "§ 31" in bold and under it the title (which wraps there); in the wide right column the
    diary number "Dnr MBN 2022/118", the text, "Beslut" and the att-satser as bullets. The
    meeting's fields as "Label: value" lines."""
    b = [
        ("title", "Miljö- och byggnadsnämnden", 15),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("line", "Datum: 2022-05-19"),
        ("line", "Tid: 14.00–16.45"),
        ("line", "Plats: Kommunhuset, Vänersalen"),
        ("line", "Ordförande: Bertil Fors (C)"),
        ("line", "Sekreterare: Nadia Berg"),
        ("line", "Justerare: Emma Qvist (S)"),
        ("gap",),
    ]
    paras = [
        (31, "Ansökan om strandskyddsdispens för brygga på fastigheten Sjövik 1:4", "MBN 2022/118",
         ["att bevilja dispens från strandskyddet", "att avgiften för beslutet är 7 200 kronor"]),
        (32, "Bygglov för nybyggnad av enbostadshus på Ekby 5:21", "MBN 2022/97",
         ["att bevilja bygglov enligt ansökan"]),
        (33, "Tillsynsplan för 2022–2024", "MBN 2022/12",
         ["att anta tillsynsplanen", "att planen följs upp i december varje år"]),
    ]
    want = []
    for n, title, dnr, atts in paras:
        b.append(
            (
                "split",
                [("bold", f"§ {n}"), ("line", title)],
                [
                    ("line", f"Dnr {dnr}"),
                    ("line", "Förvaltningen har handlagt ärendet och kommunicerat med sökanden och grannar."),
                    ("bold", "Beslut"),
                    ("line", "Miljö- och byggnadsnämnden beslutar"),
                    ("bullets", atts),
                ],
            )
        )
        b.append(("gap",))
        want.append(paragraph_want(f"§ {n}", n, title, dnr, atts))
    meeting = meeting_of("Miljö- och byggnadsnämnden", "2022-05-19", "14.00–16.45", "Kommunhuset, Vänersalen", "Bertil Fors", "Nadia Berg", ["Emma Qvist"])
    return b, meeting, want


def protokollsutdrag():
    """A "Protokollsutdrag" of three paragraphs of a municipal board, each "§ 61<tab>Title"
    with "Dnr KS 2022/77" below, the decision "Kommunstyrelsen beslutar att …", and
    "Beslutet skickas till" with the receivers one a line; the footer "Justerandes sign |
    Utdragsbestyrkande" and the certification at the end."""
    b = [
        ("footer", ["Justerandes sign", "Utdragsbestyrkande"]),
        ("title", "PROTOKOLLSUTDRAG", 14),
        ("line", "Kommunstyrelsen"),
        ("line", "Sammanträdesdatum 2022-04-04"),
        ("gap",),
    ]
    paras = [
        (61, "Borgen för Ekby Energi AB", "KS 2022/77",
         "Kommunstyrelsen beslutar att föreslå kommunfullmäktige att teckna borgen för bolaget.",
         ["Ekby Energi AB", "Ekonomiavdelningen"]),
        (62, "Ny taxa för upplåtelse av offentlig plats", "KS 2022/31",
         "Kommunstyrelsen beslutar att anta taxan från den 1 juni 2022.",
         ["Samhällsbyggnadsförvaltningen", "Polismyndigheten"]),
        (63, "Medfinansiering av cykelväg längs väg 250", "KS 2021/402",
         "Kommunstyrelsen beslutar att avsätta 2,5 miljoner kronor för cykelvägen.",
         ["Trafikverket", "Tekniska förvaltningen", "Ekonomiavdelningen"]),
    ]
    want = []
    for n, title, dnr, decision, receivers in paras:
        b += [
            ("tabbed", [f"§ {n}", title], True),
            ("line", f"Dnr {dnr}"),
            ("line", "Kommunledningskontoret har berett ärendet och arbetsutskottet har lämnat ett förslag."),
            ("bold", "Kommunstyrelsens beslut"),
            ("line", decision),
            ("bold", "Beslutet skickas till"),
            *[("line", r) for r in receivers],
            ("gap",),
        ]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += [("line", "Rätt utdraget intygar"), ("line", "Pia Lund, nämndsekreterare")]
    meeting = meeting_of("Kommunstyrelsen", "2022-04-04")
    return b, meeting, want


def brf_board():
    """A housing cooperative's board minutes (Word template of a small association):
    "Protokoll fört vid styrelsemöte i Brf Kastanjen", the fields as "Datum:" lines,
    "Närvarande:" with "(ordf.)" after the chair, eight items typed by hand "1.<tab>Mötets
    öppnande" … "8.<tab>Mötets avslutande" in bold, one decision as "Styrelsen beslutade" and
    att-bullets, "Vid protokollet:" and "Justeras:" with the names in a grid."""
    items = [
        ("Mötets öppnande", "Ordföranden öppnade mötet kl. 18.35.", None),
        ("Val av justerare", "Mikael Ek valdes att jämte ordföranden justera protokollet.", None),
        ("Godkännande av dagordningen", "Dagordningen godkändes med ett tillägg under övriga frågor.", None),
        ("Föregående protokoll", "Protokollet från den 8 april lades till handlingarna.", None),
        ("Ekonomi", "Kassören redovisade utfallet till och med april. Ekonomin följer budget.", None),
        ("Stambyte", "Två offerter har kommit in. Styrelsen beslutade",
         ["att anta offerten från Rörbolaget AB,", "att stambytet påbörjas i september."]),
        ("Övriga frågor", "Tvättstugans bokningstavla ska bytas ut. Sofia Dahl undersöker priser.", None),
        ("Mötets avslutande", "Ordföranden tackade och avslutade mötet.", None),
    ]
    b = [
        ("title", "Protokoll fört vid styrelsemöte i Brf Kastanjen", 13),
        ("line", "Datum: 2024-05-13"),
        ("line", "Tid: 18.30–20.00"),
        ("line", "Plats: Föreningslokalen, Kastanjegatan 3"),
        ("line", "Närvarande: Lars Holm (ordf.), Anna Björk, Mikael Ek, Sofia Dahl"),
        ("gap",),
    ]
    want = []
    for k, (t, body, bullets) in enumerate(items):
        b += [("tabbed", [f"{k + 1}.", t], True), ("line", body)]
        if bullets:
            b.append(("bullets", bullets))
        # Bullets are kept as printed (as in bank-minutes), their commas too.
        want.append(paragraph_want(str(k + 1), k + 1, t, None, bullets or []))
    b += [
        ("gap",),
        ("line", "Vid protokollet:"),
        ("line", "Anna Björk"),
        ("gap",),
        ("line", "Justeras:"),
        ("grid", [["Ordförande", "Justerare"], ["Lars Holm", "Mikael Ek"]]),
    ]
    meeting = meeting_of(None, "2024-05-13", "18.30–20.00", "Föreningslokalen, Kastanjegatan 3", "Lars Holm", "Anna Björk", ["Lars Holm", "Mikael Ek"], ["Lars Holm", "Anna Björk", "Mikael Ek", "Sofia Dahl"])
    return b, meeting, want


def votering():
    """Council minutes whose date, time and place come as one sentence ("Tid och plats:
    Stadshuset, onsdagen den 3 mars 2021 kl. 13.00-15.30"), heads "§ 17<tab>Title" with the
    diary number below; a paragraph with "Yrkande", "Proposition", "Votering" and a vote table
    (Ledamot | Ja | Nej | Avstår), then the decision; one paragraph whose text runs on over a
    page break with no "forts." head, its decision on the next page."""
    b = [
        ("title", "Protokoll", 14),
        ("bold", "Kommunfullmäktige"),
        ("gap",),
        ("line", "Tid och plats: Stadshuset, onsdagen den 3 mars 2021 kl. 13.00-15.30"),
        ("line", "Beslutande: se närvarolista, bilaga 1"),
        ("line", "Ordförande: Maria Svensson (S)"),
        ("line", "Sekreterare: Jonas Wik"),
        ("line", "Justerare: Per Olsson (M) och Lena Berg (V)"),
        ("gap",),
    ]
    long_text = ("Kommunstyrelsen har låtit utreda hur skolorganisationen i de norra delarna av "
                 "kommunen kan utvecklas när elevantalet minskar. Utredningen föreslår att skolorna "
                 "i Bodarna och Lia slås samman och att undervisningen från hösten 2022 bedrivs i Lia. ")
    paras = [
        (17, "Val av ny ersättare i valnämnden", "KS 2021/0030", "plain"),
        (18, "Skolorganisation i norra kommundelen", "KS 2020/0311", "vote"),
        (19, "Detaljplan för kvarteret Mården", "KS 2020/0288", "long"),
    ]
    want = []
    for n, title, dnr, kind in paras:
        b += [("tabbed", [f"§ {n}", title], True), ("line", f"Dnr {dnr}")]
        if kind == "plain":
            decision = "Kommunfullmäktige beslutar att välja Elin Ros (C) till ersättare i valnämnden."
            b += [("bold", "Beslut"), ("line", decision)]
            reservations = 0
        elif kind == "vote":
            b += [
                ("line", long_text),
                ("bold", "Yrkande"),
                ("line", "Per Olsson (M) yrkar bifall till kommunstyrelsens förslag. Lena Berg (V) yrkar avslag."),
                ("bold", "Proposition"),
                ("line", "Ordföranden ställer proposition på bifall och avslag och finner att fullmäktige bifaller förslaget."),
                ("bold", "Votering"),
                ("line", "Votering begärs. Den som vill bifalla kommunstyrelsens förslag röstar ja, den det ej vill röstar nej."),
                ("grid", [["Ledamot", "Ja", "Nej", "Avstår"], ["Maria Svensson (S)", "X", "", ""], ["Per Olsson (M)", "X", "", ""],
                          ["Lena Berg (V)", "", "X", ""], ["Ali Nur (C)", "", "", "X"]]),
                ("line", "Med 2 ja-röster mot 1 nej-röst, 1 avstår, har fullmäktige bifallit förslaget."),
                ("bold", "Beslut"),
            ]
            decision = "Kommunfullmäktige beslutar att skolorna i Bodarna och Lia slås samman från hösten 2022."
            b += [("line", decision), ("bold", "Reservation"), ("line", "Lena Berg (V) reserverar sig mot beslutet.")]
            reservations = 1
        else:
            b += [("line", long_text * 5), ("page",), ("line", long_text * 2)]
            decision = "Kommunfullmäktige beslutar att anta detaljplanen för kvarteret Mården."
            b += [("bold", "Beslut"), ("line", decision)]
            reservations = 0
        b.append(("gap",))
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision], reservations=reservations))
    meeting = meeting_of("Kommunfullmäktige", "2021-03-03", "13.00-15.30", "Stadshuset", "Maria Svensson", "Jonas Wik", ["Per Olsson", "Lena Berg"])
    return b, meeting, want


# ---------------------------------------------------------------------------------------
# Shapes added for the fifth blind check (2026-12-02, night), written before any rule
# changed; also printed by WeasyPrint from the HTML (NAME.weasy.pdf), a producer the
# protocols had not met.


def paragraf_heads():
    """A social board's minutes (Ciceron-like print of a nämnd): the fields as label/value
    lines with a tab ("Plats och tid", "Beslutande" with "ordförande" after the chair,
    "Övriga deltagande" with "sekreterare", "Utses att justera"); the heads "Paragraf 14" in
    bold with the diary number "Dnr SN 2023/0012-1.2.3" right-aligned on the same line, the
    title in bold below; "Ärendebeskrivning", "Beslutsunderlag" lines without dashes, and the
    decision "Socialnämnden beslutar" over sub-items "a) att …", "b) att …"."""
    b = [
        ("header", "Socialnämnden  Sammanträdesprotokoll 2023-02-21"),
        ("title", "Socialnämnden", 15),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("labelled", "Plats och tid", "Socialkontoret, sammanträdesrummet, kl. 08.30–12.00"),
        ("labelled", "Sammanträdesdatum", "2023-02-21"),
        ("labelled", "Beslutande", "Anna Ekholm (S), ordförande, Bo Ring (M), Cia Lundin (KD)"),
        ("labelled", "Övriga deltagande", "Dan Berglund, sekreterare"),
        ("labelled", "Utses att justera", "Bo Ring"),
        ("labelled", "Justeringens plats och tid", "Socialkontoret 2023-02-24"),
        ("gap",),
    ]
    paras = [
        (14, "SN 2023/0012-1.2.3", "Riktlinjer för ekonomiskt bistånd 2023",
         ["Tjänsteskrivelse 2023-02-01", "Riktlinjer för ekonomiskt bistånd, förslag"],
         ["att anta riktlinjerna för ekonomiskt bistånd 2023,", "att riktlinjerna gäller från och med den 1 mars 2023."]),
        (15, "SN 2022/0388-1.4", "Verksamhetsuppföljning januari 2023",
         ["Tjänsteskrivelse 2023-02-08"],
         None),
        (16, "SN 2023/0031", "Yttrande över motion om feriearbete för ungdomar",
         ["Tjänsteskrivelse 2023-02-10", "Motion från Bo Ring (M)"],
         ["att avge yttrande enligt förvaltningens förslag,", "att förklara paragrafen omedelbart justerad."]),
    ]
    want = []
    for n, dnr, title, basis, subs in paras:
        b += [
            ("tabbed", [f"Paragraf {n}", f"Dnr {dnr}"], True),
            ("bold", title),
            ("bold", "Ärendebeskrivning"),
            ("line", "Förvaltningen redovisar ärendet i en tjänsteskrivelse. Ärendet har beretts av individ- och familjeomsorgen."),
            ("bold", "Beslutsunderlag"),
            *[("line", x) for x in basis],
            ("bold", "Beslut"),
        ]
        if subs:
            b.append(("line", "Socialnämnden beslutar"))
            b += [("line", f"{'ab'[k]}) {s}") for k, s in enumerate(subs)]
            decisions = subs
        else:
            decision = "Socialnämnden beslutar att lägga uppföljningen till handlingarna."
            b.append(("line", decision))
            decisions = [decision]
        b.append(("gap",))
        # The case's number: the document serial after "-" is no part of it.
        want.append(paragraph_want(f"Paragraf {n}", n, title, dnr.split("-")[0], decisions, basis))
    meeting = meeting_of("Socialnämnden", "2023-02-21", "08.30–12.00", "Socialkontoret, sammanträdesrummet", "Anna Ekholm", "Dan Berglund", ["Bo Ring"], ["Anna Ekholm", "Bo Ring", "Cia Lundin", "Dan Berglund"])
    return b, meeting, want


def au_beslutsgang():
    """A municipal executive committee's working group (arbetsutskott): heads "§14 Title" in
    bold with no space after the sign, the diary number "Dnr KS-2023-00123" below; sections
    "Ärendet", "Yrkanden", "Beslutsgång"; the proposal "Kommunstyrelsens arbetsutskott
    föreslår kommunstyrelsen besluta" over att-bullets, or "Arbetsutskottets beslut" with one
    sentence; the meeting's fields only in a two-column table at the end, before the
    signatures."""
    b = [
        ("header", "Kommunstyrelsens arbetsutskott  Sammanträdesprotokoll"),
        ("title", "Kommunstyrelsens arbetsutskott", 14),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
    ]
    paras = [
        (14, "Försäljning av tomträtt i kvarteret Lärkan", "KS-2023-00123",
         ["att godkänna försäljningen av tomträtten till Lärkan Fastighets AB", "att uppdra åt kommundirektören att underteckna köpeavtalet"]),
        (15, "Remissvar om regional transportplan", "KS-2022-00987", None),
        (16, "Taxa för serveringstillstånd 2024", "KS-2023-00045",
         ["att anta taxan för serveringstillstånd", "att taxan gäller från och med den 1 januari 2024"]),
    ]
    want = []
    for n, title, dnr, atts in paras:
        b += [
            ("bold", f"§{n} {title}"),
            ("line", f"Dnr {dnr}"),
            ("bold", "Ärendet"),
            ("line", "Kommunledningskontoret har berett ärendet och lämnar förslag till beslut."),
            ("bold", "Yrkanden"),
            ("line", "Ordföranden Eva Stål (S) yrkar bifall till kommunledningskontorets förslag."),
            ("bold", "Beslutsgång"),
            ("line", "Ordföranden ställer proposition på förslaget och finner att arbetsutskottet bifaller det."),
        ]
        if atts:
            b += [
                ("bold", "Arbetsutskottets förslag till kommunstyrelsen"),
                ("line", "Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta"),
                ("bullets", atts),
            ]
            decisions = atts
        else:
            decision = "Arbetsutskottet beslutar att avge remissvar enligt kommunledningskontorets förslag."
            b += [("bold", "Arbetsutskottets beslut"), ("line", decision)]
            decisions = [decision]
        b.append(("gap",))
        want.append(paragraph_want(f"§ {n}", n, title, dnr, decisions))
    b += [
        ("gap",),
        (
            "table",
            [
                ["Plats och tid", "Stadshuset, lilla salen, 2023-02-07 kl. 09.00–11.30"],
                ["Beslutande", "Eva Stål (S), ordförande\nKurt Holm (M)\nAsta Nilsson (C)"],
                ["Sekreterare", "Lisa Borg"],
                ["Justerare", "Kurt Holm"],
                ["Paragrafer", "14–16"],
            ],
            False,
        ),
    ]
    meeting = meeting_of("Kommunstyrelsens arbetsutskott", "2023-02-07", "09.00–11.30", "Stadshuset, lilla salen", "Eva Stål", "Lisa Borg", ["Kurt Holm"], ["Eva Stål", "Kurt Holm", "Asta Nilsson"])
    return b, meeting, want


def bolag_styrelse():
    """A municipal company's board minutes: "Protokoll fört vid styrelsemöte i Ekby Energi
    AB" with the registration number, "Datum:" … lines, "Närvarande ledamöter:" and "Övriga
    närvarande:" with the roles in parentheses, items "§ 1 Mötets öppnande" … in bold on one
    line, decisions "Styrelsen beslutade att …" inside the text, and a signature grid: lines
    of underscores, the roles "Ordförande", "Justerare", "Sekreterare" under them and the
    names under the roles."""
    items = [
        ("Mötets öppnande", "Ordföranden öppnade mötet och hälsade alla välkomna.", None),
        ("Val av justerare", "Kim Roos utsågs att jämte ordföranden justera protokollet.", None),
        ("Godkännande av dagordning", "Dagordningen godkändes.", None),
        ("VD-rapport", "Verkställande direktören redogjorde för verksamheten under perioden.", None),
        ("Investering i solcellspark", "Bolaget har utrett en solcellspark vid Norrby.",
         "Styrelsen beslutade att godkänna investeringen om 12 miljoner kronor."),
        ("Delårsrapport januari–augusti", "Ekonomichefen föredrog delårsrapporten.",
         "Styrelsen beslutade att fastställa delårsrapporten."),
        ("Mötets avslutande", "Ordföranden avslutade mötet.", None),
    ]
    b = [
        ("title", "Protokoll fört vid styrelsemöte i Ekby Energi AB", 13),
        ("line", "Org.nr 556123-4567"),
        ("gap",),
        ("line", "Datum: 2024-09-17"),
        ("line", "Tid: 16.00–18.15"),
        ("line", "Plats: Bolagets kontor, Verkstadsgatan 2"),
        ("line", "Närvarande ledamöter: Per Ahlberg (ordförande), Kim Roos, Eva Sundin"),
        ("line", "Övriga närvarande: Tom Nordin (VD), Ida Ström (sekreterare)"),
        ("gap",),
    ]
    want = []
    for k, (t, body, decision) in enumerate(items):
        b += [("bold", f"§ {k + 1} {t}"), ("line", body + (" " + decision if decision else ""))]
        want.append(paragraph_want(f"§ {k + 1}", k + 1, t, None, [decision] if decision else []))
    b += [
        ("gap",),
        ("grid", [["____________________", "____________________", "____________________"],
                  ["Ordförande", "Justerare", "Sekreterare"],
                  ["Per Ahlberg", "Kim Roos", "Ida Ström"]]),
    ]
    meeting = meeting_of(None, "2024-09-17", "16.00–18.15", "Bolagets kontor, Verkstadsgatan 2", "Per Ahlberg", "Ida Ström", ["Kim Roos"], ["Per Ahlberg", "Kim Roos", "Eva Sundin", "Tom Nordin", "Ida Ström"])
    return b, meeting, want


def utdrag_brev():
    """A "Protokollsutdrag" sent as a letter: the municipality and "Kommunfullmäktige", a line
    "PROTOKOLLSUTDRAG" with "Vår beteckning KS 2023/0456" right-aligned, "Till: Tekniska
    nämnden", the head "Kf § 45<tab>Title", "Kommunfullmäktiges beslut" with the decision as
    Word's own numbered list, a "Protokollsanteckning", "Expedieras till" and "Rätt utdraget
    betygar"."""
    b = [
        ("title", "Ekby kommun", 14),
        ("line", "Kommunfullmäktige"),
        ("tabbed", ["PROTOKOLLSUTDRAG", "Vår beteckning KS 2023/0456"], False),
        ("line", "Sammanträdesdatum 2023-06-12"),
        ("gap",),
        ("line", "Till: Tekniska nämnden"),
        ("gap",),
        ("tabbed", ["Kf § 45", "Taxa för vatten och avlopp 2024"], True),
        ("line", "Dnr KS 2023/0456"),
        ("bold", "Ärendebeskrivning"),
        ("line", "Tekniska nämnden har föreslagit en ny taxa för den allmänna vatten- och avloppsanläggningen. "
                 "Kommunstyrelsen föreslår fullmäktige att anta taxan."),
        ("bold", "Kommunfullmäktiges beslut"),
        ("numbers", ["Taxan för vatten och avlopp fastställs att gälla från den 1 januari 2024.",
                     "Tekniska nämnden får i uppdrag att informera abonnenterna om taxan."]),
        ("bold", "Protokollsanteckning"),
        ("line", "Jens Ek (SD) lämnar en protokollsanteckning om avgiftsnivån."),
        ("bold", "Expedieras till"),
        ("line", "Tekniska nämnden"),
        ("line", "Ekonomiavdelningen"),
        ("gap",),
        ("line", "Rätt utdraget betygar"),
        ("line", "Sara Holm, kommunsekreterare"),
    ]
    want = [paragraph_want("KF § 45", 45, "Taxa för vatten och avlopp 2024", "KS 2023/0456",
                           ["Taxan för vatten och avlopp fastställs att gälla från den 1 januari 2024.",
                            "Tekniska nämnden får i uppdrag att informera abonnenterna om taxan."],
                           reservations=1)]
    meeting = meeting_of("Kommunfullmäktige", "2023-06-12")
    return b, meeting, want


def lagrum_paragraphs():
    """An environment board's minutes whose text cites laws ("26 kap. 9 § miljöbalken",
    "9 kap. 2 § plan- och bygglagen"): heads "§ 88<tab>Title" with the diary number below in
    other forms ("Diarienummer: MN 2020-000456", "Dnr: 2019.1234", "Dnr 3.1-4788-2023");
    sections "Lagrum", "Beslut" (a sentence citing a law) and "Hur man överklagar"; the
    fields in a table at the top."""
    b = [
        ("title", "Miljönämnden", 15),
        ("line", "Protokoll"),
        ("gap",),
        (
            "table",
            [
                ["Sammanträdesdatum", "2023-10-03"],
                ["Tid", "13.15–16.00"],
                ["Plats", "Miljöförvaltningen, Ängen"],
                ["Ordförande", "Leif Ahl (M)"],
                ["Sekreterare", "Mona Kraft"],
                ["Justerare", "Sten Ulf (S)"],
            ],
            False,
        ),
        ("gap",),
    ]
    paras = [
        (88, "Föreläggande om åtgärder för enskilt avlopp på Ekby 3:14", "Diarienummer: MN 2020-000456",
         "MN 2020-000456",
         "Miljönämnden beslutar med stöd av 26 kap. 9 § miljöbalken att förelägga fastighetens ägare att åtgärda avloppet senast den 1 juni 2024."),
        (89, "Strandskyddsdispens för bastu på Lia 1:8", "Dnr: 2019.1234", "2019.1234",
         "Miljönämnden beslutar att med stöd av 7 kap. 18 b § miljöbalken bevilja dispens från strandskyddet."),
        (90, "Yttrande över detaljplan för Norra Ekby", "Dnr 3.1-4788-2023", "3.1-4788-2023",
         "Miljönämnden beslutar att lämna yttrande enligt förvaltningens förslag."),
    ]
    want = []
    for n, title, dnr_line, dnr, decision in paras:
        b += [
            ("tabbed", [f"§ {n}", title], True),
            ("line", dnr_line),
            ("bold", "Ärendet"),
            ("line", "Förvaltningen har inspekterat platsen. Enligt 9 kap. 2 § plan- och bygglagen krävs lov för åtgärden. "
                     "Se även 2 § i förordningen om miljöfarlig verksamhet."),
            ("bold", "Lagrum"),
            ("line", "26 kap. 9 § miljöbalken"),
            ("line", "7 kap. 18 b § miljöbalken"),
            ("bold", "Beslut"),
            ("line", decision),
            ("bold", "Hur man överklagar"),
            ("line", "Beslutet kan överklagas hos länsstyrelsen inom tre veckor."),
            ("gap",),
        ]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    meeting = meeting_of("Miljönämnden", "2023-10-03", "13.15–16.00", "Miljöförvaltningen, Ängen", "Leif Ahl", "Mona Kraft", ["Sten Ulf"])
    return b, meeting, want


def board_mixed_en():
    """A jointly owned company's board minutes in Swedish and English: "Styrelseprotokoll /
    Board minutes", fields "Datum / Date:", items "§ 1 Mötets öppnande / Opening of the
    meeting" in bold, a "Beslut / Resolution:" label before the decision written in Swedish,
    and "Justeras / Approved:" with the names."""
    items = [
        ("Mötets öppnande / Opening of the meeting", None),
        ("Val av justerare / Election of adjuster", None),
        ("Budget 2025", "Styrelsen beslutade att fastställa budgeten för 2025."),
        ("Nytt samarbetsavtal / New cooperation agreement", "Styrelsen beslutade att godkänna avtalet med Nordvind AS."),
        ("Mötets avslutande / Closing of the meeting", None),
    ]
    b = [
        ("title", "Styrelseprotokoll / Board minutes", 14),
        ("line", "Gränsvind AB"),
        ("gap",),
        ("line", "Datum / Date: 2024-11-05"),
        ("line", "Tid / Time: 10.00–12.00"),
        ("line", "Plats / Place: Strömstad, Hotell Laholmen"),
        ("line", "Närvarande / Present: Karin Lind (ordförande/chair), Ole Hansen, Siv Berg, Nils Tangen (sekreterare/secretary)"),
        ("gap",),
    ]
    want = []
    for k, (t, decision) in enumerate(items):
        b += [("bold", f"§ {k + 1} {t}"), ("line", "Diskussion fördes / The matter was discussed.")]
        if decision:
            b += [("bold", "Beslut / Resolution:"), ("line", decision)]
        want.append(paragraph_want(f"§ {k + 1}", k + 1, t, None, [decision] if decision else []))
    b += [
        ("gap",),
        *signed("Nils Tangen", "Karin Lind", "Ole Hansen", taken="Vid protokollet / Minutes taken by:", approved="Justeras / Approved:"),
    ]
    meeting = meeting_of(None, "2024-11-05", "10.00–12.00", "Strömstad, Hotell Laholmen", "Karin Lind", "Nils Tangen", ["Karin Lind", "Ole Hansen"], ["Karin Lind", "Ole Hansen", "Siv Berg", "Nils Tangen"])
    return b, meeting, want


# ---------------------------------------------------------------------------------------
# Sixth blind check (2026-12-02, night): written before the rules were looked at again.


def rf_beslutsunderlag():
    """A regional council: heads "Rf § 45/2024<tab>Title" with the year, "Diarienummer RS
    2024/112" below, "Beslutsunderlag" as a bullet list, the decision "Regionfullmäktige
    beslutar" over att-lines, "Protokollet skickas till"; the fields as "Label: value" lines,
    date and time in one field."""
    b = [
        ("title", "Regionfullmäktige", 16),
        ("line", "PROTOKOLL"),
        ("gap",),
        ("line", "Datum och tid: 2024-06-11 kl. 09.00–16.30"),
        ("line", "Plats: Regionens hus, plenisalen"),
        ("line", "Ordförande: Birgitta Lund (S)"),
        ("line", "Sekreterare: Fredrik Ahl"),
        ("line", "Justerare: Hanna Ek (M) och Jan Strid (V)"),
        ("gap",),
    ]
    paras = [
        (45, "Budget 2025 och verksamhetsplan 2025–2027", "RS 2024/112",
         ["Regionstyrelsens protokoll 2024-05-21, § 98", "Tjänsteskrivelse 2024-04-30", "Bilaga 1, Budget 2025"],
         ["att fastställa budget 2025 och verksamhetsplan 2025–2027", "att uppdra åt regionstyrelsen att verkställa beslutet."]),
        (46, "Ändring av reglemente för patientnämnden", "RS 2024/87",
         ["Regionstyrelsens protokoll 2024-05-21, § 101", "Förslag till reviderat reglemente"],
         ["att anta det reviderade reglementet", "att reglementet gäller från och med den 1 juli 2024."]),
        (47, "Svar på motion om avgiftsfri kollektivtrafik för unga", "RS 2023/455",
         ["Motion från Jan Strid (V)", "Regionstyrelsens protokoll 2024-05-21, § 104"],
         ["att avslå motionen."]),
    ]
    want = []
    for n, title, dnr, basis, atts in paras:
        b += [
            ("tabbed", [f"Rf § {n}/2024", title], True),
            ("line", f"Diarienummer {dnr}"),
            ("bold", "Sammanfattning"),
            ("line", "Regionstyrelsen har behandlat ärendet och lämnar förslag till beslut. "
                     "Ärendet har beretts i regionstyrelsens arbetsutskott."),
            ("bold", "Beslutsunderlag"),
            ("bullets", basis),
            ("bold", "Regionfullmäktiges beslut"),
            ("line", "Regionfullmäktige beslutar"),
        ]
        b += [("line", a) for a in atts]
        b += [("line", "Protokollet skickas till: Regionstyrelsen, Regiondirektören"), ("gap",)]
        want.append(paragraph_want(f"RF § {n}", n, title, dnr, atts, basis))
    b += [
        ("gap",),
        ("grid", [["Ordförande", "Sekreterare", "Justerare", "Justerare"],
                  ["Birgitta Lund", "Fredrik Ahl", "Hanna Ek", "Jan Strid"]]),
    ]
    meeting = meeting_of("Regionfullmäktige", "2024-06-11", "09.00–16.30", "Regionens hus, plenisalen", "Birgitta Lund", "Fredrik Ahl", ["Hanna Ek", "Jan Strid"])
    return b, meeting, want


def arende_namnd():
    """A court-like board (personalansvarsnämnd): "Ärende 3" in bold alone on its line, the
    title in bold below, "Dnr PAN 2023/14" and "Föredragande:" lines, a secrecy note citing a
    law ("39 kap. 3 § offentlighets- och sekretesslagen"), "Nämndens beslut" over one
    sentence; the members one a line under "Närvarande ledamöter"."""
    b = [
        ("title", "Personalansvarsnämnden", 15),
        ("line", "Protokoll från sammanträde 2023-10-19"),
        ("gap",),
        ("line", "Tid: 13.00–14.10"),
        ("line", "Plats: Stadshuset, rum Kronan"),
        ("bold", "Närvarande ledamöter"),
        ("line", "Gustav Nord (M), ordförande"),
        ("line", "Elsa Rapp (S)"),
        ("line", "Karl Vik (L)"),
        ("line", "Sekreterare: Moa Lindqvist"),
        ("line", "Justerare: Elsa Rapp"),
        ("gap",),
    ]
    paras = [
        (3, "Fråga om disciplinpåföljd för anställd vid tekniska förvaltningen", "PAN 2023/14",
         "Nämnden beslutar att meddela arbetstagaren en skriftlig varning."),
        (4, "Fråga om avskedande av anställd vid socialförvaltningen", "PAN 2023/15",
         "Nämnden beslutar att inte avskeda arbetstagaren."),
        (5, "Anmälan om åtalsanmälan", "PAN 2023/17",
         "Nämnden beslutar att lägga anmälan till handlingarna."),
    ]
    want = []
    for n, title, dnr, decision in paras:
        b += [
            ("bold", f"Ärende {n}"),
            ("bold", title),
            ("line", f"Dnr {dnr}"),
            ("line", "Föredragande: personalchef Rut Sand"),
            ("line", "Uppgifterna i ärendet omfattas av sekretess enligt 39 kap. 3 § offentlighets- och sekretesslagen."),
            ("bold", "Nämndens beslut"),
            ("line", decision),
            ("gap",),
        ]
        want.append(paragraph_want(f"Ärende {n}", n, title, dnr, [decision]))
    b += [
        *signed("Moa Lindqvist", "Gustav Nord", "Elsa Rapp"),
    ]
    meeting = meeting_of("Personalansvarsnämnden", "2023-10-19", "13.00–14.10", "Stadshuset, rum Kronan", "Gustav Nord", "Moa Lindqvist", ["Elsa Rapp"], ["Gustav Nord", "Elsa Rapp", "Karl Vik"])
    return b, meeting, want


_LONG = [
    "Förvaltningen har under året genomfört en inventering av anläggningens skick och funnit att flera delar behöver åtgärdas inom de närmaste åren.",
    "Kostnaderna för underhållet har ökat sedan föregående år, främst på grund av högre priser på material och entreprenader.",
    "Arbetet har samordnats med fastighetsavdelningen så att störningarna för brukarna blir så små som möjligt.",
    "Ett första förslag presenterades för nämndens presidium i augusti och har därefter kompletterats med en riskanalys.",
    "Enligt förvaltningens bedömning bör åtgärderna genomföras etappvis, med start under våren.",
    "Finansieringen sker inom ramen för den av fullmäktige beslutade investeringsbudgeten.",
    "Samråd har skett med de fackliga organisationerna och med den kommunala pensionärsrådet.",
    "Förvaltningen redovisar i bilaga hur åtgärderna påverkar driftbudgeten för de kommande tre åren.",
    "Den tekniska livslängden för de nuvarande installationerna bedöms vara uppnådd inom fem år.",
    "Upphandlingen föreslås ske som en totalentreprenad med möjlighet till förlängning.",
    "Nämndens ekonomiska ram för året bedöms inte påverkas av beslutet.",
    "Förslaget har stämts av med kommunens miljöstrateg och klimatmålen beaktas i upphandlingen.",
]


def paged_continuation():
    """A technical board's minutes whose paragraphs run on over page breaks, under a running
    header "Tekniska nämnden  Sammanträdesprotokoll 2022-09-20  Sida N": heads "§ 61<tab>Title",
    long "Ärendebeskrivning" texts, the decision after the break ("Tekniska nämndens beslut",
    one sentence); the signatures at the end."""
    b = [
        ("header", "Tekniska nämnden    Sammanträdesprotokoll 2022-09-20"),
        ("title", "Tekniska nämnden", 15),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        (
            "table",
            [
                ["Datum", "2022-09-20"],
                ["Tid", "08.30–12.00"],
                ["Plats", "Tekniska kontoret, sal Björken"],
                ["Beslutande", "Sara Holm (C), ordförande\nPeter Lund (S)\nMarie Ek (M)\nAnders Dahl (KD)"],
                ["Sekreterare", "Johan Berg"],
                ["Justerare", "Peter Lund"],
            ],
            False,
        ),
        ("gap",),
    ]
    paras = [
        (61, "Upprustning av simhallen i Ekby", "TN 2022/101",
         "Tekniska nämnden beslutar att godkänna förvaltningens förslag till upprustning av simhallen."),
        (62, "Underhållsplan för gator och vägar 2023–2026", "TN 2022/88",
         "Tekniska nämnden beslutar att anta underhållsplanen för gator och vägar 2023–2026."),
        (63, "Ny belysning längs Ekbyvägen", "TN 2022/120",
         "Tekniska nämnden beslutar att uppdra åt förvaltningen att upphandla ny belysning."),
        (64, "Taxa för vatten och avlopp 2023", "TN 2022/77",
         "Tekniska nämnden beslutar att föreslå kommunfullmäktige att anta taxan."),
    ]
    want = []
    for k, (n, title, dnr, decision) in enumerate(paras):
        b += [
            ("tabbed", [f"§ {n}", title], True),
            ("line", f"Dnr {dnr}"),
            ("bold", "Ärendebeskrivning"),
        ]
        for j in range(14):
            b.append(("line", _LONG[(j + 3 * k) % len(_LONG)] + f" (Avsnitt {j + 1}.)"))
        b += [("bold", "Tekniska nämndens beslut"), ("line", decision), ("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += [
        ("line", "Vid protokollet"),
        ("line", "Johan Berg"),
        ("gap",),
        ("grid", [["Ordförande", "Justerare"], ["Sara Holm", "Peter Lund"]]),
    ]
    meeting = meeting_of("Tekniska nämnden", "2022-09-20", "08.30–12.00", "Tekniska kontoret, sal Björken", "Sara Holm", "Johan Berg", ["Peter Lund"], ["Sara Holm", "Peter Lund", "Marie Ek", "Anders Dahl"])
    return b, meeting, want


def signature_boxes():
    """Meetings Plus: a cover page with the fields in a table and "Underskrifter" with
    "Paragrafer 110–113", then a paragraph a page: "§ 110" and "Dnr KS 2024/00321" on one line,
    the title in bold below, "Beslutsunderlag" lines, "Beslut" over numbered decisions
    "1. …", "Beslutet skickas till"; every page carries the boxes "Justerandes signatur" and
    "Utdragsbestyrkande" in its footer."""
    b = [
        ("footer", ["Justerandes signatur", "Utdragsbestyrkande"]),
        ("title", "SAMMANTRÄDESPROTOKOLL", 14),
        ("bold", "Kommunstyrelsen"),
        ("gap",),
        (
            "table",
            [
                ["Plats och tid", "Kommunhuset, KS-salen, 2024-03-12 kl. 13.30–16.00"],
                ["Beslutande", "Ingrid Sjöberg (S), ordförande\nTomas Wall (M)\nAida Hassan (S)\nBo Kvist (SD)"],
                ["Övriga deltagare", "Linnea Holt, kommundirektör"],
                ["Utses att justera", "Tomas Wall"],
                ["Justeringens plats och tid", "Kommunhuset 2024-03-15"],
            ],
            False,
        ),
        ("gap",),
        ("grid", [["Underskrifter", "Paragrafer 110–113"], ["Sekreterare", "Ulrika Nord"],
                  ["Ordförande", "Ingrid Sjöberg"], ["Justerande", "Tomas Wall"]]),
        ("page",),
    ]
    paras = [
        (110, "KS 2024/00321", "Årsredovisning 2023 för Ekby kommun",
         ["Kommunstyrelsen föreslår kommunfullmäktige att godkänna årsredovisningen.",
          "Kommunstyrelsen överlämnar årsredovisningen till revisorerna."]),
        (111, "KS 2024/00045", "Riktlinjer för investeringar",
         ["Kommunstyrelsen antar riktlinjerna för investeringar."]),
        (112, "KS 2023/00612", "Medborgarförslag om hundrastgård i Norrby",
         ["Kommunstyrelsen avslår medborgarförslaget."]),
        (113, "KS 2024/00002", "Delegationsbeslut",
         ["Kommunstyrelsen lägger redovisningen av delegationsbeslut till handlingarna."]),
    ]
    want = []
    for k, (n, dnr, title, decisions) in enumerate(paras):
        b += [
            ("tabbed", [f"§ {n}", f"Dnr {dnr}"], True),
            ("bold", title),
            ("bold", "Beslutsunderlag"),
            ("line", "Kommunledningskontorets tjänsteskrivelse 2024-02-20"),
            ("bold", "Beslut"),
        ]
        b += [("line", f"{j + 1}. {d}") for j, d in enumerate(decisions)]
        b += [("bold", "Beslutet skickas till"), ("line", "Ekonomiavdelningen")]
        if k + 1 < len(paras):
            b.append(("page",))
        want.append(paragraph_want(f"§ {n}", n, title, dnr, decisions,
                                   ["Kommunledningskontorets tjänsteskrivelse 2024-02-20"]))
    meeting = meeting_of("Kommunstyrelsen", "2024-03-12", "13.30–16.00", "Kommunhuset, KS-salen", "Ingrid Sjöberg", "Ulrika Nord", ["Tomas Wall"], ["Ingrid Sjöberg", "Tomas Wall", "Aida Hassan", "Bo Kvist", "Linnea Holt"])
    return b, meeting, want


def reservation_notes():
    """A building board's minutes with, per paragraph, "Yrkanden", "Propositionsordning",
    "Beslut" and then "Reservation" and/or "Protokollsanteckning" sections, one paragraph with
    a reservation written as a sentence after the decision ("Mot beslutet reserverar sig …");
    heads "§ 23 Title" bold on one line, no diary number."""
    b = [
        ("title", "Byggnadsnämnden", 15),
        ("line", "Protokoll 2021-04-22"),
        ("gap",),
        ("line", "Tid och plats: kl. 17.00–19.40, Rådhuset, sal 2"),
        ("line", "Ordförande: Henrik Ståhl (M)"),
        ("line", "Sekreterare: Petra Alm"),
        ("line", "Justerare: Ronja Björk (S)"),
        ("gap",),
    ]
    paras = [
        (23, "Bygglov för flerbostadshus på Tallen 4",
         "Byggnadsnämnden beslutar att bevilja bygglov.",
         [("Reservation", "Ronja Björk (S) reserverar sig mot beslutet till förmån för eget yrkande."),
          ("Protokollsanteckning", "Liv Palm (V) lämnar en protokollsanteckning om parkeringsnormen.")], None),
        (24, "Strandskyddsdispens för båthus på Vassen 1:2",
         "Byggnadsnämnden beslutar att avslå ansökan.", [], "Mot beslutet reserverar sig Kent Ahl (C)."),
        (25, "Föreläggande om rivning av förråd på Lönnen 7",
         "Byggnadsnämnden beslutar att förelägga ägaren att riva förrådet.",
         [("Protokollsanteckning", "Ronja Björk (S) antecknar att ärendet borde ha återremitterats.")], None),
        (26, "Information om detaljplanearbetet", None, [], None),
    ]
    want = []
    for n, title, decision, sections, sentence in paras:
        b += [
            ("bold", f"§ {n} {title}"),
            ("bold", "Ärendet"),
            ("line", "Stadsbyggnadskontoret har handlagt ärendet och redovisar sin bedömning i tjänsteskrivelsen."),
        ]
        if decision:
            b += [
                ("bold", "Yrkanden"),
                ("line", "Henrik Ståhl (M) yrkar bifall till kontorets förslag. Ronja Björk (S) yrkar avslag."),
                ("bold", "Propositionsordning"),
                ("line", "Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller kontorets förslag."),
                ("bold", "Beslut"),
                ("line", decision),
            ]
            if sentence:
                b.append(("line", sentence))
            for head, text in sections:
                b += [("bold", head), ("line", text)]
        else:
            b.append(("line", "Nämnden tar del av informationen."))
        b.append(("gap",))
        want.append(paragraph_want(f"§ {n}", n, title, None, [decision] if decision else [],
                                   (), len(sections) + (1 if sentence else 0)))
    b += [
        *signed("Petra Alm", "Henrik Ståhl", "Ronja Björk"),
    ]
    meeting = meeting_of("Byggnadsnämnden", "2021-04-22", "17.00–19.40", "Rådhuset, sal 2", "Henrik Ståhl", "Petra Alm", ["Ronja Björk"])
    return b, meeting, want


def forening_minutes():
    """A village association's board minutes typed in Word by hand: "Protokoll styrelsemöte
    Byalaget Norra Ekby", the date in words ("12 mars 2024"), items "1. Mötets öppnande" as
    bold lines, decisions "Beslutades att …" and "Styrelsen beslutade att …", the signatures
    in a grid (Sekreterare | Ordförande | Justerare)."""
    items = [
        ("Mötets öppnande", "Ordföranden Karin Ek hälsade alla välkomna och öppnade mötet.", None),
        ("Val av justerare", "Per Lind valdes att justera protokollet.", None),
        ("Godkännande av dagordning", "Dagordningen godkändes.", None),
        ("Föregående protokoll", "Protokollet från den 6 februari gicks igenom.",
         "Beslutades att lägga protokollet till handlingarna."),
        ("Ekonomi", "Kassören Sven Berg rapporterade att kassan uppgår till 12 450 kr.", None),
        ("Midsommarfirande", "Frågan om midsommarfirandet diskuterades.",
         "Styrelsen beslutade att anordna midsommarfirande på ängen vid bygdegården."),
        ("Övriga frågor", "Inga övriga frågor.", None),
        ("Nästa möte", "Nästa möte hålls den 16 april kl. 19.00 hos Per.", None),
        ("Mötets avslutande", "Ordföranden tackade för visat intresse och avslutade mötet.", None),
    ]
    b = [
        ("title", "Protokoll styrelsemöte Byalaget Norra Ekby", 13),
        ("line", "Datum: 12 mars 2024"),
        ("line", "Tid: 19.00–20.45"),
        ("line", "Plats: Bygdegården, Norra Ekby"),
        ("line", "Närvarande: Karin Ek, Per Lind, Maja Holm, Sven Berg"),
        ("gap",),
    ]
    want = []
    for k, (t, text, decision) in enumerate(items):
        b += [("bold", f"{k + 1}. {t}"), ("line", text)]
        if decision:
            b.append(("line", decision))
        want.append(paragraph_want(str(k + 1), k + 1, t, None, [decision] if decision else []))
    b += [
        ("gap",),
        ("grid", [["Sekreterare", "Ordförande", "Justerare"], ["Maja Holm", "Karin Ek", "Per Lind"]]),
    ]
    meeting = meeting_of(None, "2024-03-12", "19.00–20.45", "Bygdegården, Norra Ekby", "Karin Ek", "Maja Holm", ["Per Lind"], ["Karin Ek", "Per Lind", "Maja Holm", "Sven Berg"])
    return b, meeting, want


def ordningsforeskrifter():
    """NOT a protocol: a municipality's local public-order regulations, "1 §" … "12 §" at the
    start of their paragraphs, chapter-less headings, a line "Antagna av kommunfullmäktige
    2019-05-20, § 45", a diary number and citations of the law ("3 kap. 8 § ordningslagen").
    No protocol paragraph must come out of it."""
    rules = [
        ("Inledande bestämmelser", [
            "Dessa föreskrifter gäller utöver ordningslagen (1993:1617) och syftar till att upprätthålla den allmänna ordningen i kommunen.",
            "Bestämmelserna i 3 kap. ordningslagen gäller inom de områden som anges i dessa föreskrifter.",
        ]),
        ("Markarbeten", [
            "Den som utför markarbeten ska se till att arbetsplatsen är avspärrad.",
        ]),
        ("Störande buller", [
            "Arbeten som orsakar störande buller får inte utföras mellan kl. 22.00 och 07.00.",
            "Kommunen får medge undantag från 4 § om det finns särskilda skäl.",
        ]),
        ("Förtäring av alkohol", [
            "Spritdrycker, vin, starköl och andra jästa alkoholdrycker får inte förtäras på offentlig plats inom de områden som anges i bilaga 1.",
        ]),
        ("Hundar", [
            "Hundar ska hållas kopplade inom detaljplanelagt område under tiden 1 mars–31 augusti.",
            "Föroreningar efter hund ska plockas upp.",
            "Bestämmelserna i 7 och 8 §§ gäller inte för ledarhund.",
        ]),
        ("Avgift för användning av offentlig plats", [
            "För användning av offentlig plats ska avgift betalas enligt taxa som fullmäktige beslutar.",
        ]),
        ("Ansvar", [
            "I 3 kap. 22 § ordningslagen finns bestämmelser om straff för den som bryter mot dessa föreskrifter.",
        ]),
    ]
    b = [
        ("title", "Lokala ordningsföreskrifter för Ekby kommun", 15),
        ("line", "Antagna av kommunfullmäktige 2019-05-20, § 45"),
        ("line", "Dnr KS 2019/0123"),
        ("gap",),
        ("line", "Kommunfullmäktige i Ekby kommun föreskriver följande med stöd av 1 kap. 2 § och 3 kap. 8–13 §§ ordningslagen (1993:1617)."),
        ("gap",),
    ]
    n = 0
    for head, texts in rules:
        b.append(("bold", head))
        for t in texts:
            n += 1
            b.append(("line", f"{n} § {t}"))
        b.append(("gap",))
    b += [("bold", "Ikraftträdande"), ("line", "Dessa föreskrifter träder i kraft den 1 juli 2019.")]
    meeting = meeting_of()
    return b, meeting, []


def reglemente():
    """NOT a protocol: a board's rules of procedure (reglemente) with heads "§ 1 Verksamhetsområde"
    … in bold, a paragraph about meetings that speaks of "protokoll", "justeras",
    "ordföranden" and "sekreterare", and "Antaget av kommunfullmäktige 2022-11-28, § 134".
    No protocol paragraph must come out of it."""
    sections = [
        ("Verksamhetsområde", "Socialnämnden fullgör kommunens uppgifter inom socialtjänsten enligt socialtjänstlagen."),
        ("Uppgifter", "Nämnden ansvarar för individ- och familjeomsorg, äldreomsorg och stöd till personer med funktionsnedsättning."),
        ("Delegering", "Nämnden får uppdra åt ett utskott, en ledamot eller en anställd att besluta på nämndens vägnar."),
        ("Sammansättning", "Nämnden består av nio ledamöter och nio ersättare som väljs av kommunfullmäktige."),
        ("Sammanträden", "Nämnden sammanträder på dag och tid som nämnden bestämmer. Kallelse ska vara ledamöterna tillhanda senast fem dagar före sammanträdet."),
        ("Justering av protokoll", "Protokollet justeras av ordföranden och en ledamot. Nämnden får besluta att en paragraf i protokollet ska justeras omedelbart."),
        ("Undertecknande av handlingar", "Avtal och andra handlingar som beslutas av nämnden undertecknas av ordföranden och kontrasigneras av förvaltningschefen."),
        ("Ikraftträdande", "Detta reglemente träder i kraft den 1 januari 2023."),
    ]
    b = [
        ("title", "Reglemente för socialnämnden", 15),
        ("line", "Antaget av kommunfullmäktige 2022-11-28, § 134"),
        ("line", "Diarienummer KS 2022/456"),
        ("gap",),
    ]
    for k, (head, text) in enumerate(sections):
        b += [("bold", f"§ {k + 1} {head}"), ("line", text), ("gap",)]
    meeting = meeting_of()
    return b, meeting, []


# ---------------------------------------------------------------------------------------
# Shapes added for the seventh blind check (2026-12-03, morning), written before any rule
# changed: systems and authors not generated above, and two more documents that are not
# protocols (an association's statutes, a meeting notice).


def w3d3_columns():
    """A Public 360/W3D3-style print: every paragraph's head is one borderless table row of
    three cells, "Paragraf 12" | the title in bold | "Dnr SBN 2023/00123" right-aligned; the
    fields as label/value lines ("Plats", "Tid", "Närvarande ledamöter" with "ordf." after the
    chair, "Tjänstemän" with "sekreterare", "Justerare"); "Handlingar" lines and "Beslut" over
    a decision sentence."""
    b = [
        ("title", "Samhällsbyggnadsnämnden", 15),
        ("line", "Protokoll 2023-09-14"),
        ("gap",),
        ("labelled", "Plats", "Kommunhuset, sal Ekorren"),
        ("labelled", "Tid", "13.15–16.40"),
        ("labelled", "Närvarande ledamöter", "Lisa Brandt (M), ordf., Omar Said (S), Britt Olin (C)"),
        ("labelled", "Tjänstemän", "Hanna Vik, sekreterare"),
        ("labelled", "Justerare", "Omar Said"),
        ("gap",),
    ]
    paras = [
        (12, "Detaljplan för Kvarnbacken, antagande", "SBN 2023/00123",
         ["Plankarta 2023-08-01", "Planbeskrivning 2023-08-01"],
         ["Samhällsbyggnadsnämnden antar detaljplanen för Kvarnbacken."]),
        (13, "Ansökan om bygglov för förskola på Lärkan 3", "SBN 2023/00456",
         ["Tjänsteskrivelse 2023-08-28"],
         ["Samhällsbyggnadsnämnden beviljar bygglov med villkor enligt förvaltningens förslag."]),
        (14, "Information om bostadsförsörjningsprogrammet", "SBN 2022/01987", [], []),
    ]
    want = []
    for n, title, dnr, basis, decisions in paras:
        b.append(("headrow", [f"Paragraf {n}", title, f"Dnr {dnr}"]))
        b.append(("line", "Förvaltningen har handlagt ärendet och redovisar sin bedömning."))
        if basis:
            b.append(("bold", "Handlingar"))
            b += [("line", x) for x in basis]
        if decisions:
            b.append(("bold", "Beslut"))
            b += [("line", d) for d in decisions]
        else:
            b.append(("line", "Nämnden tar del av informationen."))
        b.append(("gap",))
        want.append(paragraph_want(f"Paragraf {n}", n, title, dnr, decisions, basis))
    b += [
        ("grid", [["Ordförande", "Justerare", "Sekreterare"], ["Lisa Brandt", "Omar Said", "Hanna Vik"]]),
    ]
    meeting = meeting_of("Samhällsbyggnadsnämnden", "2023-09-14", "13.15–16.40", "Kommunhuset, sal Ekorren", "Lisa Brandt", "Hanna Vik", ["Omar Said"], ["Lisa Brandt", "Omar Said", "Britt Olin", "Hanna Vik"])
    return b, meeting, want


def region_fullmaktige():
    """A regional council (regionfullmäktige): heads "RF § 88<tab>Title", diary numbers as a
    list of several lines under "Diarienummer" (the first is the case's), "Yrkanden",
    "Propositionsordning", "Omröstning" with a vote table (Ja/Nej per member) and its result,
    "Beslut" over att-satser, a reservation; the fields in a table with "Tid" and "Plats"
    apart, "Ledamöter" one a line."""
    b = [
        ("title", "Regionfullmäktige", 16),
        ("line", "PROTOKOLL"),
        ("gap",),
        (
            "table",
            [
                ["Datum", "2024-06-18"],
                ["Tid", "09.30–15.45"],
                ["Plats", "Regionhuset, plenisalen"],
                ["Ledamöter", "Karin Lööf (S), ordförande\nErik Stål (M)\nNina Berg (V)\nAli Hamid (L)"],
                ["Sekreterare", "Tove Nilsson"],
                ["Justerare", "Erik Stål\nNina Berg"],
            ],
            False,
        ),
        ("gap",),
    ]
    paras = [
        (88, "Regionplan 2025–2027 med budget 2025", ["RS 2024/145", "RS 2024/201"],
         ["att fastställa regionplanen 2025–2027,", "att fastställa skattesatsen till 11,71 kronor per skattekrona."], 1),
        (89, "Svar på motion om avgiftsfri kollektivtrafik för unga", ["RS 2023/877"],
         ["att avslå motionen."], 0),
        (90, "Val av revisorsersättare", [], ["att välja Ida Holm till revisorsersättare."], 0),
    ]
    want = []
    for n, title, dnrs, atts, reservations in paras:
        b.append(("tabbed", [f"RF § {n}", title], True))
        if dnrs:
            b.append(("bold", "Diarienummer"))
            b += [("line", d) for d in dnrs]
        b += [
            ("bold", "Ärendebeskrivning"),
            ("line", "Regionstyrelsen har berett ärendet och lämnat sitt förslag till fullmäktige."),
        ]
        if len(atts) > 1:
            b += [
                ("bold", "Yrkanden"),
                ("line", "Karin Lööf (S) yrkar bifall till regionstyrelsens förslag. Nina Berg (V) yrkar avslag."),
                ("bold", "Propositionsordning"),
                ("line", "Ordföranden ställer proposition på yrkandena och finner att fullmäktige bifaller regionstyrelsens förslag. Votering begärs."),
                ("bold", "Omröstning"),
                ("grid", [["Ledamot", "Ja", "Nej"], ["Karin Lööf (S)", "X", ""], ["Erik Stål (M)", "X", ""],
                          ["Nina Berg (V)", "", "X"], ["Ali Hamid (L)", "X", ""]]),
                ("line", "Med 3 ja-röster mot 1 nej-röst bifaller fullmäktige regionstyrelsens förslag."),
            ]
        b += [("bold", "Beslut"), ("line", "Regionfullmäktige beslutar")]
        b += [("line", a) for a in atts]
        if reservations:
            b += [("bold", "Reservation"), ("line", "Nina Berg (V) reserverar sig mot beslutet.")]
        b.append(("gap",))
        want.append(paragraph_want(f"RF § {n}", n, title, dnrs[0] if dnrs else None,
                                   atts, (), reservations))
    b += [
        ("line", "Vid protokollet"),
        ("line", "Tove Nilsson"),
        ("gap",),
        ("grid", [["Ordförande", "Justerare", "Justerare"], ["Karin Lööf", "Erik Stål", "Nina Berg"]]),
    ]
    meeting = meeting_of("Regionfullmäktige", "2024-06-18", "09.30–15.45", "Regionhuset, plenisalen", "Karin Lööf", "Tove Nilsson", ["Erik Stål", "Nina Berg"], ["Karin Lööf", "Erik Stål", "Nina Berg", "Ali Hamid"])
    return b, meeting, want


def prose_school_board():
    """A school board's minutes that open in one running prose block: "Protokoll fört vid
    sammanträde med barn- och utbildningsnämnden i Ekby kommun tisdagen den 14 mars 2023
    kl. 18.00–20.30 i Ekbyskolans aula." with "Närvarande:" and the secretary and adjuster in
    sentences; heads "§ 21" in bold over the title in bold; decisions "Nämnden beslöt att …"."""
    b = [
        ("title", "Barn- och utbildningsnämnden", 14),
        ("line", "Protokoll fört vid sammanträde med barn- och utbildningsnämnden i Ekby kommun "
                 "tisdagen den 14 mars 2023 kl. 18.00–20.30 i Ekbyskolans aula."),
        ("line", "Närvarande: Jonas Åkesson (ordförande), Sofia Lind, Mats Grön, Aino Virtanen."),
        ("line", "Protokollförare var Greta Hall. Att jämte ordföranden justera protokollet utsågs Sofia Lind."),
        ("gap",),
    ]
    paras = [
        (21, "Skolskjutsregler för läsåret 2023/24", "Nämnden beslöt att anta de nya skolskjutsreglerna."),
        (22, "Resursfördelning till grundskolan", "Nämnden beslöt att fördela resurserna enligt förvaltningens förslag."),
        (23, "Rapport från förvaltningschefen", None),
    ]
    want = []
    for n, title, decision in paras:
        b += [("bold", f"§ {n}"), ("bold", title),
              ("line", "Förvaltningschefen redogjorde för ärendet och besvarade frågor från ledamöterna.")]
        if decision:
            b.append(("line", decision))
        else:
            b.append(("line", "Rapporten noterades."))
        b.append(("gap",))
        want.append(paragraph_want(f"§ {n}", n, title, None, [decision] if decision else []))
    b += [
        *signed("Greta Hall", "Jonas Åkesson", "Sofia Lind"),
    ]
    meeting = {
        "body": "Barn- och utbildningsnämnden",
        "date": "2023-03-14",
        "time": "18.00–20.30",
        "place": "Ekbyskolans aula",
        "chair": "Jonas Åkesson",
        "secretary": "Greta Hall",
        # Who signs under "Justeras", the chair too (as in every shape above).
        "adjusters": ["Jonas Åkesson", "Sofia Lind"],
        "attendees": ["Jonas Åkesson", "Sofia Lind", "Mats Grön", "Aino Virtanen"],
    }
    return b, meeting, want


def inline_beslut():
    """A sports club's board minutes with the decision inline on the title line: "§ 5
    Medlemsavgift 2025. Beslut: Avgiften höjs till 350 kronor." in bold head and plain
    rest, items without a decision "§ 3 Rapporter. Rapporterna lades till handlingarna."; the
    fields "Datum/Tid/Plats/Närvarande" and "Sekreterare … Justerare …" at the end."""
    items = [
        ("Mötets öppnande", None, "Ordföranden förklarade mötet öppnat."),
        ("Föregående protokoll", None, "Protokollet godkändes och lades till handlingarna."),
        ("Ekonomisk rapport", None, "Kassören redogjorde för resultatet efter tre kvartal."),
        ("Medlemsavgift 2025", "Avgiften höjs till 350 kronor från den 1 januari 2025.", None),
        ("Ny tränare för damlaget", "Styrelsen anställer Eva Krantz som tränare för damlaget.", None),
        ("Mötets avslutande", None, "Ordföranden avslutade mötet."),
    ]
    b = [
        ("title", "IK Ekby – protokoll från styrelsemöte", 13),
        ("line", "Datum: 2024-10-02"),
        ("line", "Tid: 18.30–20.00"),
        ("line", "Plats: Klubbstugan, Ekbyvallen"),
        ("line", "Närvarande: Hans Borg (ordförande), Kim Ljung, Ella Sand, Pål Rask"),
        ("gap",),
    ]
    want = []
    for k, (title, decision, note) in enumerate(items):
        rest = f"Beslut: {decision}" if decision else note
        b.append(("headline", f"§ {k + 1} {title}.", rest))
        want.append(paragraph_want(f"§ {k + 1}", k + 1, title, None, [decision] if decision else []))
    b += [
        ("gap",),
        ("line", "Sekreterare: Ella Sand"),
        ("line", "Justerare: Kim Ljung"),
    ]
    meeting = meeting_of(None, "2024-10-02", "18.30–20.00", "Klubbstugan, Ekbyvallen", "Hans Borg", "Ella Sand", ["Kim Ljung"], ["Hans Borg", "Kim Ljung", "Ella Sand", "Pål Rask"])
    return b, meeting, want


def utdrag_intygar():
    """A one-paragraph extract of an environment and building board: "PROTOKOLLSUTDRAG", the
    body and "Sammanträdesdatum" in a table, the head "MBN § 77" with the diary number "Dnr
    MBN 2023-000812" below, "Beslut" with numbered decisions "1." "2.", "Upplysningar",
    "Hur man överklagar", and the certification "Rätt utdraget intygar" with the name, title
    and date in a table; "Expedierat till" at the end."""
    b = [
        ("footer", ["Justerandes signatur", "Utdragsbestyrkande"]),
        ("title", "PROTOKOLLSUTDRAG", 14),
        ("table", [["Nämnd", "Miljö- och byggnadsnämnden"], ["Sammanträdesdatum", "2023-05-10"]], False),
        ("gap",),
        ("tabbed", ["MBN § 77", "Dnr MBN 2023-000812"], True),
        ("bold", "Föreläggande om åtgärder vid enskild avloppsanläggning på Kroken 2:14"),
        ("bold", "Beslut"),
        ("line", "1. Miljö- och byggnadsnämnden förelägger fastighetsägaren att åtgärda avloppsanläggningen senast den 1 oktober 2023."),
        ("line", "2. Föreläggandet förenas med ett vite om 20 000 kronor."),
        ("bold", "Upplysningar"),
        ("line", "Beslutet har fattats med stöd av 26 kap. 9 § miljöbalken."),
        ("bold", "Hur man överklagar"),
        ("line", "Beslutet kan överklagas hos länsstyrelsen inom tre veckor från den dag klaganden fick del av beslutet."),
        ("gap",),
        ("line", "Rätt utdraget intygar"),
        ("table", [["Namn", "Sara Öberg"], ["Titel", "nämndsekreterare"], ["Datum", "2023-05-15"]], False),
        ("gap",),
        ("bold", "Expedierat till"),
        ("line", "Fastighetsägaren (delgivningskvitto)"),
    ]
    want = [paragraph_want(
        "MBN § 77", 77, "Föreläggande om åtgärder vid enskild avloppsanläggning på Kroken 2:14",
        "MBN 2023-000812",
        ["Miljö- och byggnadsnämnden förelägger fastighetsägaren att åtgärda avloppsanläggningen senast den 1 oktober 2023.",
         "Föreläggandet förenas med ett vite om 20 000 kronor."])]
    meeting = meeting_of("Miljö- och byggnadsnämnden", "2023-05-10")
    return b, meeting, want


def joint_committee():
    """A joint committee of two municipalities ("Gemensamma nämnden för upphandling Ekby och
    Norrby"): the members grouped under their municipality ("Ledamöter från Ekby kommun",
    "Ledamöter från Norrby kommun"), heads "GN § 8<tab>Title", diary numbers of both
    municipalities in one line ("Dnr GN 2024/11, Norrby KS 2024/203": the first is the
    committee's), "Förslag till beslut" followed by "Beslut" with a decision sentence."""
    b = [
        ("title", "Gemensamma nämnden för upphandling Ekby och Norrby", 14),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("line", "Datum: 2024-02-07"),
        ("line", "Tid: 10.00–11.30"),
        ("line", "Plats: Norrby kommunhus, rum Linnéa"),
        ("bold", "Ledamöter från Ekby kommun"),
        ("line", "Anders Falk (S), ordförande"),
        ("line", "Lena Qvist (M)"),
        ("bold", "Ledamöter från Norrby kommun"),
        ("line", "Rolf Ivarsson (C), vice ordförande"),
        ("line", "Tina Mård (S)"),
        ("line", "Sekreterare: Jenny Backe"),
        ("line", "Justerare: Rolf Ivarsson"),
        ("gap",),
    ]
    paras = [
        (8, "Upphandlingsplan 2024", "GN 2024/11", ", Norrby KS 2024/203",
         "Nämnden beslutar att fastställa upphandlingsplanen för 2024."),
        (9, "Avtal om gemensam e-handelsplattform", "GN 2023/48", "",
         "Nämnden beslutar att godkänna avtalet med leverantören."),
    ]
    want = []
    for n, title, dnr, other, decision in paras:
        b += [
            ("tabbed", [f"GN § {n}", title], True),
            ("line", f"Dnr {dnr}{other}"),
            ("bold", "Förslag till beslut"),
            ("line", "Upphandlingschefen föreslår att nämnden beslutar enligt förslaget."),
            ("bold", "Beslut"),
            ("line", decision),
            ("gap",),
        ]
        want.append(paragraph_want(f"GN § {n}", n, title, dnr, [decision]))
    b += [
        *signed("Jenny Backe", "Anders Falk", "Rolf Ivarsson"),
    ]
    meeting = meeting_of("Gemensamma nämnden för upphandling Ekby och Norrby", "2024-02-07", "10.00–11.30", "Norrby kommunhus, rum Linnéa", "Anders Falk", "Jenny Backe", ["Rolf Ivarsson"], ["Anders Falk", "Lena Qvist", "Rolf Ivarsson", "Tina Mård"])
    return b, meeting, want


def bilingual_board():
    """A research foundation's board minutes in Swedish and English line by line: the title
    "Protokoll från styrelsemöte / Minutes of board meeting", fields "Datum / Date:",
    heads "§ 4 Budget 2025 / Budget 2025" in bold, the decision under "Beslut / Resolution"
    first in Swedish and then in English (both are the decision), "Justeras / Approved"."""
    items = [
        ("Mötets öppnande / Opening of the meeting", "Ordföranden öppnade mötet. / The chair opened the meeting.", []),
        ("Val av justerare / Election of minutes checker", "Ulf Dahl valdes. / Ulf Dahl was elected.", []),
        ("Budget 2025 / Budget 2025", "Kanslichefen presenterade budgeten. / The head of office presented the budget.",
         ["Styrelsen beslutade att fastställa budgeten för 2025.", "The board resolved to adopt the budget for 2025."]),
        ("Utlysning av forskningsmedel / Call for research grants", "Utlysningen diskuterades. / The call was discussed.",
         ["Styrelsen beslutade att utlysa 4 miljoner kronor.", "The board resolved to announce SEK 4 million."]),
        ("Mötets avslutande / Closing of the meeting", "Ordföranden avslutade mötet. / The chair closed the meeting.", []),
    ]
    b = [
        ("title", "Stiftelsen Ekby forskningsfond", 14),
        ("line", "Protokoll från styrelsemöte / Minutes of board meeting"),
        ("gap",),
        ("labelled", "Datum / Date:", "2024-11-20"),
        ("labelled", "Tid / Time:", "14.00–16.00"),
        ("labelled", "Plats / Place:", "Stiftelsens kansli, Ekby"),
        ("labelled", "Närvarande / Present:", "Maria Wenn (ordförande / chair), Ulf Dahl, Sanna Roos, Tim Hart (sekreterare / secretary)"),
        ("gap",),
    ]
    want = []
    for k, (title, text, decisions) in enumerate(items):
        b += [("bold", f"§ {k + 1} {title}"), ("line", text)]
        if decisions:
            b.append(("bold", "Beslut / Resolution"))
            b += [("line", d) for d in decisions]
        want.append(paragraph_want(f"§ {k + 1}", k + 1, title, None, decisions))
    b += [
        ("gap",),
        *signed("Tim Hart", "Maria Wenn", "Ulf Dahl", taken="Vid protokollet / Minutes taken by", approved="Justeras / Approved"),
    ]
    meeting = meeting_of(None, "2024-11-20", "14.00–16.00", "Stiftelsens kansli, Ekby", "Maria Wenn", "Tim Hart", ["Maria Wenn", "Ulf Dahl"], ["Maria Wenn", "Ulf Dahl", "Sanna Roos", "Tim Hart"])
    return b, meeting, want


def stadgar():
    """NOT a protocol: an association's statutes, "§ 1 Namn" … in bold, a paragraph on the
    annual meeting listing its agenda as numbered items ("1. Mötets öppnande", "2. Val av
    ordförande och sekreterare för mötet", …), and one on the board's meetings that speaks of
    "protokoll", "justeras", "beslut" and "Styrelsen beslutar". No protocol paragraph must come
    out of it."""
    b = [
        ("title", "Stadgar för Ekby hembygdsförening", 15),
        ("line", "Antagna vid årsmötet 2019-03-17"),
        ("gap",),
        ("bold", "§ 1 Namn"),
        ("line", "Föreningens namn är Ekby hembygdsförening."),
        ("bold", "§ 2 Ändamål"),
        ("line", "Föreningen har till ändamål att vårda och levandegöra bygdens historia."),
        ("bold", "§ 3 Medlemskap"),
        ("line", "Medlem är den som betalat fastställd årsavgift. Styrelsen beslutar om uteslutning av medlem."),
        ("bold", "§ 4 Årsmöte"),
        ("line", "Årsmötet hålls före mars månads utgång. Vid årsmötet ska följande ärenden behandlas:"),
        ("numbers", ["Mötets öppnande", "Val av ordförande och sekreterare för mötet",
                     "Val av två justerare att jämte ordföranden justera protokollet",
                     "Styrelsens verksamhetsberättelse", "Fråga om ansvarsfrihet för styrelsen",
                     "Fastställande av årsavgift", "Val av styrelse och revisorer", "Mötets avslutande"]),
        ("bold", "§ 5 Styrelsen"),
        ("line", "Styrelsen består av fem ledamöter. Styrelsen är beslutför när minst tre ledamöter är närvarande. "
                 "Vid styrelsens sammanträden ska protokoll föras som justeras av ordföranden och en ledamot."),
        ("bold", "§ 6 Beslut"),
        ("line", "Beslut fattas med enkel majoritet. Vid lika röstetal har ordföranden utslagsröst."),
        ("bold", "§ 7 Ändring av stadgarna"),
        ("line", "Beslut om ändring av dessa stadgar fattas av två på varandra följande årsmöten."),
    ]
    meeting = meeting_of()
    return b, meeting, []


def kallelse():
    """NOT a protocol: a meeting notice (Kallelse/föredragningslista) of a municipal board,
    "Tid", "Plats", the agenda as "§"-less numbered items with their diary numbers and a
    "Förslag till beslut" each ("Kommunstyrelsen föreslås besluta att …"), signed by the chair
    and the secretary. A notice decides nothing: it gives no protocol paragraph (its diary
    numbers are still identifiers of the document)."""
    b = [
        ("title", "Kommunstyrelsen", 15),
        ("line", "Kallelse/föredragningslista"),
        ("gap",),
        ("labelled", "Tid", "2024-04-08 kl. 13.00"),
        ("labelled", "Plats", "Kommunhuset, KS-salen"),
        ("gap",),
        ("bold", "Ärenden"),
    ]
    items = [
        ("Val av justerare", None, None),
        ("Årsredovisning 2023", "KS 2024/12", "Kommunstyrelsen föreslås besluta att föreslå kommunfullmäktige att godkänna årsredovisningen."),
        ("Taxa för bygglov 2024", "KS 2024/58", "Kommunstyrelsen föreslås besluta att anta taxan."),
        ("Delegationsbeslut", "KS 2024/3", "Kommunstyrelsen föreslås besluta att lägga redovisningen till handlingarna."),
    ]
    for k, (title, dnr, proposal) in enumerate(items):
        b.append(("bold", f"{k + 1}. {title}"))
        if dnr:
            b.append(("line", f"Dnr {dnr}"))
        if proposal:
            b += [("line", "Förslag till beslut"), ("line", proposal)]
    b += [
        ("gap",),
        ("line", "Eventuellt förhinder anmäls till sekreteraren."),
        ("gap",),
        ("tabbed", ["Ingrid Sjöberg", "Ulrika Nord"], False),
        ("tabbed", ["Ordförande", "Sekreterare"], False),
    ]
    meeting = meeting_of()
    return b, meeting, []


# ---------------------------------------------------------------------------------------
# Shapes added for the eighth blind check (2026-12-03, session 2), written before any rule
# changed: layouts and habits not generated above, and two more documents that are not
# protocols (a tender document citing LOU, a board's newsletter).


def dnr_cell():
    """Paragraphs as rows of a borderless two-column table: the left cell holds the head
    "§ 45" over its diary number "Dnr KS 2024/112", the right cell the title in bold (one
    wraps over two lines), the text and "Beslut" over att-satser; the fields as label/value
    lines at the top and the roles over the names in a grid at the end."""
    b = [
        ("title", "Kommunstyrelsen", 15),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("labelled", "Sammanträdesdatum", "2024-03-11"),
        ("labelled", "Tid", "09.00–11.40"),
        ("labelled", "Plats", "Rådhuset, sammanträdesrum Tallen"),
        ("labelled", "Beslutande", "Gunilla Stråhle (C), ordförande, Reza Tavakoli (S), Mona Ek (M)"),
        ("gap",),
    ]
    paras = [
        (45, "KS 2024/112", "Revidering av riktlinjer för representation och gåvor till anställda och förtroendevalda",
         ["att anta de reviderade riktlinjerna,", "att riktlinjerna gäller från den 1 april 2024."]),
        (46, "KS 2023/587", "Yttrande över regional transportplan",
         ["att avge yttrande enligt förvaltningens förslag."]),
        (47, "KS 2024/9", "Information om arbetsmiljöarbetet", []),
    ]
    want = []
    for n, dnr, title, atts in paras:
        right = [("bold", title),
                 ("line", "Kommunledningsförvaltningen har berett ärendet och redovisar det i en tjänsteskrivelse.")]
        if atts:
            right += [("bold", "Beslut"), ("line", "Kommunstyrelsen beslutar")]
            right += [("line", a) for a in atts]
        else:
            right += [("line", "Kommunstyrelsen noterar informationen.")]
        b += [("split", [("bold", f"§ {n}"), ("line", f"Dnr {dnr}")], right), ("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, atts))
    b += [("grid", [["Ordförande", "Sekreterare", "Justerare"], ["Gunilla Stråhle", "Petter Lund", "Mona Ek"]])]
    meeting = meeting_of("Kommunstyrelsen", "2024-03-11", "09.00–11.40", "Rådhuset, sammanträdesrum Tallen", "Gunilla Stråhle", "Petter Lund", ["Mona Ek"], ["Gunilla Stråhle", "Reza Tavakoli", "Mona Ek"])
    return b, meeting, want


def arende_numbered_atts():
    """A care board's minutes numbered "Ärende 5" … in bold with the title after it, the
    decision as "Nämnden beslutar" over typed att-points "1. att …", "2. att …" (numbers in
    the text, a point wrapping over two lines), a paragraph with one point only, and one that
    decides nothing; the fields in a table with "Närvarande ledamöter" and "Ersättare"."""
    b = [
        ("title", "Vård- och omsorgsnämnden", 15),
        ("line", "Protokoll"),
        ("gap",),
        (
            "table",
            [
                ["Datum och tid", "2024-09-25 kl. 13.00–15.30"],
                ["Plats", "Omsorgshuset, konferensrum Eken"],
                ["Närvarande ledamöter", "Birgitta Nord (S), ordförande\nOlle Svärd (M)\nFatima Ali (V)"],
                ["Ersättare", "Jan Ek (L)"],
                ["Sekreterare", "Karin Lodin"],
                ["Justerare", "Olle Svärd"],
            ],
            False,
        ),
        ("gap",),
    ]
    paras = [
        (5, "Delårsrapport augusti 2024",
         ["att godkänna delårsrapporten för perioden januari–augusti 2024 och överlämna den till kommunstyrelsen,",
          "att uppdra åt förvaltningen att redovisa en åtgärdsplan vid nästa sammanträde."]),
        (6, "Avgifter inom äldreomsorgen 2025", ["att föreslå kommunfullmäktige att anta avgifterna."]),
        (7, "Lex Sarah-rapporter", []),
    ]
    want = []
    for n, title, atts in paras:
        b += [("bold", f"Ärende {n} {title}"),
              ("line", "Förvaltningen har sammanställt ärendet och föredrar det för nämnden.")]
        if atts:
            b.append(("line", "Nämnden beslutar"))
            b += [("line", f"{k + 1}. {a}") for k, a in enumerate(atts)]
        else:
            b.append(("line", "Informationen noteras."))
        b.append(("gap",))
        want.append(paragraph_want(f"Ärende {n}", n, title, None, atts))
    b += signed("Karin Lodin", "Birgitta Nord", "Olle Svärd")
    meeting = meeting_of("Vård- och omsorgsnämnden", "2024-09-25", "13.00–15.30", "Omsorgshuset, konferensrum Eken", "Birgitta Nord", "Karin Lodin", ["Olle Svärd"], ["Birgitta Nord", "Olle Svärd", "Fatima Ali", "Jan Ek"])
    return b, meeting, want


def title_first():
    """Heads with the title first and the paragraph number right-aligned on the same line
    ("Budget 2025<right>§ 12"), the diary number on the line below, "Beslut" over one decision
    sentence; the meeting's fields in a sentence-less list "Datum:", "Tid:", "Plats:",
    "Närvarande:" and the roles named at the end ("Ordförande: …", "Sekreterare: …",
    "Justerare: …")."""
    b = [
        ("title", "Tekniska nämnden", 15),
        ("line", "Protokoll från sammanträde"),
        ("gap",),
        ("line", "Datum: 2024-02-20"),
        ("line", "Tid: 17.00–19.15"),
        ("line", "Plats: Tekniska kontoret, sal 3"),
        ("line", "Närvarande: Kerstin Bly (S), Joel Ahl (M), Vera Dunér (MP)"),
        ("gap",),
    ]
    paras = [
        (12, "Budget 2025", "TN 2024/31", "Tekniska nämnden fastställer budgeten för 2025."),
        (13, "Renhållningstaxa 2025", "TN 2024/40", "Tekniska nämnden föreslår kommunfullmäktige att anta renhållningstaxan."),
        (14, "Upphandling av vinterväghållning", "TN 2023/212", "Tekniska nämnden godkänner förfrågningsunderlaget."),
    ]
    want = []
    for n, title, dnr, decision in paras:
        b += [
            ("rightpair", [title, f"§ {n}"]),
            ("line", f"Dnr {dnr}"),
            ("line", "Förvaltningen har tagit fram ett förslag som presenteras på sammanträdet."),
            ("bold", "Beslut"),
            ("line", decision),
            ("gap",),
        ]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += [
        ("line", "Ordförande: Kerstin Bly"),
        ("line", "Sekreterare: Nils Rask"),
        ("line", "Justerare: Joel Ahl"),
    ]
    meeting = meeting_of("Tekniska nämnden", "2024-02-20", "17.00–19.15", "Tekniska kontoret, sal 3", "Kerstin Bly", "Nils Rask", ["Joel Ahl"], ["Kerstin Bly", "Joel Ahl", "Vera Dunér"])
    return b, meeting, want


def utskott_forslag():
    """A working committee's minutes (kommunstyrelsens arbetsutskott, "KSAU § 34"): most
    paragraphs end in a proposal under "Förslag till kommunstyrelsen" (att-satser) or
    "Förslag till kommunfullmäktige" (a sentence), which is what the committee decides; one
    has "Arbetsutskottets beslut"."""
    b = [
        ("title", "Kommunstyrelsens arbetsutskott", 14),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("labelled", "Datum", "2024-05-06"),
        ("labelled", "Tid", "08.30–11.45"),
        ("labelled", "Plats", "KS-rummet, stadshuset"),
        ("labelled", "Beslutande", "Tomas Hed (S), ordförande, Anja Lund (M), Filip Ro (C)"),
        ("labelled", "Sekreterare", "Sanna Ekdahl"),
        ("labelled", "Justerare", "Anja Lund"),
        ("gap",),
    ]
    paras = [
        (34, "Riktlinjer för sociala medier", "KS 2024/220", "Förslag till kommunstyrelsen",
         ["att anta riktlinjerna för sociala medier,", "att riktlinjerna gäller från den 1 juli 2024."]),
        (35, "Taxa för serveringstillstånd", "KS 2024/198", "Förslag till kommunfullmäktige",
         ["Kommunfullmäktige antar taxan för serveringstillstånd att gälla från den 1 januari 2025."]),
        (36, "Uppföljning av internkontroll", "KS 2024/77", "Arbetsutskottets beslut",
         ["Arbetsutskottet lägger uppföljningen till handlingarna."]),
    ]
    want = []
    for n, title, dnr, heading, decisions in paras:
        b += [
            ("tabbed", [f"KSAU § {n}", title], True),
            ("line", f"Dnr {dnr}"),
            ("bold", "Ärendebeskrivning"),
            ("line", "Kommunledningskontoret redogör för ärendet i en tjänsteskrivelse."),
            ("bold", heading),
        ]
        b += [("line", d) for d in decisions]
        b.append(("gap",))
        want.append(paragraph_want(f"KSAU § {n}", n, title, dnr, decisions))
    meeting = meeting_of("Kommunstyrelsens arbetsutskott", "2024-05-06", "08.30–11.45", "KS-rummet, stadshuset", "Tomas Hed", "Sanna Ekdahl", ["Anja Lund"], ["Tomas Hed", "Anja Lund", "Filip Ro"])
    return b, meeting, want


def jav_votes():
    """A social board's minutes with "Jäv" noted after a decision, "Yrkanden",
    "Omröstningsresultat" as a table of members and votes with its result, "Reservation"
    with two statements (one a line), and a "Protokollsanteckning"; heads "SN § 101" with the
    diary number right-aligned on the head line."""
    b = [
        ("title", "Socialnämnden", 15),
        ("line", "PROTOKOLL"),
        ("gap",),
        (
            "table",
            [
                ["Sammanträdesdatum", "2024-05-22"],
                ["Plats och tid", "Stadshuset, sal A, kl. 14.00–16.10"],
                ["Beslutande", "Maja Holm (S), ordförande\nLars Ek (KD)\nIda Persson (M)\nKent Ruda (SD)\nAnna Vik (S)"],
                ["Övriga närvarande", "Petra Sund, sekreterare"],
                ["Justerare", "Ida Persson"],
            ],
            False,
        ),
        ("gap",),
    ]
    b += [
        ("tabbed", ["SN § 101", "Dnr SN 2024/155"], True),
        ("bold", "Bidrag till föreningen Ekby stadsmission"),
        ("line", "Föreningen har ansökt om verksamhetsbidrag för 2024."),
        ("bold", "Beslut"),
        ("line", "Socialnämnden beviljar föreningen ett bidrag om 150 000 kronor."),
        ("bold", "Jäv"),
        ("line", "Lars Ek (KD) anmäler jäv och deltar inte i handläggningen av ärendet."),
        ("gap",),
        ("tabbed", ["SN § 102", "Dnr SN 2024/88"], True),
        ("bold", "Riktlinjer för ekonomiskt bistånd"),
        ("line", "Förvaltningen har reviderat riktlinjerna."),
        ("bold", "Yrkanden"),
        ("line", "Maja Holm (S) yrkar bifall till förvaltningens förslag. Ida Persson (M) yrkar återremiss."),
        ("bold", "Omröstningsresultat"),
        ("grid", [["Ledamot", "Ja", "Nej"], ["Maja Holm (S)", "X", ""], ["Lars Ek (KD)", "", "X"],
                  ["Ida Persson (M)", "", "X"], ["Kent Ruda (SD)", "X", ""], ["Anna Vik (S)", "X", ""]]),
        ("line", "Med 3 ja-röster mot 2 nej-röster beslutar nämnden att avgöra ärendet i dag."),
        ("bold", "Beslut"),
        ("line", "Socialnämnden antar de reviderade riktlinjerna för ekonomiskt bistånd."),
        ("bold", "Reservation"),
        ("line", "Ida Persson (M) reserverar sig mot beslutet till förmån för eget yrkande."),
        ("line", "Lars Ek (KD) reserverar sig mot beslutet."),
        ("gap",),
        ("tabbed", ["SN § 103", "Dnr SN 2024/12"], True),
        ("bold", "Verksamhetsplan för barn och unga"),
        ("line", "Förvaltningen presenterar verksamhetsplanen."),
        ("bold", "Beslut"),
        ("line", "Socialnämnden godkänner verksamhetsplanen."),
        ("bold", "Protokollsanteckning"),
        ("line", "Kent Ruda (SD) lämnar en protokollsanteckning om bemanningen."),
        ("gap",),
        *signed("Petra Sund", "Maja Holm", "Ida Persson"),
    ]
    want = [
        paragraph_want("SN § 101", 101, "Bidrag till föreningen Ekby stadsmission", "SN 2024/155",
                       ["Socialnämnden beviljar föreningen ett bidrag om 150 000 kronor."]),
        paragraph_want("SN § 102", 102, "Riktlinjer för ekonomiskt bistånd", "SN 2024/88",
                       ["Socialnämnden antar de reviderade riktlinjerna för ekonomiskt bistånd."], (), 2),
        paragraph_want("SN § 103", 103, "Verksamhetsplan för barn och unga", "SN 2024/12",
                       ["Socialnämnden godkänner verksamhetsplanen."], (), 1),
    ]
    meeting = meeting_of("Socialnämnden", "2024-05-22", "14.00–16.10", "Stadshuset, sal A", "Maja Holm", "Petra Sund", ["Ida Persson"], ["Maja Holm", "Lars Ek", "Ida Persson", "Kent Ruda", "Anna Vik", "Petra Sund"])
    return b, meeting, want


def versal_heads():
    """A protocol set in capitals: the body and "SAMMANTRÄDESPROTOKOLL" at the top, heads
    "§ 61 BUDGETUPPFÖLJNING OKTOBER 2024" and the headings inside ("SAMMANFATTNING",
    "BESLUTSUNDERLAG", "BESLUT") in capitals, a paragraph a page with "Justerandes sign" and
    "Utdragsbestyrkande" in every page's footer, and an "ANSLAGSBEVIS" at the end with the
    body as "Organ"."""
    b = [
        ("footer", ["Justerandes sign", "Utdragsbestyrkande"]),
        ("title", "KULTUR- OCH FRITIDSNÄMNDEN", 15),
        ("line", "SAMMANTRÄDESPROTOKOLL"),
        ("gap",),
        (
            "table",
            [
                ["Plats och tid", "Kulturhuset, Salongen, 2024-11-12 kl. 18.00–20.00"],
                ["Beslutande", "Elin Rapp (S), ordförande\nHugo Falk (M)\nSiv Åberg (C)"],
                ["Sekreterare", "Lena Borg"],
                ["Justerare", "Hugo Falk"],
            ],
            False,
        ),
        ("page",),
    ]
    paras = [
        (61, "BUDGETUPPFÖLJNING OKTOBER 2024", "KFN 2024/77", ["Tjänsteskrivelse 2024-10-30"],
         "Kultur- och fritidsnämnden godkänner budgetuppföljningen."),
        (62, "FÖRENINGSBIDRAG 2025", "KFN 2024/81", ["Tjänsteskrivelse 2024-10-28", "Bidragsregler"],
         "Kultur- och fritidsnämnden fördelar föreningsbidragen enligt bilaga."),
    ]
    want = []
    for n, title, dnr, basis, decision in paras:
        b += [
            ("bold", f"§ {n} {title}"),
            ("line", f"Dnr {dnr}"),
            ("bold", "SAMMANFATTNING"),
            ("line", "Förvaltningen redovisar ärendet och lämnar sitt förslag."),
            ("bold", "BESLUTSUNDERLAG"),
        ]
        b += [("line", x) for x in basis]
        b += [("bold", "BESLUT"), ("line", decision), ("page",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision], basis))
    b += [
        ("bold", "ANSLAGSBEVIS"),
        ("line", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."),
        (
            "table",
            [
                ["Organ", "Kultur- och fritidsnämnden"],
                ["Sammanträdesdatum", "2024-11-12"],
                ["Datum då anslaget sätts upp", "2024-11-15"],
                ["Datum då anslaget tas ned", "2024-12-07"],
                ["Förvaringsplats för protokollet", "Kultur- och fritidsförvaltningen"],
            ],
            False,
        ),
    ]
    meeting = meeting_of("Kultur- och fritidsnämnden", "2024-11-12", "18.00–20.00", "Kulturhuset, Salongen", "Elin Rapp", "Lena Borg", ["Hugo Falk"], ["Elin Rapp", "Hugo Falk", "Siv Åberg"])
    return b, meeting, want


def lou_tender():
    """NOT a protocol: a tender document (förfrågningsunderlag) with its diary number,
    numbered sections, references to the public procurement act ("19 kap. 2 § LOU"), the
    contract terms as "§ 1 Parter" … in bold, and words of deciding ("Tilldelningsbeslut",
    "Beställaren beslutar"). No protocol paragraph must come out of it."""
    b = [
        ("title", "Förfrågningsunderlag", 16),
        ("line", "Upphandling av skolskjutsar 2025–2028, dnr KS 2024/301"),
        ("gap",),
        ("bold", "1. Allmänt"),
        ("line", "Ekby kommun inbjuder till anbudsgivning. Upphandlingen genomförs som ett förenklat "
                 "förfarande enligt 19 kap. 8 § lagen (2016:1145) om offentlig upphandling, LOU."),
        ("bold", "2. Uteslutning"),
        ("line", "Leverantör ska uteslutas om någon av grunderna i 13 kap. 1 § LOU föreligger."),
        ("bold", "3. Tilldelningsbeslut"),
        ("line", "Beställaren beslutar om tilldelning efter utvärdering. Tilldelningsbeslut meddelas "
                 "samtliga anbudsgivare skriftligen."),
        ("bold", "4. Avtalsvillkor"),
        ("bold", "§ 1 Parter"),
        ("line", "Parter är Ekby kommun (beställaren) och den leverantör som tilldelas avtalet."),
        ("bold", "§ 2 Avtalstid"),
        ("line", "Avtalet gäller från den 1 juli 2025 till och med den 30 juni 2028."),
        ("bold", "§ 3 Priser"),
        ("line", "Priserna är fasta under det första avtalsåret och justeras därefter enligt index."),
        ("bold", "§ 4 Vite"),
        ("line", "Vid försenad leverans utgår vite enligt § 3 i bilaga 2."),
        ("bold", "§ 5 Hävning"),
        ("line", "Beställaren har rätt att häva avtalet om leverantören åsidosätter sina förpliktelser."),
    ]
    meeting = meeting_of()
    return b, meeting, []


def nyhetsbrev():
    """NOT a protocol: a board's newsletter ("Nytt från socialnämnden") telling what the board
    decided at its last meeting, under headings without §, in sentences ("Nämnden beslutade
    att …"), with the next meeting's date. A newsletter is no minutes: no protocol paragraph
    comes out of it."""
    b = [
        ("title", "Nytt från socialnämnden", 16),
        ("line", "Nummer 3, maj 2024"),
        ("gap",),
        ("line", "Socialnämnden sammanträdde den 21 maj 2024 i stadshuset. Här är ett urval av besluten."),
        ("bold", "Nya riktlinjer för ekonomiskt bistånd"),
        ("line", "Nämnden beslutade att anta nya riktlinjer för ekonomiskt bistånd. De gäller från den 1 juli."),
        ("bold", "Bidrag till frivilligorganisationer"),
        ("line", "Nämnden beslutade att fördela 1,2 miljoner kronor till sju föreningar."),
        ("bold", "Ny chef för individ- och familjeomsorgen"),
        ("line", "Sofia Lind tillträder som avdelningschef den 1 augusti."),
        ("bold", "Nästa sammanträde"),
        ("line", "Nämnden sammanträder nästa gång den 18 juni 2024. Protokollen finns på kommunens webbplats."),
    ]
    meeting = meeting_of()
    return b, meeting, []


# ---------------------------------------------------------------------------------------
# Shapes added for the ninth blind check (2026-12-03, session 3), written before any rule
# changed: layouts and habits not generated above, and three more documents that are not
# protocols (a meeting notice whose items carry §, an amending law, an audit report citing
# paragraphs of council minutes).


def rf_dnr_line():
    """A regional council (regionfullmäktige): the head and the diary number on one bold line
    ("§ 45 Dnr RS 2024/112"), the title in bold on the line below (one wraps), "Ärendet i
    korthet", "Regionstyrelsens förslag", "Beslut" over "Regionfullmäktige beslutar" and
    att-satser; the fields as "Plats och tid" and "Paragrafer" label/value lines, the roles in a
    grid at the end."""
    b = [
        ("title", "Regionfullmäktige", 15),
        ("line", "Protokoll"),
        ("gap",),
        ("labelled", "Plats och tid", "Regionens hus, plenisalen, 2024-06-11 kl. 09.30–16.00"),
        ("labelled", "Beslutande", "Se närvarolista, bilaga 1"),
        ("labelled", "Paragrafer", "45–47"),
        ("gap",),
    ]
    paras = [
        (45, "RS 2024/112", "Regional utvecklingsstrategi för perioden 2025–2035 med tillhörande genomförandeplan",
         ["att anta den regionala utvecklingsstrategin,", "att uppdra åt regionstyrelsen att följa upp strategin årligen."]),
        (46, "RS 2023/1456", "Revisionsberättelse och ansvarsfrihet för år 2023",
         ["att bevilja regionstyrelsen och nämnderna ansvarsfrihet för verksamhetsåret 2023."]),
        (47, "RS 2024/87", "Svar på interpellation om ambulansberedskap", []),
    ]
    want = []
    for n, dnr, title, atts in paras:
        b += [
            ("bold", f"§ {n} Dnr {dnr}"),
            ("bold", title),
            ("bold", "Ärendet i korthet"),
            ("line", "Regionstyrelsen har berett ärendet och lämnar sitt förslag till fullmäktige."),
        ]
        if atts:
            b += [("bold", "Regionstyrelsens förslag"), ("line", "Regionstyrelsen föreslår fullmäktige att bifalla förslaget."),
                  ("bold", "Beslut"), ("line", "Regionfullmäktige beslutar")]
            b += [("line", a) for a in atts]
        else:
            b += [("line", "Interpellationen besvaras av regionstyrelsens ordförande. Överläggningen förklaras avslutad.")]
        b.append(("gap",))
        want.append(paragraph_want(f"§ {n}", n, title, dnr, atts))
    b += [("grid", [["Ordförande", "Sekreterare", "Justerare"], ["Annika Roos", "Henrik Wall", "Sofia Berg"]])]
    meeting = meeting_of("Regionfullmäktige", "2024-06-11", "09.30–16.00", "Regionens hus, plenisalen", "Annika Roos", "Henrik Wall", ["Sofia Berg"])
    return b, meeting, want


def individutskott():
    """A social board's individual committee (individutskott): paragraphs on individuals are
    marked "Sekretess enligt 26 kap. 1 § OSL" under the head and carry no diary number, their
    titles cite the law ("Bistånd enligt 4 kap. 1 § SoL"), the decision refers to an
    appendix; one paragraph without secrecy has a diary number; "Närvarande" and roles in a
    table."""
    b = [
        ("title", "Socialnämndens individutskott", 14),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        (
            "table",
            [
                ["Datum", "2024-10-02"],
                ["Tid", "13.15–14.40"],
                ["Plats", "Socialkontoret, rum Björken"],
                ["Beslutande", "Malin Fors (S), ordförande\nErik Vall (M)\nAda Lind (V)"],
                ["Sekreterare", "Johanna Kvist"],
                ["Justerare", "Erik Vall"],
            ],
            False,
        ),
        ("gap",),
    ]
    paras = [
        (12, "Bistånd enligt 4 kap. 1 § SoL i form av kontaktfamilj", None,
         "Individutskottet beviljar bistånd enligt bilaga."),
        (13, "Överklagande av förvaltningsrättens dom i mål nr 4521-24", None,
         "Individutskottet beslutar att inte överklaga domen."),
        (14, "Anmälan av delegationsbeslut september 2024", "SN 2024/41",
         "Individutskottet lägger redovisningen till handlingarna."),
    ]
    want = []
    for n, title, dnr, decision in paras:
        b.append(("tabbed", [f"§ {n}", title], True))
        if dnr:
            b.append(("line", f"Dnr {dnr}"))
        else:
            b.append(("line", "Sekretess enligt 26 kap. 1 § OSL"))
        b += [
            ("line", "Ärendet framgår av handlingarna i akten."),
            ("bold", "Beslut"),
            ("line", decision),
            ("gap",),
        ]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += signed("Johanna Kvist", "Malin Fors", "Erik Vall")
    meeting = meeting_of("Socialnämndens individutskott", "2024-10-02", "13.15–14.40", "Socialkontoret, rum Björken", "Malin Fors", "Johanna Kvist", ["Erik Vall"], ["Malin Fors", "Erik Vall", "Ada Lind"])
    return b, meeting, want


def extra_kf():
    """A council's extra meeting with a single paragraph: "Protokoll från extra sammanträde",
    the fields as "Datum:", "Tid:", "Plats:" lines, "Justerare: … och …" (two adjusters in one
    line), the attendance in an appendix, "Kf § 78<tab>Title", "Dnr" below, the decision as one
    sentence under "Kommunfullmäktiges beslut", and "Sammanträdet förklaras avslutat" after."""
    b = [
        ("title", "Kommunfullmäktige", 15),
        ("line", "Protokoll från extra sammanträde"),
        ("gap",),
        ("line", "Datum: 2024-08-19"),
        ("line", "Tid: 18.30–19.05"),
        ("line", "Plats: Stadshuset, fullmäktigesalen"),
        ("line", "Närvarande: Se bilaga 1"),
        ("line", "Ordförande: Gustav Ehn"),
        ("line", "Sekreterare: Lotta Björk"),
        ("line", "Justerare: Amir Haddad och Siri Lund"),
        ("gap",),
        ("tabbed", ["Kf § 78", "Val av ordförande i kommunstyrelsen"], True),
        ("line", "Dnr KS 2024/301"),
        ("line", "Per Ek (S) har avsagt sig uppdraget som ordförande i kommunstyrelsen. Valberedningen har lämnat sitt förslag."),
        ("bold", "Kommunfullmäktiges beslut"),
        ("line", "Kommunfullmäktige väljer Anna Berg (S) till ordförande i kommunstyrelsen för tiden till och med 2026-12-31."),
        ("gap",),
        ("line", "Sammanträdet förklaras avslutat kl. 19.05."),
        ("gap",),
        *signed("Lotta Björk", "Gustav Ehn", "Amir Haddad", "Siri Lund"),
    ]
    want = [paragraph_want("KF § 78", 78, "Val av ordförande i kommunstyrelsen", "KS 2024/301",
                           ["Kommunfullmäktige väljer Anna Berg (S) till ordförande i kommunstyrelsen för tiden till och med 2026-12-31."])]
    meeting = meeting_of("Kommunfullmäktige", "2024-08-19", "18.30–19.05", "Stadshuset, fullmäktigesalen", "Gustav Ehn", "Lotta Björk", ["Amir Haddad", "Siri Lund"])
    return b, meeting, want


def bolagsstamma():
    """A municipal company's annual general meeting (årsstämma): the opening sentence names the
    company, its organisation number, the date, time and place; the items "Punkt 1" … "Punkt 8"
    in bold with the title after a tab; the decisions as sentences "Stämman beslutade att …";
    the chair of the meeting and the keeper of the minutes are elected under the items; signed
    "Vid protokollet … Justeras …"."""
    b = [
        ("title", "Protokoll fört vid årsstämma", 15),
        ("line", "med aktieägarna i Ekby Kommunfastigheter AB, org.nr 556123-4567, den 23 april 2024 kl. 15.00 i stadshuset, Ekby."),
        ("gap",),
    ]
    items = [
        ("Stämmans öppnande", "Styrelsens ordförande Lars Ek öppnade stämman.", None),
        ("Val av ordförande vid stämman", None, "Stämman beslutade att välja Lars Ek till ordförande vid stämman."),
        ("Val av protokollförare och justerare", None,
         "Stämman beslutade att utse Maria Sund till protokollförare och Per Olsson att jämte ordföranden justera protokollet."),
        ("Godkännande av dagordning", None, "Stämman beslutade att godkänna dagordningen."),
        ("Framläggande av årsredovisning och revisionsberättelse",
         "Årsredovisningen och revisionsberättelsen för 2023 lades fram.", None),
        ("Fastställande av resultaträkning och balansräkning", None,
         "Stämman beslutade att fastställa resultaträkningen och balansräkningen för 2023."),
        ("Ansvarsfrihet för styrelsens ledamöter och verkställande direktören", None,
         "Stämman beslutade att bevilja styrelsens ledamöter och verkställande direktören ansvarsfrihet för räkenskapsåret 2023."),
        ("Stämmans avslutande", "Ordföranden förklarade stämman avslutad.", None),
    ]
    want = []
    for k, (title, text, decision) in enumerate(items):
        n = k + 1
        b.append(("tabbed", [f"Punkt {n}", title], True))
        if text:
            b.append(("line", text))
        if decision:
            b.append(("line", decision))
        want.append(paragraph_want(f"Punkt {n}", n, title, None, [decision] if decision else []))
    b += [("gap",), *signed("Maria Sund", "Lars Ek", "Per Olsson")]
    meeting = {
        "body": None,
        "date": "2024-04-23",
        "time": None,
        "place": None,
        "chair": "Lars Ek",
        "secretary": "Maria Sund",
        # Those who sign under "Justeras" (the chair too), as in the other shapes.
        "adjusters": ["Lars Ek", "Per Olsson"],
        "attendees": [],
    }
    return b, meeting, want


def forbund_arende():
    """A joint authority's board (kommunalförbund) whose items are numbered by agenda section:
    "3. Beslutsärenden" and "4. Informationsärenden" as bold group headings, items "Ärende 3.1
    Title" … in bold with the diary number "Dnr RTM 2024/15" below, "Direktionen beslutar" over
    bullets; the fields in a table with "Ledamöter" and "Ersättare"; the roles' names at the
    end under "Ordförande", "Sekreterare", "Justerare" in a grid."""
    b = [
        ("title", "Räddningstjänsten Mittland", 15),
        ("line", "Direktionens protokoll"),
        ("gap",),
        (
            "table",
            [
                ["Datum", "2024-03-27"],
                ["Tid", "10.00–12.30"],
                ["Plats", "Brandstationen i Ekby, konferensrummet"],
                ["Ledamöter", "Karin Holm (Ekby), ordförande\nMagnus Ryd (Norrby)\nSelma Nord (Västby)"],
                ["Ersättare", "Ali Demir (Ekby)"],
            ],
            False,
        ),
        ("gap",),
        ("bold", "3. Beslutsärenden"),
    ]
    paras = [
        ("3.1", "Årsredovisning 2023", "RTM 2024/15",
         ["godkänna årsredovisningen för 2023", "överlämna årsredovisningen till medlemskommunerna"]),
        ("3.2", "Handlingsprogram för skydd mot olyckor 2024–2027", "RTM 2023/88",
         ["anta handlingsprogrammet"]),
        ("4.1", "Information om larmstatistik", "RTM 2024/3", []),
    ]
    want = []
    for num, title, dnr, bullets in paras:
        if num == "4.1":
            b.append(("bold", "4. Informationsärenden"))
        b += [("bold", f"Ärende {num} {title}"), ("line", f"Dnr {dnr}"),
              ("line", "Förbundschefen redogör för ärendet.")]
        if bullets:
            b += [("line", "Direktionen beslutar att"), ("bullets", bullets)]
        else:
            b.append(("line", "Direktionen tackar för informationen."))
        b.append(("gap",))
        want.append(paragraph_want(f"Ärende {num}", int(num.split(".")[0]), title, dnr, bullets))
    b += [("grid", [["Ordförande", "Sekreterare", "Justerare"], ["Karin Holm", "Oskar Lilja", "Magnus Ryd"]])]
    meeting = meeting_of(None, "2024-03-27", "10.00–12.30", "Brandstationen i Ekby, konferensrummet", "Karin Holm", "Oskar Lilja", ["Magnus Ryd"], ["Karin Holm", "Magnus Ryd", "Selma Nord", "Ali Demir"])
    return b, meeting, want


def side_beslut():
    """A building board whose paragraphs run in full width ("§ 23<tab>Title", "Dnr" below,
    the case told in prose) but whose decision and its receivers stand as borderless
    two-column rows: "Beslut" in the left cell over nothing, the decision's att-satser in the
    right; "Reservation" the same way; "Expedieras" with its receivers."""
    b = [
        ("title", "Bygg- och miljönämnden", 15),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("labelled", "Sammanträdesdatum", "2024-04-16"),
        ("labelled", "Tid", "18.00–20.30"),
        ("labelled", "Plats", "Kommunhuset, sal Ekbacken"),
        ("labelled", "Beslutande", "Tove Lindh (M), ordförande, Jan Ros (S), Rut Ahl (C)"),
        ("labelled", "Sekreterare", "Anders Grip"),
        ("labelled", "Justerare", "Jan Ros"),
        ("gap",),
    ]
    paras = [
        (23, "Bygglov för nybyggnad av enbostadshus, Ekby 3:14", "BMN 2024/118",
         ["att bevilja bygglov enligt ansökan,", "att avgiften fastställs till 24 300 kronor."], 0),
        (24, "Föreläggande om rättelse, Norrby 1:7", "BMN 2023/402",
         ["att förelägga fastighetsägaren att ta bort komplementbyggnaden senast 2024-09-30."], 1),
        (25, "Detaljplan för kvarteret Smedjan, samråd", "BMN 2024/77",
         ["att godkänna planförslaget för samråd."], 0),
    ]
    want = []
    for n, title, dnr, atts, res in paras:
        b += [
            ("tabbed", [f"§ {n}", title], True),
            ("line", f"Dnr {dnr}"),
            ("line", "Förvaltningen har handlagt ärendet och bedömer att förutsättningar för beslut finns."),
            ("split", [("bold", "Beslut")], [("line", "Bygg- och miljönämnden beslutar")] + [("line", a) for a in atts]),
        ]
        if res:
            b.append(("split", [("bold", "Reservation")], [("line", "Rut Ahl (C) reserverar sig mot beslutet.")]))
        b += [("split", [("bold", "Expedieras")], [("line", "Sökanden"), ("line", "Akten")]), ("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, atts, (), res))
    meeting = meeting_of("Bygg- och miljönämnden", "2024-04-16", "18.00–20.30", "Kommunhuset, sal Ekbacken", "Tove Lindh", "Anders Grip", ["Jan Ros"], ["Tove Lindh", "Jan Ros", "Rut Ahl"])
    return b, meeting, want


def ajournering():
    """Council minutes with breaks: "Ajournering" in bold with "Sammanträdet ajourneras kl.
    15.10–15.25." inside a paragraph between "Yrkanden" and the decision, a line "Sammanträdet
    återupptas kl. 13.00." between two paragraphs after a lunch break, and "Beslutsgång" with
    "Ordföranden ställer proposition …"; the decision heading is the body's."""
    b = [
        ("title", "Kommunstyrelsen", 15),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        (
            "table",
            [
                ["Plats och tid", "Stadshuset, KS-salen, 2024-02-07 kl. 09.00–16.15"],
                ["Beslutande", "Hanna Sjö (S), ordförande\nKlas Berg (M)\nIda Falk (SD)\nOla Ring (C)"],
                ["Sekreterare", "Vera Holmgren"],
                ["Justerare", "Klas Berg"],
            ],
            False,
        ),
        ("gap",),
    ]
    paras = [
        (15, "Budget 2025 och plan 2026–2027", "KS 2023/512", True,
         ["att föreslå kommunfullmäktige att fastställa budgeten för 2025,", "att anta planen för 2026–2027."]),
        (16, "Lokalprogram för Ekby skola", "KS 2024/20", False,
         ["att godkänna lokalprogrammet."]),
        (17, "Yttrande över länsplan för transportinfrastruktur", "KS 2024/33", False,
         ["att avge yttrande enligt förvaltningens förslag."]),
    ]
    want = []
    for n, title, dnr, adjourn, atts in paras:
        b += [
            ("tabbed", [f"§ {n}", title], True),
            ("line", f"Dnr {dnr}"),
            ("line", "Ekonomiavdelningen har tagit fram ett förslag som redovisas i tjänsteskrivelsen."),
            ("bold", "Yrkanden"),
            ("line", "Hanna Sjö (S) yrkar bifall till förslaget. Klas Berg (M) yrkar bifall till Moderaternas förslag."),
        ]
        if adjourn:
            b += [("bold", "Ajournering"), ("line", "Sammanträdet ajourneras kl. 15.10–15.25.")]
        b += [
            ("bold", "Beslutsgång"),
            ("line", "Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen bifaller Hanna Sjös (S) yrkande."),
            ("bold", "Kommunstyrelsens beslut"),
            ("line", "Kommunstyrelsen beslutar"),
        ]
        b += [("line", a) for a in atts]
        b.append(("gap",))
        if n == 15:
            b += [("line", "Sammanträdet ajourneras för lunch kl. 12.00."), ("line", "Sammanträdet återupptas kl. 13.00."), ("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, atts))
    b += signed("Vera Holmgren", "Hanna Sjö", "Klas Berg")
    meeting = meeting_of("Kommunstyrelsen", "2024-02-07", "09.00–16.15", "Stadshuset, KS-salen", "Hanna Sjö", "Vera Holmgren", ["Klas Berg"], ["Hanna Sjö", "Klas Berg", "Ida Falk", "Ola Ring"])
    return b, meeting, want


def narvarolista():
    """A board's minutes whose attendance is a "Närvarolista" grid: the members with "X" when
    present, the substitutes beside them with "tjg" when serving; the chair marked "(ordf.)"
    after the name; fields as label/value lines; heads "§ 30<tab>Title" with "Dnr" below and
    the decision as one sentence under "Beslut"."""
    b = [
        ("title", "Kultur- och fritidsnämnden", 15),
        ("line", "Protokoll"),
        ("gap",),
        ("labelled", "Datum", "2024-09-10"),
        ("labelled", "Tid", "17.30–19.40"),
        ("labelled", "Plats", "Biblioteket, Ekby"),
        ("labelled", "Sekreterare", "Nora Wik"),
        ("labelled", "Justerare", "Tim Ek"),
        ("gap",),
        ("bold", "Närvarolista"),
        ("grid", [
            ["Ledamöter", "Närvaro", "Ersättare", "Närvaro"],
            ["Lisa Blom (S) (ordf.)", "X", "Kalle Ung (S)", ""],
            ["Tim Ek (M)", "X", "Moa Dal (M)", ""],
            ["Rolf Ström (SD)", "", "Jens Vik (SD)", "tjg"],
            ["Eva Sten (V)", "X", "Ulla Ljung (V)", ""],
        ]),
        ("gap",),
    ]
    paras = [
        (30, "Föreningsbidrag 2025", "KFN 2024/60", "Kultur- och fritidsnämnden antar de nya bidragsreglerna."),
        (31, "Öppettider för Ekby bibliotek", "KFN 2024/71", "Kultur- och fritidsnämnden utökar öppettiderna enligt förvaltningens förslag."),
        (32, "Delegationsbeslut", "KFN 2024/2", "Kultur- och fritidsnämnden lägger redovisningen till handlingarna."),
    ]
    want = []
    for n, title, dnr, decision in paras:
        b += [
            ("tabbed", [f"§ {n}", title], True),
            ("line", f"Dnr {dnr}"),
            ("line", "Förvaltningen redogör för ärendet."),
            ("bold", "Beslut"),
            ("line", decision),
            ("gap",),
        ]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += signed("Nora Wik", "Lisa Blom", "Tim Ek")
    meeting = meeting_of("Kultur- och fritidsnämnden", "2024-09-10", "17.30–19.40", "Biblioteket, Ekby", "Lisa Blom", "Nora Wik", ["Tim Ek"], ["Lisa Blom", "Tim Ek", "Eva Sten", "Jens Vik"])
    return b, meeting, want


def kallelse_paragrafer():
    """NOT a protocol: a meeting notice whose agenda numbers its items "§ 1" … "§ 5" with the
    title after a tab, the diary number below and "Förslag till beslut" over att-satser. The
    numbers are the agenda's, not a decision's: a notice decides nothing, so no protocol
    paragraph comes out of it (its diary numbers are still identifiers of the document)."""
    b = [
        ("title", "Miljö- och byggnadsnämnden", 15),
        ("line", "KALLELSE"),
        ("line", "Ledamöter kallas härmed till sammanträde."),
        ("gap",),
        ("labelled", "Tid", "2024-11-20 kl. 18.00"),
        ("labelled", "Plats", "Kommunhuset, sal Ekbacken"),
        ("gap",),
        ("bold", "Föredragningslista"),
    ]
    items = [
        ("Upprop och val av justerare", None, None),
        ("Godkännande av dagordningen", None, None),
        ("Bygglov för flerbostadshus, Ekby 5:2", "MBN 2024/233",
         ["att bevilja bygglov enligt ansökan,", "att fastställa avgiften till 88 400 kronor."]),
        ("Taxa för tillsyn enligt miljöbalken 2025", "MBN 2024/190",
         ["att föreslå kommunfullmäktige att anta taxan."]),
        ("Delegationsbeslut", "MBN 2024/5", ["att lägga redovisningen till handlingarna."]),
    ]
    for k, (title, dnr, atts) in enumerate(items):
        b.append(("tabbed", [f"§ {k + 1}", title], True))
        if dnr:
            b.append(("line", f"Dnr {dnr}"))
        if atts:
            b += [("line", "Förslag till beslut")] + [("line", a) for a in atts]
    b += [
        ("gap",),
        ("line", "Förhinder anmäls till nämndsekreteraren. Handlingarna finns i nämndens läsplatta."),
        ("gap",),
        ("tabbed", ["Tove Lindh", "Anders Grip"], False),
        ("tabbed", ["Ordförande", "Sekreterare"], False),
    ]
    meeting = meeting_of()
    return b, meeting, []


def lagtext():
    """NOT a protocol: an amending law (SFS print) on the minutes of municipal bodies:
    "Lag om ändring i kommunallagen (2017:725)", "Utfärdad den …", the enacting sentence, "5 kap."
    and sections "69 §" … whose text speaks of protocols, their adjustment, the chair and
    decisions, an entry-into-force line, and the government's signature ("På regeringens
    vägnar" over two names). No protocol paragraph must come out of it."""
    b = [
        ("title", "Svensk författningssamling", 12),
        ("bold", "Lag om ändring i kommunallagen (2017:725)"),
        ("line", "Utfärdad den 14 mars 2024"),
        ("gap",),
        ("line", "Enligt riksdagens beslut föreskrivs i fråga om kommunallagen (2017:725) att 5 kap. 69 § och "
                 "6 kap. 30 § ska ha följande lydelse."),
        ("gap",),
        ("bold", "5 kap."),
        ("bold", "69 §"),
        ("line", "Protokollet ska justeras senast fjorton dagar efter sammanträdet på det sätt som fullmäktige har "
                 "beslutat. Fullmäktige får besluta att en paragraf i protokollet ska justeras omedelbart."),
        ("bold", "70 §"),
        ("line", "Ordföranden ansvarar för att protokollet förs. Av protokollet ska framgå vilka ledamöter som har "
                 "deltagit i besluten och hur de har röstat."),
        ("bold", "6 kap."),
        ("bold", "30 §"),
        ("line", "Nämnden beslutar om sammanträdets form. Ett beslut ska antecknas i protokollet."),
        ("gap",),
        ("line", "Denna lag träder i kraft den 1 juli 2024."),
        ("gap",),
        ("line", "På regeringens vägnar"),
        ("tabbed", ["ULF KRISTERSSON", "Erik Slottner (Finansdepartementet)"], False),
    ]
    meeting = meeting_of()
    return b, meeting, []


def revisionsrapport():
    """NOT a protocol: the municipal auditors' report ("Revisionsrapport") with its diary
    number, numbered chapters "1. Sammanfattning" …, and citations of council and board
    minutes ("KF § 45/2023", "KS § 110/2023", "Kommunstyrelsen beslutade … att …"), the
    recommendations as bullets, signed by the auditors' chair. No protocol paragraph must come
    out of it; the paragraph references and the diary number are identifiers of it."""
    b = [
        ("title", "Revisionsrapport", 16),
        ("line", "Granskning av kommunstyrelsens uppsikt över nämnderna"),
        ("line", "Kommunrevisionen i Ekby kommun, dnr REV 2024/7"),
        ("gap",),
        ("bold", "1. Sammanfattning"),
        ("line", "Vi har granskat om kommunstyrelsen utövar tillräcklig uppsikt över nämnderna. Vår sammanfattande "
                 "bedömning är att uppsikten delvis är tillräcklig."),
        ("bold", "2. Inledning"),
        ("line", "Kommunfullmäktige beslutade 2023-06-12 (KF § 45/2023) att anta riktlinjer för uppsikt. "
                 "Kommunstyrelsen beslutade därefter i KS § 110/2023 att ge kommundirektören i uppdrag att ta "
                 "fram en rutin."),
        ("bold", "3. Iakttagelser"),
        ("line", "Rutinen har inte antagits. Protokollen från kommunstyrelsens sammanträden visar att nämndernas "
                 "rapporter behandlas som anmälningsärenden utan beslut."),
        ("bold", "4. Rekommendationer"),
        ("line", "Vi rekommenderar kommunstyrelsen att"),
        ("bullets", ["anta en rutin för uppsikten,", "följa upp nämndernas rapporter med beslut."]),
        ("gap",),
        ("line", "Ekby 2024-05-20"),
        ("line", "För kommunens revisorer"),
        ("line", "Bo Sandell, ordförande"),
    ]
    meeting = meeting_of()
    return b, meeting, []


# ---------------------------------------------------------------------------------------
# Shapes added for the tenth blind check (2026-12-03, session 4), written before any rule
# changed.


def justering_anslag():
    """A justeringsprotokoll: the header table names the paragraphs it holds ("Paragrafer §§
    45–47") and the adjustment's place and time; heads "§ 45<tab>Title" with "Dnr" below,
    "Beslut" over one sentence; an ANSLAGSBEVIS table at the end ("Organ", "Sammanträdesdatum",
    "Datum då anslaget sätts upp", "Förvaringsplats för protokollet")."""
    b = [
        ("title", "Justeringsprotokoll", 15),
        ("line", "Miljö- och hälsoskyddsnämnden"),
        ("gap",),
        (
            "table",
            [
                ["Sammanträdesdatum", "2024-05-14"],
                ["Tid", "13.00–15.10"],
                ["Plats", "Stadshuset, rum Linnea"],
                ["Beslutande", "Gun Ask (C), ordförande\nPer Sund (S)\nLena Myr (M)"],
                ["Sekreterare", "Ebba Tall"],
                ["Utses att justera", "Per Sund"],
                ["Justeringens plats och tid", "Stadshuset 2024-05-17"],
                ["Paragrafer", "§§ 45–47"],
            ],
            False,
        ),
        ("gap",),
    ]
    paras = [
        (45, "Tillsynsavgift för livsmedelskontroll 2025", "MHN 2024/88",
         "Miljö- och hälsoskyddsnämnden fastställer timavgiften till 1 450 kronor."),
        (46, "Föreläggande om åtgärder vid Ekby reningsverk", "MHN 2023/512",
         "Miljö- och hälsoskyddsnämnden förelägger verksamhetsutövaren att åtgärda bräddningen senast 2024-10-01."),
        (47, "Delegationsbeslut april 2024", "MHN 2024/4",
         "Miljö- och hälsoskyddsnämnden lägger redovisningen till handlingarna."),
    ]
    want = []
    for n, title, dnr, decision in paras:
        b += [
            ("tabbed", [f"§ {n}", title], True),
            ("line", f"Dnr {dnr}"),
            ("line", "Miljöförvaltningen har utrett ärendet och redovisar sitt förslag i en tjänsteskrivelse."),
            ("bold", "Beslut"),
            ("line", decision),
            ("gap",),
        ]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += signed("Ebba Tall", "Gun Ask", "Per Sund")
    b += [
        ("gap",),
        ("bold", "ANSLAGSBEVIS"),
        ("line", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."),
        (
            "table",
            [
                ["Organ", "Miljö- och hälsoskyddsnämnden"],
                ["Sammanträdesdatum", "2024-05-14"],
                ["Datum då anslaget sätts upp", "2024-05-18"],
                ["Datum då anslaget tas ned", "2024-06-09"],
                ["Förvaringsplats för protokollet", "Miljöförvaltningen"],
            ],
            False,
        ),
    ]
    meeting = meeting_of("Miljö- och hälsoskyddsnämnden", "2024-05-14", "13.00–15.10", "Stadshuset, rum Linnea", "Gun Ask", "Ebba Tall", ["Per Sund"], ["Gun Ask", "Per Sund", "Lena Myr"])
    return b, meeting, want


def dnr_first():
    """Every paragraph opens with its diary number on a line of its own ("KS 2024/101"), then
    a bold line with the title and the head right-aligned on it ("Title<tab>§ 12"); the fields
    as label/value lines; the decision after "Kommunstyrelsens beslut" as att-satser."""
    b = [
        ("title", "Kommunstyrelsen", 15),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("labelled", "Datum", "2024-10-02"),
        ("labelled", "Tid", "08.30–11.45"),
        ("labelled", "Plats", "Kommunhuset, sal Tallen"),
        ("labelled", "Beslutande", "Maja Holm (S), ordförande, Olof Ryd (M), Siv Ek (KD)"),
        ("labelled", "Sekreterare", "Jonas Blad"),
        ("labelled", "Justerare", "Olof Ryd"),
        ("gap",),
    ]
    paras = [
        (112, "Delårsrapport per augusti 2024", "KS 2024/101",
         ["att godkänna delårsrapporten,", "att överlämna rapporten till kommunfullmäktige."]),
        (113, "Ändring av taxa för bygglov", "KS 2024/233", ["att föreslå kommunfullmäktige att anta taxan."]),
        (114, "Avsägelse från uppdrag som ersättare i valnämnden", "KS 2024/240", ["att godkänna avsägelsen."]),
    ]
    want = []
    for n, title, dnr, atts in paras:
        b += [
            ("line", dnr),
            ("rightpair", [title, f"§ {n}"]),
            ("line", "Kommunledningsförvaltningen har tagit fram ett underlag i ärendet."),
            ("bold", "Kommunstyrelsens beslut"),
            ("line", "Kommunstyrelsen beslutar"),
        ]
        b += [("line", a) for a in atts]
        b.append(("gap",))
        want.append(paragraph_want(f"§ {n}", n, title, dnr, atts))
    b += signed("Jonas Blad", "Maja Holm", "Olof Ryd")
    meeting = meeting_of("Kommunstyrelsen", "2024-10-02", "08.30–11.45", "Kommunhuset, sal Tallen", "Maja Holm", "Jonas Blad", ["Olof Ryd"], ["Maja Holm", "Olof Ryd", "Siv Ek"])
    return b, meeting, want


def presidium():
    """A regional board's presidium: heads "RSP § 5<tab>Title", "Diarienummer: RS 2024/310"
    on a line, "Ärendebeskrivning", "Beslutsgång" (the chair asks and finds), then "Beslut"
    with "Presidiet beslutar" over Word-numbered items; present as a list one a line under
    "Närvarande"."""
    b = [
        ("title", "Regionstyrelsens presidium", 15),
        ("line", "Protokoll"),
        ("gap",),
        ("labelled", "Datum och tid", "2024-11-05 kl. 10.00–11.30"),
        ("labelled", "Plats", "Regionens hus, rum 4"),
        ("bold", "Närvarande"),
        ("line", "Anders Kvist (S), ordförande"),
        ("line", "Ylva Rask (M), vice ordförande"),
        ("line", "Hampus Lind (C), andre vice ordförande"),
        ("labelled", "Sekreterare", "Malin Bro"),
        ("labelled", "Justerare", "Ylva Rask"),
        ("gap",),
    ]
    paras = [
        (5, "Sammanträdesplan 2025", "RS 2024/310",
         ["Sammanträdesplanen för 2025 fastställs.", "Planen delges regionstyrelsens ledamöter."]),
        (6, "Representation vid nationell konferens", "RS 2024/322",
         ["Ordföranden utses att representera regionen."]),
        (7, "Inbjudan till vänortsbesök", "RS 2024/330",
         ["Inbjudan avböjs med hänvisning till budgetläget.", "Ordföranden får i uppdrag att besvara inbjudan."]),
    ]
    want = []
    for n, title, dnr, items in paras:
        b += [
            ("tabbed", [f"RSP § {n}", title], True),
            ("line", f"Diarienummer: {dnr}"),
            ("bold", "Ärendebeskrivning"),
            ("line", "Regionkansliet har berett ärendet inför presidiets sammanträde."),
            ("bold", "Beslutsgång"),
            ("line", "Ordföranden frågar om presidiet kan besluta enligt förslaget och finner att så sker."),
            ("bold", "Beslut"),
            ("line", "Presidiet beslutar"),
            ("numbers", items),
            ("gap",),
        ]
        want.append(paragraph_want(f"RSP § {n}", n, title, dnr, items))
    b += signed("Malin Bro", "Anders Kvist", "Ylva Rask")
    meeting = meeting_of("Regionstyrelsens presidium", "2024-11-05", "10.00–11.30", "Regionens hus, rum 4", "Anders Kvist", "Malin Bro", ["Ylva Rask"], ["Anders Kvist", "Ylva Rask", "Hampus Lind"])
    return b, meeting, want


def namnd_proposition():
    """A nämnd's minutes where the administration's "Förslag till beslut" (att-satser) is
    followed by "Yrkanden", "Propositionsordning" and, last, "Beslut" with the decision as
    amended: the decision is only what "Beslut" says."""
    b = [
        ("title", "Socialnämnden", 15),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        (
            "table",
            [
                ["Plats och tid", "Socialkontoret, sal Ek, 2024-08-27 kl. 14.00–17.20"],
                ["Beslutande", "Rosa Lind (V), ordförande\nBengt Åberg (M)\nFatima Ali (S)\nKent Nyman (SD)"],
                ["Sekreterare", "Alva Strand"],
                ["Justerare", "Fatima Ali"],
            ],
            False,
        ),
        ("gap",),
    ]
    paras = [
        (71, "Riktlinjer för ekonomiskt bistånd", "SN 2024/140",
         ["att anta riktlinjerna,", "att riktlinjerna gäller från och med 2024-10-01."],
         ["att anta riktlinjerna med den ändringen att riktnormen höjs med 2 procent,", "att riktlinjerna gäller från och med 2025-01-01."]),
        (72, "Avgifter inom hemtjänsten 2025", "SN 2024/151",
         ["att fastställa avgifterna enligt bilaga."],
         ["att fastställa avgifterna enligt bilaga."]),
        (73, "Internkontrollplan 2025", "SN 2024/160",
         ["att anta internkontrollplanen."],
         ["att återremittera ärendet till förvaltningen."]),
    ]
    want = []
    for n, title, dnr, proposal, decided in paras:
        b += [
            ("tabbed", [f"§ {n}", title], True),
            ("line", f"Dnr {dnr}"),
            ("bold", "Förslag till beslut"),
        ]
        b += [("line", a) for a in proposal]
        b += [
            ("bold", "Yrkanden"),
            ("line", "Bengt Åberg (M) yrkar bifall till förvaltningens förslag. Rosa Lind (V) yrkar ändring."),
            ("bold", "Propositionsordning"),
            ("line", "Ordföranden ställer proposition på yrkandena och finner att nämnden beslutar enligt Rosa Linds (V) yrkande."),
            ("bold", "Beslut"),
            ("line", "Socialnämnden beslutar"),
        ]
        b += [("line", a) for a in decided]
        b.append(("gap",))
        want.append(paragraph_want(f"§ {n}", n, title, dnr, decided))
    b += signed("Alva Strand", "Rosa Lind", "Fatima Ali")
    meeting = meeting_of("Socialnämnden", "2024-08-27", "14.00–17.20", "Socialkontoret, sal Ek", "Rosa Lind", "Alva Strand", ["Fatima Ali"], ["Rosa Lind", "Bengt Åberg", "Fatima Ali", "Kent Nyman"])
    return b, meeting, want


def omrostningsbilaga():
    """Council minutes with the roll-call votes in an appendix after the signatures
    ("Bilaga 1 till § 58, Omröstningslista": a table Ledamot | Ja | Nej | Avstår with X per
    member and the totals); in the paragraph "Omröstning" tells the result and "Reservation"
    follows the decision."""
    b = [
        ("title", "Kommunfullmäktige", 16),
        ("line", "PROTOKOLL"),
        ("gap",),
        (
            "table",
            [
                ["Sammanträdesdatum", "2024-06-17"],
                ["Tid", "18.00–21.40"],
                ["Plats", "Folkets hus, stora salen"],
                ["Beslutande", "Sven Alm (M), ordförande\nTina Borg (S)\nUno Fors (SD)\nVera Gran (C)\nWilma Hed (V)"],
                ["Sekreterare", "Nils Krok"],
                ["Justerare", "Tina Borg\nVera Gran"],
            ],
            False,
        ),
        ("gap",),
    ]
    paras = [
        (57, "Årsredovisning 2023 för kommunen", "KS 2024/77", ["att godkänna årsredovisningen för 2023."], 0),
        (58, "Budget 2025 och flerårsplan 2026–2027", "KS 2024/98",
         ["att fastställa budgeten för 2025,", "att fastställa skattesatsen till 22,14 kronor."], 1),
        (59, "Val av ersättare i kommunstyrelsen", "KS 2024/10", ["att välja Ola Brink (M) till ersättare."], 0),
    ]
    want = []
    for n, title, dnr, atts, res in paras:
        b += [
            ("tabbed", [f"§ {n}", title], True),
            ("line", f"Dnr {dnr}"),
            ("line", "Kommunstyrelsen har lämnat sitt förslag till fullmäktige."),
        ]
        if res:
            b += [
                ("bold", "Omröstning"),
                ("line", "Votering begärs och verkställs. Med 3 ja-röster mot 2 nej-röster bifaller fullmäktige kommunstyrelsens förslag (bilaga 1)."),
            ]
        b += [("bold", "Beslut"), ("line", "Kommunfullmäktige beslutar")]
        b += [("line", a) for a in atts]
        if res:
            b += [("bold", "Reservation"), ("line", "Wilma Hed (V) reserverar sig mot beslutet till förmån för eget yrkande.")]
        b.append(("gap",))
        want.append(paragraph_want(f"§ {n}", n, title, dnr, atts, (), res))
    b += signed("Nils Krok", "Sven Alm", "Tina Borg", "Vera Gran")
    b += [
        ("page",),
        ("bold", "Bilaga 1 till § 58, Omröstningslista"),
        ("grid", [
            ["Ledamot", "Ja", "Nej", "Avstår"],
            ["Sven Alm (M)", "X", "", ""],
            ["Tina Borg (S)", "X", "", ""],
            ["Uno Fors (SD)", "X", "", ""],
            ["Vera Gran (C)", "", "X", ""],
            ["Wilma Hed (V)", "", "X", ""],
            ["Summa", "3", "2", "0"],
        ]),
    ]
    meeting = meeting_of("Kommunfullmäktige", "2024-06-17", "18.00–21.40", "Folkets hus, stora salen", "Sven Alm", "Nils Krok", ["Tina Borg", "Vera Gran"], ["Sven Alm", "Tina Borg", "Uno Fors", "Vera Gran", "Wilma Hed"])
    return b, meeting, want


def board_english_dates():
    """A Swedish company board's minutes in English with the date in English words ("12 March
    2024"), "§ 1" … heads with the title after a tab, "It was resolved" / "The Board
    resolved" decisions, "Present:", "Also present:" and signatures "Chairman" / "Secretary"
    as a grid of roles over names."""
    items = [
        ("Opening of the meeting", "The Chairman declared the meeting opened.", None),
        ("Approval of the agenda", None, "The Board resolved to approve the agenda."),
        ("Interim report January–March 2024", "The CEO presented the interim report.",
         "The Board resolved to approve the interim report for publication on 25 April 2024."),
        ("Investment in district heating network", "The CFO presented the investment proposal.",
         "It was resolved to approve an investment of SEK 42 million in the network."),
        ("Closing of the meeting", "The Chairman declared the meeting closed.", None),
    ]
    b = [
        ("title", "Minutes of the Board of Directors", 14),
        ("line", "Ekby Energi AB (publ), reg. no. 556987-6543"),
        ("gap",),
        ("labelled", "Date:", "12 March 2024"),
        ("labelled", "Time:", "09.00–11.30"),
        ("labelled", "Place:", "Head office, Kraftvägen 2, Ekby"),
        ("labelled", "Present:", "Ingrid Wall (Chairman), Karl Moberg, Linnea Dahl, Petter Sjö"),
        ("labelled", "Also present:", "Helena Berg (CEO), Johan Eld (Secretary)"),
        ("gap",),
    ]
    want = []
    for k, (title, text, decision) in enumerate(items):
        n = k + 1
        b.append(("tabbed", [f"§ {n}", title], True))
        if text:
            b.append(("line", text))
        if decision:
            b.append(("line", decision))
        want.append(paragraph_want(f"§ {n}", n, title, None, [decision] if decision else []))
    b += [
        ("gap",),
        ("grid", [["Chairman", "Secretary"], ["Ingrid Wall", "Johan Eld"]]),
    ]
    meeting = meeting_of(None, "2024-03-12", "09.00–11.30", "Head office, Kraftvägen 2, Ekby", "Ingrid Wall", "Johan Eld", (), ["Ingrid Wall", "Karl Moberg", "Linnea Dahl", "Petter Sjö", "Helena Berg", "Johan Eld"])
    return b, meeting, want


def delparagrafer():
    """A committee's minutes whose paragraphs are numbered with parts ("§ 12:1", "§ 12:2",
    "§ 12:3": the items of the meeting's twelfth paragraph), each "§ 12:N<tab>Title" in bold,
    "Dnr" below, "Utskottets beslut" over one att-sats."""
    b = [
        ("title", "Kommunstyrelsens arbetsutskott", 15),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("labelled", "Datum", "2024-04-09"),
        ("labelled", "Tid", "13.00–14.45"),
        ("labelled", "Plats", "Kommunhuset, rum Ljungen"),
        ("labelled", "Beslutande", "Tor Ahl (S), ordförande, Ulla Bred (M), Ivan Cox (C)"),
        ("labelled", "Sekreterare", "Dora Fjäll"),
        ("labelled", "Justerare", "Ulla Bred"),
        ("gap",),
    ]
    paras = [
        (1, "Markanvisning för kvarteret Linden", "KS 2024/55", "att godkänna markanvisningsavtalet."),
        (2, "Försäljning av fastigheten Ekby 4:12", "KS 2024/61", "att godkänna köpekontraktet."),
        (3, "Arrende för båtklubben", "KS 2024/70", "att förlänga arrendet till och med 2029."),
    ]
    want = []
    for n, title, dnr, att in paras:
        b += [
            ("tabbed", [f"§ 12:{n}", title], True),
            ("line", f"Dnr {dnr}"),
            ("line", "Mark- och exploateringsenheten har berett ärendet."),
            ("bold", "Arbetsutskottets beslut"),
            ("line", "Arbetsutskottet beslutar"),
            ("line", att),
            ("gap",),
        ]
        want.append(paragraph_want(f"§ 12:{n}", 12, title, dnr, [att]))
    b += signed("Dora Fjäll", "Tor Ahl", "Ulla Bred")
    meeting = meeting_of("Kommunstyrelsens arbetsutskott", "2024-04-09", "13.00–14.45", "Kommunhuset, rum Ljungen", "Tor Ahl", "Dora Fjäll", ["Ulla Bred"], ["Tor Ahl", "Ulla Bred", "Ivan Cox"])
    return b, meeting, want


def delegationslista():
    """NOT a protocol: a list of delegated decisions reported to a board ("Redovisning av
    delegationsbeslut"), each a numbered entry with what was decided, by whom, when and its
    diary number; it mentions the board's protocol but holds no paragraph of it."""
    b = [
        ("title", "Redovisning av delegationsbeslut", 15),
        ("line", "Bygg- och miljönämnden, sammanträde 2024-05-21. Besluten anmäls och antecknas i nämndens protokoll."),
        ("gap",),
        ("grid", [
            ["Nr", "Beslut", "Datum", "Delegat", "Dnr"],
            ["1.", "Bygglov för carport, Ekby 2:3. Beviljas.", "2024-04-03", "Bygglovshandläggare", "BMN 2024/120"],
            ["2.", "Strandskyddsdispens, Sjövik 1:9. Avslås.", "2024-04-11", "Miljöinspektör", "BMN 2024/131"],
            ["3.", "Startbesked för tillbyggnad, Norrby 3:1.", "2024-04-19", "Bygglovshandläggare", "BMN 2024/98"],
            ["4.", "Föreläggande om sotning, Ekby 7:2.", "2024-04-25", "Miljöchef", "BMN 2024/140"],
        ]),
        ("gap",),
        ("line", "Delegationsbesluten är fattade med stöd av nämndens delegationsordning."),
        ("line", "Ekby 2024-05-02"),
        ("line", "Kim Lax, nämndsekreterare"),
    ]
    return b, meeting_of(), []


def motion():
    """NOT a protocol: a councillor's motion ("Motion om …") with its diary number, the
    motion's text citing an earlier decision ("KF § 23/2021"), and att-satser of what the
    council should decide ("Jag föreslår att kommunfullmäktige beslutar att …")."""
    b = [
        ("title", "Motion om solceller på kommunens förskolor", 15),
        ("line", "Dnr KS 2024/301"),
        ("gap",),
        ("line", "Kommunfullmäktige beslutade 2021 (KF § 23/2021) om en energiplan som säger att kommunens "
                 "egna fastigheter ska producera förnybar el. Hittills har två byggnader fått solceller."),
        ("line", "Förskolorna har stora tak och använder el dagtid, när solcellerna ger mest."),
        ("gap",),
        ("line", "Jag föreslår att kommunfullmäktige beslutar"),
        ("line", "att solceller installeras på samtliga kommunala förskolor senast 2027,"),
        ("line", "att kostnaden tas upp i investeringsbudgeten för 2025."),
        ("gap",),
        ("line", "Ekby 2024-09-14"),
        ("line", "Greta Lund (MP)"),
    ]
    return b, meeting_of(), []


def tjansteskrivelse():
    """NOT a protocol: an official's report to a board ("Tjänsteskrivelse") with its diary
    number, a background that quotes earlier decisions ("KS § 110/2013", "KF § 45/2019"),
    "Förslag till beslut" over att-satser and the official's signature. It proposes, decides
    nothing."""
    b = [
        ("title", "Tjänsteskrivelse", 15),
        ("line", "Kommunledningsförvaltningen, 2024-02-12, Dnr KS 2024/44"),
        ("gap",),
        ("bold", "Revidering av riktlinjer för representation"),
        ("gap",),
        ("bold", "Förslag till beslut"),
        ("line", "Kommunstyrelsen föreslås besluta"),
        ("line", "att anta de reviderade riktlinjerna för representation,"),
        ("line", "att riktlinjerna gäller från och med 2024-04-01."),
        ("bold", "Ärendet"),
        ("line", "Kommunstyrelsen antog riktlinjerna 2013 (KS § 110/2013) och fullmäktige reviderade "
                 "reglerna för gåvor 2019 (KF § 45/2019). Riktlinjerna behöver anpassas till den nya "
                 "skattelagstiftningen."),
        ("bold", "Beslutsunderlag"),
        ("line", "- Tjänsteskrivelse 2024-02-12"),
        ("line", "- Riktlinjer för representation, förslag"),
        ("gap",),
        ("line", "Anna Stjärna"),
        ("line", "Kanslichef"),
    ]
    return b, meeting_of(), []


# ---------------------------------------------------------------------------------------
# Shapes added for the eleventh blind check (2026-12-03, session 5), written before any
# rule changed.


def ciceron_paragraf_table():
    """Ciceron with a contents table of the paragraphs on the cover page ("Paragraf | Ärende |
    Dnr" with a header row), then a page break and the paragraphs: "§ 201<tab>Title",
    "Diarienr: KS 2025/14", "Beslut" over "Kommunstyrelsen beslutar" and att-lines, the
    background after the decision; "Justerandes signatur" at the end."""
    paras = [
        (201, "Årsredovisning 2024 för Ekby kommun", "KS 2025/14",
         ["att godkänna årsredovisningen för 2024,", "att överlämna den till kommunfullmäktige."]),
        (202, "Revidering av kommunens arkivreglemente", "KS 2025/22",
         ["att föreslå kommunfullmäktige att anta det reviderade reglementet."]),
        (203, "Försäljning av tomträtt, Ekby 5:17", "KS 2024/411",
         ["att sälja tomträtten för 1 200 000 kronor,", "att ge mark- och exploateringschefen i uppdrag att underteckna avtalet."]),
    ]
    b = [
        ("title", "Kommunstyrelsen", 16),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        (
            "table",
            [
                ["Plats och tid", "Stadshuset, Sessionssalen, kl. 09.00–11.40"],
                ["Sammanträdesdatum", "2025-03-24"],
                ["Beslutande", "Karin Öst (S), ordförande\nLeif Gran (M)\nNina Åhl (C)\nRobert Sand (V)"],
                ["Sekreterare", "Tove Lund"],
                ["Justerare", "Leif Gran"],
            ],
            False,
        ),
        ("gap",),
        ("bold", "Ärendeförteckning"),
        ("grid", [["Paragraf", "Ärende", "Dnr"]] + [[f"§ {n}", t, d] for n, t, d, _ in paras]),
        ("page",),
    ]
    want = []
    for n, title, dnr, atts in paras:
        b += [
            ("tabbed", [f"§ {n}", title], True),
            ("line", f"Diarienr: {dnr}"),
            ("bold", "Beslut"),
            ("line", "Kommunstyrelsen beslutar"),
        ]
        b += [("line", a) for a in atts]
        b += [
            ("bold", "Beskrivning av ärendet"),
            ("line", "Kommunledningskontoret har berett ärendet och föreslår att kommunstyrelsen beslutar enligt ovan."),
            ("gap",),
        ]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, atts))
    b += [("gap",), ("grid", [["Justerandes signatur", "Utdragsbestyrkande"], ["", ""]])]
    meeting = meeting_of("Kommunstyrelsen", "2025-03-24", "09.00–11.40", "Stadshuset, Sessionssalen", "Karin Öst", "Tove Lund", ["Leif Gran"], ["Karin Öst", "Leif Gran", "Nina Åhl", "Robert Sand"])
    return b, meeting, want


def netpublicator_header():
    """A Netpublicator-style print: a two-column page-header table on every page (the board's
    name left; "SAMMANTRÄDESPROTOKOLL", the date and the page right), the fields in a table,
    heads "KFN § 14<tab>Title", "Dnr KFN 2025/7", "Kultur- och fritidsnämndens beslut" over one
    sentence."""
    paras = [
        (14, "Föreningsbidrag 2025", "KFN 2025/7",
         "Kultur- och fritidsnämnden fördelar föreningsbidragen för 2025 enligt förvaltningens förslag."),
        (15, "Öppettider för Ekbybadet sommaren 2025", "KFN 2025/19",
         "Kultur- och fritidsnämnden fastställer öppettiderna enligt bilaga."),
        (16, "Konstnärlig gestaltning av nya torget", "KFN 2024/230",
         "Kultur- och fritidsnämnden ger förvaltningen i uppdrag att upphandla en konstnärlig gestaltning."),
        (17, "Information från förvaltningschefen", "KFN 2025/2",
         "Kultur- och fritidsnämnden lägger informationen till handlingarna."),
    ]
    b = [
        ("page_header_table", [["Kultur- och fritidsnämnden", "SAMMANTRÄDESPROTOKOLL"],
                               ["", "Sammanträdesdatum 2025-02-11"],
                               ["", "#PAGE"]]),
        (
            "table",
            [
                ["Plats och tid", "Kulturhuset, rum Forum, kl. 17.30–19.45"],
                ["Beslutande", "Olle Fjäll (M), ordförande\nAmira Haddad (S)\nGöran Ström (L)"],
                ["Övriga deltagande", "Sofia Berg, förvaltningschef"],
                ["Utses att justera", "Amira Haddad"],
                ["Justeringens plats och tid", "Kulturhuset 2025-02-14"],
                ["Sekreterare", "Linn Vik"],
                ["Ordförande", "Olle Fjäll"],
            ],
            False,
        ),
        ("gap",),
    ]
    want = []
    for n, title, dnr, decision in paras:
        b += [
            ("tabbed", [f"KFN § {n}", title], True),
            ("line", f"Dnr {dnr}"),
            ("line", "Förvaltningen har tagit fram ett förslag som presenteras vid sammanträdet."),
            ("bold", "Kultur- och fritidsnämndens beslut"),
            ("line", decision),
            ("gap",),
        ]
        want.append(paragraph_want(f"KFN § {n}", n, title, dnr, [decision]))
    meeting = meeting_of(None, "2025-02-11", "17.30–19.45", "Kulturhuset, rum Forum", "Olle Fjäll", "Linn Vik", ["Amira Haddad"], ["Olle Fjäll", "Amira Haddad", "Göran Ström", "Sofia Berg"])
    return b, meeting, want


def arende_delpunkter():
    """A regional board numbering its items "Ärende 5" with sub-items "Ärende 5a", "Ärende 5b"
    (the parent item introduces them and decides nothing itself), "Diarienummer RS 2025/40"
    below each head, "Regionstyrelsens beslut" over one sentence."""
    items = [
        ("4", 4, "Delårsrapport januari–april 2025", "RS 2025/31",
         ["Regionstyrelsen godkänner delårsrapporten."]),
        ("5", 5, "Kollektivtrafikens utbud 2026", "RS 2025/40", []),
        ("5a", 5, "Stomlinjer i stadstrafiken", "RS 2025/41",
         ["Regionstyrelsen fastställer stomlinjenätet för 2026."]),
        ("5b", 5, "Anropsstyrd trafik på landsbygden", "RS 2025/42",
         ["Regionstyrelsen fastställer villkoren för anropsstyrd trafik.", "Villkoren gäller från och med 2026-01-01."]),
        ("6", 6, "Val av ombud till bolagsstämma", "RS 2025/5",
         ["Regionstyrelsen utser Anton Berg (S) till ombud."]),
    ]
    b = [
        ("title", "Regionstyrelsen", 16),
        ("line", "Protokoll"),
        ("gap",),
        ("labelled", "Datum", "2025-05-20"),
        ("labelled", "Tid", "09.00–12.15"),
        ("labelled", "Plats", "Regionhuset, sal Mälaren"),
        ("labelled", "Ordförande", "Birgit Ahl (S)"),
        ("labelled", "Sekreterare", "Mats Kron"),
        ("labelled", "Justerare", "Jenny Sol (M)"),
        ("gap",),
    ]
    want = []
    for label, n, title, dnr, decisions in items:
        b += [
            ("tabbed", [f"Ärende {label}", title], True),
            ("line", f"Diarienummer {dnr}"),
        ]
        if decisions:
            b += [
                ("line", "Regionkansliet har berett ärendet. Trafiknämnden har yttrat sig."),
                ("bold", "Regionstyrelsens beslut"),
            ]
            b += [("line", d) for d in decisions]
        else:
            b.append(("line", "Ärendet består av två delar som behandlas under ärende 5a och 5b."))
        b.append(("gap",))
        want.append(paragraph_want(f"Ärende {label}", n, title, dnr, decisions))
    b += signed("Mats Kron", "Birgit Ahl", "Jenny Sol")
    meeting = meeting_of("Regionstyrelsen", "2025-05-20", "09.00–12.15", "Regionhuset, sal Mälaren", "Birgit Ahl", "Mats Kron", ["Jenny Sol"])
    return b, meeting, want


def beslut_cell():
    """Each paragraph's head "§ 31<tab>Title" over a two-column table whose left cells are the
    section labels: "Diarienummer", "Beslut" (the decision's att-lines in the cell),
    "Beslutsunderlag" (one document a line), "Expedieras till"."""
    paras = [
        (31, "Tillsynsplan för miljöbalkens område 2025", "MN 2025/12",
         ["att anta tillsynsplanen för 2025,", "att redovisa uppföljningen till nämnden i december."],
         ["Tjänsteskrivelse 2025-01-10", "Tillsynsplan 2025"]),
        (32, "Yttrande över detaljplan för Strandängen", "MN 2025/20",
         ["att lämna yttrande enligt förvaltningens förslag."],
         ["Tjänsteskrivelse 2025-01-15", "Samrådshandling, detaljplan för Strandängen"]),
        (33, "Föreläggande om bullerdämpning, Verkstaden 3", "MN 2024/377",
         ["att förelägga bolaget att vidta bullerdämpande åtgärder senast 2025-06-30."],
         ["Tjänsteskrivelse 2025-01-20", "Bullermätning 2024-11-04"]),
    ]
    b = [
        ("title", "Miljönämnden", 16),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        (
            "table",
            [
                ["Datum", "2025-01-29"],
                ["Tid", "13.30–15.00"],
                ["Plats", "Miljökontoret, sal Ljusnan"],
                ["Beslutande", "Hans Björk (C), ordförande\nLisa Ström (S)\nMoa Åkesson (M)"],
                ["Sekreterare", "Ulf Rosén"],
                ["Justerare", "Lisa Ström"],
            ],
            False,
        ),
        ("gap",),
    ]
    want = []
    for n, title, dnr, atts, basis in paras:
        b += [
            ("tabbed", [f"§ {n}", title], True),
            (
                "table",
                [
                    ["Diarienummer", dnr],
                    ["Beslut", "Miljönämnden beslutar\n" + "\n".join(atts)],
                    ["Beslutsunderlag", "\n".join(basis)],
                    ["Expedieras till", "Sökanden, Miljöförvaltningen"],
                ],
                False,
            ),
            ("gap",),
        ]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, atts, basis))
    b += signed("Ulf Rosén", "Hans Björk", "Lisa Ström")
    meeting = meeting_of("Miljönämnden", "2025-01-29", "13.30–15.00", "Miljökontoret, sal Ljusnan", "Hans Björk", "Ulf Rosén", ["Lisa Ström"], ["Hans Björk", "Lisa Ström", "Moa Åkesson"])
    return b, meeting, want


def digital_signatur():
    """Minutes whose only signatures are digital blocks on the last page ("Underskrifter":
    roles over names over "Signerat med BankID <date time>" and a verification line), the
    attendance under "Närvarande ledamöter" in the header table; heads "§ 7<tab>Title",
    "Beslut" over one sentence."""
    paras = [
        (7, "Snöröjning vintern 2025/2026", "TN 2025/66",
         "Tekniska nämnden godkänner upphandlingsunderlaget för snöröjning."),
        (8, "Parkeringsavgifter i centrum", "TN 2025/71",
         "Tekniska nämnden föreslår kommunfullmäktige att höja avgiften till 25 kronor per timme."),
        (9, "Trafiksäkerhetsplan 2025–2028", "TN 2024/190",
         "Tekniska nämnden antar trafiksäkerhetsplanen."),
    ]
    b = [
        ("title", "Tekniska nämnden", 16),
        ("line", "Protokoll"),
        ("gap",),
        (
            "table",
            [
                ["Datum", "2025-03-03"],
                ["Tid", "18.00–20.10"],
                ["Plats", "Digitalt via Teams"],
                ["Närvarande ledamöter", "Anna Berg (S)\nOlle Lund (M)\nFia Sten (C)\nEmil Rask (SD)"],
            ],
            False,
        ),
        ("gap",),
    ]
    want = []
    for n, title, dnr, decision in paras:
        b += [
            ("tabbed", [f"§ {n}", title], True),
            ("line", f"Dnr {dnr}"),
            ("line", "Samhällsbyggnadsförvaltningen redogör för ärendet."),
            ("bold", "Beslut"),
            ("line", decision),
            ("gap",),
        ]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += [
        ("page",),
        ("bold", "Underskrifter"),
        ("grid", [
            ["Ordförande", "Justerare", "Sekreterare"],
            ["Anna Berg", "Olle Lund", "Eva Dahl"],
            ["Signerat med BankID 2025-03-05 10:12", "Signerat med BankID 2025-03-06 08:40", "Signerat med BankID 2025-03-05 09:01"],
        ]),
        ("line", "Detta dokument har signerats elektroniskt. Verifikat: 7F3A-22C1-90BD-4E11."),
    ]
    meeting = meeting_of("Tekniska nämnden", "2025-03-03", "18.00–20.10", "Digitalt via Teams", "Anna Berg", "Eva Dahl", ["Olle Lund"], ["Anna Berg", "Olle Lund", "Fia Sten", "Emil Rask"])
    return b, meeting, want


def utdrag_bestyrks():
    """A protocol extract of one paragraph: "PROTOKOLLSUTDRAG", the board and the date as
    labelled lines, "BUN § 42<tab>Title", "Dnr BUN 2025/61", "Barn- och utbildningsnämndens
    beslut" over bullets, "Expedieras till", then "Utdragsbestyrkande" with "Rätt utdraget
    betygar", the secretary's name and a date."""
    decisions = ["Skolskjuts beviljas för eleven läsåret 2025/2026.", "Beslutet gäller från och med 2025-08-18."]
    b = [
        ("title", "PROTOKOLLSUTDRAG", 15),
        ("labelled", "Nämnd", "Barn- och utbildningsnämnden"),
        ("labelled", "Sammanträdesdatum", "2025-04-08"),
        ("gap",),
        ("tabbed", ["BUN § 42", "Överklagat beslut om skolskjuts"], True),
        ("line", "Dnr BUN 2025/61"),
        ("bold", "Sammanfattning av ärendet"),
        ("line", "Vårdnadshavaren har begärt omprövning av beslutet om skolskjuts. Förvaltningen har "
                 "prövat ärendet på nytt och föreslår att skolskjuts beviljas."),
        ("bold", "Barn- och utbildningsnämndens beslut"),
        ("bullets", decisions),
        ("line", "Expedieras till: Vårdnadshavaren, Skolskjutssamordnaren"),
        ("gap",),
        ("bold", "Utdragsbestyrkande"),
        ("line", "Rätt utdraget betygar:"),
        ("line", "Lena Sjö, nämndsekreterare"),
        ("line", "Ekby 2025-04-10"),
    ]
    meeting = meeting_of("Barn- och utbildningsnämnden", "2025-04-08")
    want = [paragraph_want("BUN § 42", 42, "Överklagat beslut om skolskjuts", "BUN 2025/61", decisions)]
    return b, meeting, want


def forts_rubrik():
    """Council minutes under a running header, each paragraph long enough to run over a page
    break, and the next page opening with "§ 33 (forts.)" in bold before the text goes on; the
    decision after the break ("Kommunfullmäktige beslutar" over att-lines)."""
    paras = [
        (33, "Investeringsbudget 2026 för fastighetsnämnden", "KS 2025/140",
         ["att godkänna investeringsbudgeten,", "att finansiera investeringarna med lån."]),
        (34, "Ny förskola i Norra Ekby", "KS 2025/151", ["att uppdra åt fastighetsnämnden att uppföra förskolan."]),
        (35, "Svar på interpellation om skolskjutsar", "KS 2025/160", []),
    ]
    b = [
        ("header", "Kommunfullmäktige    Protokoll 2025-06-16"),
        ("title", "Kommunfullmäktige", 16),
        ("line", "Protokoll"),
        ("gap",),
        (
            "table",
            [
                ["Sammanträdesdatum", "2025-06-16"],
                ["Tid", "18.30–22.05"],
                ["Plats", "Ekby Folkets hus"],
                ["Ordförande", "Gunnar Eld (M)"],
                ["Sekreterare", "Hilda Ros"],
                ["Justerare", "Ali Bakr (S), Vera Nyström (KD)"],
            ],
            False,
        ),
        ("gap",),
    ]
    want = []
    for k, (n, title, dnr, atts) in enumerate(paras):
        b += [
            ("tabbed", [f"§ {n}", title], True),
            ("line", f"Dnr {dnr}"),
            ("bold", "Ärendebeskrivning"),
        ]
        for j in range(8):
            b.append(("line", _LONG[(j + 2 * k) % len(_LONG)]))
        if k < 2:
            b += [("page",), ("bold", f"§ {n} (forts.)")]
            for j in range(3):
                b.append(("line", _LONG[(j + 5 + k) % len(_LONG)]))
        if atts:
            b += [("bold", "Kommunfullmäktiges beslut"), ("line", "Kommunfullmäktige beslutar")]
            b += [("line", a) for a in atts]
        else:
            b += [("line", "Interpellationen besvaras av kommunstyrelsens ordförande. Debatt följer.")]
        b.append(("gap",))
        want.append(paragraph_want(f"§ {n}", n, title, dnr, atts))
    b += signed("Hilda Ros", "Gunnar Eld", "Ali Bakr", "Vera Nyström")
    meeting = meeting_of("Kommunfullmäktige", "2025-06-16", "18.30–22.05", "Ekby Folkets hus", "Gunnar Eld", "Hilda Ros", ["Ali Bakr", "Vera Nyström"])
    return b, meeting, want


def styrelse_minutes():
    """A municipal company's board minutes in Swedish with English words: "Styrelseprotokoll
    / Minutes", the company and its org. no., labelled "Datum", "Tid", "Plats", "Närvarande",
    "Protokollförare"; heads "§1 Title" in bold on one line (no space after §), decisions
    "Styrelsen beslutade att …" or "Beslut: …"; signatures "Vid protokollet / Minutes taken by"
    and "Justeras / Approved"."""
    items = [
        ("Mötets öppnande", "Ordföranden öppnade mötet.", None),
        ("Val av justerare", None, "Styrelsen beslutade att utse Kerstin Wahl att jämte ordföranden justera protokollet."),
        ("Verkställande direktörens rapport", "VD redogjorde för uthyrningsläget och pågående projekt.", None),
        ("Upphandling av fastighetsskötsel", "Ärendet föredrogs av fastighetschefen.",
         "Styrelsen beslutade att tilldela kontraktet till Ekby Fastighetsservice AB."),
        ("Hyresförhandling 2026", None, "Beslut: Styrelsen ger VD mandat att förhandla fram en hyreshöjning om högst 4 procent."),
        ("Mötets avslutande", "Ordföranden avslutade mötet.", None),
    ]
    b = [
        ("title", "Styrelseprotokoll / Minutes", 15),
        ("line", "Ekby Bostäder AB, org.nr 556123-4567"),
        ("gap",),
        ("labelled", "Datum", "2025-09-18"),
        ("labelled", "Tid", "16.00–18.00"),
        ("labelled", "Plats", "Bolagets kontor, Ågatan 1"),
        ("labelled", "Närvarande", "Per Holmqvist (ordförande), Kerstin Wahl, Jonas Åkerlund, Maria Falk"),
        ("labelled", "Protokollförare", "Sven Lid"),
        ("gap",),
    ]
    want = []
    for k, (title, text, decision) in enumerate(items):
        n = k + 1
        b.append(("bold", f"§{n} {title}"))
        if text:
            b.append(("line", text))
        if decision:
            b.append(("line", decision))
        dec = [decision.removeprefix("Beslut: ")] if decision else []
        want.append(paragraph_want(f"§ {n}", n, title, None, dec))
    b += signed("Sven Lid", "Per Holmqvist", "Kerstin Wahl", taken="Vid protokollet / Minutes taken by", approved="Justeras / Approved")
    meeting = meeting_of(None, "2025-09-18", "16.00–18.00", "Bolagets kontor, Ågatan 1", "Per Holmqvist", "Sven Lid", ["Per Holmqvist", "Kerstin Wahl"], ["Per Holmqvist", "Kerstin Wahl", "Jonas Åkerlund", "Maria Falk"])
    return b, meeting, want


def ovriga_fragor():
    """An election board's minutes with items that decide nothing: "Information" and
    "Övriga frågor" (prose only), "Nästa sammanträde" (a date), between items decided as
    "Valnämnden beslutar att …"; heads "§ 1<tab>Title"."""
    items = [
        ("Sammanträdets öppnande", "Ordföranden hälsade välkommen och öppnade sammanträdet.", None),
        ("Val av justerare", None, "Valnämnden beslutar att utse Malin Ek att justera protokollet."),
        ("Information om valet 2026", "Valsamordnaren informerade om tidplanen för valet och rekryteringen av röstmottagare.", None),
        ("Vallokaler 2026", "Förvaltningen har inventerat lokalerna.", "Valnämnden beslutar att fastställa förteckningen över vallokaler."),
        ("Arvoden till röstmottagare", None, "Valnämnden beslutar att arvodet för röstmottagare ska vara 2 000 kronor per valdag."),
        ("Övriga frågor", "Frågan om tillgänglighet i vallokalen i Norrby togs upp. Förvaltningen återkommer vid nästa sammanträde.", None),
        ("Nästa sammanträde", "Nästa sammanträde hålls den 14 oktober 2025 kl. 17.00.", None),
    ]
    b = [
        ("title", "Valnämnden", 16),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        (
            "table",
            [
                ["Plats och tid", "Kommunhuset, rum Eken, 2025-09-02 kl. 17.00–18.20"],
                ["Beslutande", "Rut Sjöberg (S), ordförande\nMalin Ek (M)\nTage Björn (C)"],
                ["Sekreterare", "Alf Nord"],
                ["Justerare", "Malin Ek"],
            ],
            False,
        ),
        ("gap",),
    ]
    want = []
    for k, (title, text, decision) in enumerate(items):
        n = k + 1
        b.append(("tabbed", [f"§ {n}", title], True))
        if text:
            b.append(("line", text))
        if decision:
            b.append(("line", decision))
        b.append(("gap",))
        want.append(paragraph_want(f"§ {n}", n, title, None, [decision] if decision else []))
    b += signed("Alf Nord", "Rut Sjöberg", "Malin Ek")
    meeting = meeting_of("Valnämnden", "2025-09-02", "17.00–18.20", "Kommunhuset, rum Eken", "Rut Sjöberg", "Alf Nord", ["Malin Ek"], ["Rut Sjöberg", "Malin Ek", "Tage Björn"])
    return b, meeting, want


def avgiftsforeskrifter():
    """NOT a protocol: local regulations on fees, "Antagna av kommunfullmäktige 2024-03-01,
    § 45", with heads "§ 1 Tillämpningsområde" … in bold and text that says what the council
    decided and who decides."""
    sections = [
        ("Tillämpningsområde", "Dessa föreskrifter gäller avgifter för prövning och tillsyn enligt miljöbalken."),
        ("Avgiftsskyldighet", "Avgift ska betalas av den som bedriver verksamheten. Nämnden beslutar om avgiften i varje enskilt fall."),
        ("Timavgift", "Timavgiften är 1 350 kronor. Kommunfullmäktige beslutar om ändring av timavgiften."),
        ("Nedsättning av avgift", "Om det finns särskilda skäl får nämnden besluta att sätta ned eller efterskänka avgiften."),
        ("Ikraftträdande", "Dessa föreskrifter träder i kraft den 1 april 2024."),
    ]
    b = [
        ("title", "Taxa för miljöbalkens område", 15),
        ("line", "Antagna av kommunfullmäktige 2024-03-01, § 45. Dnr KS 2023/512"),
        ("gap",),
    ]
    for k, (title, text) in enumerate(sections):
        b += [("bold", f"§ {k + 1} {title}"), ("line", text), ("gap",)]
    return b, meeting_of(), []


def delegationsordning():
    """NOT a protocol: a board's delegation order, its matters in a table whose first column is
    "§" numbers ("§ 1" …) beside the matter, the law it rests on ("26 kap. 9 § MB") and the
    delegate; "Antagen av nämnden 2024-01-23 § 4" above."""
    b = [
        ("title", "Delegationsordning för bygg- och miljönämnden", 15),
        ("line", "Antagen av bygg- och miljönämnden 2024-01-23 § 4. Dnr BMN 2023/301"),
        ("line", "Besluten fattas på nämndens vägnar och anmäls till nämnden vid nästa sammanträde."),
        ("gap",),
        ("grid", [
            ["§", "Ärende", "Lagrum", "Delegat"],
            ["§ 1", "Föreläggande och förbud i enskilt fall", "26 kap. 9 § MB", "Miljöinspektör"],
            ["§ 2", "Beslut om avgift för tillsyn", "27 kap. 1 § MB", "Miljöinspektör"],
            ["§ 3", "Bygglov för en- och tvåbostadshus", "9 kap. 2 § PBL", "Bygglovshandläggare"],
            ["§ 4", "Startbesked", "10 kap. 23 § PBL", "Bygglovshandläggare"],
            ["§ 5", "Beslut att avvisa för sent inkommen överklagan", "45 § FL", "Nämndsekreterare"],
        ]),
        ("gap",),
        ("line", "Delegaten ska anmäla fattade beslut enligt kommunallagen 6 kap. 40 §."),
    ]
    return b, meeting_of(), []


# ---------------------------------------------------------------------------------------
# The twelfth blind check (2026-12-03, session 6).


def finlands_paragrafer():
    """A Finland-Swedish municipal protocol: the head is the number before the sign ("45 §"),
    dates as "12.3.2024", the preparation under "Beredning", the proposal of the municipal
    director ("Kommundirektörens förslag:") and the decision inline after "Beslut:"; the
    signatures under "Underskrifter" as role lines ("Ordförande" … "Protokollförare"), and
    "Protokolljustering" naming the adjusters."""
    paras = [
        (45, "Laglighet och beslutförhet", "Förslaget godkändes."),
        (46, "Val av protokolljusterare", "Till protokolljusterare valdes Mats Ek och Lena Sund."),
        (47, "Bokslut och verksamhetsberättelse 2023", "Förslaget godkändes."),
        (48, "Detaljplan för Strandvägen", "Ärendet återremitterades för ny beredning."),
    ]
    b = [
        ("title", "EKBY KOMMUN", 14),
        ("tabbed", ["Kommunstyrelsen", "Sammanträdesprotokoll 4/2024"], False),
        ("gap",),
        ("table", [
            ["Tid", "12.3.2024 kl. 18.00–20.15"],
            ["Plats", "Kommungården, sammanträdesrummet"],
            ["Närvarande", "Kaj Holm, ordförande\nMats Ek\nLena Sund\nRolf Bäck"],
            ["Övriga närvarande", "Pia Lind, kommundirektör, protokollförare"],
        ], False),
        ("gap",),
    ]
    want = []
    for n, title, decision in paras:
        b += [
            ("tabbed", [f"{n} §", title], True),
            ("line", "Beredning: Kommundirektören redogör för ärendet enligt bilaga."),
            ("line", "Kommundirektörens förslag: Kommunstyrelsen godkänner förslaget."),
            ("line", f"Beslut: {decision}"),
            ("gap",),
        ]
        want.append(paragraph_want(f"{n} §", n, title, None, [decision]))
    b += [
        ("bold", "Underskrifter"),
        ("tabbed", ["Kaj Holm", "Pia Lind"], False),
        ("tabbed", ["Ordförande", "Protokollförare"], False),
        ("gap",),
        ("bold", "Protokolljustering"),
        ("line", "Ekby 15.3.2024"),
        ("tabbed", ["Mats Ek", "Lena Sund"], False),
    ]
    meeting = meeting_of("Kommunstyrelsen", "2024-03-12", "18.00–20.15", "Kommungården, sammanträdesrummet", "Kaj Holm", "Pia Lind", ["Mats Ek", "Lena Sund"], ["Kaj Holm", "Mats Ek", "Lena Sund", "Rolf Bäck", "Pia Lind"])
    return b, meeting, want


def grupperade_paragrafer():
    """A nämnd's protocol with a grouped item "§§ 13–15<tab>Anmälan av delegationsbeslut" (one
    matter under three numbers) between "§ 12" and "§ 16"; "Dnr" below the heads; "Beslut"
    over one sentence."""
    b = [
        ("title", "Miljö- och hälsoskyddsnämnden", 15),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("table", [
            ["Datum", "2024-05-21"],
            ["Tid", "13.00–15.00"],
            ["Plats", "Miljökontoret, Ekby"],
            ["Ordförande", "Siv Alm"],
            ["Sekreterare", "Joel Berg"],
            ["Justerare", "Nils Hed"],
        ], False),
        ("gap",),
    ]
    paras = [
        ("§ 12", 12, "Tillsynsplan 2024", "MHN 2024/30", "Nämnden antar tillsynsplanen."),
        ("§§ 13–15", 13, "Anmälan av delegationsbeslut", "MHN 2024/2", "Nämnden lägger redovisningen till handlingarna."),
        ("§ 16", 16, "Yttrande om vattenskyddsområde", "MHN 2024/41", "Nämnden avger yttrande enligt förvaltningens förslag."),
    ]
    want = []
    for head, n, title, dnr, decision in paras:
        b += [
            ("tabbed", [head, title], True),
            ("line", f"Dnr {dnr}"),
            ("line", "Miljökontoret redogör för ärendet."),
            ("bold", "Beslut"),
            ("line", decision),
            ("gap",),
        ]
        want.append(paragraph_want(head, n, title, dnr, [decision]))
    b += signed("Joel Berg", "Siv Alm", "Nils Hed")
    meeting = meeting_of("Miljö- och hälsoskyddsnämnden", "2024-05-21", "13.00–15.00", "Miljökontoret, Ekby", "Siv Alm", "Joel Berg", ["Nils Hed"])
    return b, meeting, want


def kf_interpellationer():
    """Kommunfullmäktige with an interpellation answered in the meeting ("Interpellationen
    besvaras …", "Kommunfullmäktige beslutar att interpellationen är besvarad"), a budget item
    with "Yrkanden", "Propositionsordning", "Omröstning" over a vote grid (Ledamot | Ja | Nej |
    Avstår with X), "Omröstningsresultat" and "Reservation"; heads "KF § 88<tab>Title"."""
    b = [
        ("title", "Kommunfullmäktige", 16),
        ("line", "Protokoll"),
        ("gap",),
        ("table", [
            ["Plats och tid", "Stadshuset, fullmäktigesalen, 2024-11-25 kl. 18.00–22.40"],
            ["Ordförande", "Gun Ahl"],
            ["Sekreterare", "Berit Holm"],
            ["Justerare", "Ove Lind och Saga Nord"],
        ], False),
        ("gap",),
        ("tabbed", ["KF § 88", "Interpellation om hemtjänstens bemanning"], True),
        ("line", "Dnr KS 2024/301"),
        ("line", "Lisa Holm (V) har ställt en interpellation till socialnämndens ordförande om bemanningen i hemtjänsten."),
        ("line", "Interpellationen besvaras av socialnämndens ordförande Per Ås (S). Debatt följer."),
        ("bold", "Beslut"),
        ("line", "Kommunfullmäktige beslutar att interpellationen är besvarad."),
        ("gap",),
        ("tabbed", ["KF § 89", "Budget 2025 med plan för 2026–2027"], True),
        ("line", "Dnr KS 2024/188"),
        ("line", "Kommunstyrelsen har lagt fram ett förslag till budget."),
        ("bold", "Yrkanden"),
        ("line", "Per Ås (S) yrkar bifall till kommunstyrelsens förslag. Ove Lind (M) yrkar bifall till Moderaternas budgetförslag."),
        ("bold", "Propositionsordning"),
        ("line", "Ordföranden ställer proposition på yrkandena och finner att fullmäktige bifaller kommunstyrelsens förslag. Omröstning begärs."),
        ("bold", "Omröstning"),
        ("line", "Ja-röst för kommunstyrelsens förslag, nej-röst för Moderaternas förslag."),
        ("grid", [
            ["Ledamot", "Ja", "Nej", "Avstår"],
            ["Per Ås (S)", "X", "", ""],
            ["Ove Lind (M)", "", "X", ""],
            ["Saga Nord (C)", "X", "", ""],
            ["Tor Berg (SD)", "", "", "X"],
        ]),
        ("line", "Omröstningsresultat: 29 ja-röster, 18 nej-röster, 4 avstår."),
        ("bold", "Beslut"),
        ("line", "Kommunfullmäktige fastställer budget 2025 med plan för 2026–2027 enligt kommunstyrelsens förslag."),
        ("bold", "Reservation"),
        ("line", "Ove Lind (M) reserverar sig mot beslutet till förmån för eget yrkande."),
        ("gap",),
        ("tabbed", ["KF § 90", "Val av ersättare i socialnämnden"], True),
        ("line", "Dnr KS 2024/12"),
        ("bold", "Beslut"),
        ("line", "Kommunfullmäktige väljer Eva Kron (L) till ersättare i socialnämnden."),
        ("gap",),
    ]
    b += signed("Berit Holm", "Gun Ahl", "Ove Lind", "Saga Nord")
    want = [
        paragraph_want("KF § 88", 88, "Interpellation om hemtjänstens bemanning", "KS 2024/301",
                       ["Kommunfullmäktige beslutar att interpellationen är besvarad."]),
        paragraph_want("KF § 89", 89, "Budget 2025 med plan för 2026–2027", "KS 2024/188",
                       ["Kommunfullmäktige fastställer budget 2025 med plan för 2026–2027 enligt kommunstyrelsens förslag."],
                       reservations=1),
        paragraph_want("KF § 90", 90, "Val av ersättare i socialnämnden", "KS 2024/12",
                       ["Kommunfullmäktige väljer Eva Kron (L) till ersättare i socialnämnden."]),
    ]
    meeting = meeting_of("Kommunfullmäktige", "2024-11-25", "18.00–22.40", "Stadshuset, fullmäktigesalen", "Gun Ahl", "Berit Holm", ["Ove Lind", "Saga Nord"])
    return b, meeting, want


def distans_narvaro():
    """A hybrid meeting: the place "Kommunhuset, sal A, och på distans"; the attendance a grid
    "Ledamot | Parti | Närvaro" with "Närvarande", "Deltar på distans" or "Frånvarande";
    "Ajournering kl. 10.15–10.30" inside a paragraph; signatures as a role/name grid under
    "Underskrifter"."""
    b = [
        ("title", "Socialnämnden", 15),
        ("line", "Protokoll från sammanträde"),
        ("gap",),
        ("table", [
            ["Datum", "2025-02-18"],
            ["Tid", "09.00–11.30"],
            ["Plats", "Kommunhuset, sal A, och på distans"],
        ], False),
        ("gap",),
        ("bold", "Närvaro"),
        ("grid", [
            ["Ledamot", "Parti", "Närvaro"],
            ["Anna Berg, ordförande", "S", "Närvarande"],
            ["Olle Lund", "M", "Deltar på distans"],
            ["Kim Ahl", "C", "Deltar på distans"],
            ["Tuva Sand", "V", "Frånvarande"],
            ["Rut Mark", "SD", "Närvarande"],
        ]),
        ("line", "Ledamöter som deltar på distans har varit uppkopplade med ljud och bild under hela sammanträdet."),
        ("gap",),
    ]
    paras = [
        (21, "Riktlinjer för försörjningsstöd", "SN 2024/210", False, "Socialnämnden antar riktlinjerna."),
        (22, "Verksamhetsplan för individ- och familjeomsorgen", "SN 2025/8", True, "Socialnämnden godkänner verksamhetsplanen."),
        (23, "Rapportering av ej verkställda beslut", "SN 2025/15", False, "Socialnämnden lägger rapporten till handlingarna."),
    ]
    want = []
    for n, title, dnr, adjourn, decision in paras:
        b += [
            ("tabbed", [f"§ {n}", title], True),
            ("line", f"Dnr {dnr}"),
            ("line", "Förvaltningen redogör för ärendet."),
        ]
        if adjourn:
            b += [("line", "Ajournering kl. 10.15–10.30.")]
        b += [("bold", "Beslut"), ("line", decision), ("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += [
        ("bold", "Underskrifter"),
        ("grid", [
            ["Ordförande", "Sekreterare", "Justerare"],
            ["Anna Berg", "Maja Ståhl", "Olle Lund"],
        ]),
    ]
    meeting = meeting_of("Socialnämnden", "2025-02-18", "09.00–11.30", "Kommunhuset, sal A, och på distans", "Anna Berg", "Maja Ståhl", ["Olle Lund"], ["Anna Berg", "Olle Lund", "Kim Ahl", "Rut Mark"])
    return b, meeting, want


def landskap_spalter():
    """A protocol printed in landscape in two columns: the fields as label/value lines, heads
    "§ 5 Title" in bold, "Beslut" over one sentence, signatures at the end."""
    b = [
        ("landscape_columns",),
        ("title", "Fritidsnämnden", 15),
        ("line", "Protokoll"),
        ("line", "Datum: 2024-10-08"),
        ("line", "Tid: 18.00–19.45"),
        ("line", "Plats: Sporthallen, Ekby"),
        ("line", "Ordförande: Leo Hjort"),
        ("line", "Sekreterare: Alva Rydh"),
        ("line", "Justerare: Nils Öst"),
        ("gap",),
    ]
    paras = [
        (5, "Taxor för idrottsanläggningar 2025", "FN 2024/44", "Fritidsnämnden föreslår kommunfullmäktige att anta taxorna."),
        (6, "Bidrag till föreningar för lovaktiviteter", "FN 2024/51", "Fritidsnämnden beviljar bidrag om 120 000 kronor."),
        (7, "Ny konstgräsplan vid Ekby IP", "FN 2024/12", "Fritidsnämnden ger förvaltningen i uppdrag att upphandla konstgräsplanen."),
        (8, "Delegationsbeslut", "FN 2024/3", "Fritidsnämnden lägger redovisningen till handlingarna."),
    ]
    want = []
    for n, title, dnr, decision in paras:
        b += [
            ("bold", f"§ {n} {title}"),
            ("line", f"Dnr {dnr}"),
            ("line", "Fritidsförvaltningen har berett ärendet. Underlaget har skickats ut med kallelsen "
                     "och förvaltningschefen föredrar ärendet vid sammanträdet."),
            ("bold", "Beslut"),
            ("line", decision),
            ("gap",),
        ]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += signed("Alva Rydh", "Leo Hjort", "Nils Öst")
    meeting = meeting_of("Fritidsnämnden", "2024-10-08", "18.00–19.45", "Sporthallen, Ekby", "Leo Hjort", "Alva Rydh", ["Nils Öst"])
    return b, meeting, want


def kyrkorad():
    """A church council's minutes (Svenska kyrkan): "Protokoll fört vid kyrkorådets
    sammanträde i Ekby församling", time with the weekday in words, "Närvarande ledamöter",
    "Tjänstgörande ersättare", heads "§ 34 Title" in bold, "Kyrkorådet beslutar att …", and a
    stamp at the end ("Justerat 2024-04-12", "Anslaget på församlingens anslagstavla …")."""
    b = [
        ("title", "Protokoll fört vid kyrkorådets sammanträde i Ekby församling", 13),
        ("line", "Tid: tisdagen den 9 april 2024 kl. 18.30–21.00"),
        ("line", "Plats: Församlingshemmet"),
        ("line", "Närvarande ledamöter: Britt Olsson (ordförande), Karl Dahl, Elin Frost, kyrkoherde Johan Malm"),
        ("line", "Tjänstgörande ersättare: Ulf Sjö"),
        ("gap",),
    ]
    paras = [
        (34, "Val av justerare", "Kyrkorådet beslutar att utse Karl Dahl att jämte ordföranden justera protokollet."),
        (35, "Renovering av kyrktornet", "Kyrkorådet beslutar att anta anbudet från Ekby Bygg AB."),
        (36, "Konfirmandverksamhet 2024/2025", "Kyrkorådet beslutar att fastställa planen för konfirmandverksamheten."),
    ]
    want = []
    for n, title, decision in paras:
        b += [
            ("bold", f"§ {n} {title}"),
            ("line", "Kyrkoherden redogör för ärendet."),
            ("line", decision),
            ("gap",),
        ]
        want.append(paragraph_want(f"§ {n}", n, title, None, [decision]))
    b += signed("Elin Frost", "Britt Olsson", "Karl Dahl", taken="Vid protokollet")
    b += [
        ("gap",),
        ("line", "Justerat 2024-04-12"),
        ("line", "Anslaget på församlingens anslagstavla 2024-04-15 – 2024-05-07"),
    ]
    meeting = {
        "body": None,
        "date": "2024-04-09",
        "time": "18.30–21.00",
        "place": "Församlingshemmet",
        "chair": "Britt Olsson",
        "secretary": "Elin Frost",
        "adjusters": ["Britt Olsson", "Karl Dahl"],
        "attendees": [],
    }
    return b, meeting, want


def ksau_forslag():
    """An arbetsutskott's minutes: heads "KSAU § 45<tab>Title" (the body's abbreviation in one
    word), "Förslag till beslut" followed by "Arbetsutskottets beslut" that differs (a
    referral, an amended proposal to the board)."""
    b = [
        ("title", "Kommunstyrelsens arbetsutskott", 15),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("table", [
            ["Sammanträdesdatum", "2024-08-27"],
            ["Tid", "08.30–11.00"],
            ["Plats", "Kommunhuset, rum Ekbacken"],
            ["Ordförande", "Lars Falk"],
            ["Sekreterare", "Moa Lindh"],
            ["Justerare", "Åsa Ring"],
        ], False),
        ("gap",),
    ]
    paras = [
        (45, "Försäljning av fastigheten Ekby 3:12", "KS 2024/210",
         "Kommunstyrelsen godkänner försäljningen.",
         ["Arbetsutskottet återremitterar ärendet till förvaltningen för en ny värdering."]),
        (46, "Policy för representation", "KS 2024/145",
         "Kommunstyrelsen antar policyn.",
         ["Arbetsutskottet föreslår kommunstyrelsen att anta policyn med ändringen att gåvor till anställda får uppgå till 500 kronor."]),
        (47, "Kommunstyrelsens sammanträdesplan 2025", "KS 2024/230",
         "Kommunstyrelsen fastställer sammanträdesplanen.",
         ["Arbetsutskottet föreslår kommunstyrelsen att fastställa sammanträdesplanen."]),
    ]
    want = []
    for n, title, dnr, proposal, decision in paras:
        b += [
            ("tabbed", [f"KSAU § {n}", title], True),
            ("line", f"Dnr {dnr}"),
            ("line", "Kommunledningsförvaltningen har tagit fram ett förslag."),
            ("bold", "Förslag till beslut"),
            ("line", proposal),
            ("bold", "Arbetsutskottets beslut"),
            *[("line", d) for d in decision],
            ("gap",),
        ]
        want.append(paragraph_want(f"KSAU § {n}", n, title, dnr, decision))
    b += signed("Moa Lindh", "Lars Falk", "Åsa Ring")
    meeting = meeting_of("Kommunstyrelsens arbetsutskott", "2024-08-27", "08.30–11.00", "Kommunhuset, rum Ekbacken", "Lars Falk", "Moa Lindh", ["Åsa Ring"])
    return b, meeting, want


def arsmote_forening():
    """An association's annual meeting (årsmöte): "§ 1 Mötets öppnande" … as bold lines, the
    chair and secretary of the meeting elected under the items ("Till mötesordförande valdes
    …"), decisions "Årsmötet beslutade att …", signatures as a role/name grid
    ("Mötesordförande | Mötessekreterare", then "Justerare | Justerare")."""
    b = [
        ("title", "Protokoll fört vid årsmöte med Ekby hembygdsförening", 13),
        ("line", "Datum: 2024-03-17"),
        ("line", "Plats: Hembygdsgården"),
        ("line", "Närvarande: 23 medlemmar enligt bifogad närvarolista"),
        ("gap",),
    ]
    items = [
        ("Mötets öppnande", "Föreningens ordförande Gunnel Ek hälsade välkommen och öppnade mötet.", None),
        ("Val av mötesordförande och mötessekreterare", None,
         "Årsmötet beslutade att välja Sven Holm till mötesordförande och Ida Rask till mötessekreterare."),
        ("Val av två justerare tillika rösträknare", None,
         "Årsmötet beslutade att välja Eva Lid och Bo Sten att jämte mötesordföranden justera protokollet."),
        ("Fråga om mötet har utlysts i behörig ordning", None, "Årsmötet beslutade att mötet har utlysts i behörig ordning."),
        ("Verksamhetsberättelse och ekonomisk berättelse", "Ordföranden och kassören redogjorde för det gångna året.", None),
        ("Ansvarsfrihet för styrelsen", None, "Årsmötet beslutade att bevilja styrelsen ansvarsfrihet för 2023."),
        ("Medlemsavgift för 2025", None, "Årsmötet beslutade att medlemsavgiften för 2025 ska vara 200 kronor."),
        ("Mötets avslutande", "Mötesordföranden tackade de närvarande och avslutade mötet.", None),
    ]
    want = []
    for k, (title, text, decision) in enumerate(items):
        n = k + 1
        b.append(("bold", f"§ {n} {title}"))
        if text:
            b.append(("line", text))
        if decision:
            b.append(("line", decision))
        want.append(paragraph_want(f"§ {n}", n, title, None, [decision] if decision else []))
    b += [
        ("gap",),
        ("grid", [["Mötesordförande", "Mötessekreterare"], ["Sven Holm", "Ida Rask"]]),
        ("grid", [["Justerare", "Justerare"], ["Eva Lid", "Bo Sten"]]),
    ]
    meeting = meeting_of(None, "2024-03-17", None, "Hembygdsgården", "Sven Holm", "Ida Rask", ["Eva Lid", "Bo Sten"])
    return b, meeting, want


def forvaltningsratt_dom():
    """NOT a protocol: an administrative court's judgment about a board's decision. It cites
    "kommunstyrelsens beslut den 3 maj 2024, § 45, dnr KS 2024/88", "13 kap. 8 §
    kommunallagen", "§ 12 förvaltningslagen"-style references and numbered grounds; it has
    "YRKANDEN", "SKÄLEN FÖR AVGÖRANDET", "DOMSLUT". It gives no protocol paragraph."""
    b = [
        ("title", "FÖRVALTNINGSRÄTTEN I EKBY", 13),
        ("tabbed", ["DOM", "Mål nr 2345-24"], True),
        ("line", "2024-10-02"),
        ("gap",),
        ("bold", "KLAGANDE"),
        ("line", "Erik Strand, Ekby"),
        ("bold", "MOTPART"),
        ("line", "Kommunstyrelsen i Ekby kommun"),
        ("bold", "ÖVERKLAGAT BESLUT"),
        ("line", "Kommunstyrelsens beslut den 3 maj 2024, § 45, dnr KS 2024/88"),
        ("bold", "SAKEN"),
        ("line", "Laglighetsprövning enligt 13 kap. kommunallagen (2017:725)"),
        ("bold", "DOMSLUT"),
        ("line", "Förvaltningsrätten avslår överklagandet."),
        ("gap",),
        ("bold", "YRKANDEN M.M."),
        ("line", "Erik Strand yrkar att beslutet ska upphävas och anför bl.a. följande."),
        ("numbers", [
            "Ärendet har inte beretts enligt 6 kap. 3 § kommunallagen.",
            "Beslutet strider mot 12 § förvaltningslagen (2017:900) om jäv.",
            "Protokollet justerades inte i rätt tid, se § 46 i samma protokoll.",
        ]),
        ("line", "Kommunstyrelsen anser att överklagandet ska avslås."),
        ("bold", "SKÄLEN FÖR AVGÖRANDET"),
        ("line", "Enligt 13 kap. 8 § kommunallagen ska ett överklagat beslut upphävas om det inte har "
                 "kommit till på lagligt sätt. Förvaltningsrätten finner att ärendet har beretts "
                 "och att protokollet har justerats i rätt tid. Överklagandet ska därför avslås."),
        ("gap",),
        ("line", "HUR MAN ÖVERKLAGAR, se bilaga 1 (FR-02)"),
        ("gap",),
        ("line", "Karin Alm"),
        ("line", "rådman"),
    ]
    return b, meeting_of(), []


def rf_arende():
    """A regional council (regionfullmäktige) numbering its items "Ärende 12 Title" on one bold
    line (a space, no tab, no §), "Diarienummer RS 2024/512" below, "Regionstyrelsens förslag"
    (what the board proposed) before "Regionfullmäktiges beslut" over att-lines; the fields
    as "Datum och tid", "Plats", "Ordförande", "Protokollförare", "Justerare"."""
    b = [
        ("title", "Regionfullmäktige", 16),
        ("line", "Protokoll"),
        ("gap",),
        ("table", [
            ["Datum och tid", "2024-06-18 kl. 09.30–16.45"],
            ["Plats", "Regionens hus, fullmäktigesalen"],
            ["Ordförande", "Birgitta Ohlsson (S)"],
            ["Protokollförare", "Mikael Strand"],
            ["Justerare", "Lars Gren (M) och Aisha Karimi (V)"],
        ], False),
        ("gap",),
    ]
    paras = [
        (12, "Regional utvecklingsstrategi 2025–2035", "RS 2024/512",
         ["att anta den regionala utvecklingsstrategin,", "att strategin ersätter den tidigare strategin från 2018."]),
        (13, "Budget och verksamhetsplan 2025", "RS 2024/390",
         ["att fastställa budgeten för 2025 enligt regionstyrelsens förslag."]),
        (14, "Val av ersättare i patientnämnden", "RS 2024/18",
         ["att välja Elin Björk (C) till ersättare i patientnämnden."]),
        (15, "Motion om gratis kollektivtrafik för unga", "RS 2023/877",
         ["att avslå motionen."]),
    ]
    want = []
    for n, title, dnr, atts in paras:
        b += [
            ("bold", f"Ärende {n} {title}"),
            ("line", f"Diarienummer {dnr}"),
            ("line", "Regionstyrelsen har berett ärendet och lämnat sitt förslag."),
            ("bold", "Regionstyrelsens förslag"),
            ("line", "Regionfullmäktige föreslås besluta enligt förvaltningens förslag."),
            ("bold", "Regionfullmäktiges beslut"),
            *[("line", a) for a in atts],
            ("gap",),
        ]
        want.append(paragraph_want(f"Ärende {n}", n, title, dnr, atts))
    b += signed("Mikael Strand", "Birgitta Ohlsson", "Lars Gren", "Aisha Karimi")
    meeting = meeting_of("Regionfullmäktige", "2024-06-18", "09.30–16.45", "Regionens hus, fullmäktigesalen",
                         "Birgitta Ohlsson", "Mikael Strand", ["Lars Gren", "Aisha Karimi"])
    return b, meeting, want


def bolag_paragraf_ar():
    """A municipal housing company's board minutes ("Styrelseprotokoll nr 3/2024") whose heads
    carry the year: "§ 5/2024<tab>Title" in bold; "Styrelsen beslutade att …" as the decision;
    the fields "Tid:", "Plats:", "Närvarande ledamöter:" as lines; "Vid protokollet …
    Justeras …" at the end."""
    b = [
        ("title", "Ekbyhem AB", 15),
        ("line", "Styrelseprotokoll nr 3/2024"),
        ("gap",),
        ("line", "Datum: 2024-04-23"),
        ("line", "Tid: 15.00–17.30"),
        ("line", "Plats: Ekbyhems kontor, Storgatan 4"),
        ("line", "Närvarande ledamöter: Gunnar Ask (ordförande), Sofia Lind, Omar Said, Karin Bo"),
        ("line", "Sekreterare: Helena Rönn"),
        ("line", "Justerare: Sofia Lind"),
        ("gap",),
    ]
    paras = [
        (5, "Mötets öppnande", None),
        (6, "Bokslut och årsredovisning 2023", "Styrelsen beslutade att godkänna årsredovisningen för 2023."),
        (7, "Hyresförhandling 2025", "Styrelsen beslutade att uppdra åt vd att inleda förhandlingar med hyresgästföreningen."),
        (8, "Ombyggnad av kvarteret Lärkan", "Styrelsen beslutade att godkänna investeringen om 42 miljoner kronor."),
        (9, "Mötets avslutande", None),
    ]
    want = []
    for n, title, decision in paras:
        b.append(("tabbed", [f"§ {n}/2024", title], True))
        if decision:
            b += [("line", "Vd redogjorde för ärendet och svarade på frågor."), ("line", decision)]
        else:
            b.append(("line", "Ordföranden förklarade mötet öppnat." if n == 5 else "Ordföranden tackade och avslutade mötet."))
        b.append(("gap",))
        want.append(paragraph_want(f"§ {n}", n, title, None, [decision] if decision else []))
    b += signed("Helena Rönn", "Gunnar Ask", "Sofia Lind")
    # The body is left open: the text names the company, not its board.
    meeting = meeting_of(None, "2024-04-23", "15.00–17.30", "Ekbyhems kontor, Storgatan 4", "Gunnar Ask",
                         "Helena Rönn", ["Sofia Lind"])
    return b, meeting, want


def dnr_hoger():
    """Heads "§ 23 Title" in bold with the diary number right-aligned on the same line
    ("KS 2024/55", no "Dnr" before it), the decision under "Beslut" as one sentence,
    "Beslutsunderlag" bullets; the fields in a table."""
    b = [
        ("title", "Kommunstyrelsen", 16),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("table", [
            ["Sammanträdesdatum", "2024-09-10"],
            ["Tid", "13.00–16.10"],
            ["Plats", "Stadshuset, sal Ekorren"],
            ["Ordförande", "Karl Wiklund"],
            ["Sekreterare", "Emma Hjort"],
            ["Justerare", "Linda Öst"],
        ], False),
        ("gap",),
    ]
    paras = [
        (23, "Delårsrapport januari–augusti 2024", "KS 2024/55", "Kommunstyrelsen godkänner delårsrapporten."),
        (24, "Taxa för bygglov och planbesked", "KS 2024/201", "Kommunstyrelsen föreslår fullmäktige att anta taxan."),
        (25, "Försäljning av fastigheten Ekby 3:14", "KS 2024/177", "Kommunstyrelsen godkänner köpeavtalet."),
    ]
    want = []
    for n, title, dnr, decision in paras:
        b += [
            ("rightpair", [f"§ {n} {title}", dnr]),
            ("line", "Kommunledningskontoret har utrett frågan och lämnar ett förslag."),
            ("bold", "Beslutsunderlag"),
            ("bullets", [f"Tjänsteskrivelse 2024-08-{n}"]),
            ("bold", "Beslut"),
            ("line", decision),
            ("gap",),
        ]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision], [f"Tjänsteskrivelse 2024-08-{n}"]))
    b += signed("Emma Hjort", "Karl Wiklund", "Linda Öst")
    meeting = meeting_of("Kommunstyrelsen", "2024-09-10", "13.00–16.10", "Stadshuset, sal Ekorren", "Karl Wiklund",
                         "Emma Hjort", ["Linda Öst"])
    return b, meeting, want


def beslutsgang_reservation():
    """A nämnd's minutes where each contested item has "Yrkanden", "Beslutsgång" (the chair's
    propositions, "Votering begärs och verkställs"), then the body's decision heading and a
    "Reservation" section naming several members in one sentence ("Anna Berg (M), Olle Ny (M)
    och Per Sten (L) reserverar sig …") and one "Protokollsanteckning"."""
    b = [
        ("title", "Utbildningsnämnden", 15),
        ("line", "Sammanträdesprotokoll 2024-10-15"),
        ("gap",),
        ("line", "Tid: 18.00–21.15"),
        ("line", "Plats: Skolkontoret, sal Linné"),
        ("line", "Beslutande: Maja Frost (S), ordförande, Anna Berg (M), Olle Ny (M), Per Sten (L), Tove Ek (S)"),
        ("line", "Sekreterare: Rasmus Vik"),
        ("line", "Justerare: Anna Berg"),
        ("gap",),
    ]
    paras = [
        (41, "Skolorganisation från läsåret 2025/26", "UN 2024/140",
         "Utbildningsnämnden beslutar att anta förslaget till skolorganisation.", 2),
        (42, "Internbudget 2025", "UN 2024/166", "Utbildningsnämnden beslutar att fastställa internbudgeten.", 1),
        (43, "Läsårstider 2025/26", "UN 2024/12", "Utbildningsnämnden beslutar att fastställa läsårstiderna.", 0),
    ]
    want = []
    for n, title, dnr, decision, res in paras:
        b += [
            ("tabbed", [f"§ {n}", title], True),
            ("line", f"Dnr {dnr}"),
            ("bold", "Sammanfattning"),
            ("line", "Förvaltningen har tagit fram ett förslag efter dialog med skolorna."),
        ]
        if res:
            b += [
                ("bold", "Yrkanden"),
                ("line", "Maja Frost (S) yrkar bifall till förvaltningens förslag. Anna Berg (M) yrkar avslag."),
                ("bold", "Beslutsgång"),
                ("line", "Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller förvaltningens "
                         "förslag. Votering begärs och verkställs. Med 3 röster mot 2 bifaller nämnden förslaget."),
            ]
        b += [("bold", "Utbildningsnämndens beslut"), ("line", decision)]
        if res:
            b += [("bold", "Reservation"),
                  ("line", "Anna Berg (M), Olle Ny (M) och Per Sten (L) reserverar sig mot beslutet.")]
        if res == 2:
            b += [("bold", "Protokollsanteckning"),
                  ("line", "Per Sten (L) lämnar en skriftlig protokollsanteckning, bilaga 2.")]
        b.append(("gap",))
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision], (), res))
    b += signed("Rasmus Vik", "Maja Frost", "Anna Berg")
    meeting = meeting_of("Utbildningsnämnden", "2024-10-15", "18.00–21.15", "Skolkontoret, sal Linné", "Maja Frost",
                         "Rasmus Vik", ["Anna Berg"])
    return b, meeting, want


def omedelbar_justering():
    """A nämnd whose urgent paragraphs end in a section "Justering" ("Paragrafen justeras
    omedelbart.") after the decision, and whose last paragraph is "§ 19 Omedelbar justering"
    deciding it for the others; heads "§ 16" alone in bold, the title in bold below,
    "Dnr" after the title; the decision "Nämnden beslutar att …"."""
    b = [
        ("title", "Kultur- och fritidsnämnden", 15),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("table", [
            ["Datum", "2024-02-06"],
            ["Tid", "17.30–19.00"],
            ["Plats", "Kulturhuset, lilla salen"],
            ["Ordförande", "Oskar Lund"],
            ["Sekreterare", "Jenny Mård"],
            ["Justerare", "Rut Alm"],
        ], False),
        ("gap",),
    ]
    paras = [
        (16, "Bidrag till föreningar 2024", "KFN 2024/3", "Nämnden beslutar att fördela bidragen enligt bilaga.", True),
        (17, "Öppettider i simhallen", "KFN 2024/9", "Nämnden beslutar att förlänga öppettiderna under sommaren.", False),
        (18, "Hyra av ishallen", "KFN 2023/112", "Nämnden beslutar att anta de nya hyrorna från den 1 mars.", True),
        (19, "Omedelbar justering", None, "Nämnden beslutar att förklara §§ 16 och 18 omedelbart justerade.", False),
    ]
    want = []
    for n, title, dnr, decision, urgent in paras:
        b += [("bold", f"§ {n}"), ("bold", title)]
        if dnr:
            b += [("line", f"Dnr {dnr}"), ("line", "Förvaltningen redogör för ärendet.")]
        b += [("bold", "Beslut"), ("line", decision)]
        if urgent:
            b += [("bold", "Justering"), ("line", "Paragrafen justeras omedelbart.")]
        b.append(("gap",))
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += signed("Jenny Mård", "Oskar Lund", "Rut Alm")
    meeting = meeting_of("Kultur- och fritidsnämnden", "2024-02-06", "17.30–19.00", "Kulturhuset, lilla salen",
                         "Oskar Lund", "Jenny Mård", ["Rut Alm"])
    return b, meeting, want


def bilaga_paragraf():
    """Minutes whose paragraphs cite their appendices ("Bilaga 1 § 34") in "Beslutsunderlag"
    and whose appendices follow the signatures, each page headed "Bilaga 1 § 34" in bold over a
    table of figures, "Bilaga 2 § 35" over a list of names: the appendices are no paragraphs."""
    b = [
        ("title", "Kommunstyrelsen", 16),
        ("line", "Protokoll"),
        ("gap",),
        ("table", [
            ["Sammanträdesdatum", "2024-03-12"],
            ["Tid", "09.00–12.00"],
            ["Plats", "Kommunhuset, sal 1"],
            ["Ordförande", "Ulla Sten"],
            ["Sekreterare", "Viktor Hed"],
            ["Justerare", "Mona Lilja"],
        ], False),
        ("gap",),
    ]
    paras = [
        (34, "Investeringsbudget 2024, omfördelning", "KS 2024/61", "Bilaga 1 § 34, investeringar per projekt",
         "Kommunstyrelsen beslutar att omfördela investeringsmedlen enligt bilaga 1."),
        (35, "Val av ombud till föreningsstämmor", "KS 2024/70", "Bilaga 2 § 35, förteckning över ombud",
         "Kommunstyrelsen beslutar att utse ombud enligt bilaga 2."),
        (36, "Uppföljning av internkontroll", "KS 2024/12", "Tjänsteskrivelse 2024-02-20",
         "Kommunstyrelsen beslutar att godkänna uppföljningen."),
    ]
    want = []
    for n, title, dnr, basis, decision in paras:
        b += [
            ("tabbed", [f"§ {n}", title], True),
            ("line", f"Dnr {dnr}"),
            ("line", "Ekonomiavdelningen har sammanställt underlaget."),
            ("bold", "Beslutsunderlag"),
            ("line", basis),
            ("bold", "Beslut"),
            ("line", decision),
            ("gap",),
        ]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision], [basis]))
    b += signed("Viktor Hed", "Ulla Sten", "Mona Lilja")
    b += [
        ("page",),
        ("bold", "Bilaga 1 § 34"),
        ("line", "Investeringar per projekt, tkr"),
        ("grid", [["Projekt", "Budget", "Ny budget"], ["Skola Norrby", "12 000", "10 500"],
                  ["Gång- och cykelväg", "3 000", "4 500"]]),
        ("page",),
        ("bold", "Bilaga 2 § 35"),
        ("line", "Ombud till föreningsstämmor 2024"),
        ("numbers", ["Kommunassurans Syd: Ulla Sten", "Inera AB: Mona Lilja", "Sydarkivera: Viktor Hed"]),
    ]
    meeting = meeting_of("Kommunstyrelsen", "2024-03-12", "09.00–12.00", "Kommunhuset, sal 1", "Ulla Sten",
                         "Viktor Hed", ["Mona Lilja"])
    return b, meeting, want


def utdrag_enskild():
    """"Utdrag ur protokoll" from a school board holding a single paragraph: the header lines
    "Barn- och utbildningsnämnden", "Utdrag ur protokoll", "Sammanträdesdatum 2024-05-14",
    the head "BUN § 47<tab>Title" with "Dnr BUN 2024/88" below, "Beslut" over att-bullets,
    "Beslutet skickas till", then "Justerandes signatur" and "Utdragsbestyrkande" with
    "Rätt utdraget intygar" and a name."""
    b = [
        ("title", "Barn- och utbildningsnämnden", 15),
        ("line", "Utdrag ur protokoll"),
        ("line", "Sammanträdesdatum 2024-05-14"),
        ("gap",),
        ("tabbed", ["BUN § 47", "Skolskjutsregler från höstterminen 2024"], True),
        ("line", "Dnr BUN 2024/88"),
        ("bold", "Ärendebeskrivning"),
        ("line", "Förvaltningen har sett över reglerna för skolskjuts efter synpunkter från vårdnadshavare."),
        ("bold", "Beslut"),
        ("line", "Barn- och utbildningsnämnden beslutar"),
        ("bullets", ["att anta de nya reglerna för skolskjuts,", "att reglerna gäller från den 1 augusti 2024."]),
        ("bold", "Beslutet skickas till"),
        ("line", "Skolskjutssamordnaren"),
        ("gap",),
        ("grid", [["Justerandes signatur", "Utdragsbestyrkande"], ["Eva Rask", "Rätt utdraget intygar: Lena Borg"]]),
    ]
    want = [paragraph_want("BUN § 47", 47, "Skolskjutsregler från höstterminen 2024", "BUN 2024/88",
                           ["att anta de nya reglerna för skolskjuts", "att reglerna gäller från den 1 augusti 2024."])]
    meeting = meeting_of("Barn- och utbildningsnämnden", "2024-05-14")
    return b, meeting, want


def signatur_forsta():
    """Signatures on the first page: the fields table, then "Underskrifter" (Sekreterare,
    Ordförande, Justerande with their names, "Paragrafer 88–91"), then the box "ANSLAG/BEVIS"
    ("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", a table with
    "Organ", "Sammanträdesdatum", "Datum då anslaget sätts upp", "Datum då anslaget tas ned",
    "Förvaringsplats för protokollet", "Underskrift"); the paragraphs from page two."""
    b = [
        ("title", "Miljö- och byggnadsnämnden", 15),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("table", [
            ["Plats och tid", "Stadshuset, sal 3, kl. 13.00–15.45"],
            ["Sammanträdesdatum", "2024-11-20"],
            ["Beslutande", "Per Wall (C), ordförande\nAnn Lök (S)\nBo Frid (M)"],
            ["Övriga deltagare", "Lisa Tran, nämndsekreterare"],
            ["Utses att justera", "Ann Lök"],
            ["Justeringens plats och tid", "Stadshuset 2024-11-25"],
        ], False),
        ("gap",),
        ("grid", [["Underskrifter", "Paragrafer 88–91"], ["Sekreterare", "Lisa Tran"], ["Ordförande", "Per Wall"],
                  ["Justerande", "Ann Lök"]]),
        ("gap",),
        ("bold", "ANSLAG/BEVIS"),
        ("line", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."),
        ("table", [
            ["Organ", "Miljö- och byggnadsnämnden"],
            ["Sammanträdesdatum", "2024-11-20"],
            ["Datum då anslaget sätts upp", "2024-11-26"],
            ["Datum då anslaget tas ned", "2024-12-18"],
            ["Förvaringsplats för protokollet", "Miljö- och byggförvaltningen"],
            ["Underskrift", "Lisa Tran"],
        ], False),
        ("page",),
    ]
    paras = [
        (88, "Bygglov för enbostadshus på Ekby 2:7", "MBN 2024/610", "Nämnden beviljar bygglov."),
        (89, "Strandskyddsdispens för brygga vid Sjövik", "MBN 2024/588", "Nämnden avslår ansökan."),
        (90, "Tillsynsavgift för livsmedelskontroll 2025", "MBN 2024/702", "Nämnden fastställer avgiften."),
        (91, "Delegationsbeslut", "MBN 2024/2", "Nämnden lägger redovisningen till handlingarna."),
    ]
    want = []
    for n, title, dnr, decision in paras:
        b += [
            ("tabbed", [f"§ {n}", title], True),
            ("line", f"Dnr {dnr}"),
            ("line", "Förvaltningen har handlagt ärendet."),
            ("bold", "Beslut"),
            ("line", decision),
            ("gap",),
        ]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    meeting = meeting_of("Miljö- och byggnadsnämnden", "2024-11-20", "13.00–15.45", "Stadshuset, sal 3", "Per Wall",
                         "Lisa Tran", ["Ann Lök"], ["Per Wall", "Ann Lök", "Bo Frid", "Lisa Tran"])
    return b, meeting, want


def sidhuvud_sidor():
    """A running header on every page "Kommunstyrelsen 2024-04-16" at the left and
    "Sammanträdesprotokoll N (M)" at the right (the page of the pages); heads "§ 51 Title" in
    bold on one line; long "Ärendet" texts so that paragraphs run over page breaks; the
    decision under "Kommunstyrelsens beslut" as one sentence."""
    b = [
        ("counted_header", "Kommunstyrelsen  2024-04-16", "Sammanträdesprotokoll"),
        ("title", "Kommunstyrelsen", 16),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("table", [
            ["Datum", "2024-04-16"],
            ["Tid", "13.15–16.30"],
            ["Plats", "Kommunhuset, sal Saga"],
            ["Ordförande", "Hanna Falk"],
            ["Sekreterare", "Jon Sjö"],
            ["Justerare", "Ali Demir"],
        ], False),
        ("gap",),
    ]
    paras = [
        (51, "Lokalförsörjningsplan 2025–2028", "KS 2024/140",
         "Kommunstyrelsen beslutar att anta lokalförsörjningsplanen."),
        (52, "Ny förskola i Västerby", "KS 2024/144", "Kommunstyrelsen beslutar att starta projekteringen."),
        (53, "Renovering av stadsbiblioteket", "KS 2023/530", "Kommunstyrelsen beslutar att godkänna förstudien."),
    ]
    want = []
    for k, (n, title, dnr, decision) in enumerate(paras):
        b += [("bold", f"§ {n} {title}"), ("line", f"Dnr {dnr}"), ("bold", "Ärendet")]
        b += [("line", _LONG[(j + 5 * k) % len(_LONG)]) for j in range(12)]
        b += [("bold", "Kommunstyrelsens beslut"), ("line", decision), ("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += signed("Jon Sjö", "Hanna Falk", "Ali Demir")
    meeting = meeting_of("Kommunstyrelsen", "2024-04-16", "13.15–16.30", "Kommunhuset, sal Saga", "Hanna Falk", "Jon Sjö",
                         ["Ali Demir"])
    return b, meeting, want


def arbetsordning():
    """NOT a protocol: a council's rules of procedure ("Arbetsordning för kommunfullmäktige")
    with headings over law-style sections "1 §" … at the line start, numbered points "1." …,
    and words of protocols ("Protokollet justeras av ordföranden och två ledamöter",
    "Ordföranden", "Sekreterare", "beslutar"); adopted "KF § 12/2023". No protocol paragraph."""
    b = [
        ("title", "Arbetsordning för kommunfullmäktige", 15),
        ("line", "Antagen av kommunfullmäktige 2023-02-13, KF § 12/2023, dnr KS 2022/480"),
        ("gap",),
        ("bold", "Antal ledamöter"),
        ("line", "1 § Fullmäktige har 51 ledamöter. Antalet ersättare är hälften av det antal platser som varje parti får."),
        ("bold", "Presidium"),
        ("line", "2 § Fullmäktige väljer bland ledamöterna en ordförande, en förste och en andre vice ordförande."),
        ("bold", "Tid och plats för sammanträdena"),
        ("line", "3 § Fullmäktige håller ordinarie sammanträden varje år enligt följande:"),
        ("numbers", ["Sammanträdena hålls i kommunhuset.", "Sammanträdena börjar kl. 18.30.",
                     "Ordföranden beslutar om ändring av tid och plats."]),
        ("bold", "Protokoll"),
        ("line", "4 § Ordföranden ansvarar för att protokollet förs. Sekreterare är kommunsekreteraren."),
        ("line", "5 § Protokollet justeras av ordföranden och två ledamöter. Fullmäktige kan besluta att en paragraf "
                 "ska justeras omedelbart."),
        ("bold", "Reservation"),
        ("line", "6 § Om en ledamot har reserverat sig mot ett beslut ska reservationen anmälas innan sammanträdet avslutas."),
    ]
    return b, meeting_of(), []


def protokollsbilaga():
    """NOT a protocol: an appendix printed alone ("Bilaga 1 till KS § 34/2024", "Kommunstyrelsen
    2024-03-12") with a table of investments and a note "Beslutad i KS § 34"; it gives no
    protocol paragraph, only its identifiers."""
    b = [
        ("tabbed", ["Bilaga 1 till KS § 34/2024", "Dnr KS 2024/61"], False),
        ("title", "Investeringsbudget 2024, omfördelning", 14),
        ("line", "Kommunstyrelsen 2024-03-12"),
        ("gap",),
        ("grid", [["Projekt", "Budget, tkr", "Ny budget, tkr"], ["Skola Norrby", "12 000", "10 500"],
                  ["Gång- och cykelväg", "3 000", "4 500"], ["Summa", "15 000", "15 000"]]),
        ("gap",),
        ("line", "Omfördelningen beslutades av kommunstyrelsen i § 34 och redovisas för fullmäktige."),
        ("line", "1. Skola Norrby: upphandlingen blev billigare än beräknat."),
        ("line", "2. Gång- och cykelväg: etapp två tidigareläggs."),
    ]
    return b, meeting_of(), []


def narv_grid():
    """Written after the thirteenth blind check, for the attendance rule: a grid whose heads
    name no attendance word the rules knew ("Ledamot | Närv."), "X" for those present and "-"
    for the absent, under a heading "Deltagare"; fields as label/value lines."""
    b = [
        ("title", "Valnämnden", 15),
        ("line", "Protokoll"),
        ("gap",),
        ("labelled", "Datum", "2024-08-27"),
        ("labelled", "Tid", "16.00–17.10"),
        ("labelled", "Plats", "Kommunhuset, rum Eken"),
        ("labelled", "Sekreterare", "Ida Rehn"),
        ("labelled", "Justerare", "Olof Lund"),
        ("gap",),
        ("bold", "Deltagare"),
        ("grid", [
            ["Ledamot", "Närv."],
            ["Åsa Berg (S), ordförande", "X"],
            ["Olof Lund (M)", "X"],
            ["Pia Rask (C)", "-"],
            ["Nils Ahl (V)", "X"],
        ]),
        ("gap",),
    ]
    paras = [
        (12, "Lokaler för förtidsröstning", "VN 2024/8", "Valnämnden godkänner förslaget till lokaler."),
        (13, "Utbildning av röstmottagare", "VN 2024/9", "Valnämnden antar utbildningsplanen."),
    ]
    want = []
    for n, title, dnr, decision in paras:
        b += [
            ("tabbed", [f"§ {n}", title], True),
            ("line", f"Dnr {dnr}"),
            ("line", "Valkansliet redogör för ärendet."),
            ("bold", "Beslut"),
            ("line", decision),
            ("gap",),
        ]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += signed("Ida Rehn", "Åsa Berg", "Olof Lund")
    meeting = meeting_of("Valnämnden", "2024-08-27", "16.00–17.10", "Kommunhuset, rum Eken", "Åsa Berg", "Ida Rehn",
                         ["Olof Lund"], ["Åsa Berg", "Olof Lund", "Nils Ahl"])
    return b, meeting, want


# ---------------------------------------------------------------------------------------
# The fourteenth blind round (2026-12-04, session 8): harder layouts, not new header words.


def _long(k, n):
    return [("line", _LONG[(j + k) % len(_LONG)]) for j in range(n)]


def forts_sidfot():
    """A municipal board's minutes under a running header ("Kommunstyrelsen  Sammanträdes-
    protokoll 2024-05-14", "Sida N") with "Justerandes sign | Utdragsbestyrkande" in every
    page's footer; long paragraphs run over page breaks and the next page repeats the head in
    the forms authors type: "forts. § 61", "§ 62 (forts)", "§ 63 forts. Title"; the decision
    "Kommunstyrelsen beslutar" over att-lines comes after the break."""
    b = [
        ("header", "Kommunstyrelsen    Sammanträdesprotokoll 2024-05-14"),
        ("footer", ["Justerandes sign", "Utdragsbestyrkande"]),
        ("title", "Kommunstyrelsen", 16),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("table", [
            ["Sammanträdesdatum", "2024-05-14"],
            ["Tid", "08.30–12.15"],
            ["Plats", "Kommunhuset, sammanträdesrum Älven"],
            ["Ordförande", "Ingrid Åberg (S)"],
            ["Sekreterare", "Tobias Nyqvist"],
            ["Justerare", "Hampus Lindgren (M)"],
        ], False),
        ("gap",),
    ]
    paras = [
        (61, "Årsredovisning 2023 för Ekby kommun", "KS 2024/77", "forts. § 61",
         ["att godkänna årsredovisningen för 2023,", "att överlämna den till kommunfullmäktige."]),
        (62, "Detaljplan för Norra hamnen, antagande", "KS 2023/412", "§ 62 (forts)",
         ["att anta detaljplanen för Norra hamnen."]),
        (63, "Riktlinjer för bostadsförsörjning 2024–2027", "KS 2024/19", "§ 63 forts. Riktlinjer för bostadsförsörjning 2024–2027",
         ["att anta riktlinjerna,", "att riktlinjerna följs upp årligen."]),
    ]
    want = []
    for k, (n, title, dnr, cont, atts) in enumerate(paras):
        b += [("tabbed", [f"§ {n}", title], True), ("line", f"Dnr {dnr}"), ("bold", "Ärendebeskrivning")]
        b += _long(3 * k, 10)
        b += [("page",), ("bold", cont)]
        b += _long(3 * k + 6, 3)
        b += [("bold", "Beslutsunderlag"), ("bullets", [f"Tjänsteskrivelse 2024-04-{20 + k}"]),
              ("bold", "Kommunstyrelsens beslut"), ("line", "Kommunstyrelsen beslutar")]
        b += [("line", a) for a in atts]
        b.append(("gap",))
        want.append(paragraph_want(f"§ {n}", n, title, dnr, atts, [f"Tjänsteskrivelse 2024-04-{20 + k}"]))
    b += signed("Tobias Nyqvist", "Ingrid Åberg", "Hampus Lindgren")
    meeting = meeting_of("Kommunstyrelsen", "2024-05-14", "08.30–12.15", "Kommunhuset, sammanträdesrum Älven",
                         "Ingrid Åberg", "Tobias Nyqvist", ["Hampus Lindgren"])
    return b, meeting, want


def marginal_dnr():
    """A two-column layout: each paragraph one borderless table row, the left margin column
    holding "§ 45" and under it the diary numbers one a line (the paragraph's own first, then
    the cases it joins), the right column the title in bold, the text, "Beslut" and the
    att-lines."""
    b = [
        ("title", "Tekniska nämnden", 15),
        ("line", "Protokoll"),
        ("gap",),
        ("labelled", "Datum", "2024-03-05"),
        ("labelled", "Tid", "18.00–20.30"),
        ("labelled", "Plats", "Tekniska kontoret, sal Gruvan"),
        ("labelled", "Ordförande", "Göran Sjödin"),
        ("labelled", "Sekreterare", "Malin Frisk"),
        ("labelled", "Justerare", "Yusuf Demir"),
        ("gap",),
    ]
    paras = [
        (45, "Taxa för vatten och avlopp 2025", ["TN 2024/31", "TN 2023/288"],
         ["att föreslå kommunfullmäktige att anta taxan,", "att taxan gäller från den 1 januari 2025."]),
        (46, "Upphandling av vinterväghållning", ["TN 2024/40"], ["att godkänna förfrågningsunderlaget."]),
        (47, "Medborgarförslag om belysning på Åvägen", ["TN 2023/301", "KS 2023/512"],
         ["att bifalla medborgarförslaget,", "att åtgärden finansieras inom driftbudgeten."]),
    ]
    want = []
    for n, title, dnrs, atts in paras:
        left = [("bold", f"§ {n}")] + [("line", d) for d in dnrs]
        right = [("bold", title), ("line", "Förvaltningen har berett ärendet och redovisar kostnaderna i en bilaga."),
                 ("bold", "Beslut"), ("line", "Tekniska nämnden beslutar")] + [("line", a) for a in atts]
        b += [("split", left, right), ("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnrs[0], atts, referenced=dnrs[1:]))
    b += signed("Malin Frisk", "Göran Sjödin", "Yusuf Demir")
    meeting = meeting_of("Tekniska nämnden", "2024-03-05", "18.00–20.30", "Tekniska kontoret, sal Gruvan",
                         "Göran Sjödin", "Malin Frisk", ["Yusuf Demir"])
    return b, meeting, want


def dnr_former():
    """Diary numbers in the forms other municipalities and regions write: "Dnr 2023-000145"
    (no prefix), "Diarienummer: KSN-2023-0145", "Ärendenummer RS 2022-01234", "Dnr 2023/145 KS"
    (the prefix last), "STK-2023-145", and a paragraph with three numbers on one line
    ("Dnr KS 2023/145, KS 2023/201 och BUN 2023/77"); heads "§ 12 Title" in bold on one line."""
    b = [
        ("title", "Kommunstyrelsens arbetsutskott", 15),
        ("line", "Protokoll 2023-09-12"),
        ("gap",),
        ("line", "Tid: 13.00–15.40"),
        ("line", "Plats: Stadshuset, rum 210"),
        ("line", "Ordförande: Elsa Rydén"),
        ("line", "Sekreterare: Anton Bergh"),
        ("line", "Justerare: Fatima Rahimi"),
        ("gap",),
    ]
    paras = [
        (12, "Budgetuppföljning augusti", "Dnr 2023-000145", "2023-000145", []),
        (13, "Lokalprogram för Västra skolan", "Diarienummer: KSN-2023-0145", "KSN-2023-0145", []),
        (14, "Samverkansavtal om kollektivtrafik", "Ärendenummer RS 2022-01234", "RS 2022-01234", []),
        (15, "Revidering av attestreglemente", "Dnr 2023/145 KS", "2023/145 KS", []),
        (16, "Yttrande över remiss om vattenplan", "Dnr STK-2023-145", "STK-2023-145", []),
        (17, "Samordnade insatser för barn och unga", "Dnr KS 2023/145, KS 2023/201 och BUN 2023/77", "KS 2023/145",
         ["KS 2023/201", "BUN 2023/77"]),
    ]
    decisions = [
        "Arbetsutskottet noterar informationen.",
        "Arbetsutskottet föreslår kommunstyrelsen att godkänna lokalprogrammet.",
        "Arbetsutskottet föreslår kommunstyrelsen att godkänna avtalet.",
        "Arbetsutskottet föreslår kommunstyrelsen att anta det reviderade reglementet.",
        "Arbetsutskottet föreslår kommunstyrelsen att avge yttrande enligt förvaltningens förslag.",
        "Arbetsutskottet föreslår kommunstyrelsen att godkänna samordningen.",
    ]
    want = []
    for (n, title, line, dnr, others), decision in zip(paras, decisions):
        b += [("bold", f"§ {n} {title}"), ("line", line),
              ("line", "Ärendet har beretts av kommunledningskontoret."), ("bold", "Beslut"), ("line", decision), ("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision], referenced=others))
    b += signed("Anton Bergh", "Elsa Rydén", "Fatima Rahimi")
    meeting = meeting_of("Kommunstyrelsens arbetsutskott", "2023-09-12", "13.00–15.40", "Stadshuset, rum 210",
                         "Elsa Rydén", "Anton Bergh", ["Fatima Rahimi"])
    return b, meeting, want


def att_listor():
    """Decisions as authors write lists of att-clauses: Word's numbered list under "Kommun-
    styrelsen beslutar" ("att …;" joined by semicolons, the last "samt"-free), hand-typed dash
    items "– att …", and a paragraph where the board both proposes to the council ("Kommun-
    styrelsen föreslår kommunfullmäktige besluta" over att-bullets) and decides for itself
    ("Kommunstyrelsen beslutar för egen del" over an att-line): every att-clause is a decision."""
    b = [
        ("title", "Kommunstyrelsen", 16),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("table", [
            ["Datum", "2024-10-01"],
            ["Tid", "13.00–16.00"],
            ["Plats", "Rådhuset, KS-salen"],
            ["Ordförande", "Pernilla Ek"],
            ["Sekreterare", "Jonas Vall"],
            ["Justerare", "Rikard Hed"],
        ], False),
        ("gap",),
    ]
    p1 = ["att anta policyn för digitalisering;", "att uppdra åt kommundirektören att ta fram en handlingsplan;",
          "att handlingsplanen redovisas senast i juni 2025."]
    p2 = ["att godkänna avsiktsförklaringen med Region Ekby,", "att utse Pernilla Ek till kommunens representant."]
    p3a = ["att anta den nya taxan för tillsyn enligt miljöbalken,", "att taxan gäller från den 1 januari 2025."]
    p3b = ["att uppdra åt miljöförvaltningen att informera berörda företag."]
    b += [
        ("tabbed", ["§ 140", "Policy för digitalisering"], True), ("line", "Dnr KS 2024/222"),
        ("line", "Kommunledningskontoret har tagit fram ett förslag till policy."),
        ("bold", "Beslut"), ("line", "Kommunstyrelsen beslutar"), ("numbers", p1), ("gap",),
        ("tabbed", ["§ 141", "Avsiktsförklaring om samverkan i vården"], True), ("line", "Dnr KS 2024/230"),
        ("line", "Regionen och kommunen vill samverka kring hemsjukvården."),
        ("bold", "Beslut"), ("line", "Kommunstyrelsen beslutar"), *[("line", "– " + a) for a in p2], ("gap",),
        ("tabbed", ["§ 142", "Taxa för miljöbalkens område"], True), ("line", "Dnr KS 2024/199"),
        ("line", "Miljönämnden har föreslagit en ny taxa."),
        ("bold", "Beslut"), ("line", "Kommunstyrelsen föreslår kommunfullmäktige besluta"), ("bullets", p3a),
        ("line", "Kommunstyrelsen beslutar för egen del"), *[("line", a) for a in p3b], ("gap",),
    ]
    want = [
        paragraph_want("§ 140", 140, "Policy för digitalisering", "KS 2024/222", [a.rstrip(";") for a in p1]),
        paragraph_want("§ 141", 141, "Avsiktsförklaring om samverkan i vården", "KS 2024/230", p2),
        paragraph_want("§ 142", 142, "Taxa för miljöbalkens område", "KS 2024/199", p3a + p3b),
    ]
    b += signed("Jonas Vall", "Pernilla Ek", "Rikard Hed")
    meeting = meeting_of("Kommunstyrelsen", "2024-10-01", "13.00–16.00", "Rådhuset, KS-salen", "Pernilla Ek",
                         "Jonas Vall", ["Rikard Hed"])
    return b, meeting, want


def omrostning_jav():
    """A building board's contested item as councils print it: "Jäv" before the handling
    ("Lena Ås (C) anmäler jäv och lämnar lokalen"), "Yrkanden", "Propositionsordning",
    "Omröstning" with a grid Ledamot | Ja | Nej | Avstår, "Omröstningsresultat" in a sentence,
    then "Beslut" over one sentence, "Deltar ej i beslutet" (a party's members), "Reservation"
    and "Protokollsanteckning"; none of these after the decision is a decision."""
    b = [
        ("title", "Bygg- och miljönämnden", 15),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("table", [
            ["Sammanträdesdatum", "2024-06-11"],
            ["Plats och tid", "Kommunhuset, sal Tallen, kl. 09.00–12.20"],
            ["Ordförande", "Sven Holm (M)"],
            ["Sekreterare", "Karin Lo"],
            ["Justerare", "Anneli Berg (S)"],
        ], False),
        ("gap",),
        ("tabbed", ["§ 71", "Bygglov för flerbostadshus på Ekby 4:12"], True),
        ("line", "Dnr BMN 2024/301"),
        ("bold", "Jäv"),
        ("line", "Lena Ås (C) anmäler jäv och lämnar lokalen under ärendets handläggning."),
        ("bold", "Ärendet"),
        ("line", "Sökanden vill uppföra ett flerbostadshus i fyra våningar. Grannar har lämnat synpunkter."),
        ("bold", "Yrkanden"),
        ("line", "Sven Holm (M) yrkar bifall till förvaltningens förslag. Anneli Berg (S) yrkar avslag."),
        ("bold", "Propositionsordning"),
        ("line", "Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller förvaltningens förslag. "
                 "Votering begärs."),
        ("bold", "Omröstning"),
        ("line", "Den som bifaller förvaltningens förslag röstar ja, den som bifaller avslagsyrkandet röstar nej."),
        ("grid", [["Ledamot", "Ja", "Nej", "Avstår"], ["Sven Holm (M)", "X", "", ""], ["Ola Ring (M)", "X", "", ""],
                  ["Pia Lund (KD)", "X", "", ""], ["Anneli Berg (S)", "", "X", ""], ["Mats Eng (S)", "", "X", ""],
                  ["Rut Mark (SD)", "", "", "X"], ["Elin Tor (L)", "X", "", ""]]),
        ("bold", "Omröstningsresultat"),
        ("line", "Med 4 ja-röster mot 2 nej-röster, 1 avstår, beslutar nämnden enligt förvaltningens förslag."),
        ("bold", "Beslut"),
        ("line", "Bygg- och miljönämnden beviljar bygglov med stöd av 9 kap. 30 § plan- och bygglagen."),
        ("bold", "Deltar ej i beslutet"),
        ("line", "Rut Mark (SD) deltar inte i beslutet."),
        ("bold", "Reservation"),
        ("line", "Anneli Berg (S) och Mats Eng (S) reserverar sig mot beslutet."),
        ("gap",),
        ("tabbed", ["§ 72", "Tillsynsplan 2024–2026"], True),
        ("line", "Dnr BMN 2024/15"),
        ("line", "Förvaltningen har tagit fram en plan för tillsynen."),
        ("bold", "Beslut"),
        ("line", "Bygg- och miljönämnden antar tillsynsplanen."),
        ("bold", "Protokollsanteckning"),
        ("line", "Anneli Berg (S) antecknar att tillsynen av enskilda avlopp bör prioriteras."),
        ("gap",),
        ("tabbed", ["§ 73", "Strandskyddsdispens för brygga på Sjövik 1:4"], True),
        ("line", "Dnr BMN 2024/288"),
        ("bold", "Jäv"),
        ("line", "Ola Ring (M) anmäler jäv och deltar inte i handläggningen."),
        ("line", "Ansökan gäller en brygga om 12 meter."),
        ("bold", "Beslut"),
        ("line", "Bygg- och miljönämnden avslår ansökan om strandskyddsdispens."),
        ("gap",),
    ]
    want = [
        paragraph_want("§ 71", 71, "Bygglov för flerbostadshus på Ekby 4:12", "BMN 2024/301",
                       ["Bygg- och miljönämnden beviljar bygglov med stöd av 9 kap. 30 § plan- och bygglagen."], (), 1),
        paragraph_want("§ 72", 72, "Tillsynsplan 2024–2026", "BMN 2024/15", ["Bygg- och miljönämnden antar tillsynsplanen."],
                       (), 1),
        paragraph_want("§ 73", 73, "Strandskyddsdispens för brygga på Sjövik 1:4", "BMN 2024/288",
                       ["Bygg- och miljönämnden avslår ansökan om strandskyddsdispens."]),
    ]
    b += signed("Karin Lo", "Sven Holm", "Anneli Berg")
    meeting = meeting_of("Bygg- och miljönämnden", "2024-06-11", "09.00–12.20", "Kommunhuset, sal Tallen", "Sven Holm",
                         "Karin Lo", ["Anneli Berg"])
    return b, meeting, want


def anmalningsarenden():
    """A board's minutes whose paragraphs report only: "§ 30 Delegationsbeslut" with a grid of
    the delegated decisions (Dnr | Ärende | Beslut | Delegat | Datum, each row its own diary
    number), "§ 31 Anmälningsärenden" with a numbered list of letters received ("Länsstyrelsen
    … , dnr MN 2024/77"), "§ 32 Meddelanden" with bullets; each paragraph's own diary number
    under its head and one decision "Miljönämnden lägger … till handlingarna"."""
    b = [
        ("title", "Miljönämnden", 15),
        ("line", "Protokoll"),
        ("gap",),
        ("line", "Datum: 2024-04-23"),
        ("line", "Tid: 15.00–15.45"),
        ("line", "Plats: Miljökontoret, sal Ängen"),
        ("line", "Ordförande: Bo Nord"),
        ("line", "Sekreterare: Siv Alm"),
        ("line", "Justerare: Liv Hägg"),
        ("gap",),
        ("tabbed", ["§ 30", "Delegationsbeslut"], True),
        ("line", "Dnr MN 2024/2"),
        ("line", "Följande beslut har fattats med stöd av delegation:"),
        ("grid", [["Dnr", "Ärende", "Beslut", "Delegat", "Datum"],
                  ["MN 2024/112", "Föreläggande, enskilt avlopp, Ekby 2:9", "Föreläggande", "Miljöinspektör", "2024-03-04"],
                  ["MN 2024/118", "Registrering av livsmedelsanläggning", "Registrerad", "Livsmedelsinspektör", "2024-03-11"],
                  ["MN 2024/121", "Anmälan om värmepump, Norrby 1:7", "Godkänd", "Miljöinspektör", "2024-03-19"]]),
        ("bold", "Beslut"),
        ("line", "Miljönämnden lägger redovisningen av delegationsbeslut till handlingarna."),
        ("gap",),
        ("tabbed", ["§ 31", "Anmälningsärenden"], True),
        ("line", "Dnr MN 2024/3"),
        ("numbers", ["Länsstyrelsen: beslut om tillstånd för täkt på Berga 3:1, dnr MN 2024/77.",
                     "Mark- och miljödomstolen: dom i mål om buller från Ekby skjutbana, dnr MN 2023/210.",
                     "Kommunfullmäktige § 45/2024: miljöprogram 2024–2030, dnr MN 2024/15."]),
        ("bold", "Beslut"),
        ("line", "Miljönämnden lägger anmälningsärendena till handlingarna."),
        ("gap",),
        ("tabbed", ["§ 32", "Meddelanden"], True),
        ("line", "Dnr MN 2024/4"),
        ("bullets", ["Protokoll från miljösamverkan i länet 2024-03-15.", "Nyhetsbrev från Naturvårdsverket."]),
        ("bold", "Beslut"),
        ("line", "Miljönämnden lägger meddelandena till handlingarna."),
        ("gap",),
    ]
    want = [
        paragraph_want("§ 30", 30, "Delegationsbeslut", "MN 2024/2",
                       ["Miljönämnden lägger redovisningen av delegationsbeslut till handlingarna."],
                       referenced=["MN 2024/112", "MN 2024/118", "MN 2024/121"]),
        paragraph_want("§ 31", 31, "Anmälningsärenden", "MN 2024/3", ["Miljönämnden lägger anmälningsärendena till handlingarna."],
                       referenced=["MN 2024/77", "MN 2023/210", "MN 2024/15"]),
        paragraph_want("§ 32", 32, "Meddelanden", "MN 2024/4", ["Miljönämnden lägger meddelandena till handlingarna."]),
    ]
    b += signed("Siv Alm", "Bo Nord", "Liv Hägg")
    meeting = meeting_of("Miljönämnden", "2024-04-23", "15.00–15.45", "Miljökontoret, sal Ängen", "Bo Nord", "Siv Alm",
                         ["Liv Hägg"])
    return b, meeting, want


def narvaro_kolumner():
    """An attendance grid in columns: "Beslutande ledamöter | Tjänstgörande ersättare |
    Ej tjänstgörande ersättare", the names down each column (the chair "ordf." after the name),
    and "Övriga närvarande" below; the attendees are all who are there, as the older shapes
    count them (jav-votes, signatur-forsta: "Övriga närvarande" too), column by column: the
    members, the serving substitutes, the other substitutes, the others; heads "§ 8<tab>Title",
    the decision under "Beslut"."""
    b = [
        ("title", "Kultur- och fritidsnämnden", 15),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("labelled", "Sammanträdesdatum", "2024-02-20"),
        ("labelled", "Tid", "18.00–19.30"),
        ("labelled", "Plats", "Kulturhuset, sal Lyran"),
        ("gap",),
        ("grid", [
            ["Beslutande ledamöter", "Tjänstgörande ersättare", "Ej tjänstgörande ersättare"],
            ["Hanna Lind (S), ordf.", "Petter Ås (M)", "Sara Ny (S)"],
            ["Emil Bro (S)", "Leila Haddad (V)", "Kurt Fors (KD)"],
            ["Ulla Berg (M)", "", ""],
            ["Jan Ström (C)", "", ""],
        ]),
        ("labelled", "Övriga närvarande", "Mira Sund, sekreterare"),
        ("labelled", "Justerare", "Ulla Berg"),
        ("gap",),
    ]
    paras = [
        (8, "Kulturpris 2024", "KFN 2024/5", "Kultur- och fritidsnämnden tilldelar Ekby spelmanslag kulturpriset 2024."),
        (9, "Bidrag till studieförbund", "KFN 2024/11", "Kultur- och fritidsnämnden fördelar bidraget enligt bilaga."),
    ]
    want = []
    for n, title, dnr, decision in paras:
        b += [("tabbed", [f"§ {n}", title], True), ("line", f"Dnr {dnr}"), ("line", "Förvaltningen redogör för ärendet."),
              ("bold", "Beslut"), ("line", decision), ("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += signed("Mira Sund", "Hanna Lind", "Ulla Berg")
    meeting = meeting_of("Kultur- och fritidsnämnden", "2024-02-20", "18.00–19.30", "Kulturhuset, sal Lyran",
                         "Hanna Lind", "Mira Sund", ["Ulla Berg"],
                         ["Hanna Lind", "Emil Bro", "Ulla Berg", "Jan Ström", "Petter Ås", "Leila Haddad", "Sara Ny",
                          "Kurt Fors", "Mira Sund"])
    return b, meeting, want


def skannad():
    """A council's minutes printed, signed and scanned (NAME.ocr.pdf: the LibreOffice print
    rasterised at 200 dpi, tilted half a degree, speckled, and read back by tesseract's PDF
    output with its invisible text layer); the other producers print the same blocks. Heads
    "Kf § 21<tab>Title", "Dnr KS 2023/390" below, "Kommunfullmäktiges beslut" over att-lines."""
    b = [
        ("title", "Kommunfullmäktige", 16),
        ("line", "Protokoll"),
        ("gap",),
        ("table", [
            ["Sammanträdesdatum", "2024-03-25"],
            ["Tid", "18.30–21.10"],
            ["Plats", "Folkets hus, stora salen"],
            ["Ordförande", "Bertil Strand"],
            ["Sekreterare", "Lena Kvist"],
            ["Justerare", "Ahmed Yusuf och Karin Dahl"],
        ], False),
        ("gap",),
    ]
    paras = [
        (21, "Val av revisorer 2024", "KS 2023/390", ["att välja Anna Sjö till revisor för resten av mandatperioden."]),
        (22, "Ny förskola i Östra Ekby", "KS 2023/455",
         ["att godkänna investeringen om 48 miljoner kronor,", "att finansiera investeringen med upplåning."]),
        (23, "Motion om solceller på kommunens tak", "KS 2023/101", ["att bifalla motionen."]),
        (24, "Reglemente för krisledningsnämnden", "KS 2024/12", ["att anta reglementet."]),
    ]
    want = []
    for n, title, dnr, atts in paras:
        b += [("tabbed", [f"Kf § {n}", title], True), ("line", f"Dnr {dnr}"),
              ("line", "Kommunstyrelsen har berett ärendet och föreslår fullmäktige att besluta enligt förslaget."),
              ("bold", "Kommunfullmäktiges beslut"), ("line", "Kommunfullmäktige beslutar")]
        b += [("line", a) for a in atts]
        b.append(("gap",))
        want.append(paragraph_want(f"KF § {n}", n, title, dnr, atts))
    b += signed("Lena Kvist", "Bertil Strand", "Ahmed Yusuf", "Karin Dahl")
    meeting = meeting_of("Kommunfullmäktige", "2024-03-25", "18.30–21.10", "Folkets hus, stora salen", "Bertil Strand",
                         "Lena Kvist", ["Ahmed Yusuf", "Karin Dahl"])
    return b, meeting, want


def avtal_paragrafer():
    """NOT a protocol: an agreement between a municipality and a company, "§ 1 Parter",
    "§ 2 Avtalets omfattning" … in bold, "Dnr KS 2024/301", words of decisions ("Kommun-
    styrelsen beslutade 2024-02-06, § 18, att …", "Parterna är överens om att …"), and the
    signatures "Ort och datum" / "För Ekby kommun" / "För Ekby Energi AB". No paragraph."""
    b = [
        ("tabbed", ["Ekby kommun", "Dnr KS 2024/301"], False),
        ("title", "Avtal om fjärrvärmeleverans till kommunens fastigheter", 14),
        ("gap",),
        ("bold", "§ 1 Parter"),
        ("line", "Ekby kommun, org.nr 212000-0000, nedan kallad kommunen, och Ekby Energi AB, org.nr 556000-0000."),
        ("bold", "§ 2 Bakgrund"),
        ("line", "Kommunstyrelsen beslutade 2024-02-06, § 18, att ingå avtal med Ekby Energi AB om leverans av fjärrvärme."),
        ("bold", "§ 3 Avtalets omfattning"),
        ("line", "Avtalet omfattar leverans av fjärrvärme till de fastigheter som anges i bilaga 1."),
        ("bold", "§ 4 Avtalstid"),
        ("line", "Avtalet gäller från och med 2024-04-01 till och med 2029-03-31."),
        ("bold", "§ 5 Pris"),
        ("line", "Parterna är överens om att priset räknas om årligen enligt bilaga 2."),
        ("bold", "§ 6 Tvist"),
        ("line", "Tvist om avtalets tolkning avgörs av allmän domstol."),
        ("gap",),
        ("line", "Detta avtal har upprättats i två likalydande exemplar, av vilka parterna tagit var sitt."),
        ("grid", [["För Ekby kommun", "För Ekby Energi AB"], ["Ekby 2024-03-01", "Ekby 2024-03-04"],
                  ["Lars Ekman, kommunstyrelsens ordförande", "Eva Ståhl, verkställande direktör"]]),
    ]
    return b, meeting_of(), []


def paragrafregister():
    """NOT a protocol: a board's register of the year's paragraphs ("Paragrafregister 2024,
    Kommunstyrelsen"): a grid § | Ärende | Dnr | Sammanträde | Sida, one row a paragraph,
    the titles of real decisions but no decision; and a note on where the minutes are kept."""
    rows = [["§", "Ärende", "Dnr", "Sammanträde", "Sida"]]
    items = [(1, "Val av justerare", "KS 2024/1", "2024-01-16", 3), (2, "Budget 2025, direktiv", "KS 2024/14", "2024-01-16", 4),
             (3, "Detaljplan för Norra hamnen", "KS 2023/412", "2024-01-16", 6),
             (4, "Riktlinjer för bostadsförsörjning", "KS 2024/19", "2024-01-16", 9),
             (5, "Val av ombud till Kommuninvest", "KS 2024/22", "2024-02-06", 3),
             (6, "Avtal om fjärrvärme", "KS 2024/301", "2024-02-06", 5),
             (7, "Årsredovisning 2023", "KS 2024/77", "2024-03-12", 3)]
    for n, t, d, m, p in items:
        rows.append([f"§ {n}", t, d, m, str(p)])
    b = [
        ("title", "Paragrafregister 2024", 15),
        ("line", "Kommunstyrelsen"),
        ("gap",),
        ("grid", rows),
        ("gap",),
        ("line", "Protokollen förvaras i kommunarkivet. Justerade protokoll finns på kommunens webbplats."),
    ]
    return b, meeting_of(), []


def foredragningslista():
    """NOT a protocol: a notice with its agenda ("Kallelse och föredragningslista"): "Tid",
    "Plats", then items "Ärende 4" in bold over the paragraph number they will get ("§ 45")
    and the title, "Dnr …", "Föredragande: …", "Handlingar: …" — no proposal, no decision —
    and the chair's and secretary's names at the end."""
    b = [
        ("title", "Kallelse och föredragningslista", 15),
        ("line", "Socialnämnden kallas till sammanträde."),
        ("gap",),
        ("line", "Tid: 2024-11-19 kl. 13.00"),
        ("line", "Plats: Kommunhuset, sal Eken"),
        ("gap",),
    ]
    items = [(1, 45, "Val av justerare", None, "Ordföranden"),
             (2, 46, "Budgetuppföljning oktober", "SN 2024/30", "Ekonomichef Maria Lund"),
             (3, 47, "Riktlinjer för ekonomiskt bistånd", "SN 2024/210", "Enhetschef Per Lo"),
             (4, 48, "Delegationsbeslut", "SN 2024/2", "Nämndsekreteraren")]
    for k, p, title, dnr, who in items:
        b.append(("tabbed", [f"Ärende {k}", f"§ {p}", title], True))
        if dnr:
            b.append(("line", f"Dnr {dnr}"))
        b += [("line", f"Föredragande: {who}"), ("line", "Handlingar: tjänsteskrivelse"), ("gap",)]
    b += [("line", "Anna Ljung, ordförande"), ("line", "Erik Bo, sekreterare")]
    return b, meeting_of(), []


# ---------------------------------------------------------------------------------------
# The fifteenth blind round (2026-12-04, session 9): structure, not new header words.


def utdrag_stampel():
    """A "Protokollsutdrag" of one paragraph as a council office certifies it: the body and
    "Sammanträdesdatum" in a header table, the head "KS § 45/2023" with the year and the
    title on the next line, "Kommunstyrelsen beslutar:" over hand-typed "1. Godkänna …" items
    (no "att"), "Beslutet skickas till" right after the last item, and the certified-copy
    stamp "Rätt utdraget intygar" over a name, a title and a date with "Justerandes sign"
    beside it: none of it after the items is a decision."""
    items = ["Godkänna delårsrapporten per den 31 augusti 2023.",
             "Uppdra åt kommundirektören att återkomma med en åtgärdsplan för de nämnder som visar underskott."]
    b = [
        ("title", "Utdrag ur protokoll", 15),
        ("table", [["Organ", "Kommunstyrelsen"], ["Sammanträdesdatum", "2023-10-03"]], False),
        ("gap",),
        ("bold", "KS § 145/2023"),
        ("bold", "Delårsrapport per augusti 2023"),
        ("line", "Dnr KS 2023/388"),
        ("bold", "Ärendet"),
        ("line", "Ekonomiavdelningen har sammanställt delårsrapporten. Prognosen visar ett överskott om 12 miljoner kronor."),
        ("line", "Kommunstyrelsen beslutar:"),
        *[("line", f"{k}. {t}") for k, t in enumerate(items, 1)],
        ("bold", "Beslutet skickas till"),
        ("line", "Kommunfullmäktige"),
        ("line", "Ekonomiavdelningen"),
        ("gap",),
        ("grid", [["Rätt utdraget intygar", "Justerandes sign"],
                  ["Maria Holm, nämndsekreterare", "Ekby 2023-10-09"]]),
    ]
    meeting = meeting_of("Kommunstyrelsen", "2023-10-03")
    return b, meeting, [paragraph_want("KS § 145", 145, "Delårsrapport per augusti 2023", "KS 2023/388", items)]


def paragraf_tabell():
    """A small nämnd's decision minutes kept as one grid: the heads "§ | Ärende | Beslut", a row
    a paragraph with the prefixed head "BUN § 12" in the first column, the title and the diary
    number (two lines) in the second, the decision sentence in the third; the meeting's fields
    in label/value lines above."""
    b = [
        ("title", "Barn- och utbildningsnämnden", 15),
        ("line", "Beslutsprotokoll"),
        ("gap",),
        ("labelled", "Datum", "2024-01-23"),
        ("labelled", "Tid", "17.00–18.45"),
        ("labelled", "Plats", "Skolkontoret, sal Lärkan"),
        ("labelled", "Ordförande", "Camilla Öst"),
        ("labelled", "Sekreterare", "Nils Rask"),
        ("labelled", "Justerare", "Omar Said"),
        ("gap",),
    ]
    rows = [
        (12, "Skolskjutsregler 2024", "BUN 2023/301", "Nämnden antar reglerna för skolskjuts."),
        (13, "Läsårstider 2024/2025", "BUN 2023/290", "Nämnden fastställer läsårstiderna enligt förvaltningens förslag."),
        (14, "Kvalitetsrapport för förskolan", "BUN 2024/4", "Nämnden lägger rapporten till handlingarna."),
        (15, "Yttrande över motion om fritidshem", "BUN 2023/311", "Nämnden avger yttrande enligt bilaga."),
    ]
    grid = [["§", "Ärende", "Beslut"]]
    want = []
    for n, title, dnr, decision in rows:
        grid.append([f"BUN § {n}", f"{title}\nDnr {dnr}", decision])
        want.append(paragraph_want(f"BUN § {n}", n, title, dnr, [decision]))
    b += [("grid", grid), ("gap",)]
    b += signed("Nils Rask", "Camilla Öst", "Omar Said")
    meeting = meeting_of("Barn- och utbildningsnämnden", "2024-01-23", "17.00–18.45", "Skolkontoret, sal Lärkan",
                         "Camilla Öst", "Nils Rask", ["Omar Said"])
    return b, meeting, want


def underrubriker():
    """A municipal board's paragraphs under sub-headings "Ärendet", "Beslutsunderlag",
    "Yrkanden" (an att-clause in a motion to refer back, not a decision), "Beslut",
    "Reservation", "Protokollsanteckning" (counted with the reservations, as omrostning-jav
    counts it), "Beslutet skickas till"; decisions without "att":
    "Kommunstyrelsen beslutar: 1. … 2. …" on one line, a bare "Nämnden godkänner …" sentence,
    and "Kommunstyrelsen beslutar" over hand-typed "1)" items."""
    b = [
        ("title", "Kommunstyrelsen", 16),
        ("line", "Protokoll"),
        ("gap",),
        ("table", [["Datum", "2024-09-10"], ["Tid", "09.00–12.00"], ["Plats", "Stadshuset, sal Ekbacken"],
                   ["Ordförande", "Lotta Ring"], ["Sekreterare", "Erik Sand"], ["Justerare", "Mona Berg"]], False),
        ("gap",),
    ]
    d1 = ["Anta översiktsplanen för Ekby kommun.", "Uppdra åt samhällsbyggnadsförvaltningen att ta fram en genomförandeplan."]
    d2 = ["Kommunstyrelsen godkänner redovisningen av den interna kontrollen 2024."]
    d3 = ["Bevilja Ekby idrottsförening ett bidrag om 150 000 kronor.", "Finansiera bidraget ur kommunstyrelsens oförutsedda medel."]
    b += [
        ("tabbed", ["KS § 201", "Översiktsplan för Ekby kommun"], True), ("line", "Dnr KS 2022/90"),
        ("bold", "Ärendet"), ("line", "Översiktsplanen har varit utställd under hösten och yttrandena har sammanställts."),
        ("bold", "Beslutsunderlag"), ("bullets", ["Tjänsteskrivelse 2024-08-20", "Utställningsutlåtande 2024-06-30"]),
        ("bold", "Yrkanden"),
        ("line", "Per Ek (M) yrkar att ärendet återremitteras. Lotta Ring (S) yrkar bifall till förslaget."),
        ("bold", "Beslut"),
        ("line", "Kommunstyrelsen beslutar: 1. " + d1[0] + " 2. " + d1[1]),
        ("bold", "Reservation"), ("line", "Per Ek (M) reserverar sig mot beslutet."),
        ("bold", "Beslutet skickas till"), ("line", "Samhällsbyggnadsförvaltningen"), ("gap",),
        ("tabbed", ["KS § 202", "Intern kontroll 2024"], True), ("line", "Dnr KS 2024/31"),
        ("bold", "Ärendet"), ("line", "Förvaltningen redovisar resultatet av den interna kontrollen."),
        ("bold", "Beslut"), ("line", d2[0]),
        ("bold", "Protokollsanteckning"), ("line", "Mona Berg (V) antecknar att kontrollen av inköp bör utökas."),
        ("bold", "Beslutet skickas till"), ("line", "Ekonomiavdelningen"), ("gap",),
        ("tabbed", ["KS § 203", "Bidrag till Ekby idrottsförening"], True), ("line", "Dnr KS 2024/140"),
        ("bold", "Ärendet"), ("line", "Föreningen har ansökt om bidrag till en ny konstgräsplan."),
        ("bold", "Beslut"), ("line", "Kommunstyrelsen beslutar"),
        *[("line", f"{k}) {t}") for k, t in enumerate(d3, 1)],
        ("bold", "Beslutet skickas till"), ("line", "Ekby idrottsförening"), ("line", "Ekonomiavdelningen"), ("gap",),
    ]
    want = [
        paragraph_want("KS § 201", 201, "Översiktsplan för Ekby kommun", "KS 2022/90", d1,
                       ["Tjänsteskrivelse 2024-08-20", "Utställningsutlåtande 2024-06-30"], 1),
        paragraph_want("KS § 202", 202, "Intern kontroll 2024", "KS 2024/31", d2, (), 1),
        paragraph_want("KS § 203", 203, "Bidrag till Ekby idrottsförening", "KS 2024/140", d3),
    ]
    b += signed("Erik Sand", "Lotta Ring", "Mona Berg")
    meeting = meeting_of("Kommunstyrelsen", "2024-09-10", "09.00–12.00", "Stadshuset, sal Ekbacken", "Lotta Ring",
                         "Erik Sand", ["Mona Berg"])
    return b, meeting, want


def extra_distans():
    """An extra meeting held on line: "Extra sammanträde", "Plats: Digitalt via Microsoft Teams",
    the members one a line under "Beslutande" with "deltar på distans" after each name and the
    chair's role between, "§ 1 Omedelbar justering" deciding that the minutes are adjusted at
    once, "Justering: digital, med BankID" and heads "§ 2<tab>Title"."""
    people = [("Sara Lind (S)", ", ordförande, deltar på distans"), ("Jan Ek (M)", ", deltar på distans"),
              ("Hiba Noor (V)", ", deltar på distans"), ("Lars Dal (C)", ", deltar på distans")]
    b = [
        ("title", "Krisledningsnämnden", 15),
        ("line", "Protokoll, extra sammanträde"),
        ("gap",),
        ("labelled", "Datum", "2024-07-02"),
        ("labelled", "Tid", "14.00–14.40"),
        ("labelled", "Plats", "Digitalt via Microsoft Teams"),
        ("gap",),
        ("labelled", "Beslutande", people[0][0] + people[0][1]),
        *[("labelled", "", p + r) for p, r in people[1:]],
        ("labelled", "Sekreterare", "Ida Holm, deltar på distans"),
        ("labelled", "Justerare", "Jan Ek"),
        ("labelled", "Justering", "Digital justering med BankID 2024-07-02"),
        ("gap",),
        ("tabbed", ["§ 1", "Omedelbar justering"], True),
        ("bold", "Beslut"),
        ("line", "Krisledningsnämnden beslutar att paragraferna 1–3 justeras omedelbart."),
        ("gap",),
        ("tabbed", ["§ 2", "Beredskap vid vattenbrist i Ekby"], True),
        ("line", "Dnr KLN 2024/3"),
        ("line", "Grundvattennivåerna är låga och förvaltningen föreslår bevattningsförbud."),
        ("bold", "Beslut"),
        ("line", "Krisledningsnämnden beslutar att införa bevattningsförbud i Ekby tätort från den 3 juli 2024."),
        ("gap",),
        ("tabbed", ["§ 3", "Information till allmänheten"], True),
        ("line", "Dnr KLN 2024/4"),
        ("line", "Kommunikationschefen redogör för hur allmänheten informeras."),
        ("bold", "Beslut"),
        ("line", "Krisledningsnämnden noterar informationen."),
        ("gap",),
    ]
    b += signed("Ida Holm", "Sara Lind", "Jan Ek")
    want = [
        paragraph_want("§ 1", 1, "Omedelbar justering", None,
                       ["Krisledningsnämnden beslutar att paragraferna 1–3 justeras omedelbart."]),
        paragraph_want("§ 2", 2, "Beredskap vid vattenbrist i Ekby", "KLN 2024/3",
                       ["Krisledningsnämnden beslutar att införa bevattningsförbud i Ekby tätort från den 3 juli 2024."]),
        paragraph_want("§ 3", 3, "Information till allmänheten", "KLN 2024/4", ["Krisledningsnämnden noterar informationen."]),
    ]
    meeting = meeting_of("Krisledningsnämnden", "2024-07-02", "14.00–14.40", "Digitalt via Microsoft Teams", "Sara Lind",
                         "Ida Holm", ["Jan Ek"], ["Sara Lind", "Jan Ek", "Hiba Noor", "Lars Dal"])
    return b, meeting, want


def _bundle_part(body, date, place, chair, secretary, adjuster, paras, prefix):
    b = [
        ("title", body, 15),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("table", [["Sammanträdesdatum", date], ["Tid", "13.00–15.00"], ["Plats", place], ["Ordförande", chair],
                   ["Sekreterare", secretary], ["Justerare", adjuster]], False),
        ("gap",),
    ]
    want = []
    for n, title, dnr, decision in paras:
        b += [("tabbed", [f"§ {n}", title], True), ("line", f"Dnr {prefix} {dnr}"),
              ("line", "Ärendet har beretts av förvaltningen."), ("bold", "Beslut"), ("line", decision), ("gap",)]
        w = paragraph_want(f"§ {n}", n, title, f"{prefix} {dnr}", [decision])
        w["body"], w["date"] = body, date
        want.append(w)
    b += signed(secretary, chair, adjuster)
    return b, want


def samlingsprotokoll():
    """Several protocols in one PDF, as a municipality publishes a day's meetings: the
    arbetsutskott's minutes (§ 1–3) and, after a page break, the personnel committee's own
    minutes with their own header, date and chair and their paragraphs numbered from § 1
    again. Each paragraph row carries its own protocol's body and date (the want's "body" and
    "date" per paragraph); the meeting fields checked are the first protocol's."""
    b1, w1 = _bundle_part("Kommunstyrelsens arbetsutskott", "2024-04-09", "Kommunhuset, rum Björken", "Lena Wik",
                          "Tor Ahl", "Ali Khan",
                          [(1, "Val av justerare", "2024/1", "Arbetsutskottet utser Ali Khan att justera protokollet."),
                           (2, "Budgetuppföljning mars", "2024/60", "Arbetsutskottet noterar informationen."),
                           (3, "Lokalförsörjningsplan 2025–2028", "2024/71",
                            "Arbetsutskottet föreslår kommunstyrelsen att anta planen.")], "KS")
    b2, w2 = _bundle_part("Kommunstyrelsens personalutskott", "2024-04-09", "Kommunhuset, rum Aspen", "Eva Borg",
                          "Tor Ahl", "Kent Lid",
                          [(1, "Lönekartläggning 2024", "2024/55", "Personalutskottet godkänner lönekartläggningen."),
                           (2, "Friskvårdsbidrag", "2024/58", "Personalutskottet höjer friskvårdsbidraget till 3 000 kronor.")],
                          "KS")
    meeting = meeting_of("Kommunstyrelsens arbetsutskott", "2024-04-09", "13.00–15.00", "Kommunhuset, rum Björken",
                         "Lena Wik", "Tor Ahl", ["Ali Khan"])
    return b1 + [("page",)] + b2, meeting, w1 + w2


def board_items_en():
    """A Swedish municipal company's board minutes in English: "Minutes of Board Meeting
    No. 3/2024", the fields as "Date:", "Time:", "Venue:", "Present:" (one name a line, the
    chair's role after), items "Item 4<tab>Title", a "Resolved" heading over the decision, an
    item that only informs, and "Chairman" / "Secretary" / "Minutes checked by" under the
    names. We read "Item N" as the paragraph's label and "Resolved" as English for "Beslut"."""
    b = [
        ("title", "Ekby Hamn AB", 15),
        ("line", "Minutes of Board Meeting No. 3/2024"),
        ("gap",),
        ("labelled", "Date:", "2024-05-21"),
        ("labelled", "Time:", "10.00–12.00"),
        ("labelled", "Venue:", "Harbour office, Kajen 1, Ekby"),
        ("labelled", "Present:", "Maria Stenberg, Chairman"),
        ("labelled", "", "Oskar Lund"),
        ("labelled", "", "Anna Frid"),
        ("labelled", "", "Peter Hall, Secretary"),
        ("gap",),
    ]
    items = [
        (1, "Opening of the meeting", "The Chairman opened the meeting.", None),
        (2, "Approval of the agenda", "The proposed agenda was presented.", "The Board approved the agenda."),
        (3, "Report from the Managing Director", "The Managing Director reported on traffic volumes in the first quarter.", None),
        (4, "Investment in a new quay crane", "The management proposed an investment of SEK 38 million.",
         "The Board approved the investment within the adopted budget."),
        (5, "Closing of the meeting", "The Chairman closed the meeting.", None),
    ]
    want = []
    for n, title, text, decision in items:
        b += [("tabbed", [f"Item {n}", title], True), ("line", text)]
        if decision:
            b += [("bold", "Resolved"), ("line", decision)]
        b.append(("gap",))
        want.append(paragraph_want(f"Item {n}", n, title, None, [decision] if decision else []))
    b += [("line", "Minutes taken by"), ("line", "Peter Hall"), ("gap",), ("line", "Minutes checked by"),
          ("tabbed", ["Maria Stenberg", "Oskar Lund"], False)]
    meeting = meeting_of(None, "2024-05-21", "10.00–12.00", "Harbour office, Kajen 1, Ekby", "Maria Stenberg",
                         "Peter Hall", [], ["Maria Stenberg", "Oskar Lund", "Anna Frid", "Peter Hall"])
    return b, meeting, want


def prefix_ar_rubrik():
    """A council's heads as Platina prints some templates: the prefixed head with its year
    "KF § 45/2023" alone on a bold line, the title in bold on the next line and long enough
    to wrap, the diary number below with "Diarienummer", then "Kommunstyrelsens förslag"
    (att-lines of the proposal) before "Kommunfullmäktiges beslut" (the decision's)."""
    b = [
        ("title", "Kommunfullmäktige", 16),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("table", [["Sammanträdesdatum", "2023-06-19"], ["Tid", "18.00–21.30"], ["Plats", "Folkets hus, Ekby"],
                   ["Ordförande", "Gunilla Strand"], ["Sekreterare", "Petra Vik"],
                   ["Justerare", "Rolf Ahl och Nadia Karim"]], False),
        ("gap",),
    ]
    paras = [
        (45, "Ändring av förbundsordning och reglemente för Räddningstjänsten Ekbydalen med anledning av ny lag om skydd mot olyckor",
         "KS 2023/120", ["att godkänna den ändrade förbundsordningen,", "att anta det ändrade reglementet."]),
        (46, "Revisionsberättelse och ansvarsfrihet för år 2022 för styrelsen i Samordningsförbundet Ekbydalen",
         "KS 2023/98", ["att bevilja styrelsen ansvarsfrihet för år 2022."]),
        (47, "Motion om fler laddstolpar", "KS 2022/301", ["att avslå motionen."]),
    ]
    want = []
    for n, title, dnr, atts in paras:
        b += [("bold", f"KF § {n}/2023"), ("bold", title), ("line", f"Diarienummer: {dnr}"),
              ("line", "Kommunstyrelsen har berett ärendet."),
              ("bold", "Kommunstyrelsens förslag"), *[("line", a) for a in atts],
              ("bold", "Kommunfullmäktiges beslut"), ("line", "Kommunfullmäktige bifaller kommunstyrelsens förslag.")]
        b.append(("gap",))
        want.append(paragraph_want(f"KF § {n}", n, title, dnr, ["Kommunfullmäktige bifaller kommunstyrelsens förslag."]))
    b += signed("Petra Vik", "Gunilla Strand", "Rolf Ahl", "Nadia Karim")
    meeting = meeting_of("Kommunfullmäktige", "2023-06-19", "18.00–21.30", "Folkets hus, Ekby", "Gunilla Strand",
                         "Petra Vik", ["Rolf Ahl", "Nadia Karim"])
    return b, meeting, want


def hsn_rader():
    """A region's board whose paragraphs are rows of a borderless two-column table: the left
    cell "HSN § 112" and the diary number in the region's form ("HSN 2023-0456") under it, the
    right cell the title, a long text, "Beslut" and att-lines; the rows are long enough that
    two of them break over a page, their text running on in the next page's row."""
    b = [
        ("title", "Hälso- och sjukvårdsnämnden", 15),
        ("line", "Protokoll"),
        ("gap",),
        ("table", [["Datum", "2023-11-16"], ["Tid", "09.30–15.00"], ["Plats", "Regionens hus, sal Linnéa"],
                   ["Ordförande", "Karin Björk"], ["Sekreterare", "Sofia Åman"], ["Justerare", "Mikael Rost"]], False),
        ("gap",),
    ]
    paras = [
        (112, "Vårdval i primärvården 2024", "HSN 2023-0456",
         ["att anta förfrågningsunderlaget för vårdval 2024,", "att ersättningen räknas upp med 2,5 procent."]),
        (113, "Tillgänglighet i specialistvården", "HSN 2023-0470", ["att lägga rapporten till handlingarna."]),
        (114, "Avgifter i hälso- och sjukvården 2024", "HSN 2023-0501",
         ["att föreslå regionfullmäktige att fastställa avgifterna,", "att avgifterna gäller från den 1 januari 2024."]),
    ]
    want = []
    for k, (n, title, dnr, atts) in enumerate(paras):
        right = [("bold", title)] + _long(4 * k, 16) + [("bold", "Beslut"), ("line", "Hälso- och sjukvårdsnämnden beslutar")]
        right += [("line", a) for a in atts]
        b += [("split", [("bold", f"HSN § {n}"), ("line", dnr)], right), ("gap",)]
        want.append(paragraph_want(f"HSN § {n}", n, title, dnr, atts))
    b += signed("Sofia Åman", "Karin Björk", "Mikael Rost")
    meeting = meeting_of("Hälso- och sjukvårdsnämnden", "2023-11-16", "09.30–15.00", "Regionens hus, sal Linnéa",
                         "Karin Björk", "Sofia Åman", ["Mikael Rost"])
    return b, meeting, want


def tjanst_hanvisning():
    """NOT a protocol: an official's report (tjänsteskrivelse) citing an earlier paragraph many
    times, the citation opening lines in bold ("§ 45 i kommunstyrelsens protokoll …"), as a
    sub-heading "Tidigare beslut, KS § 45/2023" and inside sentences, with "Förslag till
    beslut" over att-lines and a "Beslutsunderlag" list: it decides nothing."""
    b = [
        ("tabbed", ["Ekby kommun", "Dnr KS 2024/88"], False),
        ("line", "Tjänsteskrivelse 2024-02-01"),
        ("title", "Uppföljning av beslut om lokalförsörjning", 14),
        ("gap",),
        ("bold", "Förslag till beslut"),
        ("line", "att lägga uppföljningen till handlingarna,"),
        ("line", "att uppdraget enligt § 45 anses slutfört."),
        ("bold", "Tidigare beslut, KS § 45/2023"),
        ("bold", "§ 45 i kommunstyrelsens protokoll 2023-03-14"),
        ("line", "gav förvaltningen i uppdrag att ta fram en lokalförsörjningsplan."),
        ("bold", "§ 46 samma dag"),
        ("line", "gällde finansieringen av planens första etapp."),
        ("line", "Uppdraget enligt § 45 har genomförts och planen antogs av fullmäktige (KF § 112/2023)."),
        ("bold", "Beslutsunderlag"),
        ("bullets", ["Kommunstyrelsens protokoll 2023-03-14, § 45", "Lokalförsörjningsplan 2024–2027"]),
        ("gap",),
        ("line", "Karin Ek"),
        ("line", "Kommundirektör"),
    ]
    return b, meeting_of(), []


def forordning():
    """NOT a protocol: a law text as the statute book prints it: "3 kap. Tillsyn" chapter
    heads, sections "1 §", "2 §", "2 a §" opening their paragraphs, bold "4 §" alone on a line,
    a section saying what a protocol shall hold, "Övergångsbestämmelser"."""
    b = [
        ("title", "Förordning (2024:123) om kommunal tillsyn", 14),
        ("line", "Utfärdad den 15 februari 2024"),
        ("gap",),
        ("bold", "1 kap. Inledande bestämmelser"),
        ("line", "1 § Denna förordning innehåller bestämmelser om kommunernas tillsyn."),
        ("line", "2 § Med tillsynsmyndighet avses den nämnd som kommunfullmäktige utser."),
        ("line", "2 a § Nämnden ska föra protokoll över sina beslut. Protokollet ska justeras senast fjorton dagar efter sammanträdet."),
        ("bold", "2 kap. Tillsyn"),
        ("bold", "3 §"),
        ("line", "Tillsynsmyndigheten beslutar om förelägganden och förbud."),
        ("bold", "4 §"),
        ("line", "Ett beslut enligt 3 § ska innehålla skälen för beslutet."),
        ("bold", "3 kap. Avgifter"),
        ("line", "5 § Kommunfullmäktige beslutar om avgifter för tillsynen."),
        ("bold", "Övergångsbestämmelser"),
        ("line", "Denna förordning träder i kraft den 1 juli 2024."),
    ]
    return b, meeting_of(), []


FIFTEENTH_SHAPES = {
    "utdrag-stampel": utdrag_stampel,
    "paragraf-tabell": paragraf_tabell,
    "underrubriker": underrubriker,
    "extra-distans": extra_distans,
    "samlingsprotokoll": samlingsprotokoll,
    "board-items-en": board_items_en,
    "prefix-ar-rubrik": prefix_ar_rubrik,
    "hsn-rader": hsn_rader,
    "tjanst-hanvisning": tjanst_hanvisning,
    "forordning": forordning,
}


# ---------------------------------------------------------------------------------------
# The sixteenth blind round (2026-12-04, session 10): structure, not new header words.


def dnr_huvudcell():
    """A nämnd whose paragraphs are rows of a borderless two-column table, the left cell one
    plain run "§ 12 Dnr KS 2023/112" that wraps in its narrow cell (head and diary number in
    one paragraph), the right cell the bold title, the case, "Beslut" and the decision
    sentence."""
    b = [
        ("title", "Tekniska nämnden", 15),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("table", [["Datum", "2024-03-12"], ["Tid", "13.15–16.00"], ["Plats", "Stadshuset, sal Tallen"],
                   ["Ordförande", "Bengt Åkesson"], ["Sekreterare", "Lina Frost"], ["Justerare", "Hassan Ali"]], False),
        ("gap",),
    ]
    paras = [
        (12, "Taxa för vatten och avlopp 2025", "TN 2023/112",
         "Tekniska nämnden föreslår kommunfullmäktige att anta taxan."),
        (13, "Upphandling av vinterväghållning", "TN 2024/15",
         "Tekniska nämnden godkänner förfrågningsunderlaget."),
        (14, "Trafiksäkerhetsplan för Ekby centrum", "TN 2023/240",
         "Tekniska nämnden antar trafiksäkerhetsplanen med de ändringar som framgår av bilagan."),
        (15, "Redovisning av delegationsbeslut", "TN 2024/3",
         "Tekniska nämnden lägger redovisningen till handlingarna."),
    ]
    want = []
    for k, (n, title, dnr, decision) in enumerate(paras):
        right = [("bold", title)] + _long(k, 2) + [("bold", "Beslut"), ("line", decision)]
        b += [("split", [("line", f"§ {n} Dnr {dnr}")], right), ("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += signed("Lina Frost", "Bengt Åkesson", "Hassan Ali")
    meeting = meeting_of("Tekniska nämnden", "2024-03-12", "13.15–16.00", "Stadshuset, sal Tallen", "Bengt Åkesson",
                         "Lina Frost", ["Hassan Ali"])
    return b, meeting, want


def forts_mitt_beslut():
    """Council minutes under a running header whose paragraphs break over a page in the middle
    of the decision: "Kommunfullmäktige beslutar" and the first att-lines on one page, the next
    page opening with the repeated head and title "§ 88 (forts.) Budget 2025 …" and the rest
    of the att-lines; a second break between the head and the title's paragraph text with
    "forts. § 89" alone on the new page."""
    b = [
        ("header", "Kommunfullmäktige, sammanträdesprotokoll 2024-11-25"),
        ("title", "Kommunfullmäktige", 16),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("table", [["Sammanträdesdatum", "2024-11-25"], ["Tid", "18.00–22.10"], ["Plats", "Folkets hus, Ekby"],
                   ["Ordförande", "Ingrid Svahn"], ["Sekreterare", "Malin Ros"],
                   ["Justerare", "Kjell Nord och Amira Haddad"]], False),
        ("gap",),
    ]
    a88 = ["att fastställa budget 2025 och plan 2026–2027,", "att fastställa skattesatsen till 21,35 kronor,",
           "att fastställa nämndernas ramar enligt bilaga 1,", "att ge kommunstyrelsen rätt att nyupplåna 120 miljoner kronor,",
           "att uppdra åt nämnderna att redovisa internbudget senast den 31 januari 2025."]
    a89 = ["att anta taxan för räddningstjänstens tillsyn,", "att taxan gäller från den 1 januari 2025."]
    a90 = ["att avslå motionen."]
    b += [("tabbed", ["§ 88", "Budget 2025 och plan 2026–2027"], True), ("line", "Dnr KS 2024/201")]
    b += _long(0, 14)
    b += [("bold", "Beslut"), ("line", "Kommunfullmäktige beslutar"), *[("line", a) for a in a88[:2]], ("page",),
          ("bold", "§ 88 (forts.) Budget 2025 och plan 2026–2027"), *[("line", a) for a in a88[2:]], ("gap",)]
    b += [("tabbed", ["§ 89", "Taxa för tillsyn enligt lagen om skydd mot olyckor"], True), ("line", "Dnr KS 2024/188")]
    b += _long(3, 12)
    b += [("page",), ("bold", "forts. § 89")] + _long(5, 3)
    b += [("bold", "Beslut"), ("line", "Kommunfullmäktige beslutar"), *[("line", a) for a in a89], ("gap",)]
    b += [("tabbed", ["§ 90", "Motion om gratis kollektivtrafik för unga"], True), ("line", "Dnr KS 2023/344"),
          ("line", "Kommunstyrelsen föreslår att motionen avslås."),
          ("bold", "Beslut"), ("line", "Kommunfullmäktige beslutar"), *[("line", a) for a in a90], ("gap",)]
    b += signed("Malin Ros", "Ingrid Svahn", "Kjell Nord", "Amira Haddad")
    want = [
        paragraph_want("§ 88", 88, "Budget 2025 och plan 2026–2027", "KS 2024/201", a88),
        paragraph_want("§ 89", 89, "Taxa för tillsyn enligt lagen om skydd mot olyckor", "KS 2024/188", a89),
        paragraph_want("§ 90", 90, "Motion om gratis kollektivtrafik för unga", "KS 2023/344", a90),
    ]
    meeting = meeting_of("Kommunfullmäktige", "2024-11-25", "18.00–22.10", "Folkets hus, Ekby", "Ingrid Svahn",
                         "Malin Ros", ["Kjell Nord", "Amira Haddad"])
    return b, meeting, want


def narvaro_bilaga():
    """A nämnd's minutes whose attendance stands only in an appendix after the signatures:
    "Bilaga 1 Närvarolista" on a page of its own, a grid "Ledamot | Parti | Närvarande" with
    "Ja"/"Nej", then "Ersättare | Parti | Tjänstgör" with "Ja" for the one serving (the top
    says only "Närvaro: Se bilaga 1"); heads "§ 41<tab>Title", "Diarienummer:" below."""
    b = [
        ("title", "Miljö- och byggnadsnämnden", 15),
        ("line", "Protokoll"),
        ("gap",),
        ("labelled", "Sammanträdesdatum", "2024-05-08"),
        ("labelled", "Tid", "08.30–11.45"),
        ("labelled", "Plats", "Kommunhuset, rum Lönnen"),
        ("labelled", "Ordförande", "Elin Dahl"),
        ("labelled", "Sekreterare", "Jonas Berg"),
        ("labelled", "Justerare", "Roger Lind"),
        ("labelled", "Närvaro", "Se bilaga 1"),
        ("gap",),
    ]
    paras = [
        (41, "Bygglov för flerbostadshus, Ekby 4:12", "MBN 2024/210", "Miljö- och byggnadsnämnden beviljar bygglov."),
        (42, "Strandskyddsdispens, Åby 1:3", "MBN 2024/177", "Miljö- och byggnadsnämnden avslår ansökan om dispens."),
        (43, "Tillsynsplan 2024", "MBN 2024/5", "Miljö- och byggnadsnämnden antar tillsynsplanen."),
    ]
    want = []
    for n, title, dnr, decision in paras:
        b += [("tabbed", [f"§ {n}", title], True), ("line", f"Diarienummer: {dnr}"),
              ("line", "Förvaltningen har utrett ärendet."), ("bold", "Beslut"), ("line", decision), ("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += signed("Jonas Berg", "Elin Dahl", "Roger Lind")
    b += [("page",), ("bold", "Bilaga 1 Närvarolista"), ("gap",),
          ("grid", [["Ledamot", "Parti", "Närvarande"], ["Elin Dahl", "C", "Ja"], ["Roger Lind", "S", "Ja"],
                    ["Petra Holm", "M", "Nej"], ["Ove Strid", "SD", "Ja"], ["Sanna Ek", "V", "Nej"]]),
          ("gap",),
          ("grid", [["Ersättare", "Parti", "Tjänstgör"], ["Kent Alm", "M", "Ja"], ["Tove Ring", "S", "Nej"]])]
    meeting = meeting_of("Miljö- och byggnadsnämnden", "2024-05-08", "08.30–11.45", "Kommunhuset, rum Lönnen", "Elin Dahl",
                         "Jonas Berg", ["Roger Lind"], ["Elin Dahl", "Roger Lind", "Ove Strid", "Kent Alm"])
    return b, meeting, want


def beslut_marginal():
    """Minutes in a Word template with side headings: every section's name stands in a left
    margin of 3.5 cm on the first line of its text, the text hanging beside it ("Beslut<tab>
    Kommunstyrelsen beslutar att …" wrapping under the indent, the next att-line with an empty
    margin), "Diarienummer<tab>KS 2024/51", "Ärendet<tab>…", "Yrkanden<tab>…" (a motion to
    reject: no decision) and "Reservation<tab>…"; heads "§ 56<tab>Title" in bold."""
    b = [
        ("title", "Kommunstyrelsen", 16),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("hanging", "Datum", "2024-04-16"),
        ("hanging", "Tid", "09.00–11.30"),
        ("hanging", "Plats", "Kommunhuset, sal Eken"),
        ("hanging", "Ordförande", "Anders Vinter"),
        ("hanging", "Sekreterare", "Hanna Strid"),
        ("hanging", "Justerare", "Fatima Noor"),
        ("gap",),
    ]
    paras = [
        (56, "Ny förskola i Norra Ekby", "KS 2024/51",
         ["att godkänna investeringen om 64 miljoner kronor för en ny förskola med åtta avdelningar i Norra Ekby,",
          "att finansieringen sker genom upplåning."], 1),
        (57, "Riktlinjer för representation", "KS 2024/66",
         ["att anta riktlinjerna för representation, gåvor och uppvaktning."], 0),
        (58, "Yttrande till länsstyrelsen om vindkraftspark Höjden", "KS 2024/80",
         ["att avge yttrande enligt förvaltningens förslag,", "att paragrafen justeras omedelbart."], 0),
    ]
    want = []
    for n, title, dnr, atts, res in paras:
        b += [("tabbed", [f"§ {n}", title], True), ("hanging", "Diarienummer", dnr),
              ("hanging", "Ärendet", "Förvaltningen har berett ärendet och redovisar sitt förslag i en tjänsteskrivelse som har skickats ut med kallelsen.")]
        if res:
            b.append(("hanging", "Yrkanden", "Per Sjö (M) yrkar att ärendet avslås. Ordföranden yrkar bifall till förslaget."))
        b.append(("hanging", "Beslut", "Kommunstyrelsen beslutar " + atts[0]))
        b += [("hanging", "", a) for a in atts[1:]]
        if res:
            b.append(("hanging", "Reservation", "Per Sjö (M) reserverar sig mot beslutet."))
        b.append(("gap",))
        # One att-clause on the "beslutar" line stays in its sentence (as extra-distans wants
        # it); several are the list.
        decisions = atts if len(atts) > 1 else ["Kommunstyrelsen beslutar " + atts[0]]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, decisions, (), res))
    b += signed("Hanna Strid", "Anders Vinter", "Fatima Noor")
    meeting = meeting_of("Kommunstyrelsen", "2024-04-16", "09.00–11.30", "Kommunhuset, sal Eken", "Anders Vinter",
                         "Hanna Strid", ["Fatima Noor"])
    return b, meeting, want


def gemensam_namnd():
    """A joint board of two municipalities: the first line names both ("Ekby kommun<tab>Åby
    kommun"), the body "Gemensamma överförmyndarnämnden" in the title, "Värdkommun: Ekby";
    heads "ÖFN § 7<tab>Title", each with two diary numbers on two lines ("Dnr ÖFN 2024/31" the
    board's, "Åby kommuns dnr 2024-000412" the other's), the decision after "Nämnden beslutar"."""
    b = [
        ("tabbed", ["Ekby kommun", "Åby kommun"], False),
        ("title", "Gemensamma överförmyndarnämnden", 15),
        ("line", "Protokoll"),
        ("line", "Värdkommun: Ekby kommun"),
        ("gap",),
        ("table", [["Datum", "2024-02-27"], ["Tid", "14.00–15.30"], ["Plats", "Åby kommunhus, rum Ladan"],
                   ["Ordförande", "Gun Ek (Ekby)"], ["Sekreterare", "Tina Roos"], ["Justerare", "Olle Falk (Åby)"]], False),
        ("gap",),
    ]
    paras = [
        (7, "Verksamhetsberättelse 2023", "ÖFN 2024/31", "2024-000412",
         ["att godkänna verksamhetsberättelsen för 2023."]),
        (8, "Arvoden till ställföreträdare 2024", "ÖFN 2024/35", "2024-000430",
         ["att fastställa arvodena enligt bilaga,", "att arvodena gäller från den 1 januari 2024."]),
        (9, "Internkontrollplan 2024", "ÖFN 2024/40", "2024-000455", ["att anta internkontrollplanen."]),
    ]
    want = []
    for n, title, dnr, other, atts in paras:
        b += [("tabbed", [f"ÖFN § {n}", title], True), ("line", f"Dnr {dnr}"), ("line", f"Åby kommuns dnr {other}"),
              ("line", "Handläggaren redogör för ärendet."), ("line", "Nämnden beslutar"), *[("line", a) for a in atts],
              ("gap",)]
        want.append(paragraph_want(f"ÖFN § {n}", n, title, dnr, atts))
    b += signed("Tina Roos", "Gun Ek", "Olle Falk")
    meeting = meeting_of("Gemensamma överförmyndarnämnden", "2024-02-27", "14.00–15.30", "Åby kommunhus, rum Ladan",
                         "Gun Ek", "Tina Roos", ["Olle Falk"])
    return b, meeting, want


def foredragningslista_forslag():
    """NOT a protocol: a board's agenda ("Föredragningslista") printed with the meeting's
    fields as a protocol has them (Datum, Tid, Plats, Ordförande, Sekreterare, "Förslag till
    justerare"), twelve items "§ 1<tab>Title" in bold with "Dnr" below and a proposal phrased
    as the decision will be ("Förslag till beslut" over "Kommunstyrelsen beslutar att …"),
    signed by nobody. The numbers are the agenda's: nothing is decided."""
    b = [
        ("title", "Kommunstyrelsen", 16),
        ("line", "Föredragningslista"),
        ("gap",),
        ("table", [["Datum", "2024-10-08"], ["Tid", "09.00"], ["Plats", "Kommunhuset, sal Eken"],
                   ["Ordförande", "Anders Vinter"], ["Sekreterare", "Hanna Strid"],
                   ["Förslag till justerare", "Fatima Noor"]], False),
        ("gap",),
    ]
    items = ["Val av justerare", "Godkännande av dagordning", "Delårsrapport augusti 2024", "Budget 2025",
             "Taxa för bygglov", "Motion om solceller", "Riktlinjer för sponsring", "Detaljplan för Ekby 3:1",
             "Medborgarförslag om hundrastgård", "Delegationsbeslut", "Meddelanden", "Övriga frågor"]
    for n, t in enumerate(items, 1):
        b += [("tabbed", [f"§ {n}", t], True)]
        if 3 <= n <= 10:
            b += [("line", f"Dnr KS 2024/{100 + 7 * n}"), ("bold", "Förslag till beslut"),
                  ("line", "Kommunstyrelsen beslutar att godkänna förvaltningens förslag.")]
    b += [("gap",), ("line", "Anders Vinter"), ("line", "Ordförande")]
    return b, meeting_of(), []


def rubrik_sidbrytning():
    """A nämnd's minutes under a running header where a paragraph's head "§ 24" falls alone at
    the foot of a page (the author's template does not keep it with its title) and its bold
    title opens the next page under the header; the other heads "§ 23" over the title too."""
    b = [
        ("header", "Socialnämnden  Protokoll 2024-06-18"),
        ("title", "Socialnämnden", 15),
        ("line", "Protokoll"),
        ("gap",),
        ("table", [["Datum", "2024-06-18"], ["Tid", "13.00–16.30"], ["Plats", "Socialkontoret, rum Vinden"],
                   ["Ordförande", "Karl Holm"], ["Sekreterare", "Eva Kvist"], ["Justerare", "Leila Aziz"]], False),
        ("gap",),
    ]
    paras = [
        (23, "Verksamhetsplan för individ- och familjeomsorgen 2025", "SN 2024/90",
         "Socialnämnden antar verksamhetsplanen."),
        (24, "Ändrade riktlinjer för ekonomiskt bistånd", "SN 2024/102",
         "Socialnämnden antar de ändrade riktlinjerna att gälla från den 1 augusti 2024."),
        (25, "Rapport om ej verkställda beslut", "SN 2024/7",
         "Socialnämnden lägger rapporten till handlingarna."),
    ]
    want = []
    for k, (n, title, dnr, decision) in enumerate(paras):
        b.append(("bold", f"§ {n}"))
        if n == 24:
            b.append(("page",))
        b += [("bold", title), ("line", f"Dnr {dnr}")] + _long(2 * k, 20 if n == 23 else 3)
        b += [("bold", "Beslut"), ("line", decision), ("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += signed("Eva Kvist", "Karl Holm", "Leila Aziz")
    meeting = meeting_of("Socialnämnden", "2024-06-18", "13.00–16.30", "Socialkontoret, rum Vinden", "Karl Holm",
                         "Eva Kvist", ["Leila Aziz"])
    return b, meeting, want


def rubrikcell_smal():
    """A nämnd's decisions kept in one bordered grid whose first column is narrow: the head
    "KS § 112" wraps in its cell ("KS §" over "112") on every producer, the title in the
    second column (wrapping too), the diary number in the third, the decision sentence in the
    fourth."""
    b = [
        ("title", "Kommunstyrelsens arbetsutskott", 15),
        ("line", "Beslutsprotokoll"),
        ("gap",),
        ("labelled", "Datum", "2024-02-06"),
        ("labelled", "Tid", "08.30–10.00"),
        ("labelled", "Plats", "Kommunhuset, rum Björken"),
        ("labelled", "Ordförande", "Lena Wik"),
        ("labelled", "Sekreterare", "Tor Ahl"),
        ("labelled", "Justerare", "Ali Khan"),
        ("gap",),
    ]
    rows = [
        (112, "Remiss om regional transportplan för Ekbydalen 2026–2037", "KS 2024/20",
         "Arbetsutskottet föreslår kommunstyrelsen att avge yttrande enligt förvaltningens förslag."),
        (113, "Markanvisning Norra hamnen", "KS 2023/415", "Arbetsutskottet godkänner markanvisningsavtalet."),
        (114, "Bidrag till Ekby hembygdsförening", "KS 2024/31", "Arbetsutskottet beviljar bidrag om 25 000 kronor."),
        (115, "Informationsärenden", "KS 2024/1", "Arbetsutskottet noterar informationen."),
    ]
    grid = [["§", "Ärende", "Dnr", "Beslut"]]
    want = []
    for n, title, dnr, decision in rows:
        grid.append([f"KS § {n}", title, dnr, decision])
        want.append(paragraph_want(f"KS § {n}", n, title, dnr, [decision]))
    b += [("narrowgrid", grid), ("gap",)]
    b += signed("Tor Ahl", "Lena Wik", "Ali Khan")
    meeting = meeting_of("Kommunstyrelsens arbetsutskott", "2024-02-06", "08.30–10.00", "Kommunhuset, rum Björken",
                         "Lena Wik", "Tor Ahl", ["Ali Khan"])
    return b, meeting, want


def dnr_i_rubrik():
    """Heads that carry their diary number inside the title line, as small boards type them:
    "§ 12 Detaljplan för Ekby 3:1 (dnr BN 2024/12)", "§ 13 Motion om solceller, BN 2023/301",
    "§ 14 Ansökan om bygglov – BN 2024/40"; the decision as "Byggnadsnämnden beslutar att …"
    under a bold "Beslut"."""
    b = [
        ("title", "Byggnadsnämnden", 15),
        ("line", "Protokoll"),
        ("gap",),
        ("labelled", "Datum", "2024-08-21"),
        ("labelled", "Tid", "15.00–17.10"),
        ("labelled", "Plats", "Kommunhuset, sal Eken"),
        ("labelled", "Ordförande", "Siv Lund"),
        ("labelled", "Sekreterare", "Axel Berg"),
        ("labelled", "Justerare", "Nils Ö"),
        ("gap",),
    ]
    paras = [
        (12, "Detaljplan för Ekby 3:1", "BN 2024/12", "{t} (dnr {d})",
         "Byggnadsnämnden beslutar att godkänna planen för samråd."),
        (13, "Yttrande över motion om solceller på kommunens tak", "BN 2023/301", "{t}, {d}",
         "Byggnadsnämnden beslutar att avge yttrande enligt förvaltningens förslag."),
        (14, "Ansökan om bygglov för garage, Åby 2:7", "BN 2024/40", "{t} – {d}",
         "Byggnadsnämnden beslutar att bevilja bygglov."),
    ]
    want = []
    for n, title, dnr, form, decision in paras:
        b += [("bold", f"§ {n} " + form.format(t=title, d=dnr)), ("line", "Förvaltningen redogör för ärendet."),
              ("bold", "Beslut"), ("line", decision), ("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += signed("Axel Berg", "Siv Lund", "Nils Ö")
    meeting = meeting_of("Byggnadsnämnden", "2024-08-21", "15.00–17.10", "Kommunhuset, sal Eken", "Siv Lund", "Axel Berg",
                         ["Nils Ö"])
    return b, meeting, want


SIXTEENTH_SHAPES = {
    "dnr-huvudcell": dnr_huvudcell,
    "forts-mitt-beslut": forts_mitt_beslut,
    "narvaro-bilaga": narvaro_bilaga,
    "beslut-marginal": beslut_marginal,
    "gemensam-namnd": gemensam_namnd,
    "foredragningslista-forslag": foredragningslista_forslag,
    "rubrik-sidbrytning": rubrik_sidbrytning,
    "rubrikcell-smal": rubrikcell_smal,
    "dnr-i-rubrik": dnr_i_rubrik,
}


# ---------------------------------------------------------------------------------------
# The seventeenth blind round (2026-12-04, session 11): other systems' and authors' habits.


def kf_arende_rubrik():
    """Council minutes whose heads pair the protocol's paragraph with the agenda's item number
    ("§ 134<tab>Ärende 12" in bold) over the bold title and "Dnr"; an interpellation answered
    ("Interpellationen besvaras …", "Kommunfullmäktiges beslut" over "Interpellationen förklaras
    besvarad."), an interpellation asked ("… får ställas"), and a matter with "Yrkanden",
    "Propositionsordning", "Votering" ("Voteringsproposition", a roll call "Namn | Parti | Ja |
    Nej | Avstår") and a reservation."""
    b = [
        ("title", "Kommunfullmäktige", 16),
        ("line", "Protokoll"),
        ("gap",),
        ("table", [["Sammanträdesdatum", "2024-10-28"], ["Tid", "18.30–21.50"], ["Plats", "Stadshuset, fullmäktigesalen"],
                   ["Ordförande", "Marita Lövgren"], ["Sekreterare", "Jesper Åhs"],
                   ["Justerare", "Tove Granath och Emil Rask"]], False),
        ("gap",),
    ]
    b += [("tabbed", ["§ 134", "Ärende 12"], True),
          ("bold", "Svar på interpellation från Lisa Berg (V) om hemtjänstens schemaläggning"),
          ("line", "Dnr KS 2024/410"),
          ("line", "Lisa Berg (V) har ställt en interpellation till kommunstyrelsens ordförande om hur hemtjänstens scheman läggs."),
          ("line", "Interpellationen besvaras av kommunstyrelsens ordförande Nils Öberg (S). Debatt följer."),
          ("bold", "Kommunfullmäktiges beslut"), ("line", "Interpellationen förklaras besvarad."), ("gap",)]
    b += [("tabbed", ["§ 135", "Ärende 13"], True),
          ("bold", "Interpellation från Emil Rask (M) om skolskjutsar"),
          ("line", "Dnr KS 2024/433"),
          ("line", "Emil Rask (M) anmäler en interpellation till barn- och utbildningsnämndens ordförande."),
          ("bold", "Kommunfullmäktiges beslut"), ("line", "Interpellationen får ställas."), ("gap",)]
    b += [("tabbed", ["§ 136", "Ärende 14"], True),
          ("bold", "Utbyggnad av Östra skolan"),
          ("line", "Dnr KS 2024/211"),
          ("line", "Kommunstyrelsen föreslår att Östra skolan byggs ut med sex klassrum."),
          ("bold", "Yrkanden"),
          ("line", "Nils Öberg (S) yrkar bifall till kommunstyrelsens förslag. Emil Rask (M) yrkar avslag."),
          ("bold", "Propositionsordning"),
          ("line", "Ordföranden ställer proposition på bifall och avslag och finner att kommunfullmäktige bifaller förslaget. "
                   "Votering begärs."),
          ("bold", "Votering"),
          ("line", "Voteringsproposition: Ja-röst för bifall, nej-röst för avslag."),
          ("grid", [["Namn", "Parti", "Ja", "Nej", "Avstår"], ["Nils Öberg", "S", "X", "", ""],
                    ["Emil Rask", "M", "", "X", ""], ["Tove Granath", "C", "X", "", ""], ["Rune Vik", "SD", "", "", "X"]]),
          ("line", "Med 33 ja-röster mot 24 nej-röster, 4 avstår, bifaller kommunfullmäktige förslaget."),
          ("bold", "Kommunfullmäktiges beslut"),
          ("line", "Kommunfullmäktige beslutar"),
          ("line", "att bygga ut Östra skolan med sex klassrum,"),
          ("line", "att finansiering sker inom investeringsbudgeten för 2025."),
          ("bold", "Reservation"),
          ("line", "Emil Rask (M) reserverar sig mot beslutet."),
          ("gap",)]
    b += signed("Jesper Åhs", "Marita Lövgren", "Tove Granath", "Emil Rask")
    want = [
        paragraph_want("§ 134", 134, "Svar på interpellation från Lisa Berg (V) om hemtjänstens schemaläggning", "KS 2024/410",
                       ["Interpellationen förklaras besvarad."]),
        paragraph_want("§ 135", 135, "Interpellation från Emil Rask (M) om skolskjutsar", "KS 2024/433",
                       ["Interpellationen får ställas."]),
        paragraph_want("§ 136", 136, "Utbyggnad av Östra skolan", "KS 2024/211",
                       ["att bygga ut Östra skolan med sex klassrum,", "att finansiering sker inom investeringsbudgeten för 2025."],
                       (), 1),
    ]
    meeting = meeting_of("Kommunfullmäktige", "2024-10-28", "18.30–21.50", "Stadshuset, fullmäktigesalen", "Marita Lövgren",
                         "Jesper Åhs", ["Tove Granath", "Emil Rask"])
    return b, meeting, want


def stamma_paragrafer():
    """A company's extra general meeting (extra bolagsstämma) as a law firm types it: the
    opening sentence names the company, its organisation number, the date and place; a
    "Röstlängd" grid (Aktieägare | Ombud | Aktier | Röster); heads "§ 1 Title" in bold on a line
    of their own; the decisions in the passive ("Beslutades att …", "Stämman beslöt …"); signed
    with the names over their roles ("Ordförande", "Protokollförare", "Justeringsperson")."""
    b = [
        ("title", "Protokoll fört vid extra bolagsstämma i Ekby Vatten AB", 14),
        ("line", "Org.nr 556789-0123. Stämman hölls den 14 november 2024 i Ekby stadshus."),
        ("gap",),
        ("bold", "Röstlängd"),
        ("grid", [["Aktieägare", "Ombud", "Aktier", "Röster"], ["Ekby kommun", "Karin Lund", "10 000", "10 000"]]),
        ("gap",),
    ]
    items = [
        ("Stämmans öppnande", "Styrelsens ordförande Karin Lund öppnade stämman.", None),
        ("Val av ordförande vid stämman", None, "Beslutades att välja Karin Lund till ordförande vid stämman."),
        ("Val av protokollförare och justeringsperson", None,
         "Beslutades att utse Olof Sten till protokollförare och Mats Ek till justeringsperson."),
        # A procedural "… godkändes" is no decision, as "Dagordningen godkändes." in the older
        # shapes (set right after the before figure was measured).
        ("Godkännande av röstlängd", "Den upprättade röstlängden godkändes som röstlängd vid stämman.", None),
        ("Beslut om ändring av bolagsordningen", "Förslaget till ny bolagsordning framgår av bilaga 1.",
         "Stämman beslöt att anta ny bolagsordning i enlighet med bilaga 1."),
        ("Stämmans avslutande", "Ordföranden förklarade stämman avslutad.", None),
    ]
    want = []
    for n, (title, text, decision) in enumerate(items, 1):
        b.append(("bold", f"§ {n} {title}"))
        if text:
            b.append(("line", text))
        if decision:
            b.append(("line", decision))
        want.append(paragraph_want(f"§ {n}", n, title, None, [decision] if decision else []))
    b += [("gap",), ("tabbed", ["Karin Lund", "Olof Sten", "Mats Ek"], False),
          ("tabbed", ["Ordförande", "Protokollförare", "Justeringsperson"], False)]
    meeting = {"body": None, "date": "2024-11-14", "time": None, "place": None, "chair": "Karin Lund",
               "secretary": "Olof Sten", "adjusters": ["Mats Ek"], "attendees": []}
    return b, meeting, want


def utdrag_expedieras():
    """An "Utdrag ur sammanträdesprotokoll" of two paragraphs of a school board: the fields as
    label/value lines, heads "BUN § 23<tab>Title", "Diarienummer" below, "Barn- och
    utbildningsnämnden beslutar" over att-lines, each paragraph closing with an "Expedieras
    till:" list (one receiver a line) and "Exp. 2024-03-21 /LB"; "Justerandes signatur |
    Utdragsbestyrkande" in the footer and an "Utdragsbestyrkande" at the end."""
    b = [
        ("footer", ["Justerandes signatur", "Utdragsbestyrkande"]),
        ("title", "Barn- och utbildningsnämnden", 15),
        ("line", "Utdrag ur sammanträdesprotokoll"),
        ("gap",),
        ("labelled", "Sammanträdesdatum", "2024-03-19"),
        ("labelled", "Tid", "15.00–17.30"),
        ("labelled", "Plats", "Utbildningsförvaltningen, rum Oden"),
        ("labelled", "Ordförande", "Helena Brink"),
        ("labelled", "Sekreterare", "Linnea Bäck"),
        ("labelled", "Justerare", "Omar Said"),
        ("gap",),
    ]
    paras = [
        (23, "Läsårstider 2024/2025", "BUN 2024/44",
         ["att fastställa läsårstiderna för 2024/2025 enligt bilaga,", "att läsåret börjar den 19 augusti 2024."],
         ["Rektorerna", "Elevhälsan", "Kommunikationsavdelningen"]),
        (24, "Ny skolskjutsorganisation", "BUN 2023/310",
         ["att anta den nya skolskjutsorganisationen från och med höstterminen 2024."],
         ["Tekniska förvaltningen", "Skolskjutssamordnaren"]),
    ]
    want = []
    for n, title, dnr, atts, exp in paras:
        b += [("tabbed", [f"BUN § {n}", title], True), ("line", f"Diarienummer {dnr}"),
              ("line", "Förvaltningen har tagit fram ett förslag som har diskuterats med skolornas ledningar."),
              ("line", "Barn- och utbildningsnämnden beslutar"), *[("line", a) for a in atts], ("gap",),
              ("line", "Expedieras till:"), *[("line", e) for e in exp], ("line", "Exp. 2024-03-21 /LB"), ("gap",)]
        want.append(paragraph_want(f"BUN § {n}", n, title, dnr, atts))
    b += [("bold", "Utdragsbestyrkande"), ("line", "Rätt utdraget intygar"), ("line", "Linnea Bäck")]
    meeting = meeting_of("Barn- och utbildningsnämnden", "2024-03-19", "15.00–17.30", "Utbildningsförvaltningen, rum Oden",
                         "Helena Brink", "Linnea Bäck", ["Omar Said"])
    return b, meeting, want


def marginal_textruta():
    """Minutes whose paragraph heads stand in the page's left margin in text boxes (Word's
    floating text box anchored to the title's paragraph; pdfTeX's \\llap; an absolutely placed
    box in HTML), beside the bold title in the text column; "Dnr" below, "Beslut" over one
    sentence."""
    b = [
        ("title", "Kultur- och fritidsnämnden", 15),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("labelled", "Datum", "2024-06-04"),
        ("labelled", "Tid", "17.00–19.15"),
        ("labelled", "Plats", "Kulturhuset, rum Scenen"),
        ("labelled", "Ordförande", "Sture Blom"),
        ("labelled", "Sekreterare", "Anna Kjell"),
        ("labelled", "Justerare", "Rasmus Dahl"),
        ("gap",),
    ]
    paras = [
        (41, "Bidrag till sommarlovsaktiviteter 2024", "KFN 2024/61",
         "Kultur- och fritidsnämnden fördelar bidragen enligt förvaltningens förslag."),
        (42, "Öppettider för badhuset under sommaren", "KFN 2024/70",
         "Kultur- och fritidsnämnden fastställer öppettiderna enligt bilaga."),
        (43, "Konstnärlig gestaltning av Torgparken", "KFN 2023/198",
         "Kultur- och fritidsnämnden godkänner skissförslaget och uppdrar åt förvaltningen att teckna avtal med konstnären."),
    ]
    want = []
    for k, (n, title, dnr, decision) in enumerate(paras):
        b += [("marginbox", f"§ {n}", title), ("line", f"Dnr {dnr}")] + _long(k, 3)
        b += [("bold", "Beslut"), ("line", decision), ("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += signed("Anna Kjell", "Sture Blom", "Rasmus Dahl")
    meeting = meeting_of("Kultur- och fritidsnämnden", "2024-06-04", "17.00–19.15", "Kulturhuset, rum Scenen", "Sture Blom",
                         "Anna Kjell", ["Rasmus Dahl"])
    return b, meeting, want


def teams_narvaro():
    """A meeting held partly on Microsoft Teams: "Närvarande i sammanträdesrummet" and
    "Närvarande digitalt" lists (name, party, role), "Övriga deltagare (digitalt)", the place
    "Kommunhuset, sal Eken, samt digitalt via Teams", "Justering sker digitalt" with the date;
    heads "§ 88<tab>Title"."""
    b = [
        ("title", "Vård- och omsorgsnämnden", 15),
        ("line", "Protokoll"),
        ("gap",),
        ("labelled", "Datum", "2024-09-10"),
        ("labelled", "Tid", "13.30–15.45"),
        ("labelled", "Plats", "Kommunhuset, sal Eken, samt digitalt via Teams"),
        ("gap",),
        ("bold", "Närvarande i sammanträdesrummet"),
        ("line", "Gunnel Rydh (S), ordförande"),
        ("line", "Kurt Ahlin (M), vice ordförande"),
        ("line", "Maja Storm (C)"),
        ("bold", "Närvarande digitalt"),
        ("line", "Sven Olsson (SD)"),
        ("line", "Ebba Lind (V), tjänstgörande ersättare"),
        ("bold", "Övriga deltagare (digitalt)"),
        ("line", "Hanna Ek, förvaltningschef"),
        ("line", "Petter Krook, sekreterare"),
        ("gap",),
        ("labelled", "Justerare", "Maja Storm"),
        ("labelled", "Justering", "Justering sker digitalt 2024-09-13"),
        ("gap",),
    ]
    paras = [
        (88, "Månadsrapport augusti 2024", "VON 2024/5", "Vård- och omsorgsnämnden godkänner månadsrapporten."),
        (89, "Riktlinjer för trygghetslarm", "VON 2024/121", "Vård- och omsorgsnämnden antar riktlinjerna."),
        (90, "Remiss om äldreomsorgsplan", "VON 2024/133", "Vård- och omsorgsnämnden avger yttrande enligt förvaltningens förslag."),
    ]
    want = []
    for n, title, dnr, decision in paras:
        b += [("tabbed", [f"§ {n}", title], True), ("line", f"Dnr {dnr}"),
              ("line", "Förvaltningschefen föredrar ärendet."), ("bold", "Beslut"), ("line", decision), ("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += [("line", "Underskrifter"), ("line", "Sekreterare Petter Krook"), ("line", "Ordförande Gunnel Rydh"),
          ("line", "Justerare Maja Storm")]
    meeting = meeting_of("Vård- och omsorgsnämnden", "2024-09-10", "13.30–15.45",
                         "Kommunhuset, sal Eken, samt digitalt via Teams", "Gunnel Rydh", "Petter Krook", ["Maja Storm"],
                         ["Gunnel Rydh", "Kurt Ahlin", "Maja Storm", "Sven Olsson", "Ebba Lind", "Hanna Ek", "Petter Krook"])
    return b, meeting, want


def tre_sidor():
    """A board's minutes under a running header and a "Justerandes signatur" footer where one
    paragraph runs over three pages with no "forts." anywhere: the head and the case on the
    first, more of the case and "Beslut" with the first att-lines on the second, the last
    att-lines and a reservation on the third, then the next paragraph."""
    b = [
        ("header", "Kommunstyrelsen  Protokoll 2024-10-01"),
        ("footer", ["Justerandes signatur", "Utdragsbestyrkande"]),
        ("title", "Kommunstyrelsen", 16),
        ("line", "Protokoll"),
        ("gap",),
        ("table", [["Datum", "2024-10-01"], ["Tid", "09.00–12.00"], ["Plats", "Kommunhuset, sal Eken"],
                   ["Ordförande", "Pia Strand"], ["Sekreterare", "Leo Hjort"], ["Justerare", "Ines Falk"]], False),
        ("gap",),
    ]
    a102 = ["att anta översiktsplanen för Ekby kommun,", "att översiktsplanen ersätter den plan som antogs 2014,",
            "att uppdra åt kommunstyrelsen att årligen redovisa planens genomförande,",
            "att uppdra åt samhällsbyggnadsförvaltningen att ta fram en plan för nya bostadsområden,",
            "att paragrafen justeras omedelbart."]
    b += [("tabbed", ["§ 101", "Val av justerare"], True), ("line", "Dnr KS 2024/1"), ("bold", "Beslut"),
          ("line", "Kommunstyrelsen utser Ines Falk att justera protokollet."), ("gap",)]
    b += [("tabbed", ["§ 102", "Översiktsplan för Ekby kommun"], True), ("line", "Dnr KS 2022/88")] + _long(0, 12)
    b += [("page",)] + _long(4, 14) + [("bold", "Beslut"), ("line", "Kommunstyrelsen beslutar"),
                                       *[("line", a) for a in a102[:2]], ("page",)]
    b += [*[("line", a) for a in a102[2:]], ("bold", "Reservation"),
          ("line", "Rolf Tapper (SD) reserverar sig mot beslutet."), ("gap",)]
    b += [("tabbed", ["§ 103", "Delegationsbeslut"], True), ("line", "Dnr KS 2024/3"), ("bold", "Beslut"),
          ("line", "Kommunstyrelsen lägger redovisningen till handlingarna."), ("gap",)]
    b += signed("Leo Hjort", "Pia Strand", "Ines Falk")
    want = [
        paragraph_want("§ 101", 101, "Val av justerare", "KS 2024/1", ["Kommunstyrelsen utser Ines Falk att justera protokollet."]),
        paragraph_want("§ 102", 102, "Översiktsplan för Ekby kommun", "KS 2022/88", a102, (), 1),
        paragraph_want("§ 103", 103, "Delegationsbeslut", "KS 2024/3", ["Kommunstyrelsen lägger redovisningen till handlingarna."]),
    ]
    meeting = meeting_of("Kommunstyrelsen", "2024-10-01", "09.00–12.00", "Kommunhuset, sal Eken", "Pia Strand", "Leo Hjort",
                         ["Ines Falk"])
    return b, meeting, want


def dnr_lopnummer_ar():
    """A city's minutes whose diary numbers are the serial number over the year's last two
    digits ("Dnr 0345/19", "1234/23"), heads "§ 12" alone in bold with the title on the next
    line, "Handling 2024 nr 57" under the title, decisions "Stadsdelsnämnden beslutar" over
    numbered points "1. …" typed by hand."""
    b = [
        ("title", "Stadsdelsnämnden Ekby", 15),
        ("line", "Protokoll"),
        ("gap",),
        ("table", [["Tid", "Tisdagen den 12 mars 2024 kl. 17.00–19.30"], ["Plats", "Ekby medborgarhus"],
                   ["Ordförande", "Stina Hägg"], ["Sekreterare", "Ali Reza"], ["Justerare", "Kerstin Moe"]], False),
        ("gap",),
    ]
    paras = [
        (31, "Budgetuppföljning februari 2024", "0211/24", "Handling 2024 nr 31", ["Rapporten godkänns."]),
        (32, "Yttrande över detaljplan för bostäder vid Ekbyvägen", "1234/23", "Handling 2024 nr 32",
         ["Nämnden tillstyrker planförslaget.", "Nämnden överlämnar förvaltningens tjänsteutlåtande som eget yttrande."]),
        (33, "Motion om fler parkbänkar", "0345/19", "Handling 2024 nr 33", ["Motionen anses besvarad."]),
    ]
    want = []
    for n, title, dnr, handling, points in paras:
        b += [("bold", f"§ {n}"), ("bold", title), ("line", f"Dnr {dnr}"), ("line", handling),
              ("line", "Stadsdelsförvaltningen har lämnat ett tjänsteutlåtande."),
              ("line", "Stadsdelsnämnden beslutar"), *[("line", f"{k}. {p}") for k, p in enumerate(points, 1)], ("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, points))
    b += signed("Ali Reza", "Stina Hägg", "Kerstin Moe")
    meeting = meeting_of("Stadsdelsnämnden Ekby", "2024-03-12", "17.00–19.30", "Ekby medborgarhus", "Stina Hägg", "Ali Reza",
                         ["Kerstin Moe"])
    return b, meeting, want


def beslut_ruta():
    """Minutes whose decisions stand in a bordered box (a one-cell table): "Beslut" at the
    box's top over the sentence or the att-lines; "Förslag till beslut" before the box with
    another wording; heads "§ 7<tab>Title", "Dnr" below."""
    b = [
        ("title", "Samhällsbyggnadsnämnden", 15),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("table", [["Datum", "2024-02-20"], ["Tid", "14.00–16.00"], ["Plats", "Kommunhuset, rum Ån"],
                   ["Ordförande", "Jonas Ring"], ["Sekreterare", "Mira Holt"], ["Justerare", "Bo Hagel"]], False),
        ("gap",),
    ]
    paras = [
        (7, "Detaljplan för kvarteret Bagaren", "SBN 2023/140", "Förvaltningen föreslår att planen skickas på samråd.",
         ["Samhällsbyggnadsnämnden beslutar att skicka detaljplanen på samråd."]),
        (8, "Parkeringsnorm 2024", "SBN 2024/12", "Förvaltningen föreslår att normen antas.",
         ["att anta parkeringsnormen,", "att normen gäller från den 1 april 2024."]),
        (9, "Tillsyn av ovårdad tomt, Åby 3:4", "SBN 2024/30", "Förvaltningen föreslår ett föreläggande.",
         ["Samhällsbyggnadsnämnden förelägger fastighetsägaren att städa tomten senast den 30 april 2024."]),
    ]
    want = []
    for n, title, dnr, proposal, decisions in paras:
        inner = [("bold", "Beslut")]
        if decisions[0].startswith("att"):
            inner.append(("line", "Samhällsbyggnadsnämnden beslutar"))
        inner += [("line", d) for d in decisions]
        b += [("tabbed", [f"§ {n}", title], True), ("line", f"Dnr {dnr}"), ("line", "Ärendet har beretts av förvaltningen."),
              ("bold", "Förslag till beslut"), ("line", proposal), ("box", inner), ("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, decisions))
    b += signed("Mira Holt", "Jonas Ring", "Bo Hagel")
    meeting = meeting_of("Samhällsbyggnadsnämnden", "2024-02-20", "14.00–16.00", "Kommunhuset, rum Ån", "Jonas Ring",
                         "Mira Holt", ["Bo Hagel"])
    return b, meeting, want


def anslagsbevis_enskilt():
    """NOT a protocol: the notice of an adjusted protocol printed on its own ("ANSLAG/BEVIS"):
    the board, the meeting's date, "Paragrafer §§ 45–67", the dates the notice is put up and
    taken down, where the protocol is kept, and a signature. It names a protocol's paragraphs
    but holds none."""
    b = [
        ("title", "ANSLAG/BEVIS", 15),
        ("line", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."),
        ("gap",),
        ("table", [["Organ", "Kommunstyrelsen"], ["Sammanträdesdatum", "2024-05-14"], ["Paragrafer", "§§ 45–67"],
                   ["Datum då anslaget sätts upp", "2024-05-17"], ["Datum då anslaget tas ned", "2024-06-10"],
                   ["Förvaringsplats för protokollet", "Kommunkansliet, Kommunhuset"]], False),
        ("gap",),
        ("line", "Underskrift"),
        ("line", "Hanna Strid"),
        ("line", "Nämndsekreterare"),
    ]
    return b, meeting_of(), []


def uppdragslista():
    """NOT a protocol: a board's follow-up of the commissions it gave ("Uppdragslista"): a grid
    "Beslut | Uppdrag | Ansvarig | Status" whose first cells cite paragraphs ("KS § 45/2023")
    and whose commissions quote decisions ("att utreda …"), under a short text saying when the
    board decided them."""
    b = [
        ("title", "Kommunstyrelsen", 16),
        ("line", "Uppföljning av uppdrag, maj 2024"),
        ("gap",),
        ("line", "Listan redovisar de uppdrag som kommunstyrelsen har gett förvaltningen och som ännu inte är avslutade. "
                 "Kommunstyrelsen beslutade den 14 mars 2023 att uppdragen ska följas upp två gånger om året."),
        ("gap",),
        ("grid", [["Beslut", "Uppdrag", "Ansvarig", "Status"],
                  ["KS § 45/2023", "att utreda en ny förskola i Norra Ekby", "Barn- och utbildningsförvaltningen", "Pågår"],
                  ["KS § 112/2023", "att ta fram riktlinjer för representation", "Kommunledningskontoret", "Klar"],
                  ["KS § 18/2024", "att se över taxan för bygglov", "Samhällsbyggnadsförvaltningen", "Ej påbörjad"]]),
        ("gap",),
        ("line", "Kommunledningskontoret"),
    ]
    return b, meeting_of(), []


SEVENTEENTH_SHAPES = {
    "kf-arende-rubrik": kf_arende_rubrik,
    "stamma-paragrafer": stamma_paragrafer,
    "utdrag-expedieras": utdrag_expedieras,
    "marginal-textruta": marginal_textruta,
    "teams-narvaro": teams_narvaro,
    "tre-sidor": tre_sidor,
    "dnr-lopnummer-ar": dnr_lopnummer_ar,
    "beslut-ruta": beslut_ruta,
    "anslagsbevis-enskilt": anslagsbevis_enskilt,
    "uppdragslista": uppdragslista,
}


# ---------------------------------------------------------------------------------------
# The eighteenth blind round (2026-12-04, session 12): other systems' and authors' habits.


def rf_hogerspalt():
    """A regional council's minutes whose heads are borderless rows "§ 45 | Title | Ärende 12"
    with the agenda's item and "Dnr RS 2023/45" one over the other in a right-aligned third
    column; "Regionstyrelsens förslag" before "Regionfullmäktiges beslut" over one sentence
    or att-lines."""
    b = [
        ("title", "Regionfullmäktige", 16),
        ("line", "Protokoll"),
        ("gap",),
        ("table", [["Datum", "2024-04-23"], ["Tid", "09.30–16.10"], ["Plats", "Regionens hus, plenisalen"],
                   ["Ordförande", "Britt Sjöholm"], ["Sekreterare", "Anton Malm"],
                   ["Justerare", "Kjell Nord och Sanna Vik"]], False),
        ("gap",),
    ]
    paras = [
        (45, 12, "Regionens årsredovisning 2023", "RS 2023/45", "Regionstyrelsen föreslår att årsredovisningen godkänns.",
         ["Regionfullmäktige godkänner årsredovisningen för 2023."]),
        (46, 13, "Ansvarsfrihet för regionstyrelsen och nämnderna för verksamhetsåret 2023", "RS 2024/102",
         "Revisorerna tillstyrker ansvarsfrihet.",
         ["att bevilja regionstyrelsen och nämnderna ansvarsfrihet för 2023,",
          "att ledamöter som är jäviga inte deltar i beslutet om sin egen nämnd."]),
        (47, 14, "Regional utvecklingsstrategi", "RS 2022/318", "Regionstyrelsen föreslår att strategin antas.",
         ["Regionfullmäktige antar den regionala utvecklingsstrategin."]),
    ]
    want = []
    for n, item, title, dnr, proposal, decisions in paras:
        b += [("headrow", [f"§ {n}", title, f"Ärende {item}\nDnr {dnr}"]),
              ("line", "Ärendet har beretts av regionstyrelsen."),
              ("bold", "Regionstyrelsens förslag"), ("line", proposal),
              ("bold", "Regionfullmäktiges beslut")]
        if decisions[0].startswith("att"):
            b.append(("line", "Regionfullmäktige beslutar"))
        b += [("line", d) for d in decisions] + [("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, decisions))
    b += signed("Anton Malm", "Britt Sjöholm", "Kjell Nord", "Sanna Vik")
    meeting = meeting_of("Regionfullmäktige", "2024-04-23", "09.30–16.10", "Regionens hus, plenisalen", "Britt Sjöholm",
                         "Anton Malm", ["Kjell Nord", "Sanna Vik"])
    return b, meeting, want


def au_punkt():
    """A municipal board's working committee (kommunstyrelsens arbetsutskott) numbering its
    items "Punkt 3" alone in bold over the bold title, "Dnr" below, "Arbetsutskottets beslut"
    over a proposal to the board ("Arbetsutskottet föreslår kommunstyrelsen besluta" over
    att-lines) or a decision of its own."""
    b = [
        ("title", "Kommunstyrelsens arbetsutskott", 15),
        ("line", "Protokoll"),
        ("gap",),
        ("labelled", "Datum", "2024-05-06"),
        ("labelled", "Tid", "08.30–10.45"),
        ("labelled", "Plats", "Kommunhuset, rum Linnéa"),
        ("labelled", "Ordförande", "Hans Lövdahl"),
        ("labelled", "Sekreterare", "Klara Sund"),
        ("labelled", "Justerare", "Nadia Amin"),
        ("gap",),
    ]
    paras = [
        (1, "Val av justerare", None, ["Arbetsutskottet utser Nadia Amin att justera protokollet."]),
        (2, "Godkännande av dagordningen", None, []),
        (3, "Riktlinjer för föreningsbidrag", "KS 2024/77",
         ["att anta riktlinjer för föreningsbidrag enligt bilaga,", "att riktlinjerna gäller från den 1 juli 2024."]),
        (4, "Försäljning av fastigheten Ekby 4:12", "KS 2023/290",
         ["Arbetsutskottet uppdrar åt förvaltningen att låta värdera fastigheten."]),
    ]
    want = []
    for n, title, dnr, decisions in paras:
        b += [("bold", f"Punkt {n}"), ("bold", title)]
        if dnr:
            b.append(("line", f"Dnr {dnr}"))
        if n == 2:
            b += [("line", "Dagordningen godkänns."), ("gap",)]
        else:
            b += [("line", "Kommunledningskontoret har berett ärendet."), ("bold", "Arbetsutskottets beslut")]
            if decisions[0].startswith("att"):
                b.append(("line", "Arbetsutskottet föreslår kommunstyrelsen besluta"))
            b += [("line", d) for d in decisions] + [("gap",)]
        want.append(paragraph_want(f"Punkt {n}", n, title, dnr, decisions))
    b += signed("Klara Sund", "Hans Lövdahl", "Nadia Amin")
    meeting = meeting_of("Kommunstyrelsens arbetsutskott", "2024-05-06", "08.30–10.45", "Kommunhuset, rum Linnéa",
                         "Hans Lövdahl", "Klara Sund", ["Nadia Amin"])
    return b, meeting, want


def enligt_forslag():
    """A nämnd whose paragraphs give "Ärendebeskrivning", then "Förvaltningens förslag till
    beslut" over att-lines, and a "Beslut" that only refers to it ("Nämnden beslutar enligt
    förvaltningens förslag."): the decision is what "Beslut" says, not the proposal; one
    paragraph sends the matter back ("återremittera")."""
    b = [
        ("title", "Socialnämnden", 15),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("table", [["Sammanträdesdatum", "2024-03-26"], ["Tid", "13.15–15.40"], ["Plats", "Socialförvaltningen, rum Ljuset"],
                   ["Ordförande", "Agneta Rolf"], ["Sekreterare", "David Öst"], ["Justerare", "Fredrik Ahl"]], False),
        ("gap",),
    ]
    paras = [
        (17, "Riktlinjer för ekonomiskt bistånd", "SN 2024/33",
         ["att anta riktlinjerna för ekonomiskt bistånd,", "att riktlinjerna gäller från den 1 maj 2024."],
         "Nämnden beslutar enligt förvaltningens förslag."),
        (18, "Verksamhetsplan för familjecentralen", "SN 2024/41",
         ["att godkänna verksamhetsplanen."],
         "Nämnden beslutar att återremittera ärendet till förvaltningen för komplettering."),
        (19, "Yttrande över motion om sociala insatsgrupper", "SN 2023/260",
         ["att avge yttrande enligt förvaltningens förslag."],
         "Nämnden beslutar enligt förvaltningens förslag."),
    ]
    want = []
    for n, title, dnr, proposal, decision in paras:
        b += [("tabbed", [f"§ {n}", title], True), ("line", f"Dnr {dnr}"),
              ("bold", "Ärendebeskrivning"),
              ("line", "Förvaltningen har utrett frågan och redovisar sina slutsatser i en tjänsteskrivelse."),
              ("bold", "Förvaltningens förslag till beslut"), *[("line", p) for p in proposal],
              ("bold", "Beslut"), ("line", decision), ("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += signed("David Öst", "Agneta Rolf", "Fredrik Ahl")
    meeting = meeting_of("Socialnämnden", "2024-03-26", "13.15–15.40", "Socialförvaltningen, rum Ljuset", "Agneta Rolf",
                         "David Öst", ["Fredrik Ahl"])
    return b, meeting, want


def jav_parti():
    """A technical board's minutes with "Jäv" notes under the head ("… anmäler jäv och deltar
    inte i handläggningen"), "Yrkanden" and a "Reservation" made by a party's group ("Sverige-
    demokraternas ledamöter reserverar sig …", "Moderaterna reserverar sig till förmån för eget
    yrkande, se bilaga 2"); the decision "Tekniska nämnden beslutar" over "1." "2." items."""
    b = [
        ("title", "Tekniska nämnden", 15),
        ("line", "Protokoll"),
        ("gap",),
        ("table", [["Datum", "2024-02-15"], ["Tid", "18.00–20.30"], ["Plats", "Tekniska förvaltningen, rum Forsen"],
                   ["Ordförande", "Mikael Tell"], ["Sekreterare", "Sofia Wirén"], ["Justerare", "Greta Holm"]], False),
        ("gap",),
    ]
    paras = [
        (8, "Upphandling av vinterväghållning", "TN 2023/411", "Per Holm (C) anmäler jäv och deltar inte i handläggningen.",
         ["Tekniska nämnden godkänner förfrågningsunderlaget.", "Tekniska nämnden delegerar tilldelningsbeslutet till förvaltningschefen."],
         "Sverigedemokraternas ledamöter reserverar sig mot beslutet."),
        (9, "Taxa för renhållning 2025", "TN 2024/20", None,
         ["Tekniska nämnden föreslår kommunfullmäktige att anta taxan."],
         "Moderaterna reserverar sig till förmån för eget yrkande, se bilaga 2."),
        (10, "Trafiksäkerhetsplan", "TN 2024/36", "Ella Berg (S) anmäler jäv och lämnar lokalen under ärendet.",
         ["Tekniska nämnden antar trafiksäkerhetsplanen."], None),
    ]
    want = []
    for n, title, dnr, jav, points, reservation in paras:
        b += [("tabbed", [f"§ {n}", title], True), ("line", f"Dnr {dnr}")]
        if jav:
            b += [("bold", "Jäv"), ("line", jav)]
        b += [("line", "Förvaltningen har lämnat en tjänsteskrivelse."), ("bold", "Yrkanden"),
              ("line", "Mikael Tell (S) yrkar bifall till förvaltningens förslag."), ("bold", "Beslut"),
              ("line", "Tekniska nämnden beslutar")]
        b += [("line", f"{k}. {p}") for k, p in enumerate(points, 1)]
        if reservation:
            b += [("bold", "Reservation"), ("line", reservation)]
        b.append(("gap",))
        want.append(paragraph_want(f"§ {n}", n, title, dnr, points, (), 1 if reservation else 0))
    b += signed("Sofia Wirén", "Mikael Tell", "Greta Holm")
    meeting = meeting_of("Tekniska nämnden", "2024-02-15", "18.00–20.30", "Tekniska förvaltningen, rum Forsen", "Mikael Tell",
                         "Sofia Wirén", ["Greta Holm"])
    return b, meeting, want


def fet_inline():
    """Heads in bold at the start of a paragraph whose text runs on after them on the same
    line: "§ 45 Budget 2024 (KS 2023/112)" then "Ekonomichefen redogör …" in plain type; the
    decision "Kommunstyrelsen beslutar att …" as one sentence below."""
    b = [
        ("title", "Kommunstyrelsen", 16),
        ("line", "Protokoll från sammanträde"),
        ("gap",),
        ("labelled", "Datum", "2023-11-20"),
        ("labelled", "Tid", "13.00–16.00"),
        ("labelled", "Plats", "Kommunhuset, sessionssalen"),
        ("labelled", "Ordförande", "Lennart Rosén"),
        ("labelled", "Sekreterare", "Elin Frost"),
        ("labelled", "Justerare", "Yusuf Demir"),
        ("gap",),
    ]
    paras = [
        (45, "Budget 2024", "KS 2023/112", "Ekonomichefen redogör för förslaget till budget och plan för 2025–2026.",
         "Kommunstyrelsen beslutar att föreslå kommunfullmäktige att fastställa budgeten för 2024."),
        (46, "Skattesats 2024", "KS 2023/113", "Förslaget innebär en oförändrad skattesats.",
         "Kommunstyrelsen beslutar att föreslå kommunfullmäktige en oförändrad skattesats om 21,98 kronor."),
        (47, "Lokalförsörjningsplan", "KS 2023/98", "Planen redovisar kommunens behov av lokaler till 2030.",
         "Kommunstyrelsen beslutar att anta lokalförsörjningsplanen."),
    ]
    want = []
    for n, title, dnr, text, decision in paras:
        b += [("headline", f"§ {n} {title} ({dnr})", text), ("line", decision), ("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += signed("Elin Frost", "Lennart Rosén", "Yusuf Demir")
    meeting = meeting_of("Kommunstyrelsen", "2023-11-20", "13.00–16.00", "Kommunhuset, sessionssalen", "Lennart Rosén",
                         "Elin Frost", ["Yusuf Demir"])
    return b, meeting, want


def summary_minutes_en():
    """A municipal company's summary minutes in English: "Summary minutes of the board
    meeting", "Present:" in bold over one member a line with the role after a comma ("Karl
    Berg, Chairman", "Olle Nyman, Secretary"), "Absent:", items hand-typed "1. Opening of the
    meeting" in bold, "It was resolved" / "The Board resolved" decisions, signed by roles."""
    b = [
        ("title", "Ekby Energi AB (publ)", 15),
        ("line", "Summary minutes of the board meeting"),
        ("gap",),
        ("labelled", "Date:", "2024-06-11"),
        ("labelled", "Time:", "14.00–16.30"),
        ("labelled", "Place:", "Company offices, Verkstadsgatan 2, Ekby"),
        ("gap",),
        ("bold", "Present:"),
        ("line", "Karl Berg, Chairman"),
        ("line", "Sara Lind, Board member"),
        ("line", "Jonas Ek, Board member"),
        ("line", "Olle Nyman, Secretary"),
        ("bold", "Absent:"),
        ("line", "Nora Falk, Board member"),
        ("gap",),
    ]
    items = [
        (1, "Opening of the meeting", "The Chairman opened the meeting.", None),
        (2, "Interim report January–April", "The CEO presented the interim report.",
         "The Board resolved to approve the interim report."),
        (3, "Investment in district heating network", "An investment of SEK 24 million was presented.",
         "It was resolved to approve the investment within the 2024 budget."),
        (4, "Closing of the meeting", "The Chairman closed the meeting.", None),
    ]
    want = []
    for n, title, text, decision in items:
        b += [("bold", f"{n}. {title}"), ("line", text)]
        if decision:
            b.append(("line", decision))
        want.append(paragraph_want(str(n), n, title, None, [decision] if decision else []))
    b += [("gap",), ("tabbed", ["Karl Berg", "Olle Nyman"], False), ("tabbed", ["Chairman", "Secretary"], False)]
    meeting = meeting_of(None, "2024-06-11", "14.00–16.30", "Company offices, Verkstadsgatan 2, Ekby", "Karl Berg",
                         "Olle Nyman", [], ["Karl Berg", "Sara Lind", "Jonas Ek", "Olle Nyman"])
    return b, meeting, want


def revisorer():
    """The municipal auditors' minutes ("Protokoll fört vid revisorernas sammanträde"):
    "Närvarande revisorer", "Sakkunnigt biträde", heads "§ 8<tab>Title" with the audit's
    diary number "Rev 2024/6", "Revisorerna beslutar" over att-lines or one sentence."""
    b = [
        ("title", "Revisorerna i Ekby kommun", 15),
        ("line", "Protokoll fört vid revisorernas sammanträde"),
        ("gap",),
        ("labelled", "Datum", "2024-05-28"),
        ("labelled", "Tid", "09.00–12.00"),
        ("labelled", "Plats", "Stadshuset, rum Granen"),
        ("labelled", "Närvarande revisorer", "Gösta Lind (ordförande), Irma Hed, Sven Åkesson"),
        ("labelled", "Sakkunnigt biträde", "Maria Kron, PwC (sekreterare)"),
        ("labelled", "Justerare", "Irma Hed"),
        ("gap",),
    ]
    paras = [
        (8, "Granskning av kommunstyrelsens styrning av bolagen", "Rev 2024/6",
         ["att godkänna granskningsrapporten,", "att överlämna rapporten till kommunstyrelsen för yttrande senast den 30 september 2024."]),
        (9, "Revisionsplan för 2024", "Rev 2024/2", ["Revisorerna fastställer revisionsplanen för 2024."]),
        (10, "Övriga frågor", None, []),
    ]
    want = []
    for n, title, dnr, decisions in paras:
        b += [("tabbed", [f"§ {n}", title], True)]
        if dnr:
            b.append(("line", f"Dnr {dnr}"))
        if decisions:
            b += [("line", "Det sakkunniga biträdet redovisar arbetet."), ("bold", "Beslut")]
            if decisions[0].startswith("att"):
                b.append(("line", "Revisorerna beslutar"))
            b += [("line", d) for d in decisions]
        else:
            b.append(("line", "Inga övriga frågor togs upp."))
        b.append(("gap",))
        # A diary number's series is kept in capitals, as in every other want ("Rev" → "REV"; set
        # right after the before figure was measured).
        want.append(paragraph_want(f"§ {n}", n, title, dnr and dnr.upper(), decisions))
    b += signed("Maria Kron", "Gösta Lind", "Irma Hed")
    meeting = meeting_of(None, "2024-05-28", "09.00–12.00", "Stadshuset, rum Granen", "Gösta Lind", "Maria Kron", ["Irma Hed"])
    return b, meeting, want


def underskrifter_forst():
    """A Ciceron-style cover page that carries the signatures before any paragraph:
    "Plats och tid", "Beslutande" one name a line, "Utses att justera", "Justeringens plats och
    tid", then "Underskrifter" with dotted lines "Sekreterare ……… Paragrafer §§ 21–23",
    "Ordförande ………", "Justerande ………" over the names, and an "ANSLAG/BEVIS" table; the
    paragraphs start on the next page."""
    dots = "………………………………"
    b = [
        ("title", "SAMMANTRÄDESPROTOKOLL", 15),
        ("line", "Miljönämnden"),
        ("gap",),
        ("table", [["Plats och tid", "Miljöförvaltningen, rum Lyran, kl. 13.00–15.30"],
                   ["Beslutande", "Ove Lind (S), ordförande\nAnn Berg (M)\nTom Ring (V)"],
                   ["Utses att justera", "Ann Berg"],
                   ["Justeringens plats och tid", "Miljöförvaltningen 2024-04-22"]], False),
        ("gap",),
        ("tabbed", [f"Underskrifter Sekreterare {dots}", "Paragrafer §§ 21–23"], False),
        ("line", "Eva Ström"),
        ("line", f"Ordförande {dots}"),
        ("line", "Ove Lind"),
        ("line", f"Justerande {dots}"),
        ("line", "Ann Berg"),
        ("gap",),
        ("bold", "ANSLAG/BEVIS"),
        ("table", [["Organ", "Miljönämnden"], ["Sammanträdesdatum", "2024-04-18"],
                   ["Datum då anslaget sätts upp", "2024-04-23"], ["Datum då anslaget tas ned", "2024-05-15"]], False),
        ("page",),
    ]
    paras = [
        (21, "Tillsynsplan 2024", "MN 2024/14", ["Miljönämnden antar tillsynsplanen för 2024."]),
        (22, "Föreläggande om åtgärder, Ekby 2:15", "MN 2023/388",
         ["att förelägga fastighetsägaren att åtgärda avloppet senast den 1 oktober 2024,",
          "att förelägga vid ett vite om 20 000 kronor."]),
        (23, "Delegationsbeslut", "MN 2024/3", ["Miljönämnden lägger redovisningen till handlingarna."]),
    ]
    want = []
    for n, title, dnr, decisions in paras:
        b += [("tabbed", [f"§ {n}", title], True), ("line", f"Dnr {dnr}"),
              ("line", "Miljöförvaltningen har berett ärendet."), ("bold", "Miljönämndens beslut")]
        if decisions[0].startswith("att"):
            b.append(("line", "Miljönämnden beslutar"))
        b += [("line", d) for d in decisions] + [("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, decisions))
    meeting = meeting_of("Miljönämnden", "2024-04-18", "13.00–15.30", None, "Ove Lind", "Eva Ström", ["Ann Berg"],
                         ["Ove Lind", "Ann Berg", "Tom Ring"])
    return b, meeting, want


def kallelse_namnd():
    """NOT a protocol: a board's notice of its meeting ("Kallelse") with the meeting's fields
    as a protocol has them (time, place, chair, secretary), items "§ 45<tab>Title" with
    "Dnr", "Förslag till beslut" over att-lines, and "Välkomna!" signed by the chair."""
    b = [
        ("title", "Kultur- och fritidsnämnden", 15),
        ("line", "KALLELSE till sammanträde"),
        ("gap",),
        ("table", [["Tid", "Tisdagen den 10 september 2024 kl. 17.00"], ["Plats", "Kulturhuset, rum Scenen"],
                   ["Ordförande", "Sture Blom"], ["Sekreterare", "Anna Kjell"]], False),
        ("gap",),
        ("line", "Ersättare tjänstgör vid förhinder. Meddela förhinder till sekreteraren."),
        ("bold", "Ärenden"),
    ]
    for n, title, dnr, atts in ((45, "Val av justerare", None, []),
                                (46, "Delårsrapport augusti 2024", "KFN 2024/88", ["att godkänna delårsrapporten."]),
                                (47, "Biblioteksplan 2025–2028", "KFN 2024/51",
                                 ["att anta biblioteksplanen,", "att planen gäller från den 1 januari 2025."])):
        b.append(("tabbed", [f"§ {n}", title], True))
        if dnr:
            b += [("line", f"Dnr {dnr}"), ("bold", "Förslag till beslut"), ("line", "Kultur- och fritidsnämnden beslutar"),
                  *[("line", a) for a in atts]]
        b.append(("gap",))
    b += [("line", "Välkomna!"), ("line", "Sture Blom"), ("line", "Ordförande")]
    return b, meeting_of(), []


def motion_attsatser():
    """NOT a protocol: a councillor's motion that cites earlier decisions ("KF § 112/2022",
    "KS § 45") and ends with "Jag föreslår att kommunfullmäktige beslutar" over att-satser,
    dated and signed with the party."""
    b = [
        ("title", "Motion om avgiftsfri kollektivtrafik för unga", 15),
        ("line", "Till kommunfullmäktige i Ekby kommun"),
        ("gap",),
        ("line", "Kommunfullmäktige beslutade den 12 december 2022 (KF § 112/2022) att utreda sänkta taxor i "
                 "kollektivtrafiken. Kommunstyrelsen lade utredningen till handlingarna i mars 2023 (KS § 45)."),
        ("line", "Unga som reser kollektivt i dag betalar fullt pris på sommarlovet."),
        ("gap",),
        ("line", "Jag föreslår att kommunfullmäktige beslutar"),
        ("line", "att barn och unga upp till 19 år reser avgiftsfritt i kollektivtrafiken,"),
        ("line", "att kommunstyrelsen får i uppdrag att finansiera reformen i budgeten för 2025."),
        ("gap",),
        ("line", "Ekby den 3 februari 2024"),
        ("line", "Anna Ström (V)"),
    ]
    return b, meeting_of(), []


def arsmote_kallelse():
    """NOT a protocol: an association's notice of its annual meeting with the proposed agenda
    as lines "§ 1 Mötets öppnande" … "§ 10 Mötets avslutande", the time and place, and
    "Välkomna! Styrelsen"."""
    b = [
        ("title", "Kallelse till årsmöte i Ekby hembygdsförening", 15),
        ("gap",),
        ("labelled", "Tid", "Söndagen den 17 mars 2024 kl. 14.00"),
        ("labelled", "Plats", "Hembygdsgården, Kyrkbacken 2"),
        ("gap",),
        ("bold", "Förslag till dagordning"),
    ]
    agenda = ["Mötets öppnande", "Val av ordförande och sekreterare för mötet", "Val av två justerare",
              "Fråga om mötet är behörigen utlyst", "Styrelsens verksamhetsberättelse", "Revisorernas berättelse",
              "Fråga om ansvarsfrihet för styrelsen", "Val av styrelse och revisorer", "Övriga frågor", "Mötets avslutande"]
    b += [("line", f"§ {k} {t}") for k, t in enumerate(agenda, 1)]
    b += [("gap",), ("line", "Handlingarna finns tillgängliga hos sekreteraren från den 3 mars."), ("line", "Välkomna!"),
          ("line", "Styrelsen")]
    return b, meeting_of(), []


EIGHTEENTH_SHAPES = {
    "rf-hogerspalt": rf_hogerspalt,
    "au-punkt": au_punkt,
    "enligt-forslag": enligt_forslag,
    "jav-parti": jav_parti,
    "fet-inline": fet_inline,
    "summary-minutes-en": summary_minutes_en,
    "revisorer": revisorer,
    "underskrifter-forst": underskrifter_forst,
    "kallelse-namnd": kallelse_namnd,
    "motion-attsatser": motion_attsatser,
    "arsmote-kallelse": arsmote_kallelse,
}


# ---------------------------------------------------------------------------------------
# The nineteenth blind round (2026-12-04, session 13): other systems' and authors' habits.


def arsstamma_bolag():
    """A municipal housing company's annual general meeting (årsstämma) as its board secretary
    types it: "Närvarande aktieägare" with the municipality's proxy, heads "§ 1. Title" with a
    full stop after the number, decisions in the past tense with verbs other than "besluta"
    ("Stämman fastställde …", "Stämman beviljade …", "Stämman valde …") beside procedural
    sentences ("Stämman öppnades av …", "Stämman förklarades behörigen sammankallad."), signed
    "Vid protokollet" / "Justeras"."""
    b = [
        ("title", "Ekby Bostäder AB", 15),
        ("line", "Protokoll fört vid årsstämma"),
        ("gap",),
        ("labelled", "Datum", "2024-04-25"),
        ("labelled", "Tid", "10.00–10.45"),
        ("labelled", "Plats", "Stadshuset, rum Ekan"),
        ("labelled", "Närvarande aktieägare", "Ekby kommun genom ombud Lars Vall"),
        ("gap",),
    ]
    items = [
        ("Stämmans öppnande", "Stämman öppnades av styrelsens ordförande Tove Kron.", None),
        ("Val av ordförande vid stämman", None, "Stämman valde Tove Kron till ordförande vid stämman."),
        ("Fråga om stämman blivit behörigen sammankallad", "Stämman förklarades behörigen sammankallad.", None),
        ("Fastställande av resultaträkning och balansräkning", "Årsredovisningen för 2023 lades fram.",
         "Stämman fastställde resultaträkningen och balansräkningen för 2023."),
        ("Dispositioner beträffande bolagets vinst", None,
         "Stämman beslutade att bolagets vinst balanseras i ny räkning."),
        ("Ansvarsfrihet för styrelsen och verkställande direktören", None,
         "Stämman beviljade styrelsens ledamöter och verkställande direktören ansvarsfrihet för 2023."),
        ("Stämmans avslutande", "Ordföranden förklarade stämman avslutad.", None),
    ]
    want = []
    for n, (title, text, decision) in enumerate(items, 1):
        b.append(("bold", f"§ {n}. {title}"))
        if text:
            b.append(("line", text))
        if decision:
            b.append(("line", decision))
        want.append(paragraph_want(f"§ {n}", n, title, None, [decision] if decision else []))
    b += [("gap",)] + signed("Per Ahl", "Tove Kron", "Lars Vall")
    meeting = meeting_of(None, "2024-04-25", "10.00–10.45", "Stadshuset, rum Ekan", None, "Per Ahl", ["Tove Kron", "Lars Vall"])
    return b, meeting, want


def punkt_marginal():
    """A foundation's board minutes (styrelseprotokoll) kept as a borderless two-column table:
    "Punkt 4" in bold in the left column beside the bold title and the text, then "Beslut:" in
    the left column beside the decision; one item only informs ("Informationen noteras." has no
    "Beslut:" row)."""
    b = [
        ("title", "Stiftelsen Ekby Kulturhus", 15),
        ("line", "Styrelseprotokoll nr 3/2024"),
        ("gap",),
        ("table", [["Datum", "2024-05-14"], ["Tid", "16.00–18.00"], ["Plats", "Kulturhuset, styrelserummet"],
                   ["Närvarande", "Rut Ek (ordförande)\nOlle Sand\nMina Berg\nJan Falk (sekreterare)"]], False),
        ("gap",),
    ]
    items = [
        (4, "Budget för hösten 2024", "Kanslichefen redovisade förslaget till budget.",
         "Styrelsen fastställer budgeten för hösten 2024."),
        (5, "Hyresavtal med Ekby kommun", "Avtalet löper ut den 31 december 2024.",
         "Styrelsen uppdrar åt ordföranden att förhandla fram ett nytt avtal."),
        (6, "Verksamhetsrapport", "Kanslichefen rapporterade om vårens program. Informationen noteras.", None),
        (7, "Nästa sammanträde", None, "Nästa sammanträde hålls den 10 september 2024."),
    ]
    want = []
    for n, title, text, decision in items:
        right = [("bold", title)] + ([("line", text)] if text else [])
        b.append(("split", [("bold", f"Punkt {n}")], right))
        if decision:
            b.append(("split", [("bold", "Beslut:")], [("line", decision)]))
        b.append(("gap",))
        want.append(paragraph_want(f"Punkt {n}", n, title, None, [decision] if decision else []))
    b += signed("Jan Falk", "Rut Ek", "Olle Sand")
    # The chair who signs under "Justeras" is an adjuster, as in board-meeting and the other
    # shapes signed so (set right after the before figure was measured).
    meeting = meeting_of(None, "2024-05-14", "16.00–18.00", "Kulturhuset, styrelserummet", "Rut Ek", "Jan Falk",
                         ["Rut Ek", "Olle Sand"],
                         ["Rut Ek", "Olle Sand", "Mina Berg", "Jan Falk"])
    return b, meeting, want


def kf_fragor():
    """Council minutes with an interpellation debated ("Interpellation från … om …", answered
    by a chair: "Interpellationen anses besvarad."), a question ("Fråga från … om …": "Frågan
    anses besvarad."), the announcement of new interpellations that decides nothing, and an
    ordinary matter "Kommunfullmäktige beslutar att …"; heads "§ 56<tab>Title" over "Dnr"."""
    b = [
        ("title", "Kommunfullmäktige", 16),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("table", [["Sammanträdesdatum", "2024-06-17"], ["Tid", "18.30–21.50"], ["Plats", "Stadshuset, fullmäktigesalen"],
                   ["Ordförande", "Ulla Berg"], ["Sekreterare", "Tim Sjö"], ["Justerare", "Leo Hed och Ida Rask"]], False),
        ("gap",),
    ]
    paras = [
        (56, "Interpellation från Eva Lund (M) om skolskjutsarna på landsbygden", "KS 2024/140",
         ["Eva Lund (M) har ställt en interpellation till barn- och utbildningsnämndens ordförande Kim Ros (S).",
          "Kim Ros (S) besvarar interpellationen. I debatten deltar Eva Lund (M) och Kim Ros (S)."],
         ["Interpellationen anses besvarad."]),
        (57, "Fråga från Nils Ahl (KD) om badhusets öppettider", "KS 2024/151",
         ["Nils Ahl (KD) har ställt en fråga till kultur- och fritidsnämndens ordförande.", "Ordföranden besvarar frågan."],
         ["Frågan anses besvarad."]),
        (58, "Anmälan av nya interpellationer och frågor", None,
         ["Anmäls att Ida Rask (V) har lämnat in en interpellation om hemtjänsten.",
          "Interpellationen besvaras vid nästa sammanträde."], []),
        (59, "Årsredovisning för Ekby kommun 2023", "KS 2024/60",
         ["Kommunstyrelsen har överlämnat årsredovisningen."],
         ["Kommunfullmäktige beslutar att godkänna årsredovisningen för 2023."]),
    ]
    want = []
    for n, title, dnr, text, decisions in paras:
        b.append(("tabbed", [f"§ {n}", title], True))
        if dnr:
            b.append(("line", f"Dnr {dnr}"))
        b += [("line", t) for t in text]
        if decisions:
            b += [("bold", "Beslut")] + [("line", d) for d in decisions]
        b.append(("gap",))
        want.append(paragraph_want(f"§ {n}", n, title, dnr, decisions))
    b += signed("Tim Sjö", "Ulla Berg", "Leo Hed", "Ida Rask")
    meeting = meeting_of("Kommunfullmäktige", "2024-06-17", "18.30–21.50", "Stadshuset, fullmäktigesalen", "Ulla Berg",
                         "Tim Sjö", ["Leo Hed", "Ida Rask"])
    return b, meeting, want


def paragraf_bokstav():
    """A nämnd's minutes with paragraphs inserted after the agenda was set: "§ 12a" and "§ 12b"
    bold on a line of their own over the bold title, between "§ 12" and "§ 13" in the same
    layout; "Dnr" below the title; "Beslut" over one sentence."""
    b = [
        ("title", "Kultur- och fritidsnämnden", 15),
        ("line", "Protokoll"),
        ("gap",),
        ("table", [["Datum", "2024-02-20"], ["Tid", "17.30–19.40"], ["Plats", "Kulturhuset, rum Spegeln"],
                   ["Ordförande", "Alva Strand"], ["Sekreterare", "Kent Nyberg"], ["Justerare", "Hanna Ali"]], False),
        ("gap",),
    ]
    paras = [
        ("12", 12, "Föreningsbidrag 2024", "KFN 2023/210", "Nämnden fördelar föreningsbidragen enligt bilaga 1."),
        ("12a", 12, "Extra bidrag till Ekby IF", "KFN 2024/19", "Nämnden beviljar Ekby IF ett extra bidrag om 50 000 kronor."),
        ("12b", 12, "Hyra av Ekbyhallen under sommaren", "KFN 2024/22", "Nämnden godkänner hyresavtalet för sommaren 2024."),
        ("13", 13, "Biblioteksplan 2024–2027", "KFN 2023/199", "Nämnden antar biblioteksplanen."),
    ]
    want = []
    for label, n, title, dnr, decision in paras:
        b += [("bold", f"§ {label}"), ("bold", title), ("line", f"Dnr {dnr}"),
              ("line", "Förvaltningen har lämnat en tjänsteskrivelse i ärendet."),
              ("bold", "Beslut"), ("line", decision), ("gap",)]
        want.append(paragraph_want(f"§ {label}", n, title, dnr, [decision]))
    b += signed("Kent Nyberg", "Alva Strand", "Hanna Ali")
    meeting = meeting_of("Kultur- och fritidsnämnden", "2024-02-20", "17.30–19.40", "Kulturhuset, rum Spegeln", "Alva Strand",
                         "Kent Nyberg", ["Hanna Ali"])
    return b, meeting, want


def forts_komma():
    """Minutes under a running header whose paragraphs run over page breaks and are marked on
    the new page as "§ 45, forts." (with a comma) and "Forts. § 46 Title" (the title repeated);
    the decision of § 45 is on the new page, § 46's "Beslut" is split over the break."""
    b = [
        ("header", "Kommunstyrelsen, protokoll 2024-03-12"),
        ("title", "Kommunstyrelsen", 16),
        ("line", "Protokoll"),
        ("gap",),
        ("table", [["Datum", "2024-03-12"], ["Tid", "09.00–12.15"], ["Plats", "Kommunhuset, sessionssalen"],
                   ["Ordförande", "Göran Lilja"], ["Sekreterare", "Sanna Bro"], ["Justerare", "Ali Hassan"]], False),
        ("gap",),
    ]
    a46 = ["att anta bostadsförsörjningsprogrammet,", "att uppdra åt samhällsbyggnadsförvaltningen att följa upp programmet årligen,",
           "att redovisa uppföljningen till kommunstyrelsen i mars varje år."]
    b += [("tabbed", ["§ 45", "Översiktsplan för Ekby kommun, utställning"], True), ("line", "Dnr KS 2023/77")]
    b += _long(0, 16)
    b += [("page",), ("bold", "§ 45, forts.")] + _long(2, 3)
    b += [("bold", "Beslut"), ("line", "Kommunstyrelsen beslutar att ställa ut förslaget till översiktsplan."), ("gap",)]
    b += [("tabbed", ["§ 46", "Bostadsförsörjningsprogram 2024–2030"], True), ("line", "Dnr KS 2023/150")]
    b += _long(4, 12)
    b += [("bold", "Beslut"), ("line", "Kommunstyrelsen beslutar"), ("line", a46[0]), ("page",),
          ("bold", "Forts. § 46 Bostadsförsörjningsprogram 2024–2030"), *[("line", a) for a in a46[1:]], ("gap",)]
    b += [("tabbed", ["§ 47", "Delegationsbeslut"], True), ("line", "Dnr KS 2024/3"),
          ("line", "Förteckning över delegationsbeslut har lämnats."), ("bold", "Beslut"),
          ("line", "Kommunstyrelsen lägger redovisningen till handlingarna."), ("gap",)]
    b += signed("Sanna Bro", "Göran Lilja", "Ali Hassan")
    want = [
        paragraph_want("§ 45", 45, "Översiktsplan för Ekby kommun, utställning", "KS 2023/77",
                       ["Kommunstyrelsen beslutar att ställa ut förslaget till översiktsplan."]),
        paragraph_want("§ 46", 46, "Bostadsförsörjningsprogram 2024–2030", "KS 2023/150", a46),
        paragraph_want("§ 47", 47, "Delegationsbeslut", "KS 2024/3", ["Kommunstyrelsen lägger redovisningen till handlingarna."]),
    ]
    meeting = meeting_of("Kommunstyrelsen", "2024-03-12", "09.00–12.15", "Kommunhuset, sessionssalen", "Göran Lilja",
                         "Sanna Bro", ["Ali Hassan"])
    return b, meeting, want


def platina_blad():
    """A nämnd's protocol as Platina-like systems print it: a page-header table "Miljö- och
    byggnadsnämnden | SAMMANTRÄDESPROTOKOLL | Blad" over "Sammanträdesdatum | 2024-09-17 | N"
    on every page, the footer "Justerandes sign | Utdragsbestyrkande"; a cover table "Plats och
    tid", "Beslutande", "Övriga deltagare", "Utses att justera", "Justeringens plats och tid"
    and "Underskrifter" as label/value rows (Sekreterare, Ordförande, Justerande); heads
    "MBN § 88" alone over the title; the decision under "Miljö- och byggnadsnämndens beslut"."""
    b = [
        ("footer", ["Justerandes sign", "Utdragsbestyrkande"]),
        ("page_header_table", [["Miljö- och byggnadsnämnden", "SAMMANTRÄDESPROTOKOLL", "Blad"],
                               ["Sammanträdesdatum", "2024-09-17", "#PAGE"]]),
        ("table", [["Plats och tid", "Stadshuset, rum Ugglan, kl. 13.00–16.20"],
                   ["Beslutande", "Bo Ek (S), ordförande\nSiv Alm (M)\nRolf Ny (C)"],
                   ["Övriga deltagare", "Emma Lind, nämndsekreterare"],
                   ["Utses att justera", "Siv Alm"],
                   ["Justeringens plats och tid", "Stadshuset 2024-09-20"],
                   ["Paragrafer", "88–90"]], False),
        ("gap",),
        ("table", [["Sekreterare", "Emma Lind"], ["Ordförande", "Bo Ek"], ["Justerande", "Siv Alm"]], False),
        ("page",),
    ]
    paras = [
        (88, "Bygglov för nybyggnad av förskola, Ekby 5:3", "MBN 2024-000412",
         ["att bevilja bygglov enligt ansökan,", "att fastställa avgiften till 38 400 kronor."]),
        (89, "Strandskyddsdispens för brygga, Sjövik 1:7", "MBN 2024-000377",
         ["Miljö- och byggnadsnämnden avslår ansökan om strandskyddsdispens."]),
        (90, "Delegationsbeslut", "MBN 2024-000005", ["Miljö- och byggnadsnämnden lägger redovisningen till handlingarna."]),
    ]
    want = []
    for n, title, dnr, decisions in paras:
        b += [("bold", f"MBN § {n}"), ("bold", title), ("line", f"Dnr {dnr}"),
              ("line", "Förvaltningen har berett ärendet."), ("bold", "Miljö- och byggnadsnämndens beslut")]
        if decisions[0].startswith("att"):
            b.append(("line", "Miljö- och byggnadsnämnden beslutar"))
        b += [("line", d) for d in decisions] + [("gap",)]
        want.append(paragraph_want(f"MBN § {n}", n, title, dnr, decisions))
    # "Övriga deltagare" count with the attendees, as "Övriga deltagande" in ciceron-header (set
    # right after the before figure was measured).
    meeting = meeting_of("Miljö- och byggnadsnämnden", "2024-09-17", "13.00–16.20", None, "Bo Ek", "Emma Lind", ["Siv Alm"],
                         ["Bo Ek", "Siv Alm", "Rolf Ny", "Emma Lind"])
    return b, meeting, want


def beslutslista():
    """A municipal board's "Beslutslista", published the day after the meeting, before the
    minutes are adjusted: the body and date, "Beslutslistan är inte justerad …", heads "§ 101
    Title" over "Dnr" and "Beslut" over the decision, no signatures. It gives its paragraphs
    and decisions as a protocol does: unlike a notice, it records what was decided, under the
    paragraph numbers the protocol will have; it has no chair, secretary or adjusters."""
    b = [
        ("title", "Kommunstyrelsen", 16),
        ("line", "Beslutslista"),
        ("gap",),
        ("labelled", "Sammanträdesdatum", "2024-10-08"),
        ("labelled", "Plats", "Kommunhuset, sessionssalen"),
        ("gap",),
        ("line", "Beslutslistan är inte justerad. Det justerade protokollet publiceras på kommunens anslagstavla."),
        ("gap",),
    ]
    paras = [
        (101, "Delårsrapport augusti 2024", "KS 2024/301", ["Kommunstyrelsen godkänner delårsrapporten."]),
        (102, "Taxa för bygglov 2025", "KS 2024/288",
         ["att föreslå kommunfullmäktige att anta taxan,", "att taxan gäller från den 1 januari 2025."]),
        (103, "Motion om solceller på kommunens tak", "KS 2023/412", ["Kommunstyrelsen återremitterar ärendet."]),
    ]
    want = []
    for n, title, dnr, decisions in paras:
        b += [("bold", f"§ {n} {title}"), ("line", f"Dnr {dnr}"), ("bold", "Beslut")]
        if decisions[0].startswith("att"):
            b.append(("line", "Kommunstyrelsen beslutar"))
        b += [("line", d) for d in decisions] + [("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, decisions))
    meeting = meeting_of("Kommunstyrelsen", "2024-10-08", None, "Kommunhuset, sessionssalen")
    return b, meeting, want


def paragraf_arende_grid():
    """A protocol whose every paragraph opens with a small bordered table "§ | Ärende" over a row
    with the bare number ("45", no "§") and the title with "Dnr" on the cell's second line; the
    text and "Beslut" follow below the table."""
    b = [
        ("title", "Vård- och omsorgsnämnden", 15),
        ("line", "Protokoll"),
        ("gap",),
        ("table", [["Datum", "2024-11-05"], ["Tid", "14.00–16.30"], ["Plats", "Omsorgskontoret, rum Vågen"],
                   ["Ordförande", "Lena Dahl"], ["Sekreterare", "Oskar Frid"], ["Justerare", "Maja Törn"]], False),
        ("gap",),
    ]
    paras = [
        (45, "Budget 2025 för vård- och omsorgsnämnden", "VON 2024/88", "Nämnden fastställer budgeten för 2025."),
        (46, "Avgifter inom hemtjänsten", "VON 2024/91", "Nämnden föreslår kommunfullmäktige att anta avgifterna."),
        (47, "Tillsynsrapport från IVO", "VON 2024/102", "Nämnden lägger rapporten till handlingarna."),
    ]
    want = []
    for n, title, dnr, decision in paras:
        b += [("grid", [["§", "Ärende"], [str(n), f"{title}\nDnr {dnr}"]]),
              ("line", "Förvaltningen har lämnat en tjänsteskrivelse."), ("bold", "Beslut"), ("line", decision), ("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += signed("Oskar Frid", "Lena Dahl", "Maja Törn")
    meeting = meeting_of("Vård- och omsorgsnämnden", "2024-11-05", "14.00–16.30", "Omsorgskontoret, rum Vågen", "Lena Dahl",
                         "Oskar Frid", ["Maja Törn"])
    return b, meeting, want


def reglemente_nummer():
    """NOT a protocol: a board's rules ("Reglemente för krisledningsnämnden", adopted "KF § 78")
    in "§ 5 Title" sections, some of them about the board's meetings, its minutes and their
    adjustment ("Protokollet justeras av ordföranden och en ledamot", "Ordföranden beslutar …")."""
    b = [
        ("title", "Reglemente för krisledningsnämnden", 15),
        ("line", "Antaget av kommunfullmäktige 2023-06-12, KF § 78. Dnr KS 2023/140"),
        ("gap",),
    ]
    rules = [
        ("Uppgifter", "Nämnden fullgör kommunens uppgifter under en extraordinär händelse i fredstid."),
        ("Sammansättning", "Nämnden består av fem ledamöter och fem ersättare."),
        ("Ordförande", "Ordföranden beslutar när en extraordinär händelse föreligger."),
        ("Sammanträden", "Nämnden sammanträder när ordföranden beslutar det."),
        ("Protokoll", "Protokollet justeras av ordföranden och en ledamot. Nämnden får besluta att en paragraf ska justeras omedelbart."),
        ("Delegering", "Nämnden beslutar om delegering av beslutanderätt enligt 6 kap. 37 § kommunallagen."),
        ("Rapportering", "Nämnden ska rapportera sina beslut till kommunfullmäktige."),
    ]
    for k, (t, text) in enumerate(rules, 1):
        b += [("bold", f"§ {k} {t}"), ("line", text)]
    return b, meeting_of(), []


def foredragningslista_nummer():
    """NOT a protocol: a board's agenda ("Föredragningslista") with the meeting's fields, items
    numbered "1. Val av justerare" … in bold, each with "Dnr" and "Förslag till beslut" over
    "Barn- och utbildningsnämnden beslutar att …"; it proposes, it decides nothing."""
    b = [
        ("title", "Barn- och utbildningsnämnden", 15),
        ("line", "Föredragningslista"),
        ("gap",),
        ("labelled", "Tid", "2024-09-24 kl. 17.00"),
        ("labelled", "Plats", "Skolkontoret, sal Lärkan"),
        ("gap",),
    ]
    items = [
        ("Val av justerare", None, None),
        ("Godkännande av föredragningslistan", None, None),
        ("Delårsrapport augusti 2024", "BUN 2024/201", "Barn- och utbildningsnämnden beslutar att godkänna delårsrapporten."),
        ("Skolskjutsregler 2025", "BUN 2024/188", "Barn- och utbildningsnämnden beslutar att anta reglerna."),
        ("Anmälan av delegationsbeslut", "BUN 2024/5", "Barn- och utbildningsnämnden beslutar att lägga anmälan till handlingarna."),
    ]
    for k, (t, dnr, proposal) in enumerate(items, 1):
        b.append(("bold", f"{k}. {t}"))
        if dnr:
            b += [("line", f"Dnr {dnr}"), ("bold", "Förslag till beslut"), ("line", proposal)]
        b.append(("gap",))
    b += [("line", "Camilla Öst"), ("line", "Ordförande")]
    return b, meeting_of(), []


def skrivelse_hanvisning():
    """NOT a protocol: an office's letter answering a citizen that quotes earlier decisions
    ("Kommunstyrelsen beslutade den 14 mars 2023, KS § 45/2023, att …", "§ 45") with the
    diary number in its header, signed by an official."""
    b = [
        ("title", "Svar på skrivelse om belysning längs Åvägen", 14),
        ("labelled", "Datum", "2024-02-02"),
        ("labelled", "Dnr", "KS 2024/31"),
        ("gap",),
        ("line", "Hej Anders Lund,"),
        ("line", "Tack för din skrivelse om belysningen längs Åvägen."),
        ("line", "Kommunstyrelsen beslutade den 14 mars 2023, KS § 45/2023, att belysningen längs Åvägen ska "
                 "byggas ut under 2024. Enligt beslutet i § 45 ska arbetet vara klart före vintern."),
        ("line", "Tekniska förvaltningen har upphandlat arbetet och det beräknas starta i augusti."),
        ("gap",),
        ("line", "Med vänlig hälsning"),
        ("line", "Karin Ås"),
        ("line", "Gatuchef, tekniska förvaltningen"),
    ]
    return b, meeting_of(), []


NINETEENTH_SHAPES = {
    "arsstamma-bolag": arsstamma_bolag,
    "punkt-marginal": punkt_marginal,
    "kf-fragor": kf_fragor,
    "paragraf-bokstav": paragraf_bokstav,
    "forts-komma": forts_komma,
    "platina-blad": platina_blad,
    "beslutslista": beslutslista,
    "paragraf-arende-grid": paragraf_arende_grid,
    "reglemente-nummer": reglemente_nummer,
    "foredragningslista-nummer": foredragningslista_nummer,
    "skrivelse-hanvisning": skrivelse_hanvisning,
}


# ---------------------------------------------------------------------------------------
# The twentieth blind round (2026-12-04, session 14): other systems' and authors' habits.


def dnr_fore_titel():
    """A board's protocol whose bold heads give the diary number before the title on one line:
    "§ 12 Dnr KS 2023/145 – Budget 2024", "§ 13 KS 2023/160 – Title" (no "Dnr"), "§ 14 Dnr
    KS 2023/171 Title" (no dash); "Beslut" over one sentence."""
    b, meeting = usual_opening("Kommunstyrelsen", "Protokoll", 16, "2024-01-23", "08.30–11.45", "Kommunhuset, sal Ekbacken",
                                 "Helena Sjögren", "Mats Öberg", "Amir Kader")
    paras = [
        (12, "Dnr KS 2023/145 – ", "KS 2023/145", "Budget 2024 för kommunstyrelsen",
         "Kommunstyrelsen fastställer budgeten för 2024."),
        (13, "KS 2023/160 – ", "KS 2023/160", "Riktlinjer för bostadsanpassning", "Kommunstyrelsen antar riktlinjerna."),
        (14, "Dnr KS 2023/171 ", "KS 2023/171", "Val av ombud till Ekby Vatten AB:s årsstämma",
         "Kommunstyrelsen utser Eva Berg till ombud vid årsstämman."),
    ]
    want = []
    for n, pre, dnr, title, decision in paras:
        b += [("bold", f"§ {n} {pre}{title}"), ("line", "Ärendet har beretts av kommunledningskontoret."),
              ("bold", "Beslut"), ("line", decision), ("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += signed("Mats Öberg", "Helena Sjögren", "Amir Kader")
    return b, meeting, want


def justeringsanteckning():
    """A social board's protocol adjusted digitally: the fields as labelled lines, the paragraphs
    "§ 31<tab>Title" over "Dnr", and on a last page of its own a "Justeringsanteckning" (the
    adjustment's note: "Protokollet har justerats digitalt …" over a two-column table of roles
    and names and the adjustment's date), no signatures under the last paragraph."""
    b, meeting = usual_opening("Socialnämnden", "Sammanträdesprotokoll", 16, "2024-05-02", "13.00–15.30", "Socialkontoret, rum Linden",
                                 "Maria Holm", "Jonas Ek", "Petra Lind", labelled=True)
    paras = [
        (31, "Månadsrapport april 2024", "SN 2024/12", "Socialnämnden godkänner månadsrapporten."),
        (32, "Riktlinjer för ekonomiskt bistånd", "SN 2024/40", "Socialnämnden antar de reviderade riktlinjerna."),
        (33, "Internkontrollplan 2024", "SN 2024/7", "Socialnämnden fastställer internkontrollplanen för 2024."),
    ]
    want = []
    for n, title, dnr, decision in paras:
        b += [("tabbed", [f"§ {n}", title], True), ("line", f"Dnr {dnr}"),
              ("line", "Förvaltningen har lämnat en tjänsteskrivelse i ärendet."), ("bold", "Beslut"), ("line", decision),
              ("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += [("page",), ("bold", "Justeringsanteckning"),
          ("line", "Protokollet har justerats digitalt. Justeringen har tillkännagivits på kommunens anslagstavla 2024-05-07."),
          ("gap",),
          ("table", [["Ordförande", "Maria Holm"], ["Justerare", "Petra Lind"], ["Sekreterare", "Jonas Ek"],
                     ["Datum för justering", "2024-05-06"]], False)]
    return b, meeting, want


def per_capsulam():
    """A municipal company's board decision taken by e-mail ("Protokoll fört vid per capsulam-
    beslut"): no time or place, the members named in a sentence, two bold heads "§ 1 Title" with
    the decision as the paragraph's only sentence "Styrelsen beslutar att …", signed "Vid
    protokollet" / "Justeras"."""
    b = [
        ("title", "Ekby Fastigheter AB", 15),
        ("line", "Protokoll fört vid per capsulam-beslut i styrelsen"),
        ("gap",),
        ("labelled", "Datum", "2024-06-20"),
        ("gap",),
        ("line", "Styrelsens ledamöter har via e-post tagit ställning till ärendena nedan. Samtliga ledamöter, Kent Åberg "
                 "(ordförande), Lina Sund och Omar Said, har deltagit i besluten."),
        ("gap",),
        ("bold", "§ 1 Förvärv av fastigheten Ekby 12:4"),
        ("line", "Bolaget har erbjudits att förvärva fastigheten Ekby 12:4 av Ekby kommun."),
        ("line", "Styrelsen beslutar att förvärva fastigheten Ekby 12:4 för 4 200 000 kronor."),
        ("gap",),
        ("bold", "§ 2 Firmateckning vid förvärvet"),
        ("line", "Styrelsen beslutar att verkställande direktören Mikael Strand tecknar köpeavtalet för bolagets räkning."),
        ("gap",),
    ]
    b += signed("Mikael Strand", "Kent Åberg", "Lina Sund")
    want = [
        paragraph_want("§ 1", 1, "Förvärv av fastigheten Ekby 12:4", None,
                       ["Styrelsen beslutar att förvärva fastigheten Ekby 12:4 för 4 200 000 kronor."]),
        paragraph_want("§ 2", 2, "Firmateckning vid förvärvet", None,
                       ["Styrelsen beslutar att verkställande direktören Mikael Strand tecknar köpeavtalet för bolagets räkning."]),
    ]
    meeting = meeting_of(None, "2024-06-20", None, None, None, "Mikael Strand", ["Kent Åberg", "Lina Sund"])
    return b, meeting, want


def rubrik_lopande():
    """A small election board's short protocol typed as plain running text: every line a plain
    paragraph, no bold, no gaps, no rules between the paragraphs; two paragraphs "§ 8 Title" on
    one page, each closing with "Valnämnden beslutar att …"."""
    b = [
        ("line", "Valnämnden i Ekby kommun"),
        ("line", "Protokoll från sammanträde 2024-03-05"),
        ("line", "Tid: kl. 16.00–16.40"),
        ("line", "Plats: Kommunhuset, rum Tallen"),
        ("line", "Närvarande: Ove Lind (ordförande), Sara Berg, Nils Eng, Tina Ahl (sekreterare)"),
        ("line", "§ 8 Lokaler för förtidsröstning"),
        ("line", "Förtidsröstningen till valet till Europaparlamentet behöver lokaler i tätorten."),
        ("line", "Valnämnden beslutar att förtidsröstning ska ske i biblioteket och i kommunhuset."),
        ("line", "§ 9 Rekrytering av röstmottagare"),
        ("line", "Kansliet har tagit fram en plan för rekryteringen."),
        ("line", "Valnämnden beslutar att anta planen för rekrytering av röstmottagare."),
        ("line", "Vid protokollet"),
        ("line", "Tina Ahl"),
        ("line", "Justeras"),
        ("line", "Ove Lind"),
        ("line", "Sara Berg"),
    ]
    want = [
        paragraph_want("§ 8", 8, "Lokaler för förtidsröstning", None,
                       ["Valnämnden beslutar att förtidsröstning ska ske i biblioteket och i kommunhuset."]),
        paragraph_want("§ 9", 9, "Rekrytering av röstmottagare", None,
                       ["Valnämnden beslutar att anta planen för rekrytering av röstmottagare."]),
    ]
    meeting = meeting_of("Valnämnden", "2024-03-05", "16.00–16.40", "Kommunhuset, rum Tallen", "Ove Lind", "Tina Ahl",
                         ["Ove Lind", "Sara Berg"], ["Ove Lind", "Sara Berg", "Nils Eng", "Tina Ahl"])
    return b, meeting, want


def innehall_punktlinjer():
    """A protocol whose first page lists its paragraphs in a typed table of contents with dotted
    leaders and page numbers ("§ 21 Title ........ 3"), the paragraphs following from the next
    page with bold "§ 21<tab>Title" heads over "Dnr" and "Beslut"."""
    b = [
        ("title", "Tekniska nämnden", 16),
        ("line", "Protokoll"),
        ("gap",),
        ("table", [["Datum", "2024-04-16"], ["Tid", "18.00–20.30"], ["Plats", "Tekniska kontoret, rum Bron"],
                   ["Ordförande", "Per Nordin"], ["Sekreterare", "Ylva Åkesson"], ["Justerare", "Kristina Bäck"]], False),
        ("gap",),
        ("bold", "Innehåll"),
    ]
    paras = [
        (21, "Taxa för vatten och avlopp 2025", "TN 2024/33", "Tekniska nämnden föreslår kommunfullmäktige att anta taxan."),
        (22, "Upphandling av vinterväghållning", "TN 2024/51", "Tekniska nämnden godkänner förfrågningsunderlaget."),
        (23, "Trafiksäkerhetsplan", "TN 2023/190", "Tekniska nämnden antar trafiksäkerhetsplanen."),
    ]
    for k, (n, title, _, _) in enumerate(paras):
        head = f"§ {n} {title} "
        b.append(("line", head + "." * max(8, 70 - len(head)) + f" {k + 2}"))
    want = []
    for n, title, dnr, decision in paras:
        b += [("page",), ("tabbed", [f"§ {n}", title], True), ("line", f"Dnr {dnr}"),
              ("line", "Samhällsbyggnadsförvaltningen har lämnat ett förslag."), ("bold", "Beslut"), ("line", decision)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision]))
    b += [("gap",)] + signed("Ylva Åkesson", "Per Nordin", "Kristina Bäck")
    meeting = meeting_of("Tekniska nämnden", "2024-04-16", "18.00–20.30", "Tekniska kontoret, rum Bron", "Per Nordin",
                         "Ylva Åkesson", ["Kristina Bäck"])
    return b, meeting, want


def resolution_en():
    """A Swedish company's board minutes in English: "Minutes of the board meeting", labelled
    "Date:", "Time:", "Place:", "Present:", heads "§ 4 Title" in bold, the decision after an
    inline "Resolution:" in the past tense ("The Board approved …", "The Board appointed …"),
    one item that only informs; signed "Minutes taken by" / "Approved by"."""
    b = [
        ("title", "Ekby Energi AB", 15),
        ("line", "Minutes of the board meeting"),
        ("gap",),
        ("labelled", "Date:", "2024-05-14"),
        ("labelled", "Time:", "09.00–11.00"),
        ("labelled", "Place:", "Company office, Hamngatan 3, Ekby"),
        ("labelled", "Present:", "Anna Wik (Chair), Björn Alm, Carla Rossi, David Ek (CEO), Sara Lind (secretary)"),
        ("gap",),
    ]
    items = [
        (4, "Budget 2025", "The CEO presented the proposed budget for 2025.",
         "The Board approved the budget for 2025."),
        (5, "Appointment of a new CFO", "The CEO proposed that Eva Holm be appointed CFO from 1 September 2024.",
         "The Board appointed Eva Holm as CFO from 1 September 2024."),
        (6, "Report from the CEO", "The CEO reported on operations in the first quarter. The report was noted.", None),
    ]
    want = []
    for n, title, text, decision in items:
        b += [("bold", f"§ {n} {title}"), ("line", text)]
        if decision:
            b.append(("headline", "Resolution:", decision))
        b.append(("gap",))
        want.append(paragraph_want(f"§ {n}", n, title, None, [decision] if decision else []))
    b += signed("Sara Lind", "Anna Wik", "Björn Alm", taken="Minutes taken by", approved="Approved by")
    meeting = meeting_of(None, "2024-05-14", "09.00–11.00", "Company office, Hamngatan 3, Ekby", "Anna Wik", "Sara Lind",
                         ["Anna Wik", "Björn Alm"])
    return b, meeting, want


def sandlista():
    """A nämnd's protocol whose paragraphs close with the decision's mailing lists: "Sändlista"
    and "För kännedom" over bullets of bodies and offices, then "Expedierat 2024-02-14 /AB"; the
    decision as att-bullets after "Beslut" and "Byggnadsnämnden beslutar"."""
    b = [
        ("title", "Byggnadsnämnden", 16),
        ("line", "Protokoll"),
        ("gap",),
        ("table", [["Datum", "2024-02-08"], ["Tid", "15.00–17.10"], ["Plats", "Stadshuset, rum Kvarnen"],
                   ["Ordförande", "Rolf Sten"], ["Sekreterare", "Anja Berg"], ["Justerare", "Linnea Hult"]], False),
        ("gap",),
    ]
    paras = [
        (14, "Detaljplan för Ekby centrum, samråd", "BN 2023/88",
         ["att godkänna planförslaget för samråd,", "att samråd ska ske under mars och april 2024."],
         ["Kommunstyrelsen", "Lantmäterimyndigheten", "Länsstyrelsen i Ekby län"], ["Miljönämnden", "Akten"]),
        (15, "Tillsyn av ovårdad tomt, Ekby 7:3", "BN 2023/301",
         ["att förelägga fastighetsägaren att städa tomten senast den 30 april 2024."],
         ["Fastighetsägaren (delgivning)"], ["Akten"]),
    ]
    want = []
    for n, title, dnr, atts, to, info in paras:
        b += [("tabbed", [f"§ {n}", title], True), ("line", f"Dnr {dnr}"),
              ("line", "Stadsbyggnadskontoret har berett ärendet."), ("bold", "Beslut"),
              ("line", "Byggnadsnämnden beslutar"), ("bullets", atts), ("bold", "Sändlista"), ("bullets", to),
              ("bold", "För kännedom"), ("bullets", info), ("line", "Expedierat 2024-02-14 /AB"), ("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, atts))
    b += signed("Anja Berg", "Rolf Sten", "Linnea Hult")
    meeting = meeting_of("Byggnadsnämnden", "2024-02-08", "15.00–17.10", "Stadshuset, rum Kvarnen", "Rolf Sten", "Anja Berg",
                         ["Linnea Hult"])
    return b, meeting, want


def versala_rubriker():
    """A technical board's protocol whose sub-headings are set in capitals ("ÄRENDEBESKRIVNING",
    "YRKANDEN", "PROPOSITIONSORDNING", "BESLUT", "RESERVATION"); the proposals under "YRKANDEN"
    are no decisions, the reservation names one member; heads "§ 61<tab>Title" over "Dnr"."""
    b = [
        ("title", "Tekniska nämnden", 16),
        ("line", "Sammanträdesprotokoll"),
        ("gap",),
        ("table", [["Datum", "2024-10-15"], ["Tid", "13.15–16.00"], ["Plats", "Stadshuset, rum Kastanjen"],
                   ["Ordförande", "Fredrik Ahl"], ["Sekreterare", "Hanna Sköld"], ["Justerare", "Lars Ny"]], False),
        ("gap",),
        ("tabbed", ["§ 61", "Parkeringsnorm för Ekby tätort"], True),
        ("line", "Dnr TN 2024/77"),
        ("bold", "ÄRENDEBESKRIVNING"),
        ("line", "Förvaltningen har tagit fram ett förslag till ny parkeringsnorm."),
        ("bold", "YRKANDEN"),
        ("line", "Fredrik Ahl (S) yrkar bifall till förvaltningens förslag."),
        ("line", "Lars Ny (M) yrkar att ärendet återremitteras."),
        ("bold", "PROPOSITIONSORDNING"),
        ("line", "Ordföranden ställer proposition på om ärendet ska avgöras i dag och finner att så ska ske."),
        ("bold", "BESLUT"),
        ("line", "Tekniska nämnden beslutar att anta parkeringsnormen för Ekby tätort."),
        ("bold", "RESERVATION"),
        ("line", "Lars Ny (M) reserverar sig mot beslutet."),
        ("gap",),
        ("tabbed", ["§ 62", "Renhållningsordning 2025–2028"], True),
        ("line", "Dnr TN 2024/80"),
        ("bold", "ÄRENDEBESKRIVNING"),
        ("line", "Ett förslag till ny renhållningsordning har varit på samråd."),
        ("bold", "BESLUT"),
        ("line", "Tekniska nämnden föreslår kommunfullmäktige att anta renhållningsordningen."),
        ("gap",),
    ]
    b += signed("Hanna Sköld", "Fredrik Ahl", "Lars Ny")
    want = [
        paragraph_want("§ 61", 61, "Parkeringsnorm för Ekby tätort", "TN 2024/77",
                       ["Tekniska nämnden beslutar att anta parkeringsnormen för Ekby tätort."], reservations=1),
        paragraph_want("§ 62", 62, "Renhållningsordning 2025–2028", "TN 2024/80",
                       ["Tekniska nämnden föreslår kommunfullmäktige att anta renhållningsordningen."]),
    ]
    meeting = meeting_of("Tekniska nämnden", "2024-10-15", "13.15–16.00", "Stadshuset, rum Kastanjen", "Fredrik Ahl",
                         "Hanna Sköld", ["Lars Ny"])
    return b, meeting, want


def tjanst_kf_komma():
    """NOT a protocol: an official's report (tjänsteskrivelse) with "Dnr" in its header, bold
    sub-headings "Sammanfattning", "Förslag till beslut", "Bakgrund", citing an earlier decision
    as "KF § 12, 2022" and "§ 12" on lines of their own, signed by two officials."""
    b = [
        ("title", "Tjänsteskrivelse", 15),
        ("labelled", "Datum", "2024-03-01"),
        ("labelled", "Dnr", "KS 2024/58"),
        ("gap",),
        ("bold", "Revidering av riktlinjer för föreningsbidrag"),
        ("bold", "Sammanfattning"),
        ("line", "Riktlinjerna för föreningsbidrag antogs av kommunfullmäktige, KF § 12, 2022, och behöver ses över."),
        ("bold", "Förslag till beslut"),
        ("line", "Kommunstyrelsen föreslår kommunfullmäktige besluta att anta de reviderade riktlinjerna."),
        ("bold", "Bakgrund"),
        ("line", "Kommunfullmäktige beslutade den 21 februari 2022 att anta riktlinjerna."),
        ("line", "KF § 12, 2022"),
        ("line", "Enligt beslutet ska riktlinjerna följas upp efter två år. Uppföljningen visar att bidragen i § 12 "
                 "punkt 3 behöver förtydligas."),
        ("gap",),
        ("line", "Kommunledningskontoret"),
        ("line", "Lena Frost"),
        ("line", "Kommundirektör"),
        ("line", "Ahmed Nur"),
        ("line", "Utredare"),
    ]
    return b, meeting_of(), []


def arbetsordning_paragrafer():
    """NOT a protocol: a council's "Arbetsordning för kommunfullmäktige" in bold "§ N Title"
    rules, several about the meeting's protocol, its adjustment and reservations ("Protokollet
    justeras av ordföranden och två ledamöter", "Fullmäktige beslutar …"), adopted "KF § 145"."""
    b = [
        ("title", "Arbetsordning för kommunfullmäktige i Ekby kommun", 15),
        ("line", "Antagen av kommunfullmäktige 2019-12-16, § 145. Dnr KS 2019/412"),
        ("gap",),
    ]
    rules = [
        ("Antalet ledamöter", "Fullmäktige har 49 ledamöter. Antalet ersättare för varje parti är hälften av partiets ledamöter."),
        ("Ordförande och vice ordförande", "Fullmäktige väljer bland ledamöterna en ordförande och två vice ordförande."),
        ("Tid för sammanträdena", "Fullmäktige beslutar varje år när ordinarie sammanträden ska hållas."),
        ("Yrkanden", "Ett yrkande ska framställas muntligen. Ordföranden får begära att yrkandet lämnas skriftligt."),
        ("Omröstningar", "Omröstningar sker öppet, med undantag för val som ska ske med slutna sedlar."),
        ("Reservation", "Den som vill reservera sig mot ett beslut ska anmäla det innan sammanträdet avslutas."),
        ("Justering av protokollet", "Protokollet justeras av ordföranden och två ledamöter. Fullmäktige får besluta "
                                     "att en paragraf ska justeras omedelbart."),
    ]
    for k, (t, text) in enumerate(rules, 1):
        b += [("bold", f"§ {k} {t}"), ("line", text)]
    return b, meeting_of(), []


def nyhetsbrev_beslut():
    """NOT a protocol: a municipality's newsletter "Nytt från kommunstyrelsen" telling what the
    board decided at its meeting, under bold headlines, each citing its paragraph ("(KS § 88)")
    and past-tense decisions ("Kommunstyrelsen beslutade att …"), with the date and a contact."""
    b = [
        ("title", "Nytt från kommunstyrelsen", 15),
        ("line", "Sammanträdet den 14 maj 2024"),
        ("gap",),
        ("bold", "Nytt äldreboende i Ekby"),
        ("line", "Kommunstyrelsen beslutade att föreslå fullmäktige att bygga ett nytt äldreboende med 60 platser. (KS § 88)"),
        ("bold", "Bredband till landsbygden"),
        ("line", "Kommunstyrelsen beslutade att avsätta 3 miljoner kronor till bredbandsutbyggnad. (KS § 89)"),
        ("bold", "§ 90 Sommarjobb för unga"),
        ("line", "Även i år erbjuds 200 ungdomar sommarjobb. Kommunstyrelsen beslutade att godkänna programmet."),
        ("gap",),
        ("line", "Protokollet justeras den 20 maj och publiceras därefter på kommunens webbplats."),
        ("line", "Kontakt: Lisa Ek, kommunikatör"),
    ]
    return b, meeting_of(), []


TWENTIETH_SHAPES = {
    "dnr-fore-titel": dnr_fore_titel,
    "justeringsanteckning": justeringsanteckning,
    "per-capsulam": per_capsulam,
    "rubrik-lopande": rubrik_lopande,
    "innehall-punktlinjer": innehall_punktlinjer,
    "resolution-en": resolution_en,
    "sandlista": sandlista,
    "versala-rubriker": versala_rubriker,
    "tjanst-kf-komma": tjanst_kf_komma,
    "arbetsordning-paragrafer": arbetsordning_paragrafer,
    "nyhetsbrev-beslut": nyhetsbrev_beslut,
}


def paragraf_arsnummer():
    """A regional board whose paragraphs are numbered with the year ("§ 2024:15 Title" in bold,
    the count running over the year, as some systems print it), "Dnr" below, "Beslut" over one
    sentence; the label keeps the paragraph's number, not the year (as "Kf § 12/2013" does)."""
    paras = [
        (15, "Årsredovisning 2023 för regionen", "RS 2024/31", "Regionstyrelsen godkänner årsredovisningen för 2023."),
        (16, "Avtal om vårdplatser med Ekby kommun", "RS 2024/44", "Regionstyrelsen tecknar avtalet om vårdplatser."),
        (17, "Svar på revisionsrapport om kompetensförsörjning", "RS 2023/290",
         "Regionstyrelsen antar svaret som sitt eget."),
    ]
    b, meeting, want = usual_protocol(("Regionstyrelsen", "Protokoll", 16, "2024-04-16", "09.00–12.00", "Regionens hus, sal Vättern",
                                       "Jenny Strand", "Tobias Lund", "Amra Hodzic"), paras, lambda n, title, dnr, decision: [
        ("bold", f"§ 2024:{n} {title}"), ("line", f"Dnr {dnr}"), ("line", "Regionledningskontoret har berett ärendet."),
        ("bold", "Beslut"), ("line", decision), ("gap",)])
    return b, meeting, want


def bordlaggning():
    """A nämnd whose "Beslut" is sometimes only procedure: "Ärendet bordläggs till nästa
    sammanträde." and "Ärendet återremitteras till förvaltningen för komplettering." (the body's
    decisions all the same), heads "§ 41<tab>Title" over "Diarienummer: …", "Förslag till beslut"
    before "Beslut" (the proposal is no decision)."""
    proposes = "Tekniska nämnden beslutar att "
    paras = [(41, "Taxa för parkering 2025", "TN 2024/88", "anta taxan.", "Ärendet bordläggs till nästa sammanträde."),
             (42, "Gång- och cykelväg längs Storgatan", "TN 2024/61", "godkänna förstudien.",
              "Ärendet återremitteras till förvaltningen för komplettering."),
             (43, "Vinterväghållning 2024–2025", "TN 2024/72", "anta planen.",
              proposes + "anta planen för vinterväghållning 2024–2025.")]
    b, meeting, want = usual_protocol(("Tekniska nämnden", "Sammanträdesprotokoll", 15, "2024-09-10", "18.00–20.15", "Kommunhuset, sal Tallen",
                                       "Gunnar Ek", "Sofie Ahl", "Reza Karimi"), paras, lambda n, title, dnr, proposal, decision: [
        ("tabbed", [f"§ {n}", title], True), ("line", f"Diarienummer: {dnr}"), ("line", "Förvaltningen redogör för ärendet."),
        ("bold", "Förslag till beslut"), ("line", proposes + proposal), ("bold", "Beslut"), ("line", decision), ("gap",)], labelled=True)
    return b, meeting, want


def ledamot_ersattare():
    """The attendance as a two-column grid "Ledamöter | Ersättare" with party marks ("(S)"), the
    chair "ordförande" after the name and a serving substitute "tjänstgör för …"; the attendees
    are everyone, column by column (as narvaro-kolumner counts them), without party or role;
    heads "§ 7" alone in bold, the title in bold below."""
    b, meeting = opening("Barn- och utbildningsnämnden", "Sammanträdesprotokoll", 15,
                         {"Datum": "2024-03-19", "Tid": "13.00–15.00", "Plats": "Stadshuset, rum Skolan"}, labelled=True)
    members = ["Annika Roos (S), ordförande", "Bo Sten (M)", "Fredrik Alm (SD)", "Hussein Omar (V)"]
    substitutes = ["Per Vik (S), tjänstgör för Lisa Holm (S)", "Elin Dahl (M)", "Karin Åström (C)", ""]
    b += [("grid", [["Ledamöter", "Ersättare"], *map(list, zip(members, substitutes))]),
          ("labelled", "Sekreterare", "Malin Berg"), ("labelled", "Justerare", "Bo Sten"), ("gap",)]
    paras = [(7, "Skolskjuts i Norrby", "BUN 2024/18", "Barn- och utbildningsnämnden beslutar att utöka skolskjutsen."),
             (8, "Läsårstider 2025–2026", "BUN 2024/25", "Barn- och utbildningsnämnden fastställer läsårstiderna.")]
    want = paragraphs(b, paras, lambda n, title, dnr, decision: [
        ("bold", f"§ {n}"), ("bold", title), ("line", f"Dnr {dnr}"), ("line", "Förvaltningen redogör för ärendet."),
        ("bold", "Beslut"), ("line", decision), ("gap",)])
    b += signed("Malin Berg", "Annika Roos", "Bo Sten")
    present = [m.split(" (")[0] for m in members + substitutes if m]
    meeting.update(chair="Annika Roos", secretary="Malin Berg", adjusters=["Bo Sten"], attendees=present)
    return b, meeting, want


def bilaga_reglemente():
    """Council minutes adopting a reglemente, printed after the signatures as "Bilaga 1 till KF §
    23" on pages of its own: the reglemente's own "§ 1 Uppgifter", "§ 2 Sammansättning" … rules
    (with "Nämnden beslutar …" sentences) are no paragraphs of the protocol; heads "KF § 23"
    over the title."""
    paras = [
        (23, "Reglemente för krisledningsnämnden", "KS 2024/70",
         "Kommunfullmäktige antar reglementet för krisledningsnämnden enligt bilaga 1."),
        (24, "Val av ersättare i valnämnden", "KS 2024/5", "Kommunfullmäktige väljer Olle Rask till ersättare i valnämnden."),
    ]
    b, meeting, want = usual_protocol(("Kommunfullmäktige", "Sammanträdesprotokoll", 16, "2024-05-27", "18.30–20.45", "Kommunhuset, fullmäktigesalen",
                                       "Bengt Hall", "Lotta Frid", "Nora Eld, Sami Laine"), paras, lambda n, title, dnr, decision: [
        ("bold", f"KF § {n}"), ("bold", title), ("line", f"Dnr {dnr}"), ("line", "Kommunstyrelsen har lämnat förslag i ärendet."),
        ("bold", "Beslut"), ("line", decision), ("gap",)], "KF § {}")
    b += [("page",), ("bold", "Bilaga 1 till KF § 23"), ("title", "Reglemente för krisledningsnämnden", 13), ("gap",),
          ("bold", "§ 1 Uppgifter"),
          ("line", "Krisledningsnämnden fullgör kommunens uppgifter under extraordinära händelser i fredstid."),
          ("bold", "§ 2 Sammansättning"),
          ("line", "Nämnden består av fem ledamöter och fem ersättare som väljs av fullmäktige."),
          ("bold", "§ 3 Sammanträden"),
          ("line", "Nämnden beslutar när den ska träda i verksamhet. Ordföranden får besluta i nämndens ställe."),
          ("bold", "§ 4 Protokoll och justering"),
          ("line", "Protokollet justeras av ordföranden och en ledamot. Nämnden får besluta att en paragraf justeras omedelbart.")]
    return b, meeting, want


def ksau_beredning():
    """A working committee's minutes ("KSAU § 45" in bold over the title) with the headings
    "Beredning", "Yrkande", "Arbetsutskottets beslut" inside every paragraph: the member's
    motion ("… yrkar att …") is no decision, the committee's decision is "Arbetsutskottet
    beslutar att …"; a closing "Justering" line of its own."""
    paras = [
        (45, "Medborgarlöfte med polisen 2025", "KS 2024/301", "Lejla Begic (M) yrkar att ärendet återremitteras.",
         "Arbetsutskottet beslutar att godkänna medborgarlöftet för 2025."),
        (46, "Investeringsbudget för räddningstjänsten", "KS 2024/288",
         "Karl Wiik (S) yrkar att arbetsutskottet föreslår kommunstyrelsen att bifalla förslaget.",
         "Arbetsutskottet beslutar att föreslå kommunstyrelsen att anta investeringsbudgeten."),
    ]
    b, meeting, want = usual_protocol(("Kommunstyrelsens arbetsutskott", "Sammanträdesprotokoll", 15, "2024-10-01", "08.15–10.00", "Kommunhuset, rum Eken",
                                       "Karl Wiik", "Ebba Nordin", "Lejla Begic"), paras, lambda n, title, dnr, motion, decision: [
        ("bold", f"KSAU § {n}"), ("bold", title), ("line", f"Dnr {dnr}"),
        ("bold", "Beredning"), ("line", "Kommunledningskontoret har berett ärendet i en tjänsteskrivelse."),
        ("bold", "Yrkande"), ("line", motion), ("bold", "Arbetsutskottets beslut"), ("line", decision), ("gap",)], "KSAU § {}", tail=[("line", "Justering: Protokollet justeras 2024-10-03."), ("gap",)])
    return b, meeting, want


def paragraf_formular():
    """Paragraphs printed as forms: per paragraph a label/value table "Paragraf | § 31",
    "Ärende | Title", "Diarienummer | …", "Beslut | …" (as a case system's decision print gives
    it), the meeting's fields in a table at the top."""
    b, meeting = opening("Miljö- och byggnämnden", "Protokoll", 15, {
        "Sammanträdesdatum": "2024-11-13", "Tid": "09.00–11.30", "Plats": "Miljöförvaltningen, rum Ån",
        "Ordförande": "Lars Björk", "Sekreterare": "Hanna Öhman", "Justerare": "Ali Hassan"})
    paras = [
        (31, "Bygglov för förskola på Ekby 3:14", "MBN 2024/512", "Miljö- och byggnämnden beviljar bygglov."),
        (32, "Tillsynsplan 2025", "MBN 2024/600", "Miljö- och byggnämnden antar tillsynsplanen för 2025."),
    ]
    want = paragraphs(b, paras, lambda n, title, dnr, decision: [
        ("table", [["Paragraf", f"§ {n}"], ["Ärende", title], ["Diarienummer", dnr], ["Beslut", decision]], False), ("gap",)])
    b += signed("Hanna Öhman", "Lars Björk", "Ali Hassan")
    return b, meeting, want


def delegationsbeslut_tabell():
    """NOT a protocol: a report of decisions taken by officials ("Redovisning av
    delegationsbeslut"), a table "Beslut | Datum | Dnr | Beslutsfattare" whose rows are numbered
    "DB § 14", and a closing "Förslag till beslut: Nämnden lägger redovisningen till handlingarna"."""
    taken = [("Beviljat bostadsanpassningsbidrag", "05-02", 140, "Handläggare Anna Ek"),
             ("Avslag på ansökan om färdtjänst", "05-06", 151, "Handläggare Omid Rahimi"),
             ("Beslut om tillfälligt serveringstillstånd", "05-20", 162, "Enhetschef Lars Sundin")]
    rows = [[f"DB § {k} {what}", f"2024-{day}", f"SN 2024/{dnr}", who] for k, (what, day, dnr, who) in enumerate(taken, 14)]
    b = [
        ("title", "Redovisning av delegationsbeslut", 15),
        ("line", "Socialnämnden, sammanträdet 2024-06-11"),
        ("gap",),
        ("grid", [["Beslut", "Datum", "Dnr", "Beslutsfattare"], *rows]),
        ("gap",),
        ("bold", "Förslag till beslut"),
        ("line", "Socialnämnden beslutar att lägga redovisningen av delegationsbeslut till handlingarna."),
    ]
    return b, meeting_of(), []


def tjanst_utdrag():
    """NOT a protocol: an official's tjänsteskrivelse that quotes a whole earlier paragraph as an
    "Utdrag ur protokoll" under "Bakgrund" ("KSAU § 23" over the title, "Dnr", "Beslut" and the
    committee's decision), then proposes ("Förslag till beslut") and is signed by the officials."""
    b = [
        ("title", "Tjänsteskrivelse", 15),
        *labelled_lines([("Datum", "2024-03-04"), ("Diarienummer", "KS 2024/12"), ("Handläggare", "Per Odén, utredare")]),
        ("gap",),
        ("bold", "Riktlinjer för medborgardialog"),
        ("bold", "Förslag till beslut"),
        ("line", "Kommunstyrelsen beslutar att anta riktlinjerna för medborgardialog."),
        ("bold", "Bakgrund"),
        ("line", "Arbetsutskottet gav förvaltningen i uppdrag att ta fram riktlinjer. Ur arbetsutskottets protokoll:"),
        ("bold", "Utdrag ur protokoll, kommunstyrelsens arbetsutskott 2024-01-16"),
        ("bold", "KSAU § 23"),
        ("bold", "Uppdrag om riktlinjer för medborgardialog"),
        ("line", "Dnr KS 2024/12"),
        ("bold", "Beslut"),
        ("line", "Arbetsutskottet beslutar att ge kommunledningskontoret i uppdrag att ta fram riktlinjer för medborgardialog."),
        ("gap",),
        ("bold", "Ärendet"),
        ("line", "Riktlinjerna beskriver när och hur kommunen för dialog med invånarna."),
        ("gap",),
        ("line", "Kommunledningskontoret"),
        ("tabbed", ["Maria Lund", "Per Odén"], False),
        ("tabbed", ["Kommundirektör", "Utredare"], False),
    ]
    return b, meeting_of(), []


def organ_tabell():
    """A protocol whose header is a grid with a head row ("Organ | Sammanträdesdatum | Plats"
    over one row of values) under the word "Protokoll", the rest of the meeting as tabbed lines;
    heads "§ 12<tab>Title" over "Dnr", "Beslut" over one sentence."""
    b = [("title", "Protokoll", 16), ("gap",),
         ("grid", [["Organ", "Sammanträdesdatum", "Plats"], ["Socialnämnden", "2024-02-20", "Stadshuset, rum Linden"]]),
         ("gap",), *labelled_lines([("Tid", "14.00–16.30"), ("Ordförande", "Mona Ekholm"), ("Sekreterare", "Jonas Frisk"),
                                    ("Justerare", "Aida Selimovic")]), ("gap",)]
    paras = [(12, "Riktlinjer för ekonomiskt bistånd", "SN 2023/301", "Socialnämnden antar riktlinjerna för ekonomiskt bistånd."),
             (13, "Internkontrollplan 2024", "SN 2024/9", "Socialnämnden fastställer internkontrollplanen för 2024."),
             (14, "Lokal för öppenvården i Norrby", "SN 2024/21", "Socialnämnden godkänner hyresavtalet för lokalen.")]
    want = paragraphs(b, paras, lambda n, title, dnr, decision: [
        ("tabbed", [f"§ {n}", title], True), ("line", f"Dnr {dnr}"), ("line", "Förvaltningen har berett ärendet."),
        ("bold", "Beslut"), ("line", decision), ("gap",)])
    b += signed("Jonas Frisk", "Mona Ekholm", "Aida Selimovic")
    return b, meeting_of("Socialnämnden", "2024-02-20", "14.00–16.30", "Stadshuset, rum Linden", "Mona Ekholm", "Jonas Frisk",
                         ["Aida Selimovic"]), want


def rubrik_storre():
    """Heads "§ 12" alone in body-size bold, each title on the line after in a larger size (13
    pt, as a template's "Rubrik 2"), "Diarienummer" below, the decision under "Nämndens beslut"."""
    paras = [(22, "Föreningsbidrag 2025", "KFN 2024/40", "Kultur- och fritidsnämnden fastställer bidragsnivåerna för 2025."),
             (23, "Öppettider för biblioteken i sommar", "KFN 2024/52", "Kultur- och fritidsnämnden godkänner öppettiderna."),
             (24, "Konstnärlig gestaltning av Torget", "KFN 2023/118", "Kultur- och fritidsnämnden väljer förslaget Ljusbågen.")]
    b, meeting, want = usual_protocol(("Kultur- och fritidsnämnden", "Sammanträdesprotokoll", 16, "2024-04-24", "17.00–19.00",
                                       "Kulturhuset, rum Scenen", "Tove Lindgren", "Emil Sjöberg", "Rasmus Holm"), paras, lambda n, title, dnr, decision: [
        ("bold", f"§ {n}"), ("title", title, 13), ("line", f"Diarienummer {dnr}"), ("line", "Förvaltningen redogör för ärendet."),
        ("bold", "Nämndens beslut"), ("line", decision), ("gap",)])
    return b, meeting, want


def arende_hoger():
    """A regional council whose items carry no §: the bold title with "Ärende 12" set right on
    the same line ("Title<tab>Ärende 12"), "Diarienummer RS 2024/…" below, "Regionstyrelsens
    förslag" then "Regionfullmäktiges beslut" over the decision."""
    paras = [(12, "Regionplan 2025–2027", "RS 2024/210", "Regionfullmäktige fastställer regionplanen för 2025–2027."),
             (13, "Ändrad förbundsordning för Kollektivtrafikförbundet", "RS 2024/98",
              "Regionfullmäktige godkänner den ändrade förbundsordningen."),
             (14, "Val av revisorer för 2025", "RS 2024/5", "Regionfullmäktige väljer revisorerna enligt valberedningens förslag.")]
    b, meeting, want = usual_protocol(("Regionfullmäktige", "Protokoll", 16, "2024-06-18", "09.30–16.00", "Regionens hus, plenisalen",
                                       "Birgitta Ros", "Hampus Ek", "Lina Dahl, Omar Said"), paras, lambda n, title, dnr, decision: [
        ("tabbed", [title, f"Ärende {n}"], True), ("line", f"Diarienummer {dnr}"), ("bold", "Regionstyrelsens förslag"),
        ("line", "Regionstyrelsen föreslår fullmäktige att bifalla ärendet."), ("bold", "Regionfullmäktiges beslut"),
        ("line", decision), ("gap",)], "Ärende {}")
    return b, meeting, want


def reservation_inline():
    """Paragraphs whose "Reservation: …" and "Protokollsanteckning: …" are labelled lines after
    the decision (the label on the line, not a heading): they are no decisions; each counts as
    a reservation; "§ 31<tab>Title" heads over "Dnr"."""
    paras = [(31, "Detaljplan för Åsen 2:4", "SBN 2023/77", 2, "Samhällsbyggnadsnämnden antar detaljplanen."),
             (32, "Parkeringsnorm 2024", "SBN 2024/12", 1, "Samhällsbyggnadsnämnden antar parkeringsnormen."),
             (33, "Namnsättning av gator i Ekhagen", "SBN 2024/30", 0, "Samhällsbyggnadsnämnden fastställer gatunamnen.")]
    notes = [("Reservation", "Ledamöterna för Vänsterpartiet reserverar sig mot beslutet till förmån för eget yrkande."),
             ("Protokollsanteckning", "Centerpartiet lämnar en skriftlig protokollsanteckning, bilaga 2.")]
    fields = ("Samhällsbyggnadsnämnden", "Sammanträdesprotokoll", 15, "2024-05-15", "18.00–21.10", "Kommunhuset, sal Björken",
              "Anders Kron", "Maja Vinter", "Leila Nasser")
    b, meeting, want = usual_protocol(fields, paras, lambda n, title, dnr, kept, decision: [
        ("tabbed", [f"§ {n}", title], True), ("line", f"Dnr {dnr}"), ("line", "Förvaltningen har berett ärendet."),
        ("bold", "Beslut"), ("line", decision), *(("line", f"{k}: {v}") for k, v in notes[:kept]), ("gap",)], labelled=True)
    for w, (_, _, _, kept, _) in zip(want, paras):
        w["reservations"] = kept
    return b, meeting, want


def bolag_punkter():
    """A municipal company's board minutes ("Ekby Energi AB", "Protokoll fört vid styrelsemöte")
    with hand-typed bold points "1. Title" and a "Beslut:" label line after each point's text
    (the label is no part of the decision; a point without it decides nothing)."""
    b, meeting = opening("Ekby Energi AB", "Protokoll fört vid styrelsemöte nr 4/2024", 15,
                         {"Datum": "2024-09-26", "Tid": "15.00–17.00", "Plats": "Bolagets kontor, Kraftverksgatan 2",
                          "Ordförande": "Ulf Berglund", "Sekreterare": "Therese Ask", "Justerare": "Kent Modig"})
    points = [(1, "Mötets öppnande", "Ordföranden öppnade mötet.", None),
              (2, "Delårsrapport januari–augusti", "VD föredrog delårsrapporten.", "Styrelsen godkänner delårsrapporten."),
              (3, "Investering i ny panna", "VD redogjorde för upphandlingen.", "Styrelsen beslutar att investera i en ny panna."),
              (4, "Mötets avslutande", "Ordföranden avslutade mötet.", None)]
    want = []
    for n, title, text, decision in points:
        b += [("bold", f"{n}. {title}"), ("line", text), *([("line", f"Beslut: {decision}")] if decision else []), ("gap",)]
        want.append(paragraph_want(str(n), n, title, None, [decision] if decision else []))
    b += signed("Therese Ask", "Ulf Berglund", "Kent Modig")
    # A company's board is no body of the want's contract (as in bolag-styrelse, bolagsstamma).
    meeting["body"] = None
    return b, meeting, want


def ordforandebeslut():
    """A chair's decision taken for the board between meetings, recorded as a protocol of its
    own ("Protokoll över ordförandebeslut"): one "§ 58" with its title, "Dnr", "Beslut" over
    "Ordföranden beslutar …"; signed by the chair alone (no adjusters, no time or place)."""
    b = [("title", "Miljönämnden", 16), ("line", "Protokoll över ordförandebeslut"), ("gap",),
         *labelled_lines([("Datum", "2024-07-08"), ("Ordförande", "Siv Holmgren"), ("Sekreterare", "Pontus Ekman")]), ("gap",)]
    want = paragraphs(b, [(58, "Yttrande över ansökan om vattenverksamhet", "MN 2024/233",
                           "Ordföranden beslutar att lämna yttrandet enligt förvaltningens förslag.")],
                      lambda n, title, dnr, decision: [
        ("bold", f"§ {n} {title}"), ("line", f"Dnr {dnr}"),
        ("line", "Ärendet är så brådskande att nämndens beslut inte kan avvaktas."), ("bold", "Beslut"), ("line", decision), ("gap",)])
    b += [("line", "Underskrift"), ("line", "Siv Holmgren, ordförande")]
    return b, meeting_of("Miljönämnden", "2024-07-08", None, None, "Siv Holmgren", "Pontus Ekman"), want


def ruta_utan_rubrik():
    """Decisions in a bordered box with no "Beslut" label (the box alone marks it) right after
    each "§ N Title" head and its "Dnr"; the case's text after the box."""
    paras = [(5, "Vallokaler vid valet 2024", "VN 2024/3", "Valnämnden fastställer förteckningen över vallokaler."),
             (6, "Rekrytering av röstmottagare", "VN 2024/4", "Valnämnden uppdrar åt kansliet att rekrytera röstmottagare.")]
    b, meeting, want = usual_protocol(("Valnämnden", "Protokoll", 15, "2024-03-12", "16.00–17.00", "Stadshuset, rum Valet",
                                       "Görel Nyström", "Isak Berg", "Mira Lind"), paras, lambda n, title, dnr, decision: [
        ("bold", f"§ {n} {title}"), ("line", f"Dnr {dnr}"), ("box", [("line", decision)]),
        ("line", "Kansliet redogör för förberedelserna inför valet."), ("gap",)])
    return b, meeting, want


def sida_anslag():
    """Every paragraph begins a new page ("§ N" alone in bold atop it, the title in bold under
    it); after the signatures an "Anslag/Bevis" block as label/value lines ("Protokollet är
    justerat. Justeringen har tillkännagivits genom anslag.", "Organ", "Sammanträdesdatum",
    "Datum då anslaget sätts upp", "Förvaringsplats")."""
    paras = [(160, "Taxor och avgifter 2025", "KS 2024/250", "Kommunstyrelsen föreslår fullmäktige att anta taxorna."),
             (161, "Näringslivsstrategi", "KS 2024/199", "Kommunstyrelsen antar näringslivsstrategin."),
             (162, "Medfinansiering av Ekbybanan", "KS 2023/402", "Kommunstyrelsen avslår begäran om medfinansiering.")]
    b, meeting, want = usual_protocol(("Kommunstyrelsen", "Sammanträdesprotokoll", 16, "2024-10-07", "13.00–16.00",
                                       "Kommunhuset, KS-salen", "Jan Höglund", "Erika Palm", "Samir Ali"), paras, lambda n, title, dnr, decision: [
        ("page",), ("bold", f"§ {n}"), ("bold", title), ("line", f"Dnr {dnr}"), ("line", "Kommunledningskontoret har berett ärendet."),
        ("bold", "Beslut"), ("line", decision)], tail=[("gap",)])
    b += [("gap",), ("bold", "ANSLAG/BEVIS"),
          ("line", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."),
          *labelled_lines([("Organ", "Kommunstyrelsen"), ("Sammanträdesdatum", "2024-10-07"),
                           ("Datum då anslaget sätts upp", "2024-10-10"), ("Förvaringsplats", "Kommunkansliet")])]
    return b, meeting, want


def minnesanteckningar():
    """NOT a protocol: notes from a workshop ("Minnesanteckningar", "Deltagare:"), numbered
    points "1. Title" with what was said, "Inga beslut fattades." and "Nästa träff"."""
    b = [("title", "Minnesanteckningar", 15), ("line", "Workshop om trygghet i Norrby, 2024-02-08 kl. 13–16"),
         ("line", "Deltagare: Anna Björk, Leo Sund, Fatima Noor, Per Ahl"), ("gap",)]
    for n, (title, text) in enumerate([
            ("Inledning", "Anna Björk hälsade välkommen och gick igenom syftet med dagen."),
            ("Gruppdiskussion", "Grupperna diskuterade belysning, mötesplatser och kollektivtrafik."),
            ("Återkoppling", "Varje grupp presenterade tre förslag. Förslagen sammanställs av förvaltningen."),
            ("Nästa träff", "Nästa träff äger rum i maj. Inga beslut fattades.")], 1):
        b += [("bold", f"{n}. {title}"), ("line", text), ("gap",)]
    b += [("line", "Vid pennan: Leo Sund")]
    return b, meeting_of(), []


def dagordning_paragrafer():
    """NOT a protocol: an agenda ("Föredragningslista") whose items already carry their
    paragraph numbers ("§ 45<tab>Title", "Dnr …", "Föredragande: …"), without any proposal or
    decision; the meeting's date, time and place at the top."""
    b = [("title", "Kommunstyrelsen", 16), ("line", "Föredragningslista"), ("gap",),
         *labelled_lines([("Datum", "2024-11-04"), ("Tid", "13.00"), ("Plats", "Kommunhuset, KS-salen")]), ("gap",)]
    for n, title, dnr, who in [(45, "Val av justerare", None, None),
                               (46, "Budget 2025", "KS 2024/300", "ekonomichef Lisa Ring"),
                               (47, "Översiktsplan, samråd", "KS 2024/120", "planchef Kim Ode"),
                               (48, "Anmälan av delegationsbeslut", "KS 2024/2", None)]:
        b += [("tabbed", [f"§ {n}", title], True), *([("line", f"Dnr {dnr}")] if dnr else []),
              *([("line", f"Föredragande: {who}")] if who else []), ("gap",)]
    return b, meeting_of(), []


def utdrag_rs_bestyrkande():
    """A regional board's "Protokollsutdrag" of one paragraph: "RS § 188<tab>Dnr RS 2024/377"
    in bold over the title, "Beslut" over "Regionstyrelsen beslutar" and two att-lines, then
    "Expedieras till" over a list of receivers and "Utdragsbestyrkande" with the secretary's
    name (the receivers are no decisions, the certifier no adjuster)."""
    b = [("title", "Regionstyrelsen", 16), ("line", "Protokollsutdrag"), ("gap",),
         *labelled_lines([("Sammanträdesdatum", "2024-09-24")]), ("gap",),
         ("tabbed", ["RS § 188", "Dnr RS 2024/377"], True),
         ("bold", "Yttrande över förslag till nationell plan för transportinfrastrukturen"),
         ("line", "Trafikverket har gett regionen möjlighet att yttra sig över planförslaget. "
                  "Regionstyrelsens arbetsutskott har berett ärendet."),
         ("bold", "Beslut"), ("line", "Regionstyrelsen beslutar"),
         ("line", "att lämna yttrande till Trafikverket enligt bilaga,"),
         ("line", "att paragrafen justeras omedelbart."), ("gap",),
         ("bold", "Expedieras till"), ("bullets", ["Trafikverket", "Regionala utvecklingsnämnden", "Akten"]), ("gap",),
         ("bold", "Utdragsbestyrkande"), ("line", "Maria Holm, nämndsekreterare")]
    want = [paragraph_want("RS § 188", 188, "Yttrande över förslag till nationell plan för transportinfrastrukturen",
                           "RS 2024/377", ["att lämna yttrande till Trafikverket enligt bilaga,",
                                           "att paragrafen justeras omedelbart."])]
    return b, meeting_of("Regionstyrelsen", "2024-09-24"), want


def skola_arendetabell():
    """A school board's Word template: each paragraph a bold "§ 31" over a two-column table
    "Ärende | title", "Diarienummer | …", "Föredragande | …", "Beslut | decision"; the meeting's
    fields in a table of the same kind."""
    b, meeting = usual_opening("Barn- och skolnämnden", "Protokoll", 15, "2024-11-13", "17.30–19.40", "Skolkontoret, rum Eken",
                               "Cecilia Norén", "Andreas Falk", "Hanna Wik")
    paras = [(31, "Skolskjutsregler från och med läsåret 2025/26", "BSN 2024/77", "skolskjutschef Ola Berg",
              "Barn- och skolnämnden antar reglerna för skolskjuts."),
             (32, "Plan mot kränkande behandling", "BSN 2024/81", "utvecklingsledare Sara Ek",
              "Barn- och skolnämnden godkänner planen mot kränkande behandling."),
             (33, "Lokalbehov för förskolan i Västby", "BSN 2024/12", "förvaltningschef Per Holm",
              "Barn- och skolnämnden uppdrar åt förvaltningen att utreda en ny förskola i Västby.")]
    want = paragraphs(b, paras, lambda n, title, dnr, who, decision: [
        ("bold", f"§ {n}"), ("table", [["Ärende", title], ["Diarienummer", dnr], ["Föredragande", who], ["Beslut", decision]], False),
        ("gap",)])
    b += signed("Andreas Falk", "Cecilia Norén", "Hanna Wik")
    return b, meeting, want


def styrelse_punkt():
    """A municipal housing company's minutes ("Protokoll fört vid styrelsesammanträde i Ekby
    Bostäder AB") whose items are "Punkt 1" … "Punkt 6" in bold with the title on the same line
    after a full stop ("Punkt 4. Title"), decisions in running prose ("Styrelsen beslutade att
    …"), the formal items deciding nothing; "Närvarande" a list of names with roles."""
    b = [("title", "Ekby Bostäder AB", 15), ("line", "Protokoll fört vid styrelsesammanträde i Ekby Bostäder AB"), ("gap",),
         *labelled_lines([("Datum", "2024-10-22"), ("Tid", "16.00–18.15"), ("Plats", "Bolagets kontor, Storgatan 12"),
                          ("Närvarande", "Ulla Berg, ordförande; Kent Modig; Sara Nyqvist; Tim Ås, VD; Pia Rask, sekreterare")]),
         ("gap",)]
    points = [(1, "Sammanträdets öppnande", "Ordföranden hälsade välkommen och förklarade sammanträdet öppnat.", None),
              (2, "Val av justerare", "Till att jämte ordföranden justera protokollet utsågs Kent Modig.", None),
              (3, "Godkännande av dagordning", "Dagordningen godkändes.", None),
              (4, "Ombyggnad av kvarteret Tallen 4", "VD redogjorde för anbuden. Styrelsen diskuterade tidplanen.",
               "Styrelsen beslutade att anta anbudet från Bygg i Ekby AB."),
              (5, "Hyresförhandling 2025", "VD informerade om läget i förhandlingen med Hyresgästföreningen.",
               "Styrelsen beslutade att ge VD i uppdrag att slutföra förhandlingen."),
              (6, "Sammanträdets avslutande", "Ordföranden tackade och avslutade sammanträdet.", None)]
    want = []
    for n, title, text, decision in points:
        b += [("bold", f"Punkt {n}. {title}"), ("line", text + (" " + decision if decision else "")), ("gap",)]
        want.append(paragraph_want(f"Punkt {n}", n, title, None, [decision] if decision else []))
    b += signed("Pia Rask", "Ulla Berg", "Kent Modig")
    # The chair adjusts "jämte" the adjuster and signs under "Justeras" with him (as in brf-board).
    return b, meeting_of(None, "2024-10-22", "16.00–18.15", "Bolagets kontor, Storgatan 12", "Ulla Berg", "Pia Rask",
                         ["Ulla Berg", "Kent Modig"]), want


def beslut_yrkanden():
    """Council minutes in the order many systems print them: "§ 112 Title", "Dnr", "Beslut"
    first, then "Jäv", "Yrkanden", "Propositionsordning", "Omröstningsresultat" and
    "Reservation" headings after it (their "finner att fullmäktige beslutar …", "yrkar att …"
    sentences are no decisions; each reservation counts)."""
    fields = ("Kommunfullmäktige", "Protokoll", 16, "2024-11-25", "18.00–22.40", "Stadshuset, fullmäktigesalen",
              "Lena Sjöberg", "Malin Ek", "Fredrik Holm, Aisha Noor")
    b, meeting = usual_opening(*fields)
    paras = [
        (112, "Budget 2025 och ekonomisk plan 2026–2027", "KS 2024/300",
         "Kommunfullmäktige fastställer budget för 2025 och ekonomisk plan för 2026–2027.", True, 1),
        (113, "Försäljning av fastigheten Ekby 5:12", "KS 2024/266",
         "Kommunfullmäktige godkänner försäljningen av fastigheten Ekby 5:12.", False, 0),
        (114, "Svar på motion om fler laddplatser", "KS 2024/41", "Kommunfullmäktige anser motionen besvarad.", False, 0),
    ]
    want = []
    for n, title, dnr, decision, voted, reserved in paras:
        b += [("bold", f"§ {n} {title}"), ("line", f"Dnr {dnr}"), ("bold", "Beslut"), ("line", decision)]
        if n == 113:
            b += [("bold", "Jäv"), ("line", "Jonas Ring (C) anmäler jäv och deltar inte i handläggningen av ärendet.")]
        b += [("bold", "Yrkanden"),
              ("line", "Lena Sjöberg (S) yrkar bifall till kommunstyrelsens förslag. Per Dahl (M) yrkar att ärendet "
                       "återremitteras till kommunstyrelsen.")]
        b += [("bold", "Propositionsordning"),
              ("line", "Ordföranden ställer först proposition på om ärendet ska avgöras i dag och finner att fullmäktige "
                       "beslutar att avgöra ärendet i dag. Därefter ställer ordföranden proposition på kommunstyrelsens "
                       "förslag och finner att fullmäktige bifaller det.")]
        if voted:
            b += [("line", "Votering begärs och verkställs."), ("bold", "Omröstningsresultat"),
                  ("line", "Med 31 ja-röster mot 18 nej-röster beslutar fullmäktige enligt kommunstyrelsens förslag. "
                           "2 ledamöter avstår."),
                  ("bold", "Reservation"), ("line", "Moderaternas ledamöter reserverar sig mot beslutet.")]
        b += [("gap",)]
        want.append(paragraph_want(f"§ {n}", n, title, dnr, [decision], reservations=reserved))
    b += signed("Malin Ek", "Lena Sjöberg", "Fredrik Holm", "Aisha Noor")
    return b, meeting, want


def delegation_rader():
    """A social board's minutes where one paragraph ("Anmälan av delegationsbeslut") lists the
    officials' decisions in a grid "Beslut | Datum | Dnr | Delegat", each row a "D § 101 …"
    number of the delegation list: no paragraphs of the protocol; "§ 45<tab>Title" heads."""
    b, meeting = usual_opening("Socialnämnden", "Sammanträdesprotokoll", 15, "2024-05-21", "13.30–16.00", "Stadshuset, rum Aspen",
                               "Irene Lund", "Sebastian Kron", "Marko Petrović", labelled=True)
    paras = [(44, "Ekonomisk uppföljning april 2024", "SN 2024/7", "Socialnämnden godkänner den ekonomiska uppföljningen."),
             (45, "Anmälan av delegationsbeslut", "SN 2024/2", "Socialnämnden lägger anmälan av delegationsbeslut till handlingarna."),
             (46, "Yttrande om serveringstillstånd, Krogen Ekby", "SN 2024/133", "Socialnämnden beviljar serveringstillståndet.")]
    rows = [["D § 101 Bistånd enligt 4 kap. 1 § SoL", "2024-04-03", "SN 2024/118", "Socialsekreterare Lisa Ahl"],
            ["D § 102 Avslag på ansökan om färdtjänst", "2024-04-11", "SN 2024/121", "Handläggare Omid Sadeghi"],
            ["D § 103 Tillfälligt serveringstillstånd", "2024-04-26", "SN 2024/126", "Enhetschef Karl Berg"]]
    want = paragraphs(b, paras, lambda n, title, dnr, decision: [
        ("tabbed", [f"§ {n}", title], True), ("line", f"Dnr {dnr}"),
        *([("line", "Följande beslut har fattats med stöd av delegation:"),
           ("grid", [["Beslut", "Datum", "Dnr", "Delegat"], *rows])] if n == 45 else
          [("line", "Förvaltningen har berett ärendet.")]),
        ("bold", "Beslut"), ("line", decision), ("gap",)])
    b += signed("Sebastian Kron", "Irene Lund", "Marko Petrović")
    return b, meeting, want


def minutes_translation():
    """A municipal board's minutes in English translation ("Minutes", "Municipal Executive
    Board", "Translation from Swedish"): fields "Date", "Time", "Venue", "Chair", "Secretary",
    "Minutes checked by"; heads "§ 97 Title", "Reg. no. KS 2024/…", "Decision" over "The Municipal
    Executive Board resolves to …"; signed "Keeper of the minutes" / "Checked by"."""
    b = [("title", "Municipal Executive Board", 16), ("line", "Minutes (translation from Swedish)"), ("gap",),
         *labelled_lines([("Date", "2024-06-10"), ("Time", "13:00–15:30"), ("Venue", "City Hall, Executive Board room"),
                          ("Chair", "Karin Dahl"), ("Secretary", "Oskar Lind"), ("Minutes checked by", "Amir Haddad")]),
         ("gap",)]
    paras = [(97, "Climate roadmap 2030", "KS 2024/155", "The Municipal Executive Board resolves to adopt the climate roadmap."),
             (98, "Sister city agreement with Tartu", "KS 2024/170",
              "The Municipal Executive Board resolves to approve the sister city agreement."),
             (99, "Report on delegated decisions", "KS 2024/3", "The Municipal Executive Board resolves to note the report.")]
    want = paragraphs(b, paras, lambda n, title, dnr, decision: [
        ("bold", f"§ {n} {title}"), ("line", f"Reg. no. {dnr}"), ("line", "The City Office has prepared the matter."),
        ("bold", "Decision"), ("line", decision), ("gap",)])
    b += signed("Oskar Lind", "Karin Dahl", "Amir Haddad", taken="Keeper of the minutes", approved="Checked by")
    return b, meeting_of("Municipal Executive Board", "2024-06-10", "13:00–15:30", "City Hall, Executive Board room",
                         "Karin Dahl", "Oskar Lind", ["Amir Haddad"]), want


def paragraf_tvaspalt():
    """Paragraphs as rows of a borderless two-column table: the left cell "§ 14" over "Dnr
    MBN 2024/55", the right the bold title, the case's text, "Beslut" and the decision."""
    b, meeting = usual_opening("Miljö- och byggnämnden", "Sammanträdesprotokoll", 15, "2024-08-28", "08.30–12.00",
                               "Kommunhuset, sal Ljungen", "Tomas Rydén", "Elsa Grahn", "Ingrid Mård")
    paras = [(14, "Bygglov för flerbostadshus, Ekby 3:45", "MBN 2024/55", "Miljö- och byggnämnden beviljar bygglov."),
             (15, "Föreläggande om åtgärder, Norrby 1:7", "MBN 2024/61",
              "Miljö- och byggnämnden förelägger fastighetsägaren att åtgärda avloppet."),
             (16, "Tillsynsplan 2025", "MBN 2024/80", "Miljö- och byggnämnden fastställer tillsynsplanen för 2025.")]
    want = paragraphs(b, paras, lambda n, title, dnr, decision: [
        ("split", [("bold", f"§ {n}"), ("line", f"Dnr {dnr}")],
         [("bold", title), ("line", "Förvaltningen har utrett ärendet och lämnat förslag till beslut."),
          ("bold", "Beslut"), ("line", decision)]), ("gap",)])
    b += signed("Elsa Grahn", "Tomas Rydén", "Ingrid Mård")
    return b, meeting, want


def att_sidbrytning():
    """A paragraph whose att-list runs over a page, the system repeating the head as "§ 14
    (forts.)" atop the next page before the rest of the list: one paragraph, every att-line a
    decision; "§ 14<tab>Title" heads over "Dnr"."""
    b, meeting = usual_opening("Kommunstyrelsen", "Sammanträdesprotokoll", 16, "2024-02-06", "13.00–16.30", "Rådhuset, KS-salen",
                               "Göran Alm", "Nina Holst", "Patrik Öberg", labelled=True)
    first = ["att anta bostadsförsörjningsprogrammet för 2024–2030,",
             "att uppdra åt samhällsbyggnadsförvaltningen att ta fram en markanvisningspolicy,",
             "att uppdra åt det kommunala bostadsbolaget att redovisa sin byggplan,"]
    rest = ["att programmet följs upp årligen i kommunstyrelsen,",
            "att programmet ersätter det tidigare programmet från 2019."]
    b += [("tabbed", ["§ 14", "Bostadsförsörjningsprogram 2024–2030"], True), ("line", "Dnr KS 2023/410"),
          *[("line", s) for s in _LONG[:6]],
          ("bold", "Beslut"), ("line", "Kommunstyrelsen beslutar"), *[("line", s) for s in first],
          ("page",), ("bold", "§ 14 (forts.)"), *[("line", s) for s in rest], ("gap",),
          ("tabbed", ["§ 15", "Revidering av delegationsordningen"], True), ("line", "Dnr KS 2024/8"),
          ("line", "Kommunledningskontoret har sett över delegationsordningen."), ("bold", "Beslut"),
          ("line", "Kommunstyrelsen antar den reviderade delegationsordningen."), ("gap",)]
    want = [paragraph_want("§ 14", 14, "Bostadsförsörjningsprogram 2024–2030", "KS 2023/410", first + rest),
            paragraph_want("§ 15", 15, "Revidering av delegationsordningen", "KS 2024/8",
                           ["Kommunstyrelsen antar den reviderade delegationsordningen."])]
    b += signed("Nina Holst", "Göran Alm", "Patrik Öberg")
    return b, meeting, want


def diarieforteckning():
    """NOT a protocol: a diary register printout ("Diarieförteckning", one board's cases of a
    month): rows "Dnr | Datum | Ärendemening | Lagrum | Beslut" whose cells cite the law ("§ 9
    förvaltningslagen", "13 kap. 1 § kommunallagen") and the paragraph that decided ("KS § 45"),
    and a closing "Utskriven 2024-04-02 av Diariet"."""
    rows = [["KS 2024/101", "2024-03-04", "Begäran om yttrande över regional cykelplan", "§ 9 förvaltningslagen", "KS § 45"],
            ["KS 2024/107", "2024-03-08", "Överklagande av beslut om markanvisning", "13 kap. 1 § kommunallagen", ""],
            ["KS 2024/112", "2024-03-15", "Ansökan om bidrag till föreningen Ekby IF", "§ 4 bidragsreglementet", "KS § 51"],
            ["KS 2024/118", "2024-03-27", "Begäran om allmän handling", "2 kap. 15 § tryckfrihetsförordningen", ""]]
    b = [("title", "Diarieförteckning", 15), ("line", "Kommunstyrelsen, ärenden registrerade 2024-03-01 – 2024-03-31"), ("gap",),
         ("grid", [["Dnr", "Datum", "Ärendemening", "Lagrum", "Beslut"], *rows]), ("gap",),
         ("line", "Utskriven 2024-04-02 av Diariet, kommunledningskontoret")]
    return b, meeting_of(), []


def kallelse_forslag():
    """NOT a protocol: an invitation to a working committee's meeting ("Kallelse", "Tid",
    "Plats", "Anmäl förhinder till …") listing its items "1. Title" each with "Dnr" and
    "Förslag till beslut" over "Arbetsutskottet föreslår kommunstyrelsen besluta att …": the
    proposals are no decisions, the items no paragraphs."""
    b = [("title", "Kallelse", 16), ("line", "Kommunstyrelsens arbetsutskott"), ("gap",),
         *labelled_lines([("Tid", "Tisdagen den 12 mars 2024 kl. 08.30"), ("Plats", "Kommunhuset, rum Ekbacken")]), ("gap",),
         ("line", "Ledamöterna kallas härmed till sammanträde. Anmäl förhinder till nämndsekreteraren Lisa Gran."), ("gap",),
         ("bold", "Ärenden")]
    for n, title, dnr, proposal in [(1, "Val av justerare", None, None),
                                    (2, "Budgetuppföljning februari", "KS 2024/20",
                                     "Arbetsutskottet föreslår kommunstyrelsen besluta att godkänna uppföljningen."),
                                    (3, "Detaljplan för Ekby centrum, antagande", "KS 2023/311",
                                     "Arbetsutskottet föreslår kommunstyrelsen besluta att anta detaljplanen."),
                                    (4, "Informationsärenden", None, None)]:
        b += [("bold", f"{n}. {title}"), *([("line", f"Dnr {dnr}")] if dnr else []),
              *([("line", "Förslag till beslut"), ("line", proposal)] if proposal else []), ("gap",)]
    b += [("line", "Göran Alm"), ("line", "Ordförande")]
    return b, meeting_of(), []


def shapes_of(*shapes):
    """A round's shapes by name: a shape's function named with "-" for "_"."""
    return {f.__name__.replace("_", "-"): f for f in shapes}


TWENTY_FIRST_SHAPES = shapes_of(paragraf_arsnummer, bordlaggning, ledamot_ersattare, bilaga_reglemente, ksau_beredning,
                                paragraf_formular, delegationsbeslut_tabell, tjanst_utdrag)
TWENTY_SECOND_SHAPES = shapes_of(organ_tabell, rubrik_storre, arende_hoger, reservation_inline, bolag_punkter,
                                 ordforandebeslut, ruta_utan_rubrik, sida_anslag, minnesanteckningar, dagordning_paragrafer)
TWENTYTHIRD_SHAPES = shapes_of(utdrag_rs_bestyrkande, skola_arendetabell, styrelse_punkt, beslut_yrkanden, delegation_rader,
                               minutes_translation, paragraf_tvaspalt, att_sidbrytning, diarieforteckning, kallelse_forslag)


SHAPES = {
    "ciceron": ciceron,
    "platina": platina,
    "meetings-plus": meetings_plus,
    "evolution": evolution,
    "board-minutes": board_minutes,
    "arende": arende,
    "table-heads": table_heads,
    "table-heads-paged": lambda: table_heads(page_per_paragraph=True),
    "council-notice": council_notice,
    "bank-minutes": bank_minutes,
    "bank-minutes-heads": bank_minutes_heads,
    "board-agenda": board_agenda,
    "paged-heads": paged_heads,
    "board-meeting": board_meeting,
    "ciceron-header": ciceron_header,
    "margin-heads": margin_heads,
    "utdrag": utdrag,
    "agenda-paragraphs": agenda_paragraphs,
    "word-numbered": word_numbered,
    "council-votes": council_votes,
    "region-board": region_board,
    "bun-head-rows": bun_head_rows,
    "label-column": label_column,
    "company-board-en": company_board_en,
    "punkt-items": punkt_items,
    "kf-year-heads": kf_year_heads,
    "split-paragraphs": split_paragraphs,
    "protokollsutdrag": protokollsutdrag,
    "brf-board": brf_board,
    "votering": votering,
    "paragraf-heads": paragraf_heads,
    "au-beslutsgang": au_beslutsgang,
    "bolag-styrelse": bolag_styrelse,
    "utdrag-brev": utdrag_brev,
    "lagrum-paragraphs": lagrum_paragraphs,
    "board-mixed-en": board_mixed_en,
    "rf-beslutsunderlag": rf_beslutsunderlag,
    "arende-namnd": arende_namnd,
    "paged-continuation": paged_continuation,
    "signature-boxes": signature_boxes,
    "reservation-notes": reservation_notes,
    "forening-minutes": forening_minutes,
    "ordningsforeskrifter": ordningsforeskrifter,
    "reglemente": reglemente,
    "w3d3-columns": w3d3_columns,
    "region-fullmaktige": region_fullmaktige,
    "prose-school-board": prose_school_board,
    "inline-beslut": inline_beslut,
    "utdrag-intygar": utdrag_intygar,
    "joint-committee": joint_committee,
    "bilingual-board": bilingual_board,
    "stadgar": stadgar,
    "kallelse": kallelse,
    "dnr-cell": dnr_cell,
    "arende-numbered-atts": arende_numbered_atts,
    "title-first": title_first,
    "utskott-forslag": utskott_forslag,
    "jav-votes": jav_votes,
    "versal-heads": versal_heads,
    "lou-tender": lou_tender,
    "nyhetsbrev": nyhetsbrev,
    "rf-dnr-line": rf_dnr_line,
    "individutskott": individutskott,
    "extra-kf": extra_kf,
    "bolagsstamma": bolagsstamma,
    "forbund-arende": forbund_arende,
    "side-beslut": side_beslut,
    "ajournering": ajournering,
    "narvarolista": narvarolista,
    "kallelse-paragrafer": kallelse_paragrafer,
    "lagtext": lagtext,
    "revisionsrapport": revisionsrapport,
    "justering-anslag": justering_anslag,
    "dnr-first": dnr_first,
    "presidium": presidium,
    "namnd-proposition": namnd_proposition,
    "omrostningsbilaga": omrostningsbilaga,
    "board-english-dates": board_english_dates,
    "delparagrafer": delparagrafer,
    "delegationslista": delegationslista,
    "motion": motion,
    "tjansteskrivelse": tjansteskrivelse,
    "ciceron-paragraf-table": ciceron_paragraf_table,
    "netpublicator-header": netpublicator_header,
    "arende-delpunkter": arende_delpunkter,
    "beslut-cell": beslut_cell,
    "digital-signatur": digital_signatur,
    "utdrag-bestyrks": utdrag_bestyrks,
    "forts-rubrik": forts_rubrik,
    "styrelse-minutes": styrelse_minutes,
    "ovriga-fragor": ovriga_fragor,
    "avgiftsforeskrifter": avgiftsforeskrifter,
    "delegationsordning": delegationsordning,
    "finlands-paragrafer": finlands_paragrafer,
    "grupperade-paragrafer": grupperade_paragrafer,
    "kf-interpellationer": kf_interpellationer,
    "distans-narvaro": distans_narvaro,
    "landskap-spalter": landskap_spalter,
    "kyrkorad": kyrkorad,
    "ksau-forslag": ksau_forslag,
    "arsmote-forening": arsmote_forening,
    "forvaltningsratt-dom": forvaltningsratt_dom,
    "rf-arende": rf_arende,
    "bolag-paragraf-ar": bolag_paragraf_ar,
    "dnr-hoger": dnr_hoger,
    "beslutsgang-reservation": beslutsgang_reservation,
    "omedelbar-justering": omedelbar_justering,
    "bilaga-paragraf": bilaga_paragraf,
    "utdrag-enskild": utdrag_enskild,
    "signatur-forsta": signatur_forsta,
    "sidhuvud-sidor": sidhuvud_sidor,
    "arbetsordning": arbetsordning,
    "protokollsbilaga": protokollsbilaga,
    "narv-grid": narv_grid,
    "forts-sidfot": forts_sidfot,
    "marginal-dnr": marginal_dnr,
    "dnr-former": dnr_former,
    "att-listor": att_listor,
    "omrostning-jav": omrostning_jav,
    "anmalningsarenden": anmalningsarenden,
    "narvaro-kolumner": narvaro_kolumner,
    "skannad": skannad,
    "avtal-paragrafer": avtal_paragrafer,
    "paragrafregister": paragrafregister,
    "foredragningslista": foredragningslista,
    **FIFTEENTH_SHAPES,
    **SIXTEENTH_SHAPES,
    **SEVENTEENTH_SHAPES,
    **EIGHTEENTH_SHAPES,
    **NINETEENTH_SHAPES,
    **TWENTIETH_SHAPES,
    **TWENTY_FIRST_SHAPES,
    **TWENTY_SECOND_SHAPES,
    **TWENTYTHIRD_SHAPES,
}

# ---------------------------------------------------------------------------------------
# Word


def docx_of(blocks, path):
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Liberation Sans"
    style.font.size = Pt(10)
    d.core_properties.title = ""
    d.core_properties.author = "kommission tests"
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            r = d.add_paragraph().add_run(blk[1])
            r.bold = True
            r.font.size = Pt(blk[2])
        elif kind == "line":
            d.add_paragraph(blk[1])
        elif kind == "bold":
            d.add_paragraph().add_run(blk[1]).bold = True
        elif kind == "table":
            t = d.add_table(rows=0, cols=2)
            for label, value in blk[1]:
                cells = t.add_row().cells
                cells[0].text = ""
                cells[0].paragraphs[0].add_run(label).bold = blk[2]
                lines = value.split("\n")
                cells[1].text = ""
                cells[1].paragraphs[0].add_run(lines[0]).bold = blk[2]
                for extra in lines[1:]:
                    cells[1].add_paragraph(extra)
        elif kind == "footer":
            p = d.sections[0].footer.paragraphs[0]
            p.text = "\t".join(blk[1])
        elif kind == "tabbed":
            p = d.add_paragraph()
            for k, part in enumerate(blk[1]):
                if k:
                    p.add_run("\t")
                p.add_run(part).bold = blk[2]
        elif kind == "bullets":
            for item in blk[1]:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "numbers":
            for item in blk[1]:
                d.add_paragraph(item, style="List Number")
        elif kind == "header":
            p = d.sections[0].header.paragraphs[0]
            p.text = blk[1] + "\tSida "
            page_field(p)
        elif kind == "counted_header":
            # "WORD N (M)" at the right: the page and the pages, Word's PAGE and NUMPAGES fields.
            p = d.sections[0].header.paragraphs[0]
            p.text = blk[1] + "\t\t" + blk[2] + " "
            page_field(p)
            p.add_run(" (")
            page_field(p, "NUMPAGES")
            p.add_run(")")
        elif kind == "labelled":
            p = d.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(5.5))
            p.paragraph_format.space_after = Pt(0)
            p.add_run(blk[1] + "\t" + blk[2])
        elif kind == "hanging":
            # A side heading in a 3.5 cm left margin, its text hanging beside it.
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(3.5)
            p.paragraph_format.first_line_indent = Cm(-3.5)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))
            p.paragraph_format.space_after = Pt(2)
            p.add_run(blk[1] + "\t" + blk[2])
        elif kind == "numbered_heading":
            p = d.add_paragraph(style="List Number")
            p.add_run(blk[2]).bold = True
        elif kind == "page_header_table":
            h = d.sections[0].header
            t = h.add_table(rows=0, cols=len(blk[1][0]), width=Cm(16))
            for row in blk[1]:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = ""
                    if v == "#PAGE":
                        page_field(c.paragraphs[0])
                    else:
                        c.paragraphs[0].add_run(v)
        elif kind == "grid":
            t = d.add_table(rows=0, cols=len(blk[1][0]))
            for k, row in enumerate(blk[1]):
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    # A cell's lines ("\n") are paragraphs of their own in the cell.
                    lines = v.split("\n")
                    c.text = ""
                    c.paragraphs[0].add_run(lines[0]).bold = k == 0
                    for extra in lines[1:]:
                        c.add_paragraph(extra)
        elif kind == "narrowgrid":
            # A bordered grid whose first column is too narrow for a prefixed head.
            widths = (Cm(1.3), Cm(5.6), Cm(2.6), Cm(6.5))
            t = d.add_table(rows=0, cols=len(blk[1][0]))
            t.style = d.styles["Table Grid"]
            t.autofit = False
            for col, w in zip(t.columns, widths):
                col.width = w
            for k, row in enumerate(blk[1]):
                cells = t.add_row().cells
                for c, v, w in zip(cells, row, widths):
                    c.width = w
                    c.text = ""
                    c.paragraphs[0].add_run(v).bold = k == 0
        elif kind == "margin":
            t = d.add_table(rows=1, cols=2)
            t.autofit = False
            left, right = t.rows[0].cells
            left.width, right.width = Cm(2), Cm(14)
            left.text = ""
            left.paragraphs[0].add_run(blk[1]).bold = True
            first = True
            for inner in blk[2]:
                items = inner[1] if inner[0] == "bullets" else [inner[1]]
                for item in items:
                    if first:
                        para = right.paragraphs[0]
                        first = False
                    else:
                        para = right.add_paragraph()
                    if inner[0] == "bullets":
                        para.style = d.styles["List Bullet"]
                    para.add_run(item).bold = inner[0] == "bold"
        elif kind == "split":
            # One row of a borderless two-column table: inner blocks in each cell.
            t = d.add_table(rows=1, cols=2)
            t.autofit = False
            left, right = t.rows[0].cells
            left.width, right.width = Cm(4.2), Cm(11.8)
            for cell, inners in ((left, blk[1]), (right, blk[2])):
                cell.text = ""
                first = True
                for inner in inners:
                    items = inner[1] if inner[0] == "bullets" else [inner[1]]
                    for item in items:
                        para = cell.paragraphs[0] if first else cell.add_paragraph()
                        first = False
                        if inner[0] == "bullets":
                            para.style = d.styles["List Bullet"]
                        para.add_run(item).bold = inner[0] == "bold"
        elif kind == "headrow":
            # A paragraph's head as one borderless row: head | title | diary number (right).
            t = d.add_table(rows=1, cols=3)
            t.autofit = False
            for k, (c, v, w) in enumerate(zip(t.rows[0].cells, blk[1], (Cm(2.6), Cm(9.4), Cm(4.0)))):
                c.width = w
                c.text = ""
                # A cell's lines ("\n") are paragraphs of their own in the cell.
                for j, line in enumerate(v.split("\n")):
                    para = c.paragraphs[0] if j == 0 else c.add_paragraph()
                    para.add_run(line).bold = k < 2
                    if k == 2:
                        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "rightpair":
            # A bold title and the head right-aligned on the same line ("Budget 2025  § 12").
            p = d.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
            p.add_run(blk[1][0] + "\t" + blk[1][1]).bold = True
        elif kind == "headline":
            # A bold head and plain text after it on one line.
            p = d.add_paragraph()
            p.add_run(blk[1]).bold = True
            p.add_run(" " + blk[2])
        elif kind == "para_numbered":
            p = d.add_paragraph()
            set_numbering(d, p, section_numbering(d, blk[1]))
            p.add_run(blk[2]).bold = True
        elif kind == "landscape_columns":
            # The whole document in landscape, its text in two columns.
            from docx.enum.section import WD_ORIENT
            from docx.oxml import OxmlElement
            from docx.oxml.ns import qn

            sec = d.sections[0]
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = sec.page_height, sec.page_width
            cols = OxmlElement("w:cols")
            cols.set(qn("w:num"), "2")
            cols.set(qn("w:space"), "720")
            sec._sectPr.append(cols)
        elif kind == "marginbox":
            # A head in a floating text box in the page's left margin, anchored to its title.
            sec = d.sections[0]
            if sec.left_margin < Cm(4):
                sec.left_margin = Cm(4)
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(8)
            p._p.append(text_box_run(blk[1], Cm(1.0), Cm(2.6), Cm(0.6)))
            p.add_run(blk[2]).bold = True
        elif kind == "box":
            # Inner blocks in a bordered one-cell table.
            t = d.add_table(rows=1, cols=1)
            t.style = d.styles["Table Grid"]
            cell = t.rows[0].cells[0]
            cell.text = ""
            for k, inner in enumerate(blk[1]):
                para = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                para.add_run(inner[1]).bold = inner[0] == "bold"
        elif kind == "gap":
            d.add_paragraph("")
        elif kind == "page":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.save(path)


_TEXT_BOXES = [0]


def text_box_run(text, x, width, height):
    """A run holding a floating text box (DrawingML, as Word 2010+ writes one) at `x` from the
    page's left edge, level with its paragraph, its text bold, without border or fill."""
    from docx.oxml import parse_xml

    _TEXT_BOXES[0] += 1
    n = _TEXT_BOXES[0]
    return parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{n}" behindDoc="0" '
        'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{int(x)}</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{int(width)}" cy="{int(height)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{1000 + n}" name="Textruta {n}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{int(width)}" cy="{int(height)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent><w:p><w:r><w:rPr><w:b/></w:rPr>'
        f'<w:t xml:space="preserve">{html_escape(text)}</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"><a:noAutofit/>'
        '</wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')


_SECTION_NUMBERING = {}


def section_numbering(d, start):
    """A Word list format that prints "§ N" from `start` (one per document): the number is
    Word's, not in the text."""
    from docx.oxml import parse_xml

    key = (id(d), start)
    if key in _SECTION_NUMBERING:
        return _SECTION_NUMBERING[key]
    numbering = d.part.numbering_part.element
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    abstract_id = 90 + len(_SECTION_NUMBERING)
    num_id = 900 + len(_SECTION_NUMBERING)
    a = parse_xml(
        f'<w:abstractNum {ns} w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="§ %1"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:tabs><w:tab w:val="num" w:pos="1134"/></w:tabs><w:ind w:left="1134" w:hanging="1134"/></w:pPr>'
        '<w:rPr><w:b/></w:rPr></w:lvl></w:abstractNum>'
    )
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    numbering.append(parse_xml(f'<w:num {ns} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    _SECTION_NUMBERING[key] = num_id
    return num_id


def set_numbering(d, p, num_id):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.insert(0, numpr)


def page_field(p, instr="PAGE"):
    """Word's PAGE field (or another, NUMPAGES) at the end of paragraph p (set by the producer)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    f = OxmlElement("w:fldSimple")
    f.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    f.append(r)
    p._p.append(f)


# ---------------------------------------------------------------------------------------
# LaTeX


def tex_escape(s):
    out = []
    for c in s:
        if c in "&%$#_{}":
            out.append("\\" + c)
        elif c == "§":
            out.append("\\S{}")
        else:
            out.append(c)
    return "".join(out)


def _fancy(out):
    """fancyhdr's set-up, once: a header and a footer in one shape both keep their text."""
    if any("fancyhdr" in x for x in out):
        return ""
    return "\\usepackage{fancyhdr}\\pagestyle{fancy}\\fancyhf{}\\renewcommand{\\headrulewidth}{0pt}"


def tex_of(blocks):
    out = [
        r"\documentclass[10pt,a4paper]{article}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage[utf8]{inputenc}",
        r"\usepackage[swedish]{babel}",
        r"\usepackage{lmodern}",
        r"\usepackage[margin=2.2cm]{geometry}",
        r"\renewcommand{\labelenumi}{\textbf{\arabic{enumi}.}}",
        r"\pagestyle{empty}",
        r"\setlength{\parindent}{0pt}",
        r"\setlength{\parskip}{3pt}",
        r"\begin{document}",
    ]
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            size = r"\LARGE" if blk[2] >= 16 else r"\Large" if blk[2] >= 14 else r"\large"
            out.append(f"{{{size}\\bfseries {tex_escape(blk[1])}\\par}}")
        elif kind == "line":
            out.append(tex_escape(blk[1]) + r"\par")
        elif kind == "bold":
            out.append(r"\textbf{" + tex_escape(blk[1]) + r"}\par")
        elif kind == "table":
            out.append(r"\begin{tabular}{@{}p{4.6cm}p{10.5cm}@{}}")
            for label, value in blk[1]:
                v = r"\newline ".join(tex_escape(x) for x in value.split("\n"))
                label = tex_escape(label)
                if blk[2]:
                    label, v = r"\textbf{" + label + "}", r"\textbf{" + v + "}"
                out.append(f"{label} & {v} \\\\")
            out.append(r"\end{tabular}\par")
        elif kind == "footer":
            out.insert(
                out.index(r"\begin{document}"),
                _fancy(out)
                + "\\lfoot{\\small " + tex_escape(blk[1][0]) + "}\\rfoot{\\small " + tex_escape(blk[1][1]) + "}",
            )
        elif kind == "tabbed":
            parts = [tex_escape(p) for p in blk[1]]
            if blk[2]:
                parts = [r"\textbf{" + p + "}" for p in parts]
            if len(parts) == 3:
                line = parts[0] + r"\hspace{1.5em}" + parts[1] + r"\hfill " + parts[2]
            elif len(parts) == 2 and (blk[1][1].startswith("Dnr") or not blk[2]):
                line = parts[0] + r"\hfill " + parts[1]
            elif len(blk[1][0]) > 9:
                # A head wider than the box ("Rf § 45/2024") would run into its title.
                line = parts[0] + r"\quad " + parts[1]
            else:
                line = r"\makebox[2.4cm][l]{" + parts[0] + "}" + parts[1]
            out.append(r"\medskip" + "\n" + line + r"\par")
        elif kind == "header":
            out.insert(
                out.index(r"\begin{document}"),
                _fancy(out)
                + "\\lhead{\\small " + tex_escape(blk[1]) + "}\\rhead{\\small Sida \\thepage}",
            )
        elif kind == "counted_header":
            out.insert(
                out.index(r"\begin{document}"),
                "\\usepackage{lastpage}\\usepackage{fancyhdr}\\pagestyle{fancy}\\fancyhf{}"
                + "\\renewcommand{\\headrulewidth}{0pt}\\lhead{\\small " + tex_escape(blk[1]) + "}\\rhead{\\small "
                + tex_escape(blk[2]) + " \\thepage{} (\\pageref{LastPage})}",
            )
        elif kind == "labelled":
            out.append(r"\makebox[5.5cm][l]{" + tex_escape(blk[1]) + "}" + tex_escape(blk[2]) + r"\par")
        elif kind == "hanging":
            out.append(r"\hangindent=3.5cm\hangafter=1\makebox[3.5cm][l]{" + tex_escape(blk[1]) + "}" + tex_escape(blk[2]) + r"\par")
        elif kind == "numbers":
            out.append(r"\begin{enumerate}")
            out += [r"\item " + tex_escape(i) for i in blk[1]]
            out.append(r"\end{enumerate}")
        elif kind == "bullets":
            out.append(r"\begin{itemize}")
            out += [r"\item " + tex_escape(i) for i in blk[1]]
            out.append(r"\end{itemize}")
        elif kind == "numbered_heading":
            # LaTeX numbers the items itself (the counter set to go on across the text between).
            out.append(r"\begin{enumerate}\setcounter{enumi}{" + str(blk[1] - 1) + "}")
            out.append(r"\item \textbf{" + tex_escape(blk[2]) + "}")
            out.append(r"\end{enumerate}")
        elif kind == "page_header_table":
            rows = [" & ".join(r"\thepage" if v == "#PAGE" else tex_escape(v) for v in row) + r" \\" for row in blk[1]]
            out.insert(
                out.index(r"\begin{document}"),
                ("" if any("fancyhdr" in x for x in out) else
                 "\\usepackage{fancyhdr}\\pagestyle{fancy}\\fancyhf{}\\renewcommand{\\headrulewidth}{0pt}")
                + "\\setlength{\\headheight}{40pt}\\addtolength{\\topmargin}{-28pt}"
                + "\\lhead{\\small\\begin{tabular}{@{}"
                + ("p{8cm}p{6cm}" if len(blk[1][0]) == 2 else f"p{{{14 / len(blk[1][0]):.2f}cm}}" * len(blk[1][0]))
                + "@{}}" + "".join(rows) + "\\end{tabular}}",
            )
        elif kind == "grid":
            n = len(blk[1][0])
            out.append(r"\begin{tabular}{@{}" + f"p{{{15.5 / n:.2f}cm}}" * n + "@{}}")
            for k, row in enumerate(blk[1]):
                cells = [r"\newline ".join(tex_escape(x) for x in v.split("\n")) for v in row]
                if k == 0:
                    cells = [r"\textbf{" + c + "}" for c in cells]
                out.append(" & ".join(cells) + r" \\")
            out.append(r"\end{tabular}\par")
        elif kind == "narrowgrid":
            out.append(r"\begin{tabular}{|p{1.1cm}|p{5.2cm}|p{2.2cm}|p{5.9cm}|}\hline")
            for k, row in enumerate(blk[1]):
                cells = [tex_escape(v) for v in row]
                if k == 0:
                    cells = [r"\textbf{" + c + "}" for c in cells]
                out.append(" & ".join(cells) + r" \\\hline")
            out.append(r"\end{tabular}\par")
        elif kind == "margin":
            inner = []
            for blk2 in blk[2]:
                if blk2[0] == "bold":
                    inner.append(r"\textbf{" + tex_escape(blk2[1]) + r"}\par")
                elif blk2[0] == "line":
                    inner.append(tex_escape(blk2[1]) + r"\par")
                elif blk2[0] == "bullets":
                    inner.append(r"\begin{itemize}" + "".join(r"\item " + tex_escape(i) for i in blk2[1]) + r"\end{itemize}")
            out.append(
                r"\noindent\begin{tabular}{@{}p{1.8cm}p{13.4cm}@{}}\textbf{" + tex_escape(blk[1]) + "} & "
                + r"\begin{minipage}[t]{13.4cm}" + "\n".join(inner) + r"\end{minipage}\\\end{tabular}\par"
            )
        elif kind == "split":
            cells = []
            for inners, width in ((blk[1], 3.9), (blk[2], 11.3)):
                inner = []
                for blk2 in inners:
                    if blk2[0] == "bold":
                        inner.append(r"\textbf{" + tex_escape(blk2[1]) + r"}\par")
                    elif blk2[0] == "line":
                        inner.append(tex_escape(blk2[1]) + r"\par")
                    elif blk2[0] == "bullets":
                        inner.append(r"\begin{itemize}" + "".join(r"\item " + tex_escape(i) for i in blk2[1]) + r"\end{itemize}")
                cells.append(r"\begin{minipage}[t]{" + f"{width}cm" + "}" + "\n".join(inner) + r"\end{minipage}")
            out.append(r"\noindent\begin{tabular}{@{}p{4.1cm}p{11.5cm}@{}}" + cells[0] + " & " + cells[1] + r"\\\end{tabular}\par")
        elif kind == "headrow":
            h, t, dnr = (r"\newline ".join(tex_escape(y) for y in x.split("\n")) for x in blk[1])
            out.append(r"\medskip\noindent\begin{tabular}{@{}p{2.4cm}p{9.2cm}p{3.8cm}@{}}\textbf{" + h + r"} & \textbf{" + t
                       + r"} & \raggedleft " + dnr + r"\tabularnewline\end{tabular}\par")
        elif kind == "rightpair":
            out.append(r"\medskip\textbf{" + tex_escape(blk[1][0]) + r"}\hfill\textbf{" + tex_escape(blk[1][1]) + r"}\par")
        elif kind == "headline":
            out.append(r"\textbf{" + tex_escape(blk[1]) + "} " + tex_escape(blk[2]) + r"\par")
        elif kind == "para_numbered":
            counter = "parasec"
            if r"\newcounter{parasec}" not in out:
                out.insert(out.index(r"\begin{document}"), r"\newcounter{parasec}")
                out.append(r"\setcounter{parasec}{" + str(blk[1] - 1) + "}")
            out.append(r"\stepcounter{" + counter + r"}\medskip\textbf{\makebox[1.6cm][l]{\S{} \arabic{" + counter + "}}" + tex_escape(blk[2]) + r"}\par")
        elif kind == "landscape_columns":
            out[0] = r"\documentclass[10pt,a4paper,landscape,twocolumn]{article}"
            out[out.index(r"\usepackage[margin=2.2cm]{geometry}")] = r"\usepackage[landscape,margin=2cm]{geometry}"
        elif kind == "marginbox":
            # The head in the left margin (pdfTeX: \llap out of a wider margin), the title beside it.
            if r"\usepackage[margin=2.2cm]{geometry}" in out:
                out[out.index(r"\usepackage[margin=2.2cm]{geometry}")] = r"\usepackage[left=4cm,right=2.2cm,top=2.2cm,bottom=2.2cm]{geometry}"
            out.append(r"\medskip\noindent\llap{\makebox[2.8cm][l]{\textbf{" + tex_escape(blk[1]) + r"}}}\textbf{"
                       + tex_escape(blk[2]) + r"}\par")
        elif kind == "box":
            inner = [(r"\textbf{" + tex_escape(x[1]) + "}") if x[0] == "bold" else tex_escape(x[1]) for x in blk[1]]
            out.append(r"\noindent\fbox{\parbox{15cm}{" + r"\par ".join(inner) + r"}}\par")
        elif kind == "gap":
            out.append(r"\medskip")
        elif kind == "page":
            out.append(r"\newpage")
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------
# HTML for Chromium (headless, print to PDF): another producer (Skia), for the shapes of the
# fourth blind check.


def html_of(blocks):
    out = [HTML_HEAD]

    def inner_html(inners):
        parts = []
        for blk2 in inners:
            if blk2[0] == "bold":
                parts.append(f"<p><b>{html_escape(blk2[1])}</b></p>")
            elif blk2[0] == "line":
                parts.append(f"<p>{html_escape(blk2[1])}</p>")
            elif blk2[0] == "bullets":
                parts.append("<ul>" + "".join(f"<li>{html_escape(i)}</li>" for i in blk2[1]) + "</ul>")
        return "".join(parts)

    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            out.append(f'<p style="font-size:{blk[2]}pt"><b>{html_escape(blk[1])}</b></p>')
        elif kind == "line":
            out.append(f"<p>{html_escape(blk[1])}</p>")
        elif kind == "bold":
            out.append(f"<p><b>{html_escape(blk[1])}</b></p>")
        elif kind == "table":
            rows = []
            for label, value in blk[1]:
                v = "<br>".join(html_escape(x) for x in value.split("\n"))
                label = html_escape(label)
                if blk[2]:
                    label, v = f"<b>{label}</b>", f"<b>{v}</b>"
                rows.append(f'<tr><td class="label">{label}</td><td>{v}</td></tr>')
            out.append('<table class="plain">' + "".join(rows) + "</table>")
        elif kind == "footer":
            out.append('<div class="footer">' + "".join(f"<span>{html_escape(x)}</span>" for x in blk[1]) + "</div>")
        elif kind == "header":
            out.append(f'<div class="header">{html_escape(blk[1])}</div>')
        elif kind == "counted_header":
            # A page margin box counts the pages (a fixed block cannot).
            out.append("<style>@page { @top-left { content: \"" + blk[1] + "\"; font-size: 8pt; } @top-right { content: \""
                       + blk[2] + " \" counter(page) \" (\" counter(pages) \")\"; font-size: 8pt; } }</style>")
        elif kind == "page_header_table":
            # A fixed header block (CSS gives no page number to a fixed block: "#PAGE" stays empty).
            rows = "".join("<tr>" + "".join(f"<td>{'' if v == '#PAGE' else html_escape(v)}</td>" for v in row) + "</tr>"
                           for row in blk[1])
            out.append(f'<div class="header"><table class="plain" style="width:100%">{rows}</table></div>')
        elif kind == "tabbed":
            parts = [html_escape(p) for p in blk[1]]
            if blk[2]:
                parts = [f"<b>{p}</b>" for p in parts]
            if len(parts) == 2 and (blk[1][1].startswith("Dnr") or not blk[2]):
                out.append(f'<p style="margin-top:8pt">{parts[0]}<span class="right">{parts[1]}</span></p>')
            else:
                rest = "".join(f'<span class="tab">{p}</span>' for p in parts[1:-1]) + parts[-1]
                out.append(f'<p style="margin-top:8pt"><span class="tab">{parts[0]}</span>{rest}</p>')
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{html_escape(i)}</li>" for i in blk[1]) + "</ul>")
        elif kind == "numbers":
            out.append("<ol>" + "".join(f"<li>{html_escape(i)}</li>" for i in blk[1]) + "</ol>")
        elif kind == "labelled":
            out.append(f'<p><span style="display:inline-block;width:5.5cm">{html_escape(blk[1])}</span>{html_escape(blk[2])}</p>')
        elif kind == "hanging":
            out.append(f'<p style="padding-left:3.5cm;text-indent:-3.5cm"><span style="display:inline-block;width:3.5cm;text-indent:0">{html_escape(blk[1])}</span>{html_escape(blk[2])}</p>')
        elif kind == "grid":
            rows = []
            for k, row in enumerate(blk[1]):
                cells = "".join(f"<td>{'<b>' if k == 0 else ''}{'<br>'.join(html_escape(x) for x in v.split(chr(10)))}{'</b>' if k == 0 else ''}</td>"
                                for v in row)
                rows.append(f"<tr>{cells}</tr>")
            out.append('<table class="plain" style="width:100%">' + "".join(rows) + "</table>")
        elif kind == "narrowgrid":
            widths = ("1.1cm", "5.6cm", "2.6cm", "6.7cm")
            rows = []
            for k, row in enumerate(blk[1]):
                cells = "".join(f'<td style="width:{w}">{"<b>" if k == 0 else ""}{html_escape(v)}{"</b>" if k == 0 else ""}</td>'
                                for v, w in zip(row, widths))
                rows.append(f"<tr>{cells}</tr>")
            cols = "".join(f'<col style="width:{w}">' for w in widths)
            out.append(f'<table class="grid" style="table-layout:fixed;width:16cm"><colgroup>{cols}</colgroup>' + "".join(rows)
                       + "</table>")
        elif kind == "split":
            out.append('<table class="plain" style="width:100%"><tr><td style="width:4.2cm">' + inner_html(blk[1])
                       + "</td><td>" + inner_html(blk[2]) + "</td></tr></table>")
        elif kind == "headrow":
            h, t, dnr = ("<br>".join(html_escape(y) for y in x.split("\n")) for x in blk[1])
            out.append('<table class="plain" style="width:100%;margin-top:8pt"><tr><td style="width:2.6cm"><b>' + h
                       + "</b></td><td><b>" + t + '</b></td><td style="text-align:right">' + dnr + "</td></tr></table>")
        elif kind == "rightpair":
            out.append(f'<p style="margin-top:8pt"><b>{html_escape(blk[1][0])}</b><b class="right">{html_escape(blk[1][1])}</b></p>')
        elif kind == "headline":
            out.append(f"<p><b>{html_escape(blk[1])}</b> {html_escape(blk[2])}</p>")
        elif kind == "landscape_columns":
            out.append("<style>@page { size: A4 landscape; margin: 2cm; } body { column-count: 2; column-gap: 1cm; }</style>")
        elif kind == "marginbox":
            # The head placed in a left margin of its own (the body's padding), beside the title.
            if not any("marginbox" in x for x in out):
                out.append("<style>/* marginbox */ body { padding-left: 2.4cm; } .mhead { position: absolute; left: 0; }</style>")
            out.append(f'<p style="margin-top:8pt"><b class="mhead">{html_escape(blk[1])}</b><b>{html_escape(blk[2])}</b></p>')
        elif kind == "box":
            out.append('<div style="border:0.75pt solid #000;padding:4pt;margin:4pt 0">' + inner_html(blk[1]) + "</div>")
        elif kind == "gap":
            out.append("<p>&nbsp;</p>")
        elif kind == "page":
            out.append('<div class="page"></div>')
        else:
            raise ValueError(f"no HTML for {kind}")
    out.append("</body></html>\n")
    return "\n".join(out)


# The shapes also printed by Chromium (NAME.chrome.pdf).
FIFTH = ["paragraf-heads", "au-beslutsgang", "bolag-styrelse", "utdrag-brev", "lagrum-paragraphs", "board-mixed-en"]
SIXTH = ["rf-beslutsunderlag", "arende-namnd", "paged-continuation", "signature-boxes", "reservation-notes",
         "forening-minutes", "ordningsforeskrifter", "reglemente"]
SEVENTH = ["w3d3-columns", "region-fullmaktige", "prose-school-board", "inline-beslut", "utdrag-intygar",
           "joint-committee", "bilingual-board", "stadgar", "kallelse"]
EIGHTH = ["dnr-cell", "arende-numbered-atts", "title-first", "utskott-forslag", "jav-votes", "versal-heads",
          "lou-tender", "nyhetsbrev"]
NINTH = ["rf-dnr-line", "individutskott", "extra-kf", "bolagsstamma", "forbund-arende", "side-beslut", "ajournering",
         "narvarolista", "kallelse-paragrafer", "lagtext", "revisionsrapport"]
TENTH = ["justering-anslag", "dnr-first", "presidium", "namnd-proposition", "omrostningsbilaga", "board-english-dates",
         "delparagrafer", "delegationslista", "motion", "tjansteskrivelse"]
ELEVENTH = ["ciceron-paragraf-table", "netpublicator-header", "arende-delpunkter", "beslut-cell", "digital-signatur",
            "utdrag-bestyrks", "forts-rubrik", "styrelse-minutes", "ovriga-fragor", "avgiftsforeskrifter",
            "delegationsordning"]
TWELFTH = ["finlands-paragrafer", "grupperade-paragrafer", "kf-interpellationer", "distans-narvaro", "landskap-spalter",
            "kyrkorad", "ksau-forslag", "arsmote-forening", "forvaltningsratt-dom"]
FOURTEENTH = ["forts-sidfot", "marginal-dnr", "dnr-former", "att-listor", "omrostning-jav", "anmalningsarenden",
              "narvaro-kolumner", "skannad", "avtal-paragrafer", "paragrafregister", "foredragningslista"]
THIRTEENTH = ["rf-arende", "bolag-paragraf-ar", "dnr-hoger", "beslutsgang-reservation", "omedelbar-justering", "bilaga-paragraf", "utdrag-enskild", "signatur-forsta", "sidhuvud-sidor", "arbetsordning", "protokollsbilaga"]
FIFTEENTH = ["utdrag-stampel", "paragraf-tabell", "underrubriker", "extra-distans", "samlingsprotokoll",
             "board-items-en", "prefix-ar-rubrik", "hsn-rader", "tjanst-hanvisning", "forordning"]
SIXTEENTH = list(SIXTEENTH_SHAPES)
SEVENTEENTH = list(SEVENTEENTH_SHAPES)
EIGHTEENTH = list(EIGHTEENTH_SHAPES)
NINETEENTH = list(NINETEENTH_SHAPES)
TWENTIETH = list(TWENTIETH_SHAPES)
TWENTY_FIRST = list(TWENTY_FIRST_SHAPES)
TWENTY_SECOND = list(TWENTY_SECOND_SHAPES)
TWENTYTHIRD = list(TWENTYTHIRD_SHAPES)
CHROME = ["punkt-items", "kf-year-heads", "split-paragraphs", "protokollsutdrag", "brf-board", "votering"] + FIFTH + SIXTH + SEVENTH + EIGHTH + NINTH + TENTH + ELEVENTH + TWELFTH + THIRTEENTH + ["narv-grid"] + FOURTEENTH + FIFTEENTH + SIXTEENTH + SEVENTEENTH + EIGHTEENTH + NINETEENTH + TWENTIETH + TWENTY_FIRST + TWENTY_SECOND + TWENTYTHIRD
# The shapes also printed by WeasyPrint from the same HTML (NAME.weasy.pdf).
WEASY = FIFTH + SIXTH + SEVENTH + EIGHTH + NINTH + TENTH + ELEVENTH + TWELFTH + THIRTEENTH + ["narv-grid"] + FOURTEENTH + FIFTEENTH + SIXTEENTH + SEVENTEENTH + EIGHTEENTH + NINETEENTH + TWENTIETH + TWENTY_FIRST + TWENTY_SECOND + TWENTYTHIRD


# The shapes also scanned: LibreOffice's print as a scanner gives it, read back by tesseract.
SCANNED = ["skannad"]


def scanned_pdf(blocks, work, name, env):
    """The LibreOffice print of the shape as an office scanner gives it (200 dpi grey, tilted
    half a degree, speckled; fixed seed) and tesseract's PDF of it (the image with the text it
    read as an invisible layer): what a municipality publishes when it scans signed minutes."""
    import random
    from PIL import Image, ImageFilter

    src = os.path.join(HERE, f"{name}.lo.pdf")
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", src, os.path.join(work, "scan")], check=True, env=env)
    pages = sorted(f for f in os.listdir(work) if f.startswith("scan") and f.endswith(".png"))
    rnd = random.Random(14)
    parts = []
    for k, f in enumerate(pages):
        im = Image.open(os.path.join(work, f)).convert("L")
        im = im.rotate(0.5 if k % 2 == 0 else -0.4, resample=Image.BICUBIC, fillcolor=255, expand=False)
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 2500):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((0, 90, 160))
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        img = os.path.join(work, f"scan-{k}.png")
        im.save(img, dpi=(200, 200))
        base = os.path.join(work, f"ocr-{k}")
        subprocess.run(["tesseract", img, base, "-l", "swe", "pdf"], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, env=env)
        parts.append(base + ".pdf")
    out = os.path.join(work, f"{name}.ocr.pdf")
    subprocess.run(["qpdf", "--empty", "--deterministic-id", "--pages", *parts, "--", out], check=True, env=env)
    return out


def soffice_pdf(blocks, work, name, env):
    """LibreOffice's PDF of the shape's .docx."""
    docx_path = os.path.join(HERE, f"{name}.docx")
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{work}/lo", "--headless", "--convert-to", "pdf", "--outdir", work,
         docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )
    return os.path.join(work, f"{name}.pdf")


def pdftex_pdf(blocks, work, name, env):
    """pdfTeX's PDF of the shape's LaTeX."""
    tex = tex_of(blocks)
    with open(os.path.join(work, f"{name}.tex"), "w", encoding="utf-8") as f:
        f.write(tex)
    # A second run where the text refers to a page only known at the end (lastpage's "N (M)").
    for _ in range(2 if "LastPage" in tex else 1):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", f"{name}.tex"],
                       cwd=work, check=True, stdout=subprocess.DEVNULL, env=env)
    return os.path.join(work, f"{name}.pdf")


# The producers, in order: the suffix of the file each writes, how it prints a shape's blocks
# (the .docx is written first, by python-docx) and which shapes it prints.
PRODUCERS = [
    ("lo", soffice_pdf, lambda name: True),
    ("pdftex", pdftex_pdf, lambda name: True),
    ("chrome", lambda blocks, work, name, env: chromium_pdf(html_of(blocks), work, name, env), CHROME.__contains__),
    ("weasy", lambda blocks, work, name, env: weasyprint_pdf(html_of(blocks), work, name, env), WEASY.__contains__),
    ("ocr", scanned_pdf, SCANNED.__contains__),
]


def main():
    only = sys.argv[1:]
    work = tempfile.mkdtemp()
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", FORCE_SOURCE_DATE="1", TZ="UTC")
    try:
        for name, shape in SHAPES.items():
            if only and name not in only:
                continue
            blocks, meeting, want = shape()
            docx_of(blocks, os.path.join(HERE, f"{name}.docx"))
            for suffix, produce, prints in PRODUCERS:
                if prints(name):
                    shutil.move(produce(blocks, work, name, env), os.path.join(HERE, f"{name}.{suffix}.pdf"))
            with open(os.path.join(HERE, f"{name}.want.json"), "w", encoding="utf-8") as f:
                json.dump({"meeting": meeting, "paragraphs": want}, f, ensure_ascii=False, indent=1)
                f.write("\n")
            print(name)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
