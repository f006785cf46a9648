"""Render the four b234 held-out PDFs: academic CVs whose layout the PDF reader misreads.

(1) a two-column CV whose left column holds bare labels ("Advisor", "Committee",
"Position") beside their values; (2) a word-processor CV with dot leaders where a long
position wraps before its dated line; (3) a US dissertation title page and its signature
approval page ("Approved by:" lines); (4) a French "CV détaillé" with small-caps family names,
ligatures, hyphenation and an "Encadrement doctoral" table.

Run ``.venv/bin/python make_pdf_b234.py`` beside this file; the people and places are
fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

# ------------------------------------------------------------ 1. label column
LABEL_CV = [
    (
        "Education",
        [
            ("Degree", "Ph.D. in Geophysics, Vellmoor University, 2014–2019"),
            ("Thesis", "Seismic anisotropy beneath cratonic keels from teleseismic shear waves"),
            ("Advisor", "Prof. Tobiah Rennick-Ahlberg"),
            ("Committee", "Dr. Sunniva Okafor-Brandt, Dr. Lucan Maitland-Iyer"),
            ("Degree", "B.Sc. in Physics, Carrowmere College, 2010–2014"),
        ],
    ),
    (
        "Appointments",
        [
            ("Position", "Assistant Professor, Department of Earth Sciences,"),
            ("", "Halvard State University, 2022–present"),
            ("Position", "Postdoctoral Fellow, Brightwater Institute for Earth Observation,"),
            ("", "2019–2022"),
            ("Mentor", "Dr. Ysolde Farrant-Nakamura"),
        ],
    ),
    (
        "Advising",
        [
            ("Ph.D.", "Corwin Adeyemi-Stahl (2023–), co-advised with Dr. Idris Thorncroft-Vale"),
            ("Ph.D.", "Philippa Ndiaye-Rourke (2022–)"),
            ("M.Sc.", "Henrik Oduya-Castellan (2023–2024), now at Kestrel Geodata Ltd."),
        ],
    ),
    (
        "Teaching",
        [
            ("Course", "GEOS 210 Earth Structure, co-taught with Dr. Mirela Szabo-Whitton"),
            ("Course", "GEOS 455 Seismology Laboratory"),
        ],
    ),
    (
        "Funding",
        [
            ("Grant", "NSF EAR-2298144, Lithosphere imaging in the Halvard basin, 2023–2026"),
            ("", "PI: Dr. Bartholomew Quenneville; role: co-PI"),
        ],
    ),
    (
        "Service",
        [
            ("Editor", "Associate Editor, Journal of Crustal Dynamics (2024–)"),
            ("Committee", "Graduate Admissions Committee, Department of Earth Sciences"),
        ],
    ),
]
LABEL_PUBS = [
    "Ashdown-Kiprono, M., Adeyemi-Stahl, C., & Farrant-Nakamura, Y. (2024). Layered "
    "anisotropy in the Halvard craton. Journal of Crustal Dynamics, 41, 112–130.",
    "Ashdown-Kiprono, M., & Rennick-Ahlberg, T. (2019). Shear-wave splitting beneath "
    "old keels. Geophysical Letters of the North, 12, 77–89.",
    "Ndiaye-Rourke, P., & Ashdown-Kiprono, M. (2025). A catalogue of deep tremor. "
    "Seismic Records, 5, 1–14.",
]


def render_label_cv() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", "Sans-I", format="letter")
    pdf.add_page()
    pdf.set_font("Sans", "B", 20)
    pdf.cell(0, 10, "Marguerite Ashdown-Kiprono", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.5)
    pdf.cell(
        0,
        5,
        "Department of Earth Sciences · Halvard State University · m.ashdown@halvard.example",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    for head, rows in LABEL_CV:
        pdf.set_font("Sans", "B", 12)
        pdf.cell(0, 7, head.upper(), border="B", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for label, value in rows:
            y = pdf.get_y()
            pdf.set_font("Sans", "B", 9.5)
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(30, 5.2, label)
            pdf.set_font("Sans", "", 9.5)
            pdf.set_xy(pdf.l_margin + 32, y)
            pdf.multi_cell(0, 5.2, value, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        pdf.ln(3)
    pdf.add_page()
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "PUBLICATIONS", border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for i, ref in enumerate(LABEL_PUBS, 1):
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 9.5)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(30, 5.2, f"[J{i}]")
        pdf.set_font("Sans", "", 9.5)
        pdf.set_xy(pdf.l_margin + 32, y)
        pdf.multi_cell(0, 5.2, ref, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    return bytes(pdf.output())


# ------------------------------------------------------------ 2. dot leaders, wrapped
DOT_CV = [
    (
        "PROFESSIONAL APPOINTMENTS",
        [
            ("Associate Professor of Computational and Systems", ""),
            ("Biology, University of Ellesmere Vale", "2021–present"),
            ("Assistant Professor of Computational and Systems", ""),
            ("Biology, University of Ellesmere Vale", "2016–2021"),
            ("Postdoctoral Research Associate, Laboratory of Gene", ""),
            ("Regulation, Thornbury Institute of Technology", "2013–2016"),
            ("   Supervisor: Dr. Evangeline Marchetti-Osei", ""),
        ],
    ),
    (
        "EDUCATION",
        [
            ("Ph.D., Bioinformatics, Ravensholt University", "2008–2013"),
            ("   Dissertation advisor: Professor Lennart Abiodun-Kessler", ""),
            ("B.A., Mathematics and Biology, Penwith College", "2004–2008"),
        ],
    ),
    (
        "TRAINEES SUPERVISED",
        [
            ("Graduate students", ""),
            ("   Tamsin Okoro-Vesey, Ph.D. Computational Biology", "2017–2022"),
            ("   Elias Brandvold-Nwosu, Ph.D. Computational Biology", "2019–2024"),
            ("   Yasmin Carrow-Delacourt, Ph.D. candidate", "2022–present"),
            ("Postdoctoral fellows", ""),
            ("   Dr. Rafferty Mwangi-Lund", "2018–2021"),
        ],
    ),
    (
        "HONORS",
        [
            ("Ellesmere Vale Early Career Teaching Award", "2019"),
            ("Sloanbridge Fellowship in Molecular Biology", "2017"),
        ],
    ),
]
DOT_PUBS = [
    "Okoro-Vesey T, Brandvold-Nwosu E, Hollingworth-Adair N. Chromatin loops as switches "
    "in yeast stress response. Genome Dynamics. 2021;14:203-219.",
    "Hollingworth-Adair N, Marchetti-Osei E. Enhancer grammar learned from sparse data. "
    "Journal of Regulatory Genomics. 2015;8:55-71.",
]


def leader_line(pdf, left: str, right: str, width: float) -> None:
    pdf.set_font("Serif", "", 10.5)
    if not right:
        pdf.cell(width, 5.6, left, new_x="LMARGIN", new_y="NEXT")
        return
    lw = pdf.get_string_width(left + " ")
    rw = pdf.get_string_width(" " + right)
    dot = pdf.get_string_width(".")
    dots = "." * int((width - lw - rw) / dot)
    pdf.cell(width, 5.6, f"{left} {dots} {right}", new_x="LMARGIN", new_y="NEXT")


def render_dot_cv() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", "Serif-I", format="letter")
    pdf.add_page()
    pdf.set_font("Serif", "B", 16)
    pdf.cell(0, 8, "NATHANIEL HOLLINGWORTH-ADAIR, Ph.D.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    pdf.cell(
        0,
        5,
        "Department of Computational and Systems Biology, University of Ellesmere Vale",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.cell(0, 5, "n.hollingworth@ellesmere.example", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for head, rows in DOT_CV:
        pdf.set_font("Serif", "B", 11)
        pdf.cell(0, 7, head, new_x="LMARGIN", new_y="NEXT")
        for left, right in rows:
            leader_line(pdf, left, right, width)
        pdf.ln(3)
    pdf.add_page()
    pdf.set_font("Serif", "B", 11)
    pdf.cell(0, 7, "SELECTED PUBLICATIONS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10.5)
    for i, ref in enumerate(DOT_PUBS, 1):
        pdf.multi_cell(0, 5.6, f"{i}. {ref}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(3)
    pdf.set_font("Serif", "B", 11)
    pdf.cell(0, 7, "SERVICE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10.5)
    pdf.multi_cell(
        0,
        5.6,
        "Faculty search committee, Department of Computational and Systems Biology "
        "(chair: Prof. Gwendolyn Aakre-Mbeki), 2022. Reviewer for Genome Dynamics.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return bytes(pdf.output())


# ------------------------------------------------------------ 3. US signature page
SIG_TITLE = [
    ("B", 14, "TIDAL MIXING AND LARVAL DISPERSAL"),
    ("B", 14, "IN SEMI-ENCLOSED ESTUARIES"),
    ("", 12, ""),
    ("", 11, "A Dissertation"),
    ("", 11, "Presented to the Faculty of the Graduate School"),
    ("", 11, "of Coldharbour University"),
    ("", 11, "in Partial Fulfillment of the Requirements for the Degree of"),
    ("", 11, "Doctor of Philosophy"),
    ("", 12, ""),
    ("", 11, "by"),
    ("", 12, "Soraya Fennimore-Achebe"),
    ("", 12, ""),
    ("", 11, "August 2025"),
]
SIG_LINES = [
    ("Wendell J. Abernethy-Quist", "Dissertation Advisor"),
    ("Lucinda Oyinlola-Marsh", "Committee Chair"),
    ("Gideon Stravinsky-Obi", "Committee Member"),
    ("Henriette Kallberg-Nunes", "Outside Reader"),
]


def centred(pdf, lines, gap=2.0):
    for style, size, text in lines:
        pdf.set_font("Serif", style, size)
        if text:
            pdf.multi_cell(0, size * 0.55, text, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap + (0 if text else size * 0.4))


def render_signature() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", "Serif-I", format="letter")
    pdf.add_page()
    pdf.ln(30)
    centred(pdf, SIG_TITLE)
    pdf.add_page()
    pdf.ln(16)
    pdf.set_font("Serif", "B", 13)
    pdf.cell(0, 8, "APPROVAL PAGE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Serif", "", 11)
    pdf.multi_cell(
        0,
        6,
        "This dissertation, Tidal Mixing and Larval Dispersal in Semi-Enclosed Estuaries, "
        "by Soraya Fennimore-Achebe, Department of Marine Science, has been approved and "
        "accepted in partial fulfillment of the requirements for the degree of Doctor of "
        "Philosophy.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(8)
    pdf.set_font("Serif", "", 11)
    pdf.cell(0, 6, "Approved by:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    for name, role in SIG_LINES:
        pdf.cell(0, 6, f"________________________  {name}, {role}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(9)
    pdf.cell(
        0,
        6,
        "________________________  Marisol Ekwueme-Tanner, Dean of the Graduate School",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(10)
    pdf.cell(0, 6, "Date of defense: June 12, 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Serif", "B", 13)
    pdf.cell(0, 10, "ACKNOWLEDGMENTS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Serif", "", 11)
    for para in (
        "I thank my advisor, Wendell Abernethy-Quist, for six years of patient guidance on "
        "the water and off it. Lucinda Oyinlola-Marsh, Gideon Stravinsky-Obi and Henriette "
        "Kallberg-Nunes read every chapter and made each one better.",
        "Field seasons were possible thanks to Captain Orrin Baptiste of the R/V Heron and "
        "to Dr. Keziah Lamont-Ferro, who lent me her current meters. Funding came from the "
        "Coldharbour Sea Grant program (PI: Dr. Ambrose Tillinghast-Ode).",
    ):
        pdf.multi_cell(0, 6, para, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


# ------------------------------------------------------------ 4. CV détaillé
FR_SECTIONS = [
    (
        "Parcours",
        [
            "Depuis 2020 : Professeure des universités, Université de Vaucluse-Durance, "
            "Laboratoire d'informatique et de modélisation des flux (LIMF).",
            "2012–2020 : Maîtresse de conférences, Université de Vaucluse-Durance.",
            "2011–2012 : Post-doctorante à l'Institut de recherche en mécanique des fluides de "
            "Brocas, sous la direction de Fabrice Quintard-Assogba.",
            "2008–2011 : Doctorat en mécanique des ﬂuides, Université Jean-Thibaut de Lormont, "
            "sous la direction de Bérénice Castagnol-Mbaye ; soutenu le 2 décembre 2011 devant "
            "un jury présidé par Lucien Arnaudet-Rhéaume.",
            "2006–2008 : Master recherche Modélisation et simulation, École normale "
            "supérieure de Cerdagne.",
        ],
    ),
    (
        "Activités de recherche",
        [
            "Mes travaux portent sur la modélisation des écoulements ﬁltrés en milieux poreux "
            "hétérogènes et sur leur simulation à grande échelle ; ils s'appuient sur des "
            "collaborations suivies avec l'équipe de Rodolphe Ferracci-Lemaire (projet ANR "
            "PORO-FLUX, coordinatrice : Agathe Dumesnil-Okoye).",
        ],
    ),
]
FR_ENCADREMENT = [
    ("Doctorant", "Période", "Co-encadrant", "Taux"),
    ("Anaïs Rouvière-Kamara", "2014–2017", "Grégoire Pellissard", "50 %"),
    ("Baptiste Oulmès-Delattre", "2017–2021", "—", "100 %"),
    ("Inès Haddad-Verlaine", "2021–2024", "Octave Brunetière-Sow", "60 %"),
    ("Louison Tessereau-Mendy", "depuis 2023", "—", "100 %"),
]


def render_fr() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", "Sans-I", format="A4")
    pdf.add_page()
    pdf.set_font("Sans", "B", 17)
    pdf.cell(0, 9, "Curriculum vitæ détaillé", align="C", new_x="LMARGIN", new_y="NEXT")
    # the family name in small caps: a full-size capital, then reduced capitals
    parts = [(13, "Églantine V"), (10, "AUQUELIN-"), (13, "D"), (10, "IARRA")]
    total = 0.0
    for size, text in parts:
        pdf.set_font("Sans", "", size)
        total += pdf.get_string_width(text)
    pdf.set_x((pdf.w - total) / 2)
    for size, text in parts:
        pdf.set_font("Sans", "", size)
        pdf.cell(pdf.get_string_width(text), 7, text)
    pdf.ln(7)
    pdf.set_font("Sans", "", 9)
    pdf.cell(
        0,
        5,
        "Professeure des universités — section CNU 60 — Université de Vaucluse-Durance",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(5)
    for head, items in FR_SECTIONS:
        pdf.set_font("Sans", "B", 11.5)
        pdf.cell(0, 7, head, border="B", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        pdf.set_font("Sans", "", 9.5)
        for item in items:
            pdf.multi_cell(0, 5, item, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        pdf.ln(2)
    pdf.set_font("Sans", "B", 11.5)
    pdf.cell(0, 7, "Encadrement doctoral", border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    widths = (55, 32, 55, 20)
    for i, row in enumerate(FR_ENCADREMENT):
        pdf.set_font("Sans", "B" if i == 0 else "", 9.5)
        for w, cell in zip(widths, row, strict=True):
            pdf.cell(w, 6, cell, border=1)
        pdf.ln(6)
    pdf.ln(3)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(
        0,
        5,
        "Les thèses d'A. Rouvière-Kamara et d'I. Haddad-Verlaine ont été co-encadrées avec "
        "des collègues du LIMF ; toutes ont été ﬁnancées par des contrats doctoraux de l'"
        "école doctorale Sciences de l'ingénieur de Vaucluse.",
        align="J",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.add_page()
    pdf.set_font("Sans", "B", 11.5)
    pdf.cell(0, 7, "Participation à des jurys de thèse", border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_font("Sans", "", 9.5)
    for item in (
        "Rapporteure de la thèse de Quentin Morvillier-Abadie (Université de Lormont, 2022).",
        "Examinatrice de la thèse de Salomé Guillermet-Traoré (École normale supérieure de "
        "Cerdagne, 2023), présidente du jury.",
    ):
        pdf.multi_cell(0, 5, item, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)
    pdf.ln(2)
    pdf.set_font("Sans", "B", 11.5)
    pdf.cell(0, 7, "Publications choisies", border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_font("Sans", "", 9.5)
    for item in (
        "[1] É. Vauquelin-Diarra, B. Oulmès-Delattre. Écoulements ﬁltrés et homogénéisa-\n"
        "tion stochastique. Journal de mécanique appliquée, 48 (2021), 301–327.",
        "[2] A. Rouvière-Kamara, G. Pellissard, É. Vauquelin-Diarra. Un schéma volumes ﬁnis "
        "pour les milieux ﬁssurés. Comptes rendus de mécanique numérique, 12 (2018), 44–59.",
    ):
        pdf.multi_cell(0, 5, item, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)
    return bytes(pdf.output())


if __name__ == "__main__":
    for name, render in (
        ("b234_en_two_column_bare_labels", render_label_cv),
        ("b234_en_word_dot_leaders_wrapped", render_dot_cv),
        ("b234_en_us_dissertation_approved_by_signatures", render_signature),
        ("b234_fr_cv_detaille_encadrement_doctoral", render_fr),
    ):
        (HERE / f"{name}.pdf").write_bytes(render())
