# Configuration file for the Sphinx documentation builder.
project = "Équipe Basalte"
copyright = "2025, Loïc Vermorel"
author = "Loïc Vermorel"
extensions = ["myst_parser"]
html_theme = "furo"
language = "fr"
