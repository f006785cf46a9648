"""Render b92_en_cv_numbered_keys.pdf: a CV whose publication list is split by kind with
numbered keys ("[J5]", "[C2]") hanging in the left margin, the owner's name in bold in every
author list, and a "Student Mentoring" section that refers back to those keys.

Run ``.venv/bin/python make_pdf_b92_en_cv_numbered_keys.py`` beside this file; the people
and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

NAME = "Tomasz Wierzbicki-Lund"
HEAD = (
    "Associate Professor, School of Computing, Marrowgate University · "
    "t.wierzbicki@marrowgate.example.edu"
)
B = "**T. Wierzbicki-Lund**"
SECTIONS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Education",
        [
            (
                "",
                "Ph.D. in Computer Science, Halloway Institute of Technology, 2012. "
                "Advisor: Prof. Rosalind Achterhof. Thesis: “Verified garbage collectors for "
                "concurrent runtimes”.",
            ),
            ("", "M.Sc. in Computer Science, University of Gdynia-Oksywie, 2007."),
        ],
    ),
    (
        "Appointments",
        [
            ("", "2019–present  Associate Professor, School of Computing, Marrowgate University."),
            ("", "2013–2019  Assistant Professor, School of Computing, Marrowgate University."),
            (
                "",
                "2012–2013  Postdoctoral Researcher, Lindqvist Research Centre, hosted by "
                "Dr. Emeka Obiora-Strand.",
            ),
        ],
    ),
    (
        "Journal Articles",
        [
            (
                "[J3]",
                f"Yuki Tanabe-Russo*, {B}, and Emeka Obiora-Strand. Linearizable reclamation "
                "without fences. ACM Transactions on Programming Languages and Systems "
                "46(2), 2024.",
            ),
            (
                "[J2]",
                f"{B} and Emeka Obiora-Strand. A separation logic for epoch-based "
                "reclamation. Journal of Automated Reasoning 61, 2018.",
            ),
            (
                "[J1]",
                f"{B} and Rosalind Achterhof. Mechanised proofs of concurrent mark-sweep. "
                "Formal Aspects of Computing 25(5), 2013.",
            ),
        ],
    ),
    (
        "Conference Papers",
        [
            (
                "[C2]",
                f"Dario Esposito-Maki*, Ilse Vanderhoven, and {B}. Refinement types for "
                "lock-free queues. In PLDI 2022.",
            ),
            (
                "[C1]",
                f"{B}, Rosalind Achterhof, and Piers Gallagher-Nunez. Concurrent GC, "
                "verified. In POPL 2011.",
            ),
        ],
    ),
    (
        "Student Mentoring",
        [
            (
                "",
                "* marks a student co-author. Ph.D. students: Yuki Tanabe-Russo (2020–present) "
                "[J3]; Dario Esposito-Maki (2016–2022, co-advised with Dr. Ilse Vanderhoven) "
                "[C2]. Now: Assistant Professor at Kinross University.",
            ),
        ],
    ),
    (
        "Service",
        [
            (
                "",
                "Program committee: POPL 2023, CAV 2021. Associate editor, Journal of "
                "Automated Reasoning (2020–2024), under editor-in-chief Prof. Magnus Ekholm.",
            ),
        ],
    ),
]


def render() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", format="Letter")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Serif", "B", 18)
    pdf.cell(0, 9, NAME, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 8.5)
    pdf.cell(0, 5, HEAD, align="C", new_x="LMARGIN", new_y="NEXT")
    for title, entries in SECTIONS:
        pdf.ln(3)
        pdf.set_font("Serif", "B", 11)
        pdf.cell(0, 6, title.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.line(pdf.l_margin, pdf.get_y(), 205, pdf.get_y())
        pdf.ln(1.5)
        for key, text in entries:
            top = pdf.get_y()
            pdf.set_font("Serif", "", 9.5)
            pdf.set_xy(12, top)
            pdf.cell(12, 5, key)
            pdf.set_xy(24, top)
            pdf.multi_cell(180, 5, text, markdown=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b92_en_cv_numbered_keys.pdf").write_bytes(render())
