"""Render b153_en_sidebar_skills_main.pdf: a two-column résumé made from an online design
template — a shaded left sidebar (contact, research skills, languages, "Referees",
"Professional service") running the full height of the page, and a right main column with
the name, a profile paragraph, appointments, education, mentoring and selected papers; each
entry's dates sit in small grey type above its title.  The page text therefore interleaves
sidebar and main-column lines.  Traps: the referees in the sidebar, an associate-editor
role with its editor-in-chief, a co-taught course, a grant panel, the page foot.

Run ``.venv/bin/python make_pdf_b153_en_sidebar_skills_main.py`` beside this file; the
people and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

NAME = "Marisol Quispe Huamán"
TITLE = "Assistant Professor · Glaciology & Ice-Sheet Modelling"
SIDEBAR = [
    (
        "CONTACT",
        [
            "Department of Earth Sciences",
            "University of Glenholm",
            "m.quispe@glenholm.example",
            "orcid.example/0000-0003-1234-5678",
        ],
    ),
    (
        "RESEARCH SKILLS",
        [
            "Ice-flow modelling (Elmer/Ice, ISSM)",
            "Radar stratigraphy",
            "Bayesian inversion",
            "Field campaigns: Greenland, Patagonia",
        ],
    ),
    ("LANGUAGES", ["Spanish, Quechua (native)", "English (fluent)", "Norwegian (B1)"]),
    (
        "REFEREES",
        [
            "Prof. Jonathan Pemberton-Achebe",
            "Kestrel University",
            "",
            "Dr Henrik Solberg-Aas",
            "Norrvik Polar Institute",
            "",
            "Prof. Camila Rojas-Whitfield",
            "University of Glenholm",
        ],
    ),
    (
        "PROFESSIONAL SERVICE",
        [
            "Associate Editor, Journal of Ice Dynamics (Editor-in-Chief: Prof. Ingrid "
            "Halvorsen), 2023–",
            "Panel member, Polar Science Grants Board, 2022",
            "Reviewer for Cryosphere Letters and Annals of Glaciometry",
        ],
    ),
]
PROFILE = (
    "Glaciologist working on basal sliding and subglacial hydrology of fast-flowing outlet "
    "glaciers, combining numerical models with airborne radar and field data."
)
MAIN = [
    (
        "Academic Appointments",
        [
            (
                "2021 – present",
                "Assistant Professor",
                "Department of Earth Sciences, University of Glenholm",
                "",
            ),
            (
                "2018 – 2021",
                "Postdoctoral Researcher",
                "Cryosphere Dynamics Group, Norrvik Polar Institute",
                "Host: Dr Henrik Solberg-Aas",
            ),
        ],
    ),
    (
        "Education",
        [
            (
                "2013 – 2018",
                "PhD in Glaciology",
                "Kestrel University",
                "Thesis: Subglacial drainage switching under surface melt. Advisor: Prof. "
                "Jonathan Pemberton-Achebe; co-advisor: Dr Ayaka Moriyama",
            ),
            ("2008 – 2013", "BSc in Geology", "Universidad Nacional de Qollqa", ""),
        ],
    ),
    (
        "Mentoring",
        [
            ("2022 – present", "Postdoctoral fellow: Dr Rafael Antunes Brito", "", ""),
            (
                "2021 – present",
                "PhD student: Siobhán Ní Bhriain",
                "",
                "co-advised with Prof. Elias Brandvold",
            ),
            ("2022 – present", "PhD student: Kwame Asante-Darko", "", "primary advisor"),
            ("2022 – 2023", "MSc thesis: Lotte van der Heijden", "", ""),
        ],
    ),
    (
        "Teaching",
        [
            (
                "2021 – present",
                "GEOS 310 Glacial Processes",
                "",
                "co-taught with Dr Fergus McAllister",
            ),
        ],
    ),
    (
        "Selected Publications",
        [
            (
                "2024",
                "",
                "",
                "Quispe Huamán, M., Ní Bhriain, S. and Brandvold, E. Seasonal switching of "
                "basal sliding at a tidewater outlet. Cryosphere Letters 18, 201–219.",
            ),
            (
                "2022",
                "",
                "",
                "Antunes Brito, R. and Quispe Huamán, M. Radar-inferred englacial temperature. "
                "Annals of Glaciometry 63, 44–58.",
            ),
            (
                "2020",
                "",
                "",
                "Quispe Huamán, M. and Solberg-Aas, H. Meltwater pulses and ice velocity. "
                "Journal of Ice Dynamics 66, 1023–1037.",
            ),
            (
                "2017",
                "",
                "",
                "Quispe Huamán, M., Moriyama, A. and Pemberton-Achebe, J. Channelised drainage "
                "beneath a Patagonian glacier. Geophysical Ice Review 44, 812–829.",
            ),
        ],
    ),
]


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", "Sans-I", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(232, 238, 242)
    pdf.rect(0, 0, 66, 297, style="F")
    y = 18.0
    for title, lines in SIDEBAR:
        pdf.set_xy(9, y)
        pdf.set_font("Sans", "B", 8.5)
        pdf.set_text_color(30, 70, 100)
        pdf.cell(50, 5, title)
        pdf.set_text_color(40, 40, 40)
        pdf.set_font("Sans", "", 7.6)
        y += 7
        for line in lines:
            pdf.set_xy(9, y)
            pdf.multi_cell(50, 3.9, line, align="L")
            y = pdf.get_y() + (0.6 if line else 1.5)
        y += 5
    pdf.set_text_color(0, 0, 0)
    x, w = 74.0, 124.0
    pdf.set_xy(x, 16)
    pdf.set_font("Sans", "B", 20)
    pdf.cell(w, 10, NAME)
    pdf.set_xy(x, 27)
    pdf.set_font("Sans", "", 9.5)
    pdf.set_text_color(30, 70, 100)
    pdf.cell(w, 5, TITLE)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x, 35)
    pdf.set_font("Sans", "I", 8.5)
    pdf.multi_cell(w, 4.3, PROFILE, align="L")
    y = pdf.get_y() + 4
    for section, entries in MAIN:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(30, 70, 100)
        pdf.cell(w, 6, section.upper())
        pdf.set_draw_color(30, 70, 100)
        pdf.line(x, y + 6.5, x + w, y + 6.5)
        pdf.set_text_color(0, 0, 0)
        y += 8.5
        for dates, title, org, note in entries:
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "", 7.2)
            pdf.set_text_color(120, 120, 120)
            pdf.cell(w, 3.6, dates)
            pdf.set_text_color(0, 0, 0)
            y += 3.8
            if title:
                pdf.set_xy(x, y)
                pdf.set_font("Sans", "B", 8.8)
                pdf.multi_cell(w, 4.3, title, align="L")
                y = pdf.get_y()
            if org:
                pdf.set_xy(x, y)
                pdf.set_font("Sans", "I", 8.5)
                pdf.multi_cell(w, 4.2, org, align="L")
                y = pdf.get_y()
            if note:
                pdf.set_xy(x, y)
                pdf.set_font("Sans", "", 8.3)
                pdf.multi_cell(w, 4.1, note, align="L")
                y = pdf.get_y()
            y += 2.2
        y += 2.5
    pdf.set_xy(74, 286)
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(124, 4, "Marisol Quispe Huamán · CV · updated January 2026 · page 1 of 1", align="R")
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b153_en_sidebar_skills_main.pdf").write_bytes(render())
