"""Render b100_en_ccv_export.pdf: a Canadian Common CV ("CCV") export as the portal prints
it — a generated-on banner, grey section bars, each record a bold date range and headline
followed by its fields as "Label: value" lines ("Supervisors: Gagnon-Okafor, Réjean,
2010/9 - 2015/6" — surname first), and the "Student/Postdoctoral Supervision" records
grouped by degree type with "Supervision Role: Principal Supervisor" / "Co-Supervisor".
Traps: the funding records' principal investigators and co-investigators, a committee, an
editorial role; journal articles in Vancouver style ("Osei-Lachance F, …").

Run ``.venv/bin/python make_pdf_b100_en_ccv_export.py`` beside this file; the people and
places are fictional.
"""

from __future__ import annotations

from fpdf import FPDF
from make_pdfs import HERE, new_pdf

NAME = "Aurélie Nakashima-Boucher"
BANNER = "Canadian Common CV — NSERC Discovery Grant CV — Date generated: 2026-10-14"
# (section, [(bold head, [field lines])]) ; a head starting with "#" is a group label
SECTIONS: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "Personal Information",
        [
            (
                "",
                [
                    "Correspondence language: English",
                    "Canadian Residency Status: Canadian Citizen",
                    "Email: a.nakashima-boucher@kinnear.example.ca",
                ],
            ),
        ],
    ),
    (
        "Degrees",
        [
            (
                "2010/9 - 2015/6    Doctorate, Doctor of Philosophy, Chemical Engineering, "
                "Université de Saint-Laurent-Nord",
                [
                    "Degree Status: Completed",
                    "Thesis Title: Membrane reactors for low-temperature methane reforming",
                    "Supervisors: Gagnon-Okafor, Réjean, 2010/9 - 2015/6",
                ],
            ),
            (
                "2008/9 - 2010/8    Master's Thesis, M.A.Sc., Chemical Engineering, "
                "Université de Saint-Laurent-Nord",
                [
                    "Degree Status: Completed",
                    "Supervisors: Tanaka-Lévesque, Hiroko, 2008/9 - 2010/8",
                ],
            ),
        ],
    ),
    (
        "Employment",
        [
            (
                "2019/7         Associate Professor, Chemical Engineering, Kinnear University",
                ["Full-time, Tenured"],
            ),
            (
                "2017/9 - 2019/6    Assistant Professor, Chemical Engineering, Kinnear University",
                ["Full-time, Tenure-track"],
            ),
            (
                "2015/9 - 2017/8    Postdoctoral Fellow, Chemistry, Tollund Institute of "
                "Technology",
                ["Full-time, Non Tenure-track"],
            ),
        ],
    ),
    (
        "Research Funding History",
        [
            (
                "2020/4 - 2025/3    Principal Investigator, Discovery Grant, Grant, Operating",
                [
                    "Funding Sources: Natural Sciences and Engineering Research Council of "
                    "Canada (NSERC), Total Funding: 185,000 (Canadian dollar)",
                    "Co-investigator: Lemieux, Paul-Émile",
                ],
            ),
            (
                "2021/4 - 2024/3    Co-investigator, Alliance Grant, Grant, Operating",
                [
                    "Funding Sources: NSERC, Total Funding: 420,000 (Canadian dollar)",
                    "Principal Investigator: Whitford, Dolores",
                ],
            ),
        ],
    ),
    (
        "Student/Postdoctoral Supervision",
        [
            ("#Bachelor's [n=1]", []),
            (
                "2023/5 - 2023/8    Principal Supervisor",
                [
                    "Student Name: Ishaan Deshpande-Roy",
                    "Student Institution: Kinnear University",
                    "Student Degree Type: Bachelor's",
                    "Student Degree Status: Completed",
                    "Thesis/Project Title: Summer research project (NSERC USRA) on "
                    "hydrogen-selective palladium films",
                ],
            ),
            ("#Master's Thesis [n=1]", []),
            (
                "2020/9 - 2022/8    Principal Supervisor",
                [
                    "Student Name: Dmytro Kovalenko",
                    "Student Institution: Kinnear University",
                    "Student Degree Type: Master's Thesis",
                    "Student Degree Status: Completed",
                    "Supervision Role: Principal Supervisor",
                    "Present Position: Process Engineer, industry",
                ],
            ),
            ("#Doctorate [n=2]", []),
            (
                "2019/9 - 2024/5    Principal Supervisor",
                [
                    "Student Name: Farida Osei-Lachance",
                    "Student Institution: Kinnear University",
                    "Student Degree Type: Doctorate",
                    "Student Degree Status: Completed",
                    "Supervision Role: Principal Supervisor",
                    "Thesis/Project Title: Plasma-assisted dry reforming in structured reactors",
                    "Present Position: Research Officer, national laboratory",
                ],
            ),
            (
                "2021/1 -          Co-Supervisor",
                [
                    "Student Name: Kenji Arsenault",
                    "Student Institution: Kinnear University",
                    "Student Degree Type: Doctorate",
                    "Student Degree Status: In Progress",
                    "Supervision Role: Co-Supervisor",
                ],
            ),
            ("#Post-doctorate [n=1]", []),
            (
                "2022/7 - 2024/6    Principal Supervisor",
                [
                    "Student Name: Oluwaseun Bergeron-Adé",
                    "Student Institution: Kinnear University",
                    "Student Degree Type: Post-doctorate",
                    "Student Degree Status: Completed",
                    "Supervision Role: Principal Supervisor",
                ],
            ),
        ],
    ),
    (
        "Activities",
        [
            (
                "2022/1         Associate Editor, Journal of Northern Process Engineering",
                ["Editor-in-chief: Haraldsen, Torvald"],
            ),
            (
                "2023/7 - 2024/6    Member, Faculty Search Committee, Chemical Engineering",
                ["Chair: MacAskill, Fiona"],
            ),
        ],
    ),
    (
        "Contributions — Journal Articles",
        [
            (
                "1.",
                [
                    "Osei-Lachance F, Nakashima-Boucher A, Kovalenko D. (2024). "
                    "Plasma-assisted dry reforming over structured nickel foams. Chemical "
                    "Engineering Journal. 481: 148512.",
                    "Published, Refereed?: Yes, Open Access?: Yes",
                ],
            ),
            (
                "2.",
                [
                    "Bergeron-Adé O, Arsenault K, Nakashima-Boucher A. (2023). Palladium "
                    "membrane ageing under sulfur traces. Journal of Membrane Science. "
                    "668: 121250.",
                    "Published, Refereed?: Yes",
                ],
            ),
            (
                "3.",
                [
                    "Nakashima-Boucher A, Gagnon-Okafor R. (2015). Low-temperature "
                    "methane reforming in a membrane reactor. AIChE Journal. 61(9): "
                    "2911-2922.",
                    "Published, Refereed?: Yes",
                ],
            ),
        ],
    ),
]


class Portal(FPDF):
    def header(self):
        self.set_font("Sans", "", 7)
        self.set_text_color(100, 100, 100)
        self.cell(0, 4, BANNER, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def footer(self):
        self.set_y(-12)
        self.set_font("Sans", "", 7)
        self.cell(0, 4, f"{NAME}    Page {self.page_no()} of {{nb}}", align="R")


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", cls=Portal, format="Letter")
    pdf.set_margins(18, 12, 18)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    pdf.set_font("Sans", "B", 15)
    pdf.cell(0, 8, NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 8.5)
    pdf.cell(0, 4.5, "Associate Professor, Kinnear University", new_x="LMARGIN", new_y="NEXT")
    for title, records in SECTIONS:
        pdf.ln(2.5)
        pdf.set_fill_color(217, 217, 217)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(0, 6, title, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for head, fields in records:
            if head.startswith("#"):
                pdf.set_font("Sans", "B", 9)
                pdf.cell(0, 5.5, head[1:], new_x="LMARGIN", new_y="NEXT")
                continue
            if head:
                pdf.set_font("Sans", "B", 8.5)
                pdf.multi_cell(0, 4.4, head, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Sans", "", 8.3)
            for line in fields:
                pdf.set_x(pdf.l_margin + 6)
                pdf.multi_cell(0, 4.2, line, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.3)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b100_en_ccv_export.pdf").write_bytes(render())
