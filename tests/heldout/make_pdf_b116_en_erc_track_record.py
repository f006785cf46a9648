"""Render b116_en_erc_track_record.pdf: an ERC Consolidator "Section B1" part as applicants
write it from the Word template — a grey "Curriculum vitae" table of personal data, then
"Education", "Current position(s)", "Previous position(s)", "Supervision of graduate
students and postdoctoral fellows" (each with the person's current position in
parentheses), then on a new page the "Early achievements track-record": publications with
the PI's name underlined-by-bold and a count of citations, and other duties.  Traps: the
editorial board, the co-organisers of a workshop, a grant whose PI is someone else, a
faculty hiring committee, a course shared with a colleague.

Run ``.venv/bin/python make_pdf_b116_en_erc_track_record.py`` beside this file; the people
and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

NAME = "Ksenia Voronova-Lund"
PERSONAL = [
    ("Family name, First name:", "Voronova-Lund, Ksenia"),
    ("Researcher unique identifier(s):", "ORCID 0000-0001-0000-0000"),
    ("Date of birth:", "14/02/1986"),
    ("URL for web site:", "https://quantum-matter.example.org"),
]
SECTIONS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "• EDUCATION",
        [
            (
                "2012",
                "PhD in Theoretical Physics, Technical University of Ostmark, Germany. "
                "Supervisor: Prof. Dietmar Fahrenholz",
            ),
            ("2008", "Diploma in Physics, Moscow Riverside University, Russia"),
        ],
    ),
    (
        "• CURRENT POSITION(S)",
        [
            (
                "2019 –",
                "Full Professor, Institute of Theoretical Physics, University of Lindtal, Sweden",
            ),
        ],
    ),
    (
        "• PREVIOUS POSITIONS",
        [
            (
                "2016 – 2019",
                "Assistant Professor (tenure track), Department of Physics, Harwick "
                "University, United Kingdom",
            ),
            (
                "2012 – 2016",
                "Postdoctoral Fellow, Nordic Institute for Condensed Matter, Copenhagen-Vest, "
                "Denmark (host: Dr. Sigrid Halvorsen-Baptiste)",
            ),
        ],
    ),
    (
        "• FELLOWSHIPS AND AWARDS",
        [
            ("2021", "Göran Wallin Prize of the Royal Society of Sciences of Lindtal"),
            ("2013 – 2015", "Marie Skłodowska-Curie Individual Fellowship"),
        ],
    ),
    (
        "• SUPERVISION OF GRADUATE STUDENTS AND POSTDOCTORAL FELLOWS",
        [
            (
                "2017 – 2021",
                "Jonas Pérez-Albrecht, PhD student, Harwick University and University of "
                "Lindtal (now research scientist at Quanta Labs AB)",
            ),
            (
                "2019 – 2023",
                "Amara Okafor, PhD student, University of Lindtal, co-supervised with "
                "Prof. Henrik Sandqvist (now postdoc at the Federal Institute of Technology "
                "Rhinefield)",
            ),
            (
                "2021 –",
                "2 PhD students (Elin Marklund, Tobias Nieminen) and 1 Master student",
            ),
            (
                "2020 – 2022",
                "Dr. Yusuf Demirtaş, postdoctoral fellow, University of Lindtal (now "
                "Assistant Professor at the University of Anatolia East)",
            ),
        ],
    ),
    (
        "• TEACHING ACTIVITIES",
        [
            (
                "2019 –",
                "Quantum Field Theory II (graduate), University of Lindtal, jointly with "
                "Dr. Mats Oberholzer",
            ),
        ],
    ),
    (
        "• ORGANISATION OF SCIENTIFIC MEETINGS",
        [
            (
                "2023",
                "Nordic Workshop on Topological Matter, Lindtal (120 participants), "
                "co-organised with Prof. Chiara Benedetti-Wolff",
            ),
        ],
    ),
    (
        "• INSTITUTIONAL RESPONSIBILITIES",
        [
            (
                "2022 –",
                "Member of the faculty recruitment committee (chair: Prof. Annika Strömberg)",
            ),
        ],
    ),
    (
        "• COMMISSIONS OF TRUST",
        [
            ("2020 –", "Editorial board, Physical Review Letters-type journal SciPost Lindtal"),
            ("2018 –", "Reviewer for the Swedish Research Council and the DFG"),
        ],
    ),
]
TRACK = [
    "1. K. Voronova-Lund, J. Pérez-Albrecht, Fractional charges in twisted bilayers, "
    "Phys. Rev. X 11, 031012 (2021) [142 citations]",
    "2. A. Okafor, H. Sandqvist, K. Voronova-Lund, Anyonic braiding in cold atoms, "
    "Nature Physics 19, 221 (2023) [88 citations]",
    "3. Y. Demirtaş, K. Voronova-Lund, Entanglement spectra of Chern bands, Phys. Rev. B "
    "105, 115142 (2022) [37 citations]",
    "4. K. Voronova-Lund, S. Halvorsen-Baptiste, Edge reconstruction in the quantum Hall "
    "regime, Phys. Rev. Lett. 116, 046801 (2016) [210 citations]",
    "5. K. Voronova-Lund, D. Fahrenholz, Renormalisation of disordered Dirac fermions, "
    "Annals of Physics 327, 2210 (2012) [65 citations]",
]
GRANTS = [
    "2020 – 2024  Wallenberg Academy project 'Topological Quantum Matter' (SEK 9M), "
    "PI: Prof. Henrik Sandqvist; role: co-investigator",
    "2017 – 2019  EPSRC New Investigator Award (£310k), PI",
]


def heading(pdf, text: str) -> None:
    pdf.ln(2)
    pdf.set_font("Sans", "B", 9.5)
    pdf.cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")


def dated(pdf, rows) -> None:
    pdf.set_font("Sans", "", 9)
    for years, text in rows:
        top = pdf.get_y()
        pdf.cell(28, 4.8, years)
        pdf.set_xy(pdf.l_margin + 28, top)
        pdf.multi_cell(0, 4.8, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", format="A4")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Sans", "", 8)
    pdf.cell(0, 4, "Voronova-Lund", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 4, "Part B1", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 4, "TOPOBRAID", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, "Section b: Curriculum vitae (max. 2 pages)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_fill_color(225, 225, 225)
    pdf.set_font("Sans", "", 9)
    for label, value in PERSONAL:
        pdf.set_font("Sans", "B", 9)
        pdf.cell(60, 5.2, label, fill=True)
        pdf.set_font("Sans", "", 9)
        pdf.cell(0, 5.2, value, fill=True, new_x="LMARGIN", new_y="NEXT")
    for title, rows in SECTIONS:
        heading(pdf, title)
        dated(pdf, rows)
    pdf.add_page()
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, "Section c: Track record (max. 2 pages)", new_x="LMARGIN", new_y="NEXT")
    heading(pdf, "Five most important publications (all without the PhD supervisor, except 5)")
    pdf.set_font("Sans", "", 9)
    for entry in TRACK:
        pdf.multi_cell(0, 4.8, entry, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    heading(pdf, "Research grants")
    pdf.set_font("Sans", "", 9)
    for entry in GRANTS:
        pdf.multi_cell(0, 4.8, entry, new_x="LMARGIN", new_y="NEXT")
    heading(pdf, "Invited presentations")
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(
        0,
        4.8,
        "Keynote, Gordon Conference on Correlated Electrons (2024); plenary, Nordic Physics "
        "Days (2022); 14 invited seminars since 2019.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b116_en_erc_track_record.pdf").write_bytes(render())
