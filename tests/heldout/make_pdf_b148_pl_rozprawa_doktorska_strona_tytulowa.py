"""Render b148_pl_rozprawa_doktorska_strona_tytulowa.pdf: a Polish doctoral dissertation's
first pages.

Run ``.venv/bin/python make_pdf_b148_pl_rozprawa_doktorska_strona_tytulowa.py`` beside this
file; the people and places are fictional.  A centred title page with the supervisor
(promotor) and auxiliary supervisor (promotor pomocniczy), a page naming the reviewers
(recenzenci) and the author's statement, then the acknowledgements (podziękowania).
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

TITLE = [
    ("B", 14, "POLITECHNIKA NADWARCIAŃSKA"),
    ("", 11, "Wydział Elektrotechniki, Automatyki i Informatyki"),
    (
        "",
        10,
        "Dyscyplina naukowa: automatyka, elektronika, elektrotechnika i technologie kosmiczne",
    ),
    ("", 10, ""),
    ("B", 18, "ROZPRAWA DOKTORSKA"),
    ("", 10, ""),
    ("", 13, "mgr inż. Bartosz Kowalczyk-Żmuda"),
    ("", 10, ""),
    ("B", 14, "Adaptacyjne sterowanie predykcyjne układami"),
    ("B", 14, "magazynowania energii w mikrosieciach wyspowych"),
    ("", 10, ""),
]
SUPERVISION = [
    "Promotor: prof. dr hab. inż. Halina Wróblewska-Ostrowska",
    "Promotor pomocniczy: dr inż. Jakub Sienkiewicz",
]
REVIEWERS = [
    "prof. dr hab. inż. Władysław Ciechanowicz – Akademia Techniczna w Zawierciu",
    "dr hab. inż. Magdalena Ptak-Lisowska, prof. UPB – Uniwersytet Pomorsko-Bałtycki",
]
STATEMENT = (
    "Oświadczam, że przedłożona rozprawa doktorska została przygotowana przeze mnie "
    "samodzielnie i nie zawiera treści uzyskanych w sposób niezgodny z obowiązującymi "
    "przepisami. Rozprawa nie była wcześniej przedmiotem procedur związanych z uzyskaniem "
    "stopnia doktora w innej uczelni."
)
ACK = [
    "Serdecznie dziękuję mojej Promotor, prof. Halinie Wróblewskiej-Ostrowskiej, za "
    "opiekę naukową od 2018 roku, cierpliwość i wiarę w ten projekt. Dziękuję również "
    "promotorowi pomocniczemu, dr. inż. Jakubowi Sienkiewiczowi, za niezliczone godziny "
    "spędzone przy stanowisku laboratoryjnym.",
    "Dziękuję Recenzentom za wnikliwe uwagi. Dziękuję Dziekanowi Wydziału, prof. "
    "Stanisławowi Gromadzkiemu, za wsparcie w trakcie studiów doktoranckich, oraz "
    "prof. Ewie Nowosielskiej-Bąk, kierownikowi projektu NCN OPUS, z którego "
    "finansowano część badań.",
    "Część wyników uzyskałem podczas stażu w DTU Risø-Holm w 2021 roku; dziękuję "
    "dr Idzie Halvorsen za gościnę. Artykuł [3] powstał we współpracy z mgr. inż. "
    "Kacprem Dudą. Na koniec dziękuję Rodzicom i żonie Marcie.",
]


def centred(pdf, style: str, size: int, text: str) -> None:
    pdf.set_font("Sans", style, size)
    pdf.multi_cell(0, size * 0.6, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B")
    pdf.add_page()
    pdf.ln(10)
    for style, size, text in TITLE:
        centred(pdf, style, size, text)
    pdf.ln(20)
    pdf.set_font("Sans", "", 11)
    for line in SUPERVISION:
        pdf.cell(60)
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(40)
    centred(pdf, "", 11, "Zielona Przystań, 2022")
    pdf.add_page()
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 8, "Recenzenci:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    for line in REVIEWERS:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.cell(0, 6, "Data obrony: 14 grudnia 2022 r.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 8, "Oświadczenie autora rozprawy", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(0, 6, STATEMENT, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Sans", "B", 14)
    pdf.cell(0, 10, "Podziękowania", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    for para in ACK:
        pdf.multi_cell(0, 6, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b148_pl_rozprawa_doktorska_strona_tytulowa.pdf").write_bytes(render())
