# Norsk bokmål: the application. Review status: reviewed (written in klarspråk by the team).
apply-page-title = Søk om hjelp med bolig – Husly
apply-heading = Søk om hjelp med bolig
apply-lead = Her søker du kommunen om hjelp til å skaffe eller beholde en bolig. Du sender én søknad, og kommunen finner ut hvilken hjelp du kan få.
apply-need-heading = Dette trenger du
apply-need-id = Fødselsnummer eller D-nummer (11 siffer)
apply-need-economy = Omtrent hvor mye du og de du bor med tjener, og hva boligen koster
apply-need-time = Omtrent 10 minutter. Svarene lagres på telefonen mens du skriver, så du kan ta en pause.
apply-privacy = Ingenting blir sendt før du trykker «Send søknaden» til slutt.
apply-start = Start søknaden
apply-resume = Fortsett der du slapp
apply-progress = Steg { $n } av { $total }
apply-change = Endre

apply-person-heading = Hvem søker?
apply-name = Fullt navn
apply-national-id = Fødselsnummer eller D-nummer
apply-national-id-hint = 11 siffer. Du finner det for eksempel på bankkortet, i NAV-brev eller på oppholdskortet.
apply-error-name = Skriv fullt navn.
apply-error-national-id-missing = Skriv fødselsnummeret eller D-nummeret ditt.

apply-contact-heading = Hvordan kan kommunen kontakte deg?
apply-contact-hint = Skriv telefonnummer, e-post eller begge deler.
apply-phone = Telefonnummer
apply-phone-hint = For eksempel 912 34 567.
apply-email = E-post
apply-language = Hvilket språk vil du helst bruke?
apply-language-hint = Kommunen prøver å svare deg på dette språket.
apply-interpreter = Jeg trenger tolk når jeg snakker med kommunen
apply-error-contact = Skriv telefonnummer eller e-post, så kommunen kan nå deg.
error-invalid-phone = Skriv et telefonnummer med 8 til 15 siffer, for eksempel 912 34 567.
error-invalid-email = Skriv en e-postadresse som navn@eksempel.no.

apply-economy-heading = Husstanden og økonomien
apply-economy-hint = Har du regnet ut startlån eller bostøtte her, er svarene fylt inn. Sjekk at de stemmer.
apply-error-municipality = Skriv hvilken kommune du bor i.
apply-error-income = Skriv inntekten. Skriv 0 hvis ingen i husstanden har inntekt.
apply-error-housing-cost = Skriv hva boligen koster i måneden. Skriv 0 hvis du ikke betaler noe.

apply-help-heading = Hva vil du søke om?
apply-help-hint = Kryss av for alt du vil ha hjelp med. Vi har krysset av for det som passer med svarene dine. Du kan endre det.
apply-help-fits = Passer for deg
apply-error-help = Velg minst én type hjelp.

apply-own-words-heading = Fortell om situasjonen din
apply-own-words-label = Med dine egne ord
apply-own-words-hint = Hvordan bor du nå, og hva ønsker du deg? Kommunen skal høre hva du mener før de bestemmer. Du kan også fortelle det når du snakker med dem.
apply-own-words-empty = Ikke skrevet noe
apply-characters-left = Du har { $n } tegn igjen.
apply-error-too-long = Teksten er for lang. Gjør den kortere.

apply-check-heading = Sjekk svarene før du sender
apply-section-person = Om deg
apply-section-situation = Slik bor du nå
apply-section-economy = Husstanden og økonomien
apply-section-help = Hjelp du søker om
apply-section-own-words = Med dine egne ord
answer-yes = Ja
answer-no = Nei
apply-declaration-heading = Send søknaden
apply-consent = Jeg har svart så riktig jeg kan. Kommunen kan bruke opplysningene til å behandle søknaden og hente de opplysningene som trengs fra NAV og Skatteetaten.
apply-error-consent = Kryss av for at du har svart riktig og godtar at kommunen behandler søknaden.
apply-submit = Send søknaden
apply-sending = Sender …
apply-retry = Prøv å sende igjen
apply-submit-failed = Søknaden ble ikke sendt
apply-answers-kept = Svarene dine er tatt vare på. Når du prøver igjen, blir søknaden bare sendt én gang.
apply-waiting-heading = Søknaden er ikke sendt ennå
apply-waiting-body = Vi får ikke kontakt med serveren nå, kanskje fordi du ikke er på nett. Søknaden er lagret på denne enheten, og vi sender den av oss selv når forbindelsen er tilbake, også om du lukker siden og åpner Husly igjen senere. Den blir bare sendt én gang.
apply-waiting-change = Den blir sendt slik den står her. Vil du endre noe, endrer du svaret og trykker «Send søknaden» på nytt.
outbox-waiting = Søknaden din er ikke sendt ennå. Den blir sendt av seg selv når du er på nett igjen.
outbox-waiting-link = Se søknaden
outbox-sent = Du er på nett igjen, og søknaden din er sendt.
outbox-sent-link = Se kvitteringen
apply-sent-already = Du har sendt en søknad fra denne enheten. Svarene i den er ikke lagret her lenger.
apply-error-server = Noe gikk galt hos oss. Prøv igjen om litt.

apply-receipt-heading = Søknaden er sendt
apply-receipt-reference = Referansen din er
apply-receipt-sent = Vi sendte søknaden til { $municipality } kommune { $date }.
apply-receipt-keep = Skriv ned referansen eller skriv ut denne siden. Oppgi referansen når du snakker med kommunen.
apply-next-heading = Hva skjer nå?
apply-next-body = Kommunen leser søknaden og tar kontakt med deg. Tar det mer enn en måned, skal du få et brev om når du kan vente svar (forvaltningsloven § 11 a).
apply-next-urgent = Har du ikke et sted å sove i natt, ring NAV på 55 55 33 33 eller gå til NAV-kontoret i dag.
apply-appeal-heading = Hvis du er uenig i svaret
apply-appeal-body = Du får svaret i et brev (et vedtak). Er du uenig, kan du klage. Fristen er tre uker fra du fikk brevet (forvaltningsloven § 29). I brevet står det hvor du sender klagen. NAV-kontoret kan hjelpe deg å skrive den.
apply-print = Skriv ut
apply-summary-heading = Det du sendte
apply-receipt-missing = Ingen kvittering her
apply-receipt-missing-body = Vi finner ingen sendt søknad på denne enheten. Kvitteringen slettes når noen trykker «Start på nytt».
apply-status-label = Status:
apply-status-received = Mottatt. Kommunen har ikke begynt å behandle søknaden ennå.
apply-status-in-progress = Under behandling.
apply-status-decided = Avgjort. Svaret kommer i et brev.
error-too-many-requests = Det har kommet mange søknader fra denne enheten på kort tid. Vent et minutt, og prøv igjen.

## The receipt: who will contact the resident about what (routes/apply/receipt/handled_by.rs)
apply-handled-by-heading = Hvem kontakter deg om hva
apply-handled-by-lead = Hver del av søknaden går til den som avgjør den. De tar kontakt med deg.
handler-housing-office = { $municipality } kommune
handler-nav = NAV-kontoret der du bor
handler-husbanken = Husbanken
handler-about = Om:
handler-nav-how = NAV-kontoret avgjør dette og tar kontakt med deg. Du når NAV på telefon
handler-husbanken-how = Husbanken avgjør bostøtte. Du søker på husbanken.no, og kommunen kan hjelpe deg med søknaden.
decision-open = Les vedtaket
decision-ready = Kommunen har gjort et vedtak i saken din.
receipt-meeting-heading = Du er kalt inn til samtale
receipt-meeting-when = { $date } klokken { $time }
receipt-meeting-open = Se innkallingen og svar
receipt-meeting-confirmed = Du har svart at du kommer.
receipt-meeting-another = Du har bedt om en annen tid.
receipt-documents-heading = Vedlegg
receipt-documents-body = Send dokumentene kommunen ber om, for eksempel legitimasjon, lønnsslipper og leiekontrakt, rett fra telefonen.
receipt-documents-open = Legg ved dokumenter
receipt-documents-send = Send dokumentene
receipt-documents-waiting = { $count ->
    [one] Dokumentet du la ved, er ennå bare på denne telefonen. Send det nå, så kommunen får det.
   *[other] De { $count } dokumentene du la ved, er ennå bare på denne telefonen. Send dem nå, så kommunen får dem.
}
apply-documents = { $count ->
    [0] Du kan legge ved dokumentene kommunen ber om, som lønnsslipper og leiekontrakt. De blir på denne telefonen til du har sendt søknaden.
    [one] Du har lagt ved ett dokument. Det blir på denne telefonen til du har sendt søknaden, og så sender du det fra kvitteringen.
   *[other] Du har lagt ved { $count } dokumenter. De blir på denne telefonen til du har sendt søknaden, og så sender du dem fra kvitteringen.
}
