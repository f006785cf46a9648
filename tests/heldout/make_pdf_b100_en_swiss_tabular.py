"""Render b100_en_swiss_tabular.pdf: a Swiss/German-style tabular "Curriculum Vitae" in
English, set like a LaTeX tabular CV — "Personal details" (date of birth, citizenship,
marital status), headings in faked small capitals, the dates in a bold left column and the
entries justified on the right with words hyphenated across lines ("super-" / "vised",
"Nygård-" / "Mensah").  The doctorate names its supervisor and its co-examiner (second
reviewer); traps: exercise classes under a lecturer, an appointment committee, references.

Run ``.venv/bin/python make_pdf_b100_en_swiss_tabular.py`` beside this file; the people and
places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

NAME = "Dr. Selina Zimmermann-Okonjo"
PERSONAL = [
    ("Date of birth", "3 May 1989"),
    ("Citizenship", "Swiss and Nigerian"),
    ("Marital status", "married, two children"),
    ("Address", "Alpine Institute for Materials Research, 5232 Villigen-Nord, Switzerland"),
]
# (section, [(dates, [pre-broken lines])]) — each line as LaTeX broke it
SECTIONS: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "Current position",
        [
            (
                "since 02/2022",
                [
                    "Group leader (SNSF Ambizione fellow), Laboratory for Neutron Scat-",
                    "tering, Alpine Institute for Materials Research (AIMR), Villigen-Nord",
                ],
            ),
        ],
    ),
    (
        "Previous positions",
        [
            (
                "2018 – 2022",
                [
                    "Postdoctoral researcher at the Norwegian University of Nidaros,",
                    "Trondheim, in the quantum materials group of Prof. Kari Nygård-",
                    "Mensah (SNSF Early Postdoc.Mobility fellowship 2018–2019)",
                ],
            ),
            (
                "2017 – 2018",
                [
                    "Scientific staff member, Department of Physics, University of",
                    "Lindenhof",
                ],
            ),
        ],
    ),
    (
        "Education",
        [
            (
                "2013 – 2017",
                [
                    "Doctoral studies in physics, University of Lindenhof (Dr. phil. nat.,",
                    "summa cum laude). Thesis: Spin dynamics in frustrated kagome magnets, super-",
                    "vised by Prof. Dr. Reto Gubler-Amstutz; co-examiner:",
                    "Prof. Dr. Amélie Vonlanthen (Université de Fribourg-Sarine)",
                ],
            ),
            (
                "2007 – 2013",
                [
                    "Studies in physics (BSc 2011, MSc 2013), University of Lindenhof.",
                    "Master's thesis (2012–2013) in the group of Prof. Dr. Beat",
                    "Imhof-Salvisberg on muon spin rotation in thin films",
                ],
            ),
            ("2001 – 2007", ["Kantonsschule Seeland, Matura (Typus C)"]),
        ],
    ),
    (
        "Supervision",
        [
            (
                "since 2022",
                [
                    "Jonas Frei, doctoral student (main supervisor; formal doctoral",
                    "advisor Prof. Dr. Reto Gubler-Amstutz, University of Lindenhof)",
                ],
            ),
            (
                "since 2023",
                [
                    "Mei-Ling Tschudin-Wang, doctoral student, jointly super-",
                    "vised with Prof. Dr. Kari Nygård-Mensah",
                ],
            ),
            ("2023", ["Nicola Bernasconi, Master's thesis, University of Lindenhof"]),
        ],
    ),
    (
        "Teaching",
        [
            (
                "2014 – 2017",
                [
                    "Exercise classes for Physics II and Solid State Physics (lecturer:",
                    "Prof. Dr. Hansruedi Stucki), University of Lindenhof",
                ],
            ),
        ],
    ),
    (
        "Service",
        [
            (
                "2023",
                [
                    "Member of the appointment committee for the professorship in",
                    "experimental condensed matter physics, University of Lindenhof",
                ],
            ),
        ],
    ),
    (
        "Selected publications",
        [
            (
                "2024",
                [
                    "J. Frei, S. Zimmermann-Okonjo, R. Gubler-Amstutz, Magnon",
                    "bands of a breathing kagome lattice, Phys. Rev. B 109, 064412",
                ],
            ),
            (
                "2021",
                [
                    "S. Zimmermann-Okonjo, K. Nygård-Mensah, Field-tuned spin liquid",
                    "in a layered vanadate, Phys. Rev. Lett. 126, 177201",
                ],
            ),
            (
                "2017",
                [
                    "S. Zimmermann-Okonjo, A. Vonlanthen, R. Gubler-Amstutz, Spin",
                    "freezing in kagome jarosites, Phys. Rev. B 95, 214409",
                ],
            ),
        ],
    ),
    (
        "References",
        [
            (
                "",
                [
                    "Prof. Dr. Reto Gubler-Amstutz, University of Lindenhof",
                    "Prof. Dr. Kari Nygård-Mensah, Norwegian University of Nidaros",
                    "Prof. Dr. Hansruedi Stucki, University of Lindenhof",
                    "Further references available upon request.",
                ],
            ),
        ],
    ),
]


def small_caps(pdf, x: float, y: float, text: str) -> None:
    """LaTeX's \\textsc: the capital at full size, the other letters as small capitals."""
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 11.5)
    pdf.cell(pdf.get_string_width(text[0]), 6, text[0])
    pdf.set_font("Serif", "", 8.8)
    pdf.cell(pdf.get_string_width(text[1:].upper()), 6, text[1:].upper())


def render() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", format="A4")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Serif", "B", 17)
    pdf.cell(0, 9, "Curriculum Vitae", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 12)
    pdf.cell(0, 7, NAME, align="C", new_x="LMARGIN", new_y="NEXT")
    left, body = 22, 56
    y = pdf.get_y() + 3
    small_caps(pdf, left, y, "Personal details")
    y += 7
    pdf.line(left, y, 188, y)
    y += 1.5
    for label, value in PERSONAL:
        pdf.set_font("Serif", "B", 9.3)
        pdf.set_xy(left, y)
        pdf.cell(32, 4.8, label)
        pdf.set_font("Serif", "", 9.3)
        pdf.set_xy(body, y)
        pdf.cell(0, 4.8, value)
        y += 4.8
    for title, entries in SECTIONS:
        if y > 262:
            pdf.add_page()
            y = 20
        y += 3
        small_caps(pdf, left, y, title)
        y += 7
        pdf.line(left, y, 188, y)
        y += 1.5
        for dates, lines in entries:
            pdf.set_font("Serif", "B", 9.3)
            pdf.set_xy(left, y)
            pdf.cell(32, 4.8, dates)
            pdf.set_font("Serif", "", 9.3)
            for line in lines:
                pdf.set_xy(body, y)
                pdf.cell(132, 4.8, line)
                y += 4.8
            y += 1.2
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b100_en_swiss_tabular.pdf").write_bytes(render())
