"""Render the four b282 held-out PDFs: thesis defence slides and a conference poster.

(1) an English Beamer-like defence deck (title slide with advisors, a two-column committee
table, cited works, an acknowledgements slide); (2) a French "Soutenance de thèse" deck
(jury table by role, "Remerciements", a follow-up committee thanked); (3) an A0 landscape
poster, authors with superscript affiliation numbers and an affiliation footer; (4) an
English "Research group overview" deck (PI, postdocs, students with co-advisors, alumni).

Run ``.venv/bin/python make_pdf_b282.py`` beside this file; the people and places are
fictional.
"""

from __future__ import annotations

from fpdf import FPDF
from make_pdfs import HERE, new_pdf

NAVY = (23, 46, 94)
GREY = (110, 110, 110)


class Beamer(FPDF):
    """A slide per page: a coloured frame-title bar and a three-part footer line."""

    footer_parts: tuple[str, str, str] = ("", "", "")
    frame_title = ""
    total = 0

    def header(self):
        if not self.frame_title:
            return
        self.set_fill_color(*NAVY)
        self.rect(0, 0, self.w, 11, style="F")
        self.set_xy(5, 2)
        self.set_font("Sans", "B", 12)
        self.set_text_color(255, 255, 255)
        self.cell(0, 7, self.frame_title)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_fill_color(*NAVY)
        self.rect(0, self.h - 5, self.w, 5, style="F")
        self.set_font("Sans", "", 5)
        self.set_text_color(255, 255, 255)
        third = self.w / 3
        for i, text in enumerate(self.footer_parts):
            self.set_xy(i * third, self.h - 4.5)
            self.cell(third, 4, text, align="C")
        self.set_xy(self.w - 14, self.h - 4.5)
        self.cell(12, 4, f"{self.page_no()} / {self.total}", align="R")
        self.set_text_color(0, 0, 0)


def slide(pdf: Beamer, title: str) -> None:
    pdf.frame_title = title
    pdf.add_page()
    pdf.set_xy(8, 16)


def bullets(pdf: Beamer, items, size=9.0, indent=8.0, mark="▶") -> None:
    for item in items:
        pdf.set_font("Sans", "", size)
        pdf.set_x(indent)
        pdf.set_text_color(*NAVY)
        pdf.cell(5, size * 0.5, mark)
        pdf.set_text_color(0, 0, 0)
        pdf.multi_cell(pdf.w - indent - 14, size * 0.5, item, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)


def table(pdf: Beamer, rows, left=10.0, role_w=38.0, size=8.0) -> None:
    """Two columns: the role on the left (bold, blank when it carries on), names right."""
    for role, text in rows:
        y = pdf.get_y()
        pdf.set_xy(left, y)
        pdf.set_font("Sans", "B", size)
        pdf.cell(role_w, 5, role)
        pdf.set_xy(left + role_w, y)
        pdf.set_font("Sans", "", size)
        pdf.multi_cell(pdf.w - left - role_w - 10, 5, text, new_x="LMARGIN", new_y="NEXT")
        if role:
            pdf.set_draw_color(180, 180, 180)
            pdf.line(left, y, pdf.w - 10, y)


def centred(pdf: Beamer, lines) -> None:
    for text, style, size, gap in lines:
        pdf.set_font("Sans", style, size)
        pdf.set_x(8)
        pdf.multi_cell(pdf.w - 16, size * 0.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)


def deck(name: str, size: tuple[float, float], footer, slides) -> None:
    pdf = new_pdf("Sans", "Sans-B", cls=Beamer, orientation="L", format=size)
    pdf.set_auto_page_break(False)
    pdf.set_margins(8, 14, 8)
    pdf.footer_parts = footer
    pdf.total = len(slides)
    for draw in slides:
        draw(pdf)
    pdf.output(str(HERE / name))


# ------------------------------------------------------------ 1. English defence deck
def en_title(pdf):
    pdf.frame_title = ""
    pdf.add_page()
    pdf.set_fill_color(*NAVY)
    pdf.rect(6, 10, pdf.w - 12, 22, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(8, 13)
    centred(pdf, [("Sparse Operator Learning for Coastal Sediment Transport", "B", 13, 1)])
    centred(pdf, [("PhD Thesis Defence", "", 9, 0)])
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(38)
    centred(
        pdf,
        [
            ("Marisol Quintavalle-Hart", "B", 11, 2),
            ("Advisors: Prof. Edwin Tarrowby and Dr. Lucia Brennac-Ohm", "", 8, 3),
            ("Department of Applied Mathematics", "", 7.5, 0.5),
            ("University of Halden Cross", "", 7.5, 3),
            ("14 June 2024", "", 7.5, 0),
        ],
    )


def en_committee(pdf):
    slide(pdf, "Thesis Committee")
    table(
        pdf,
        [
            ("Chair", "Prof. Hartwig Selmore, University of Halden Cross"),
            (
                "External examiner",
                "Prof. Ndeye Carvalho-Strand, Brisbury Institute of Technology",
            ),
            ("Internal examiner", "Dr. Oona Vasquez-Lind, University of Halden Cross"),
            ("Advisor", "Prof. Edwin Tarrowby, University of Halden Cross"),
            ("Co-advisor", "Dr. Lucia Brennac-Ohm, Marlin Coastal Research Laboratory"),
        ],
    )


def en_outline(pdf):
    slide(pdf, "Outline")
    bullets(
        pdf,
        [
            "Motivation: why sediment closures are hard",
            "Sparse operator learning (SPOT-Sed)",
            "Field validation on Halden Bar",
            "Conclusions and perspectives",
        ],
        mark="1.",
    )


def en_motivation(pdf):
    slide(pdf, "Motivation")
    bullets(
        pdf,
        [
            "Morphodynamic models spend most of their cost on calibrating bedload "
            "closures [Ostergaard et al. 2019]",
            "Neural operators generalise across grids but are hard to interpret "
            "[Nakamura-Fell & Desrosiers 2021]",
            "Sparse regression recovers compact closures from data [Brumm et al. 2016; "
            "Kowal et al. 2021]",
            "Question: can we learn an operator that is both sparse and grid-independent?",
        ],
    )


def en_method(pdf):
    slide(pdf, "SPOT-Sed: sparse operators")
    bullets(
        pdf,
        [
            "Dictionary of transport kernels built on the flow field (after "
            "[Ostergaard et al. 2019])",
            "Group-lasso penalty selects at most five kernels per regime",
            "Trained on 14 flume experiments, tested on two storms",
            "Error on bed level change: 11 % (vs 27 % for the calibrated baseline)",
        ],
    )


def en_papers(pdf):
    slide(pdf, "Publications from this thesis")
    bullets(
        pdf,
        [
            "M. Quintavalle-Hart, L. Brennac-Ohm and E. Tarrowby. Sparse operators for "
            "bedload closure. Journal of Coastal Computation 11 (2022), 201–219.",
            "M. Quintavalle-Hart, T. Gwynedd-Salo and E. Tarrowby. Field validation of "
            "learned sediment operators on Halden Bar. Estuarine Dynamics Letters 4 (2023), "
            "e118.",
        ],
        size=8,
        mark="■",
    )


def en_references(pdf):
    slide(pdf, "References")
    bullets(
        pdf,
        [
            "Brumm, K., Aaltonen, V. and Pirelli, S. (2016). Discovering closures by sparse "
            "regression. Proc. Hydraulic Modelling Symposium, 44–52.",
            "Kowal, R., Thibodeaux, L. and Amsel, J. (2021). Sparse identification of "
            "sediment flux laws. Earth Surface Computation 3, 9–31.",
            "Nakamura-Fell, K. and Desrosiers, A. (2021). Neural operators for shallow "
            "water flows. Computational Fluids Review 19, 1–24.",
            "Ostergaard, P., Lindahl, M. and Ferraro, C. (2019). The cost of calibrating "
            "morphodynamic models. Coastal Engineering Reports 61, 77–95.",
        ],
        size=6.5,
        mark="[·]",
    )


def en_thanks(pdf):
    slide(pdf, "Acknowledgements")
    bullets(
        pdf,
        [
            "Thanks to my advisors, Edwin and Lucia, for their patience and good humour",
            "Thanks to Dr. Pieter Vandersloot (Halden Port Authority) for the bathymetry surveys",
            "To the Coastal Modelling Group: Anouk, Rhys, Tamsin and Jakob",
        ],
        size=8,
    )
    pdf.ln(3)
    pdf.set_font("Sans", "B", 7)
    pdf.set_x(10)
    pdf.cell(0, 5, "Funded by", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "B", 6.5)
    x = 10
    for logo in (
        "HALDEN CROSS DTP",
        "Marine Futures Trust",
        "NORSEA Coastal Programme",
    ):
        pdf.set_draw_color(*NAVY)
        pdf.rect(x, pdf.get_y(), 44, 10)
        pdf.set_xy(x, pdf.get_y() + 3)
        pdf.cell(44, 4, logo, align="C")
        pdf.set_y(pdf.get_y() - 3)
        x += 48


def en_questions(pdf):
    slide(pdf, "Thank you!")
    pdf.set_y(35)
    centred(pdf, [("Questions?", "B", 16, 4), ("m.quintavalle-hart@haldencross.example", "", 7, 0)])


deck(
    "b282_en_beamer_phd_defence_slides.pdf",
    (90, 160),
    (
        "M. Quintavalle-Hart (Halden Cross)",
        "Sparse Operator Learning",
        "14 June 2024",
    ),
    [
        en_title,
        en_committee,
        en_outline,
        en_motivation,
        en_method,
        en_papers,
        en_references,
        en_thanks,
        en_questions,
    ],
)


# ------------------------------------------------------------ 2. French defence deck
def fr_title(pdf):
    pdf.frame_title = ""
    pdf.add_page()
    pdf.set_y(6)
    centred(
        pdf,
        [
            ("Université de Vallorbe-sur-Lys", "", 7, 0.5),
            ("École doctorale Sciences et Ingénierie", "", 6.5, 3),
            ("Soutenance de thèse", "B", 9, 2),
            (
                "Contrôle cohérent de mémoires quantiques à ions de terres rares",
                "B",
                12,
                3,
            ),
            ("Aurélien Kerbrat-Mendès", "B", 10, 1),
            ("Laboratoire de Photonique Quantique de Vallorbe (LPQV)", "", 7, 3),
            ("Directeur de thèse : Gaëtan Lemarquis", "", 7.5, 0.5),
            ("Co-encadrante : Sidonie Arkwright-Belcour", "", 7.5, 3),
            ("Vallorbe, le 12 décembre 2023", "", 7, 0),
        ],
    )


def fr_jury(pdf):
    slide(pdf, "Composition du jury")
    table(
        pdf,
        [
            (
                "Rapporteurs",
                "Mme Hélène Vasconcelos-Roy, Professeure, Université de Montclar-Aubrac",
            ),
            (
                "",
                "M. Yannick Ferrec-Duval, Directeur de recherche CNRS, Institut d'Optique "
                "de Kermarec",
            ),
            (
                "Examinateurs",
                "Mme Clotilde Amsallem-Piro, Maîtresse de conférences, Université de "
                "Vallorbe-sur-Lys",
            ),
            ("", "M. Benoît Achterberg-Sow, Chargé de recherche, Institut Néel-Fontaine"),
            (
                "Président du jury",
                "M. Renaud Sivadier-Colin, Professeur, Université de Vallorbe-sur-Lys",
            ),
            (
                "Directeur de thèse",
                "M. Gaëtan Lemarquis, Professeur, Université de Vallorbe-sur-Lys",
            ),
            ("Co-encadrante", "Mme Sidonie Arkwright-Belcour, Chargée de recherche CNRS, LPQV"),
        ],
        role_w=30,
        size=6.5,
    )


def fr_plan(pdf):
    slide(pdf, "Plan")
    bullets(
        pdf,
        [
            "Contexte : mémoires quantiques et ions de terres rares",
            "Écho de photon contrôlé par gradient",
            "Résultats expérimentaux",
            "Conclusion et perspectives",
        ],
        size=8,
        mark="•",
    )


def fr_contexte(pdf):
    slide(pdf, "Contexte")
    bullets(
        pdf,
        [
            "Les cristaux dopés terres rares offrent des temps de cohérence de plusieurs "
            "heures [Hautecloque et al. 2017]",
            "Les protocoles AFC atteignent 60 % d'efficacité [Marquardt & Lévêque 2020]",
            "Verrou : la bande passante reste limitée à quelques MHz [Ostrander et al. 2022]",
        ],
        size=7.5,
        mark="•",
    )


def fr_publications(pdf):
    slide(pdf, "Publications issues de la thèse")
    bullets(
        pdf,
        [
            "A. Kerbrat-Mendès, S. Arkwright-Belcour et G. Lemarquis, « Écho de photon "
            "à gradient dans Eu:YSO », Lettres d'Optique Quantique 9, 112 (2022).",
            "A. Kerbrat-Mendès, P. Delattre-Nguema et S. Arkwright-Belcour, « Mémoire "
            "large bande par peigne atomique », Revue de Photonique Appliquée 31, 4407 "
            "(2023).",
        ],
        size=6.5,
        mark="•",
    )


def fr_merci(pdf):
    slide(pdf, "Remerciements")
    bullets(
        pdf,
        [
            "Merci aux membres du jury d'avoir accepté d'évaluer ce travail",
            "Merci aux membres de mon comité de suivi individuel, Ophélie Brassart-Koné "
            "et Théo Garnier-Ulloa, pour leurs conseils",
            "Merci à toute l'équipe Mémoires Quantiques : Lison, Karim, Ewen et Maud",
        ],
        size=7,
        mark="•",
    )
    pdf.ln(2)
    pdf.set_x(10)
    pdf.set_font("Sans", "", 6.5)
    pdf.cell(0, 5, "Financements :   ANR QUAMEM   |   Région Val-de-Lys   |   CNRS")


def fr_questions(pdf):
    slide(pdf, "Merci pour votre attention")
    pdf.set_y(40)
    centred(pdf, [("Questions ?", "B", 16, 0)])


deck(
    "b282_fr_soutenance_these_diaporama_jury.pdf",
    (96, 128),
    ("A. Kerbrat-Mendès", "Soutenance de thèse", "12/12/2023"),
    [fr_title, fr_jury, fr_plan, fr_contexte, fr_publications, fr_merci, fr_questions],
)


# ------------------------------------------------------------ 3. A0 conference poster
def poster() -> None:
    pdf = new_pdf("Sans", "Sans-B", orientation="L", format=(841, 1189))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    w = pdf.w
    pdf.set_fill_color(*NAVY)
    pdf.rect(0, 0, w, 150, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(40, 25)
    pdf.set_font("Sans", "B", 88)
    pdf.cell(w - 80, 40, "Jamming Transitions in Bidisperse Granular Rafts", align="C")
    pdf.set_xy(40, 75)
    pdf.set_font("Sans", "", 48)
    pdf.cell(
        w - 80,
        25,
        "Ilse Marchetti-Boone¹, Tobiah Okafor-Lindqvist¹,², Renata Szabo-Quill² "
        "and Matthias Dunleavy¹",
        align="C",
    )
    pdf.set_xy(40, 110)
    pdf.set_font("Sans", "", 32)
    pdf.cell(w - 80, 20, "European Conference on Complex Fluids · Porto Alcor 2024", align="C")
    pdf.set_text_color(0, 0, 0)

    columns = [
        (
            "Introduction",
            [
                "Particles floating at an interface form rafts that jam under compression "
                "[1]. Monodisperse rafts buckle before they jam [2]; bidisperse rafts have "
                "not been mapped.",
                "We ask how the size ratio sets the jamming packing fraction.",
            ],
        ),
        (
            "Methods",
            [
                "Langmuir trough, 2 400 polystyrene spheres (0.5 and 0.7 mm).",
                "Particle tracking at 500 fps; packing fraction from Voronoi cells.",
                "Discrete element simulations with capillary attraction (after Kowal et al. 2021).",
            ],
        ),
        (
            "Results",
            [
                "Jamming fraction rises from 0.82 to 0.86 as the size ratio grows.",
                "Small particles fill the gaps: the raft stiffens without buckling [3].",
                "Simulations match experiments within 2 %.",
            ],
        ),
        (
            "Conclusions",
            [
                "Bidispersity delays buckling and raises the jamming fraction.",
                "Next: rafts of three sizes and elongated grains.",
            ],
        ),
    ]
    col_w = (w - 50 * 2 - 3 * 30) / 4
    for i, (title, paragraphs) in enumerate(columns):
        x = 50 + i * (col_w + 30)
        pdf.set_xy(x, 185)
        pdf.set_font("Sans", "B", 44)
        pdf.set_text_color(*NAVY)
        pdf.cell(col_w, 22, title)
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(*NAVY)
        pdf.line(x, 209, x + col_w, 209)
        y = 220
        for text in paragraphs:
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "", 28)
            pdf.multi_cell(col_w, 14, text)
            y = pdf.get_y() + 10

    pdf.set_xy(50, 560)
    pdf.set_font("Sans", "B", 36)
    pdf.cell(0, 18, "References")
    refs = [
        "[1] G. Pellworth, S. Adeyinka and T. Moravec. Floating granular monolayers. "
        "Soft Matter Letters 12, 330 (2018).",
        "[2] I. Haraldsen and M. Costa-Vidal. Capillary jamming of rafts. Physics of "
        "Fluids Review 7, 41 (2020).",
        "[3] I. Marchetti-Boone and M. Dunleavy. Raft buckling under compression. "
        "Granular Matter Notes 3, 15 (2022).",
    ]
    y = 582
    for ref in refs:
        pdf.set_xy(50, y)
        pdf.set_font("Sans", "", 24)
        pdf.multi_cell(w / 2 - 80, 12, ref)
        y = pdf.get_y() + 4

    pdf.set_xy(w / 2 + 20, 560)
    pdf.set_font("Sans", "B", 36)
    pdf.cell(0, 18, "Acknowledgements")
    pdf.set_xy(w / 2 + 20, 582)
    pdf.set_font("Sans", "", 24)
    pdf.multi_cell(
        w / 2 - 70,
        12,
        "We thank Dr. Cosima Fairbairn-Ota for the loan of the Langmuir trough and "
        "Prof. Arvid Holmsen-Grier for discussions. Funded by the Corrington Research "
        "Council (grant CRC-GR-2231) and the Nordic Soft Matter Network.",
    )

    pdf.set_fill_color(235, 238, 245)
    pdf.rect(0, 735, w, 106, style="F")
    pdf.set_xy(50, 750)
    pdf.set_font("Sans", "", 26)
    pdf.cell(0, 14, "¹ Laboratory for Soft Matter Physics, University of Corrington, UK")
    pdf.set_xy(50, 768)
    pdf.cell(0, 14, "² Institute of Granular Systems, Vestfold-Harrow University, Norway")
    pdf.set_xy(50, 790)
    pdf.set_font("Sans", "", 22)
    pdf.cell(0, 12, "Contact: ilse.marchetti-boone@corrington.example")
    x = w - 560
    for logo in ("UNIVERSITY OF CORRINGTON", "CRC", "Nordic Soft Matter Network"):
        pdf.set_draw_color(*NAVY)
        pdf.rect(x, 752, 160, 60)
        pdf.set_xy(x, 775)
        pdf.set_font("Sans", "B", 20)
        pdf.cell(160, 12, logo, align="C")
        x += 175
    pdf.output(str(HERE / "b282_en_a0_poster_superscript_affiliations.pdf"))


poster()


# ------------------------------------------------------------ 4. research group overview
def gr_title(pdf):
    pdf.frame_title = ""
    pdf.add_page()
    pdf.set_y(22)
    centred(
        pdf,
        [
            ("Computational Glaciology Group", "B", 15, 2),
            ("Research group overview", "", 10, 6),
            ("Department of Earth Sciences, University of Skellmoor", "", 8, 2),
            ("Annual review · March 2025", "", 7, 0),
        ],
    )


def gr_who(pdf):
    slide(pdf, "Who we are")
    bullets(
        pdf,
        [
            "Principal investigator: Prof. Henrike Aalto-Rasmussen",
            "Founded in 2016 in the Department of Earth Sciences",
            "Ice-sheet models, inverse methods, subglacial hydrology",
            "2 postdocs, 3 PhD students, 1 MSc student",
        ],
        size=8,
    )


def gr_people(pdf):
    slide(pdf, "People")
    table(
        pdf,
        [
            ("PI", "Prof. Henrike Aalto-Rasmussen"),
            (
                "Postdocs",
                "Dr. Kwabena Ferreira-Lund (2022–), co-hosted with Dr. Sunniva Oakhurst "
                "(Tarnhelm Polar Institute)",
            ),
            ("", "Dr. Yelena Marchbank-Ito (2023–), Marie Curie fellow"),
            (
                "PhD students",
                "Maëlle Trevisan-Okoro (2021–), co-advised by Prof. Bogdan Ilievski-Moor "
                "(Tarnhelm Polar Institute)",
            ),
            ("", "Ruben Castellanos-Vey (2022–), co-advised by Dr. Kwabena Ferreira-Lund"),
            ("", "Hamish Duterte-Lowe (2024–)"),
            ("MSc students", "Ingrid Solvang-Pike (2024–2025), MSc project"),
        ],
        role_w=28,
        size=7,
    )


def gr_alumni(pdf):
    slide(pdf, "Alumni")
    bullets(
        pdf,
        [
            "Dr. Xavier Penhallow-Reyes (PhD 2020), now Research Scientist at Nordmark "
            "Geological Survey",
            "Dr. Aiko Brennan-Sato (postdoc 2018–2021), now Lecturer at University of "
            "Dunvegan Hythe",
        ],
        size=8,
    )


def gr_papers(pdf):
    slide(pdf, "Recent papers")
    bullets(
        pdf,
        [
            "Trevisan-Okoro, M., Ilievski-Moor, B. and Aalto-Rasmussen, H. (2024). Basal "
            "sliding laws from inverse methods. Glacier Dynamics Letters 8, 55–71.",
            "Ferreira-Lund, K., Castellanos-Vey, R., Oakhurst, S. and Aalto-Rasmussen, H. "
            "(2023). Subglacial drainage on a moving mesh. Cryosphere Modelling 12, 1–19.",
        ],
        size=7,
        mark="■",
    )


def gr_funding(pdf):
    slide(pdf, "Funding, teaching and collaborators")
    bullets(
        pdf,
        [
            "ERC Consolidator Grant FROSTLINE (PI: H. Aalto-Rasmussen), 2021–2026",
            "Skellmoor Climate Fund seed award (PI: Prof. Dermot Quayle-Ashby)",
            "Collaborators: Prof. Lotte Vinterberg (Aurland University), Dr. Emeka "
            "Halvorsen-Obi (Polar Data Centre)",
            "Teaching: GEO3120 Glacier Physics, co-taught with Dr. Fiachra Doyle-Mensah",
        ],
        size=7.5,
    )


def gr_thanks(pdf):
    slide(pdf, "Thanks to")
    bullets(
        pdf,
        [
            "Gwen Pardoe-Lisle, our lab technician, for keeping the cold room cold",
            "The department's research office, and Prof. Magnus Tveit-Arora, Head of Department",
        ],
        size=8,
    )


deck(
    "b282_en_research_group_overview_slides.pdf",
    (90, 160),
    ("Computational Glaciology Group", "Research group overview", "March 2025"),
    [gr_title, gr_who, gr_people, gr_alumni, gr_papers, gr_funding, gr_thanks],
)
