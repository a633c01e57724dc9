# Polski. Review status: machine-assisted, waiting for a qualified translator.

amount-error-ambiguous = Nie wiemy, czy separator oznacza tysiące, czy øre (grosze). Wpisz 11500 lub 11 500, jeśli chodzi o jedenaście tysięcy pięćset koron. Øre wpisz po przecinku, dwiema cyframi: 11 500,50.
amount-error-separators = Spacje, kropki lub przecinki są w złym miejscu. Wpisuj tysiące w grupach po trzy cyfry, na przykład 1 250 000 lub 1250000, a øre po przecinku: 12 500,50.
amount-error-decimals = Wpisz najwyżej dwie cyfry po przecinku (øre), na przykład 12 500,50.
count-error-whole = Wpisz liczbę całkowitą, na przykład 2.
