"""Render b128_fr_cv_latex_entetes.pdf: a French researcher's CV as pdfLaTeX sets it with
an old Type 1 font, whose text extraction leaves the accents as separate spacing marks
before their letter ("Universit´e", "th`ese", "Fr´ed´eric"), the ligatures as single
glyphs ("ﬁnancement", "ﬂuorescence") and words hyphenated at the line ends; a running
head "Curriculum Vitae — name — page n/3" on every page after the first and a foot with the
update date, the page breaks falling inside entries (the thesis jury and an encadrement
item go on over the break).  Traps: a course whose lecturer is named, a comité de
sélection with its president, an ANR project's coordinator, the thesis follow-up
committee.

Run ``.venv/bin/python make_pdf_b128_fr_cv_latex_entetes.py`` beside this file; the people
and places are fictional.
"""

from __future__ import annotations

from fpdf import FPDF
from make_pdfs import HERE, new_pdf

NAME = "Gwenaël Abiven-Tsuji"
LATEX_NAME = "Gwena¨el Abiven-Tsuji"
HEAD_LINES = [
    "Charg´e de recherche CNRS (CRCN, section 12)",
    "Institut de Chimie Mol´eculaire de Broc´eliande (ICMB, UMR 6290)",
]
# ("title", text) a section title; ("item", text) opens a dashed entry; ("line", text) a
# further line of the same entry (a trailing "-" is the typesetter's hyphen).
BODY: list[tuple[str, str]] = [
    ("title", "Parcours professionnel"),
    ("item", "Depuis 2019 : charg´e de recherche CNRS `a l'ICMB (UMR 6290), ´equipe Catalyse"),
    ("line", "et Organom´etalliques, Universit´e de Broc´eliande."),
    ("item", "2016 – 2019 : chercheur post-doctoral au Laboratorium f¨ur Katalyse, Uni-"),
    ("line", "versit¨at Seeburg (Suisse), dans le groupe du Pr Matthias Br¨ugger-Oyelowo ;"),
    ("line", "ﬁnancement Marie Skłodowska-Curie."),
    ("title", "Formation"),
    ("item", "2012 – 2016 : doctorat de chimie de l'Universit´e de Kerbriant, th`ese di-"),
    ("line", "rig´ee par Fr´ed´eric Lemaˆıtre et co-encadr´ee par Soazig Pennec, soutenue le"),
    ("line", "4 novembre 2016 devant le jury compos´e de H´el`ene Vautrin (rapportrice),"),
    ("line", "Didier Moisan-Ndiaye (rapporteur), Yvonne Castel (pr´esidente), Fr´ed´eric"),
    ("line", "Lemaˆıtre et Soazig Pennec."),
    ("item", "2010 – 2012 : master de chimie mol´eculaire, Universit´e de Kerbriant."),
    ("title", "Encadrement"),
    ("item", "Th`ese de Nolwenn Le Gall (2020 – 2023), co-direction avec Yvonne Castel"),
    ("line", "(50 %), soutenue le 8 d´ecembre 2023 ; comit´e de suivi : Marc Tr´eguer et"),
    ("line", "Ana¨ıs Quentric."),
    ("item", "Th`ese de Tanguy Ollivier-Mbapp´e (depuis 2022), co-encadrement `a 70 %,"),
    ("line", "directeur de th`ese : Paul Gu´eguen."),
    ("item", "Post-doctorat de Shreya Kulkarni (2021 – 2023), ﬁnanc´e par l'ANR."),
    ("item", "Stage de M2 d'Awa Diallo (2021), ﬂuorescence de complexes du cuivre."),
    ("title", "Jurys de th`ese"),
    ("item", "Examinateur de la th`ese de Benoˆıt Riou (Universit´e de Kerbriant, 2022)."),
    ("item", "Rapporteur de la th`ese de Lucie Ferrand-Obi (Universit´e de Saint-Brieuc-"),
    ("line", "sur-Gou¨et, 2024)."),
    ("title", "Enseignement"),
    ("item", "TD de chimie organique (L3), cours magistral de Pr Anne Le Meur, 2019 – 2022."),
    ("title", "Responsabilit´es et projets"),
    ("item", "Membre du comit´e de s´election MCF 32e section, Universit´e de Kerbriant"),
    ("line", "(2023), pr´esid´e par Pr Alain Corre."),
    ("item", "Projet ANR CATALUX (2020 – 2024), coordinateur : Paul Gu´eguen ; responsable"),
    ("line", "de la tˆache 2."),
    ("title", "Publications choisies"),
    ("item", "N. Le Gall, G. Abiven-Tsuji, Y. Castel. Complexes du cuivre et photoredox."),
    ("line", "Chem. Eur. Lett. 29 (2023) 1–9."),
    ("item", "G. Abiven-Tsuji, M. Br¨ugger-Oyelowo. Ligand eﬀects in Ni catalysis. Helv."),
    ("line", "Chim. Lett. 101 (2018) 44–52."),
    ("item", "G. Abiven-Tsuji, S. Pennec, F. Lemaˆıtre. Pinces phosphor´ees. Nouv. J."),
    ("line", "Chim. 40 (2016) 7001–7010."),
]


class LatexCv(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Serif", "I", 8.5)
        self.cell(
            0,
            5,
            f"Curriculum Vitae — {LATEX_NAME} — page {self.page_no()}/{{nb}}",
            align="R",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.ln(5)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Serif", "", 8)
        self.cell(0, 5, "Mis `a jour le 5 janvier 2026", align="C")


def render() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", "Serif-I", cls=LatexCv, format=(148, 210))
    pdf.alias_nb_pages()
    pdf.set_margins(16, 14, 16)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Serif", "B", 15)
    pdf.cell(0, 8, LATEX_NAME, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 8.5)
    for line in HEAD_LINES:
        pdf.cell(0, 4.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 4
    for kind, text in BODY:
        if y > 88:
            pdf.add_page()
            y = pdf.get_y()
        if kind == "title":
            y += 2
            pdf.set_xy(16, y)
            pdf.set_font("Serif", "B", 10.5)
            pdf.cell(0, 6, text)
            pdf.line(16, y + 6.2, 132, y + 6.2)
            y += 8
            continue
        pdf.set_font("Serif", "", 8.6)
        if kind == "item":
            pdf.set_xy(17, y)
            pdf.cell(4, 4.4, "–")
        pdf.set_xy(21, y)
        pdf.cell(111, 4.4, text)
        y += 4.4
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b128_fr_cv_latex_entetes.pdf").write_bytes(render())
