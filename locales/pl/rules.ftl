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
criteria-national-default = Nie mamy jeszcze własnych kryteriów twojej gminy. Oto zwykłe kryteria przyznania mieszkania komunalnego na wynajem. Twoja gmina może mieć inne.
criteria-national-municipality = Gmina zwykle
criterion-residence-permit-met = { $municipality } wymaga zezwolenia na pobyt, aby przyznać mieszkanie komunalne na wynajem. Masz zezwolenie na pobyt.
criterion-residence-permit-not-met = { $municipality } wymaga zezwolenia na pobyt, aby przyznać mieszkanie komunalne na wynajem. Odpowiedziałeś/odpowiedziałaś, że go nie masz.
criterion-residence-permit-unknown = { $municipality } wymaga zezwolenia na pobyt, aby przyznać mieszkanie komunalne na wynajem. Nie wiemy, czy je masz.
criterion-residence-years-met = { $municipality } wymaga, abyś mieszkał(a) w gminie przez ostatnie { $years } lat(a). Mieszkasz tam od { $answered ->
        [one] roku
       *[other] { $answered } lat
    }.
criterion-residence-years-not-met = { $municipality } wymaga, abyś mieszkał(a) w gminie przez ostatnie { $years } lat(a). Mieszkasz tam od { $answered ->
        [one] roku
       *[other] { $answered } lat
    }, więc ten wymóg nie jest spełniony.
criterion-residence-years-unknown = { $municipality } wymaga, abyś mieszkał(a) w gminie przez ostatnie { $years } lat(a). Nie wiemy, jak długo tam mieszkasz.
criterion-min-age-met = { $municipality } wymaga, abyś miał(a) co najmniej { $age } lat. Masz { $answered } lat.
criterion-min-age-met-caring-for-children = { $municipality } wymaga, abyś miał(a) co najmniej { $age } lat, ale robi wyjątek, gdy opiekujesz się dziećmi. Masz { $answered } lat i opiekujesz się dziećmi.
criterion-min-age-not-met = { $municipality } wymaga, abyś miał(a) co najmniej { $age } lat. Masz { $answered } lat, więc ten wymóg nie jest spełniony.
criterion-min-age-unknown = { $municipality } wymaga, abyś miał(a) co najmniej { $age } lat. Nie znamy twojego wieku.
criterion-min-age-unknown-children = { $municipality } wymaga, abyś miał(a) co najmniej { $age } lat, ale robi wyjątek, gdy opiekujesz się dziećmi. Masz { $answered } lat. Nie wiemy, czy opiekujesz się dziećmi.
criterion-lease-ending-met = { $municipality } uznaje, że grozi ci utrata mieszkania, gdy umowa najmu kończy się w ciągu { $months } mies. bez prawa do jej przedłużenia. Twoja kończy się za { $answered ->
        [one] miesiąc
        [few] { $answered } miesiące
       *[other] { $answered } miesięcy
    }.
criterion-lease-ending-not-met = { $municipality } uznaje, że grozi ci utrata mieszkania, gdy umowa najmu kończy się w ciągu { $months } mies. bez prawa do jej przedłużenia. Twoja kończy się za { $answered ->
        [one] miesiąc
        [few] { $answered } miesiące
       *[other] { $answered } miesięcy
    }, więc jeszcze się to nie liczy.
criterion-lease-ending-unknown = { $municipality } uznaje, że grozi ci utrata mieszkania, gdy umowa najmu kończy się w ciągu { $months } mies. bez prawa do jej przedłużenia. Nie wiemy, kiedy kończy się twoja.
criterion-leaving-institution-met = { $municipality } uznaje cię za osobę bez mieszkania, gdy opuszczasz placówkę lub więzienie w ciągu { $months } mies. i nie masz gdzie mieszkać. Wychodzisz za { $answered ->
        [one] miesiąc
        [few] { $answered } miesiące
       *[other] { $answered } miesięcy
    }.
criterion-leaving-institution-not-met = { $municipality } uznaje cię za osobę bez mieszkania, gdy opuszczasz placówkę lub więzienie w ciągu { $months } mies. i nie masz gdzie mieszkać. Wychodzisz za { $answered ->
        [one] miesiąc
        [few] { $answered } miesiące
       *[other] { $answered } miesięcy
    }, więc jeszcze się to nie liczy.
criterion-leaving-institution-unknown = { $municipality } uznaje cię za osobę bez mieszkania, gdy opuszczasz placówkę lub więzienie w ciągu { $months } mies. i nie masz gdzie mieszkać. Nie wiemy, kiedy wychodzisz.
why-rental-home-criterion-not-met = Wygląda na to, że nie spełniasz wszystkich wymogów gminy dotyczących mieszkania komunalnego na wynajem. Gmina może robić wyjątki, więc mimo to zapytaj.
explain-needs-help-not-offered = { $municipality } nie oferuje tego, więc tego nie proponujemy: { $help }.
explain-startlan-leie-til-eie = Przy leie til eie kupujesz teraz { $share } mieszkania za { $share_price }, a resztę wynajmujesz za { $rent } miesięcznie. Kredyt: { $loan }. Brakuje: { $grant_need }. Razem { $monthly_total } miesięcznie. Po { $years } latach kupujesz resztę, dziś wartą { $rest_price }.
