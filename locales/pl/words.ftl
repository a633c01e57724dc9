# Words people use (issue 14): the municipality as people write it, and a name of its own for each group of choices.
words-municipality-found = Znaleziono: gmina { $name } ({ $number }).
words-municipality-replaced-number = Numer gminy { $old } nie jest już używany. Został zmieniony ({ $path }) i teraz jest to gmina { $name } ({ $new }). Używamy { $new }.
words-municipality-replaced-name = { $old } ({ $number }) nie jest już osobną gminą. Stała się częścią gminy { $name } ({ $path }). Używamy { $new }.
words-municipality-divided = Gmina { $old } ({ $number }) została podzielona na kilka gmin. Wybierz tę, w której teraz mieszkasz:
words-municipality-several = Pasuje kilka gmin. Wybierz tę, w której mieszkasz:
words-municipality-not-found = Nie znajdujemy gminy o tej nazwie lub numerze. Wpisz nazwę gminy po norwesku albo jej czterocyfrowy numer.
error-municipality-divided = Gmina o tym numerze została podzielona na kilka gmin. Wpisz nazwę gminy, w której teraz mieszkasz.
explain-needs-reception-centre = Jeśli mieszkasz w ośrodku dla osób ubiegających się o azyl i masz zezwolenie na pobyt, gmina, w której zostaniesz osiedlony, musi pomóc ci znaleźć mieszkanie. Zapytaj w ośrodku o osiedlenie (bosetting).
words-income-period = Czy to kwota na rok, czy na miesiąc?
words-income-basis = Czy to kwota przed podatkiem, czy po podatku?
