"""plan3.md, the Markdown source of the third blind set's pandoc files, and its truth (what a
reader sees, from the same strings). Usage: python3 sources3.py OUT_DIR

A plan the way pandoc users write one: numbered chapters (--number-sections), an ordered
list that starts at 4, ordered lists nested two deep with letters, a bullet list inside a
numbered one, a pipe table and a grid table with two paragraphs in a cell, footnotes, a
definition list and a block quote.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "blind"))
from texts import paragraph  # noqa: E402

md: list[str] = []
truth: list[str] = []
labels: list[list[str]] = []


def block(m: str, t: str | None = None):
    md.append(m)
    truth.append(m if t is None else t)


def item(m: str, label: str, text: str):
    md.append(m)
    truth.append(f"{label} {text}".strip())
    labels.append([label, text])  # an empty label: a bullet, whose glyph is not checked


def build(out: Path):
    md.append("---\ntitle: Folkhälsoplan för Ekby kommun 2026–2029\nlang: sv-SE\n---\n")
    truth.append("Folkhälsoplan för Ekby kommun 2026–2029")
    block("# Inledning", "1 Inledning")
    block(paragraph(3200))
    block("Planen bygger på länets folkhälsoenkät[^enk] och på dialog med föreningarna.",
          "Planen bygger på länets folkhälsoenkät 1 och på dialog med föreningarna.")
    block("> Alla invånare ska ha goda förutsättningar för en god hälsa.",
          "Alla invånare ska ha goda förutsättningar för en god hälsa.")
    block("# Mål och åtgärder", "2 Mål och åtgärder")
    block("## Fysisk aktivitet", "2.1 Fysisk aktivitet")
    block(paragraph(3210))
    md.append("")
    item("1. Fler elever når rekommenderad daglig rörelse", "1.", "Fler elever når rekommenderad daglig rörelse")
    item("    a. Rörelse i varje lektion", "a.", "Rörelse i varje lektion")
    item("    b. Aktiva raster i grundskolan", "b.", "Aktiva raster i grundskolan")
    item("2. Fler äldre deltar i träning", "2.", "Fler äldre deltar i träning")
    item("    - Seniorgympa i alla kommundelar", "", "Seniorgympa i alla kommundelar")
    item("    - Gratis simhall för pensionärer", "", "Gratis simhall för pensionärer")
    item("3. Fler cykelvägar till skolorna", "3.", "Fler cykelvägar till skolorna")
    md.append("")
    block("## Psykisk hälsa", "2.2 Psykisk hälsa")
    block(paragraph(3220))
    block("Åtgärderna numreras vidare från den förra planen:")
    md.append("")
    item("4. Samtalsstöd på ungdomsmottagningen", "4.", "Samtalsstöd på ungdomsmottagningen")
    item("5. Utbildning i psykisk första hjälpen", "5.", "Utbildning i psykisk första hjälpen")
    item("6. Stöd till anhöriga", "6.", "Stöd till anhöriga")
    md.append("")
    block("Tabell 1. Budget per mål[^bud]", "Tabell 1. Budget per mål 2")
    md.append("""
| Mål                | 2026 | 2027 | Ansvar              |
|--------------------|-----:|-----:|---------------------|
| Fysisk aktivitet   | 1,2  | 1,4  | Fritidsnämnden      |
| Psykisk hälsa      | 0,8  | 0,9  | Socialnämnden       |
| Tobak och alkohol  | 0,3  | 0,3  | Miljönämnden        |
""")
    truth.extend(["Mål 2026 2027 Ansvar", "Fysisk aktivitet 1,2 1,4 Fritidsnämnden",
                  "Psykisk hälsa 0,8 0,9 Socialnämnden", "Tobak och alkohol 0,3 0,3 Miljönämnden"])
    block("# Genomförande", "3 Genomförande")
    block(paragraph(3230))
    md.append("""
+--------------------+----------------------------------------+
| Aktör              | Uppgift                                |
+====================+========================================+
| Skolorna           | Inför rörelsepauser.                   |
|                    |                                        |
|                    | Redovisar antalet minuter per vecka.   |
+--------------------+----------------------------------------+
| Vårdcentralerna    | Förskriver fysisk aktivitet på recept. |
+--------------------+----------------------------------------+
""")
    truth.extend(["Aktör Uppgift", "Skolorna Inför rörelsepauser. Redovisar antalet minuter per vecka.",
                  "Vårdcentralerna Förskriver fysisk aktivitet på recept."])
    md.append("Folkhälsorådet\n:   Samordnar arbetet och följer upp målen varje år.\n")
    truth.append("Folkhälsorådet Samordnar arbetet och följer upp målen varje år.")
    block("# Uppföljning", "4 Uppföljning")
    block(paragraph(3240))
    md.append("[^enk]: Enkäten Hälsa på lika villkor, 2024.")
    md.append("[^bud]: Miljoner kronor per år.")
    truth.extend(["1 Enkäten Hälsa på lika villkor, 2024.", "2 Miljoner kronor per år."])
    (out / "plan3.md").write_text("\n\n".join(md) + "\n", encoding="utf-8")
    json.dump({"file": "plan3.md", "text": "\n".join(truth), "labels": labels, "absent": [],
               "present": ["Inför rörelsepauser", "Redovisar antalet minuter per vecka",
                           "Enkäten Hälsa på lika villkor", "Samordnar arbetet"]},
              open(out / "plan3.source.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    build(Path(sys.argv[1]))
