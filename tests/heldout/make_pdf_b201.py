# ruff: noqa: E501
"""Render the four b201 held-out PDF CVs: a two-column CV (dates in a narrow left column,
entries on the right with a bold institution, an italic role and wrapped lines), a
word-processor CV (position and dates on one line, the dates pushed right by dot leaders,
ruled section titles), a French "CV détaillé" for an HDR dossier (numbered sections,
doctoral supervision with rates and co-supervisors, jury roles, publications with the
owner's name in bold) and an American CV (graduate students supervised as chair, committee
member lists, postdoctoral scholars mentored, APA publications with many authors).

Run ``.venv/bin/python make_pdf_b201.py`` beside this file; the people and places are
fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf


def para(pdf, x, y, w, text, size=9.0, style="", lh=4.4, align="L"):
    pdf.set_font("Sans", style, size)
    pdf.set_xy(x, y)
    pdf.multi_cell(w, lh, text, align=align)
    return pdf.get_y()


def rich(pdf, x, y, w, text, size=9.0, lh=4.4):
    """A paragraph whose **bold** runs are drawn bold (fpdf2's markdown switch)."""
    pdf.set_font("Sans", "", size)
    pdf.set_xy(x, y)
    pdf.multi_cell(w, lh, text, markdown=True)
    return pdf.get_y()


# ---------------------------------------------------------------- 1. two columns
TWO_COL_NAME = "Tobias Hallorann-Mbeki"
TWO_COL_HEAD = [
    "Associate Professor of Computational Linguistics",
    "Department of Linguistics, Westerhaven University  ·  thallorann@westerhaven.example",
]
TWO_COL = [
    (
        "Academic Appointments",
        [
            (
                "2021–present",
                "Westerhaven University",
                "Associate Professor, Department of Linguistics",
                [],
            ),
            (
                "2017–2021",
                "Westerhaven University",
                "Assistant Professor, Department of Linguistics",
                [],
            ),
            (
                "2015–2017",
                "Language Technologies Lab, Caldmoor Institute of Technology",
                "Postdoctoral Fellow",
                [
                    "Hosted by Rosalind Achterberg-Nunez; funded by a Caldmoor Data Science Fellowship awarded by a panel chaired by Emeric Vandersloot."
                ],
            ),
        ],
    ),
    (
        "Education",
        [
            (
                "2010–2015",
                "University of Brantwick",
                "Ph.D. in Linguistics",
                [
                    "Dissertation: Learning morphological paradigms from sparse interlinear glossed text in low-resource Bantu languages",
                    "Advisor: Gideon Ferraro-Lund",
                    "Committee: Priya Venkataraman-Holt, Osei Adjei-Larkin",
                ],
            ),
            (
                "2006–2010",
                "Lindqvist College",
                "B.A. in Linguistics and Computer Science, summa cum laude",
                [],
            ),
        ],
    ),
    (
        "Advising",
        [
            (
                "2019–2024",
                "Yelena Marchetti-Osei",
                "Ph.D. student (primary advisor)",
                [
                    "Dissertation: Cross-lingual transfer for tone prediction. Now a research scientist at Fenmark Labs."
                ],
            ),
            (
                "2020–present",
                "Dawit Kebede-Sorensen",
                "Ph.D. student",
                ["Co-advised with Priya Venkataraman-Holt (University of Brantwick)."],
            ),
            ("2022–2023", "Anaïs Wrexham-Tadesse", "Postdoctoral researcher", []),
        ],
    ),
    (
        "Thesis Committees",
        [
            (
                "2022",
                "University of Ardleigh",
                "External examiner",
                ["Ph.D. thesis of Fintan Mulcahy-Obote"],
            ),
            (
                "2023",
                "Caldmoor Institute of Technology",
                "Committee member",
                ["Ph.D. thesis of Hyun-woo Castellanos"],
            ),
        ],
    ),
    (
        "Selected Publications",
        [
            (
                "2023",
                "",
                "",
                [
                    "Hallorann-Mbeki, T., Marchetti-Osei, Y., and Ferraro-Lund, G. Tone as a latent variable in neural morphological inflection. Transactions of Computational Linguistics, 11, 402–421."
                ],
            ),
            (
                "2024",
                "",
                "",
                [
                    "Kebede-Sorensen, D., Venkataraman-Holt, P., and Hallorann-Mbeki, T. Glossing-aware pretraining for Amharic. In W. Stroud-Akinyemi (Ed.), Proceedings of the Workshop on African Language Technology, 55–63."
                ],
            ),
        ],
    ),
    (
        "Teaching",
        [
            (
                "2018–",
                "Westerhaven University",
                "LING 210 Introduction to Syntax",
                ["Co-taught with Bartholomew Quist-Arendt."],
            ),
        ],
    ),
    (
        "Service",
        [
            (
                "2022",
                "Westerhaven University",
                "Faculty search committee, Department of Linguistics",
                ["Chaired by Ferdinand Olamide-Pratt."],
            ),
        ],
    ),
]


def two_column() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", "Sans-I", format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Sans", "B", 20)
    pdf.set_xy(15, 14)
    pdf.cell(0, 10, TWO_COL_NAME)
    y = 26
    for line in TWO_COL_HEAD:
        y = para(pdf, 15, y, 180, line, size=9)
    y += 3
    for title, entries in TWO_COL:
        pdf.set_font("Sans", "B", 11.5)
        pdf.set_xy(15, y)
        pdf.cell(0, 7, title.upper())
        pdf.line(15, y + 7.2, 195, y + 7.2)
        y += 9.5
        for when, org, role, lines in entries:
            if y > 265:
                pdf.add_page()
                y = 15
            para(pdf, 15, y, 28, when, size=8.5)
            top = y
            if org:
                y = para(pdf, 46, y, 149, org, size=9.2, style="B")
            if role:
                y = para(pdf, 46, y, 149, role, size=9, style="I")
            for line in lines:
                y = para(pdf, 46, y, 149, line, size=8.8)
            y = max(y, top + 5) + 2
        y += 2
    return bytes(pdf.output())


# ---------------------------------------------------------------- 2. word processor
WORD_NAME = "Ingeborg Valcourt-Nakashima"
WORD_SECTIONS = [
    (
        "PROFESSIONAL EXPERIENCE",
        [
            (
                "Professor, Department of Chemical Engineering, University of Harrowgate",
                "2019 – present",
                [],
            ),
            (
                "Associate Professor, Department of Chemical Engineering, University of Harrowgate",
                "2013 – 2019",
                [],
            ),
            (
                "Research Scientist, Polymer Membranes Group, Keswick National Laboratory",
                "2010 – 2013",
                ["Group leader: Augustin Perrault-Mensah"],
            ),
        ],
    ),
    (
        "EDUCATION",
        [
            (
                "Ph.D. in Chemical Engineering, Delmont Polytechnic University",
                "2005 – 2010",
                [
                    "Thesis advisor: Cornelius Bakshi-Lindahl",
                    "Thesis: Transport in glassy polymer membranes under mixed-gas conditions",
                ],
            ),
            ("M.Eng. in Chemical Engineering, Tohoku-Kita University", "2003 – 2005", []),
        ],
    ),
    (
        "POSTDOCTORAL SCHOLARS AND GRADUATE STUDENTS",
        [
            ("Postdoctoral researcher: Ruairi Ndlovu-Ferreira", "2020 – 2022", []),
            (
                "PhD student: Mei-Ling Abernathy-Soto (co-supervised with Augustin Perrault-Mensah)",
                "2016 – 2021",
                [],
            ),
            ("PhD student: Kofi Lindqvist-Barros", "2021 – present", []),
            ("MSc student: Priscila Tanaka-Whitlow", "2018 – 2019", []),
        ],
    ),
    (
        "THESIS EXAMINATION",
        [
            (
                "External examiner, PhD thesis of Ömer Castellano-Reidy, Keswick University",
                "2022",
                [],
            ),
            (
                "Opponent, PhD defence of Sigrid Halvorsen-Mukasa, Nordvik Technical University",
                "2024",
                [],
            ),
        ],
    ),
    (
        "PUBLICATIONS (SELECTED)",
        [
            (
                "Abernathy-Soto, M.-L., Perrault-Mensah, A., Valcourt-Nakashima, I. Plasticization maps for mixed-gas CO2/CH4 separation. J. Membrane Sci. 612 (2021) 118–130.",
                "",
                [],
            ),
            (
                "Ndlovu-Ferreira, R., Lindqvist-Barros, K., Valcourt-Nakashima, I. Aging of thin glassy films. Macromolecular Letters 14 (2023) 77–85.",
                "",
                [],
            ),
        ],
    ),
    (
        "GRANTS",
        [
            (
                "Harrowgate Energy Initiative seed grant (PI: Lorcan Betancourt-Ayodele; role: co-investigator)",
                "2021 – 2023",
                [],
            ),
        ],
    ),
    (
        "TEACHING",
        [
            (
                "CHE 341 Transport Phenomena (with Hortense Giraud-Mwale, laboratory sessions)",
                "2014 – present",
                [],
            ),
        ],
    ),
]


def word_cv() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", "Serif-I", format="Letter")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    W = 215.9 - 50
    pdf.set_font("Serif", "B", 16)
    pdf.cell(W, 9, WORD_NAME, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.5)
    pdf.cell(
        W,
        5,
        "Department of Chemical Engineering · University of Harrowgate · ivn@harrowgate.example",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    for title, entries in WORD_SECTIONS:
        pdf.ln(2)
        pdf.set_font("Serif", "B", 11)
        pdf.cell(W, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_line_width(0.4)
        pdf.line(25, pdf.get_y(), 25 + W, pdf.get_y())
        pdf.ln(1.5)
        for head, dates, bullets in entries:
            pdf.set_font("Serif", "", 10)
            if dates:
                # A right tab with a dot leader: the dots fill up to the date column.
                date_w = pdf.get_string_width(dates) + 1
                room = W - date_w - 2
                lines = pdf.multi_cell(room, 5, head, dry_run=True, output="LINES")
                for line in lines[:-1]:
                    pdf.cell(room, 5, line, new_x="LMARGIN", new_y="NEXT")
                pdf.cell(pdf.get_string_width(lines[-1]) + 1, 5, lines[-1])
                dots_w = (25 + W - date_w) - pdf.get_x() - 1
                dot = pdf.get_string_width(".")
                pdf.cell(dots_w, 5, "." * max(int(dots_w / dot), 0))
                pdf.cell(date_w, 5, dates, align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(W, 5, head, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Serif", "I", 9.5)
            for b in bullets:
                pdf.set_x(31)
                pdf.multi_cell(W - 6, 4.6, b, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
    return bytes(pdf.output())


# ---------------------------------------------------------------- 3. CV détaillé HDR
HDR_NAME = "Solène Karadeniz-Vautrin"
HDR = [
    (
        "1. Parcours professionnel",
        [
            "Depuis 2016 : Maîtresse de conférences (section CNU 60), Université de Brévannes-sur-Loire, Laboratoire de Mécanique des Fluides de Brévannes (LMFB, UMR 9123).",
            "2014–2016 : Post-doctorante, Institut Aéronautique de Vauclerc, équipe Turbulence et Combustion, sous la responsabilité de Maximilien Achour-Lebreton.",
        ],
    ),
    (
        "2. Formation",
        [
            "2014 : Doctorat de mécanique des fluides, Université de Montclair-d'Orbe. Thèse dirigée par Gaspard Lhermitte-Diallo et co-encadrée par Rozenn Kervella, soutenue le 4 décembre 2014 devant le jury composé de : Ambroise Tessier-Nkemelu (rapporteur), Clémence Vidal-Oduya (rapportrice), Yannick Le Berre (examinateur), Hortense Baudry-Salah (présidente), Gaspard Lhermitte-Diallo (directeur de thèse), Rozenn Kervella (co-encadrante).",
            "2011 : Master Mécanique et Énergétique, Université de Montclair-d'Orbe.",
        ],
    ),
    (
        "3. Encadrement doctoral",
        [
            "Mathis Bellanger-Oyelaran (2019–2022), thèse « Instabilités de sillage en écoulement pulsé », co-encadrement à 50 % avec Aurélien Castagnède (directeur de thèse). Soutenue le 12 décembre 2022. Devenir : ingénieur R&D chez Hydrélis.",
            "Lina Ouazzani-Ferrand (depuis 2022), thèse CIFRE avec Turbomeca-Sud, taux d'encadrement : 70 %, co-encadrant : Théo Marchal-Sidibé (directeur de thèse).",
            "Encadrement de stages de master 2 : Corentin Vasseur-Abdi (2023), Maëlys Rabier-Quintal (2021).",
        ],
    ),
    (
        "4. Participation à des jurys",
        [
            "Rapportrice de la thèse de Baptiste Lemarquis-Ndour, Université de Kervénec, 2023.",
            "Examinatrice de la thèse d'Éloïse Trabelsi-Morand, INSA de Valcombe, 2021.",
            "Présidente du jury de thèse de Gaël Fontanieu-Bassène, Université de Brévannes-sur-Loire, 2024.",
            "Membre du comité de suivi individuel de Hugo Pradelle-Koné (Université de Brévannes-sur-Loire, 2022–2024).",
            "Membre du comité de sélection pour le poste MCF 4123 (section 60), Université de Kervénec, 2022, présidé par Armand Delorme-Sacko.",
        ],
    ),
    (
        "5. Publications",
        [
            "[1] **S. Karadeniz-Vautrin**, M. Bellanger-Oyelaran, A. Castagnède. Sillage d'un cylindre en écoulement pulsé. Journal de Mécanique Appliquée, 48 (2022) 211–230.",
            "[2] L. Ouazzani-Ferrand, T. Marchal-Sidibé, **S. Karadeniz-Vautrin**. Refroidissement par film sur aube rotative. Revue Française de Thermique, 12 (2024) 5–19.",
            "[3] **S. Karadeniz-Vautrin**, M. Achour-Lebreton. Flammes prémélangées en régime pulsé. Combustion et Flammes, 171 (2016) 90–104.",
        ],
    ),
]


def hdr_cv() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", "Sans-I", format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Sans", "B", 15)
    pdf.cell(0, 8, "Curriculum vitae détaillé", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10.5)
    pdf.cell(
        0,
        6,
        HDR_NAME + " — Dossier de candidature à l'habilitation à diriger des recherches",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    for title, items in HDR:
        pdf.set_font("Sans", "B", 11.5)
        pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for item in items:
            pdf.set_x(24)
            pdf.set_font("Sans", "", 9.5)
            pdf.multi_cell(166, 4.7, item, markdown=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        pdf.ln(2)
    return bytes(pdf.output())


# ---------------------------------------------------------------- 4. American CV
US_NAME = "Delphine Okonkwo-Harrigan"
US = [
    (
        "ACADEMIC POSITIONS",
        [
            "2018–present  Professor, Department of Educational Psychology, Sutter Valley State University",
            "2012–2018  Associate Professor, Department of Educational Psychology, Sutter Valley State University",
        ],
    ),
    (
        "EDUCATION",
        [
            "2010  Ph.D., Educational Psychology, University of Marlow Heights. Advisor: Clarence Ybarra-Whitfield",
            "2005  B.S., Psychology, Pinecrest College",
        ],
    ),
    (
        "POSTDOCTORAL SCHOLARS MENTORED",
        [
            "Jun-seo Albright-Nkosi, 2019–2021 (now Assistant Professor, Rivermouth University)",
            "Teodora Vasilescu-Grant, 2022–2024",
        ],
    ),
    (
        "GRADUATE STUDENTS SUPERVISED (CHAIR)",
        [
            "Marcus Delgado-Fairweather, Ph.D., 2016",
            "Anjali Sorensen-Mbatha, Ph.D., 2020",
            "Quinn Halloway-Tsai, Ph.D. candidate (expected 2026)",
        ],
    ),
    (
        "GRADUATE STUDENTS SUPERVISED (COMMITTEE MEMBER)",
        [
            "Beatriz Oyelowo-Chandler, Ph.D., 2017",
            "Kenji Whitlock-Abara, Ph.D., 2021",
            "Rosalind Ferreira-Kagame, Ed.D., 2023",
        ],
    ),
    (
        "PUBLICATIONS",
        [
            "Okonkwo-Harrigan, D., Delgado-Fairweather, M., Sorensen-Mbatha, A., Albright-Nkosi, J., & Ybarra-Whitfield, C. (2020). Growth mindset interventions in rural middle schools: A multisite replication. Journal of Educational Psychology Research, 112(4), 733–751.",
            "Albright-Nkosi, J., Halloway-Tsai, Q., Lindgren-Obi, H., Castellanos-Reyes, P., Nakamura-Ellis, T., & Okonkwo-Harrigan, D. (2022). Measurement invariance of the Academic Self-Efficacy Scale across language groups. Educational Measurement Quarterly, 41(2), 118–139.",
            "Vasilescu-Grant, T., & Okonkwo-Harrigan, D. (2024). Teacher feedback and persistence. In R. Montgomery-Azikiwe (Ed.), Handbook of Motivation in Schools (pp. 45–67). Halden Press.",
        ],
    ),
    (
        "GRANTS",
        [
            "Institute of Education Sciences, Goal 3 Efficacy Study (PI: Okonkwo-Harrigan; Co-PI: Winifred Santangelo-Bui), 2019–2023.",
        ],
    ),
    (
        "SERVICE",
        [
            "Chair, University Promotion and Tenure Committee, 2022–2023.",
            "Member, dean search committee chaired by Provost Archibald Nwachukwu-Lyle, 2021.",
        ],
    ),
]


def us_cv() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", format="Letter")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    W = 215.9 - 50
    pdf.set_font("Serif", "B", 15)
    pdf.cell(W, 8, US_NAME.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.5)
    pdf.cell(
        W,
        5,
        "Curriculum Vitae · Sutter Valley State University · dokonkwo@svsu.example",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    for title, items in US:
        pdf.set_font("Serif", "B", 10.5)
        pdf.cell(W, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.5)
        for item in items:
            pdf.set_font("Serif", "", 9.8)
            if "  " in item:
                when, _, rest = item.partition("  ")
                y = pdf.get_y()
                pdf.cell(28, 4.8, when)
                pdf.set_xy(25 + 28, y)
                pdf.multi_cell(W - 28, 4.8, rest, new_x="LMARGIN", new_y="NEXT")
            else:
                # APA hanging indent: the first line flush left, the rest indented
                pdf.set_x(25)
                pdf.multi_cell(W, 4.8, item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        pdf.ln(2)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b201_en_two_column_dates_left.pdf").write_bytes(two_column())
    (HERE / "b201_en_word_dot_leaders.pdf").write_bytes(word_cv())
    (HERE / "b201_fr_cv_detaille_hdr.pdf").write_bytes(hdr_cv())
    (HERE / "b201_en_us_committee_lists.pdf").write_bytes(us_cv())
