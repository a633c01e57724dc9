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
estimates-terms-own = Startlånet er rekna med reglane til { $municipality }, gjeldande frå { $date }.
estimates-terms-national = Husly har ikkje eigne reglar for { $municipality }. Dei nasjonale vilkåra er brukte.
estimates-terms-loading = Hentar reglane til kommunen …
estimates-terms-unavailable = Vi fekk ikkje henta dei eigne reglane til kommunen. Dei nasjonale vilkåra er brukte.
rent-or-buy-open = Leige eller eige? Sjå kva det kostar deg i månaden, og kva som står i vegen
ownership-heading = Eige ein del av bustaden
ownership-deleie-what = Deleige: du kjøper ein del av bustaden med startlån, og kommunen eig resten. Du bur i heile bustaden og betaler kommunen kvar månad for delen han eig. Seinare kan du kjøpe meir.
ownership-leie-til-eie-what = Leige til eige: du kjøper ein del av bustaden no og leiger resten. Etter nokre år kjøper du resten.
ownership-share-label = Kor stor del vil du kjøpe ved deleige?
ownership-price-missing = Skriv prisen på bustaden du vil kjøpe (under «Viss du vil kjøpe bustad»), så viser vi kva deleige og leige til eige kostar i månaden ved sida av å leige og å låne til heile bustaden.
ownership-caption = Kva det kostar i månaden å leige, å eige ein del og å eige heile bustaden
ownership-column-choice = Måte å bu på
ownership-column-monthly = I månaden
ownership-column-loan = Startlån
ownership-column-owned = Du eig
ownership-renting = Leige, som i dag
ownership-deleie = Deleige
ownership-leie-til-eie = Leige til eige
ownership-full-startlan = Heile bustaden med startlån
ownership-no-loan = Ingen
ownership-short = Manglar { $amount }
ownership-owns-nothing = Ingenting
ownership-owns-share = { $share } av bustaden ({ $value })
ownership-owns-share-then-rest = { $share } no ({ $value }). Resten ({ $rest } med dagens pris) kjøper du etter { $years ->
        [one] eitt år
       *[other] { $years } år
    }.
ownership-owns-whole = Heile bustaden ({ $value })
ownership-renting-how = Leige: det du skreiv som buutgifter i dag.
ownership-monthly-note = For deleige og leige til eige er beløpet i månaden lånet pluss det du betaler for delen du ikkje eig. Felleskostnader og vedlikehald kjem i tillegg når du eig.
figure-profile-offers-deleie-minimum_share = Minste del du kan kjøpe ved deleige
figure-profile-offers-deleie-compensation_rate = Det du betaler kommunen for delen hans, per år
figure-profile-offers-leie_til_eie-first_share = Delen du kjøper først ved leige til eige
figure-profile-offers-leie_til_eie-rest_after_years = Når du kjøper resten ved leige til eige
figure-profile-offers-leie_til_eie-rent_rate = Leiga for delen du ikkje har kjøpt, per år
figure-profile-startlan-interest_margin = Påslaget til kommunen på renta til Husbanken
figure-profile-startlan-interest_rate = Renta til kommunen på startlån
figure-profile-startlan-stress_add_on = Påslaget til kommunen i stresstesten
figure-profile-startlan-longest_term_years = Lengste nedbetalingstida til kommunen
