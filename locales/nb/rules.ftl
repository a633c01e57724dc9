# Texts for what the rules crate explains, decides and refuses (message ids from rules/src).
# Review status: see main.ftl.

## How we calculated: income and tax
explain-income-gross-given = Du oppga inntekt før skatt: { $gross } i året. Etter skatt blir det omtrent { $net }.
explain-income-net-given = Du oppga inntekt etter skatt. Det tilsvarer omtrent { $gross } i året før skatt, og { $net } etter skatt.
explain-tax-minimum-deduction = Minstefradraget av { $gross } er { $deduction }.
explain-tax-ordinary-income = Alminnelig inntekt etter fradrag er { $ordinary_income }. Skatten på den er { $tax }.
explain-tax-trygdeavgift = Trygdeavgiften er { $trygdeavgift }.
explain-tax-trinnskatt = Trinnskatten er { $trinnskatt }.
explain-tax-net = Samlet skatt er omtrent { $total_tax }. Du har { $net } igjen i året.

## How we calculated: bostøtte
explain-bostotte-costs = Boutgiftene er { $monthly_cost } i måneden. I tillegg regnes et fast beløp for oppvarming, { $heating } i året.
explain-bostotte-house-operating = For en enebolig regnes også { $amount } i året til drift.
explain-bostotte-cost-cap = For { $persons ->
        [one] én person
       *[other] { $persons } personer
    } i { $municipality } (gruppe { $group }) regnes boutgifter opp til { $cap } i året.
explain-bostotte-counted-costs = Boutgiftene er { $costs } i året. Vi regner med { $counted }, fordi taket er { $cap }.
explain-bostotte-income = Inntekten er { $gross_income }. Av formuen regnes { $wealth_part } med. Til sammen { $income }.
explain-bostotte-weighting = { $persons ->
        [1] Du bor alene, så inntekten regnes som den er: { $weighted } i året.
       *[other] Inntekten deles på { $factor } fordi { $persons } personer bor sammen. Det gir { $weighted } i året.
    }
explain-bostotte-egenandel = Egenandelen, det du må betale selv, er { $egenandel } i året.
explain-bostotte-coverage = Bostøtten dekker { $rate } av boutgiftene over egenandelen. Det blir { $monthly } i måneden.
explain-bostotte-below-minimum = Beløpet er lavere enn { $minimum } i måneden. Så lave beløp blir ikke betalt ut.
explain-bostotte-excluded-student = Studenter som kan få støtte fra Lånekassen, og som ikke har barn, kan ikke få bostøtte.
explain-bostotte-excluded-national-service = Den som er i førstegangstjeneste eller siviltjeneste, kan ikke få bostøtte.
explain-bostotte-excluded-institution = Den som bor på institusjon og betaler etter inntekt, kan ikke få bostøtte.
explain-bostotte-no-home = Bostøtte gis til den som har egen bolig og betaler boutgiftene.

## How we calculated: startlån
explain-startlan-living-floor = Statens satser for livsopphold for { $adults ->
        [one] én voksen
       *[other] { $adults } voksne
    } og { $children ->
        [0] ingen barn
        [one] ett barn
       *[other] { $children } barn
    } er { $floor } i måneden. Vi regner aldri med mindre.
explain-startlan-living-raised-to-floor = Du oppga lavere utgifter til livsopphold enn statens satser. Vi regner med { $floor }.
explain-startlan-available = Inntekt etter skatt er { $net_income } i måneden. Minus livsopphold { $living_costs }, andre faste utgifter { $other_fixed_costs } og vedlikehold og felleskostnader { $maintenance }: { $available } igjen til lånet.
explain-startlan-rate = Renten er { $rate } (Husbankens flytende rente pluss kommunens påslag).
explain-startlan-rate-municipal = Renten er { $rate }, slik kommunen har satt den.
explain-startlan-stress-rate = Du må tåle en rente på { $stress_rate } (styringsrenten pluss et påslag).
explain-startlan-max-loan = Over { $years } år kan du betjene et lån på omtrent { $max_loan }.
explain-startlan-long-term-applies = Vilkårene for { $years } års nedbetaling ser ut til å være oppfylt. Da kan du betjene omtrent { $max_loan }.
explain-startlan-long-term-not-met = Med { $years } års nedbetaling kunne du betjent omtrent { $max_loan }, men vilkårene for så lang tid er ikke oppfylt ut fra svarene dine.
explain-startlan-purchase = Boligen koster { $price }, og kjøpet koster { $costs } i tillegg. Du trenger å låne { $loan_needed }. Du kan trolig betjene { $loan }, og må betale { $monthly } i måneden.
explain-startlan-deleie = Ved deleie kjøper du { $share } av boligen for { $share_price }, og betaler kommunen { $compensation } i måneden for resten. Lån: { $loan }. Mangler: { $grant_need }. Til sammen { $monthly_total } i måneden.

## The needs check
explain-needs-homeless = Du har ikke et sted å bo fast.
explain-needs-at-risk = Du kan miste boligen din.
explain-needs-unsuitable = Boligen eller området passer ikke for deg.
explain-needs-yes = Ut fra svarene kan du være vanskeligstilt på boligmarkedet. Kommunen skal da vurdere hva slags hjelp du trenger.
explain-needs-maybe = Du kan være vanskeligstilt på boligmarkedet. Kommunen må se på situasjonen din.
explain-needs-no = Ut fra svarene ser det ikke ut til at du er vanskeligstilt på boligmarkedet. Du kan likevel få råd og veiledning.
explain-needs-rental-home-criteria = Mange kommuner krever at du er over 18 år og har bodd i kommunen i noen år for å få kommunal bolig.
reason-without-home = Du er uten bolig.
reason-at-risk-of-losing-home = Du står i fare for å miste boligen.
reason-unsuitable-home = Du bor i en bolig eller et område som ikke passer for deg.
reason-financial = Økonomien din gjør det vanskelig å skaffe eller beholde en bolig.
reason-health = Helse eller funksjonsevne gjør det vanskelig å skaffe eller beholde en bolig.
reason-social = Sosiale forhold gjør det vanskelig å skaffe eller beholde en bolig.
why-no-bed-tonight = Du har ikke et sted å sove i natt. NAV skal hjelpe deg med et midlertidig sted å bo.
why-homeless-and-health = Du er uten bolig og har helseutfordringer. Bolig først gir en fast bolig med oppfølging.
why-rental-home-criteria-met = Du ser ut til å oppfylle de vanlige kravene for kommunal utleiebolig.
why-rental-home-ask-municipality = Spør kommunen om kravene for kommunal utleiebolig.
why-deposit-to-rent = NAV kan gi garanti for depositum, så du kan leie.
why-debt-or-arrears = Du har gjeld eller skylder husleie. NAV kan hjelpe med økonomien.
why-support-to-keep-home = Du kan få oppfølging i hjemmet for å klare å bo.
why-bostotte-estimate-positive = Anslaget viser at du kan få bostøtte.
why-startlan-bank-refused = Banken har sagt nei til lån. Startlån er for deg som ikke får lån i vanlig bank.
why-startlan-capacity = Anslaget viser at du kan betjene et lån.
why-grant-gap = Lånet dekker ikke hele boligen. Tilskudd kan dekke resten.
why-home-not-accessible = Boligen passer ikke med funksjonsevnen din.
why-advice-always = Kommunen og NAV gir råd om bolig, økonomi og rettigheter.
help-where-nav = Søk hos NAV-kontoret ditt.
help-where-municipality = Søk hos kommunen.
help-where-husbanken = Søk på husbanken.no.
bring-id = Legitimasjon
bring-income = Oversikt over inntekt
bring-lease = Leiekontrakt
bring-lease-offer = Tilbud om leiekontrakt
bring-debts = Oversikt over gjeld
bring-bills = Regninger og purringer
bring-housing-costs = Oversikt over boutgifter
bring-tax-return = Skattemelding
bring-bank-refusal = Avslag fra banken
bring-health-documentation = Dokumentasjon på helse eller funksjonsevne

## Errors
error-no-adults = Husstanden må ha minst én voksen.
error-negative-amount = Beløpet kan ikke være mindre enn null.
error-absurd-amount = Beløpet er høyere enn vi kan regne på. Sjekk at det er riktig.
error-child-age = Barn må være under 18 år. Regn personer over 18 som voksne.
error-too-many-persons = Husstanden har flere personer enn vi kan regne på.
error-unknown-municipality = Vi finner ikke kommunen. Skriv navnet eller det firesifrede nummeret.
error-municipality-not-in-force = Kommunenummeret gjaldt ikke på denne datoen.
error-no-parameters = Vi har ikke satser for denne datoen.
error-out-of-range = Tallet er utenfor det vi kan regne på.
error-invalid-input = Noe i svarene kunne ikke leses.
error-io = Noe gikk galt. Prøv igjen.
error-invalid-national-id = Fødselsnummeret eller D-nummeret er ikke riktig. Det har 11 siffer.
error-required = Dette må fylles ut.
error-invalid-text = Teksten er for lang eller har tegn vi ikke kan ta imot.

## The municipality's own criteria and offers (its profile)
criteria-national-default = Vi har ikke kommunens egne vilkår ennå. Dette er de vanlige vilkårene for kommunal utleiebolig. Kommunen din kan ha andre.
criteria-national-municipality = De fleste kommuner
criterion-residence-permit-met = { $municipality } krever oppholdstillatelse for kommunal utleiebolig. Du har oppholdstillatelse.
criterion-residence-permit-not-met = { $municipality } krever oppholdstillatelse for kommunal utleiebolig. Du har svart at du ikke har det.
criterion-residence-permit-unknown = { $municipality } krever oppholdstillatelse for kommunal utleiebolig. Vi vet ikke om du har det.
criterion-residence-years-met = { $municipality } krever at du har bodd i kommunen de siste { $years } årene. Du har bodd der i { $answered } år.
criterion-residence-years-not-met = { $municipality } krever at du har bodd i kommunen de siste { $years } årene. Du har bodd der i { $answered } år, så dette kravet er ikke oppfylt.
criterion-residence-years-unknown = { $municipality } krever at du har bodd i kommunen de siste { $years } årene. Vi vet ikke hvor lenge du har bodd der.
criterion-min-age-met = { $municipality } krever at du er minst { $age } år. Du er { $answered } år.
criterion-min-age-met-caring-for-children = { $municipality } krever at du er minst { $age } år, men gjør unntak når du har omsorg for barn. Du er { $answered } år og har omsorg for barn.
criterion-min-age-not-met = { $municipality } krever at du er minst { $age } år. Du er { $answered } år, så dette kravet er ikke oppfylt.
criterion-min-age-unknown = { $municipality } krever at du er minst { $age } år. Vi vet ikke hvor gammel du er.
criterion-min-age-unknown-children = { $municipality } krever at du er minst { $age } år, men gjør unntak når du har omsorg for barn. Du er { $answered } år. Vi vet ikke om du har omsorg for barn.
criterion-lease-ending-met = { $municipality } regner det som å stå i fare for å miste boligen når leiekontrakten går ut innen { $months } måneder uten rett til fornyelse. Din går ut om { $answered } måneder.
criterion-lease-ending-not-met = { $municipality } regner det som å stå i fare for å miste boligen når leiekontrakten går ut innen { $months } måneder uten rett til fornyelse. Din går ut om { $answered } måneder, så det regnes ikke slik ennå.
criterion-lease-ending-unknown = { $municipality } regner det som å stå i fare for å miste boligen når leiekontrakten går ut innen { $months } måneder uten rett til fornyelse. Vi vet ikke når din går ut.
criterion-leaving-institution-met = { $municipality } regner deg som uten bolig når du skal ut av institusjon eller fengsel innen { $months } måneder og ikke har et sted å bo. Du skal ut om { $answered } måneder.
criterion-leaving-institution-not-met = { $municipality } regner deg som uten bolig når du skal ut av institusjon eller fengsel innen { $months } måneder og ikke har et sted å bo. Du skal ut om { $answered } måneder, så det regnes ikke slik ennå.
criterion-leaving-institution-unknown = { $municipality } regner deg som uten bolig når du skal ut av institusjon eller fengsel innen { $months } måneder og ikke har et sted å bo. Vi vet ikke når du skal ut.
why-rental-home-criterion-not-met = Du ser ikke ut til å oppfylle alle kommunens krav for kommunal utleiebolig. Kommunen kan gjøre unntak, så spør kommunen likevel.
explain-needs-help-not-offered = { $municipality } har ikke dette tilbudet, så vi foreslår det ikke: { $help }.
explain-startlan-leie-til-eie = Med leie til eie kjøper du { $share } av boligen nå for { $share_price }, og leier resten for { $rent } i måneden. Lån: { $loan }. Mangler: { $grant_need }. Til sammen { $monthly_total } i måneden. Etter { $years } år kjøper du resten, i dag verdt { $rest_price }.
