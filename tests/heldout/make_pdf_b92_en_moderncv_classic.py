"""Render b92_en_moderncv_classic.pdf: a moderncv "classic" CV — the dates and the item
labels ("thesis", "supervisors", "mentor") right-aligned in a narrow left column, each section
title in the right column behind a coloured rule that fills the left column, the entry's
title bold and its institution italic on the same line.

Run ``.venv/bin/python make_pdf_b92_en_moderncv_classic.py`` beside this file; the people
and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

NAME = ("Henrike", "Castellví")
HEAD = [
    "Senior Researcher in Natural Language Processing",
    "Brightwater Institute of Technology · Kessel Allee 12, 50321 Brightwater",
    "h.castellvi@brightwater.example.org · henrikecastellvi.example.net",
]
# (left column, bold title, italic part, further lines)
SECTIONS: list[tuple[str, list[tuple[str, str, str, list[str]]]]] = [
    (
        "Education",
        [
            (
                "2015–2019",
                "PhD in Computational Linguistics",
                "University of Vellmar, Germany",
                ["summa cum laude"],
            ),
            ("thesis", "", "", ["“Morphological priors for low-resource dependency parsing”"]),
            (
                "supervisors",
                "",
                "",
                ["Prof. Dr. Joachim Leutheusser-Abad and Dr. Mirela Stanciulescu"],
            ),
            (
                "2012–2014",
                "MSc in Cognitive Science",
                "Universitat de Tarraco-Nova, Spain",
                [],
            ),
        ],
    ),
    (
        "Experience",
        [
            (
                "2022–present",
                "Senior Researcher",
                "Brightwater Institute of Technology",
                ["Language Systems Group; leads the multilingual parsing line."],
            ),
            (
                "2019–2022",
                "Postdoctoral Researcher",
                "University of Aldenbrook, NLP Lab",
                ["Working with Prof. Oona Talvitie-Brandt on cross-lingual transfer."],
            ),
            (
                "Summer 2017",
                "Research Intern",
                "Lexicon Labs, Rotterdam",
                [],
            ),
            ("mentor", "", "", ["Dr. Kwabena Asante-Moritz"]),
        ],
    ),
    (
        "Supervision",
        [
            (
                "2023–present",
                "Ruairí Delgado-Fenn",
                "PhD student",
                ["co-supervised with Dr. Matthias Oyelaran"],
            ),
            (
                "2021",
                "Sina Habibi-Lund",
                "MSc thesis, University of Aldenbrook",
                [],
            ),
        ],
    ),
    (
        "Publications",
        [
            (
                "2024",
                "",
                "",
                [
                    "R. Delgado-Fenn, H. Castellví, M. Oyelaran. Subword lattices for "
                    "agglutinative parsing. Transactions of the ACL 12, 311–329."
                ],
            ),
            (
                "2021",
                "",
                "",
                [
                    "H. Castellví, S. Habibi-Lund, O. Talvitie-Brandt. Zero-shot treebank "
                    "transfer with typological adapters. In Proceedings of EMNLP 2021."
                ],
            ),
            (
                "2018",
                "",
                "",
                [
                    "H. Castellví, J. Leutheusser-Abad, M. Stanciulescu. Character-level "
                    "morphology for parsing Basque and Finnish. In Proceedings of ACL 2018."
                ],
            ),
        ],
    ),
    (
        "Languages",
        [
            ("German", "Native", "", []),
            ("Catalan", "Fluent", "", []),
        ],
    ),
]
BLUE = (48, 95, 160)


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", "Sans-I", format="A4")
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    pdf.set_font("Sans", "", 26)
    pdf.cell(0, 11, NAME[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(120, 120, 120)
    pdf.cell(0, 11, NAME[1], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "I", 9)
    for line in HEAD:
        pdf.cell(0, 4.6, line, align="R", new_x="LMARGIN", new_y="NEXT")
    left, width, right = 12, 30, 46
    for title, entries in SECTIONS:
        if pdf.get_y() > 250:
            pdf.add_page()
        pdf.ln(5)
        top = pdf.get_y()
        pdf.set_fill_color(*BLUE)
        pdf.rect(left, top + 2.2, width, 1.6, style="F")
        pdf.set_xy(right, top)
        pdf.set_font("Sans", "", 13)
        pdf.set_text_color(*BLUE)
        pdf.cell(0, 6, title)
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(top + 8)
        for label, bold, italic, lines in entries:
            top = pdf.get_y()
            pdf.set_font("Sans", "", 8.5)
            pdf.set_xy(left, top)
            pdf.cell(width, 5, label, align="R")
            pdf.set_xy(right, top)
            text = ""
            if bold:
                text += f"**{bold}**"
            if italic:
                text += (", " if bold else "") + f"__{italic}__"
            pdf.set_font("Sans", "", 9.5)
            if text:
                pdf.multi_cell(150, 5, text, markdown=True, new_x="LMARGIN", new_y="NEXT")
            for line in lines:
                pdf.set_x(right)
                pdf.multi_cell(150, 5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b92_en_moderncv_classic.pdf").write_bytes(render())
