"""Render b72_en_publist_running_heads.pdf: a three-page CV whose long publication list
runs across page breaks under a running header (the owner's name and "Curriculum Vitae")
and a footer ("Page n of 3") on every page; each entry hangs under its number, the owner's
name in bold as a run of its own in every author list.

Run ``.venv/bin/python make_pdf_b72_en_publist_running_heads.py`` beside this file; the
people and places are fictional.
"""

from __future__ import annotations

from fpdf import FPDF
from make_pdfs import HERE, new_pdf

NAME = "Anneliese Thorvaldsen-Quaye"
SHORT = "A. Thorvaldsen-Quaye"


class RunningHeads(FPDF):
    def header(self):
        self.set_font("Serif", "I", 8)
        self.set_text_color(110, 110, 110)
        self.cell(95, 5, f"{NAME} — Curriculum Vitae")
        self.cell(0, 5, "updated March 2025", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(10, 16, 200, 16)
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def footer(self):
        self.set_y(-13)
        self.set_font("Serif", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


OPENING = [
    ("Professor of Molecular Ecology, Department of Biology, University of Aldermoor (since 2019)"),
    "Reader in Molecular Ecology, University of Aldermoor (2014–2019)",
    "Lecturer, School of Life Sciences, Carrowfield University (2010–2014)",
    "PhD in Evolutionary Biology, Carrowfield University (2009), supervised by "
    "Prof. Desmond Achebe-Whitlock",
    "BSc in Zoology, University of Pentreath (2005)",
]
B = f"**{SHORT}**"
JOURNAL = [
    f"K. Osei-Lindgren, {B}, R. Vasquez-Holm. Landscape genomics of the pine marten in "
    "fragmented forest. Molecular Ecology 34: e17201 (2025).",
    f"{B}, K. Osei-Lindgren. Effective population size from linkage disequilibrium in "
    "mustelids. Evolutionary Applications 17: 1120–1134 (2024).",
    f"L. Marchetti-Obi, H. Sandoval-Ruiz, {B}. Environmental DNA surveys of otter "
    "recolonisation. Conservation Genetics 24: 611–625 (2023).",
    f"R. Vasquez-Holm, {B}. Sex-biased dispersal in a recovering carnivore. Heredity 129: "
    "88–97 (2022).",
    f"{B}, D. Achebe-Whitlock, T. Nakashima-Berg, P. Lindqvist-Addo. Genomic signatures of "
    "a post-glacial expansion. Proceedings of the Royal Society B 288: 20211456 (2021).",
    f"H. Sandoval-Ruiz, {B}. Microsatellite and SNP estimates of relatedness compared. "
    "Molecular Ecology Resources 20: 1440–1452 (2020).",
    f"T. Nakashima-Berg, {B}, M. Fairbrother. Island colonisation by the stoat. Journal of "
    "Biogeography 46: 2001–2013 (2019).",
    f"{B}, M. Fairbrother. Population structure of red squirrels in upland refugia. "
    "Biological Conservation 220: 45–53 (2018).",
    f"P. Lindqvist-Addo, {B}. A reference panel for mustelid genotyping. Conservation "
    "Genetics Resources 9: 301–305 (2017).",
    f"G. Okwuosa-Fell, {B}, H. Sandoval-Ruiz, L. Marchetti-Obi, K. Osei-Lindgren, "
    "R. Vasquez-Holm. A genotyping-by-sequencing pipeline for non-invasive samples. "
    "Molecular Ecology Resources 16: 1302–1315 (2016).",
    f"M. Fairbrother, {B}. Hair-tube sampling designs for arboreal mammals. Mammal Review "
    "45: 170–181 (2015).",
    f"{B}, B. Ilunga-Sorensen, M. Fairbrother. Landscape resistance and gene flow in the "
    "hazel dormouse. Landscape Ecology 29: 1653–1666 (2014).",
    f"B. Ilunga-Sorensen, {B}. Isolation by distance in island shrews. Journal of "
    "Mammalogy 94: 1011–1020 (2013).",
    f"{B}, S. Ferreira-Mbatha, et al. Population genetics of the pine marten across Ireland. "
    "Conservation Genetics 13: 1201–1213 (2012).",
    f"S. Ferreira-Mbatha, {B}, D. Achebe-Whitlock. Ancient DNA of Irish stoats. Journal of "
    "Biogeography 38: 2213–2224 (2011).",
    f"{B}, D. Achebe-Whitlock. Coalescent models of the Irish stoat. Molecular Biology and "
    "Evolution 27: 1455–1468 (2010).",
    f"{B}, D. Achebe-Whitlock, S. Ferreira-Mbatha. Phylogeography of Mustela erminea. "
    "Molecular Ecology 18: 4021–4035 (2009).",
]
CONFERENCES = [
    f"{B}, L. Marchetti-Obi. eDNA occupancy models for semi-aquatic mammals. In Proc. "
    "European Congress of Mammalogy, 2023.",
    f"K. Osei-Lindgren, {B}. Resistance surfaces from genomic data. In Proc. Landscape "
    "Genetics Symposium, 2022.",
]
CHAPTERS = [
    f"{B}. Genetic monitoring of returning carnivores. In: J. Halvorsen and "
    "E. Brightwater-Kaye (eds.), Rewilding Europe: Science and Practice, pp. 211–236. "
    "Aldermoor University Press, 2021.",
]
TALKS = [
    "Genomics of returning carnivores. Keynote, British Ecological Society annual meeting, "
    "Edinburgh, 2024.",
    "Counting martens from their hair. Invited seminar, Carrowfield University, 2022.",
]
GRANTS = [
    "NERC Standard Grant NE/X0042, “Genomic monitoring of mustelid recovery” (2022–2026), "
    "PI; co-investigators Dr. Rosalind Vasquez-Holm and Prof. Ewan Castellane-Roy.",
    "Leverhulme Research Project Grant RPG-2017-118 (2018–2021), co-investigator "
    "(PI: Prof. Ewan Castellane-Roy).",
]
STUDENTS = [
    "Kwabena Osei-Lindgren, PhD 2021–2025 (co-supervised with Dr. Rosalind Vasquez-Holm)",
    "Luciana Marchetti-Obi, PhD 2019–2023",
    "Hernán Sandoval-Ruiz, PhD 2016–2020",
    "Tomoko Nakashima-Berg, postdoctoral fellow 2017–2019",
]


def entries(pdf: FPDF, title: str, items: list[str], start: int) -> int:
    pdf.ln(3)
    pdf.set_font("Serif", "B", 11)
    pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    for number, item in enumerate(items, start):
        if pdf.get_y() > 270:
            pdf.add_page()
        top = pdf.get_y()
        pdf.set_font("Serif", "", 10.5)
        pdf.set_xy(12, top)
        pdf.cell(10, 5.4, f"{number}.", align="R")
        pdf.set_xy(24, top)
        pdf.multi_cell(174, 5.4, item, markdown=True, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.4)
    return start + len(items)


def render() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", "Serif-I", cls=RunningHeads, format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Serif", "B", 18)
    pdf.cell(0, 9, NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.5)
    pdf.cell(0, 5, "Department of Biology, University of Aldermoor", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Serif", "B", 11)
    pdf.cell(0, 6, "Positions and education", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.5)
    for line in OPENING:
        pdf.set_x(14)
        pdf.multi_cell(184, 4.8, "– " + line, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Serif", "B", 11)
    pdf.cell(0, 6, "Doctoral students and postdocs supervised", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.5)
    for line in STUDENTS:
        pdf.set_x(14)
        pdf.multi_cell(184, 4.8, "– " + line, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "B", 13)
    pdf.cell(0, 7, "Publications", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "I", 8.5)
    pdf.cell(
        0,
        4.5,
        "Names of supervised students are in italics in the original; author order as published.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    number = entries(pdf, "Peer-reviewed journal articles", JOURNAL, 1)
    number = entries(pdf, "Conference papers", CONFERENCES, number)
    entries(pdf, "Book chapters", CHAPTERS, number)
    entries(pdf, "Invited talks", TALKS, 1)
    entries(pdf, "Research grants", GRANTS, 1)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b72_en_publist_running_heads.pdf").write_bytes(render())
