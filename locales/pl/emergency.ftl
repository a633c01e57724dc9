# Nowhere to sleep tonight: the emergency help, and the law behind the needs check's answer.
# Review status: see main.ftl.

## The start page's way in (its title is emergency-heading)
emergency-entry-body = Zadzwoń do NAV albo idź dziś do biura NAV. Zobacz, jak dostać pomoc.

## The emergency help
emergency-page-title = Nie masz gdzie spać tej nocy? – Husly
emergency-outcome = W takim razie jesteś „vanskeligstilt på boligmarkedet” (w trudnej sytuacji na rynku mieszkaniowym) i sprawa jest pilna. NAV musi pomóc ci znaleźć miejsce do spania na tę noc.
emergency-call = Zadzwoń do NAV
emergency-call-evening = Wieczorem lub w weekend zadzwoń do pogotowia lekarskiego (legevakt):
emergency-office = Idź dziś do biura NAV
emergency-office-here = Idź do biura NAV w gminie, w której teraz jesteś.
emergency-office-in = Idź do biura NAV w gminie { $municipality }.
emergency-office-duty = NAV musi pomóc ci znaleźć miejsce do spania na tę noc (zakwaterowanie tymczasowe, midlertidig botilbud, sosialtjenesteloven § 27).
emergency-say = Co możesz powiedzieć
emergency-say-words = Nie mam gdzie spać tej nocy i potrzebuję zakwaterowania tymczasowego.
emergency-say-meaning = To znaczy:
emergency-say-show = Możesz też pokazać im ekran.
emergency-danger = Czy jesteś teraz w niebezpieczeństwie? Zadzwoń na policję:
emergency-continue = Odpowiedz na kolejne pytania
emergency-continue-hint = Nie musisz. Jeśli odpowiesz, zobaczysz, jaka inna pomoc może do ciebie pasować, na przykład mieszkanie od gminy.

## The needs check's answer
needs-outcome-emergency = Jesteś „vanskeligstilt på boligmarkedet” (w trudnej sytuacji na rynku mieszkaniowym) i sprawa jest pilna, bo nie masz gdzie spać tej nocy.
needs-law-heading = Na czym to się opiera
explain-needs-no-bed-tonight = Nie masz gdzie spać tej nocy. Jesteś więc w trudnej sytuacji na rynku mieszkaniowym i sprawa jest pilna.
explain-law-vanskeligstilt = Ustawa o odpowiedzialności gmin w dziedzinie mieszkalnictwa socjalnego (boligsosialloven), od 1 lipca 2023 r.: jesteś „vanskeligstilt på boligmarkedet”, jeśli z powodów finansowych, społecznych lub zdrowotnych nie możesz sam zdobyć ani utrzymać odpowiedniego mieszkania.
explain-law-individual-help = Boligsosialloven § 6: gmina musi udzielić ci pomocy dostosowanej do ciebie i twoich potrzeb, we współpracy z tobą.
explain-law-temporary-accommodation = Sosialtjenesteloven § 27: gmina musi znaleźć zakwaterowanie tymczasowe (midlertidig botilbud) dla osoby, która nie może zrobić tego sama. Zajmuje się tym biuro NAV.
