# Norsk nynorsk. Review status: machine-assisted, waiting for a qualified translator.

amount-error-ambiguous = Vi kan ikkje vite om skiljeteiknet tyder tusen eller øre. Skriv 11500 eller 11 500 for elleve tusen fem hundre kroner. Øre skriv du etter komma, med to siffer: 11 500,50.
amount-error-separators = Mellomrom, punktum eller komma står på feil stad. Skriv tusen i grupper på tre, til dømes 1 250 000 eller 1250000, og øre etter komma: 12 500,50.
amount-error-decimals = Skriv høgst to siffer etter kommaet (øre), til dømes 12 500,50.
count-error-whole = Skriv eit heilt tal, til dømes 2.
