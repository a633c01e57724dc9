# Words people use (issue 14): the municipality as people write it, and a name of its own for each group of choices.
words-municipality-found = Vi fann { $name } kommune ({ $number }).
words-municipality-replaced-number = Kommunenummer { $old } er ikkje i bruk lenger. Det er endra ({ $path }) og er no { $name } kommune ({ $new }). Vi bruker { $new }.
words-municipality-replaced-name = { $old } ({ $number }) er ikkje ein eigen kommune lenger. Han vart ein del av { $name } kommune ({ $path }). Vi bruker { $new }.
words-municipality-divided = { $old } kommune ({ $number }) vart delt i fleire kommunar. Vel den du bur i no:
words-municipality-several = Fleire kommunar passar. Vel den du bur i:
words-municipality-not-found = Vi finn ingen kommune med det namnet eller nummeret. Skriv namnet på kommunen på norsk, eller det firesifra kommunenummeret.
error-municipality-divided = Kommunen med dette nummeret er delt i fleire kommunar. Skriv namnet på kommunen du bur i no.
explain-needs-reception-centre = Bur du på asylmottak og har fått opphaldsløyve, skal kommunen du blir busett i hjelpe deg med bustad. Spør mottaket om busetjinga.
words-income-period = Er beløpet per år eller per månad?
words-income-basis = Er beløpet før eller etter skatt?
