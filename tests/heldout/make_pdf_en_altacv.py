"""Render ``en_altacv.pdf``: an English CV in the AltaCV two-column look (name and tagline
across the top, a wide left column with experience and publications, a narrow right column
with education, supervision and referees; each entry a bold title, a coloured organisation
line and a small date line).

Run ``.venv/bin/python tests/heldout/make_pdf_en_altacv.py`` to rewrite the PDF; the people
and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, column, new_pdf, ruled_title

Entry = tuple[str, str, str, list[str]]  # title, organisation, dates, bullet lines
LEFT: list[tuple[str, list[Entry]]] = [
    (
        "Experience",
        [
            (
                "Senior Research Scientist",
                "Mireval Institute for Climate Research",
                "Sept 2021 - Ongoing",
                ["Leads the regional downscaling team (5 people)."],
            ),
            (
                "Postdoctoral Research Associate",
                "Department of Meteorology, University of Carnhollow",
                "Oct 2018 - Aug 2021",
                ["Worked with Prof. Evander Lachance-Mbatha on convective extremes."],
            ),
        ],
    ),
    (
        "Publications",
        [
            (
                "Convective extremes in a warming Sahel",
                "Journal of Climate, 2022",
                "",
                ["Tshabalala-Wren N., Lachance-Mbatha E., Kovacevic-Ohr I."],
            ),
            (
                "Storm tracks in kilometre-scale models",
                "Climate Dynamics, 2020",
                "",
                ["Tshabalala-Wren N., Aldana-Frost P., Lachance-Mbatha E."],
            ),
        ],
    ),
]
RIGHT: list[tuple[str, list[str]]] = [
    (
        "Education",
        [
            "Ph.D. in Atmospheric Physics",
            "University of Quellmoor",
            "2014 - 2018",
            "Supervisor: Dr. Hollis Arkwright-Diop",
            "M.Sc. Physics",
            "Witwater University",
            "2012 - 2014",
        ],
    ),
    (
        "Students",
        [
            "Ilse Kovacevic-Ohr (PhD, co-supervised, 2022 - )",
            "Bram Oosterhuis (MSc intern, 2023)",
        ],
    ),
    (
        "Referees",
        [
            "Prof. Evander Lachance-Mbatha",
            "University of Carnhollow",
            "Dr. Hollis Arkwright-Diop",
            "University of Quellmoor",
        ],
    ),
    ("Languages", ["English, isiZulu, Dutch"]),
]

RED = (140, 40, 40)  # AltaCV's accent colour


def altacv() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_xy(12, 12)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(186, 10, "Nomvula Tshabalala-Wren", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(12)
    pdf.set_font("Sans", "", 11)
    pdf.set_text_color(
        *RED,
    )
    pdf.cell(186, 6, "Climate scientist · regional modelling", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_x(12)
    pdf.set_font("Sans", "", 8)
    pdf.cell(
        186,
        5,
        "ntw@mireval.example.org   |   Mireval, Netherlands   |   orcid.org/0000-0003-1415-9265",
    )
    y = 36
    for title, entries in LEFT:
        ruled_title(pdf, 12, y, 112, title.upper(), 13, RED)
        y += 10
        for name, organisation, dates, lines in entries:
            pdf.set_xy(12, y)
            pdf.set_font("Sans", "B", 10)
            pdf.multi_cell(112, 5, name)
            y = pdf.get_y()
            pdf.set_xy(12, y)
            pdf.set_font("Sans", "", 9)
            pdf.set_text_color(
                *RED,
            )
            pdf.multi_cell(112, 4.6, organisation)
            pdf.set_text_color(0, 0, 0)
            y = pdf.get_y()
            if dates:
                pdf.set_xy(12, y)
                pdf.set_font("Sans", "", 8)
                pdf.cell(112, 4.5, dates)
                y += 4.5
            pdf.set_font("Sans", "", 9)
            y = column(pdf, 14, y, 110, 4.6, ["• " + line for line in lines])
            y += 3
        y += 3
    y = 36
    for title, lines in RIGHT:
        ruled_title(pdf, 134, y, 64, title.upper(), 13, RED)
        pdf.set_font("Sans", "", 8.5)
        y = column(pdf, 134, y + 10, 64, 4.5, lines, 0.5)
        y += 4
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "en_altacv.pdf").write_bytes(altacv())
