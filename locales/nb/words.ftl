# Ord folk bruker (sak 14): kommunen slik folk skriver den, og et eget navn på hver gruppe med svaralternativer.
words-municipality-found = Vi fant { $name } kommune ({ $number }).
words-municipality-replaced-number = Kommunenummer { $old } er ikke i bruk lenger. Det er endret ({ $path }) og er nå { $name } kommune ({ $new }). Vi bruker { $new }.
words-municipality-replaced-name = { $old } ({ $number }) er ikke en egen kommune lenger. Den ble en del av { $name } kommune ({ $path }). Vi bruker { $new }.
words-municipality-divided = { $old } kommune ({ $number }) ble delt i flere kommuner. Velg den du bor i nå:
words-municipality-several = Flere kommuner passer. Velg den du bor i:
words-municipality-not-found = Vi finner ingen kommune med det navnet eller nummeret. Skriv navnet på kommunen på norsk, eller det firesifrede kommunenummeret.
error-municipality-divided = Kommunen med dette nummeret er delt i flere kommuner. Skriv navnet på kommunen du bor i nå.
explain-needs-reception-centre = Bor du på asylmottak og har fått oppholdstillatelse, skal kommunen du blir bosatt i hjelpe deg med bolig. Spør mottaket om bosettingen.
words-income-period = Er beløpet per år eller per måned?
words-income-basis = Er beløpet før eller etter skatt?
