# Norsk nynorsk. Review status: machine-assisted, waiting for a qualified translator.
app-name = Husly
skip-to-content = Gå til hovudinnhaldet
start-over = Start på nytt
start-over-waiting = Søknaden er ikkje send enno. Startar du på nytt, blir han sletta frå denne eininga og aldri send. Vil du starte på nytt likevel?
start-over-receipt = Kvitteringa for søknaden din blir sletta frå denne eininga. Utan ho kan du ikkje lese vedtaket eller svare på innkallingar her. Skriv ned referansen først. Vil du starte på nytt likevel?
language-picker-label = Språk (Language)
footer-privacy = Det du skriv, blir verande på telefonen din til du sjølv sender søknaden.

home-page-title = Husly – hjelp til å skaffe og halde på ein bustad
home-heading = Hjelp til å skaffe og halde på ein bustad
home-lead = Finn ut kva hjelp du kan få frå kommunen og NAV, rekn ut omtrent kva du kan få, og søk – alt på éin stad.
entry-needs-title = Finn ut kva hjelp som passar deg
entry-needs-body = Svar på nokre korte spørsmål om korleis du bur no.
entry-estimates-title = Rekn ut startlån og bustøtte
entry-estimates-body = Sjå omtrent kor mykje du kan låne, og kor mykje bustøtte du kan få.
entry-apply-title = Søk om hjelp
entry-apply-body = Éin søknad til kommunen om hjelp til å skaffe eller halde på ein bustad.
entry-receipt-title = Søknaden du har sendt
entry-receipt-body = Kvitteringa, kva som skjer no, innkallingar til samtale og vedtaket.

back-to-start = Tilbake til framsida
not-found-title = Vi fann ikkje sida
not-found-body = Adressa kan vere feil, eller sida kan vere flytt.

## Estimates
estimates-page-title = Rekn ut startlån og bustøtte – Husly
estimates-heading = Rekn ut startlån og bustøtte
estimates-lead = Fyll inn det du veit. Svaret kjem medan du skriv. Ingenting du skriv her, blir sendt nokon stad.
estimates-disclaimer = Dette er eit overslag, ikkje eit vedtak. Det er kommunen og Husbanken som bestemmer.
section-where = Kvar bur du?
section-household = Kven bur saman med deg?
section-income = Inntekt
section-housing = Bustaden du har no
section-purchase = Viss du vil kjøpe bustad
field-municipality = Kommune
field-municipality-hint = Skriv namnet eller det firesifra kommunenummeret.
field-adults = Talet på vaksne (18 år og eldre), deg sjølv medrekna
field-couple = To av dei vaksne er gifte, sambuarar eller registrerte partnarar
field-children-0-5 = Talet på born 0–5 år
field-children-6-10 = Talet på born 6–10 år
field-children-11-17 = Talet på born 11–17 år
field-income = Inntekt
field-income-hint = I kroner, til dømes 350 000.
period-year = i året
period-month = i månaden
basis-gross = før skatt
basis-net = etter skatt
field-income-source = Kva slags inntekt er det?
source-wages = Løn, sjukepengar, AAP eller dagpengar
source-pension = Pensjon (alderspensjon, AFP og anna pensjon)
field-wealth = Formue
field-wealth-hint = Pengar i banken og anna du eig, minus gjeld. La feltet stå tomt viss du ikkje har formue.
field-home-kind = Korleis bur du?
home-rented = Eg leiger
home-cooperative = Eg eig ei leilegheit (burettslag eller sameige)
home-owned-house = Eg eig eit hus
home-none = Eg har ikkje eigen bustad
field-housing-cost = Buutgifter i månaden
field-housing-cost-hint = Husleige, eller felleskostnader, renter og avdrag på bustadlånet.
field-adapted = Bustaden er tilpassa ei funksjonsnedsetjing
field-home-price = Pris på bustaden du vil kjøpe
field-home-price-hint = La feltet stå tomt viss du berre vil vite kor mykje du kan låne.
field-own-funds = Eigne pengar du kan bruke på kjøpet
field-error-not-a-number = Skriv eit tal, til dømes 12 000.
field-error-negative = Talet kan ikkje vere mindre enn null.
estimate-incomplete = Fyll inn kommune, inntekta til kvar vaksen og buutgifter for å sjå eit overslag.
results-heading = Overslag
bostotte-heading = Bustøtte
bostotte-result = Du kan få omtrent { $amount } i månaden i bustøtte.
bostotte-none = Ut frå dette får du truleg ikkje bustøtte.
startlan-heading = Startlån
startlan-result = Du kan truleg betene eit startlån på omtrent { $amount } over { $years } år.
startlan-long-term = Over { $years } år blir det omtrent { $amount }, viss vilkåra for så lang nedbetaling er oppfylte.
startlan-no-capacity = Ut frå dette er det ikkje nok att av inntekta til å betene eit lån. Kommunen kan sjå på andre løysingar saman med deg.
startlan-purchase-payment = Eit lån på { $loan } kostar omtrent { $amount } i månaden.
startlan-grant-need = Det manglar omtrent { $amount }. Spør kommunen om tilskot til etablering.
unverified-notice = Nokre av satsane vi bruker, er ikkje stadfesta enno. Rekn med at beløpet kan bli litt annleis.
parameters-date = Satsane gjeld frå { $date }.
official-calculator-bostotte = Bustøttekalkulatoren til Husbanken
official-calculator-startlan = Les om startlån hos Husbanken
how-we-calculated = Slik rekna vi
figure-valid-from = gjeld frå { $date }
figure-unverified = ikkje stadfesta
chart-title = Bustøtte etter inntekt
chart-desc = Linja viser kor mykje bustøtte hushaldet kan få i månaden ved inntekter frå 0 til { $max_income } i året. Prikken er inntekta di.
chart-caption = Di høgare inntekt, di mindre bustøtte. Prikken viser deg.

## Front-desk mode (a shared device at a NAV or municipal front desk)
front-desk-new-client = Ny klient
front-desk-banner = Skrankemodus: { $name } er logga inn. Søknader blir sende på vegner av den som er her. Trykk «Ny klient» når du er ferdig.
front-desk-on-behalf = Søknaden blir send på vegner av denne personen, frå skranken.

## Languages and the interpreter view
# The state of this language's text (README.md, "Languages"; tests/locales.rs keeps them
# equal). Not shown; do not translate: "reviewed" (checked by a qualified translator), "team"
# (written by the Husly team, not checked by a qualified translator: translation-notice-team)
# or "machine-assisted" (waiting for a qualified translator: translation-notice).
translation-status = machine-assisted
translation-notice = Denne teksten er omsett med hjelp av maskin og er ikkje kontrollert av ein kvalifisert omsetjar enno. Er noko uklart, spør om tolk.
translation-notice-team = Denne teksten er skriven av Husly-teamet og er ikkje kontrollert av ein kvalifisert omsetjar. Er noko uklart, spør om tolk.
interpreter-view = Vis bokmål ved sida av

## Where to turn: a municipality's housing office (components/contact_card.rs)
contact-card-office = { $office }, { $municipality } kommune
contact-card-phone = Telefon
contact-card-web = Nettside
contact-card-address = Adresse
contact-card-opening-hours = Opningstider
contact-card-books-interpreters = Kontoret bestiller tolk om du treng det.
contact-card-ask-for-interpreter = Treng du tolk, sei frå når du tek kontakt.
opening-hours-range = { $first }–{ $last } { $opens }–{ $closes }
opening-hours-day = { $day } { $opens }–{ $closes }
weekday-monday = måndag
weekday-tuesday = tysdag
weekday-wednesday = onsdag
weekday-thursday = torsdag
weekday-friday = fredag
weekday-saturday = laurdag
weekday-sunday = søndag
field-error-not-a-whole-number = Skriv eit heilt tal med siffer, til dømes 3.

# Shown on a page read before the app arrived: when the app could not be loaded, and while it still loads after the reader has begun (src/components/layout.rs).
app-not-loaded = Sida vart ikkje ferdig lasta, så knappane verkar ikkje enno. Sjekk nettsambandet, og last sida på nytt.
app-reload = Last sida på nytt
app-starting = Sida lastar framleis. Det du skriv og vel, blir teke vare på.
