"""Render b100_fr_cv_detaille_cnu.pdf: a French "CV détaillé" for the CNU qualification to
the professorship (section 61), typeset like a LaTeX article — numbered sections, a running
head and "page n/N" foot, the supervised theses as a list whose second line gives the
"Taux d'encadrement" with its percentage and the co-supervisor, the theses judged grouped
by role ("En tant que rapporteure : …", "En tant qu'examinatrice : …", "Présidente du
jury : …").  Traps: a CSI (comité de suivi individuel), hiring committees (comités de
sélection), a lecture course shared with a colleague, an ANR project's coordinator.

Run ``.venv/bin/python make_pdf_b100_fr_cv_detaille_cnu.py`` beside this file; the people
and places are fictional.
"""

from __future__ import annotations

from fpdf import FPDF
from make_pdfs import HERE, new_pdf

NAME = "Soraya Benhaddou-Leclerc"
HEAD = f"{NAME} — CV détaillé — Qualification PR, section 61"
# (numbered title, [(kind, text)]) — kind: "p" paragraph, "b" bullet, "s" sub-heading
SECTIONS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "1. Situation actuelle",
        [
            (
                "p",
                "Maîtresse de conférences HDR (classe normale) depuis le 1er septembre 2014 à "
                "l'Université de Montrevel, UFR Sciences et Techniques. Rattachée au "
                "Laboratoire d'Informatique et Signaux de Montrevel (LISM, UMR 5619), "
                "équipe Traitement du Signal et des Images.",
            ),
        ],
    ),
    (
        "2. Parcours",
        [
            ("b", "2022 : Habilitation à diriger des recherches, Université de Montrevel."),
            (
                "b",
                "2012 – 2014 : Post-doctorat au Centre de Recherche en Imagerie de "
                "Montréal-Nord (Canada), dans le groupe de Pr Geneviève Tremblay-Nakamura.",
            ),
            (
                "b",
                "2009 – 2012 : Doctorat de l'Université de Valdrôme, spécialité Signal, "
                "Image, Vision, sous la direction de Pr Jean-Baptiste Koffi et de "
                "Dr Mathilde Arrighi.",
            ),
            (
                "b",
                "2009 : Master 2 Recherche Signal et Télécommunications, Université de Valdrôme.",
            ),
        ],
    ),
    (
        "3. Encadrement doctoral",
        [
            ("s", "3.1 Thèses soutenues"),
            (
                "b",
                "Karim Oulad-Hadj (2015 – 2018). « Déconvolution aveugle pour "
                "l'échographie ultrarapide ». Taux d'encadrement : 50 %, co-encadrement "
                "avec Pr Théophile Grandjouan (directeur). Soutenue le 12 décembre 2018. "
                "Devenir : maître de conférences à l'Université de Sainte-Aure.",
            ),
            (
                "b",
                "Ève Lambertucci (2017 – 2021). « Apprentissage de dictionnaires pour "
                "l'imagerie hyperspectrale ». Taux d'encadrement : 60 %, co-direction avec "
                "Dr Bastien Quéméner (40 %). Soutenue le 3 février 2021. Devenir : "
                "ingénieure de recherche chez un industriel.",
            ),
            ("s", "3.2 Thèse en cours"),
            (
                "b",
                "Ngozi Adeyemi-Fournier (depuis octobre 2022). « Réseaux déroulés pour la "
                "tomographie à faible dose ». Direction : 100 % (autorisation à diriger au "
                "titre de l'HDR).",
            ),
            ("s", "3.3 Stages de Master 2"),
            (
                "b",
                "Lucas Verhaegen (2021, 6 mois) et Amina Traoré-Bessette (2023, 5 mois), "
                "encadrement à 100 %.",
            ),
        ],
    ),
    (
        "4. Participation à des jurys de thèse",
        [
            (
                "p",
                "En tant que rapporteure : thèse de Paul-Henri Desrosiers (Université de "
                "Castelnau, 2023) ; thèse de Yasmina Cherkaoui (École Centrale de Vernay, "
                "2021).",
            ),
            (
                "p",
                "En tant qu'examinatrice : thèse de Ronan Le Floch (Université de "
                "Montrevel, 2022).",
            ),
            (
                "p",
                "Présidente du jury : thèse de Jeanne Akakpo (Université de Montrevel, 2024).",
            ),
            (
                "p",
                "Comités de suivi individuel (CSI) : membre du CSI de Théo Marchetti "
                "(Université de Castelnau, 2023 – ) et d'Inès Boukhari (2022 – 2024).",
            ),
        ],
    ),
    (
        "5. Responsabilités collectives",
        [
            (
                "b",
                "Membre de comités de sélection MCF 61 : Université de Castelnau (2021, "
                "présidé par Pr Alain Dussart-Mbeki), Université de Montrevel (2023).",
            ),
            (
                "b",
                "Membre élue du conseil de laboratoire du LISM (2019 – 2023).",
            ),
            (
                "b",
                "Participante au projet ANR JCJC TOMOLOW (2020 – 2024), porteur : "
                "Dr Grégoire Lhermitte.",
            ),
        ],
    ),
    (
        "6. Enseignement",
        [
            (
                "p",
                "Environ 210 h éq. TD par an. Responsable de l'UE « Traitement du signal » "
                "(L3, 120 étudiants), dont le cours magistral est partagé avec "
                "M. Frédéric Dumoulin ; TP d'optimisation en M1.",
            ),
        ],
    ),
    (
        "7. Publications significatives",
        [
            (
                "b",
                "K. Oulad-Hadj, S. Benhaddou-Leclerc, T. Grandjouan. Blind deconvolution "
                "for ultrafast ultrasound. IEEE Transactions on Medical Imaging, "
                "37(11):2450–2461, 2018.",
            ),
            (
                "b",
                "E. Lambertucci, B. Quéméner, S. Benhaddou-Leclerc. Convolutional "
                "dictionaries for hyperspectral unmixing. Signal Processing, 180:107861, "
                "2021.",
            ),
            (
                "b",
                "S. Benhaddou-Leclerc, G. Tremblay-Nakamura. Sparse priors for "
                "photoacoustic tomography. Inverse Problems, 31(6):065004, 2015.",
            ),
            (
                "b",
                "S. Benhaddou-Leclerc, M. Arrighi, J.-B. Koffi. Débruitage parcimonieux "
                "des signaux sismiques. Traitement du Signal, 29(2):101–120, 2012.",
            ),
        ],
    ),
]


class Article(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Serif", "I", 8)
            self.cell(0, 5, HEAD, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    def footer(self):
        self.set_y(-14)
        self.set_font("Serif", "", 8)
        self.cell(0, 5, f"page {self.page_no()}/{{nb}}", align="C")


def render() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", "Serif-I", cls=Article, format="A4")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Serif", "B", 15)
    pdf.cell(0, 8, NAME, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    pdf.cell(0, 5, "Curriculum vitae détaillé", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "I", 9)
    pdf.cell(
        0,
        5,
        "Candidature à la qualification aux fonctions de professeur des universités — "
        "campagne 2027",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    for title, blocks in SECTIONS:
        pdf.ln(3)
        pdf.set_font("Serif", "B", 11.5)
        pdf.cell(0, 6.5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.5)
        for kind, text in blocks:
            if kind == "s":
                pdf.set_font("Serif", "B", 10)
                pdf.cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
                continue
            pdf.set_font("Serif", "", 9.8)
            if kind == "b":
                pdf.set_x(29)
                pdf.cell(4, 4.9, "–")
                pdf.multi_cell(0, 4.9, text, align="J", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 4.9, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.9)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b100_fr_cv_detaille_cnu.pdf").write_bytes(render())
