"""Render the four b263 held-out PDFs: CVs exported from a word processor (Word, LibreOffice).

(1) English, the whole CV one bordered two-column table (dates left, wrapping text right);
(2) French, tab-aligned dates and bullet glyphs (•, ▪, ➢) opening lines; (3) English, a
shaded header band with name and contact, small-caps section titles and a "References" block;
(4) French "Liste des travaux et encadrements", numbered entries cut by a running header and
a "Page x/y" footer.

Run ``.venv/bin/python make_pdf_b263.py`` beside this file; the people and places are
fictional.
"""

from __future__ import annotations

from fpdf import FPDF
from make_pdfs import HERE, new_pdf

# ------------------------------------------------------------ 1. a CV as one bordered table
TABLE_NAME = "Cormac Vellacott-Ansah"
TABLE_CV = [
    (
        "Personal details",
        [
            ("Address", "14 Larchmere Road, Ashcombe AV3 9QT, United Kingdom"),
            ("Telephone", "+44 1632 960 418 (mobile)"),
            ("E-mail", "c.vellacott-ansah@ashcombevale.example"),
        ],
    ),
    (
        "Employment",
        [
            (
                "2019 – present",
                "Senior Lecturer in Hydrology, Department of Civil Engineering, "
                "University of Ashcombe Vale",
            ),
            (
                "2014 – 2019",
                "Lecturer in Water Engineering, Department of Civil Engineering, "
                "University of Ashcombe Vale",
            ),
            (
                "2012 – 2014",
                "Postdoctoral Research Associate, Fluvial Dynamics Group, Marlowe Water "
                "Research Centre (mentor: Dr Ingrid Okonkwo-Laird)",
            ),
        ],
    ),
    (
        "Education",
        [
            (
                "2008 – 2012",
                "PhD in Civil Engineering, University of Penrith Moor. Thesis: “Sediment "
                "pulses in braided gravel-bed rivers”. Supervisors: Prof. Hilda "
                "Strathearn-Oduya and Dr Benedikt Sorensen-Ayala",
            ),
            (
                "2004 – 2008",
                "MEng in Civil Engineering (First Class), Kingsholm Institute of Technology",
            ),
        ],
    ),
    (
        "Research supervision",
        [
            (
                "2016 – 2020",
                "PhD student: Tobias Quennell-Adeyemi, “Flood frequency under non-stationary "
                "climate” (principal supervisor; co-supervised with Dr Saoirse Delahunt-Ikeda). "
                "Now a hydrologist at Riverline Consulting",
            ),
            (
                "2018 – 2022",
                "PhD student: Anwen Pryce-Matsuda, “Urban drainage networks as graphs” "
                "(second supervisor; lead supervisor Prof. Gideon Harcourt-Nnamdi)",
            ),
            ("2021 – present", "PhD student: Kofi Lindgren-Abara (sole supervisor)"),
            (
                "2020",
                "MSc dissertation: Paloma Restrepo-Whitfield, “Leaky dams in upland catchments”",
            ),
        ],
    ),
    (
        "Examining",
        [
            (
                "2021",
                "External examiner, PhD thesis of Ruairi Blackwood-Osei, University of "
                "Penrith Moor",
            ),
            (
                "2023",
                "Internal examiner, PhD thesis of Leontyne Achebe-Marsh, University of "
                "Ashcombe Vale (external examiner: Prof. Ottoline Farrant-Wiredu)",
            ),
        ],
    ),
    (
        "Grants",
        [
            (
                "2020 – 2023",
                "“Resilient Towns” flood network, £420,000 (PI: Prof. Magdalena Wexford-Tan; "
                "Co-I: C. Vellacott-Ansah)",
            ),
        ],
    ),
    (
        "Publications (selected)",
        [
            (
                "2021",
                "Vellacott-Ansah, C., Quennell-Adeyemi, T. and Delahunt-Ikeda, S. Non-stationary "
                "flood frequency in small catchments. Journal of Hydrological Extremes 14, 88–104.",
            ),
            (
                "2013",
                "Strathearn-Oduya, H. and Vellacott-Ansah, C. Bedload pulses in braided channels. "
                "Earth Surface Letters 6, 12–27.",
            ),
        ],
    ),
    (
        "Referees",
        [
            (
                "",
                "Prof. Lucian Farquharson-Eze, Head of School, University of Ashcombe Vale, "
                "tel. +44 1632 960 771",
            ),
            ("", "Prof. Hilda Strathearn-Oduya, University of Penrith Moor"),
        ],
    ),
]


class TablePDF(FPDF):
    def header(self):
        self.set_font("Sans", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(
            0, 5, f"{TABLE_NAME} – Curriculum Vitae", align="R", new_x="LMARGIN", new_y="NEXT"
        )
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def footer(self):
        self.set_y(-14)
        self.set_font("Sans", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def render_table() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", cls=TablePDF, format="A4")
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("Sans", "B", 17)
    pdf.cell(0, 9, f"Dr {TABLE_NAME}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, 6, "Curriculum Vitae", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "", 9.5)
    with pdf.table(
        col_widths=(32, 142),
        borders_layout="ALL",
        line_height=5.2,
        padding=1.5,
        first_row_as_headings=False,
    ) as t:
        for head, rows in TABLE_CV:
            pdf.set_font("Sans", "B", 10.5)
            row = t.row()
            row.cell(head.upper(), colspan=2)
            pdf.set_font("Sans", "", 9.5)
            for left, right in rows:
                row = t.row()
                row.cell(left)
                row.cell(right)
    return bytes(pdf.output())


# ------------------------------------------------------------ 2. tab-aligned dates, bullets
TAB_NAME = "Ysaline Corbière-Nkemelu"
DATE_X, TEXT_X = 20.0, 52.0


def _tab_line(pdf, date, text, bold=False):
    y = pdf.get_y()
    pdf.set_font("Serif", "B" if bold else "", 10)
    pdf.set_xy(DATE_X, y)
    pdf.cell(TEXT_X - DATE_X, 5, date)
    pdf.set_xy(TEXT_X, y)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")


def _bullet(pdf, glyph, text, indent=DATE_X):
    y = pdf.get_y()
    pdf.set_font("Sans", "", 9)
    pdf.set_xy(indent, y)
    pdf.cell(6, 5, glyph)
    pdf.set_font("Serif", "", 10)
    pdf.set_xy(indent + 6, y)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")


def _fr_title(pdf, title):
    pdf.ln(3)
    pdf.set_font("Serif", "B", 11.5)
    pdf.set_text_color(40, 70, 110)
    pdf.cell(0, 7, title, border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)


class TabPDF(FPDF):
    def footer(self):
        self.set_y(-13)
        self.set_font("Serif", "I", 8)
        self.cell(0, 5, f"{TAB_NAME} – CV – mars 2026 – {self.page_no()}", align="C")


def render_tabs() -> bytes:
    pdf = new_pdf("Sans", "Serif", "Serif-B", "Serif-I", cls=TabPDF, format="A4")
    pdf.set_margins(DATE_X, 16, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("Serif", "B", 18)
    pdf.cell(0, 9, TAB_NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.5)
    for line in (
        "Maîtresse de conférences en informatique",
        "27, allée des Tilleuls – 35990 Brévannes",
        "Tél. : 06 71 42 18 93 – ysaline.corbiere@univ-brevannes.example",
        "Née le 4 mai 1991, nationalité française",
    ):
        pdf.cell(0, 4.8, line, new_x="LMARGIN", new_y="NEXT")

    _fr_title(pdf, "Parcours professionnel")
    _tab_line(
        pdf,
        "Depuis 2021",
        "Maîtresse de conférences, Université de Brévannes – Laboratoire d'informatique "
        "et de robotique de Brévannes, équipe Optimisation combinatoire",
    )
    _tab_line(
        pdf,
        "2019 – 2021",
        "Post-doctorante, Institut de recherche en logistique de Quimerc'h, sous la "
        "responsabilité de Sigurd Faravel-Diallo",
    )
    _fr_title(pdf, "Formation")
    _tab_line(
        pdf,
        "2015 – 2019",
        "Doctorat en informatique, Université de Valmorel-sur-Loire",
        bold=True,
    )
    _bullet(
        pdf,
        "•",
        "Thèse : « Ordonnancement robuste de tournées sous incertitude », sous la "
        "direction de Bertrand Lhermitte-Sow et Agathe Rocheblave",
        indent=TEXT_X,
    )
    _bullet(
        pdf,
        "•",
        "Soutenue le 3 décembre 2019 devant le jury composé de : Fulbert Kerjean-Mbaye "
        "(rapporteur), Ondine Castagnet-Lo (rapportrice), Pascaline Vidalenc (examinatrice), "
        "Hervé Marsolier-Tchaptchet (président)",
        indent=TEXT_X,
    )
    _tab_line(
        pdf,
        "2013 – 2015",
        "Master Informatique, parcours Recherche opérationnelle, Université de Valmorel-sur-Loire",
        bold=True,
    )
    _tab_line(pdf, "2010 – 2013", "Licence de mathématiques, Université de Plouzané-Kerlann")

    _fr_title(pdf, "Encadrement")
    _bullet(
        pdf,
        "▪",
        "Thèse de Loïc Pennarun-Abiola (depuis 2022), co-encadrée à 50 % avec Agathe "
        "Rocheblave : « Tournées de véhicules électriques »",
    )
    _bullet(pdf, "▪", "Stage de M2 de Clémence Hardouin-Essomba (2023, 6 mois)")
    _bullet(pdf, "▪", "Stage de L3 de Noé Vasseur-Bamba (été 2022)")

    _fr_title(pdf, "Jurys et comités")
    _bullet(
        pdf,
        "➢",
        "Examinatrice de la thèse de Romane Quillivic-Dossou, Université de Brévannes, 2024",
    )
    _bullet(
        pdf,
        "➢",
        "Membre du comité de suivi individuel de Matthias Delorme-Saïdi (2023, 2024)",
    )
    _bullet(
        pdf,
        "➢",
        "Membre du comité de sélection MCF 27e section, Université de Plouzané-Kerlann (2023), "
        "présidé par Gontran Abélard-Kamara",
    )

    _fr_title(pdf, "Enseignement")
    _tab_line(
        pdf, "Depuis 2021", "Recherche opérationnelle (L3), cours de Josselin Ferrec-Ouédraogo"
    )
    _tab_line(pdf, "2016 – 2019", "Monitrice, Algorithmique (L1), Université de Valmorel-sur-Loire")

    _fr_title(pdf, "Publications")
    _bullet(
        pdf,
        "•",
        "Y. Corbière-Nkemelu, B. Lhermitte-Sow, A. Rocheblave. Tournées robustes à "
        "budget d'incertitude. Revue française d'optimisation, 41(2), 2020.",
    )
    _bullet(
        pdf,
        "•",
        "L. Pennarun-Abiola, Y. Corbière-Nkemelu. Recharge partielle et fenêtres de temps. "
        "Actes des Journées de logistique, 2024.",
    )
    _bullet(
        pdf,
        "•",
        "S. Faravel-Diallo, Y. Corbière-Nkemelu. Stochastic depot location. Transportation "
        "Methods 12, 2021.",
    )
    return bytes(pdf.output())


# ------------------------------------------------------------ 3. header band, small caps
BAND_NAME = "Priyanka Oyelowo-Strand"


def _small_caps(pdf, x, y, title, size=12):
    """Word's small caps: the capital at full size, the rest upper case at a smaller size."""
    pdf.set_xy(x, y)
    for word_index, word in enumerate(title.split()):
        if word_index:
            pdf.set_font("Serif", "B", size * 0.8)
            pdf.cell(pdf.get_string_width(" "), 6, " ")
        pdf.set_font("Serif", "B", size)
        pdf.cell(pdf.get_string_width(word[0]), 6, word[0])
        if word[1:]:
            pdf.set_font("Serif", "B", size * 0.78)
            pdf.cell(pdf.get_string_width(word[1:].upper()), 6, word[1:].upper())
    pdf.line(x, y + 6.5, 192, y + 6.5)
    pdf.set_xy(x, y + 8)


BAND_CV = [
    (
        "Academic Appointments",
        [
            "Assistant Professor of Economics, Department of Economics, Drummore College, "
            "2021 – present",
            "Postdoctoral Fellow, Institute for Labor Studies, Harwell University, 2019 – 2021",
        ],
    ),
    (
        "Education",
        [
            "Ph.D. in Economics, Harwell University, 2019. Dissertation: “Search frictions "
            "in informal labor markets”. Committee: Desmond Akintola-Berg (chair), "
            "Winifred Castellano-Huang, Torvald Mensah-Eriksen",
            "B.A. in Economics and Mathematics, Linnford College, 2013",
        ],
    ),
    (
        "Publications",
        [
            "“Informal Jobs and Minimum Wages” (with Desmond Akintola-Berg), Journal of "
            "Development Economics Review, 2022.",
            "“Matching with Seasonal Workers” (with Rasmus Ibekwe-Lindahl and Chiara "
            "Montague-Obi), Labour Economics Letters, 2020.",
        ],
    ),
    (
        "Advising",
        [
            "Senior thesis advisor: Julian Marchetti-Osei (2023), Fatoumata Reyes-Kowalczyk (2024)",
            "Second reader, senior thesis of Henrike Solberg-Amadi (2022; advisor: "
            "Prof. Anatole Driscoll-Nakamura)",
        ],
    ),
    (
        "Professional Service",
        [
            "Referee for Journal of Development Economics Review, Labour Economics Letters",
            "Co-organizer, Drummore Applied Micro Workshop (with Prof. Ebenezer Quist-Halvorsen)",
        ],
    ),
]

REFERENCES = [
    (
        "Desmond Akintola-Berg (advisor)",
        "Professor of Economics, Harwell University",
        "+1 617 555 0142 · d.akintola-berg@harwell.example",
    ),
    (
        "Winifred Castellano-Huang",
        "Associate Professor of Economics, Harwell University",
        "+1 617 555 0187 · wch@harwell.example",
    ),
    (
        "Marguerite Delacroix-Ayodele",
        "Professor and Chair, Department of Economics, Drummore College",
        "+1 802 555 0119 · mdelacroix@drummore.example",
    ),
]


def render_band() -> bytes:
    pdf = new_pdf("Sans", "Serif", "Serif-B", "Serif-I", format="Letter")
    pdf.set_margins(22, 15, 22)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    pdf.set_fill_color(31, 56, 100)
    pdf.rect(0, 0, 216, 34, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(22, 8)
    pdf.set_font("Serif", "B", 20)
    pdf.cell(100, 10, BAND_NAME)
    pdf.set_font("Sans", "", 8.5)
    for i, line in enumerate(
        (
            "Department of Economics, Drummore College",
            "410 Hollins Avenue, Drummore, VT 05790",
            "+1 802 555 0163",
            "poyelowo@drummore.example",
        )
    ):
        pdf.set_xy(125, 7 + 5 * i)
        pdf.cell(70, 5, line, align="R")
    pdf.set_text_color(0, 0, 0)
    y = 42
    for head, items in BAND_CV:
        _small_caps(pdf, 22, y, head)
        for item in items:
            pdf.set_font("Serif", "", 10)
            pdf.set_x(26)
            pdf.multi_cell(0, 5, item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        y = pdf.get_y() + 3
    _small_caps(pdf, 22, y, "References")
    y = pdf.get_y()
    for i, (name, post, contact) in enumerate(REFERENCES):
        x = 22 + 58 * i
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.multi_cell(55, 4.6, name)
        pdf.set_font("Serif", "", 9)
        pdf.set_x(x)
        pdf.multi_cell(55, 4.6, post)
        pdf.set_x(x)
        pdf.multi_cell(55, 4.6, contact)
    return bytes(pdf.output())


# ------------------------------------------------------------ 4. numbered list over pages
LIST_NAME = "Gwenaël Trémeur-Abdou"
LIST_SECTIONS = [
    (
        "1. Encadrement de thèses de doctorat",
        [
            "Armelle Quiviger-Sidibé, « Dynamique des dunes sous-marines en Manche », thèse "
            "de doctorat de l'Université de Lanvézec, soutenue le 12 octobre 2018. Direction : "
            "G. Trémeur-Abdou (50 %), co-direction : Théophane Guennec-Obi (50 %). Actuellement "
            "maîtresse de conférences à l'Université de Rosporden-Océan.",
            "Yannick Le Goasguen-Mbemba, « Transport sédimentaire et houle de tempête », thèse "
            "de doctorat de l'Université de Lanvézec, soutenue le 2 juillet 2021. Directeur "
            "de thèse : Théophane Guennec-Obi ; co-encadrant : G. Trémeur-Abdou (40 %). "
            "Actuellement ingénieur chez Hydrocéan Conseil.",
            "Soizic Kerdoncuff-Amoah, « Érosion des falaises meubles », thèse en cours à "
            "l'Université de Lanvézec depuis octobre 2022, direction G. Trémeur-Abdou (100 %).",
        ],
    ),
    (
        "2. Encadrement post-doctoral",
        [
            "Dr. Ilario Benedetti-Konaté, post-doctorant au Laboratoire Géosciences Océan "
            "de Lanvézec (2019 – 2021), financement région.",
        ],
    ),
    (
        "3. Encadrement de stages de master 2",
        [
            "Maïwenn Tanguy-Osei (2020), « Mesures ADCP en estuaire », co-encadré avec "
            "Rozenn Le Bihan-Sarr.",
            "Erwan Kerhervé-Addo (2023), « Modèle de plage réduit ».",
        ],
    ),
    (
        "4. Participation à des jurys de thèse",
        [
            "Rapporteur de la thèse de Clervie Penven-Mensah, Université de Cap-Sizun, 2019.",
            "Examinateur de la thèse de Goulven Riou-Agbessi, Université de Lanvézec, 2022 "
            "(président du jury : Armand Le Floc'h-Tano).",
            "Président du jury de thèse de Nolwenn Caradec-Boakye, Université de "
            "Rosporden-Océan, 2024.",
        ],
    ),
    (
        "5. Articles dans des revues à comité de lecture",
        [
            "A. Quiviger-Sidibé, G. Trémeur-Abdou, T. Guennec-Obi. Migration of submarine "
            "dunes under tidal asymmetry. Continental Shelf Dynamics, 38 (2017) 1–19.",
            "Y. Le Goasguen-Mbemba, T. Guennec-Obi, G. Trémeur-Abdou. Storm-driven "
            "sediment fluxes on a macrotidal beach. Coastal Processes Journal, 54 (2020) "
            "233–251.",
            "G. Trémeur-Abdou, I. Benedetti-Konaté. Suspended load in a megatidal "
            "estuary. Estuarine Physics, 12 (2021) 77–95.",
            "M. Tanguy-Osei, R. Le Bihan-Sarr, G. Trémeur-Abdou. Acoustic backscatter "
            "inversion for fine sediment in a turbid estuary. Estuarine Physics, 11 (2020) "
            "301–318.",
            "G. Trémeur-Abdou. Bedforms of the western Channel revisited: a review of forty "
            "years of multibeam surveys. Continental Shelf Dynamics, 35 (2015) 88–121.",
            "P. Hamonic-Ekanem, G. Trémeur-Abdou, A. Quiviger-Sidibé, T. Guennec-Obi. "
            "Residual circulation around headland-associated sandbanks. Coastal Processes "
            "Journal, 49 (2016) 12–30.",
            "S. Kerdoncuff-Amoah, G. Trémeur-Abdou, R. Le Bihan-Sarr. Cliff retreat "
            "rates from repeated lidar surveys. Revue de géomorphologie littorale, 9 "
            "(2024) 45–63.",
        ],
    ),
    (
        "6. Communications dans des congrès internationaux",
        [
            "G. Trémeur-Abdou, A. Quiviger-Sidibé. Dune migration and tidal asymmetry. "
            "International Conference on Coastal Sediments, Tervalon, juin 2017 (conférencier "
            "invité ; session présidée par Ulrike Hallvard-Mensah).",
            "S. Kerdoncuff-Amoah, G. Trémeur-Abdou. Lidar monitoring of soft cliffs. "
            "European Coastal Dynamics Workshop, Porto Seco, 2023.",
        ],
    ),
    (
        "7. Responsabilités collectives",
        [
            "Responsable de l'équipe Dynamiques littorales du Laboratoire Géosciences Océan "
            "de Lanvézec depuis 2020 (directrice du laboratoire : Morgane Cadiou-Nwosu).",
            "Membre du comité de rédaction de la revue Estuarine Physics (rédacteur en chef : "
            "Hendrik Vos-Adjei).",
        ],
    ),
]


class ListPDF(FPDF):
    def header(self):
        self.set_font("Serif", "I", 8.5)
        self.cell(
            0, 5, f"{LIST_NAME} – Liste des travaux et encadrements", new_x="LMARGIN", new_y="NEXT"
        )
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)

    def footer(self):
        self.set_y(-15)
        self.set_font("Serif", "", 8.5)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")


def render_list() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", "Serif-I", cls=ListPDF, format="A4")
    pdf.set_margins(25, 15, 25)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.set_font("Serif", "B", 16)
    pdf.cell(0, 9, "Liste des travaux et encadrements", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 11)
    pdf.cell(0, 6, LIST_NAME, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(
        0,
        6,
        "Maître de conférences HDR, Université de Lanvézec – Laboratoire Géosciences "
        "Océan de Lanvézec",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(6)
    number = 0
    for head, entries in LIST_SECTIONS:
        pdf.ln(3)
        pdf.set_font("Serif", "B", 12)
        pdf.cell(0, 8, head, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for entry in entries:
            number += 1
            if pdf.get_y() + 7 > pdf.page_break_trigger:
                pdf.add_page()  # Word keeps an entry's number with its first line
            y = pdf.get_y()
            pdf.set_font("Serif", "", 12)
            pdf.set_xy(25, y)
            pdf.cell(10, 7, f"[{number}]")
            pdf.set_xy(35, y)
            pdf.multi_cell(0, 7, entry, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
    return bytes(pdf.output())


if __name__ == "__main__":
    for name, render in (
        ("b263_en_word_table_cv_bordered", render_table),
        ("b263_fr_cv_word_tabulations_puces", render_tabs),
        ("b263_en_header_band_small_caps_references", render_band),
        ("b263_fr_liste_travaux_encadrements_pages", render_list),
    ):
        (HERE / f"{name}.pdf").write_bytes(render())
