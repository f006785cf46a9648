"""Render b116_en_timeline_resume.pdf: a one-page academic résumé as a designer template
draws it — a coloured name band, then a timeline: a narrow left column of years (bold,
right-aligned against a vertical rule with a dot per entry) and the entries on the right,
the section names set in spaced small capitals above each block.  The doctorate names a
primary and a second supervisor and its two examiners; the research group lists students
as primary or second supervisor.  Traps: a co-taught course, a hiring panel with its chair,
a grant whose PI is the former postdoc mentor, an area-chair role, the referees.

Run ``.venv/bin/python make_pdf_b116_en_timeline_resume.py`` beside this file; the people
and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

NAME = "Sunniva Rautenbach"
TAGLINE = "Lecturer in Computational Linguistics · School of Informatics, University of Kelvinmoor"
CONTACT = "s.rautenbach@kelvinmoor.example · +44 0000 000000 · rautenbach-nlp.example.org"
# (section, [(years, bold first line, [further lines])])
TIMELINE: list[tuple[str, list[tuple[str, str, list[str]]]]] = [
    (
        "P O S I T I O N S",
        [
            ("2022 –", "Lecturer, School of Informatics, University of Kelvinmoor", []),
            (
                "2019 – 22",
                "Postdoctoral Research Associate, Language Technology Lab, Farrowdale University",
                ["Mentor: Prof. Anders Lindqvist-Oduya"],
            ),
        ],
    ),
    (
        "E D U C A T I O N",
        [
            (
                "2015 – 19",
                "PhD in Computational Linguistics, University of Greyhaven",
                [
                    "Thesis: Morphology-aware tokenisation for Bantu languages",
                    "Supervisors: Dr. Emeka Fairweather (primary), Dr. Yuki Hollingsworth (second)",
                    "Examiners: Prof. Carmen Ibarra-Solís (external), "
                    "Dr. Niall Pemberton (internal)",
                ],
            ),
            (
                "2013 – 14",
                "MSc in Linguistics (cum laude), University of Kaapstrand",
                ["Dissertation supervised by Dr. Pieter Vosloo-Naidoo"],
            ),
            ("2009 – 12", "BA in Languages and Computing, University of Kaapstrand", []),
        ],
    ),
    (
        "R E S E A R C H   G R O U P",
        [
            ("2023 –", "Aisling Ní Bhriain, PhD student (primary supervisor)", []),
            (
                "2022 –",
                "Kofi Asante-Mensah, PhD student (second supervisor; "
                "primary: Dr. Rhiannon Thewlis)",
                [],
            ),
            ("2023", "Rafael Duarte-Lindgren, MSc dissertation (supervisor)", []),
        ],
    ),
    (
        "T E A C H I N G",
        [
            (
                "2022 –",
                "Natural Language Processing (INF2-NLP), 3rd year",
                ["co-taught with Dr. Marguerite Olufemi; course organiser from 2024"],
            ),
        ],
    ),
    (
        "F U N D I N G",
        [
            (
                "2023 – 26",
                "Speech for Low-Resource Communities, Research Council grant (£612k)",
                ["PI: Prof. Anders Lindqvist-Oduya; Co-I: S. Rautenbach"],
            ),
        ],
    ),
    (
        "S E R V I C E",
        [
            (
                "2024",
                "Hiring panel, Lecturer in Data Science (chair: Prof. Hamid Zarrabi)",
                [],
            ),
            ("2023 –", "Area chair, Conference on Computational Morphology", []),
        ],
    ),
]
PUBLICATIONS = [
    "S. Rautenbach, A. Ní Bhriain, E. Fairweather. Tokenisers that respect noun classes. "
    "Transactions of the Language Society 12 (2024).",
    "K. Asante-Mensah, S. Rautenbach, R. Thewlis. Tone in speech translation. Proc. "
    "Speech & Language Workshop (2023).",
    "S. Rautenbach, A. Lindqvist-Oduya. Cross-lingual transfer for isiXhosa. Journal of "
    "African Language Technology 4 (2021).",
]
REFEREES = "Referees: Prof. Anders Lindqvist-Oduya · Dr. Emeka Fairweather · Dr. Yuki Hollingsworth"

ACCENT = (34, 94, 120)
YEAR_W = 22
RULE_X = 36


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", "Sans-I", format="A4")
    pdf.set_margins(14, 0, 14)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(*ACCENT)
    pdf.rect(0, 0, 210, 30, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(14, 7)
    pdf.set_font("Sans", "B", 20)
    pdf.cell(0, 9, NAME)
    pdf.set_xy(14, 17)
    pdf.set_font("Sans", "", 9)
    pdf.cell(0, 5, TAGLINE)
    pdf.set_xy(14, 22.5)
    pdf.set_font("Sans", "", 7.5)
    pdf.cell(0, 4, CONTACT)
    pdf.set_text_color(0, 0, 0)
    y = 36
    top = y
    for section, entries in TIMELINE:
        pdf.set_xy(RULE_X + 4, y)
        pdf.set_font("Sans", "B", 8.5)
        pdf.set_text_color(*ACCENT)
        pdf.cell(0, 5, section)
        pdf.set_text_color(0, 0, 0)
        y += 6
        for years, head, lines in entries:
            pdf.set_xy(14, y)
            pdf.set_font("Sans", "B", 8.5)
            pdf.cell(YEAR_W - 2, 4.4, years, align="R")
            pdf.set_fill_color(*ACCENT)
            pdf.ellipse(RULE_X - 1, y + 1.2, 2, 2, style="F")
            pdf.set_xy(RULE_X + 4, y)
            pdf.set_font("Sans", "B", 8.5)
            pdf.multi_cell(0, 4.4, head)
            y = pdf.get_y()
            pdf.set_font("Sans", "", 8.2)
            for line in lines:
                pdf.set_xy(RULE_X + 4, y)
                pdf.multi_cell(0, 4.2, line)
                y = pdf.get_y()
            y += 1.6
        y += 1.5
    pdf.set_draw_color(*ACCENT)
    pdf.line(RULE_X, top, RULE_X, y - 2)
    pdf.set_xy(RULE_X + 4, y)
    pdf.set_font("Sans", "B", 8.5)
    pdf.set_text_color(*ACCENT)
    pdf.cell(0, 5, "S E L E C T E D   P U B L I C A T I O N S")
    pdf.set_text_color(0, 0, 0)
    y += 6
    pdf.set_font("Sans", "", 8.2)
    for entry in PUBLICATIONS:
        pdf.set_xy(RULE_X + 4, y)
        pdf.multi_cell(0, 4.2, entry)
        y = pdf.get_y() + 1.2
    pdf.set_xy(RULE_X + 4, y + 2)
    pdf.set_font("Sans", "I", 8)
    pdf.multi_cell(0, 4.2, REFEREES)
    pdf.set_xy(14, 285)
    pdf.set_font("Sans", "", 6.5)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(0, 4, "Last updated January 2026", align="R")
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b116_en_timeline_resume.pdf").write_bytes(render())
