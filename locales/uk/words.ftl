# Words people use (issue 14): the municipality as people write it, and a name of its own for each group of choices.
words-municipality-found = Знайдено: комуна { $name } ({ $number }).
words-municipality-replaced-number = Номер комуни { $old } більше не використовується. Його змінили ({ $path }), і тепер це комуна { $name } ({ $new }). Ми використовуємо { $new }.
words-municipality-replaced-name = { $old } ({ $number }) більше не окрема комуна. Вона стала частиною комуни { $name } ({ $path }). Ми використовуємо { $new }.
words-municipality-divided = Комуну { $old } ({ $number }) поділили на кілька комун. Виберіть ту, де ви живете зараз:
words-municipality-several = Підходить кілька комун. Виберіть ту, де ви живете:
words-municipality-not-found = Ми не знаходимо комуни з такою назвою чи номером. Напишіть назву комуни норвезькою або її чотиризначний номер.
error-municipality-divided = Комуну з цим номером поділили на кілька комун. Напишіть назву комуни, де ви живете зараз.
explain-needs-reception-centre = Якщо ви живете в центрі для шукачів притулку й отримали дозвіл на проживання, комуна, у яку вас поселять, має допомогти вам із житлом. Запитайте в центрі про поселення (bosetting).
words-income-period = Це сума на рік чи на місяць?
words-income-basis = Це сума до чи після оподаткування?
