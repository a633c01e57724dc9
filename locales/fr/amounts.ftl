# Français. Review status: machine-assisted, waiting for a qualified translator.

amount-error-ambiguous = Nous ne pouvons pas savoir si le séparateur indique des milliers ou des øre (centimes). Écrivez 11500 ou 11 500 pour onze mille cinq cents couronnes. Écrivez les øre après une virgule, avec deux chiffres : 11 500,50.
amount-error-separators = Les espaces, points ou virgules ne sont pas au bon endroit. Écrivez les milliers par groupes de trois, par exemple 1 250 000 ou 1250000, et les øre après une virgule : 12 500,50.
amount-error-decimals = Écrivez au plus deux chiffres après la virgule (øre), par exemple 12 500,50.
count-error-whole = Écrivez un nombre entier, par exemple 2.
