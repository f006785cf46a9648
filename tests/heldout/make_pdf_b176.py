"""Render the five b176 held-out PDF CVs: a Europass CV (label column with date ranges on
the left, content on the right), an NIH biosketch (education table, positions and honors,
contributions to science with numbered citations), an ERC-template CV (supervision,
teaching, meetings, commissions of trust), a LaTeX two-column CV with a sidebar (small caps
headings, ligature glyphs, words hyphenated across lines) and a French CV with tables
(encadrement doctoral, jurys de thèse with rapporteur/examinateur roles).

Run ``.venv/bin/python make_pdf_b176.py`` beside this file; the people and places are
fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf


def para(pdf, x, y, w, text, size=8.6, style="", lh=4.2, color=(0, 0, 0), align="L"):
    pdf.set_font("Sans", style, size)
    pdf.set_text_color(*color)
    pdf.set_xy(x, y)
    pdf.multi_cell(w, lh, text, align=align)
    pdf.set_text_color(0, 0, 0)
    return pdf.get_y()


# ---------------------------------------------------------------- 1. Europass
EUROPASS = [
    ("PERSONAL INFORMATION", [("", "Aurelia Constantinescu", "B")]),
    (
        "",
        [
            ("", "Faculty of Automatic Control, Politehnica University of Dravena", ""),
            ("", "Splaiul Morii 12, 060042 Dravena (Romania)", ""),
            ("", "aurelia.constantinescu@upd.example  |  Sex Female  |  Nationality Romanian", ""),
        ],
    ),
    (
        "WORK EXPERIENCE",
        [
            ("01/10/2020–present", "Associate Professor", "B"),
            ("", "Politehnica University of Dravena, Faculty of Automatic Control", ""),
            (
                "",
                "Teaching and research in distributed control; head of the Networked "
                "Systems Laboratory",
                "",
            ),
            ("", "Business or sector  Higher education", "I"),
            ("01/02/2016–30/09/2020", "Postdoctoral researcher", "B"),
            (
                "",
                "Technical University of Lindholm, Department of Automatic Control, Lindholm "
                "(Sweden)",
                "",
            ),
            ("", "Marie Curie fellow hosted by Prof. Gunnar Åkesson", ""),
        ],
    ),
    (
        "EDUCATION AND TRAINING",
        [
            ("10/2011–12/2015", "PhD in Control Engineering", "B"),
            ("", "Technical University of Lindholm (Sweden)", ""),
            (
                "",
                "Thesis: Event-triggered consensus over lossy wireless networks. Supervisor: "
                "Prof. Mikael Brandt; co-supervisor: Dr. Ebba Sundqvist",
                "",
            ),
            ("", "Opponent: Prof. Dario Fontanella (Politecnico di Saronno)", ""),
            ("09/2006–07/2011", "Dipl.-Ing. in Systems Engineering", "B"),
            ("", "Politehnica University of Dravena (Romania)", ""),
        ],
    ),
    (
        "PERSONAL SKILLS",
        [
            ("Mother tongue(s)", "Romanian", ""),
            ("Other language(s)", "English C2, Swedish B2, French B1", ""),
            ("Digital skills", "MATLAB/Simulink, Python, ROS, LaTeX", ""),
        ],
    ),
    (
        "ADDITIONAL INFORMATION",
        [
            (
                "Supervision",
                "PhD students: Bogdan Ionescu-Varga (2019–2023, main supervisor); "
                "Leyla Hasanova (2022–present, co-supervised with Prof. Radu Marinescu). "
                "Master theses: Ioana Petrescu (2021), Vlad Moldoveanu (2022).",
                "",
            ),
            (
                "Thesis committees",
                "External examiner for the PhD thesis of Sven Lindqvist, "
                "Technical University of Lindholm, 2022. Member of the doctoral committee of "
                "Andreea Florea, Politehnica University of Dravena, 2024.",
                "",
            ),
            (
                "Projects",
                "Team member in NETCON (2021–2024), principal investigator Prof. "
                "Cristian Oprea; work package leader in the H2020 project SWARMSENSE.",
                "",
            ),
            (
                "Conferences",
                "Co-organiser, with Dr. Matei Stanciu, of the Workshop on "
                "Resilient Networked Control, Dravena, June 2023.",
                "",
            ),
            (
                "Publications",
                "A. Constantinescu, B. Ionescu-Varga and R. Marinescu, "
                "Self-triggered formation control, IEEE Trans. Control Netw. Syst., 2023. — "
                "A. Constantinescu and G. Åkesson, Packet-loss tolerant consensus, Automatica, "
                "2019. — A. Constantinescu, M. Brandt and E. Sundqvist, Event-triggered "
                "consensus with quantised links, Syst. Control Lett., 2015.",
                "",
            ),
            (
                "Memberships",
                "IEEE Control Systems Society; Romanian Society of Automatic Control",
                "",
            ),
            (
                "References",
                "Prof. Mikael Brandt, Technical University of Lindholm — Prof. "
                "Gunnar Åkesson, Technical University of Lindholm",
                "",
            ),
        ],
    ),
]


def europass() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", "Sans-I", format="A4")
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_xy(12, 10)
    pdf.set_font("Sans", "B", 14)
    pdf.set_text_color(0, 51, 153)
    pdf.cell(50, 8, "europass")
    pdf.set_xy(120, 10)
    pdf.set_font("Sans", "", 9)
    pdf.cell(78, 8, "Curriculum Vitae                Aurelia Constantinescu", align="R")
    pdf.set_text_color(0, 0, 0)
    y = 24.0
    for label, rows in EUROPASS:
        if label:
            y += 3
            pdf.set_xy(12, y)
            pdf.set_font("Sans", "", 8)
            pdf.set_text_color(14, 65, 148)
            pdf.cell(55, 5, label, align="R")
            pdf.set_draw_color(14, 65, 148)
            pdf.line(72, y + 3, 198, y + 3)
            pdf.set_text_color(0, 0, 0)
            y += 7
        for left, right, style in rows:
            if y > 270:
                pdf.add_page()
                y = 18.0
            if left:
                pdf.set_xy(12, y)
                pdf.set_font("Sans", "", 7.8)
                pdf.set_text_color(14, 65, 148)
                pdf.multi_cell(55, 4, left, align="R")
                pdf.set_text_color(0, 0, 0)
            y = para(pdf, 72, y, 126, right, size=9.2 if style == "B" else 8.4, style=style)
            y += 1.2
    pdf.set_xy(12, 285)
    pdf.set_font("Sans", "", 6.5)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(186, 4, "© European Union, 2002-2026 | europass.example.eu", align="R")
    return bytes(pdf.output())


# ---------------------------------------------------------------- 2. NIH biosketch
NIH_EDU = [
    ("Kaduna State University, Kaduna, Nigeria", "B.Sc.", "06/2004", "Biochemistry"),
    ("University of Pemberton, Pemberton, MA", "Ph.D.", "05/2011", "Molecular Pharmacology"),
    (
        "Halverson Cancer Institute, Brookline Falls, MA",
        "Postdoctoral",
        "08/2015",
        "Tumor Immunology",
    ),
]
NIH_BODY = [
    (
        "A. Personal Statement",
        [
            "I am a tumor immunologist studying how hypoxia reprograms T-cell metabolism in solid "
            "tumors. My doctoral training with Dr. Rosalind Whitcombe at the University of "
            "Pemberton and my postdoctoral work in the laboratory of Dr. Tobias Engqvist at the "
            "Halverson Cancer Institute prepared me to lead the proposed project. I have "
            "mentored four doctoral students and three postdoctoral fellows; my first graduate "
            "student, Dr. Priya Raghunathan (PhD 2021), now leads her own group.",
        ],
    ),
    (
        "B. Positions, Scientific Appointments and Honors",
        [
            "Positions and Scientific Appointments",
            "2021 – present   Associate Professor, Department of Pharmacology, Marlow School of "
            "Medicine, Marlow, OH",
            "2015 – 2021   Assistant Professor, Department of Pharmacology, Marlow School of "
            "Medicine, Marlow, OH",
            "2011 – 2015   Postdoctoral Fellow, Halverson Cancer Institute, Brookline Falls, MA "
            "(Mentor: Tobias Engqvist, PhD)",
            "2019 – 2023   Standing member, Tumor Microenvironment Study Section, NIH",
            "2018 – present   Ad hoc reviewer, Journal of Immunometabolism and Cancer Cell Reports",
            "2022   Member, faculty search committee, Department of Pharmacology (chair: Dr. "
            "Harold Kingsbury)",
            "Honors",
            "2017   Young Investigator Award, Society for Tumor Immunology",
            "2009   Predoctoral Fellowship, Pemberton Foundation",
        ],
    ),
    (
        "C. Contributions to Science",
        [
            "1. Hypoxia and T-cell exhaustion. As a graduate student I showed that low oxygen "
            "drives an exhaustion program in tumor-infiltrating lymphocytes.",
            "   a. Okonkwo-Bell C, Whitcombe R. HIF-1α controls PD-1 expression in CD8 T cells. "
            "J Immunol Res. 2010;45(3):211-224.",
            "   b. Okonkwo-Bell C, Adebayo-Stern M, Whitcombe R. Oxygen tension sets the pace "
            "of exhaustion. Cancer Cell Rep. 2011;7(2):88-101.",
            "2. Metabolic checkpoints in the tumor microenvironment. In the Engqvist laboratory I "
            "identified lactate as a checkpoint of effector function.",
            "   a. Okonkwo-Bell C, Lindahl S, Engqvist T. Lactate blunts effector T cells. "
            "Immunity Rev. 2014;40(6):901-915.",
            "3. Restoring T-cell fitness. My laboratory showed that mitochondrial boosters rescue "
            "exhausted T cells.",
            "   a. Raghunathan P, Moreau-Dufresne L, Okonkwo-Bell C. Mitochondrial rescue of "
            "exhausted T cells. J Immunometab. 2020;12(1):1-15.",
            "   b. Yilmaz E, Raghunathan P, Okonkwo-Bell C. NAD+ supplementation restores "
            "cytotoxicity. Cancer Cell Rep. 2023;19(4):402-417.",
            "Complete List of Published Work in MyBibliography: ncbi.example/myncbi/c.okonkwo-bell",
        ],
    ),
    (
        "D. Research Support (selected)",
        [
            "R01 CA223344 (PI: Okonkwo-Bell)   07/2020 – 06/2025   Hypoxic reprogramming of "
            "tumor-infiltrating T cells.",
            "P30 CA118800 (PI: Harold Kingsbury)   2019 – 2024   Marlow Cancer Center Support "
            "Grant. Role: Program co-leader.",
            "F31 CA255010 (PI: Emre Yilmaz; sponsor: Okonkwo-Bell)   2021 – 2024   NAD+ "
            "metabolism in T-cell exhaustion.",
        ],
    ),
]


def nih() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", "Sans-I", format="Letter")
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    pdf.set_font("Sans", "", 6.5)
    pdf.set_xy(15, 8)
    pdf.cell(
        186,
        4,
        "OMB No. 0925-0001 and 0925-0002 (Rev. 12/2024 Approved Through 12/31/2027)",
        align="R",
    )
    pdf.set_xy(15, 15)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(186, 6, "BIOGRAPHICAL SKETCH", align="C")
    y = para(
        pdf,
        15,
        22,
        186,
        "Provide the following information for the Senior/key personnel "
        "and other significant contributors. Follow this format for each person. DO NOT "
        "EXCEED FIVE PAGES.",
        size=7,
        style="I",
        lh=3.4,
    )
    y += 2
    for label, value in [
        ("NAME:", "Okonkwo-Bell, Chidinma"),
        ("eRA COMMONS USER NAME (credential, e.g., agency login):", "COKONKWOBELL"),
        ("POSITION TITLE:", "Associate Professor of Pharmacology"),
    ]:
        pdf.set_xy(15, y)
        pdf.set_font("Sans", "B", 8)
        pdf.cell(80, 5, label)
        pdf.set_font("Sans", "", 8.5)
        pdf.cell(106, 5, value)
        y += 5.5
    y = para(
        pdf,
        15,
        y + 1,
        186,
        "EDUCATION/TRAINING (Begin with baccalaureate or other "
        "initial professional education, such as nursing, include postdoctoral training "
        "and residency training if applicable.)",
        size=7.2,
        style="B",
        lh=3.5,
    )
    widths = [78, 28, 30, 50]
    heads = [
        "INSTITUTION AND LOCATION",
        "DEGREE (if applicable)",
        "Completion Date MM/YYYY",
        "FIELD OF STUDY",
    ]
    pdf.set_xy(15, y + 1)
    pdf.set_font("Sans", "B", 6.8)
    for w, h in zip(widths, heads, strict=True):
        pdf.cell(w, 7, h, border=1, align="C")
    y += 8
    pdf.set_font("Sans", "", 7.6)
    for row in NIH_EDU:
        pdf.set_xy(15, y)
        for w, cell in zip(widths, row, strict=True):
            pdf.cell(w, 6, cell, border=1)
        y += 6
    y += 3
    for head, lines in NIH_BODY:
        y = para(pdf, 15, y, 186, head, size=9.5, style="B", lh=5) + 1
        for line in lines:
            bold = line in ("Positions and Scientific Appointments", "Honors")
            y = para(pdf, 15, y, 186, line, size=8.3, style="B" if bold else "", lh=4.1)
            y += 0.8
        y += 2
    return bytes(pdf.output())


# ---------------------------------------------------------------- 3. ERC template CV
ERC = [
    (
        "PERSONAL INFORMATION",
        [
            "Van den Broeck-Salazar, Lieve",
            "ORCID 0000-0002-7788-1122 — Date of birth: 1984 — Nationality: Belgian, Ecuadorian",
            "URL for web site: lieve-vdbs.example.org",
        ],
    ),
    (
        "• EDUCATION",
        [
            "2013   PhD in Evolutionary Biology",
            "       Universiteit van Kortemark, Belgium",
            "       Supervisors: Prof. Dirk Vermeulen and Prof. Hanna Dąbrowska",
            "2008   Master in Biology, Universidad Andina de Cumbayá, Ecuador",
        ],
    ),
    (
        "• CURRENT POSITION(S)",
        [
            "2020 –   Research Professor (ZAP, tenured 2024)",
            "       Laboratory of Evolutionary Genomics, Universiteit van Kortemark, Belgium",
        ],
    ),
    (
        "• PREVIOUS POSITIONS",
        [
            "2016 – 2020   FWO Senior Postdoctoral Fellow, Universiteit van Kortemark, Belgium",
            "2013 – 2016   EMBO Postdoctoral Fellow, Max-Lindgren Institute for Evolution, "
            "Uppsalund, Sweden (host: Dr. Arvid Holmqvist)",
        ],
    ),
    (
        "• FELLOWSHIPS AND AWARDS",
        [
            "2021   ERC Starting Grant HYBRIDSPEC",
            "2014   EMBO Long-Term Fellowship",
        ],
    ),
    (
        "• SUPERVISION OF GRADUATE STUDENTS AND POSTDOCTORAL FELLOWS",
        [
            "2016 –   3 Postdocs / 6 PhD students / 9 Master students",
            "       Universiteit van Kortemark, Belgium",
            "       PhD: Thibault Maes (2017–2021, promotor), Naledi Khumalo (2019–2023, "
            "co-promotor with Prof. Dirk Vermeulen), Santiago Pacheco Ruiz (2022–, promotor)",
            "       Postdocs: Dr. Yuki Tanabe-Rossi (2021–2024), Dr. Ömer Karaca (2023–)",
        ],
    ),
    (
        "• TEACHING ACTIVITIES",
        [
            "2020 –   Evolutionary Genomics (6 ECTS, lecturer), Universiteit van Kortemark",
            "2017 – 2019   Practical Population Genetics, assisting Prof. Marc Goossens",
        ],
    ),
    (
        "• ORGANISATION OF SCIENTIFIC MEETINGS",
        [
            "2023   Co-organiser with Dr. Femke Janssens, Speciation Genomics Symposium, "
            "Kortemark (120 participants)",
            "2019   Session chair, European Congress of Evolutionary Biology, Turku",
        ],
    ),
    (
        "• INSTITUTIONAL RESPONSIBILITIES",
        [
            "2022 –   Member of the faculty hiring committee for Biology (chair: Prof. Ann "
            "De Smedt)",
            "2021 –   Doctoral advisory committee of Wout Claessens (supervisor: Prof. Marc "
            "Goossens)",
            "2023   Jury member, PhD defence of Margot Lambrecht, Universiteit van Kortemark",
        ],
    ),
    (
        "• COMMISSIONS OF TRUST",
        [
            "2021 –   Reviewer for Evolution Letters, Molecular Ecology Reports",
            "2022   Panel member, FWO Biology panel",
        ],
    ),
    (
        "• TRACK RECORD — SELECTED PUBLICATIONS",
        [
            "1. Van den Broeck-Salazar L, Maes T, Vermeulen D (2021) Hybrid zones as natural "
            "laboratories. Evol Genom Lett 9: 33–49.",
            "2. Khumalo N, Van den Broeck-Salazar L (2023) Introgression landscapes in cichlids. "
            "Mol Ecol Rep 31: 1102–1118.",
            "3. Van den Broeck-Salazar L, Holmqvist A (2016) Gene flow at the species boundary. "
            "Proc Evol Soc 283: 20160021.",
        ],
    ),
]


def erc() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", "Serif-I", format="A4")
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_xy(20, 12)
    pdf.set_font("Serif", "B", 10)
    pdf.cell(170, 6, "ERC-2026-COG — Curriculum vitae (max. 2 pages)", align="C")
    pdf.set_xy(20, 18)
    pdf.set_font("Serif", "I", 8)
    pdf.cell(
        170, 5, "Principal Investigator (PI): Lieve Van den Broeck-Salazar — Part B1", align="C"
    )
    y = 28.0
    for head, lines in ERC:
        pdf.set_font("Serif", "B", 9.5)
        y = para_serif(pdf, 20, y, 170, head, "B", 9.5) + 1
        for line in lines:
            y = para_serif(pdf, 24, y, 166, line, "", 8.8)
        y += 3
    pdf.set_xy(20, 285)
    pdf.set_font("Serif", "I", 7)
    pdf.cell(170, 4, "Part B1 — page 3", align="C")
    return bytes(pdf.output())


def para_serif(pdf, x, y, w, text, style, size):
    pdf.set_font("Serif", style, size)
    pdf.set_xy(x, y)
    pdf.multi_cell(w, 4.4, text, align="L")
    return pdf.get_y()


# ---------------------------------------------------------------- 4. LaTeX two-column
SIDE = [
    (
        "CONTACT",
        [
            "Institut für Angewandte Ma-",
            "thematik, Universität Weißen-",
            "stein",
            "kowalski@uw.example",
        ],
    ),
    ("INTERESTS", ["Numerical analysis", "Finite element meth-", "ods", "Stochastic PDEs"]),
    (
        "SERVICE",
        [
            "Referee: SIAM J. Numer.",
            "Anal., Numer. Math.",
            "Hiring committee,",
            "W2 Numerik (2024)",
            "CSI for Émile Garnier",
            "(Univ. Rocheval)",
        ],
    ),
    (
        "REFERENCES",
        ["Prof. Dr. Heike Rautenberg", "Prof. Dr. Ole Vestergaard", "Dr. Sabine Ulbricht"],
    ),
]
MAINCOL = [
    (
        "EMPLOYMENT",
        [
            "2022–now  W2 Professor (tenure track), Institut für Angewandte Mathematik, "
            "Universität Weißenstein",
            "2019–2022  Postdoctoral researcher, Department of Mathemat-",
            "ical Sciences, University of Aalvik, Denmark; mentor Prof. Dr. Ole Vestergaard",
        ],
    ),
    (
        "EDUCATION",
        [
            "2015–2019  Dr. rer. nat. in Mathematics, Universität Weißenstein (summa cum",
            "laude). Advisor: Prof. Dr. Heike Rautenberg. Second refe-",
            "ree: Prof. Dr. Ole Vestergaard",
            "2009–2015  Diplom Mathematik, Technische Universität Grünau",
        ],
    ),
    (
        "SUPERVISION",
        [
            "PhD students: Jannik Oberländer (2022–, main advisor), Farah Al-Masri (2023–,",
            "co-advised with Dr. Sabine Ulbricht)",
            "Postdoc: Dr. Mateus Figueiredo Lopes (2023–2025)",
            "Master theses: Lea Brandstätter (2023), Tim Krüger (2024)",
        ],
    ),
    (
        "THESIS COMMITTEES",
        [
            "2024  Second reviewer (Korreferent) for the doctoral thesis of Niklas Hoff-",
            "mann, Universität Weißenstein",
            "2025  Examiner, PhD defence of Ingeborg Dahl, University of Aalvik",
        ],
    ),
    (
        "TEACHING",
        [
            "Numerik I/II (lectures), ﬁnite element ﬁeld lab with Dr. Sabine Ulbricht",
        ],
    ),
    (
        "SELECTED PUBLICATIONS",
        [
            "[1] P. Kowalski, J. Oberländer, and H. Rautenberg. Eﬃcient multilevel",
            "     Monte Carlo for elliptic SPDEs. Numer. Math. 156 (2024).",
            "[2] P. Kowalski and O. Vestergaard. A posteriori estimates for ﬂow in random",
            "     media. SIAM J. Numer. Anal. 60 (2022).",
            "[3] M. Figueiredo Lopes, P. Kowalski. Adaptive stochastic Galerkin meth-",
            "     ods. IMA J. Numer. Anal. 45 (2025).",
        ],
    ),
]


def latex_twocol() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", "Serif-I", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(242, 242, 236)
    pdf.rect(0, 0, 58, 297, style="F")
    pdf.set_xy(8, 16)
    pdf.set_font("Serif", "B", 15)
    pdf.multi_cell(46, 7, "Piotr\nKowalski")
    y = pdf.get_y() + 4
    for head, lines in SIDE:
        pdf.set_xy(8, y)
        pdf.set_font("Serif", "B", 8.5)
        pdf.cell(pdf.get_string_width(head[0]), 5, head[0])
        pdf.set_font("Serif", "B", 6.8)
        pdf.cell(40, 5, head[1:])
        y += 6
        pdf.set_font("Serif", "", 7.8)
        for line in lines:
            pdf.set_xy(8, y)
            pdf.cell(46, 3.8, line)
            y += 3.9
        y += 4
    pdf.set_xy(66, 16)
    pdf.set_font("Serif", "I", 9)
    pdf.cell(130, 5, "Curriculum Vitæ — Applied Mathematics")
    y = 26.0
    for head, lines in MAINCOL:
        pdf.set_xy(66, y)
        pdf.set_font("Serif", "B", 11)
        pdf.cell(pdf.get_string_width(head[0]), 6, head[0])
        pdf.set_font("Serif", "B", 8.6)
        pdf.cell(100, 6.3, head[1:])
        pdf.line(66, y + 6.5, 198, y + 6.5)
        y += 8.5
        pdf.set_font("Serif", "", 8.6)
        for line in lines:
            pdf.set_xy(66, y)
            pdf.cell(132, 4.2, line)
            y += 4.3
        y += 3
    pdf.set_xy(66, 286)
    pdf.set_font("Serif", "", 7)
    pdf.cell(132, 4, "Last updated: January 2026", align="R")
    return bytes(pdf.output())


# ---------------------------------------------------------------- 5. French CV, tables
FR_TOP = [
    (
        "Parcours professionnel",
        [
            (
                "depuis 2018",
                "Professeure des universités, Université de Montclair-sur-Loire, "
                "laboratoire LIMOS-Loire (UMR 7712)",
            ),
            ("2011 – 2018", "Maîtresse de conférences, Université de Pradelles, IRIT-Pradelles"),
            ("2010 – 2011", "ATER, Université de Pradelles"),
        ],
    ),
    (
        "Formation",
        [
            ("2017", "Habilitation à diriger des recherches, Université de Pradelles"),
            (
                "2006 – 2010",
                "Doctorat en informatique, Université de Bastelle, sous la direction "
                "de Bernard Castagnède et Ngozi Eze-Martin. Jury : Yannick "
                "Le Goff (président), Ilse Vandamme (rapporteure), Tarik Benslimane "
                "(rapporteur)",
            ),
            ("2006", "Master recherche en informatique, Université de Bastelle"),
        ],
    ),
]
FR_ENC = [
    ("Doctorant·e", "Période", "Co-encadrement", "Taux", "Devenir"),
    ("Hugo Mercadier", "2012 – 2015", "Paul Ferrandon", "50 %", "MCF, Lorient"),
    ("Amina Diallo-Roux", "2016 – 2020", "—", "100 %", "Ingénieure R&D"),
    ("Quentin Lhermitte", "2019 – 2023", "Sophie Albaret", "60 %", "Post-doc, Delft"),
    ("Mai Nguyen Thi", "depuis 2022", "—", "100 %", "en cours"),
]
FR_JURY = [
    ("Candidat·e", "Établissement", "Année", "Rôle"),
    ("Romain Castéran", "Université de Bastelle", "2021", "rapporteure"),
    ("Lucía Fernández Ortega", "Universidad de Tordera", "2022", "examinatrice"),
    ("Kevin Abergel", "Université de Montclair-sur-Loire", "2023", "présidente"),
    ("Théo Bourdieu-Marchal", "Université de Pradelles", "2024", "rapporteure"),
]
FR_BOTTOM = [
    (
        "Autres responsabilités",
        [
            "Comité de suivi individuel (CSI) de Baptiste Quentel (dir. Marc Olivennes), 2023.",
            "Membre du comité de sélection MCF 27 (présidé par Jean-Loup Barrère), 2022.",
            "Co-organisatrice avec Claire Vautrin des journées GDR RO-Loire 2024.",
            "Porteur du projet ANR ORDO-FLEX : Frédéric Lavaud ; participante, 2020 – 2024.",
            "Relectrice pour European Journal of Operational Research.",
        ],
    ),
    (
        "Publications choisies",
        [
            "[1] E. Haddad-Lefèvre, H. Mercadier, P. Ferrandon. Ordonnancement robuste sur "
            "machines parallèles. RAIRO-RO, 2016.",
            "[2] Q. Lhermitte, S. Albaret, E. Haddad-Lefèvre. Décomposition de Benders pour la "
            "tournée de véhicules. Discrete Optimization Letters, 2022.",
            "[3] E. Haddad-Lefèvre, B. Castagnède. Bornes inférieures pour le flow-shop. "
            "Annales de Recherche Opérationnelle, 2009.",
        ],
    ),
]


def fr_tables() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", "Sans-I", format="A4")
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_xy(15, 14)
    pdf.set_font("Sans", "B", 16)
    pdf.cell(180, 8, "Élise Haddad-Lefèvre", align="C")
    y = (
        para(
            pdf,
            15,
            23,
            180,
            "Professeure des universités — section CNU 27 — elise.haddad@montclair.example",
            size=8.5,
            lh=4.5,
            align="C",
        )
        + 3
    )

    def section(y, title):
        pdf.set_fill_color(225, 232, 245)
        pdf.set_xy(15, y)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(180, 6.5, title, fill=True)
        return y + 8.5

    for title, rows in FR_TOP:
        y = section(y, title)
        for dates, text in rows:
            pdf.set_xy(15, y)
            pdf.set_font("Sans", "B", 8.3)
            pdf.cell(28, 4.3, dates)
            y = para(pdf, 45, y, 150, text, size=8.5, lh=4.3) + 1.2
        y += 2

    def table(y, rows, widths):
        for i, row in enumerate(rows):
            pdf.set_xy(15, y)
            pdf.set_font("Sans", "B" if i == 0 else "", 8.2)
            for w, cell in zip(widths, row, strict=True):
                pdf.cell(w, 5.5, cell, border=1)
            y += 5.5
        return y + 3

    y = section(y, "Encadrement doctoral")
    y = (
        para(
            pdf,
            15,
            y,
            180,
            "Thèses soutenues et en cours (taux d'encadrement déclaré à l'école doctorale) :",
            size=8.3,
            style="I",
        )
        + 1
    )
    y = table(y, FR_ENC, [45, 30, 40, 20, 45])
    y = section(y, "Jurys de thèse")
    y = table(y, FR_JURY, [55, 65, 20, 40])
    for title, lines in FR_BOTTOM:
        y = section(y, title)
        for line in lines:
            y = (
                para(pdf, 15, y, 180, "– " + line if title.startswith("A") else line, size=8.4)
                + 0.8
            )
        y += 2
    pdf.set_xy(15, 284)
    pdf.set_font("Sans", "", 7)
    pdf.cell(180, 4, "CV — mise à jour janvier 2026 — 1/1", align="C")
    return bytes(pdf.output())


if __name__ == "__main__":
    for name, fn in [
        ("b176_en_europass_label_column", europass),
        ("b176_en_nih_biosketch_contributions", nih),
        ("b176_en_erc_template_supervision", erc),
        ("b176_en_latex_sidebar_ligatures", latex_twocol),
        ("b176_fr_cv_tableaux_encadrement_jurys", fr_tables),
    ]:
        (HERE / f"{name}.pdf").write_bytes(fn())
