"""The eighth blind Word-file set (tests/data/word/blind8): layouts the first seven sets did not
try, for the page and text figures of PAGES.md. Usage:

    python3 pydocx8.py OUT_DIR

OUT_DIR gets (python-docx plus WordprocessingML it does not write; no rendered page breaks,
so the pages must be estimated):
- kallelse8.docx: a kallelse in Arial 11 whose agenda is a 3-column table (Nr, Ärende,
  Beslutsunderlag) of a fixed layout (w:tblLayout fixed, w:tblW in dxa) with cell margins of
  its own (w:tblCellMar 0.1 cm above and below, 0.2 cm at the sides), rows whose Ärende cell
  wraps over three to seven lines and whose last cell holds a list of documents, table
  text at least 13 pt apart (w:lineRule atLeast);
- delegering8.docx: a delegationsordning in Times New Roman 10: a 4-column table (Nr,
  Ärende, Delegat, Lagrum) with a repeated header row, chapter rows merged across all four
  columns (w:gridSpan 4, shaded) and delegates merged down over two to four rows (w:vMerge);
- rapport8.docx: a report in Calibri 11 with Cambria headings: a table of contents field
  (TOC with its result: hyperlinked entries with PAGEREF fields and dotted right tabs), a
  footer "Sida PAGE av NUMPAGES", every chapter starting a page (w:pageBreakBefore);
- brev8.docx: a letter in Calibri 11 with a first page of its own (w:titlePg): the first
  page's header a letterhead table of four lines, taller than the 1.5 cm top margin (so the
  text starts lower on page 1 alone), the other pages' header one line;
- keep8.docx: a PM in Times New Roman 12 of many short sections: headings kept with the next
  paragraph, paragraphs kept together (w:keepLines), widow/orphan control on by default and
  off in one part (w:widowControl 0), line spacing exactly 14 pt in part one, at least 18 pt
  in part two, 1.5 lines in part three;
- protokoll8.docx: a protokoll in Arial 11 whose paragraphs are numbered "§ 112", "§ 113" …
  by a numbering definition tied to a paragraph style (w:numPr in the style, w:start 112),
  with decision lists "1." "2." under each § restarted by w:lvlOverride/w:startOverride.
"""
import re
import sys
from pathlib import Path

from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind6"))
sys.path.insert(0, str(HERE.parent))
from pydocx6 import page_field  # noqa: E402
from wordgen import NAMES, W, base, margins, paragraph, sentence, widths  # noqa: E402


def fld(par, instr, shown):
    for x in ['<w:fldChar w:fldCharType="begin"/>', f'<w:instrText xml:space="preserve"> {instr} </w:instrText>',
              '<w:fldChar w:fldCharType="separate"/>', f'<w:t>{shown}</w:t>', '<w:fldChar w:fldCharType="end"/>']:
        par._p.append(parse_xml(f"<w:r {W}>{x}</w:r>"))


def ppr(par, xml):
    """Append w:XXX markup (its namespace added) to the paragraph's properties."""
    par._p.get_or_add_pPr().append(parse_xml(re.sub(r"^<(w:\w+)", rf"<\1 {W}", xml)))


def tbl_props(t, xml):
    t._tbl.tblPr.append(parse_xml(xml))


def set_grid(t, cm):
    grid = t._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), cm):
        col.set(qn("w:w"), str(int(w * 567)))


def kallelse(out: Path):
    d = base("Arial", 11)
    margins(d.sections[0], 2.0, 2.0, 2.5, 2.0)
    d.sections[0].header.paragraphs[0].text = "Ekby kommun · Kallelse · Barn- och utbildningsnämnden"
    page_field(d.sections[0].footer.paragraphs[0])
    d.add_heading("Kallelse till barn- och utbildningsnämnden", level=1)
    for k, v in [("Tid", "tisdagen den 9 december 2025 kl. 08.30"), ("Plats", "Sammanträdesrum Ekan, stadshuset"),
                 ("Förhinder", "anmäls till nämndsekreteraren senast dagen före")]:
        p = d.add_paragraph()
        p.add_run(f"{k}: ").bold = True
        p.add_run(v)
    d.add_heading("Föredragningslista", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    tbl_props(t, f'<w:tblLayout {W} w:type="fixed"/>')
    tbl_props(t, f'<w:tblCellMar {W}><w:top w:w="57" w:type="dxa"/><w:left w:w="113" w:type="dxa"/>'
                 f'<w:bottom w:w="57" w:type="dxa"/><w:right w:w="113" w:type="dxa"/></w:tblCellMar>')
    cm = [1.3, 10.2, 5.0]
    set_grid(t, cm)
    for c, h in zip(t.rows[0].cells, ["Nr", "Ärende", "Beslutsunderlag"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for i in range(24):
        cells = t.add_row().cells
        cells[0].text = f"{i + 1}"
        cells[1].text = f"Dnr BUN 2025/{410 + 3 * i}"
        cells[1].add_paragraph(paragraph(8000 + i, 1 + i % 4))
        for k in range(1 + i % 3):
            cells[2].add_paragraph(f"– {['Tjänsteskrivelse', 'Protokollsutdrag', 'Remissvar', 'Bilaga'][(i + k) % 4]}"
                                   f" {2025 - k}-{10 + k:02}-{1 + (i * 3) % 28:02}")
        for c in cells:
            for p in c.paragraphs:
                ppr(p, '<w:spacing w:before="0" w:after="0" w:line="260" w:lineRule="atLeast"/>')
    widths(t, cm)
    d.add_paragraph()
    d.add_paragraph(paragraph(8100, 2))
    d.add_paragraph("Omar Haddad, ordförande")
    d.add_paragraph("Karin Lindqvist, nämndsekreterare")
    d.save(out / "kallelse8.docx")


def delegering(out: Path):
    d = base("Times New Roman", 10, after=0)
    margins(d.sections[0], 2.0, 2.0, 2.0, 2.0)
    d.sections[0].header.paragraphs[0].text = "Delegationsordning för socialnämnden, antagen 2025-10-22"
    page_field(d.sections[0].footer.paragraphs[0])
    d.add_heading("Delegationsordning för socialnämnden", level=1)
    for i in range(3):
        d.add_paragraph(paragraph(8200 + i, 3)).paragraph_format.space_after = Pt(6)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    cm = [1.4, 8.6, 3.6, 3.4]
    set_grid(t, cm)
    hdr = t.rows[0]
    hdr._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {W}/>'))
    for c, h in zip(hdr.cells, ["Nr", "Ärende", "Delegat", "Lagrum"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    n = 0
    for ch in range(6):
        row = t.add_row()
        a = row.cells[0].merge(row.cells[3])
        a.text = f"{ch + 1}. " + ["Allmänna ärenden", "Individ- och familjeomsorg", "Ekonomiskt bistånd",
                                  "Äldreomsorg", "Funktionsstöd", "Överklaganden och yttranden"][ch]
        a.paragraphs[0].runs[0].bold = True
        a._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="D9D9D9"/>'))
        k = 0
        while k < 10 + ch % 3:
            span = 2 + (ch + k) % 3
            first = None
            for j in range(span):
                n += 1
                cells = t.add_row().cells
                cells[0].text = f"{ch + 1}.{k + j + 1}"
                cells[1].text = sentence(8300 + n)
                if (n % 4) == 0:
                    cells[1].add_paragraph(sentence(8500 + n))
                cells[3].text = f"{1 + n % 16} kap. {1 + n % 9} § SoL" if n % 3 else ""
                if first is None:
                    first = cells[2]
                    first.text = NAMES[(ch + k) % len(NAMES)].split()[0] + ", enhetschef"
                else:
                    first = first.merge(cells[2])
            k += span
    widths(t, cm)
    d.add_paragraph()
    d.add_paragraph(paragraph(8600, 2))
    d.save(out / "delegering8.docx")


CHAPTERS = ["Sammanfattning", "Uppdraget", "Nuläge", "Analys", "Förslag", "Konsekvenser", "Fortsatt arbete"]


def rapport(out: Path):
    d = base("Calibri", 11)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    for h in ("Heading 1", "Heading 2", "Title"):
        d.styles[h].font.name = "Cambria"
    d.styles["Heading 1"].element.get_or_add_pPr().append(parse_xml(f'<w:pageBreakBefore {W}/>'))
    f = d.sections[0].footer.paragraphs[0]
    f.add_run("Sida ")
    fld(f, "PAGE", "1")
    f.add_run(" av ")
    fld(f, "NUMPAGES", "9")
    d.add_paragraph("Utredning om samlokalisering av kommunens förvaltningar", style="Title")
    d.add_paragraph(paragraph(8700, 2))
    d.add_paragraph("Innehåll").runs[0].bold = True
    subs = {c: [" ".join(sentence(8710 + i * 3 + s).split(" ")[1:4]).capitalize() for s in range(2)]
            for i, c in enumerate(CHAPTERS)}
    entries = []
    for i, c in enumerate(CHAPTERS):
        entries.append((1, c, f"_Toc{i}", 2 + i))
        entries += [(2, s, f"_Toc{i}_{k}", 2 + i) for k, s in enumerate(subs[c])]
    for j, (lvl, text, bm, page) in enumerate(entries):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.left_indent = Cm(0.4 * (lvl - 1))
        p.paragraph_format.space_after = Pt(0)
        if j == 0:
            for x in ['<w:fldChar w:fldCharType="begin"/>',
                      '<w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText>',
                      '<w:fldChar w:fldCharType="separate"/>']:
                p._p.append(parse_xml(f"<w:r {W}>{x}</w:r>"))
        p._p.append(parse_xml(
            f'<w:hyperlink {W} w:anchor="{bm}" w:history="1"><w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
            f'<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> PAGEREF {bm} \\h </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{page}</w:t></w:r>'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>'))
        if j == len(entries) - 1:
            p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))
    for i, c in enumerate(CHAPTERS):
        h = d.add_heading(c, level=1)
        h._p.insert(1, parse_xml(f'<w:bookmarkStart {W} w:id="{100 + i}" w:name="_Toc{i}"/>'))
        h._p.append(parse_xml(f'<w:bookmarkEnd {W} w:id="{100 + i}"/>'))
        for k, s in enumerate(subs[c]):
            h2 = d.add_heading(s, level=2)
            h2._p.insert(1, parse_xml(f'<w:bookmarkStart {W} w:id="{200 + i * 5 + k}" w:name="_Toc{i}_{k}"/>'))
            h2._p.append(parse_xml(f'<w:bookmarkEnd {W} w:id="{200 + i * 5 + k}"/>'))
            for m in range(1 + (i + k) % 3):
                d.add_paragraph(paragraph(8800 + i * 10 + k * 3 + m, 3 + (i + m) % 4))
    d.save(out / "rapport8.docx")


def brev(out: Path):
    d = base("Calibri", 11)
    sec = d.sections[0]
    margins(sec, 1.5, 2.0, 2.5, 2.5)
    sec.header_distance = Cm(0.8)
    sec.different_first_page_header_footer = True
    hd = sec.first_page_header
    t = hd.add_table(rows=4, cols=2, width=Cm(16))
    for r, (a, b) in enumerate([("EKBY KOMMUN", "BREV"), ("Samhällsbyggnadsförvaltningen", "Datum 2025-11-28"),
                                ("Plan- och bygglovsenheten", "Dnr SBN 2025/1187"),
                                ("Handläggare Jonas Öberg", "Er referens Fastighet Ekby 4:12")]):
        t.cell(r, 0).text, t.cell(r, 1).text = a, b
    t.cell(0, 0).paragraphs[0].runs[0].font.size = Pt(16)
    t.cell(0, 0).paragraphs[0].runs[0].bold = True
    sec.header.paragraphs[0].text = "Ekby kommun · Dnr SBN 2025/1187"
    sec.first_page_footer.paragraphs[0].text = "Postadress 123 45 Ekby · Besök Stadshuset · Tfn 0123-456 00 · ekby.se"
    page_field(sec.footer.paragraphs[0])
    for line in ["Lena Åström", "Björkvägen 12", "123 47 Ekby"]:
        d.add_paragraph(line).paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    d.add_heading("Besked om bygglov för tillbyggnad av enbostadshus", level=1)
    for i in range(11):
        if i in (3, 7):
            d.add_heading(["Bedömning", "Upplysningar"][i // 7], level=2)
        d.add_paragraph(paragraph(9000 + i, 3 + i % 3))
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Jonas Öberg, bygglovshandläggare")
    d.save(out / "brev8.docx")


def keep(out: Path):
    d = base("Times New Roman", 12)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    d.sections[0].header.paragraphs[0].text = "PM · Riktlinjer för sammanträden"
    page_field(d.sections[0].footer.paragraphs[0])
    d.add_heading("Riktlinjer för nämndernas sammanträden", level=1)
    n = 0
    for part, (rule, line) in enumerate([("exact", 280), ("atLeast", 360), ("auto", 360)]):
        d.add_heading(f"Del {part + 1}: " + ["Kallelse och handlingar", "Sammanträdet", "Protokollet"][part], level=1)
        for s in range(9):
            n += 1
            d.add_heading(f"{part + 1}.{s + 1} " + " ".join(sentence(9100 + n).split(" ")[1:4]).capitalize(),
                          level=2)
            for m in range(1 + (s % 3)):
                p = d.add_paragraph(paragraph(9200 + n * 4 + m, 2 + (s + m) % 4))
                ppr(p, f'<w:spacing w:line="{line}" w:lineRule="{rule}"/>')
                if (s + m) % 4 == 1:
                    ppr(p, '<w:keepLines/>')
                if part == 1:
                    ppr(p, '<w:widowControl w:val="0"/>')
    d.save(out / "keep8.docx")


NUMBERING = """<w:abstractNum {W} w:abstractNumId="80"><w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="112"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Paragraf"/><w:lvlText w:val="§ %1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr></w:lvl>
</w:abstractNum>"""
DECISIONS = """<w:abstractNum {W} w:abstractNumId="81"><w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="397"/></w:pPr></w:lvl>
</w:abstractNum>"""


def protokoll(out: Path):
    d = base("Arial", 11)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    d.sections[0].header.paragraphs[0].text = "Protokoll socialnämnden 2025-11-26"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur"
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(DECISIONS.format(W=W)))
    numbering.insert(0, parse_xml(NUMBERING.format(W=W)))
    numbering.append(parse_xml(f'<w:num {W} w:numId="80"><w:abstractNumId w:val="80"/></w:num>'))
    st = d.styles.add_style("Paragraf", 1)
    st.base_style = d.styles["Heading 2"]
    st.element.get_or_add_pPr().append(parse_xml(f'<w:numPr {W}><w:numId w:val="80"/></w:numPr>'))
    d.add_heading("Protokoll", level=1)
    for k, v in [("Plats och tid", "Socialkontoret, onsdagen den 26 november 2025 kl. 13.00–16.10"),
                 ("Beslutande", ", ".join(NAMES[:5])), ("Justerare", NAMES[3])]:
        p = d.add_paragraph()
        p.add_run(f"{k}: ").bold = True
        p.add_run(v)
    for i in range(14):
        d.add_paragraph(" ".join(sentence(9400 + i).split(" ")[2:7]).capitalize(), style="Paragraf")
        d.add_paragraph(f"Dnr SN 2025/{700 + 11 * i}")
        d.add_paragraph(paragraph(9420 + i, 2 + i % 3))
        d.add_paragraph("Socialnämnden beslutar").runs[0].bold = True
        num = 81 + i
        numbering.append(parse_xml(f'<w:num {W} w:numId="{num}"><w:abstractNumId w:val="81"/>'
                                   f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        for k in range(1 + i % 3):
            p = d.add_paragraph(sentence(9500 + i * 3 + k))
            ppr(p, f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>')
    d.add_paragraph()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Vid protokollet", "Justeras"
    t.cell(1, 0).text, t.cell(1, 1).text = NAMES[1], NAMES[3]
    d.save(out / "protokoll8.docx")


if __name__ == "__main__":
    o = Path(sys.argv[1])
    for f in (kallelse, delegering, rapport, brev, keep, protokoll):
        f(o)
