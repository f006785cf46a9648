"""Render b153_fr_cv_detaille_concours_dr.pdf: the "CV détaillé" a CNRS chargée de recherche
uploads for the concours DR2 — a grey title box (concours, section, candidate), numbered
sections and sub-sections ("1. Parcours", "2. Encadrement (taux)", "2.1 Thèses
soutenues", "3. Jurys de thèse et d'HDR", "4. Responsabilités", "5. Publications"), the
supervision items carrying the share of supervision in parentheses with a superscript call
to a footnote at the foot of the page, and a running head plus "page n / N" on every page.
Traps: the footnote naming the comité de suivi, a comité de sélection and its président,
an editorial board, a GDR animated with a colleague, a course taught, the running head.

Run ``.venv/bin/python make_pdf_b153_fr_cv_detaille_concours_dr.py`` beside this file;
the people and places are fictional.
"""

from __future__ import annotations

from fpdf import FPDF
from make_pdfs import HERE, new_pdf

HEAD = "Concours DR2 2026 — Section 41 — CV détaillé — Awa OUÉDRAOGO"
BOX = [
    "Concours n° 41/02 — Directeur ou directrice de recherche de 2e classe",
    "Candidate : Awa OUÉDRAOGO, chargée de recherche CNRS (CRCN)",
    "Unité d'affectation : Laboratoire de Mathématiques de Valrose (LMV, UMR 8899)",
]
BODY = [
    ("h", "1. Parcours"),
    (
        "p",
        "Depuis 2017 : chargée de recherche CNRS au Laboratoire de Mathématiques de Valrose "
        "(LMV, UMR 8899), Université de Valrose, équipe Probabilités et Statistique.",
    ),
    (
        "p",
        "2015 – 2017 : post-doctorante à l'Institut Fenwick, Université de Haldor (Suède), "
        "auprès de Karl-Henrik Lindqvist.",
    ),
    (
        "p",
        "2011 – 2015 : doctorat de mathématiques appliquées, Université de Paris-Orme, sous "
        "la direction de Jean-Baptiste Rocheteau et de Mireille Akoka-Bensimon. Thèse "
        "soutenue le 3 juillet 2015 ; jury : Pierre Vautrin (rapporteur), Inês Albuquerque "
        "(rapportrice), Marc-Antoine Devaux (président), Jean-Baptiste Rocheteau, Mireille "
        "Akoka-Bensimon.",
    ),
    ("p", "2009 – 2011 : Master 2 Probabilités et Finance, Université de Paris-Orme."),
    ("p", "2022 : habilitation à diriger des recherches, Université de Valrose."),
    ("h", "2. Encadrement (taux)"),
    ("s", "2.1 Thèses soutenues"),
    (
        "p",
        "• Théo Lemarchand-Ba (2018 – 2021), co-direction avec Fabrice Oudin (50 %)¹. "
        "Devenir : maître de conférences, Université de Brécy.",
    ),
    (
        "p",
        "• Lucía Fernández Ortega (2019 – 2022), co-encadrement (40 %) ; directrice : "
        "Armelle Quéré. Devenir : post-doctorante à Lisbonne.",
    ),
    ("s", "2.2 Thèses en cours"),
    ("p", "• Yacine Benali (depuis 2023), direction (100 %)²."),
    ("p", "• Ngoc Anh Trần (depuis 2024), co-direction avec Armelle Quéré (50 %)."),
    ("s", "2.3 Post-doctorants et stagiaires"),
    ("p", "• Chiara Lombardi, post-doctorat ANR (2022 – 2024), aujourd'hui CR à l'INRAE."),
    ("p", "• Stages de M2 : Bastien Roux (2022), Inès Haddou (2024)."),
    ("h", "3. Jurys de thèse et d'HDR"),
    (
        "p",
        "Rapportrice (3) : Nathan Keller-Boué (Université de Brécy, 2022) ; Malika Saïdi "
        "(Université de Tolosane, 2024) ; HDR de Guillaume Perrot (Université de Brécy, 2025).",
    ),
    (
        "p",
        "Examinatrice (2) : Grégoire Pelletier (Université de Valrose, 2023) ; Sun-Hee Lim "
        "(Université de Paris-Orme, 2024).",
    ),
    ("h", "4. Responsabilités collectives"),
    (
        "p",
        "• Membre du comité de sélection MCF 26 de l'Université de Valrose (2021), "
        "présidé par Françoise Delmotte.",
    ),
    (
        "p",
        "• Membre du comité de rédaction des Annales de Probabilités Appliquées (depuis "
        "2020 ; rédacteur en chef : Hervé Castaing).",
    ),
    ("p", "• Co-animatrice du GDR Aléa-Réseaux avec Olivier N'Diaye (2019 – 2023)."),
    ("p", "• Enseignement : cours « Processus de Markov » en M2 (2018 – 2022)."),
    ("h", "5. Publications (sélection)"),
    (
        "p",
        "[1] T. Lemarchand-Ba, A. Ouédraogo, F. Oudin. Fluctuations of random graphs with "
        "communities. Ann. Appl. Probab. Lett., 2021.",
    ),
    (
        "p",
        "[2] A. Ouédraogo, K.-H. Lindqvist. Mixing times of kinetic walks. Electron. J. "
        "Stoch., 2017.",
    ),
    (
        "p",
        "[3] A. Ouédraogo, J.-B. Rocheteau. Grandes déviations pour files d'attente. "
        "C. R. Math. Acad., 2014.",
    ),
    (
        "p",
        "[4] L. Fernández Ortega, A. Ouédraogo. Epidemics on sparse networks. "
        "Stoch. Proc. Appl. Notes, 2023.",
    ),
]
FOOTNOTES = {
    1: "¹ Taux déclarés à l'école doctorale ED 574. Comité de suivi : Paul-Henri Giraud et "
    "Delphine Abadie.",
    2: "² Direction sous dérogation avant l'HDR ; co-encadrement informel de Sébastien Marc.",
}


class CV(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Sans", "I", 7.5)
            self.set_text_color(100, 100, 100)
            self.cell(0, 5, HEAD, align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(3)

    def footer(self):
        self.set_y(-12)
        self.set_font("Sans", "", 7.5)
        self.cell(0, 4, f"page {self.page_no()} / {{nb}}", align="C")


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", "Sans-I", cls=CV, format="A4")
    pdf.set_margins(24, 18, 24)
    pdf.set_auto_page_break(True, margin=30)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_fill_color(225, 225, 225)
    pdf.set_font("Sans", "B", 10)
    for line in BOX:
        pdf.cell(0, 6, line, fill=True, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pending: list[str] = []
    for kind, text in BODY:
        if kind == "h":
            pdf.ln(2.5)
            pdf.set_font("Sans", "B", 11)
            pdf.cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "s":
            pdf.set_font("Sans", "B", 9.5)
            pdf.cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Sans", "", 9.2)
            pdf.multi_cell(0, 4.6, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
            for n, note in FOOTNOTES.items():
                if ("¹²"[n - 1]) in text:
                    pending.append(note)
        if pending and kind == "h" and text.startswith("3."):
            y = pdf.get_y()
            pdf.set_auto_page_break(False)
            pdf.set_xy(24, 262)
            pdf.line(24, 261, 80, 261)
            pdf.set_font("Sans", "", 7.2)
            for note in pending:
                pdf.multi_cell(0, 3.6, note, align="L", new_x="LMARGIN", new_y="NEXT")
            pending = []
            pdf.set_auto_page_break(True, margin=30)
            pdf.set_xy(24, y)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b153_fr_cv_detaille_concours_dr.pdf").write_bytes(render())
