# Norsk bokmål. Beløp og antall som ikke kan leses sikkert (src/format/amount.rs har regelen).
# Eksemplene er skrevet slik en leser av dette språket skriver tall.

amount-error-ambiguous = Vi kan ikke vite om skilletegnet betyr tusen eller øre. Skriv 11500 eller 11 500 for elleve tusen fem hundre kroner. Øre skriver du etter komma, med to sifre: 11 500,50.
amount-error-separators = Mellomrom, punktum eller komma står på feil sted. Skriv tusen i grupper på tre, for eksempel 1 250 000 eller 1250000, og øre etter komma: 12 500,50.
amount-error-decimals = Skriv høyst to sifre etter kommaet (øre), for eksempel 12 500,50.
count-error-whole = Skriv et helt tall, for eksempel 2.
