"""Render b100_en_awesome_cv_sidebar.pdf: an Awesome-CV-like résumé with a coloured sidebar
(contact, languages, skills and a "Referees" block with names and affiliations), the main
column's section titles with their first letters in colour, each entry's title bold on the
left with its place right-aligned, its role in small caps below with the dates right-aligned,
then bullet points.  Traps: referees, a grant's PI, an editorial board, a co-taught course.

Run ``.venv/bin/python make_pdf_b100_en_awesome_cv_sidebar.py`` beside this file; the
people and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

NAME = "Thandiwe Mokoena-Arnesen"
ROLE = "Assistant Professor · Marine Ecology"
SIDEBAR: list[tuple[str, list[str]]] = [
    (
        "Contact",
        [
            "Dept. of Ocean Sciences",
            "Harrowgate University",
            "t.mokoena-arnesen@harrowgate.example.ac.uk",
            "orcid 0000-0000-0000-0000",
        ],
    ),
    ("Languages", ["English (native)", "isiZulu (native)", "Norwegian (B2)"]),
    ("Skills", ["R · Stan · Ecopath", "stable isotopes", "scientific diving (HSE)"]),
    (
        "Referees",
        [
            "Prof. Margarethe Oyelowo-Strand",
            "University of Kelvedon",
            "",
            "Dr. Eirik Haugsvær-Lindqvist",
            "Institute for Marine Research, Bergsvik",
            "",
            "Prof. Yusuf Adebayo-Crane",
            "Harrowgate University",
            "",
            "Contact details available upon request.",
        ],
    ),
]
# (title, place, role, dates, bullets)
MAIN: list[tuple[str, list[tuple[str, str, str, str, list[str]]]]] = [
    (
        "Experience",
        [
            (
                "Harrowgate University",
                "Harrowgate, UK",
                "Assistant Professor, Department of Ocean Sciences",
                "Sep 2021 – Present",
                [
                    "Lead the Coastal Food Webs Lab (2 PhD students, 1 technician).",
                    "Module convenor for BIO2043 Marine Ecosystems, co-taught with "
                    "Dr. Hamish Ruaraidh-Boyd.",
                ],
            ),
            (
                "Institute for Marine Research",
                "Bergsvik, Norway",
                "Postdoctoral Research Fellow",
                "Jan 2018 – Aug 2021",
                [
                    "Hosted by Dr. Eirik Haugsvær-Lindqvist in the Pelagic Ecology group; "
                    "krill–herring coupling in the Barents shelf.",
                ],
            ),
        ],
    ),
    (
        "Education",
        [
            (
                "University of Kelvedon",
                "Kelvedon, UK",
                "Ph.D. in Biological Oceanography",
                "2014 – 2017",
                [
                    "Thesis: Trophic plasticity of estuarine fishes under warming.",
                    "Advisors: Prof. Margarethe Oyelowo-Strand and Dr. Rafael Quintanilla.",
                    "Examiners: Prof. Ingeborg Sæther (external), "
                    "Dr. Callum Breckenridge (internal).",
                ],
            ),
            (
                "University of Port Elandsbaai",
                "Port Elandsbaai, South Africa",
                "M.Sc. in Marine Biology (cum laude)",
                "2011 – 2013",
                [
                    "Dissertation supervised by Dr. Sipho Ndlovu-Hartmann.",
                ],
            ),
        ],
    ),
    (
        "Supervision",
        [
            (
                "Anahera Tūhoe-Whitcombe",
                "Ph.D., ongoing",
                "Primary supervisor, with Dr. Lorcan Fitzmaurice",
                "2022 – ",
                [],
            ),
            (
                "Dmitri Ostapenko-Reyes",
                "Ph.D., ongoing",
                "Sole supervisor",
                "2023 – ",
                [],
            ),
            (
                "Baek Jun-seo",
                "M.Res. thesis",
                "Supervisor",
                "2022",
                [],
            ),
        ],
    ),
    (
        "Grants",
        [
            (
                "NERC Standard Grant “SHELFLINK”",
                "£612k",
                "Co-Investigator (PI: Prof. Gwendolyn Ashcombe)",
                "2023 – 2026",
                [],
            ),
        ],
    ),
    (
        "Service",
        [
            (
                "Marine Ecology Reviews",
                "",
                "Associate Editor (Editor-in-Chief: Dr. Pilar Etxeberria)",
                "2022 – ",
                [],
            ),
        ],
    ),
    (
        "Selected Publications",
        [
            (
                "",
                "",
                "",
                "2024",
                [
                    "A. Tūhoe-Whitcombe, T. Mokoena-Arnesen, L. Fitzmaurice. Seagrass "
                    "loss reorganises juvenile fish diets. Marine Ecology Progress Series "
                    "731, 45–61.",
                ],
            ),
            (
                "",
                "",
                "",
                "2020",
                [
                    "T. Mokoena-Arnesen, E. Haugsvær-Lindqvist. Krill swarms set herring "
                    "condition on the shelf. ICES Journal of Marine Science 77, 1203–1215.",
                ],
            ),
            (
                "",
                "",
                "",
                "2017",
                [
                    "T. Mokoena-Arnesen, R. Quintanilla, M. Oyelowo-Strand. Warming "
                    "shifts the trophic niche of estuarine gobies. Estuaries and Coasts "
                    "40, 988–1001.",
                ],
            ),
        ],
    ),
]
ACCENT = (220, 53, 69)
SIDE = (44, 62, 80)


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", "Sans-I", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(*SIDE)
    pdf.rect(0, 0, 62, 297, style="F")
    pdf.set_text_color(255, 255, 255)
    y = 16.0
    for title, lines in SIDEBAR:
        pdf.set_xy(6, y)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(50, 6, title.upper())
        pdf.set_draw_color(255, 255, 255)
        pdf.line(6, y + 6.5, 56, y + 6.5)
        y += 8.5
        pdf.set_font("Sans", "", 7.6)
        for line in lines:
            pdf.set_xy(6, y)
            pdf.multi_cell(50, 3.8, line)
            y = pdf.get_y() + (0.3 if line else 0.8)
        y += 5
    pdf.set_text_color(0, 0, 0)
    left, right = 70, 200
    pdf.set_xy(left, 12)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(0, 10, NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(left, 22)
    pdf.set_font("Sans", "", 10)
    pdf.set_text_color(*ACCENT)
    pdf.cell(0, 6, ROLE)
    pdf.set_text_color(0, 0, 0)
    y = 32.0
    for title, entries in MAIN:
        y += 2
        pdf.set_xy(left, y)
        pdf.set_font("Sans", "B", 12.5)
        pdf.set_text_color(*ACCENT)
        pdf.cell(pdf.get_string_width(title[:3]), 7, title[:3])
        pdf.set_text_color(40, 40, 40)
        pdf.cell(60, 7, title[3:])
        pdf.set_draw_color(160, 160, 160)
        pdf.line(left + 2 + pdf.get_string_width(title) + 2, y + 3.5, right, y + 3.5)
        y += 8.5
        for head, place, role, dates, bullets in entries:
            if head:
                pdf.set_text_color(0, 0, 0)
                pdf.set_font("Sans", "B", 9.5)
                pdf.set_xy(left, y)
                pdf.cell(80, 4.8, head)
                pdf.set_font("Sans", "I", 8.5)
                pdf.set_text_color(*ACCENT)
                pdf.set_xy(right - 50, y)
                pdf.cell(50, 4.8, place, align="R")
                y += 4.8
                pdf.set_text_color(90, 90, 90)
                pdf.set_font("Sans", "", 8)
                pdf.set_xy(left, y)
                pdf.cell(100, 4.4, role.upper() if len(role) < 40 else role)
                pdf.set_font("Sans", "I", 8)
                pdf.set_xy(right - 40, y)
                pdf.cell(40, 4.4, dates, align="R")
                y += 5
            else:
                pdf.set_font("Sans", "I", 8)
                pdf.set_text_color(90, 90, 90)
                pdf.set_xy(right - 14, y)
                pdf.cell(14, 4.2, dates, align="R")
            pdf.set_text_color(30, 30, 30)
            pdf.set_font("Sans", "", 8.3)
            for bullet in bullets:
                pdf.set_xy(left + 1, y)
                pdf.cell(3, 4.2, "•" if head else "")
                pdf.set_xy(left + 4, y)
                pdf.multi_cell(right - left - 20, 4.2, bullet)
                y = pdf.get_y() + 0.4
            y += 1.6
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(120, 120, 120)
    pdf.set_xy(left, 288)
    pdf.cell(right - left, 4, f"{NAME} · Curriculum Vitae · November 2026", align="C")
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b100_en_awesome_cv_sidebar.pdf").write_bytes(render())
