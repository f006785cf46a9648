"""Render the four b208 held-out PDFs: thesis front matter as a crawler meets it.

(1) a French "page de garde" of a thèse de doctorat with the jury as a four-column table
(nom, grade, établissement, rôle) and a "Remerciements" page; (2) a US dissertation with a
title page, a committee approval page with signature lines and acknowledgements; (3) a
Commonwealth thesis whose declaration page lists supervisors and examiners (internal /
external) in a two-column panel; (4) a French HDR cover with its jury and a short CV page.

Run ``.venv/bin/python make_pdf_b208.py`` beside this file; the people and places are
fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf


def centred(pdf, lines, gap=2.0):
    for style, size, text in lines:
        pdf.set_font("Serif", style, size)
        if text:
            pdf.multi_cell(0, size * 0.55, text, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap + (0 if text else size * 0.4))


def paragraphs(pdf, paras, size=11, lh=5.6, gap=3.0):
    pdf.set_font("Serif", "", size)
    for para in paras:
        pdf.multi_cell(0, lh, para, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)


# ------------------------------------------------------------ 1. thèse, page de garde
FR_JURY = [
    ("Hervé QUÉMÉNEUR", "Professeur", "Université de Cornouaille-Odet", "Président"),
    (
        "Isaline BRUNSCHWIG-ADJOVI",
        "Directrice de recherche",
        "Institut polytechnique de Garonne-Save",
        "Rapporteuse",
    ),
    ("Théophane LECLAIREUR", "Professeur", "Université de Haute-Meuse", "Rapporteur"),
    (
        "Noémie FAUCHEROT",
        "Maîtresse de conférences HDR",
        "Université de Brocéliande-Armor",
        "Examinatrice",
    ),
    ("Dragan VUKOSAVLJEVIC", "Professeur", "École centrale de Saône-Doubs", "Examinateur"),
    ("Yannick LE GOASDUFF", "Professeur", "Université de Brocéliande-Armor", "Directeur de thèse"),
    (
        "Pauline ROCHEBRUNE-AZOULAY",
        "Maîtresse de conférences",
        "Université de Brocéliande-Armor",
        "Co-encadrante de thèse",
    ),
    ("Marc-Olivier DESJARDINS-THIAM", "Ingénieur de recherche", "Armorsignal SAS", "Invité"),
]
FR_THANKS = [
    "Je tiens tout d'abord à remercier Yannick Le Goasduff, qui a dirigé cette thèse avec "
    "patience et exigence, ainsi que Pauline Rochebrune-Azoulay pour son encadrement au "
    "quotidien et ses relectures minutieuses.",
    "Je remercie chaleureusement Isaline Brunschwig-Adjovi et Théophane Leclaireur d'avoir "
    "accepté de rapporter ce manuscrit, ainsi que Hervé Quéméneur qui m'a fait l'honneur "
    "de présider le jury. Merci également à Noémie Faucherot et Dragan Vukosavljevic pour "
    "leurs questions lors de la soutenance.",
    "Merci aux membres de mon comité de suivi individuel, Armelle Kerjean et Bastien "
    "Toullec, pour leurs conseils bienveillants chaque année. Je remercie Gildas "
    "Poulmarc'h, directeur du laboratoire, de m'avoir accueillie au sein de l'équipe.",
    "Cette thèse a été financée par le projet ANR HOULE-NUM, porté par Corentin Le Bihan, "
    "que je remercie pour sa confiance. J'ai eu la chance d'enseigner aux côtés de Maïwenn "
    "Guéguen et d'Erwan Caradec en licence d'informatique.",
    "Enfin, merci à mes camarades doctorants, Tiphaine, Loïc et Awa, et à ma famille.",
]


def render_fr_these() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", "Serif-I", "Sans", "Sans-B", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Sans", "B", 13)
    pdf.set_text_color(0, 70, 120)
    pdf.set_xy(15, 12)
    pdf.cell(90, 6, "UNIVERSITÉ DE")
    pdf.set_xy(15, 18)
    pdf.cell(90, 6, "BROCÉLIANDE-ARMOR")
    pdf.set_xy(140, 12)
    pdf.set_font("Sans", "B", 10)
    pdf.multi_cell(55, 5, "ÉCOLE DOCTORALE\nMATHSTIC-OUEST", align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(15, 40)
    pdf.set_font("Sans", "B", 20)
    pdf.cell(0, 10, "THÈSE DE DOCTORAT DE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 12)
    pdf.cell(0, 7, "L'UNIVERSITÉ DE BROCÉLIANDE-ARMOR", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    for line in (
        "École Doctorale n° 644",
        "Mathématiques et Sciences et Technologies de l'Information et de la Communication",
        "Spécialité : Informatique",
    ):
        pdf.cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "", 11)
    pdf.cell(0, 6, "Par", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "B", 15)
    pdf.cell(0, 8, "Solène MARCHADIER-NKOULOU", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "B", 14)
    pdf.multi_cell(
        0,
        7,
        "Assimilation de données pour la prévision de la houle côtière par réseaux de "
        "neurones informés par la physique",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("Sans", "", 10)
    for line in (
        "Thèse présentée et soutenue à Vannes, le 8 décembre 2023",
        "Unité de recherche : Laboratoire d'Informatique et Signal de Vannes-Rhuys (LISVR), "
        "UMR 6712",
        "Thèse N° : 2023BRAR0219",
    ):
        pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 7, "Composition du Jury :", new_x="LMARGIN", new_y="NEXT")
    widths = (52, 42, 56, 30)
    pdf.set_font("Sans", "B", 8)
    for w, head in zip(widths, ("Nom", "Grade", "Établissement", "Rôle"), strict=True):
        pdf.cell(w, 6, head, border="B")
    pdf.ln(6)
    pdf.set_font("Sans", "", 8)
    for row in FR_JURY:
        y = pdf.get_y()
        x = pdf.l_margin
        heights = []
        for w, text in zip(widths, row, strict=True):
            pdf.set_xy(x, y)
            pdf.multi_cell(w, 4.5, text)
            heights.append(pdf.get_y())
            x += w
        pdf.set_y(max(heights) + 1.5)
    pdf.add_page()
    pdf.set_font("Serif", "B", 16)
    pdf.cell(0, 12, "Remerciements", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    paragraphs(pdf, FR_THANKS)
    return bytes(pdf.output())


# ------------------------------------------------------------ 2. US dissertation
US_TITLE = [
    ("B", 15, "MICROFLUIDIC CONTROL OF BIOFILM ARCHITECTURE"),
    ("B", 15, "UNDER PULSATILE SHEAR"),
    ("", 12, ""),
    ("", 11, "by"),
    ("", 12, "Dominic Okonkwo-Lindahl"),
    ("", 12, ""),
    ("", 11, "A Dissertation Submitted to the Graduate Faculty of"),
    ("", 11, "Tallgrass State University"),
    ("", 11, "in Partial Fulfillment of the Requirements for the Degree of"),
    ("", 11, "DOCTOR OF PHILOSOPHY"),
    ("", 12, ""),
    ("", 11, "Department of Chemical and Biological Engineering"),
    ("", 11, "College of Engineering"),
    ("", 12, ""),
    ("", 11, "Wichita Bend, Kansas"),
    ("", 11, "May 2024"),
]
US_COMMITTEE = [
    (
        "Rebecca T. Hallworth",
        "Associate Professor of Chemical Engineering",
        "Dissertation Advisor, Chair of Committee",
    ),
    ("Javier Ontiveros-Pratt", "Professor of Chemical Engineering", "Committee Member"),
    ("Minh-Chau Tran-Delacroix", "Assistant Professor of Materials Science", "Committee Member"),
    ("Oluwaseun Adebayo-Kern", "Professor of Microbiology", "Outside Member"),
]
US_ACK = [
    "I owe the greatest debt to my advisor, Dr. Rebecca Hallworth, who let me build a "
    "pump out of spare parts in my first month and trusted me to break it many times "
    "after. I thank the members of my committee, Dr. Javier Ontiveros-Pratt, Dr. Minh-Chau "
    "Tran-Delacroix and Dr. Oluwaseun Adebayo-Kern, for their time and hard questions.",
    "Chapter 3 was written with Priya Venkataraman-Cole and Tobias Griesemer; thanks to "
    "both for many late nights at the confocal microscope. I am grateful to Dr. Lorraine "
    "Baptiste-Hwang, who taught the transport phenomena sequence in which I first "
    "met non-Newtonian flow, and to Dr. Anselm Kowalczyk, director of the Nanofab core.",
    "This work was supported by NSF award CBET-1849207 (PI: Dr. Harold Ferncastle) and by "
    "a Graduate Research Fellowship. Finally, to my parents and to Ingrid.",
]


def render_us() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", "Serif-I", format="letter")
    pdf.add_page()
    pdf.ln(28)
    centred(pdf, US_TITLE)
    pdf.add_page()
    pdf.ln(20)
    pdf.set_font("Serif", "B", 13)
    pdf.cell(0, 8, "DISSERTATION COMMITTEE APPROVAL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Serif", "", 11)
    pdf.multi_cell(
        0,
        6,
        "The dissertation of Dominic Okonkwo-Lindahl was reviewed and approved by the "
        "following members of the Dissertation Committee:",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(8)
    for name, title, role in US_COMMITTEE:
        pdf.line(pdf.l_margin + 60, pdf.get_y(), pdf.l_margin + 150, pdf.get_y())
        pdf.set_x(pdf.l_margin + 60)
        pdf.set_font("Serif", "", 11)
        pdf.cell(0, 6, name, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Serif", "I", 10)
        for line in (title, role):
            pdf.set_x(pdf.l_margin + 60)
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(9)
    pdf.line(pdf.l_margin + 60, pdf.get_y(), pdf.l_margin + 150, pdf.get_y())
    pdf.set_x(pdf.l_margin + 60)
    pdf.set_font("Serif", "", 11)
    pdf.cell(0, 6, "Graham P. Whitcombe", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "I", 10)
    pdf.set_x(pdf.l_margin + 60)
    pdf.cell(0, 5, "Professor and Head, Department of Chemical and Biological Engineering")
    pdf.add_page()
    pdf.set_font("Serif", "B", 13)
    pdf.cell(0, 10, "ACKNOWLEDGEMENTS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    paragraphs(pdf, US_ACK)
    return bytes(pdf.output())


# ------------------------------------------------------------ 3. Commonwealth thesis
NZ_TITLE = [
    ("B", 17, "Ngā Wai Tuku Kiko:"),
    ("B", 15, "Groundwater Nitrate Pathways beneath Intensively"),
    ("B", 15, "Grazed Pasture on the Rangitoto Plains"),
    ("", 12, ""),
    ("", 13, "Hemi Te Rangiwhetu-Marsh"),
    ("", 12, ""),
    ("I", 11, "A thesis submitted in fulfilment of the requirements for the degree of"),
    ("I", 11, "Doctor of Philosophy in Earth Sciences"),
    ("", 11, "School of Environment"),
    ("", 11, "Te Whare Wānanga o Kahurangi | University of Kahurangi"),
    ("", 11, "2022"),
]
NZ_PANEL = [
    ("Primary supervisor", "Associate Professor Fenella Baird-Okafor"),
    ("Co-supervisors", "Dr Tamsin Whareaitu"),
    ("", "Dr Lachlan Strathdee (Landcare Research Aotearoa)"),
    ("Internal examiner", "Professor Ruairi McGillivray"),
    ("External examiner", "Professor Annaliese Vogelsang, Monash-Yarra University"),
    ("Oral examination", "3 November 2022"),
]
NZ_DECL = (
    "I hereby declare that this thesis is my own work and that, to the best of my knowledge "
    "and belief, it contains no material previously published or written by another person "
    "except where due acknowledgement has been made in the text. Chapter 4 has been "
    "published as Te Rangiwhetu-Marsh, H., Whareaitu, T. and Baird-Okafor, F. (2021), "
    "Journal of Hydrology Aotearoa 60(2), 114-139."
)
NZ_ACK = [
    "Tēnā koutou. My deepest thanks to Fenella Baird-Okafor for her guidance across five "
    "field seasons, and to Tamsin Whareaitu and Lachlan Strathdee for their patience with "
    "my isotope spreadsheets.",
    "Thanks to the members of my thesis advisory panel, Dr Josephine Aperahama and "
    "Dr Brent Cudworth, for annual progress reviews, and to Dr Marguerite Selwyn, who "
    "chaired the oral examination. Farm access was arranged by Ruth and Tipene Kawhia.",
    "This research was funded by the Endeavour Fund programme led by Professor Ian "
    "Drummond-Leckie. I also thank Kiri Maxwell in the School office.",
]


def render_nz() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", "Serif-I", format="A4")
    pdf.add_page()
    pdf.ln(35)
    centred(pdf, NZ_TITLE)
    pdf.add_page()
    pdf.set_font("Serif", "B", 15)
    pdf.cell(0, 10, "Candidate's Declaration", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 11)
    pdf.multi_cell(0, 6, NZ_DECL, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.cell(0, 6, "Hemi Te Rangiwhetu-Marsh", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("Serif", "B", 13)
    pdf.cell(0, 8, "Supervision and examination", new_x="LMARGIN", new_y="NEXT")
    for label, value in NZ_PANEL:
        pdf.set_font("Serif", "B", 11)
        pdf.cell(48, 7, label)
        pdf.set_font("Serif", "", 11)
        pdf.cell(0, 7, value, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Serif", "B", 15)
    pdf.cell(0, 10, "Acknowledgements", new_x="LMARGIN", new_y="NEXT")
    paragraphs(pdf, NZ_ACK)
    return bytes(pdf.output())


# ------------------------------------------------------------ 4. HDR cover + CV
HDR_JURY = [
    ("Rapporteurs :", "Mme Carole DUVERNOY-ASSAMOI", "Professeure, Université de Picardie-Somme"),
    (
        "",
        "M. Anatole VERHAEGHE",
        "Directeur de recherche CNRS, Institut Lumière-Matière de Flandre",
    ),
    ("", "Mme Ines ZAPATERO-KLEIN", "Professeure, Universidad de Castilla-Duero"),
    ("Examinateurs :", "M. Baptiste ROUQUEYROL", "Professeur, Université Jean-Moulin-Forez"),
    ("", "Mme Sandrine PELLETIER-NJOYA", "Directrice de recherche, INRAE"),
    ("Garant :", "M. Octave DELAGRANGE", "Professeur, Université Jean-Moulin-Forez"),
]
HDR_CV = [
    (
        "Parcours",
        [
            "2007-2010  Doctorat en physique, Université de Lorraine-Moselle, sous la direction "
            "de Henri Vautrelle (soutenue le 2 décembre 2010).",
            "2011-2013  Chercheuse post-doctorale, Universität Oberrhein-Kaltbach (Allemagne), "
            "groupe de Wolfram Eichendorff.",
            "Depuis 2013  Maîtresse de conférences, Université Jean-Moulin-Forez, Laboratoire "
            "Hubert Curien-Forez (LHCF).",
        ],
    ),
    (
        "Encadrements doctoraux",
        [
            "Mathis Oberlé (2016-2019), co-direction à 50 % avec Octave Delagrange, "
            "aujourd'hui ingénieur chez Photonix.",
            "Yasmina Haddouche (2019-2023), encadrement à 70 %, dir. Octave Delagrange.",
            "Kilian Brossard (depuis 2022), co-encadrement avec Fabienne Mouchot.",
        ],
    ),
    (
        "Responsabilités",
        [
            "Membre élue du conseil de laboratoire (2018-2022) ; responsable du master "
            "Optique et photonique (2020-) ; membre de comités de sélection MCF (2019, 2021).",
        ],
    ),
]


def render_hdr() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", "Sans-I", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, "UNIVERSITÉ JEAN-MOULIN-FOREZ", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9)
    pdf.cell(
        0,
        5,
        "École doctorale 488 Sciences, Ingénierie, Santé",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(18)
    pdf.set_font("Sans", "B", 18)
    pdf.cell(
        0, 10, "HABILITATION À DIRIGER DES RECHERCHES", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("Sans", "", 11)
    pdf.cell(
        0,
        7,
        "Spécialité : Optique, photonique, hyperfréquences",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(8)
    pdf.set_font("Sans", "I", 10)
    pdf.cell(0, 6, "présentée par", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "B", 14)
    pdf.cell(0, 8, "Clémence ARDOUIN-MBEKI", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Sans", "B", 13)
    pdf.multi_cell(
        0,
        7,
        "Structuration laser femtoseconde de surfaces : des ondes plasmoniques aux "
        "fonctions biomimétiques",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(8)
    pdf.set_font("Sans", "", 10)
    pdf.cell(
        0,
        6,
        "Soutenue publiquement le 27 juin 2024 devant le jury composé de :",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    for label, name, where in HDR_JURY:
        pdf.set_font("Sans", "B", 9)
        pdf.cell(32, 5, label)
        pdf.set_font("Sans", "", 9)
        pdf.cell(62, 5, name)
        pdf.set_font("Sans", "I", 8)
        pdf.cell(0, 5, where, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Sans", "B", 14)
    pdf.cell(0, 9, "Curriculum vitae", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9)
    pdf.cell(
        0,
        5,
        "Clémence Ardouin-Mbeki, née en 1983, Maîtresse de conférences (section CNU 30)",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    for head, items in HDR_CV:
        pdf.set_font("Sans", "B", 11)
        pdf.cell(0, 7, head, border="B", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("Sans", "", 9.5)
        for item in items:
            pdf.multi_cell(0, 5, item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        pdf.ln(2)
    return bytes(pdf.output())


if __name__ == "__main__":
    for name, render in (
        ("b208_fr_these_page_garde_jury_tableau_remerciements", render_fr_these),
        ("b208_en_us_dissertation_committee_approval_signatures", render_us),
        ("b208_en_nz_thesis_declaration_supervisors_examiners", render_nz),
        ("b208_fr_hdr_couverture_jury_garant_cv", render_hdr),
    ):
        (HERE / f"{name}.pdf").write_bytes(render())
