"""Generate the demo web's one PDF CV (Tobias Renwick, a fictional professor).

The PDF is committed (demo/web/trenwick/renwick-cv.pdf) so the demo needs no PDF tooling;
re-run ``python -m demo.make_cv_pdf`` after editing the text below.  fpdf2 is in the dev
extra.  Core fonts are Latin-1 only (accents fine), hence plain hyphens instead of en dashes.
"""

from __future__ import annotations

from pathlib import Path

OUTPUT = Path(__file__).resolve().parent / "web" / "trenwick" / "renwick-cv.pdf"

OWNER = "Tobias Renwick"

CV_SECTIONS: list[tuple[str, list[str]]] = [
    (
        "Employment",
        [
            "2010 - present   Professor of Mathematics, Halvard Institute of Technology",
            "2004 - 2010      Associate Professor, Halvard Institute of Technology",
            "2000 - 2004      Research Fellow, University of Castelmar",
        ],
    ),
    (
        "Education",
        [
            "1996 - 2000   PhD in Mathematics, Halvard Institute of Technology.",
            "              Thesis advisor: Ruth Calloway.",
            "1992 - 1996   BSc in Mathematics, University of Castelmar.",
        ],
    ),
    (
        "Supervision",
        [
            "PhD students: Wen Halloran (2017 - 2021).",
            "Postdoctoral researchers: Élise Garnier (2015 - 2017).",
            "Master's theses: Rafael Quintero-Vidal (2020).",
        ],
    ),
    (
        "Thesis examination",
        [
            "Reviewer (rapporteur) of the PhD thesis of Élise Garnier, "
            "Université de Valmont, 2015.",
            "External examiner of the PhD thesis of Hannah Brightwater, "
            "Northbridge University, 2015.",
            "Member of the PhD committee of Yusuf Adeyemi, Northbridge University, 2018.",
        ],
    ),
    (
        "Selected publications",
        [
            "W. Halloran & T. Renwick. Curvature-aware sampling in streaming regression. 2020.",
            "R. Quintero-Vidal & T. Renwick. Bounded-memory quasi-Newton updates. 2020.",
            "É. Garnier & T. Renwick. Proximal schemes under weak regularity. 2016.",
        ],
    ),
]


def build_cv_pdf(path: Path = OUTPUT) -> Path:
    """Write the CV; fixed creation date so re-running gives the same bytes."""
    from datetime import UTC, datetime

    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_title(f"{OWNER} - Curriculum Vitae")
    pdf.set_author(OWNER)
    pdf.set_creation_date(datetime(2025, 3, 3, tzinfo=UTC))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, OWNER, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(
        0, 6, "Curriculum Vitae - Halvard Institute of Technology", new_x="LMARGIN", new_y="NEXT"
    )
    for heading, lines in CV_SECTIONS:
        pdf.ln(4)
        pdf.set_font("Helvetica", "B", 13)
        pdf.cell(0, 8, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Courier", "", 9.5)
        for line in lines:
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


if __name__ == "__main__":
    print(build_cv_pdf())
