# Words people use (issue 14): the municipality as people write it, and a name of its own for each group of choices.
words-municipality-found = Mii gávnnaimet { $name } suohkana ({ $number }).
words-municipality-replaced-number = Suohkannummir { $old } ii leat šat geavahusas. Dat lea rievdaduvvon ({ $path }) ja lea dál { $name } suohkan ({ $new }). Mii geavahit { $new }.
words-municipality-replaced-name = { $old } ({ $number }) ii leat šat sierra suohkan. Dat šattai oassin { $name } suohkanis ({ $path }). Mii geavahit { $new }.
words-municipality-divided = { $old } suohkan ({ $number }) juhkkojuvvui máŋga suohkanii. Vállje dan gos don orut dál:
words-municipality-several = Máŋga suohkana heivejit. Vállje dan gos don orut:
words-municipality-not-found = Mii eat gávnna suohkana dainna namain dahje nummariin. Čále suohkana nama dáruiguillii, dahje njealljenumat suohkannummira.
error-municipality-divided = Suohkan mas lea dát nummir lea juhkkojuvvon máŋga suohkanii. Čále dan suohkana nama gos don orut dál.
explain-needs-reception-centre = Jus don orut báhtareddjiid vuostáiváldinguovddážis ja leat ožžon orrunlobi, de suohkan gosa don ássaduvvot galgá veahkehit du ássanbáikkiin. Jeara vuostáiváldinguovddážis ássaheami birra (bosetting).
words-income-period = Leago submi jahkái vai mánnui?
words-income-basis = Leago submi ovdal vai maŋŋel vearu?
