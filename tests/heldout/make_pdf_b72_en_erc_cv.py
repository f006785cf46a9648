"""Render b72_en_erc_cv.pdf: the two-page "Curriculum vitae" and "Track record" of an ERC
proposal (Part B1, section b): the funder's fixed headings in capitals, each line a year
or period in a bold left column and its text beside it, counts of supervised people with
a few named, a "Major collaborations" list (collaborators, not co-authors), a running
header with the applicant's surname and the call, page numbers in the footer, and the
track record's ten publications with the applicant's name in bold.

Run ``.venv/bin/python make_pdf_b72_en_erc_cv.py`` beside this file; the people and places
are fictional.
"""

from __future__ import annotations

from fpdf import FPDF
from make_pdfs import HERE, new_pdf


class Proposal(FPDF):
    def header(self):
        self.set_font("Sans", "", 8)
        self.cell(60, 4, "Ingibjörg Sæmundsdóttir-Wahl")
        self.cell(70, 4, "Part B1", align="C")
        self.cell(0, 4, "ERC-2025-CoG  GLACIOSEIS", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-12)
        self.set_font("Sans", "", 8)
        self.cell(0, 5, str(self.page_no()), align="C")


CV: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "PERSONAL INFORMATION",
        [
            ("", "Sæmundsdóttir-Wahl, Ingibjörg"),
            ("", "ORCID 0000-0003-1204-8871 · Researcher ID K-4410-2019"),
            ("", "Date of birth: 1986 · Nationality: Icelandic"),
        ],
    ),
    (
        "EDUCATION",
        [
            (
                "2014",
                "PhD in Glaciology, Faculty of Earth Sciences, University of Reykjavík Hills, "
                "Iceland. Supervisor: Prof. Gunnar Halldórsson-Pike",
            ),
            ("2010", "MSc in Geophysics, Uppsala Östra University, Sweden"),
        ],
    ),
    (
        "CURRENT POSITION(S)",
        [
            (
                "2020 –",
                "Associate Professor, Institute of Earth Sciences, University of Bergsvik, Norway",
            ),
        ],
    ),
    (
        "PREVIOUS POSITIONS",
        [
            (
                "2017 – 2020",
                "Researcher, Swiss Federal Institute for Snow and Avalanche Studies (Davos-Platz "
                "branch), Switzerland",
            ),
            (
                "2014 – 2017",
                "Postdoctoral fellow, Cryosphere Seismology Group, Scripps-Pacific Institution "
                "of Oceanography, USA (host: Prof. Daniel Ocampo-Reyes)",
            ),
        ],
    ),
    (
        "FELLOWSHIPS AND AWARDS",
        [
            ("2022", "Young Investigator Award, International Glaciological Society"),
            ("2015 – 2017", "Marie Skłodowska-Curie Global Fellowship"),
        ],
    ),
    (
        "SUPERVISION OF GRADUATE STUDENTS AND POSTDOCTORAL FELLOWS",
        [
            (
                "2020 –",
                "3 Postdocs, 4 PhD and 6 MSc students, Institute of Earth Sciences, "
                "University of Bergsvik",
            ),
            (
                "2021 – 2024",
                "PhD: Sindre Lauvstad-Obeng (main supervisor; co-supervisor Dr. Aurora "
                "Tveit-Mensah)",
            ),
            ("2022 –", "PhD: Paulina Wróblewska-Hart (main supervisor)"),
            ("2021 – 2023", "Postdoc: Dr. Ezequiel Barrantes-Moe"),
            (
                "2018 – 2020",
                "1 PhD student (co-supervisor), Swiss Federal Institute for Snow "
                "and Avalanche Studies",
            ),
        ],
    ),
    (
        "TEACHING ACTIVITIES",
        [("2020 –", "Lecturer, Glacier dynamics (GEOF 340), University of Bergsvik")],
    ),
    (
        "ORGANISATION OF SCIENTIFIC MEETINGS",
        [
            (
                "2023",
                "Co-convener, EGU session CR5.2 “Seismology of the cryosphere” (with Dr. "
                "Matteo Carluccio-Bianchi and Dr. Aoife Brannigan-Lund)",
            ),
        ],
    ),
    (
        "INSTITUTIONAL RESPONSIBILITIES",
        [
            (
                "2022 –",
                "Member of the faculty hiring committee, Faculty of Mathematics and "
                "Natural Sciences",
            ),
            ("2021 –", "PhD programme board member, Institute of Earth Sciences"),
        ],
    ),
    (
        "REVIEWING ACTIVITIES",
        [
            (
                "2023",
                "Evaluation committee member for the PhD defence of Hallvard Ytre-Nessa, "
                "University of Trondmark",
            ),
            ("2019 –", "Reviewer for Nature Geoscience, The Cryosphere, GRL"),
        ],
    ),
    (
        "MAJOR COLLABORATIONS",
        [
            ("", "Prof. Kalani Whitford-Oduya, University of Kaimana, USA: glacial earthquakes"),
            (
                "",
                "Dr. Theodora Papanikolaou-Berg, ETH Seeberg, Switzerland: fibre-optic "
                "sensing on ice",
            ),
        ],
    ),
]
B = "**Sæmundsdóttir-Wahl, I.**"
TRACK = [
    f"Lauvstad-Obeng, S., {B}, Tveit-Mensah, A. (2024). Basal crevassing imaged by "
    "distributed acoustic sensing. Nature Geoscience 17, 512–519.",
    f"{B}, Barrantes-Moe, E., Whitford-Oduya, K. (2023). Tidal modulation of icequakes at a "
    "marine-terminating glacier. Geophysical Research Letters 50, e2023GL104411.",
    f"Wróblewska-Hart, P., {B} (2023). Seasonal seismic velocity changes in temperate ice. "
    "The Cryosphere 17, 3301–3318.",
    f"{B}, Papanikolaou-Berg, T. (2021). Fibre-optic seismology on an Alpine glacier. "
    "Journal of Glaciology 67, 1090–1104.",
    f"{B}, Ocampo-Reyes, D. (2016). Calving seismicity in Greenland fjords. Journal of "
    "Geophysical Research: Earth Surface 121, 2201–2219.",
    f"{B}, Halldórsson-Pike, G. (2014). Hydrofracture-driven tremor beneath Vatnajökull. "
    "Annals of Glaciology 55, 41–50.",
]


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", cls=Proposal, format="A4")
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "Section b. Curriculum vitae (max. 2 pages)", new_x="LMARGIN", new_y="NEXT")
    for title, lines in CV:
        pdf.ln(2.5)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        for when, text in lines:
            top = pdf.get_y()
            if when:
                pdf.set_font("Sans", "B", 9.5)
                pdf.set_xy(10, top)
                pdf.cell(26, 5, when)
            pdf.set_font("Sans", "", 9.5)
            pdf.set_xy(38 if when else 10, top)
            pdf.multi_cell(0, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "Appendix: Track record", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(
        0,
        4.5,
        "Publications in major international peer-reviewed journals "
        "(first or senior author; PhD students and postdocs supervised by the PI "
        "listed first where applicable). Citations: Google Scholar, May 2025.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Sans", "", 9.5)
    for number, entry in enumerate(TRACK, 1):
        top = pdf.get_y()
        pdf.set_xy(10, top)
        pdf.cell(7, 5, f"{number}.")
        pdf.set_xy(17, top)
        pdf.multi_cell(0, 5, entry, markdown=True, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b72_en_erc_cv.pdf").write_bytes(render())
