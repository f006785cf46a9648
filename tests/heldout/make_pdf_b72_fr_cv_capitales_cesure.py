"""Render b72_fr_cv_capitales_cesure.pdf: a French CV set like a LaTeX article: section
titles in small capitals (a full-size capital then smaller capitals, drawn as runs of
their own), paragraphs of prose broken into lines by hand with words hyphenated at the
line ends (names and institutions too), lists with square and dash bullet glyphs.

Run ``.venv/bin/python make_pdf_b72_fr_cv_capitales_cesure.py`` beside this file; the
people and places are fictional.
"""

from __future__ import annotations

from fpdf import FPDF
from make_pdfs import HERE, new_pdf

NAME = "Rozenn Kerhervé-Adjobi"
HEAD = [
    "Chargée de recherche CNRS (CRCN), section 30",
    "Laboratoire de Biophysique des Interfaces de Quimperlé (LBIQ), UMR 6711",
]
# (kind, payload): "title" a small-caps section title; "line" a line of a paragraph (its
# hyphens at the end are the typesetter's); "bullet" a list item with its glyph.
BODY: list[tuple[str, str]] = [
    ("title", "Parcours"),
    ("bullet", "▪ Depuis 2019 : chargée de recherche CNRS au LBIQ (UMR 6711), Quimperlé."),
    (
        "bullet",
        "▪ 2016 – 2019 : chercheuse post-doctorale à l'Institut Kerlaz de biologie "
        "structurale, Lorient.",
    ),
    (
        "bullet",
        "▪ 2012 – 2016 : doctorante, École doctorale Matière, Molécules, Matériaux, "
        "Université de Bretagne-Odet.",
    ),
    ("title", "Formation"),
    ("line", "J'ai soutenu ma thèse de doctorat en biophysique le 9 décembre 2016 à l'Univer-"),
    ("line", "sité de Bretagne-Odet, sous la direction de Loïc Tanguy-Ferrand et le co-encadre-"),
    ("line", "ment de Mathilde Cosquer-Ba. Le jury était composé de Ferdinand Halbwachs-"),
    ("line", "Ondoa (rapporteur), Aude Jestin-Pereira (rapportrice), Yannick Morvan-Dufresne"),
    ("line", "(président) et Clarisse Lozac'h (examinatrice)."),
    ("line", "Auparavant, j'ai obtenu un master de physique de la matière molle à l'École nor-"),
    ("line", "male supérieure de Rennes-Vilaine (2012)."),
    ("title", "Encadrement"),
    ("line", "Je dirige la thèse d'Erwan Guillou-Nkemba (depuis 2021, co-direction avec Ma-"),
    ("line", "thilde Cosquer-Ba, 50 %) et j'ai co-encadré celle de Soizic Le Bihan-Traoré (2019"),
    ("line", "– 2022), dirigée par Loïc Tanguy-Ferrand. J'ai également encadré les stages de"),
    ("line", "M2 de Maëlys Carof (2023) et de Titouan Rivoal-Mensah (2020)."),
    ("title", "Jurys de thèse"),
    (
        "bullet",
        "– Rapportrice de la thèse d'Ilona Szabó-Leclerc, Université de Nantes-Erdre, "
        "novembre 2024.",
    ),
    (
        "bullet",
        "– Examinatrice de la thèse de Quentin Bodiguel-Amara, Université de "
        "Bretagne-Odet, juin 2023.",
    ),
    ("title", "Publications choisies"),
    (
        "bullet",
        "▪ E. Guillou-Nkemba, M. Cosquer-Ba, R. Kerhervé-Adjobi. Adhésion de vésicules "
        "sur bicouches supportées. Soft Matter 20 (2024) 3321–3333.",
    ),
    (
        "bullet",
        "▪ S. Le Bihan-Traoré, R. Kerhervé-Adjobi, L. Tanguy-Ferrand. Fluctuations de "
        "membranes chargées. Biophysical Journal 121 (2022) 402–415.",
    ),
    (
        "bullet",
        "▪ R. Kerhervé-Adjobi, G. Ozturk-Lemoine. Cryo-EM de peptides amphiphiles. "
        "Structure 27 (2019) 1440–1452.",
    ),
    (
        "bullet",
        "▪ R. Kerhervé-Adjobi, L. Tanguy-Ferrand, M. Cosquer-Ba. Tension de ligne des "
        "radeaux lipidiques. Physical Review E 94 (2016) 042409.",
    ),
]


def small_caps(pdf: FPDF, x: float, y: float, title: str) -> None:
    """Each word: its capital initial at 12 pt, the rest in capitals at 9 pt (a word in
    lower case all in 9 pt capitals), on one baseline."""
    pdf.set_xy(x, y)
    for word in title.split():
        if word[0].isupper():
            pdf.set_font("Serif", "B", 12)
            pdf.cell(pdf.get_string_width(word[0]), 6, word[0])
            word = word[1:]
        pdf.set_font("Serif", "B", 9)
        rest = word.upper()
        pdf.set_xy(pdf.get_x(), y + 0.55)
        pdf.cell(pdf.get_string_width(rest), 5.45, rest)
        pdf.set_xy(pdf.get_x() + 2.4, y)


def render() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", "Sans", format="A4")
    pdf.set_margins(22, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Serif", "B", 19)
    pdf.cell(0, 9, NAME, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    for line in HEAD:
        pdf.cell(0, 5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    for kind, text in BODY:
        if kind == "title":
            pdf.ln(4)
            top = pdf.get_y()
            small_caps(pdf, 22, top, text)
            pdf.line(22, top + 6.5, 188, top + 6.5)
            pdf.set_xy(22, top + 8)
            continue
        pdf.set_font("Serif", "", 10.5)
        if kind == "line":
            pdf.cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        else:
            top = pdf.get_y()
            glyph, _, item = text.partition(" ")
            pdf.set_font("Sans", "", 9)
            pdf.set_xy(24, top)
            pdf.cell(5, 5.2, glyph)
            pdf.set_font("Serif", "", 10.5)
            pdf.set_xy(30, top)
            pdf.multi_cell(158, 5.2, item, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.6)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b72_fr_cv_capitales_cesure.pdf").write_bytes(render())
