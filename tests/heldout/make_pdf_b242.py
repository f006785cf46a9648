"""Render the four b242 held-out PDFs: two-column academic CVs whose right column runs
several sections one after another (advising, teaching, service).

(1) English, full-width ruled headings over a year column and a text column; (2) English,
each heading in the left column beside its first entry; (3) French "Encadrement", "Jurys",
"Responsabilités"; (4) a one-page résumé with a shaded sidebar (skills, languages, contact)
beside a main column.

Run ``.venv/bin/python make_pdf_b242.py`` beside this file; the people and places are
fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

LEFT = 15.0
YEARS_W = 30.0
TEXT_X = LEFT + YEARS_W + 3


def _rows(pdf, rows, size=9.5, width=0):
    """Each row: a year cell in the left column, its text wrapped in the right one."""
    for years, text in rows:
        y = pdf.get_y()
        pdf.set_font("Sans", "", size)
        pdf.set_xy(LEFT, y)
        pdf.cell(YEARS_W, 5, years)
        pdf.set_xy(TEXT_X, y)
        pdf.multi_cell(width, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)


# ------------------------------------------------------------ 1. full-width headings
FULL_CV = [
    (
        "Appointments",
        [
            ("2021–", "Associate Professor, School of Marine Sciences, Tollbridge University"),
            ("2016–2021", "Assistant Professor, School of Marine Sciences, Tollbridge University"),
            (
                "2014–2016",
                "Postdoctoral Scholar, Saltmarsh Oceanographic Institution "
                "(host: Dr. Wendeline Achterberg-Musa)",
            ),
        ],
    ),
    (
        "Education",
        [
            (
                "2009–2014",
                "Ph.D. in Oceanography, University of Carrick Bay. "
                "Advisor: Prof. Osric Lindqvist-Mbeki",
            ),
            ("2005–2009", "B.Sc. in Environmental Physics, Dunmore College"),
        ],
    ),
    (
        "Advising",
        [
            ("", "Doctoral students"),
            ("2017–2022", "Reuben Castellanos-Fairweather (now at Northwind Ocean Analytics)"),
            (
                "2019–2024",
                "Mei-Ling Ashworth-Obi [co-advised with Dr. Taddeo Skarsgard-Lunn] "
                "(now at Harrowgate Polytechnic)",
            ),
            ("2022–", "Isaura Delacroix-Nwankwo"),
            ("", "Postdoctoral researchers"),
            ("2020–2023", "Dr. Florentin Abernethy-Sato (now at Coastwatch Environmental Agency)"),
            ("", "Thesis committees"),
            ("2021", "Yusuf Penhallow-Reyes, University of Carrick Bay — external examiner"),
            ("2023", "Clementine Voss-Adebayo, Tollbridge University — committee member"),
        ],
    ),
    (
        "Teaching",
        [
            ("2017–", "MARS 301 Physical Oceanography (with Dr. Anselm Whitcombe-Oyelaran)"),
            ("2019–", "MARS 512 Ocean Data Analysis"),
        ],
    ),
    (
        "Service",
        [
            ("2022–", "Associate Editor, Journal of Coastal Circulation"),
            ("2020–2023", "Faculty search committee (chair: Prof. Rosalind Imbert-Kaur)"),
            (
                "2019",
                "Reviewer for the Tollbridge Seed Grants; PI of the Estuary Mixing "
                "Observatory grant (co-PI: Dr. Lachlan Mburu-Haines)",
            ),
        ],
    ),
    (
        "Selected publications",
        [
            (
                "2023",
                "Quillfeather, E., Ashworth-Obi, M.-L., & Skarsgard-Lunn, T. Tidal "
                "straining in shallow estuaries. Journal of Coastal Circulation, 18, 44–61.",
            ),
            (
                "2021",
                "Castellanos-Fairweather, R., & Quillfeather, E. Wind-driven exchange "
                "in a fjord mouth. Ocean Dynamics Letters, 9, 201–214.",
            ),
        ],
    ),
]


def render_full() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", format="A4")
    pdf.set_margins(LEFT, 15, 15)
    pdf.add_page()
    pdf.set_font("Sans", "B", 19)
    pdf.cell(0, 10, "Edwina Quillfeather", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.5)
    pdf.cell(
        0,
        5,
        "School of Marine Sciences · Tollbridge University · e.quillfeather@tollbridge.example",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    for head, rows in FULL_CV:
        pdf.set_font("Sans", "B", 11.5)
        pdf.cell(0, 7, head, border="B", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        _rows(pdf, rows)
        pdf.ln(2)
    pdf.set_font("Sans", "", 7.5)
    pdf.cell(0, 5, "Last updated January 2026", align="C")
    return bytes(pdf.output())


# ------------------------------------------------------------ 2. headings in the left column
LEFT_CV = [
    (
        "Positions",
        [
            "Professor of Computer Science, Department of Computing, Elsworth University "
            "(2019–present)",
            "Lecturer, Department of Computing, Elsworth University (2013–2019)",
        ],
    ),
    (
        "Education",
        [
            "PhD, Computer Science, Marlow Institute of Technology, 2013. Thesis: Typed "
            "effect systems for actors. Supervisors: Prof. Henrietta Ogunwale-Brisk and "
            "Dr. Casimir Vandenholt",
            "MSc, Mathematics, University of Penrose Fields, 2008",
        ],
    ),
    (
        "Advising",
        [
            "Ivo Kristiansen-Adjei, PhD 2015–2019, now at Glasshouse Systems Ltd.",
            "Noor Halvorsen-Bakr, PhD 2018–2022 [co-supervised with Prof. Dagny Whitlock-Amadi], "
            "now at University of Greyfriars",
            "Matthias Oyelowo-Brandt, PhD 2021–, current",
            "Selah Montgomery-Idowu, MSc 2023, now at Quayside Robotics",
        ],
    ),
    (
        "Thesis committees",
        [
            "Bartosz Engqvist-Lamba (Marlow Institute of Technology, 2020), examiner",
            "Henrike Dubois-Onyango (University of Penrose Fields, 2022), chair",
            "Teodor Ashgrove-Mensah (Elsworth University, 2024), internal examiner",
        ],
    ),
    (
        "Teaching",
        [
            "COMP 220 Programming Languages, co-taught with Dr. Perpetua Lindgren-Achebe",
            "COMP 415 Concurrency Theory",
        ],
    ),
    (
        "Service",
        [
            "Programme committee, Symposium on Typed Concurrency (2021, 2023)",
            "Head of admissions, Department of Computing (2020–2023); deputy: Dr. Obadiah "
            "Treharne-Sule",
        ],
    ),
    (
        "Publications",
        [
            "C. Rennard-Osei, N. Halvorsen-Bakr, D. Whitlock-Amadi. Session types for "
            "lossy channels. Journal of Typed Programs, 12 (2022).",
            "I. Kristiansen-Adjei, C. Rennard-Osei. Effect handlers at scale. Proc. "
            "Symposium on Typed Concurrency, 2019.",
        ],
    ),
]


def render_left() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", format="letter")
    pdf.set_margins(18, 18, 18)
    pdf.add_page()
    pdf.set_font("Serif", "B", 18)
    pdf.cell(0, 9, "Cyprian Rennard-Osei", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.5)
    pdf.cell(
        0,
        5,
        "Department of Computing, Elsworth University · crennard@elsworth.example",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(5)
    for head, items in LEFT_CV:
        y = pdf.get_y()
        pdf.set_xy(18, y)
        pdf.set_font("Serif", "B", 10.5)
        pdf.multi_cell(36, 5.2, head)
        pdf.set_font("Serif", "", 9.5)
        pdf.set_xy(58, y)
        for item in items:
            pdf.set_x(58)
            pdf.multi_cell(0, 5.2, item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        pdf.ln(3)
    return bytes(pdf.output())


# ------------------------------------------------------------ 3. French sections
FR_CV = [
    (
        "Parcours",
        [
            (
                "depuis 2018",
                "Professeure des universités, Université de Montsauve, "
                "Laboratoire de chimie des interfaces",
            ),
            ("2010–2018", "Maîtresse de conférences, Université de Montsauve"),
            ("2009–2010", "Post-doctorante, Institut des matériaux de Kervalon"),
            (
                "2006–2009",
                "Doctorat de chimie, Université de Belcastel, sous la direction "
                "de Gaspard Morvan-Ndiaye",
            ),
        ],
    ),
    (
        "Encadrement",
        [
            (
                "2012–2015",
                "Thèse d'Aurélien Castaing-Boateng (co-direction Hortense "
                "Leclézio-Faure), aujourd'hui chez Orvalis Instruments",
            ),
            (
                "2016–2020",
                "Thèse de Maëlys Ducroquet-Sylla, aujourd'hui à l'Université de Sarlande",
            ),
            ("depuis 2022", "Thèse de Timothée Bellanger-Oukili"),
            ("2021", "Stage de M2 de Lou Marchais-Ekwueme"),
        ],
    ),
    (
        "Jurys",
        [
            ("2019", "Rapporteure de la thèse de Bastien Férec-Touré (Université de Belcastel)"),
            (
                "2021",
                "Présidente du jury de thèse de Clarisse Vannier-Ouattara (Université "
                "de Montsauve)",
            ),
            (
                "2023",
                "Examinatrice, thèse de Romuald Giraudeau-Diop (Institut des matériaux "
                "de Kervalon)",
            ),
            ("2022", "Membre du comité de suivi individuel de Nathan Perrichon-Abad"),
        ],
    ),
    (
        "Responsabilités",
        [
            (
                "depuis 2020",
                "Directrice adjointe du Laboratoire de chimie des interfaces "
                "(directeur : Anselme Kerbrat-Lawson)",
            ),
            ("2019–2022", "Membre élue du conseil scientifique de l'Université de Montsauve"),
            ("2021", "Comité de sélection MCF 31e section, présidé par Odile Verchère-Mba"),
        ],
    ),
    (
        "Publications récentes",
        [
            (
                "2022",
                "M. Ducroquet-Sylla, S. Andrieux-Kamga. Mouillage de surfaces "
                "texturées. Revue de chimie physique, 77 (2022) 12–29.",
            ),
        ],
    ),
]


def render_fr() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", format="A4")
    pdf.set_margins(LEFT, 15, 15)
    pdf.add_page()
    pdf.set_font("Sans", "B", 18)
    pdf.cell(0, 9, "Solène Andrieux-Kamga", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.5)
    pdf.cell(
        0,
        5,
        "Professeure des universités — Université de Montsauve — solene.andrieux@montsauve.example",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    for head, rows in FR_CV:
        pdf.set_font("Sans", "B", 11.5)
        pdf.set_text_color(30, 60, 120)
        pdf.cell(0, 7, head, border="B", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1.5)
        _rows(pdf, rows)
        pdf.ln(2)
    return bytes(pdf.output())


# ------------------------------------------------------------ 4. one-page résumé with sidebar
SIDEBAR = [
    ("Contact", ["p.ilves@kingsmoor.example", "+44 20 7946 0381", "Kingsmoor, UK"]),
    ("Skills", ["Bayesian modelling", "R, Stan, Python", "Survey design"]),
    ("Languages", ["English (native)", "Estonian (fluent)", "French (B2)"]),
    ("Referees", ["Prof. Augustin Raleigh-Mbatha", "Dr. Imelda Sørbye-Kwarteng"]),
]
MAIN = [
    (
        "Experience",
        [
            "Senior Lecturer in Statistics, Kingsmoor University, 2020–present",
            "Research Fellow, Centre for Population Methods, Kingsmoor University, 2017–2020",
        ],
    ),
    (
        "Education",
        [
            "PhD in Statistics, University of Halstow, 2013–2017 — advised by "
            "Dr. Augustin Raleigh-Mbatha",
        ],
    ),
    (
        "Advising",
        [
            "Juniper Okonjo-Hale (PhD, 2019–2023; co-advisor Dr. Benedek Farkas-Mwale) "
            "— now at Tallis Health Analytics",
            "Rasmus Idowu-Pembridge (PhD, 2021–)",
        ],
    ),
    (
        "Thesis committees",
        [
            "Ottilie Marchetti-Boadu, University of Halstow, 2022 (examiner)",
        ],
    ),
    (
        "Teaching & service",
        [
            "STAT 204 Regression, co-taught with Dr. Hollis Achterberg-Yeo",
            "Ethics committee, Kingsmoor University (2021–)",
        ],
    ),
]


def render_resume() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(232, 236, 242)
    pdf.rect(0, 0, 62, 297, style="F")
    y = 20
    pdf.set_xy(8, y)
    pdf.set_font("Sans", "B", 15)
    pdf.multi_cell(48, 7, "Piret Ilves-Danforth")
    y = pdf.get_y() + 6
    for head, items in SIDEBAR:
        pdf.set_xy(8, y)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(48, 6, head.upper())
        y += 7
        pdf.set_font("Sans", "", 8.5)
        for item in items:
            pdf.set_xy(8, y)
            pdf.multi_cell(48, 4.5, item)
            y = pdf.get_y() + 0.5
        y += 5
    y = 20
    for head, items in MAIN:
        pdf.set_xy(70, y)
        pdf.set_font("Sans", "B", 11.5)
        pdf.cell(125, 7, head, border="B")
        y += 9
        pdf.set_font("Sans", "", 9.5)
        for item in items:
            pdf.set_xy(70, y)
            pdf.multi_cell(125, 5, item)
            y = pdf.get_y() + 1.5
        y += 4
    return bytes(pdf.output())


if __name__ == "__main__":
    for name, render in (
        ("b242_en_two_column_full_width_headings", render_full),
        ("b242_en_two_column_left_headings", render_left),
        ("b242_fr_cv_encadrement_jurys_responsabilites", render_fr),
        ("b242_en_resume_sidebar_main_column", render_resume),
    ):
        (HERE / f"{name}.pdf").write_bytes(render())
