"""Render b72_en_cv_dates_column.pdf: a two-page CV whose narrow left column holds the
section titles and each entry's dates, the dates wrapped onto two lines ("Sep 2012 –" /
"Jun 2017") because the column is too narrow for them, the entries wrapped on the right.

Run ``.venv/bin/python make_pdf_b72_en_cv_dates_column.py`` beside this file; the people
and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

NAME = "Saoirse Vandermolen"
HEAD = [
    "Assistant Professor · Department of Earth and Planetary Sciences · Harlow Crest University",
    "s.vandermolen@harlowcrest.example.edu · orcid.org/0000-0002-7781-4410",
]
SECTIONS: list[tuple[str, list[tuple[list[str], str]]]] = [
    (
        "Education",
        [
            (
                ["Sep 2012 –", "Jun 2017"],
                "Ph.D. in Geophysics, University of Coldbrook. Dissertation: “Seismic "
                "anisotropy beneath cratonic keels”. Advisor: Prof. Bartholomew Achterberg. "
                "Committee: Dr. Lena Okonkwo-Reyes, Prof. Hamish Dunleavy.",
            ),
            (["Sep 2008 –", "May 2012"], "B.Sc. (Hons) in Physics, Trinity Vale College."),
        ],
    ),
    (
        "Appointments",
        [
            (
                ["Jul 2021 –", "present"],
                "Assistant Professor, Department of Earth and Planetary Sciences, Harlow "
                "Crest University.",
            ),
            (
                ["Oct 2017 –", "Jun 2021"],
                "Postdoctoral Fellow, Institut de Physique du Globe de Rennes-Vilaine, "
                "France. Host: Dr. Maëlle Kerbrat.",
            ),
        ],
    ),
    (
        "Advising",
        [
            (
                ["Aug 2022 –", "present"],
                "Tobias Engqvist-Mora, Ph.D. student (co-advised with Prof. Hamish Dunleavy).",
            ),
            (
                ["Jan 2022 –", "Dec 2024"],
                "Dr. Ifeoma Adeyemi-Clarke, postdoctoral researcher.",
            ),
            (
                ["Sep 2021 –", "May 2023"],
                "Priyanka Sethuraman, M.S. thesis “Receiver functions across the Harlow rift”.",
            ),
            (["Summer", "2023"], "Jonah Castellanos, undergraduate summer intern."),
        ],
    ),
    (
        "Thesis committees",
        [
            (
                ["2024"],
                "Ph.D. committee member for Ruth Abernathy-Kwan, Department of Geography, "
                "Harlow Crest University.",
            ),
            (
                ["2023"],
                "External examiner, Ph.D. thesis of Mathieu Gravel-Tessier, Université de "
                "Sherbrooke-Est.",
            ),
        ],
    ),
    (
        "Publications",
        [
            (
                ["2024"],
                "T. Engqvist-Mora, S. Vandermolen, H. Dunleavy. Anisotropic layering under "
                "the Harlow rift from joint inversion. Journal of Geophysical Research: Solid "
                "Earth 129, e2023JB027714.",
            ),
            (
                ["2023"],
                "I. Adeyemi-Clarke, S. Vandermolen. Splitting intensity tomography of a "
                "failed rift. Geophysical Journal International 234, 1201–1219.",
            ),
            (
                ["2022"],
                "P. Sethuraman, S. Vandermolen, M. Kerbrat, G. Oyelowo-Finch. Crustal "
                "thickness from stacked receiver functions. Seismological Research Letters "
                "93, 2450–2462.",
            ),
            (
                ["2020"],
                "S. Vandermolen, M. Kerbrat. Mantle flow around the Armorican keel. Earth "
                "and Planetary Science Letters 541, 116290.",
            ),
            (
                ["2018"],
                "S. Vandermolen, B. Achterberg, L. Okonkwo-Reyes. Frozen-in anisotropy of "
                "cratonic lithosphere. Nature Geoscience 11, 334–339.",
            ),
            (
                ["2016"],
                "S. Vandermolen, B. Achterberg. Shear-wave splitting at the Coldbrook "
                "array. Geophysical Research Letters 43, 8812–8820.",
            ),
        ],
    ),
    (
        "Teaching",
        [
            (
                ["2022 –", "present"],
                "GEOS 341 Seismology (co-taught with Prof. Hamish Dunleavy).",
            ),
        ],
    ),
]


def render() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", "Sans", format="Letter")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Serif", "B", 20)
    pdf.cell(0, 10, NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 8.5)
    for line in HEAD:
        pdf.cell(0, 4.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    left, width, right = 12, 26, 44
    for title, entries in SECTIONS:
        if pdf.get_y() > 235:
            pdf.add_page()
        pdf.ln(3)
        top = pdf.get_y()
        pdf.set_font("Serif", "B", 11)
        pdf.set_xy(left, top)
        pdf.cell(width, 6, title)
        pdf.set_draw_color(150, 150, 150)
        pdf.line(right, top + 6, 200, top + 6)
        pdf.set_y(top + 8)
        for dates, text in entries:
            if pdf.get_y() > 245:
                pdf.add_page()
            top = pdf.get_y()
            pdf.set_font("Sans", "", 8)
            pdf.set_text_color(90, 90, 90)
            for index, part in enumerate(dates):
                pdf.set_xy(left, top + 4.2 * index)
                pdf.cell(width, 4.2, part)
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Serif", "", 10)
            pdf.set_xy(right, top)
            pdf.multi_cell(160, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(pdf.get_y(), top + 4.2 * len(dates)) + 2)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b72_en_cv_dates_column.pdf").write_bytes(render())
