"""Deterministic Swedish municipal text for the blind Word-file set (tests/data/word/blind).

Sentences are built from parts so that a long document has varied words; nothing here is
taken from the corpus."""

SUBJECTS = [
    "Kommunstyrelsen", "Socialnämnden", "Miljö- och byggnadsnämnden", "Barn- och utbildningsförvaltningen",
    "Tekniska förvaltningen", "Kultur- och fritidsnämnden", "Äldreomsorgen", "Överförmyndaren",
    "Räddningstjänsten", "Vård- och omsorgsnämnden", "Gymnasieskolan", "Kommunfullmäktige",
]
VERBS = [
    "ska utreda", "föreslår att man prövar", "har fått i uppdrag att se över", "bör följa upp",
    "ansvarar för att genomföra", "redovisar under året", "samordnar arbetet med",
    "återkommer med en plan för", "beslutar om riktlinjer för", "utvärderar",
]
OBJECTS = [
    "tillgängligheten i kollektivtrafiken", "den fysiska aktiviteten bland äldre",
    "förskolans lokaler i norra delen av kommunen", "energiförbrukningen i kommunens fastigheter",
    "bredbandsutbyggnaden på landsbygden", "dagvattenhanteringen vid nybyggnation",
    "läsförståelsen i årskurs tre", "brandskyddet i särskilda boenden",
    "matsvinnet i skolköken", "cykelvägarna mellan tätorterna", "föreningslivets bidragsregler",
    "ungdomarnas sommarjobb", "hemtjänstens planering av insatser", "vattenkvaliteten i sjöarna",
]
TAILS = [
    "senast den 30 juni", "i samråd med regionen", "inom befintlig budget",
    "enligt diarienummer KS 2021/{n}", "med stöd av extern expertis", "före årsskiftet",
    "och rapporterar till nämnden", "så att effekterna kan mätas", "under planperioden 2022–2025",
]


def sentence(i: int) -> str:
    s = SUBJECTS[i % len(SUBJECTS)]
    v = VERBS[(i * 7 + 3) % len(VERBS)]
    o = OBJECTS[(i * 5 + 1) % len(OBJECTS)]
    t = TAILS[(i * 3 + 2) % len(TAILS)].format(n=100 + i)
    return f"{s} {v} {o} {t}."


def paragraph(i: int, n: int = 4) -> str:
    return " ".join(sentence(i * n + k) for k in range(n))
