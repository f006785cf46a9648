"""The bundled fictional demo web: every person, lab and university in it is invented."""
