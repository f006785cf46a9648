"""Render b92_en_europass.pdf: a Europass-style CV — grey labels right-aligned in a left
column ("Dates", "Occupation or position held", "Name and address of employer", "Title of
qualification awarded", …), the values beside them on the right, the section titles in the
label column, the supervisors told inside "Main activities" and "Principal subjects".

Run ``.venv/bin/python make_pdf_b92_en_europass.py`` beside this file; the people and
places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

SECTIONS: list[tuple[str, list[list[tuple[str, str]]]]] = [
    (
        "Personal information",
        [
            [
                ("First name(s) / Surname(s)", "Nerea Ibarrondo Salcedo"),
                ("Address", "Calle Artekale 7, 48005 Ibaizabal (Spain)"),
                ("E-mail", "nerea.ibarrondo@valdecorza.example.es"),
                ("Nationality", "Spanish"),
            ]
        ],
    ),
    (
        "Work experience",
        [
            [
                ("Dates", "01/2021 → present"),
                ("Occupation or position held", "Tenure-track researcher (Programa Atalaya)"),
                (
                    "Main activities and responsibilities",
                    "Leader of the Homogeneous Catalysis group. Supervisor of the doctoral "
                    "theses of Marta Lluch-Oyarzun (2021–2025) and Iker Zubiaurre Ros "
                    "(since 2022).",
                ),
                (
                    "Name and address of employer",
                    "Universidad de Valdecorza, Facultad de Química, Avda. de los Tilos s/n, "
                    "Valdecorza (Spain)",
                ),
            ],
            [
                ("Dates", "09/2017 → 12/2020"),
                ("Occupation or position held", "Marie Skłodowska-Curie postdoctoral fellow"),
                (
                    "Main activities and responsibilities",
                    "Iron pincer complexes for CO2 hydrogenation, in the group of "
                    "Prof. Dr. Pieter-Jan Aalbersberg.",
                ),
                (
                    "Name and address of employer",
                    "Technische Hogeschool Veldhoven, Department of Chemical Engineering, "
                    "Veldhoven (The Netherlands)",
                ),
            ],
        ],
    ),
    (
        "Education and training",
        [
            [
                ("Dates", "10/2013 → 07/2017"),
                ("Title of qualification awarded", "PhD in Chemistry (International Mention)"),
                (
                    "Principal subjects / occupational skills covered",
                    "Thesis: “Cooperative ligands in ruthenium-catalysed dehydrogenation”. "
                    "Supervisors: Dr. Arantza Goikoetxea Mendi and Dr. Felipe Carrasco-Ulloa.",
                ),
                (
                    "Name and type of organisation providing education and training",
                    "Universidad de Ibaizabal (public university)",
                ),
            ],
            [
                ("Dates", "09/2008 → 06/2013"),
                ("Title of qualification awarded", "Degree in Chemistry"),
                (
                    "Name and type of organisation providing education and training",
                    "Universidad de Ibaizabal",
                ),
            ],
        ],
    ),
    (
        "Additional information",
        [
            [
                (
                    "Doctoral examination committees",
                    "Member of the PhD examination committee of Jon Arrieta Olabe "
                    "(Universidad de Ibaizabal, 2023).",
                ),
                (
                    "Selected publications",
                    "Lluch-Oyarzun, M.; Ibarrondo Salcedo, N. Manganese hydrides in ester "
                    "reduction. ACS Catalysis 2024, 14, 2210–2221.",
                ),
                (
                    "",
                    "Ibarrondo Salcedo, N.; Aalbersberg, P.-J. Metal–ligand cooperation in iron "
                    "pincer systems. Chemical Science 2020, 11, 5102–5110.",
                ),
                (
                    "",
                    "Ibarrondo Salcedo, N.; Carrasco-Ulloa, F.; Goikoetxea Mendi, A. Outer-sphere "
                    "dehydrogenation of formic acid. Organometallics 2016, 35, 3381–3390.",
                ),
            ]
        ],
    ),
]


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", format="A4")
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    pdf.set_font("Sans", "B", 15)
    pdf.cell(62, 9, "Europass", align="R")
    pdf.set_font("Sans", "", 11)
    pdf.cell(0, 9, "  Curriculum Vitae", new_x="LMARGIN", new_y="NEXT")
    label_x, label_w, value_x, value_w = 10, 60, 76, 122
    pdf.set_draw_color(160, 160, 160)
    for title, groups in SECTIONS:
        pdf.ln(4)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_x(label_x)
        pdf.cell(label_w, 6, title, align="R", new_x="LMARGIN", new_y="NEXT")
        for group in groups:
            for label, value in group:
                if pdf.get_y() > 265:
                    pdf.add_page()
                top = pdf.get_y()
                pdf.set_font("Sans", "", 8)
                pdf.set_text_color(110, 110, 110)
                pdf.set_xy(label_x, top)
                pdf.multi_cell(label_w, 4.2, label, align="R")
                below = pdf.get_y()
                pdf.set_text_color(0, 0, 0)
                pdf.set_font("Sans", "", 9)
                pdf.set_xy(value_x, top)
                pdf.multi_cell(value_w, 4.6, value)
                pdf.set_y(max(below, pdf.get_y()) + 1)
            pdf.line(value_x - 3, pdf.get_y(), value_x - 3, pdf.get_y())
            pdf.ln(2)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b92_en_europass.pdf").write_bytes(render())
