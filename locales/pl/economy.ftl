# Finanse gospodarstwa domowego: dochód każdej osoby dorosłej, długi i stałe wydatki, zakup oraz
# ich objaśnienia. Review status: see main.ftl.

## Formularz
income-person-heading = Osoba dorosła { $n }
field-income-old-age-single = Ta osoba dostaje alderspensjon (emeryturę) z ubezpieczenia społecznego (folketrygden) i nie mieszka z małżonkiem ani partnerem
field-income-young-disabled = Ta osoba dostaje uføretrygd (rentę z tytułu niezdolności do pracy) i ma prawa ung ufør (młodej osoby niepełnosprawnej)
source-uforetrygd = Uføretrygd (renta z tytułu niezdolności do pracy)
source-benefit = Introduksjonsstønad lub kvalifiseringsstønad
estimate-incomplete-income = Wpisz dochód każdej osoby dorosłej, 0, jeśli ktoś nie ma dochodu.
field-exclusion = Czy coś z tego dotyczy kogoś w gospodarstwie domowym?
field-exclusion-hint = Wtedy gospodarstwo domowe nie może dostać bostøtte.
exclusion-none = Nie, nic z tego
exclusion-student = Student ze wsparciem z Lånekassen, bez własnych dzieci
exclusion-national-service = Odbywa służbę wojskową lub zastępczą
exclusion-institution = Mieszka w placówce, która pobiera opłaty według dochodu
section-debts = Długi i stałe wydatki
section-debts-hint = Startlån musi dać się spłacać obok tego. Zostaw puste to, czego nie masz.
debt-consumer = Kredyty konsumpcyjne i karty kredytowe
debt-student = Kredyt studencki
debt-car = Kredyt samochodowy
debt-other = Inne długi
field-debt-monthly = Spłata miesięcznie
field-debt-balance = Albo: ile jesteś winien/winna
field-debt-balance-hint = Nie wiesz, ile płacisz miesięcznie? Wpisz, ile jesteś winien/winna, a policzymy zwykłą spłatę.
field-childcare = Przedszkole i SFO (świetlica szkolna) miesięcznie
field-child-support = Alimenty, które płacisz miesięcznie
field-purchase-kind = Co chcesz kupić?
purchase-borettslag = Udział w borettslag (spółdzielni mieszkaniowej)
purchase-selveier = Pełna własność: dom albo mieszkanie w sameie
field-maintenance = Opłaty wspólne i utrzymanie miesięcznie dla mieszkania, które chcesz kupić
field-maintenance-hint = Znajdziesz to w ofercie sprzedaży: opłaty wspólne (w borettslag razem ze wspólnym długiem) i utrzymanie.
answer-none = Brak

## Wyniki
income-heading = Dochód po podatku
income-result = { $persons ->
    [one] Około { $year } rocznie po podatku, { $month } miesięcznie.
    [few] Około { $year } rocznie po podatku dla { $persons } osób dorosłych łącznie, { $month } miesięcznie.
    [many] Około { $year } rocznie po podatku dla { $persons } osób dorosłych łącznie, { $month } miesięcznie.
   *[other] Około { $year } rocznie po podatku dla { $persons } osób dorosłych łącznie, { $month } miesięcznie.
}
startlan-gap-too-large = Brakuje około { $amount }. Dotacja rzadko pokrywa tak dużo. Co może pomóc: więcej własnych pieniędzy, tańsze mieszkanie (przy kredycie, który możesz spłacać, pasuje cena około { $price }) albo współwłasność (deleie), jeśli gmina ją oferuje.
startlan-purchase-costs-estimated = Koszty zakupu oszacowano na { $amount }. W części „Jak liczyliśmy” widać, co się na nie składa.
startlan-fits = Wygląda na to, że stać cię na to mieszkanie: potrzebny kredyt mieści się w tym, co możesz spłacać.
startlan-maintenance-missing = Opłaty wspólne i utrzymanie nie są uwzględnione. Znajdziesz je w ofercie sprzedaży: wpisz je, bo inaczej kredyt, który możesz spłacać, wygląda na większy, niż jest.
explain-tax-pension-deduction-not-included = Ulga podatkowa dla dochodów emerytalnych (skattefradrag for pensjonsinntekt) nie jest jeszcze uwzględniona w tym szacunku. Podatek może więc być niższy, niż pokazano, a dochód po podatku wyższy.
old-figures-notice = Niektóre liczby w tym szacunku dotyczą wcześniejszego okresu. Nie mamy nowszych, więc używamy najnowszych, jakie mamy:
old-figure = { $name }: obowiązuje { $from }–{ $until }
figure-node-tax-income_tax = Stawki podatku
figure-node-tax-minimum_deduction = Ulga minimalna (minstefradrag)
figure-node-living_costs-guideline_rates = Państwowe stawki orientacyjne kosztów utrzymania
figure-node-bostotte-cost_cap = Górny limit kosztów mieszkania w bostøtte
figure-node-bostotte-egenandel = Udział własny (egenandel) w bostøtte
figure-node-bostotte-allowances = Dodatki do kosztów mieszkania w bostøtte
figure-node-bostotte-coverage_rate = Część, którą pokrywa bostøtte
figure-node-bostotte-income = Majątek w bostøtte
figure-node-bostotte-minimum_payout = Najmniejsza wypłata bostøtte
figure-node-bostotte-municipality_groups = Grupy gmin w bostøtte
figure-node-bostotte-weighting = Ważenie według liczby osób
figure-node-needs-municipal_criteria = Warunki gminy
figure-node-startlan-debt_repayment = Zwykła spłata długu
figure-node-startlan-deleie = Współwłasność (deleie)
figure-node-startlan-grant = Tilskudd til etablering (dotacja na start)
figure-node-startlan-policy_rate = Stopa referencyjna
figure-node-startlan-purchase_costs = Koszty zakupu
figure-node-startlan-stress = Test warunków skrajnych dla oprocentowania
figure-node-startlan-term = Okres spłaty
figure-per-year = { $value } rocznie
figure-per-month = { $value } miesięcznie
figure-years = { $n } r.
figure-months = { $n } mies.
figure-node-startlan-interest = Oprocentowanie startlån

chart-axis-y = Bostøtte miesięcznie (do { $max })
chart-axis-x = Roczny dochód gospodarstwa domowego przed podatkiem (od 0 do { $max })

## Jak liczyliśmy
explain-tax-person = Osoba dorosła { $person }: { $source }.
explain-tax-not-personinntekt = Introduksjonsstønad i kvalifiseringsstønad nie są dochodem osobistym: nie płaci się od nich trygdeavgift ani trinnskatt.
explain-income-household = Wszystkie osoby dorosłe razem: { $gross } przed podatkiem, podatek { $total_tax }, { $net } po podatku rocznie.
error-more-incomes-than-adults = Podano więcej dochodów, niż jest osób dorosłych w gospodarstwie domowym.
explain-bostotte-egenandel-special = Gospodarstwo domowe ma niższy udział własny (egenandel), bo { $group }.
egenandel-group-single-old-age = osoba samotna dostaje alderspensjon
egenandel-group-young-disabled = ktoś ma uføretrygd jako ung ufør
explain-startlan-debt-payment = { $debt }: { $monthly } miesięcznie.
explain-startlan-debt-balance = { $debt }: jesteś winien/winna { $balance }. Liczymy spłatę przez { $years } { $years ->
        [one] rok
        [few] lata
        [many] lat
       *[other] roku
    } przy oprocentowaniu { $rate }, co daje { $monthly } miesięcznie.
explain-startlan-fixed-costs = Z przedszkolem i SFO { $childcare } oraz alimentami { $child_support } stałe wydatki wynoszą { $total } miesięcznie.
explain-startlan-own-rate-above-stress = Oprocentowanie samego kredytu, { $rate }, jest wyższe niż oprocentowanie w teście warunków skrajnych, { $stress_rate }. Kredyt musi dać się spłacać także przy nim.
explain-startlan-purchase-costs-selveier = Koszty zakupu mieszkania na pełną własność za { $price }: dokumentavgift oraz wpis aktu własności i hipoteki, razem { $costs }.
explain-startlan-purchase-costs-borettslag = Przy udziale w borettslag nie ma dokumentavgift. Wpis zastawu kosztuje { $costs }. Własna opłata borettslag za zmianę właściciela nie jest wliczona.
explain-startlan-grant-need = Brakującą kwotę, { $gap }, może pokryć tilskudd til etablering (dotacja na start). Zapytaj gminę. Przy kredycie, który możesz spłacać, pasuje cena około { $affordable_price }.
explain-startlan-gap-too-large = Brakująca kwota, { $gap }, to więcej, niż zwykle pokrywa dotacja. Przy kredycie, który możesz spłacać, i własnych pieniądzach pasuje cena około { $affordable_price }.

## Deleie and leie til eie, where the municipality offers them
estimates-terms-own = Startlån jest obliczony według zasad gminy { $municipality }, obowiązujących od { $date }.
estimates-terms-national = Husly nie ma własnych zasad dla gminy { $municipality }; użyto warunków ogólnokrajowych.
estimates-terms-loading = Pobieramy zasady gminy …
estimates-terms-unavailable = Nie udało się pobrać własnych zasad gminy; użyto warunków ogólnokrajowych.
rent-or-buy-open = Wynajem czy własne mieszkanie? Zobacz, ile cię to kosztuje miesięcznie i co przeszkadza w zakupie
ownership-heading = Własność części mieszkania
ownership-deleie-what = Współwłasność (deleie): kupujesz część mieszkania za startlån, a gmina jest właścicielem reszty. Mieszkasz w całym mieszkaniu i co miesiąc płacisz gminie za jej część. Później możesz dokupić więcej.
ownership-leie-til-eie-what = Leie til eie (najem z dojściem do własności): kupujesz teraz część mieszkania, a resztę wynajmujesz. Po kilku latach kupujesz resztę.
ownership-share-label = Jak dużą część kupił(a)byś przy współwłasności (deleie)?
ownership-price-missing = Wpisz cenę mieszkania, które chcesz kupić (w części „Jeśli chcesz kupić mieszkanie”), a pokażemy, ile miesięcznie kosztuje deleie i leie til eie w porównaniu z wynajmem i kredytem na całe mieszkanie.
ownership-caption = Ile miesięcznie kosztuje wynajem, własność części i własność całego mieszkania
ownership-column-choice = Sposób mieszkania
ownership-column-monthly = Miesięcznie
ownership-column-loan = Startlån
ownership-column-owned = Jesteś właścicielem
ownership-renting = Wynajem, jak dziś
ownership-deleie = Współwłasność (deleie)
ownership-leie-til-eie = Leie til eie
ownership-full-startlan = Całe mieszkanie ze startlån
ownership-no-loan = Brak
ownership-short = Brakuje { $amount }
ownership-owns-nothing = Nic
ownership-owns-share = { $share } mieszkania ({ $value })
ownership-owns-share-then-rest = { $share } teraz ({ $value }). Resztę ({ $rest } po dzisiejszej cenie) kupujesz po { $years ->
        [one] roku
       *[other] { $years } latach
    }.
ownership-owns-whole = Całe mieszkanie ({ $value })
ownership-renting-how = Wynajem: to, co wpisałeś/wpisałaś jako dzisiejsze koszty mieszkania.
ownership-monthly-note = Przy deleie i leie til eie kwota miesięczna to rata kredytu plus to, co płacisz za część, której nie jesteś właścicielem. Gdy jesteś właścicielem, dochodzą koszty wspólne i utrzymanie.
figure-profile-offers-deleie-minimum_share = Najmniejsza część, jaką możesz kupić przy deleie
figure-profile-offers-deleie-compensation_rate = To, co płacisz gminie za jej część, rocznie
figure-profile-offers-leie_til_eie-first_share = Część, którą kupujesz najpierw przy leie til eie
figure-profile-offers-leie_til_eie-rest_after_years = Kiedy kupujesz resztę przy leie til eie
figure-profile-offers-leie_til_eie-rent_rate = Czynsz za część jeszcze niekupioną, rocznie
figure-profile-startlan-interest_margin = Marża gminy ponad oprocentowanie Husbanken
figure-profile-startlan-interest_rate = Oprocentowanie startlån w gminie
figure-profile-startlan-stress_add_on = Dodatek gminy w teście warunków skrajnych
figure-profile-startlan-longest_term_years = Najdłuższy okres spłaty w gminie
