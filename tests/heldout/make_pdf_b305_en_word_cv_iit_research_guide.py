"""Render the b305 English held-out PDF: an IIT associate professor's CV typed in Word.

One column, upper-case section titles, one paragraph per entry, as Word exports it.
Indian usage throughout: a Ph.D. "under the guidance of" a guide with a co-guide, a
Ramanujan Fellowship, "Research guide" for the owner's own scholars, "Doctoral Committee
(DC) member" (a progress committee, no jury) beside "external examiner of the thesis of A";
traps: the Head of the Department, a Dean's nominee, the Board of Studies, a session chair,
and the DST/SERB grants.

Run ``.venv/bin/python make_pdf_b305_en_word_cv_iit_research_guide.py`` beside this file;
the people and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, classic

LINES = [
    "Dr. Pradeep Kumar Vellanki",
    "Associate Professor, Department of Chemical Engineering",
    "Indian Institute of Technology Kanthapur, Kanthapur 208199, Uttar Pradesh, India",
    "Phone: +91 512 259 0000 | E-mail: pkv@che.iitkanthapur.example.in",
    "",
    "ACADEMIC POSITIONS",
    "2021 – present: Associate Professor, Department of Chemical Engineering, Indian "
    "Institute of Technology Kanthapur.",
    "2017 – 2021: Assistant Professor, Department of Chemical Engineering, Indian Institute "
    "of Technology Kanthapur.",
    "2015 – 2017: Ramanujan Fellow at Centre for Soft Matter Research, Bengaluru (fellowship "
    "funded by SERB, Department of Science and Technology, Government of India).",
    "2012 – 2015: Postdoctoral Research Associate, School of Chemistry, University of "
    "Glenmoor, United Kingdom. Postdoctoral mentor: Prof. Harriet Ellingworth.",
    "",
    "EDUCATION",
    "2007 – 2012: Ph.D. (Chemical Engineering), Indian Institute of Technology Devgarh. "
    "Thesis: Dewetting of thin polymer films on patterned substrates. Ph.D. under the "
    "guidance of Prof. M. S. Ramalingam; Co-guide: Dr. Anjali Deshpande-Rao.",
    "2005 – 2007: M.Tech. (Chemical Engineering), National Institute of Technology "
    "Kalinganagar. M.Tech. project guide: Dr. Sibaram Mohapatra.",
    "2001 – 2005: B.Tech. (Chemical Engineering), Sri Venkatadri University College of "
    "Engineering, Tirupati.",
    "",
    "AWARDS AND FELLOWSHIPS",
    "2019: INSPIRE Faculty Award (declined in favour of the faculty position at IIT Kanthapur).",
    "2015: Ramanujan Fellowship, SERB, Government of India.",
    "2008 – 2012: Senior Research Fellowship, Council of Scientific and Industrial Research.",
    "",
    "RESEARCH SUPERVISION",
    "Research guide for the following Ph.D. scholars at IIT Kanthapur:",
    "1. Ms. Harini Subramaniam (2018 – 2023, degree awarded). Thesis: Evaporation-driven "
    "assembly of colloids in confined drops.",
    "2. Mr. Rohit Bhattacharjee (2019 – present). Co-guide: Dr. P. L. Narasimhan.",
    "3. Mr. Abdul Wahid Qureshi (2021 – present).",
    "M.Tech. theses guided: Ms. Sneha Kulkarni (2022), Mr. Arjun Thekkedath (2023).",
    "Summer research intern: Mr. Kabir Anand, NIT Kalinganagar (May – July 2022).",
    "",
    "DOCTORAL COMMITTEES AND THESIS EVALUATION",
    "Doctoral Committee (DC) member for Mr. Vivek Chandrasekar (Department of Chemistry, "
    "2020 – present) and Ms. Lavanya Pillai (Department of Materials Science, 2021 – present).",
    "External examiner of the thesis of Mr. Gaurav Sinha, National Institute of Technology "
    "Kalinganagar (2022).",
    "Ph.D. thesis examiner for Ms. Ritu Agarwal, Deccan Central University (2023).",
    "",
    "ADMINISTRATIVE RESPONSIBILITIES",
    "Member, Board of Studies, Department of Chemical Engineering, Sri Venkatadri University "
    "(2020 – 2023).",
    "Dean's nominee, faculty selection committee, National Institute of Technology "
    "Kalinganagar (2022).",
    "Faculty advisor, B.Tech. batch of 2024, IIT Kanthapur.",
    "Chairperson of the session on Interfacial Phenomena, CHEMCON 2022, Kanthapur.",
    "",
    "SPONSORED RESEARCH PROJECTS",
    "Principal Investigator, SERB Core Research Grant CRG/2019/00xxxx, Rs. 48 lakh (2019 – 2022).",
    "Co-Principal Investigator, DST Nano Mission project with Prof. Farida Hussainy, "
    "Indian Institute of Technology Devgarh (2020 – 2023).",
    "",
    "SELECTED PUBLICATIONS (* corresponding author, # equal contribution)",
    "1. H. Subramaniam, R. Bhattacharjee, P. K. Vellanki*. Coffee-ring suppression in "
    "confined drops. Langmuir Letters 39, 1021 (2023).",
    "2. A. W. Qureshi#, S. Kulkarni#, T. Okonjo-Baird, P. K. Vellanki*. Patterned dewetting "
    "on soft substrates. Soft Matter Reports 18, 440 (2022).",
    "3. P. K. Vellanki, H. Ellingworth*. Instabilities of bilayer films. Physical Review "
    "Fluids Letters 2, 77 (2014).",
    "4. P. K. Vellanki, A. Deshpande-Rao, M. S. Ramalingam*. Dewetting on chemically "
    "striped surfaces. Journal of Interface Engineering 12, 305 (2011).",
    "",
    "REFERENCES",
    "Prof. M. S. Ramalingam, Professor (Retd.), Indian Institute of Technology Devgarh.",
    "Prof. N. Gopalakrishnan, Head of the Department, Department of Chemical Engineering, "
    "IIT Kanthapur.",
    "Prof. Harriet Ellingworth, School of Chemistry, University of Glenmoor.",
]


if __name__ == "__main__":
    (HERE / "b305_en_word_cv_iit_research_guide.pdf").write_bytes(classic(LINES))
