"""Render the held-out PDF CVs (moderncv-like: dates in a narrow left column, entries right).

Run ``.venv/bin/python tests/heldout/make_pdfs.py`` to rewrite the committed PDFs; the
people and places are fictional.  fpdf2 lays out the text the way a LaTeX CV class does:
a bold name banner, ruled section titles, and each entry's date beside its first line.
The other ``make_pdf_*.py`` scripts beside it share its set-up (``new_pdf``) and drawing
helpers, so each keeps only its document's content.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FACES = {
    "Sans": "DejaVuSans.ttf",
    "Sans-B": "DejaVuSans-Bold.ttf",
    "Sans-I": "DejaVuSans-Oblique.ttf",
    "Serif": "DejaVuSerif.ttf",
    "Serif-B": "DejaVuSerif-Bold.ttf",
    "Serif-I": "DejaVuSerif-Italic.ttf",
}


def new_pdf(*faces: str, cls: type[FPDF] = FPDF, **options) -> FPDF:
    """A document that every run writes with the same bytes (a fixed creation date), with
    only the DejaVu *faces* it uses ("Sans", "Sans-B", …): fpdf2 embeds each face added."""
    pdf = cls(**options)
    pdf.set_creation_date(FIXED_DATE)
    for face in faces:
        family, _, style = face.partition("-")
        pdf.add_font(family, style, str(FONTS / FACES[face]))
    return pdf


def column(pdf: FPDF, x: float, y: float, width: float, height: float, lines, gap=0.0) -> float:
    """Draw *lines* one under the other at (x, y), *gap* apart; the y below the last."""
    for line in lines:
        pdf.set_xy(x, y)
        pdf.multi_cell(width, height, line)
        y = pdf.get_y() + gap
    return y


def ruled_title(
    pdf: FPDF, x: float, y: float, width: float, title: str, size: float, color=(0, 0, 0)
) -> None:
    """A bold section title with a rule under it, the width of its column."""
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", size)
    pdf.set_text_color(*color)
    pdf.cell(width, 7, title)
    pdf.set_text_color(0, 0, 0)
    pdf.line(x, y + 7.5, x + width, y + 7.5)


NAME = "Katarzyna Ostrowska"
TAGLINE = "Associate Professor of Statistics"
SECTIONS: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "Education",
        [
            (
                "2010–2014",
                [
                    "PhD in Statistics, Université de Rivemont, France",
                    "Supervisors: Henri Vasseur and Anouk Demaret",
                    "Defended on 12 December 2014 before the jury: Philippe Aurignac "
                    "(reviewer), Manon Leclercq-Dubois (reviewer), Stéphane Morvan "
                    "(examiner), Henri Vasseur (supervisor)",
                ],
            ),
            ("2008–2010", ["MSc in Applied Probability, University of Wrocław Hills"]),
        ],
    ),
    (
        "Experience",
        [
            ("2017–present", ["Associate Professor, University of Grenholm"]),
            (
                "2015–2017",
                [
                    "Postdoctoral researcher, Royal Institute of Hydrology",
                    "Hosted by Björn Aaltonen",
                ],
            ),
        ],
    ),
    (
        "Supervision",
        [
            ("2019–2023", ["PhD: Aleksander Nowicki, co-supervised with Björn Aaltonen"]),
            ("2022", ["MSc thesis: Greta Vinterberg"]),
        ],
    ),
    (
        "Thesis examination",
        [
            ("2021", ["Examiner for the PhD thesis of Jonas Whitcombe, University of Fernley"]),
            (
                "2023",
                [
                    "Reviewer (rapporteur) for the PhD thesis of Maëlle Quéré, "
                    "Université de Brest-Iroise"
                ],
            ),
        ],
    ),
    (
        "Teaching",
        [
            (
                "2018–",
                ["Bayesian statistics, with Oona Lindgren (lectures) and Piet Bakker (labs)"],
            ),
        ],
    ),
]


def moderncv(name: str, tagline: str, sections) -> bytes:
    pdf = new_pdf("Sans", "Sans-B", "Sans-I", format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Sans", "B", 22)
    pdf.cell(0, 12, name, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "I", 12)
    pdf.cell(0, 8, tagline, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for title, entries in sections:
        pdf.set_draw_color(70, 110, 170)
        y = pdf.get_y() + 4
        pdf.line(10, y, 40, y)
        pdf.set_x(44)
        pdf.set_font("Sans", "B", 13)
        pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
        for when, lines in entries:
            top = pdf.get_y()
            pdf.set_font("Sans", "", 9)
            pdf.set_xy(10, top)
            pdf.cell(30, 5, when, align="R")
            pdf.set_xy(44, top)
            pdf.set_font("Sans", "", 10)
            for line in lines:
                pdf.set_x(44)
                pdf.multi_cell(150, 5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        pdf.ln(2)
    return bytes(pdf.output())


CLASSIC = [
    "Célestine RAKOTOMALALA",
    "Chargée de recherche CNRS — Institut de Physique du Globe de Vallauris",
    "",
    "FORMATION",
    "2016 Doctorat de géophysique, Université de Sainte-Maxime-sur-Var. Thèse dirigée par "
    "Bertrand Aubanel et co-encadrée par Clotilde Ferrer.",
    "Jury : Noëlle Gramont (rapportrice), Jean-Loup Vidalie (rapporteur), Hocine Zerrouki "
    "(examinateur), Agathe Pommerol (présidente).",
    "2012 Master Sciences de la Terre, Université de Sainte-Maxime-sur-Var.",
    "",
    "EXPÉRIENCE",
    "Depuis 2019 Chargée de recherche CNRS, Institut de Physique du Globe de Vallauris.",
    "2017–2019 Post-doctorante, Université de Lindau-Est, avec Matthias Oberholzer.",
    "",
    "ENCADREMENT",
    "Thèse de Sacha Poirier-Ndiaye (2020–2023), co-encadrée avec Bertrand Aubanel.",
    "Stage M2 d'Inès Haddou (2022).",
    "",
    "JURYS",
    "Examinatrice de la thèse d'Octave Lemonnier (Université de Lindau-Est, 2024).",
]


def classic(lines: list[str]) -> bytes:
    """A one-column French CV: upper-case section titles, one paragraph per entry."""
    pdf = new_pdf("Sans", "Sans-B", format="A4")
    pdf.add_page()
    for line in lines:
        heading = line.isupper() or line is lines[0]
        pdf.set_font("Sans", "B" if heading else "", 12 if heading else 10)
        pdf.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


SIDEBAR = ["Contact", "Hallstatt Road 4", "Languages", "Swedish, English", "Skills", "Python, R"]
MAIN = [
    (
        "Education",
        [
            "2011–2015 PhD in Glaciology, Universitetet i Norrbacka",
            "Supervisors: Gunnar Lindfors and Aino Heikkilä",
            "2009–2011 MSc in Physical Geography, Universitetet i Norrbacka",
        ],
    ),
    (
        "Experience",
        [
            "2019– Senior researcher, Polar Institute of Kiruvaara",
            "2015–2019 Postdoc, University of Tromholm, with Henrik Aasgaard",
        ],
    ),
]


def sidebar_cv(name: str, sidebar: list[str], sections) -> bytes:
    """A two-column CV: a grey sidebar (contact, skills) beside the main column."""
    pdf = new_pdf("Sans", "Sans-B", format="A4")
    pdf.add_page()
    pdf.set_fill_color(235, 235, 235)
    pdf.rect(0, 0, 55, 297, style="F")
    pdf.set_xy(5, 15)
    for line in sidebar:
        pdf.set_x(5)
        pdf.set_font("Sans", "B" if line in ("Contact", "Languages", "Skills") else "", 9)
        pdf.multi_cell(45, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(62, 15)
    pdf.set_font("Sans", "B", 20)
    pdf.cell(0, 10, name, new_x="LMARGIN", new_y="NEXT")
    for title, lines in sections:
        pdf.set_x(62)
        pdf.set_font("Sans", "B", 13)
        pdf.cell(0, 9, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 10)
        for line in lines:
            pdf.set_x(62)
            pdf.multi_cell(138, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


THESIS_COVER = [
    "UNIVERSITÉ DE CLAIRVAUX-SUR-AUBE",
    "École doctorale Sciences et Technologies",
    "THÈSE DE DOCTORAT",
    "Discipline : Informatique",
    "présentée par",
    "Apolline Vasseur-Ndiaye",
    "Vérification de programmes probabilistes",
    "Soutenue publiquement le 6 octobre 2022 devant le jury composé de :",
    "M. Raoul Pétillon, Professeur, Université de Saint-Brieuc — Rapporteur",
    "Mme Edwige Lamarque, Directrice de recherche, CNRS — Rapportrice",
    "M. Bachir Hamdani, Professeur, Université de Clairvaux-sur-Aube — Président",
    "Mme Solveig Arnesen, Maîtresse de conférences, Université de Gerland — Examinatrice",
    "M. Félicien Dartois, Professeur, Université de Clairvaux-sur-Aube — Directeur de thèse",
]


def main() -> None:
    (HERE / "moderncv_cv.pdf").write_bytes(moderncv(NAME, TAGLINE, SECTIONS))
    (HERE / "fr_cv_classique.pdf").write_bytes(classic(CLASSIC))
    (HERE / "fr_these_couverture.pdf").write_bytes(classic(THESIS_COVER))
    (HERE / "sidebar_cv.pdf").write_bytes(sidebar_cv("Linnea Sjöberg-Achebe", SIDEBAR, MAIN))


if __name__ == "__main__":
    main()
