# Words people use (issue 14): the municipality as people write it, and a name of its own for each group of choices.
words-municipality-found = Found: { $name } municipality ({ $number }).
words-municipality-replaced-number = Municipality number { $old } is no longer in use. It was changed ({ $path }) and is now { $name } municipality ({ $new }). We use { $new }.
words-municipality-replaced-name = { $old } ({ $number }) is no longer a municipality of its own. It became part of { $name } municipality ({ $path }). We use { $new }.
words-municipality-divided = { $old } municipality ({ $number }) was divided into several municipalities. Choose the one you live in now:
words-municipality-several = More than one municipality fits. Choose the one you live in:
words-municipality-not-found = We cannot find a municipality with that name or number. Write the municipality's name in Norwegian, or its four-digit number.
error-municipality-divided = The municipality with this number was divided into several municipalities. Write the name of the municipality you live in now.
explain-needs-reception-centre = If you live in an asylum reception centre and have a residence permit, the municipality that settles you must help you find a home. Ask the reception centre about settlement (bosetting).
words-income-period = Is the amount per year or per month?
words-income-basis = Is the amount before or after tax?
