# Teksty tego, co moduł reguł wyjaśnia, rozstrzyga i odrzuca. Review status: see main.ftl.

## Jak liczyliśmy: dochód i podatek
explain-income-gross-given = Podałeś/-aś dochód przed podatkiem: { $gross } rocznie. Po podatku to około { $net }.
explain-income-net-given = Podałeś/-aś dochód po podatku. Odpowiada to około { $gross } rocznie przed podatkiem i { $net } po podatku.
explain-tax-minimum-deduction = Ulga minimalna (minstefradrag) od { $gross } wynosi { $deduction }.
explain-tax-ordinary-income = Dochód zwykły po odliczeniach wynosi { $ordinary_income }. Podatek od niego wynosi { $tax }.
explain-tax-trygdeavgift = Składka na ubezpieczenie społeczne (trygdeavgift) wynosi { $trygdeavgift }.
explain-tax-trinnskatt = Podatek progresywny (trinnskatt) wynosi { $trinnskatt }.
explain-tax-net = Łączny podatek wynosi około { $total_tax }. Zostaje ci { $net } rocznie.

## Jak liczyliśmy: bostøtte
explain-bostotte-costs = Koszty mieszkania wynoszą { $monthly_cost } miesięcznie. Do tego liczy się stałą kwotę na ogrzewanie, { $heating } rocznie.
explain-bostotte-house-operating = Dla domu jednorodzinnego liczy się też { $amount } rocznie na utrzymanie.
explain-bostotte-cost-cap = Dla { $persons ->
        [one] jednej osoby
       *[other] { $persons } osób
    } w { $municipality } (grupa { $group }) koszty mieszkania liczy się do { $cap } rocznie.
explain-bostotte-counted-costs = Koszty mieszkania wynoszą { $costs } rocznie. Liczymy { $counted }, bo limit wynosi { $cap }.
explain-bostotte-income = Dochód wynosi { $gross_income }. Z majątku liczy się { $wealth_part }. Razem { $income }.
explain-bostotte-weighting = { $persons ->
        [1] Mieszkasz sam/-a, więc dochód liczy się bez zmian: { $weighted } rocznie.
       *[other] Dochód dzieli się przez { $factor }, bo razem mieszka { $persons } osób. To daje { $weighted } rocznie.
    }
explain-bostotte-egenandel = Udział własny (egenandel), czyli to, co musisz zapłacić sam/-a, wynosi { $egenandel } rocznie.
explain-bostotte-coverage = Bostøtte pokrywa { $rate } kosztów mieszkania ponad udział własny. To daje { $monthly } miesięcznie.
explain-bostotte-below-minimum = Kwota jest niższa niż { $minimum } miesięcznie. Tak niskie kwoty nie są wypłacane.
explain-bostotte-excluded-student = Studenci, którzy mogą dostać wsparcie z Lånekassen i nie mają dzieci, nie mogą dostać bostøtte.
explain-bostotte-excluded-national-service = Osoby odbywające służbę wojskową lub zastępczą nie mogą dostać bostøtte.
explain-bostotte-excluded-institution = Osoby mieszkające w placówce, które płacą według dochodu, nie mogą dostać bostøtte.
explain-bostotte-no-home = Bostøtte przysługuje temu, kto ma własne mieszkanie i płaci koszty mieszkania.

## Jak liczyliśmy: startlån
explain-startlan-living-floor = Państwowe stawki kosztów utrzymania dla { $adults ->
        [one] jednej osoby dorosłej
       *[other] { $adults } osób dorosłych
    } i { $children ->
        [0] bez dzieci
        [one] jednego dziecka
       *[other] { $children } dzieci
    } wynoszą { $floor } miesięcznie. Nigdy nie liczymy mniej.
explain-startlan-living-raised-to-floor = Podałeś/-aś niższe koszty utrzymania niż stawki państwowe. Liczymy { $floor }.
explain-startlan-available = Dochód po podatku wynosi { $net_income } miesięcznie. Minus koszty utrzymania { $living_costs }, inne stałe wydatki { $other_fixed_costs } oraz utrzymanie i opłaty wspólne { $maintenance }: na kredyt zostaje { $available }.
explain-startlan-rate = Oprocentowanie wynosi { $rate } (zmienne oprocentowanie Husbanken plus marża gminy).
explain-startlan-rate-municipal = Oprocentowanie wynosi { $rate }, tak jak ustaliła gmina.
explain-startlan-stress-rate = Musisz udźwignąć oprocentowanie { $stress_rate } (stopa referencyjna plus dodatek).
explain-startlan-max-loan = Przez { $years } lat możesz spłacać kredyt w wysokości około { $max_loan }.
explain-startlan-long-term-applies = Warunki spłaty przez { $years } lat wydają się spełnione. Wtedy możesz spłacać około { $max_loan }.
explain-startlan-long-term-not-met = Przy spłacie przez { $years } lat mógłbyś/mogłabyś spłacać około { $max_loan }, ale według twoich odpowiedzi warunki tak długiej spłaty nie są spełnione.
explain-startlan-purchase = Mieszkanie kosztuje { $price }, a zakup kosztuje dodatkowo { $costs }. Musisz pożyczyć { $loan_needed }. Prawdopodobnie możesz spłacać { $loan } i musisz płacić { $monthly } miesięcznie.
explain-startlan-deleie = Przy współwłasności (deleie) kupujesz { $share } mieszkania za { $share_price } i płacisz gminie { $compensation } miesięcznie za resztę. Kredyt: { $loan }. Brakuje: { $grant_need }. Razem { $monthly_total } miesięcznie.

## Sprawdzenie potrzeb
explain-needs-homeless = Nie masz stałego miejsca zamieszkania.
explain-needs-at-risk = Możesz stracić mieszkanie.
explain-needs-unsuitable = Mieszkanie lub okolica nie są dla ciebie odpowiednie.
explain-needs-yes = Na podstawie odpowiedzi możesz być „vanskeligstilt på boligmarkedet” (w trudnej sytuacji na rynku mieszkaniowym). Gmina musi wtedy ocenić, jakiej pomocy potrzebujesz.
explain-needs-maybe = Możesz być w trudnej sytuacji na rynku mieszkaniowym. Gmina musi przyjrzeć się twojej sytuacji.
explain-needs-no = Na podstawie odpowiedzi nie wygląda na to, że jesteś w trudnej sytuacji na rynku mieszkaniowym. Mimo to możesz dostać poradę.
explain-needs-rental-home-criteria = Wiele gmin wymaga, żebyś miał/-a ukończone 18 lat i mieszkał/-a w gminie od kilku lat, by dostać mieszkanie komunalne.
reason-without-home = Nie masz mieszkania.
reason-at-risk-of-losing-home = Grozi ci utrata mieszkania.
reason-unsuitable-home = Mieszkasz w mieszkaniu lub okolicy, które nie są dla ciebie odpowiednie.
reason-financial = Twoja sytuacja finansowa utrudnia znalezienie lub utrzymanie mieszkania.
reason-health = Zdrowie lub sprawność utrudniają znalezienie lub utrzymanie mieszkania.
reason-social = Sytuacja społeczna utrudnia znalezienie lub utrzymanie mieszkania.
why-no-bed-tonight = Nie masz gdzie spać tej nocy. NAV musi pomóc ci znaleźć tymczasowe miejsce.
why-homeless-and-health = Nie masz mieszkania i masz problemy ze zdrowiem. „Najpierw mieszkanie” daje stałe mieszkanie ze wsparciem.
why-rental-home-criteria-met = Wygląda na to, że spełniasz zwykłe warunki przydziału mieszkania komunalnego.
why-rental-home-ask-municipality = Zapytaj gminę o warunki przydziału mieszkania komunalnego.
why-deposit-to-rent = NAV może dać gwarancję kaucji, żebyś mógł/mogła wynająć mieszkanie.
why-debt-or-arrears = Masz długi lub zalegasz z czynszem. NAV może pomóc z finansami.
why-support-to-keep-home = Możesz dostać wsparcie w domu, żeby dać radę tam mieszkać.
why-bostotte-estimate-positive = Szacunek pokazuje, że możesz dostać bostøtte.
why-startlan-bank-refused = Bank odmówił kredytu. Startlån jest dla osób, które nie dostają kredytu w zwykłym banku.
why-startlan-capacity = Szacunek pokazuje, że możesz spłacać kredyt.
why-grant-gap = Kredyt nie pokrywa całego mieszkania. Resztę może pokryć dotacja.
why-home-not-accessible = Mieszkanie nie pasuje do twojej sprawności.
why-advice-always = Gmina i NAV doradzają w sprawach mieszkania, finansów i praw.
help-where-nav = Złóż wniosek w swoim biurze NAV.
help-where-municipality = Złóż wniosek w gminie.
help-where-husbanken = Złóż wniosek na husbanken.no.
bring-id = Dokument tożsamości
bring-income = Zestawienie dochodów
bring-lease = Umowa najmu
bring-lease-offer = Oferta umowy najmu
bring-debts = Zestawienie długów
bring-bills = Rachunki i upomnienia
bring-housing-costs = Zestawienie kosztów mieszkania
bring-tax-return = Zeznanie podatkowe (skattemelding)
bring-bank-refusal = Odmowa z banku
bring-health-documentation = Dokumentacja zdrowia lub sprawności

## Błędy
error-no-adults = Gospodarstwo domowe musi mieć co najmniej jedną osobę dorosłą.
error-negative-amount = Kwota nie może być mniejsza od zera.
error-absurd-amount = Kwota jest wyższa, niż możemy policzyć. Sprawdź, czy jest prawidłowa.
error-child-age = Dzieci muszą mieć mniej niż 18 lat. Osoby powyżej 18 lat licz jako dorosłe.
error-too-many-persons = Gospodarstwo domowe ma więcej osób, niż możemy policzyć.
error-unknown-municipality = Nie znajdujemy gminy. Wpisz nazwę albo czterocyfrowy numer.
error-municipality-not-in-force = Ten numer gminy nie obowiązywał w tym dniu.
error-no-parameters = Nie mamy stawek na ten dzień.
error-out-of-range = Liczba jest poza zakresem, który możemy policzyć.
error-invalid-input = Części odpowiedzi nie udało się odczytać.
error-io = Coś poszło nie tak. Spróbuj ponownie.
error-invalid-national-id = Numer osobowy (fødselsnummer) lub D-nummer jest nieprawidłowy. Ma 11 cyfr.
error-required = To pole trzeba wypełnić.
error-invalid-text = Tekst jest za długi lub zawiera znaki, których nie możemy przyjąć.

## The municipality's own criteria and offers (its profile)
criteria-national-default = We do not have your municipality's own criteria yet. These are the usual criteria for a municipal rental home. Your municipality may have others.
criteria-national-municipality = Most municipalities
criterion-residence-permit-met = { $municipality } requires a residence permit for a municipal rental home. You have a residence permit.
criterion-residence-permit-not-met = { $municipality } requires a residence permit for a municipal rental home. You answered that you do not have one.
criterion-residence-permit-unknown = { $municipality } requires a residence permit for a municipal rental home. We do not know whether you have one.
criterion-residence-years-met = { $municipality } requires you to have lived in the municipality for the last { $years } years. You have lived there for { $answered ->
        [one] one year
       *[other] { $answered } years
    }.
criterion-residence-years-not-met = { $municipality } requires you to have lived in the municipality for the last { $years } years. You have lived there for { $answered ->
        [one] one year
       *[other] { $answered } years
    }, so this requirement is not met.
criterion-residence-years-unknown = { $municipality } requires you to have lived in the municipality for the last { $years } years. We do not know how long you have lived there.
criterion-min-age-met = { $municipality } requires you to be at least { $age }. You are { $answered }.
criterion-min-age-met-caring-for-children = { $municipality } requires you to be at least { $age }, but makes an exception when you care for children. You are { $answered } and care for children.
criterion-min-age-not-met = { $municipality } requires you to be at least { $age }. You are { $answered }, so this requirement is not met.
criterion-min-age-unknown = { $municipality } requires you to be at least { $age }. We do not know your age.
criterion-min-age-unknown-children = { $municipality } requires you to be at least { $age }, but makes an exception when you care for children. You are { $answered }. We do not know whether you care for children.
criterion-lease-ending-met = { $municipality } counts you as at risk of losing your home when your lease ends within { $months } months without a right to renew it. Yours ends in { $answered ->
        [one] one month
       *[other] { $answered } months
    }.
criterion-lease-ending-not-met = { $municipality } counts you as at risk of losing your home when your lease ends within { $months } months without a right to renew it. Yours ends in { $answered ->
        [one] one month
       *[other] { $answered } months
    }, so it does not count yet.
criterion-lease-ending-unknown = { $municipality } counts you as at risk of losing your home when your lease ends within { $months } months without a right to renew it. We do not know when yours ends.
criterion-leaving-institution-met = { $municipality } counts you as without a home when you leave an institution or prison within { $months } months with nowhere to live. You leave in { $answered ->
        [one] one month
       *[other] { $answered } months
    }.
criterion-leaving-institution-not-met = { $municipality } counts you as without a home when you leave an institution or prison within { $months } months with nowhere to live. You leave in { $answered ->
        [one] one month
       *[other] { $answered } months
    }, so it does not count yet.
criterion-leaving-institution-unknown = { $municipality } counts you as without a home when you leave an institution or prison within { $months } months with nowhere to live. We do not know when you leave.
why-rental-home-criterion-not-met = You do not seem to meet all the municipality's requirements for a municipal rental home. The municipality can make exceptions, so ask it all the same.
explain-needs-help-not-offered = { $municipality } does not offer this, so we do not suggest it: { $help }.
explain-startlan-leie-til-eie = With rent-to-own you buy { $share } of the home now for { $share_price }, and rent the rest for { $rent } a month. Loan: { $loan }. Missing: { $grant_need }. In all { $monthly_total } a month. After { $years } years you buy the rest, worth { $rest_price } today.
