"""Render the b300 English held-out PDF: an EngD graduate's CV in the moderncv layout.

An engineering doctorate run with a sponsoring company (academic and industrial
supervisors), a placement year with an industrial mentor, a postdoctoral Knowledge Transfer
Partnership, then an R&D post in industry with EngD students and interns of their own;
traps: the sponsor named as such, a degree apprentice's line manager, the company's CEO and
an HR contact.

Run ``.venv/bin/python make_pdf_b300_en_engd_cv_industry_academia.py`` beside this file;
the people and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, moderncv

NAME = "Rowan Iredale-Mbatha"
TAGLINE = "EngD, CEng — Principal Research Engineer, Corrabeg Aerostructures Ltd"

SECTIONS = [
    (
        "Employment",
        [
            (
                "2021–present",
                [
                    "Principal Research Engineer, Corrabeg Aerostructures Ltd, Advanced "
                    "Manufacturing R&D Centre, Thornbury.",
                    "Leads the automated fibre placement programme (team of six engineers).",
                ],
            ),
            (
                "2019–2021",
                [
                    "Postdoctoral Research Associate (Knowledge Transfer Partnership), "
                    "University of Glenmorven, seconded to Pellworth Robotics Ltd.",
                    "Postdoctoral mentor: Dr Saoirse Kettleby. KTP company lead: Gareth "
                    "Ormond-Fisk, CEO of Pellworth Robotics Ltd.",
                ],
            ),
            (
                "2015–2019",
                [
                    "Research Engineer (EngD), Corrabeg Aerostructures Ltd, Bristwick site.",
                ],
            ),
        ],
    ),
    (
        "Education",
        [
            (
                "2015–2019",
                [
                    "EngD in Composites Manufacturing, Industrial Doctorate Centre in "
                    "Advanced Composites, University of Glenmorven.",
                    "Thesis: In-process defect detection for automated fibre placement.",
                    "Co-supervised by Prof. Alasdair Venn-Okoro (academic supervisor) and "
                    "Dr Hettie Pargeter (industrial supervisor, Corrabeg Aerostructures Ltd).",
                    "Sponsored by Corrabeg Aerostructures Ltd and the Albion Engineering "
                    "Research Council.",
                    "Viva (2019): Prof. Quentin Marwood-Ashe (Ardlow University, external "
                    "examiner) and Dr Nkechi Follet (internal examiner).",
                ],
            ),
            (
                "2010–2014",
                [
                    "MEng Mechanical Engineering (First Class), University of Glenmorven.",
                    "Work placement year (2012–2013) at Haldane Marine Systems, Portavie; "
                    "industrial mentor: Callum Brierly-Nakamura.",
                ],
            ),
        ],
    ),
    (
        "Supervision",
        [
            (
                "2022–present",
                [
                    "Industrial supervisor of EngD student Priyamvada Ellory-Stone (University "
                    "of Glenmorven), co-supervised with Prof. Alasdair Venn-Okoro.",
                ],
            ),
            (
                "2023",
                [
                    "Industrial mentor of summer intern Jonah Whitlow-Achterberg (MEng "
                    "student, Ardlow University).",
                ],
            ),
            (
                "2022–2024",
                [
                    "Line manager of degree apprentice Kieran Moss-Adebayo (machining "
                    "technician apprenticeship, shop floor).",
                ],
            ),
        ],
    ),
    (
        "Selected publications",
        [
            (
                "2018",
                [
                    "R. Iredale-Mbatha, H. Pargeter, A. Venn-Okoro. Thermographic detection "
                    "of tow gaps in automated fibre placement. Composites Part Q 41 (2018).",
                ],
            ),
            (
                "2021",
                [
                    "R. Iredale-Mbatha, S. Kettleby. Vision-guided robotic trimming of "
                    "cured laminates. Journal of Manufacturing Automation 12 (2021).",
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
                    "Available on request from Moira Haldwell, People Team, Corrabeg "
                    "Aerostructures Ltd.",
                ],
            ),
        ],
    ),
]


def main() -> None:
    out = HERE / "b300_en_engd_cv_industry_academia.pdf"
    out.write_bytes(moderncv(NAME, TAGLINE, SECTIONS))


if __name__ == "__main__":
    main()
