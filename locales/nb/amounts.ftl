amount-error-ambiguous = Vi kan ikke vite om skilletegnet betyr tusen eller øre. Skriv 11500 eller 11 500 for elleve tusen fem hundre kroner, og øre med to sifre etter komma: 11 500,50.
amount-error-separators = Mellomrom, punktum eller komma står på feil sted. Skriv tusen i grupper på tre, for eksempel 1 250 000 eller 1250000, og øre etter komma: 12 500,50.
amount-error-decimals = Skriv høyst to sifre etter kommaet (øre), for eksempel 12 500,50.
count-error-whole = Skriv et helt tall, for eksempel 2.
