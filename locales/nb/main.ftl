# Norsk bokmål: the source language. Review status: reviewed (written in klarspråk by the team).
app-name = Husly
skip-to-content = Gå til hovedinnholdet
start-over = Start på nytt
start-over-waiting = Søknaden er ikke sendt ennå. Starter du på nytt, blir den slettet fra denne enheten og aldri sendt. Vil du starte på nytt likevel?
start-over-receipt = Kvitteringen for søknaden din blir slettet fra denne enheten. Uten den kan du ikke lese vedtaket eller svare på innkallinger her. Skriv ned referansen først. Vil du starte på nytt likevel?
language-picker-label = Språk (Language)
footer-privacy = Det du skriver, blir på telefonen din til du selv sender søknaden.

home-page-title = Husly – hjelp til å skaffe og beholde en bolig
home-heading = Hjelp til å skaffe og beholde en bolig
home-lead = Finn ut hvilken hjelp du kan få fra kommunen og NAV, regn ut omtrent hva du kan få, og søk – alt på ett sted.
entry-needs-title = Finn ut hvilken hjelp som passer deg
entry-needs-body = Svar på noen korte spørsmål om hvordan du bor nå.
entry-estimates-title = Regn ut startlån og bostøtte
entry-estimates-body = Se omtrent hvor mye du kan låne, og hvor mye bostøtte du kan få.
entry-apply-title = Søk om hjelp
entry-apply-body = Én søknad til kommunen om hjelp til å skaffe eller beholde en bolig.
entry-receipt-title = Søknaden du har sendt
entry-receipt-body = Kvitteringen, hva som skjer nå, innkallinger til samtale og vedtaket.

back-to-start = Tilbake til forsiden
not-found-title = Vi fant ikke siden
not-found-body = Adressen kan være feil, eller siden kan være flyttet.

## Estimates
estimates-page-title = Regn ut startlån og bostøtte – Husly
estimates-heading = Regn ut startlån og bostøtte
estimates-lead = Fyll inn det du vet. Svaret kommer mens du skriver. Ingenting du skriver her, blir sendt noe sted.
estimates-disclaimer = Dette er et anslag, ikke et vedtak. Det er kommunen og Husbanken som bestemmer.
section-where = Hvor bor du?
section-household = Hvem bor sammen med deg?
section-income = Inntekt
section-housing = Boligen du har nå
section-purchase = Hvis du vil kjøpe bolig
field-municipality = Kommune
field-municipality-hint = Skriv navnet eller det firesifrede kommunenummeret.
field-adults = Antall voksne (18 år og eldre), deg selv medregnet
field-couple = To av de voksne er gift, samboere eller registrerte partnere
field-children-0-5 = Antall barn 0–5 år
field-children-6-10 = Antall barn 6–10 år
field-children-11-17 = Antall barn 11–17 år
field-income = Inntekt
field-income-hint = I kroner, for eksempel 350 000.
period-year = i året
period-month = i måneden
basis-gross = før skatt
basis-net = etter skatt
field-income-source = Hva slags inntekt er det?
source-wages = Lønn, sykepenger, AAP eller dagpenger
source-pension = Pensjon (alderspensjon, AFP og annen pensjon)
field-wealth = Formue
field-wealth-hint = Penger i banken og annet du eier, minus gjeld. La feltet stå tomt hvis du ikke har formue.
field-home-kind = Hvordan bor du?
home-rented = Jeg leier
home-cooperative = Jeg eier en leilighet (borettslag eller sameie)
home-owned-house = Jeg eier et hus
home-none = Jeg har ikke egen bolig
field-housing-cost = Boutgifter i måneden
field-housing-cost-hint = Husleie, eller felleskostnader, renter og avdrag på boliglånet.
field-adapted = Boligen er tilpasset en funksjonsnedsettelse
field-home-price = Pris på boligen du vil kjøpe
field-home-price-hint = La feltet stå tomt hvis du bare vil vite hvor mye du kan låne.
field-own-funds = Egne penger du kan bruke på kjøpet
field-error-not-a-number = Skriv et tall, for eksempel 12 000.
field-error-negative = Tallet kan ikke være mindre enn null.
estimate-incomplete = Fyll inn kommune, inntekten til hver voksen og boutgifter for å se et anslag.
results-heading = Anslag
bostotte-heading = Bostøtte
bostotte-result = Du kan få omtrent { $amount } i måneden i bostøtte.
bostotte-none = Ut fra dette får du trolig ikke bostøtte.
startlan-heading = Startlån
startlan-result = Du kan trolig betjene et startlån på omtrent { $amount } over { $years } år.
startlan-long-term = Over { $years } år blir det omtrent { $amount }, hvis vilkårene for så lang nedbetaling er oppfylt.
startlan-no-capacity = Ut fra dette er det ikke nok igjen av inntekten til å betjene et lån. Kommunen kan se på andre løsninger sammen med deg.
startlan-purchase-payment = Et lån på { $loan } koster omtrent { $amount } i måneden.
startlan-grant-need = Det mangler omtrent { $amount }. Spør kommunen om tilskudd til etablering.
unverified-notice = Noen av satsene vi bruker, er ikke bekreftet ennå. Regn med at beløpet kan bli litt annerledes.
parameters-date = Satsene gjelder fra { $date }.
official-calculator-bostotte = Husbankens egen bostøttekalkulator
official-calculator-startlan = Les om startlån hos Husbanken
how-we-calculated = Slik regnet vi
figure-valid-from = gjelder fra { $date }
figure-unverified = ikke bekreftet
chart-title = Bostøtte etter inntekt
chart-desc = Linjen viser hvor mye bostøtte husstanden kan få i måneden ved inntekter fra 0 til { $max_income } i året. Prikken er din inntekt.
chart-caption = Jo høyere inntekt, jo mindre bostøtte. Prikken viser deg.

## Front-desk mode (a shared device at a NAV or municipal front desk)
front-desk-new-client = Ny klient
front-desk-banner = Skrankemodus: { $name } er logget inn. Søknader sendes på vegne av den som er her. Trykk «Ny klient» når du er ferdig.
front-desk-on-behalf = Søknaden sendes på vegne av denne personen, fra skranken.

## Languages and the interpreter view
# The state of this language's text (README.md, "Languages"; tests/locales.rs keeps them
# equal). Not shown; do not translate: "reviewed" (checked by a qualified translator), "team"
# (written by the Husly team, not checked by a qualified translator: translation-notice-team)
# or "machine-assisted" (waiting for a qualified translator: translation-notice).
translation-status = reviewed
translation-notice = Denne teksten er oversatt med hjelp av maskin og er ikke kontrollert av en kvalifisert oversetter ennå. Er noe uklart, spør om tolk.
translation-notice-team = Denne teksten er skrevet av Husly-teamet og er ikke kontrollert av en kvalifisert oversetter. Er noe uklart, spør om tolk.
interpreter-view = Vis norsk ved siden av

## Where to turn: a municipality's housing office (components/contact_card.rs)
contact-card-office = { $office }, { $municipality } kommune
contact-card-phone = Telefon
contact-card-web = Nettside
contact-card-address = Adresse
contact-card-opening-hours = Åpningstider
contact-card-books-interpreters = Kontoret bestiller tolk hvis du trenger det.
contact-card-ask-for-interpreter = Trenger du tolk, si fra når du tar kontakt.
opening-hours-range = { $first }–{ $last } { $opens }–{ $closes }
opening-hours-day = { $day } { $opens }–{ $closes }
weekday-monday = mandag
weekday-tuesday = tirsdag
weekday-wednesday = onsdag
weekday-thursday = torsdag
weekday-friday = fredag
weekday-saturday = lørdag
weekday-sunday = søndag
field-error-not-a-whole-number = Skriv et helt tall med sifre, for eksempel 3.

# Shown on a page read before the app arrived: when the app could not be loaded, and while it still loads after the reader has begun (src/components/layout.rs).
app-not-loaded = Siden ble ikke ferdig lastet, så knappene virker ikke ennå. Sjekk nettforbindelsen, og last siden på nytt.
app-reload = Last siden på nytt
app-starting = Siden lastes fortsatt. Det du skriver og velger, blir tatt vare på.
