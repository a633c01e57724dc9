# Husholdningens økonomi: hver voksens inntekt, gjeld og faste utgifter, kjøpet, og forklaringene
# til dem. Review status: see main.ftl.

## Skjemaet
income-person-heading = Voksen { $n }
field-income-old-age-single = Personen får alderspensjon fra folketrygden og bor ikke sammen med ektefelle eller samboer
field-income-young-disabled = Personen får uføretrygd og har rettigheter som ung ufør
source-uforetrygd = Uføretrygd
source-benefit = Introduksjonsstønad eller kvalifiseringsstønad
estimate-incomplete-income = Skriv inntekten til hver voksen, 0 hvis en ikke har inntekt.
field-exclusion = Gjelder noe av dette for noen i husstanden?
field-exclusion-hint = Da kan husstanden ikke få bostøtte.
exclusion-none = Nei, ingenting av dette
exclusion-student = Student med støtte fra Lånekassen, uten egne barn
exclusion-national-service = Avtjener verneplikt eller siviltjeneste
exclusion-institution = Bor på institusjon som tar betaling etter inntekt
section-debts = Gjeld og faste utgifter
section-debts-hint = Startlånet må være mulig å betale ved siden av dette. La feltene stå tomme for det du ikke har.
debt-consumer = Forbrukslån og kredittkort
debt-student = Studielån
debt-car = Billån
debt-other = Annen gjeld
field-debt-monthly = Betaler i måneden
field-debt-balance = Eller: hvor mye du skylder
field-debt-balance-hint = Vet du ikke hva du betaler i måneden? Skriv hvor mye du skylder, så regner vi med en vanlig nedbetaling.
field-childcare = Barnehage og SFO i måneden
field-child-support = Barnebidrag du betaler i måneden
field-purchase-kind = Hva vil du kjøpe?
purchase-borettslag = Andel i borettslag
purchase-selveier = Selveier: hus, eller leilighet i sameie
field-maintenance = Felleskostnader og vedlikehold i måneden for boligen du vil kjøpe
field-maintenance-hint = Står i salgsoppgaven: felleskostnader (i borettslag med fellesgjeld) og vedlikehold.
answer-none = Ingen

## Resultatene
income-heading = Inntekt etter skatt
income-result = { $persons ->
    [one] Omtrent { $year } i året etter skatt, { $month } i måneden.
   *[other] Omtrent { $year } i året etter skatt for de { $persons } voksne til sammen, { $month } i måneden.
}
startlan-gap-too-large = Det mangler omtrent { $amount }. Så mye dekker tilskudd sjelden. Det som kan hjelpe: mer egne penger, en billigere bolig (med lånet du kan betjene, passer en pris rundt { $price }), eller deleie hvis kommunen tilbyr det.
startlan-purchase-costs-estimated = Kostnadene ved kjøpet er anslått til { $amount }. «Slik regnet vi» viser hva som er med.
startlan-fits = Boligen ser ut til å gå: lånet du trenger, er innenfor det du kan betjene.
startlan-maintenance-missing = Felleskostnader og vedlikehold er ikke med. De står i salgsoppgaven: skriv dem inn, ellers ser lånet du kan betjene større ut enn det er.
explain-tax-pension-deduction-not-included = Skattefradraget for pensjonsinntekt er ikke med i dette anslaget ennå. Skatten kan derfor være lavere enn vist, og inntekten etter skatt høyere.
old-figures-notice = Noen tall i anslaget gjelder en tidligere periode. Vi har ikke nyere tall, og bruker de nyeste vi har:
old-figure = { $name }: gjelder { $from }–{ $until }
figure-node-tax-income_tax = Skattesatsene
figure-node-tax-minimum_deduction = Minstefradraget
figure-node-living_costs-guideline_rates = Statens veiledende satser for livsopphold
figure-node-bostotte-cost_cap = Øvre grense for boutgifter i bostøtten
figure-node-bostotte-egenandel = Egenandelen i bostøtten
figure-node-bostotte-allowances = Tillegg til boutgiftene i bostøtten
figure-node-bostotte-coverage_rate = Andelen bostøtten dekker
figure-node-bostotte-income = Formue i bostøtten
figure-node-bostotte-minimum_payout = Minste utbetaling av bostøtte
figure-node-bostotte-municipality_groups = Kommunegruppene i bostøtten
figure-node-bostotte-weighting = Vekting etter antall personer
figure-node-needs-municipal_criteria = Kommunens vilkår
figure-node-startlan-debt_repayment = Vanlig nedbetaling av gjeld
figure-node-startlan-deleie = Deleie
figure-node-startlan-grant = Tilskudd til etablering
figure-node-startlan-policy_rate = Styringsrenten
figure-node-startlan-purchase_costs = Kjøpskostnader
figure-node-startlan-stress = Rentestresstesten
figure-node-startlan-term = Nedbetalingstiden
figure-per-year = { $value } i året
figure-per-month = { $value } i måneden
figure-years = { $n } år
figure-months = { $n } måneder
figure-node-startlan-interest = Renten på startlån

chart-axis-y = Bostøtte i måneden (opp til { $max })
chart-axis-x = Husstandens inntekt i året før skatt (0 til { $max })

## Slik regnet vi
explain-tax-person = Voksen { $person }: { $source }.
explain-tax-not-personinntekt = Introduksjonsstønad og kvalifiseringsstønad er ikke personinntekt: det betales ikke trygdeavgift eller trinnskatt av dem.
explain-income-household = Alle voksne til sammen: { $gross } før skatt, skatt { $total_tax }, { $net } etter skatt i året.
error-more-incomes-than-adults = Det er oppgitt flere inntekter enn det er voksne i husstanden.
explain-bostotte-egenandel-special = Husstanden har lavere egenandel fordi { $group }.
egenandel-group-single-old-age = en enslig får alderspensjon
egenandel-group-young-disabled = en har uføretrygd som ung ufør
explain-startlan-debt-payment = { $debt }: { $monthly } i måneden.
explain-startlan-debt-balance = { $debt }: du skylder { $balance }. Vi regner med nedbetaling over { $years } år med { $rate } rente, det blir { $monthly } i måneden.
explain-startlan-fixed-costs = Med barnehage og SFO { $childcare } og barnebidrag { $child_support } blir de faste utgiftene { $total } i måneden.
explain-startlan-own-rate-above-stress = Lånets egen rente, { $rate }, er høyere enn stresstestrenten { $stress_rate }. Lånet må kunne betales også med den.
explain-startlan-purchase-costs-selveier = Kjøpskostnader for en selveierbolig til { $price }: dokumentavgift og tinglysing av skjøte og pantedokument, til sammen { $costs }.
explain-startlan-purchase-costs-borettslag = En andel i borettslag har ingen dokumentavgift. Tinglysing av pantet koster { $costs }. Borettslagets eget eierskiftegebyr er ikke med.
explain-startlan-grant-need = Det som mangler, { $gap }, kan kanskje dekkes av tilskudd til etablering. Spør kommunen. Med lånet du kan betjene, passer en pris rundt { $affordable_price }.
explain-startlan-gap-too-large = Det som mangler, { $gap }, er mer enn tilskudd vanligvis dekker. Med lånet du kan betjene og egne penger passer en pris rundt { $affordable_price }.

## Deleie og leie til eie, der kommunen tilbyr det
estimates-terms-own = Startlånet er regnet med reglene til { $municipality }, gjeldende fra { $date }.
estimates-terms-national = Husly har ikke egne regler for { $municipality }. De nasjonale vilkårene er brukt.
estimates-terms-loading = Henter kommunens regler …
estimates-terms-unavailable = Vi fikk ikke hentet kommunens egne regler. De nasjonale vilkårene er brukt.
rent-or-buy-open = Leie eller eie? Se hva det koster deg i måneden, og hva som står i veien
ownership-heading = Eie en del av boligen
ownership-deleie-what = Deleie: du kjøper en del av boligen med startlån, og kommunen eier resten. Du bor i hele boligen og betaler kommunen hver måned for delen den eier. Senere kan du kjøpe mer.
ownership-leie-til-eie-what = Leie til eie: du kjøper en del av boligen nå og leier resten. Etter noen år kjøper du resten.
ownership-share-label = Hvor stor del vil du kjøpe ved deleie?
ownership-price-missing = Skriv prisen på boligen du vil kjøpe (under «Hvis du vil kjøpe bolig»), så viser vi hva deleie og leie til eie koster i måneden ved siden av å leie og å låne til hele boligen.
ownership-caption = Hva det koster i måneden å leie, å eie en del og å eie hele boligen
ownership-column-choice = Måte å bo på
ownership-column-monthly = I måneden
ownership-column-loan = Startlån
ownership-column-owned = Du eier
ownership-renting = Leie, som i dag
ownership-deleie = Deleie
ownership-leie-til-eie = Leie til eie
ownership-full-startlan = Hele boligen med startlån
ownership-no-loan = Ingen
ownership-short = Mangler { $amount }
ownership-owns-nothing = Ingenting
ownership-owns-share = { $share } av boligen ({ $value })
ownership-owns-share-then-rest = { $share } nå ({ $value }). Resten ({ $rest } med dagens pris) kjøper du etter { $years } år.
ownership-owns-whole = Hele boligen ({ $value })
ownership-renting-how = Leie: det du skrev som boutgifter i dag.
ownership-monthly-note = For deleie og leie til eie er beløpet i måneden lånet pluss det du betaler for delen du ikke eier. Felleskostnader og vedlikehold kommer i tillegg når du eier.
figure-profile-offers-deleie-minimum_share = Minste andel du kan kjøpe ved deleie
figure-profile-offers-deleie-compensation_rate = Det du betaler kommunen for dens andel, per år
figure-profile-offers-leie_til_eie-first_share = Andelen du kjøper først ved leie til eie
figure-profile-offers-leie_til_eie-rest_after_years = Når du kjøper resten ved leie til eie
figure-profile-offers-leie_til_eie-rent_rate = Leien for delen du ikke har kjøpt, per år
figure-profile-startlan-interest_margin = Kommunens påslag på Husbankens rente
figure-profile-startlan-interest_rate = Kommunens rente på startlån
figure-profile-startlan-stress_add_on = Kommunens påslag i stresstesten
figure-profile-startlan-longest_term_years = Kommunens lengste nedbetalingstid
