# Tekstar for det regelmodulen forklarer, avgjer og avviser. Review status: see main.ftl.

## Slik rekna vi: inntekt og skatt
explain-income-gross-given = Du oppgav inntekt før skatt: { $gross } i året. Etter skatt blir det omtrent { $net }.
explain-income-net-given = Du oppgav inntekt etter skatt. Det svarer til omtrent { $gross } i året før skatt, og { $net } etter skatt.
explain-tax-minimum-deduction = Minstefrådraget av { $gross } er { $deduction }.
explain-tax-ordinary-income = Alminneleg inntekt etter frådrag er { $ordinary_income }. Skatten på den er { $tax }.
explain-tax-trygdeavgift = Trygdeavgifta er { $trygdeavgift }.
explain-tax-trinnskatt = Trinnskatten er { $trinnskatt }.
explain-tax-net = Samla skatt er omtrent { $total_tax }. Du har { $net } att i året.

## Slik rekna vi: bustøtte
explain-bostotte-costs = Buutgiftene er { $monthly_cost } i månaden. I tillegg blir det rekna eit fast beløp for oppvarming, { $heating } i året.
explain-bostotte-house-operating = For einebustad blir det også rekna { $amount } i året til drift.
explain-bostotte-cost-cap = For { $persons ->
        [one] éin person
       *[other] { $persons } personar
    } i { $municipality } (gruppe { $group }) blir buutgifter rekna opp til { $cap } i året.
explain-bostotte-counted-costs = Buutgiftene er { $costs } i året. Vi reknar med { $counted }, fordi taket er { $cap }.
explain-bostotte-income = Inntekta er { $gross_income }. Av formuen blir { $wealth_part } rekna med. Til saman { $income }.
explain-bostotte-weighting = { $persons ->
        [1] Du bur åleine, så inntekta blir rekna som ho er: { $weighted } i året.
       *[other] Inntekta blir delt på { $factor } fordi { $persons } personar bur saman. Det gir { $weighted } i året.
    }
explain-bostotte-egenandel = Eigendelen, det du må betale sjølv, er { $egenandel } i året.
explain-bostotte-coverage = Bustøtta dekkjer { $rate } av buutgiftene over eigendelen. Det blir { $monthly } i månaden.
explain-bostotte-below-minimum = Beløpet er lågare enn { $minimum } i månaden. Så låge beløp blir ikkje betalte ut.
explain-bostotte-excluded-student = Studentar som kan få støtte frå Lånekassen, og som ikkje har born, kan ikkje få bustøtte.
explain-bostotte-excluded-national-service = Den som er i førstegongsteneste eller sivilteneste, kan ikkje få bustøtte.
explain-bostotte-excluded-institution = Den som bur på institusjon og betaler etter inntekt, kan ikkje få bustøtte.
explain-bostotte-no-home = Bustøtte blir gitt til den som har eigen bustad og betaler buutgiftene.

## Slik rekna vi: startlån
explain-startlan-living-floor = Satsane til staten for livsopphald for { $adults ->
        [one] éin vaksen
       *[other] { $adults } vaksne
    } og { $children ->
        [0] ingen born
        [one] eitt barn
       *[other] { $children } born
    } er { $floor } i månaden. Vi reknar aldri med mindre.
explain-startlan-living-raised-to-floor = Du oppgav lågare utgifter til livsopphald enn satsane til staten. Vi reknar med { $floor }.
explain-startlan-available = Inntekt etter skatt er { $net_income } i månaden. Minus livsopphald { $living_costs }, andre faste utgifter { $other_fixed_costs } og vedlikehald og felleskostnader { $maintenance }: { $available } att til lånet.
explain-startlan-rate = Renta er { $rate } (den flytande renta til Husbanken pluss påslaget til kommunen).
explain-startlan-rate-municipal = Renta er { $rate }, slik kommunen har sett ho.
explain-startlan-stress-rate = Du må tole ei rente på { $stress_rate } (styringsrenta pluss eit påslag).
explain-startlan-max-loan = Over { $years } år kan du betene eit lån på omtrent { $max_loan }.
explain-startlan-long-term-applies = Vilkåra for { $years } års nedbetaling ser ut til å vere oppfylte. Då kan du betene omtrent { $max_loan }.
explain-startlan-long-term-not-met = Med { $years } års nedbetaling kunne du betent omtrent { $max_loan }, men vilkåra for så lang tid er ikkje oppfylte ut frå svara dine.
explain-startlan-purchase = Bustaden kostar { $price }, og kjøpet kostar { $costs } i tillegg. Du treng å låne { $loan_needed }. Du kan truleg betene { $loan }, og må betale { $monthly } i månaden.
explain-startlan-deleie = Ved deleige kjøper du { $share } av bustaden for { $share_price }, og betaler kommunen { $compensation } i månaden for resten. Lån: { $loan }. Manglar: { $grant_need }. Til saman { $monthly_total } i månaden.

## Behovssjekken
explain-needs-homeless = Du har ikkje ein fast stad å bu.
explain-needs-at-risk = Du kan miste bustaden din.
explain-needs-unsuitable = Bustaden eller området passar ikkje for deg.
explain-needs-yes = Ut frå svara kan du vere vanskelegstilt på bustadmarknaden. Kommunen skal då vurdere kva slags hjelp du treng.
explain-needs-maybe = Du kan vere vanskelegstilt på bustadmarknaden. Kommunen må sjå på situasjonen din.
explain-needs-no = Ut frå svara ser det ikkje ut til at du er vanskelegstilt på bustadmarknaden. Du kan likevel få råd og rettleiing.
explain-needs-rental-home-criteria = Mange kommunar krev at du er over 18 år og har budd i kommunen i nokre år for å få kommunal bustad.
reason-without-home = Du er utan bustad.
reason-at-risk-of-losing-home = Du står i fare for å miste bustaden.
reason-unsuitable-home = Du bur i ein bustad eller eit område som ikkje passar for deg.
reason-financial = Økonomien din gjer det vanskeleg å skaffe eller halde på ein bustad.
reason-health = Helse eller funksjonsevne gjer det vanskeleg å skaffe eller halde på ein bustad.
reason-social = Sosiale forhold gjer det vanskeleg å skaffe eller halde på ein bustad.
why-no-bed-tonight = Du har ingen stad å sove i natt. NAV skal hjelpe deg med ein mellombels stad å bu.
why-homeless-and-health = Du er utan bustad og har helseutfordringar. Bustad først gir ein fast bustad med oppfølging.
why-rental-home-criteria-met = Du ser ut til å oppfylle dei vanlege krava for kommunal utleigebustad.
why-rental-home-ask-municipality = Spør kommunen om krava for kommunal utleigebustad.
why-deposit-to-rent = NAV kan gi garanti for depositum, så du kan leige.
why-debt-or-arrears = Du har gjeld eller skuldar husleige. NAV kan hjelpe med økonomien.
why-support-to-keep-home = Du kan få oppfølging i heimen for å klare å bu.
why-bostotte-estimate-positive = Overslaget viser at du kan få bustøtte.
why-startlan-bank-refused = Banken har sagt nei til lån. Startlån er for deg som ikkje får lån i vanleg bank.
why-startlan-capacity = Overslaget viser at du kan betene eit lån.
why-grant-gap = Lånet dekkjer ikkje heile bustaden. Tilskot kan dekkje resten.
why-home-not-accessible = Bustaden passar ikkje med funksjonsevna di.
why-advice-always = Kommunen og NAV gir råd om bustad, økonomi og rettar.
help-where-nav = Søk hos NAV-kontoret ditt.
help-where-municipality = Søk hos kommunen.
help-where-husbanken = Søk på husbanken.no.
bring-id = Legitimasjon
bring-income = Oversikt over inntekt
bring-lease = Leigekontrakt
bring-lease-offer = Tilbod om leigekontrakt
bring-debts = Oversikt over gjeld
bring-bills = Rekningar og purringar
bring-housing-costs = Oversikt over buutgifter
bring-tax-return = Skattemelding
bring-bank-refusal = Avslag frå banken
bring-health-documentation = Dokumentasjon på helse eller funksjonsevne

## Feil
error-no-adults = Hushaldet må ha minst éin vaksen.
error-negative-amount = Beløpet kan ikkje vere mindre enn null.
error-absurd-amount = Beløpet er høgare enn vi kan rekne på. Sjekk at det er rett.
error-child-age = Born må vere under 18 år. Rekn personar over 18 som vaksne.
error-too-many-persons = Hushaldet har fleire personar enn vi kan rekne på.
error-unknown-municipality = Vi finn ikkje kommunen. Skriv namnet eller det firesifra nummeret.
error-municipality-not-in-force = Kommunenummeret galdt ikkje på denne datoen.
error-no-parameters = Vi har ikkje satsar for denne datoen.
error-out-of-range = Talet er utanfor det vi kan rekne på.
error-invalid-input = Noko i svara kunne ikkje lesast.
error-io = Noko gjekk gale. Prøv igjen.
error-invalid-national-id = Fødselsnummeret eller D-nummeret er ikkje rett. Det har 11 siffer.
error-required = Dette må fyllast ut.
error-invalid-text = Teksten er for lang eller har teikn vi ikkje kan ta imot.

## The municipality's own criteria and offers (its profile)
criteria-national-default = Vi har ikkje dei eigne vilkåra til kommunen enno. Dette er dei vanlege vilkåra for kommunal utleigebustad. Kommunen din kan ha andre.
criteria-national-municipality = Dei fleste kommunar
criterion-residence-permit-met = { $municipality } krev opphaldsløyve for kommunal utleigebustad. Du har opphaldsløyve.
criterion-residence-permit-not-met = { $municipality } krev opphaldsløyve for kommunal utleigebustad. Du har svart at du ikkje har det.
criterion-residence-permit-unknown = { $municipality } krev opphaldsløyve for kommunal utleigebustad. Vi veit ikkje om du har det.
criterion-residence-years-met = { $municipality } krev at du har budd i kommunen dei siste { $years } åra. Du har budd der i { $answered ->
        [one] eitt år
       *[other] { $answered } år
    }.
criterion-residence-years-not-met = { $municipality } krev at du har budd i kommunen dei siste { $years } åra. Du har budd der i { $answered ->
        [one] eitt år
       *[other] { $answered } år
    }, så dette kravet er ikkje oppfylt.
criterion-residence-years-unknown = { $municipality } krev at du har budd i kommunen dei siste { $years } åra. Vi veit ikkje kor lenge du har budd der.
criterion-min-age-met = { $municipality } krev at du er minst { $age } år. Du er { $answered } år.
criterion-min-age-met-caring-for-children = { $municipality } krev at du er minst { $age } år, men gjer unntak når du har omsorg for barn. Du er { $answered } år og har omsorg for barn.
criterion-min-age-not-met = { $municipality } krev at du er minst { $age } år. Du er { $answered } år, så dette kravet er ikkje oppfylt.
criterion-min-age-unknown = { $municipality } krev at du er minst { $age } år. Vi veit ikkje kor gammal du er.
criterion-min-age-unknown-children = { $municipality } krev at du er minst { $age } år, men gjer unntak når du har omsorg for barn. Du er { $answered } år. Vi veit ikkje om du har omsorg for barn.
criterion-lease-ending-met = { $municipality } reknar det som å stå i fare for å miste bustaden når leigekontrakten går ut innan { $months } månader utan rett til fornying. Din går ut om { $answered ->
        [one] éin månad
       *[other] { $answered } månader
    }.
criterion-lease-ending-not-met = { $municipality } reknar det som å stå i fare for å miste bustaden når leigekontrakten går ut innan { $months } månader utan rett til fornying. Din går ut om { $answered ->
        [one] éin månad
       *[other] { $answered } månader
    }, så det blir ikkje rekna slik enno.
criterion-lease-ending-unknown = { $municipality } reknar det som å stå i fare for å miste bustaden når leigekontrakten går ut innan { $months } månader utan rett til fornying. Vi veit ikkje når din går ut.
criterion-leaving-institution-met = { $municipality } reknar deg som utan bustad når du skal ut av institusjon eller fengsel innan { $months } månader og ikkje har ein stad å bu. Du skal ut om { $answered ->
        [one] éin månad
       *[other] { $answered } månader
    }.
criterion-leaving-institution-not-met = { $municipality } reknar deg som utan bustad når du skal ut av institusjon eller fengsel innan { $months } månader og ikkje har ein stad å bu. Du skal ut om { $answered ->
        [one] éin månad
       *[other] { $answered } månader
    }, så det blir ikkje rekna slik enno.
criterion-leaving-institution-unknown = { $municipality } reknar deg som utan bustad når du skal ut av institusjon eller fengsel innan { $months } månader og ikkje har ein stad å bu. Vi veit ikkje når du skal ut.
why-rental-home-criterion-not-met = Du ser ikkje ut til å oppfylle alle krava kommunen har for kommunal utleigebustad. Kommunen kan gjere unntak, så spør kommunen likevel.
explain-needs-help-not-offered = { $municipality } har ikkje dette tilbodet, så vi føreslår det ikkje: { $help }.
explain-startlan-leie-til-eie = Med leige til eige kjøper du { $share } av bustaden no for { $share_price }, og leiger resten for { $rent } i månaden. Lån: { $loan }. Manglar: { $grant_need }. Til saman { $monthly_total } i månaden. Etter { $years } år kjøper du resten, i dag verd { $rest_price }.
