# Økonomien i hushaldet: inntekta til kvar vaksen, gjeld og faste utgifter, kjøpet, og forklaringane
# til dei. Review status: see main.ftl.

## Skjemaet
income-person-heading = Vaksen { $n }
field-income-old-age-single = Personen får alderspensjon frå folketrygda og bur ikkje saman med ektefelle eller sambuar
field-income-young-disabled = Personen får uføretrygd og har rettar som ung ufør
source-uforetrygd = Uføretrygd
source-benefit = Introduksjonsstønad eller kvalifiseringsstønad
estimate-incomplete-income = Skriv inntekta til kvar vaksen, 0 viss ein ikkje har inntekt.
field-exclusion = Gjeld noko av dette for nokon i hushaldet?
field-exclusion-hint = Då kan ikkje hushaldet få bustøtte.
exclusion-none = Nei, ingenting av dette
exclusion-student = Student med støtte frå Lånekassen, utan eigne born
exclusion-national-service = Avtener verneplikt eller sivilteneste
exclusion-institution = Bur på institusjon som tek betaling etter inntekt
section-debts = Gjeld og faste utgifter
section-debts-hint = Startlånet må vere mogleg å betale ved sida av dette. La felta stå tomme for det du ikkje har.
debt-consumer = Forbrukslån og kredittkort
debt-student = Studielån
debt-car = Billån
debt-other = Anna gjeld
field-debt-monthly = Betaler i månaden
field-debt-balance = Eller: kor mykje du skuldar
field-debt-balance-hint = Veit du ikkje kva du betaler i månaden? Skriv kor mykje du skuldar, så reknar vi med ei vanleg nedbetaling.
field-childcare = Barnehage og SFO i månaden
field-child-support = Barnebidrag du betaler i månaden
field-purchase-kind = Kva vil du kjøpe?
purchase-borettslag = Andel i burettslag
purchase-selveier = Sjølveigar: hus, eller leilegheit i sameige
field-maintenance = Felleskostnader og vedlikehald i månaden for bustaden du vil kjøpe
field-maintenance-hint = Står i salsoppgåva: felleskostnader (i burettslag med fellesgjeld) og vedlikehald.
answer-none = Ingen

## Resultata
income-heading = Inntekt etter skatt
income-result = { $persons ->
    [one] Omtrent { $year } i året etter skatt, { $month } i månaden.
   *[other] Omtrent { $year } i året etter skatt for dei { $persons } vaksne til saman, { $month } i månaden.
}
startlan-gap-too-large = Det manglar omtrent { $amount }. Så mykje dekkjer tilskot sjeldan. Det som kan hjelpe: meir eigne pengar, ein billegare bustad (med lånet du kan betene, passar ein pris rundt { $price }), eller deleige viss kommunen tilbyr det.
startlan-purchase-costs-estimated = Kostnadene ved kjøpet er anslått til { $amount }. «Slik rekna vi» viser kva som er med.
startlan-fits = Bustaden ser ut til å gå: lånet du treng, er innanfor det du kan betene.
startlan-maintenance-missing = Felleskostnader og vedlikehald er ikkje med. Dei står i salsoppgåva: skriv dei inn, elles ser lånet du kan betene større ut enn det er.
explain-tax-pension-deduction-not-included = Skattefrådraget for pensjonsinntekt er ikkje med i dette overslaget enno. Skatten kan difor vere lågare enn vist, og inntekta etter skatt høgare.
old-figures-notice = Nokre tal i overslaget gjeld ein tidlegare periode. Vi har ikkje nyare tal, og bruker dei nyaste vi har:
old-figure = { $name }: gjeld { $from }–{ $until }
figure-node-tax-income_tax = Skattesatsane
figure-node-tax-minimum_deduction = Minstefrådraget
figure-node-living_costs-guideline_rates = Dei rettleiande satsane til staten for livsopphald
figure-node-bostotte-cost_cap = Øvre grense for buutgifter i bustøtta
figure-node-bostotte-egenandel = Eigendelen i bustøtta
figure-node-bostotte-allowances = Tillegg til buutgiftene i bustøtta
figure-node-bostotte-coverage_rate = Delen bustøtta dekkjer
figure-node-bostotte-income = Formue i bustøtta
figure-node-bostotte-minimum_payout = Minste utbetaling av bustøtte
figure-node-bostotte-municipality_groups = Kommunegruppene i bustøtta
figure-node-bostotte-weighting = Vekting etter talet på personar
figure-node-needs-municipal_criteria = Vilkåra til kommunen
figure-node-startlan-debt_repayment = Vanleg nedbetaling av gjeld
figure-node-startlan-deleie = Deleige
figure-node-startlan-grant = Tilskot til etablering
figure-node-startlan-policy_rate = Styringsrenta
figure-node-startlan-purchase_costs = Kjøpskostnader
figure-node-startlan-stress = Rentestresstesten
figure-node-startlan-term = Nedbetalingstida
figure-per-year = { $value } i året
figure-per-month = { $value } i månaden
figure-years = { $n } år
figure-months = { $n } månader
figure-node-startlan-interest = Renta på startlån

chart-axis-y = Bustøtte i månaden (opp til { $max })
chart-axis-x = Inntekta til hushaldet i året før skatt (0 til { $max })

## Slik rekna vi
explain-tax-person = Vaksen { $person }: { $source }.
explain-tax-not-personinntekt = Introduksjonsstønad og kvalifiseringsstønad er ikkje personinntekt: det blir ikkje betalt trygdeavgift eller trinnskatt av dei.
explain-income-household = Alle vaksne til saman: { $gross } før skatt, skatt { $total_tax }, { $net } etter skatt i året.
error-more-incomes-than-adults = Det er oppgitt fleire inntekter enn det er vaksne i hushaldet.
explain-bostotte-egenandel-special = Hushaldet har lågare eigendel fordi { $group }.
egenandel-group-single-old-age = ein einsleg får alderspensjon
egenandel-group-young-disabled = ein har uføretrygd som ung ufør
explain-startlan-debt-payment = { $debt }: { $monthly } i månaden.
explain-startlan-debt-balance = { $debt }: du skuldar { $balance }. Vi reknar med nedbetaling over { $years } år med { $rate } rente, det blir { $monthly } i månaden.
explain-startlan-fixed-costs = Med barnehage og SFO { $childcare } og barnebidrag { $child_support } blir dei faste utgiftene { $total } i månaden.
explain-startlan-own-rate-above-stress = Renta på lånet, { $rate }, er høgare enn stresstestrenta { $stress_rate }. Lånet må kunne betalast også med ho.
explain-startlan-purchase-costs-selveier = Kjøpskostnader for ein sjølveigarbustad til { $price }: dokumentavgift og tinglysing av skøyte og pantedokument, til saman { $costs }.
explain-startlan-purchase-costs-borettslag = Ein andel i burettslag har ingen dokumentavgift. Tinglysing av pantet kostar { $costs }. Eigarskiftegebyret til burettslaget er ikkje med.
explain-startlan-grant-need = Det som manglar, { $gap }, kan kanskje dekkjast av tilskot til etablering. Spør kommunen. Med lånet du kan betene, passar ein pris rundt { $affordable_price }.
explain-startlan-gap-too-large = Det som manglar, { $gap }, er meir enn tilskot vanlegvis dekkjer. Med lånet du kan betene og eigne pengar passar ein pris rundt { $affordable_price }.

## Deleie and leie til eie, where the municipality offers them
estimates-terms-own = The startlån is calculated with the rules of { $municipality }, in force from { $date }.
estimates-terms-national = Husly has no rules for { $municipality }; the national terms are used.
estimates-terms-loading = Fetching the municipality's rules …
estimates-terms-unavailable = We could not fetch the municipality's own rules; the national terms are used.
ownership-heading = Owning part of the home
ownership-deleie-what = Deleie (shared ownership): you buy part of the home with a startlån and the municipality owns the rest. You live in the whole home and pay the municipality each month for its part. You can buy more later.
ownership-leie-til-eie-what = Leie til eie (rent to own): you buy part of the home now and rent the rest. After some years you buy the rest.
ownership-share-label = How large a share would you buy with deleie?
ownership-price-missing = Type the price of the home you want to buy (under "If you want to buy a home") and we show what deleie and leie til eie cost each month beside renting and borrowing for the whole home.
ownership-caption = What renting, owning a share and owning the whole home cost each month
ownership-column-choice = Way to live
ownership-column-monthly = Per month
ownership-column-loan = Startlån
ownership-column-owned = You own
ownership-renting = Renting, as today
ownership-deleie = Deleie
ownership-leie-til-eie = Leie til eie
ownership-full-startlan = The whole home with startlån
ownership-no-loan = None
ownership-short = { $amount } short
ownership-owns-nothing = Nothing
ownership-owns-share = { $share } of the home ({ $value })
ownership-owns-share-then-rest = { $share } now ({ $value }). You buy the rest ({ $rest } at today's price) after { $years ->
        [one] one year
       *[other] { $years } years
    }.
ownership-owns-whole = The whole home ({ $value })
ownership-renting-how = Renting: what you typed as your housing costs today.
ownership-monthly-note = For deleie and leie til eie, the monthly amount is the loan's payment plus what you pay for the part you do not own. Common costs and maintenance come in addition when you own.
figure-profile-offers-deleie-minimum_share = The smallest share you can buy with deleie
figure-profile-offers-deleie-compensation_rate = What you pay the municipality for its share, per year
figure-profile-offers-leie_til_eie-first_share = The share you buy first with leie til eie
figure-profile-offers-leie_til_eie-rest_after_years = When you buy the rest with leie til eie
figure-profile-offers-leie_til_eie-rent_rate = The rent for the part not yet bought, per year
figure-profile-startlan-interest_margin = The municipality's margin on Husbanken's rate
figure-profile-startlan-interest_rate = The municipality's startlån rate
figure-profile-startlan-stress_add_on = The municipality's add-on in the stress test
figure-profile-startlan-longest_term_years = The municipality's longest term
