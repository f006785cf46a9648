AUTHOR = "Solène Vauquelin-Roussel"
SITENAME = "Géomorphologie des versants"
SITEURL = ""
PATH = "content"
TIMEZONE = "Europe/Paris"
DEFAULT_LANG = "fr"
LINKS = (("Université", "https://example.org/"),)
DEFAULT_PAGINATION = 10
