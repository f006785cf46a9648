"""Render the batch-16 held-out PDF CVs: layouts other generators produce.

Run ``.venv/bin/python make_pdf_batch16.py`` beside this file; the people and places are
fictional.  en_word_tabbed_cv: a Word CV (bold employer, dates on a right tab stop, italic
position below).  en_gdocs_cv: a Google-Docs CV (bold coloured headings, round bullets).
fr_cv_europass: the old Europass grid (grey labels in a right-aligned left column).
fr_cv_latex_cesure: a LaTeX article CV (justified lines hyphenated across line ends,
typographic ligatures).  en_two_page_cv: a CV whose publication list runs onto page 2 under
a running header and a "Page n of 2" footer.
"""

from __future__ import annotations

from fpdf import FPDF
from make_pdfs import HERE, new_pdf

# Every document of the batch embeds the same six faces.
FACES = ("Sans", "Sans-B", "Sans-I", "Serif", "Serif-B", "Serif-I")


WORD_NAME = "HARRIET PEMBERTON-ACHEBE"
WORD_CONTACT = (
    "Department of Marine Ecology · h.pemberton@tarrowmere.example.ac.uk · +44 1632 960418"
)
WORD_SECTIONS: list[tuple[str, list[tuple[str, str, list[str]]]]] = [
    (
        "EDUCATION",
        [
            (
                "University of Kelsbridge",
                "2009 – 2013",
                ["PhD in Marine Ecology. Thesis advisor: Prof. Duncan Abernethy-Roe"],
            ),
            ("University of Pellworth", "2008 – 2009", ["MSc in Physical Oceanography"]),
        ],
    ),
    (
        "PROFESSIONAL EXPERIENCE",
        [
            (
                "University of Tarrowmere",
                "2018 – Present",
                ["Senior Lecturer, Department of Marine Ecology"],
            ),
            (
                "Halvorsen Institute for Coastal Research",
                "2013 – 2018",
                ["Postdoctoral Research Fellow, working with Dr. Ingrid Solbakken"],
            ),
        ],
    ),
    (
        "STUDENT SUPERVISION",
        [
            (
                "Tomasz Wierzbicki, PhD",
                "2019 – 2023",
                ["Co-supervised with Dr. Ingrid Solbakken"],
            ),
            ("Amara Nwachukwu-Bello, PhD", "2021 – Present", ["Principal supervisor"]),
            ("Lucy Fenwright, MSc dissertation", "2022", []),
        ],
    ),
    (
        "THESIS EXAMINATION",
        [
            ("External examiner, PhD of Rhys Pengelly, University of Caerwen", "2022", []),
            ("Internal examiner, PhD of Sofia Marangoni-Hale", "2023", []),
        ],
    ),
    (
        "SERVICE",
        [
            (
                "Hiring committee, Lecturer in Coastal Ecology (chair: Prof. Edwin Larkhall)",
                "2021",
                [],
            ),
            ("Thesis advisory committee of Jonah Barrowclough", "2020 – 2023", []),
        ],
    ),
    (
        "SELECTED PUBLICATIONS",
        [
            (
                "Pemberton-Achebe, H., Wierzbicki, T. and Solbakken, I. (2022). Kelp canopy loss "
                "along a warming coast. Journal of Temperate Seas, 12, 1–14.",
                "",
                [],
            ),
            (
                "Abernethy-Roe, D., Pemberton-Achebe, H., et al. (2015). Seagrass carbon budgets. "
                "Estuarine Letters, 4, 88–97.",
                "",
                [],
            ),
            (
                "Nwachukwu-Bello, A. and Pemberton-Achebe, H. (2024). Tidal refugia. In: Coastal "
                "Futures (eds. P. Glanville and M. Ostrander), pp. 33–50. Tarrow Press.",
                "",
                [],
            ),
        ],
    ),
    (
        "REFERENCES",
        [
            (
                "Prof. Duncan Abernethy-Roe, University of Kelsbridge. Tel: +44 1632 960771. "
                "Email: d.abernethy@kelsbridge.example.ac.uk",
                "",
                [],
            ),
        ],
    ),
]


def word_tabbed() -> bytes:
    pdf = new_pdf(*FACES, format="A4")
    pdf.add_page()
    pdf.set_font("Serif", "B", 16)
    pdf.cell(0, 9, WORD_NAME, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9)
    pdf.cell(0, 5, WORD_CONTACT, align="C", new_x="LMARGIN", new_y="NEXT")
    for title, entries in WORD_SECTIONS:
        pdf.ln(4)
        pdf.set_font("Serif", "B", 11)
        pdf.cell(0, 6, title, border="B", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for head, when, lines in entries:
            top = pdf.get_y()
            pdf.set_font("Serif", "B" if when and lines else "", 10)
            pdf.multi_cell(150, 5, head, new_x="LMARGIN", new_y="NEXT")
            if when:
                bottom = pdf.get_y()
                pdf.set_xy(160, top)
                pdf.set_font("Serif", "", 10)
                pdf.cell(40, 5, when, align="R")
                pdf.set_xy(10, bottom)
            pdf.set_font("Serif", "I", 10)
            for line in lines:
                pdf.multi_cell(150, 5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    return bytes(pdf.output())


GDOCS_NAME = "Oluwaseun Brightwell-Ferreira"
GDOCS_TAGLINE = "Assistant Professor of Computational Linguistics, Marlowe State University"
GDOCS_SECTIONS: list[tuple[str, list[str]]] = [
    (
        "Appointments",
        [
            "Assistant Professor, Department of Linguistics, Marlowe State University, 2021 – now",
            "Postdoctoral Scholar, Quillfeather Institute for Language Technology, 2018 – 2021. "
            "Mentor: Dr. Priyanka Ramaswamy-Holt",
        ],
    ),
    (
        "Education",
        [
            "Ph.D., Linguistics, University of Ashcombe, 2018. Dissertation committee: "
            "Gregor Tillinghast (chair), Mireille Castellane-Obi, Dawit Alemayehu",
            "B.A., Linguistics and Philosophy, Wexford-Lyle College, 2012",
        ],
    ),
    (
        "Advising",
        [
            "Doctoral students: Keanu Halvorsen-Mata (2022–), Ines Sarmento-Kowal (2023–)",
            "Undergraduate honors thesis: Bethany Quarrington (2023)",
        ],
    ),
    (
        "Committees",
        [
            "Dissertation committee member for Ulrich Fahlberg (Marlowe State, 2024)",
            "Faculty search committee, Department of Linguistics (2022–2023)",
            "Program committee, Workshop on Morphological Parsing (2023)",
        ],
    ),
    (
        "Grants",
        [
            "NSF CAREER award, PI: Oluwaseun Brightwell-Ferreira; "
            "co-PI: Natalia Verhoeven (2023–2028)",
        ],
    ),
    (
        "Publications",
        [
            "Brightwell-Ferreira, O., & Halvorsen-Mata, K. (2024). Subword drift in "
            "code-switched speech. Computational Linguistics Review, 50(2), 201–230.",
            "Ramaswamy-Holt, P., Brightwell-Ferreira, O., & Sarmento-Kowal, I. (2023). "
            "Tokenizers for tonal languages. In Proceedings of LangTech (pp. 12–20).",
        ],
    ),
]


def gdocs() -> bytes:
    pdf = new_pdf(*FACES, format="A4")
    pdf.set_margins(18, 15, 18)
    pdf.add_page()
    pdf.set_font("Sans", "B", 20)
    pdf.cell(0, 11, GDOCS_NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 6, GDOCS_TAGLINE, new_x="LMARGIN", new_y="NEXT")
    for title, bullets in GDOCS_SECTIONS:
        pdf.ln(3)
        pdf.set_text_color(40, 80, 160)
        pdf.set_font("Sans", "B", 12)
        pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Sans", "", 10)
        for bullet in bullets:
            top = pdf.get_y()
            pdf.set_xy(22, top)
            pdf.cell(5, 5, "●")
            pdf.set_xy(28, top)
            pdf.multi_cell(164, 5, bullet, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


EUROPASS_NAME = "Maëlys Carpentier-Oyono"
EUROPASS_BLOCKS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Informations personnelles",
        [
            ("Nom / Prénom", "Carpentier-Oyono Maëlys"),
            ("Adresse", "14 rue des Tanneurs, 86100 Châtellerault-Vienne"),
            ("Téléphone", "+33 5 49 00 12 34"),
            ("Courrier électronique", "maelys.carpentier@univ-vienne-sud.example.fr"),
        ],
    ),
    (
        "Expérience professionnelle",
        [
            ("Dates", "Depuis septembre 2019"),
            ("Fonction ou poste occupé", "Maîtresse de conférences en chimie analytique"),
            ("Nom et adresse de l'employeur", "Université de Vienne-Sud, 86000 Poitiers-Nord"),
            ("Dates", "Octobre 2017 – août 2019"),
            ("Fonction ou poste occupé", "Chercheuse post-doctorale"),
            (
                "Nom et adresse de l'employeur",
                "Institut des Sciences Séparatives de Lorient-Est, sous la responsabilité de "
                "Gwenaël Le Floch-Mbaye",
            ),
        ],
    ),
    (
        "Éducation et formation",
        [
            ("Dates", "2014 – 2017"),
            ("Intitulé du certificat ou diplôme délivré", "Doctorat de chimie"),
            ("Directeur de thèse", "Baptiste Ramonet ; co-directrice : Hélène Vautrin-Sall"),
            ("Nom de l'organisme de formation", "Université de Niort-Marais"),
            ("Dates", "2012 – 2014"),
            ("Intitulé du certificat ou diplôme délivré", "Master Chimie des matériaux"),
            ("Nom de l'organisme de formation", "Université de Niort-Marais"),
        ],
    ),
    (
        "Encadrement",
        [
            (
                "Doctorat (2020 – 2023)",
                "Yanis Belkacem-Rivière, co-direction avec Baptiste Ramonet",
            ),
            ("Stage de M2 (2022)", "Clarisse Odoul"),
        ],
    ),
    (
        "Autres activités",
        [
            (
                "Comité de sélection",
                "Membre du comité de sélection MCF 32 (2021), présidé par Rémi Vasselin",
            ),
            ("Comité de suivi", "Membre du CSI de Lila Brochard-Nguyen (2022 – 2024)"),
            (
                "Jurys de thèse",
                "Examinatrice de la thèse de Gaëtan Poirault-Diop "
                "(Université de Cognac-Charente, 2024)",
            ),
        ],
    ),
]


def europass(blocks=EUROPASS_BLOCKS, banner: str = "Curriculum vitæ") -> bytes:
    pdf = new_pdf(*FACES, format="A4")
    pdf.add_page()
    pdf.set_font("Sans", "B", 14)
    pdf.set_x(10)
    pdf.cell(55, 8, banner, align="R")
    pdf.set_x(70)
    pdf.cell(0, 8, "Europass", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for title, rows in blocks:
        pdf.ln(3)
        pdf.set_font("Sans", "B", 11)
        pdf.cell(55, 6, title, align="R", new_x="LMARGIN", new_y="NEXT")
        for label, value in rows:
            top = pdf.get_y()
            pdf.set_font("Sans", "", 8)
            pdf.set_text_color(100, 100, 100)
            pdf.set_xy(10, top)
            pdf.multi_cell(55, 5, label, align="R")
            after_label = pdf.get_y()
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Sans", "", 10)
            pdf.set_xy(70, top)
            pdf.multi_cell(125, 5, value)
            pdf.set_y(max(after_label, pdf.get_y()) + 0.5)
    return bytes(pdf.output())


# Lines as TeX set them: justified paragraphs broken with a hyphen, ligature glyphs.
LATEX_LINES: list[tuple[str, str]] = [
    ("title", "Geoﬀroy Lamarque-Ndiaye"),
    ("sub", "Chargé de recherche CNRS, Laboratoire d'Aérologie du Pic-Noir (LAPN)"),
    ("h", "Parcours professionnel"),
    ("p", "Depuis 2016 : chargé de recherche au CNRS, aﬀecté au Laboratoire d'Aéro-"),
    ("p", "logie du Pic-Noir (LAPN), équipe Nuages et Précipitations."),
    ("p", "2013–2016 : post-doctorat à l'Institut de Météorologie de Tromsø-Nord, au-"),
    ("p", "près de Sigrun Haldorsen-Aas, sur la ﬁnesse des modèles de microphysique."),
    ("h", "Formation"),
    ("p", "2010–2013 : doctorat de physique de l'atmosphère, Université de Tarbes-"),
    ("p", "Adour, sous la direction de Fabienne Cazaubon et de Mathurin Laﬃtte-Soulé."),
    ("p", "2010 : master de physique des ﬂuides, Université de Tarbes-Adour."),
    ("h", "Encadrement de travaux de recherche"),
    ("p", "Thèse d'Aurélien Mazouz-Pérez (2018–2021), codirigée avec Fabienne Caza-"),
    ("p", "ubon ; thèse de Noémie Trouillard (depuis 2022), direction à 100 %."),
    ("p", "Stage de M2 de Timothée Bouvard-Sy (2023), stage de L3 de Romy Estival (2021)."),
    ("h", "Participation à des jurys"),
    ("p", "Rapporteur de la thèse de Quentin Escarguel (Université de Pau-Béarn, 2022) ;"),
    ("p", "examinateur de la thèse d'Anaïs Roqueplo (Université de Rodez-Aveyron, 2024)."),
    ("h", "Publications choisies"),
    ("p", "G. Lamarque-Ndiaye, A. Mazouz-Pérez et F. Cazaubon. Eﬀets de la turbulence"),
    ("p", "sur la coalescence. Journal de Physique de l'Atmosphère, 12 :45–60, 2021."),
    ("p", "N. Trouillard, G. Lamarque-Ndiaye. Le givrage des ﬂocons. In : M. Duval-"),
    ("p", "Hérin (éd.), Actes des Journées Nuages, p. 12–19, 2023."),
]


def latex_cesure() -> bytes:
    pdf = new_pdf(*FACES, format="A4")
    pdf.set_margins(25, 20, 25)
    pdf.add_page()
    for kind, text in LATEX_LINES:
        if kind == "title":
            pdf.set_font("Serif", "B", 17)
            pdf.cell(0, 9, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "sub":
            pdf.set_font("Serif", "I", 10)
            pdf.cell(0, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(3)
            pdf.set_font("Serif", "B", 12)
            pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Serif", "", 10)
            pdf.cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


TWO_PAGE_NAME = "Callum Drummond-Asante"


class _RunningCV(FPDF):
    """A CV's running header (the name) and its page number, on every page."""

    FAMILY, BANNER, ALIGN = "Sans", f"{TWO_PAGE_NAME} — Curriculum Vitae", "R"
    PAGE = "Page {} of {{nb}}"

    def header(self):
        self.set_font(self.FAMILY, "I", 8)
        self.cell(0, 5, self.BANNER, align=self.ALIGN, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.FAMILY, "", 8)
        self.cell(0, 5, self.PAGE.format(self.page_no()), align="C")


TWO_PAGE_SECTIONS: list[tuple[str, list[str]]] = [
    (
        "Current position",
        ["Reader in Structural Engineering, University of Dunmorrow (since 2020)"],
    ),
    (
        "Previous positions",
        [
            "2015–2020  Lecturer, Ballantrae College of Engineering",
            "2012–2015  Research Associate, Fintry Centre for Bridge Engineering, with Prof. "
            "Moira Kincaid-Osei",
        ],
    ),
    (
        "Education",
        [
            "2008–2012  PhD, Civil Engineering, University of Glenluce. Supervisors: Prof. "
            "Alasdair Munro-Baptiste and Dr. Yuki Tanabe-Reid",
            "2004–2008  MEng, Civil Engineering, University of Glenluce",
        ],
    ),
    (
        "Research students",
        [
            "Completed PhD: Fiona Macaskill-Ofori (2016–2020), Dev Raghunathan (2017–2021)",
            "Current PhD: Zofia Grabowska-Lee (2022–)",
            "Visiting PhD student hosted: Matteo Zambelli (2023, from Politecnico di Sarona)",
        ],
    ),
    (
        "Examining",
        [
            "External PhD examiner: Conall Breathnach (University of Inishowen, 2021); "
            "Priya Venkatesan-Moore (Ballantrae College, 2023)",
        ],
    ),
]
TWO_PAGE_PUBLICATIONS = [
    f"[{i + 1}] {entry}"
    for i, entry in enumerate(
        [
            "C. Drummond-Asante, F. Macaskill-Ofori and M. Kincaid-Osei, \u201cFatigue of "
            "riveted truss joints,\u201d Journal of Bridge Engineering Studies, vol. 21, "
            "pp. 101–118, 2019.",
            "D. Raghunathan and C. Drummond-Asante, \u201cCorrosion mapping with drones,\u201d "
            "Structures and Infrastructure Letters, vol. 7, pp. 5–19, 2021.",
            "A. Munro-Baptiste, Y. Tanabe-Reid and C. Drummond-Asante, \u201cCable damping "
            "revisited,\u201d Engineering Structures Review, vol. 30, pp. 44–61, 2012.",
            "Z. Grabowska-Lee, C. Drummond-Asante et al., \u201cDigital twins of masonry "
            "arches,\u201d in Proc. Intl. Conf. on Bridge Health, 2023, pp. 1–8.",
            "C. Drummond-Asante, \u201cLoad testing of footbridges,\u201d in Bridges in Practice, "
            "H. Lindgren and P. Okafor, Eds. Dunmorrow: Firth Press, 2022, pp. 77–95.",
            "M. Kincaid-Osei and C. Drummond-Asante, \u201cScour under river piers,\u201d "
            "Hydraulic Structures Quarterly, vol. 9, pp. 201–215, 2014.",
        ]
    )
]


def _heading(pdf: FPDF, family: str, title: str) -> None:
    """A section title, then the body's font."""
    pdf.ln(3)
    pdf.set_font(family, "B", 12)
    pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 10)


def two_page() -> bytes:
    pdf = new_pdf(*FACES, cls=_RunningCV, format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Sans", "B", 18)
    pdf.cell(0, 10, TWO_PAGE_NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    for title, lines in TWO_PAGE_SECTIONS:
        _heading(pdf, "Sans", title)
        for line in lines:
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    _heading(pdf, "Sans", "Publications")
    # Leave room so the list breaks onto page 2 in the middle.
    pdf.set_y(max(pdf.get_y(), 246))
    for entry in TWO_PAGE_PUBLICATIONS:
        pdf.multi_cell(0, 5, entry, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    return bytes(pdf.output())


# Round 2 (written after the round-1 fixes, to check that they generalise).
EUROPASS_EN_BLOCKS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Personal information",
        [
            ("Surname(s) / First name(s)", "Lindqvist-Obi Saoirse"),
            ("Address", "4 Harbour Row, Kilrush West"),
            ("Telephone", "+353 65 900 1234"),
            ("E-mail", "saoirse.lindqvist@ballyvourney.example.ie"),
        ],
    ),
    (
        "Work experience",
        [
            ("Dates", "September 2020 – present"),
            ("Occupation or position held", "Lecturer in Hydrogeology"),
            ("Name and address of employer", "University of Ballyvourney, Ballyvourney, Ireland"),
            ("Dates", "2017 – 2020"),
            ("Occupation or position held", "Postdoctoral researcher"),
            (
                "Name and address of employer",
                "Shannon Institute for Groundwater Studies, in the group of Dr. Fionnuala "
                "Breslin-Watt",
            ),
        ],
    ),
    (
        "Education and training",
        [
            ("Dates", "2013 – 2017"),
            ("Title of qualification awarded", "PhD in Earth Sciences"),
            ("Thesis supervisor", "Prof. Cathal Moriarty-Eze"),
            (
                "Name and type of organisation providing education and training",
                "University of Clonakilty",
            ),
        ],
    ),
    (
        "Supervision",
        [
            (
                "PhD (2021 – 2025)",
                "Aoife Drennan-Ilunga, co-supervised with Dr. Fionnuala Breslin-Watt",
            ),
            ("MSc thesis (2023)", "Padraig Tunney"),
        ],
    ),
    (
        "Other activities",
        [
            (
                "Interview board",
                "Member of the interview board for two lectureships (2022), chaired by Prof. "
                "Eamon Kilbride",
            ),
            (
                "Thesis examination",
                "External examiner for the PhD thesis of Grainne Mullally (University of "
                "Tralee West, 2024)",
            ),
        ],
    ),
]

FR_TWO_PAGE_NAME = "Hortense Vidal-Mbaye"


class _PagedCV(_RunningCV):
    """A French CV's running header and a "— n —" page number."""

    FAMILY, BANNER, ALIGN, PAGE = "Serif", f"{FR_TWO_PAGE_NAME} – CV", "L", "— {} —"


FR_TWO_PAGE_SECTIONS: list[tuple[str, list[str]]] = [
    (
        "Parcours",
        [
            "Depuis 2015 : professeure, Université de Saintes-Charente",
            "2006–2015 : maîtresse de conférences, Université de Royan-Gironde",
            "2002–2005 : doctorat de géographie, Université de Cognac-Vals, sous la direction "
            "de Firmin Audebert",
        ],
    ),
    (
        "Jurys de thèse",
        [
            "Rapporteure de la thèse de Loïc Barbaste (Université de Jonzac, 2021)",
            "Présidente du jury de thèse d'Yvette Ondoa-Mercier (Université de Pons, 2023)",
        ],
    ),
]
FR_TWO_PAGE_STUDENTS = [
    "Thèse de Mathis Girardeau (2008–2011), co-direction avec Firmin Audebert (50 %)",
    "Thèse d'Awa Konaté-Rivaud (2012–2015), direction à 100 %",
    "Thèse de Quentin Lafargue (2016–2019), co-encadrement avec Sidonie Peyrat (40 %), "
    "financement CIFRE avec la société Estuaires Conseil",
    "Thèse d'Elouan Bergeret (depuis 2022), co-direction avec Sidonie Peyrat",
]


def fr_two_page() -> bytes:
    pdf = new_pdf(*FACES, cls=_PagedCV, format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Serif", "B", 16)
    pdf.cell(0, 10, FR_TWO_PAGE_NAME, new_x="LMARGIN", new_y="NEXT")
    for title, lines in FR_TWO_PAGE_SECTIONS:
        _heading(pdf, "Serif", title)
        for line in lines:
            pdf.multi_cell(0, 5, line, align="L", new_x="LMARGIN", new_y="NEXT")
    _heading(pdf, "Serif", "Encadrement doctoral")
    pdf.set_y(max(pdf.get_y(), 258))  # the third thesis breaks onto page 2
    for line in FR_TWO_PAGE_STUDENTS:
        pdf.multi_cell(0, 5, f"• {line}", align="L", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


DOCUMENTS = {
    "en_word_tabbed_cv.pdf": word_tabbed,
    "en_gdocs_cv.pdf": gdocs,
    "fr_cv_europass.pdf": europass,
    "fr_cv_latex_cesure.pdf": latex_cesure,
    "en_two_page_cv.pdf": two_page,
    "en_europass_grid.pdf": lambda: europass(EUROPASS_EN_BLOCKS, "Curriculum Vitae"),
    "fr_cv_deux_pages.pdf": fr_two_page,
}

if __name__ == "__main__":
    for name, render in DOCUMENTS.items():
        (HERE / name).write_bytes(render())
