# The interpreter view's own words: the button that shows a long text's Norwegian twin on a
# phone, and the note beside what the resident typed (shown once, as typed).
# Review status: see main.ftl.

interpreter-norwegian = Po norwesku
interpreter-resident-typed = tak, jak wpisał wnioskodawca
