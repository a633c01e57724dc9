# Norsk nynorsk: søknaden. Review status: see main.ftl.
apply-page-title = Søk om hjelp med bustad – Husly
apply-heading = Søk om hjelp med bustad
apply-lead = Her søkjer du kommunen om hjelp til å skaffe eller halde på ein bustad. Du sender éin søknad, og kommunen finn ut kva hjelp du kan få.
apply-need-heading = Dette treng du
apply-need-id = Fødselsnummer eller D-nummer (11 siffer)
apply-need-economy = Omtrent kor mykje du og dei du bur med tener, og kva bustaden kostar
apply-need-time = Omtrent 10 minutt. Svara blir lagra på telefonen medan du skriv, så du kan ta ein pause.
apply-privacy = Ingenting blir sendt før du trykkjer «Send søknaden» til slutt.
apply-start = Start søknaden
apply-resume = Hald fram der du slapp
apply-progress = Steg { $n } av { $total }
apply-change = Endre

apply-person-heading = Kven søkjer?
apply-name = Fullt namn
apply-national-id = Fødselsnummer eller D-nummer
apply-national-id-hint = 11 siffer. Du finn det til dømes på bankkortet, i NAV-brev eller på opphaldskortet.
apply-error-name = Skriv fullt namn.
apply-error-national-id-missing = Skriv fødselsnummeret eller D-nummeret ditt.

apply-contact-heading = Korleis kan kommunen kontakte deg?
apply-contact-hint = Skriv telefonnummer, e-post eller begge delar.
apply-phone = Telefonnummer
apply-phone-hint = Til dømes 912 34 567.
apply-email = E-post
apply-language = Kva språk vil du helst bruke?
apply-language-hint = Kommunen prøver å svare deg på dette språket.
apply-interpreter = Eg treng tolk når eg snakkar med kommunen
apply-error-contact = Skriv telefonnummer eller e-post, så kommunen kan nå deg.
error-invalid-phone = Skriv eit telefonnummer med 8 til 15 siffer, til dømes 912 34 567.
error-invalid-email = Skriv ei e-postadresse som namn@døme.no.

apply-economy-heading = Hushaldet og økonomien
apply-economy-hint = Har du rekna ut startlån eller bustøtte her, er svara fylte inn. Sjekk at dei stemmer.
apply-error-municipality = Skriv kva kommune du bur i.
apply-error-income = Skriv inntekta. Skriv 0 viss ingen i hushaldet har inntekt.
apply-error-housing-cost = Skriv kva bustaden kostar i månaden. Skriv 0 viss du ikkje betaler noko.

apply-help-heading = Kva vil du søkje om?
apply-help-hint = Kryss av for alt du vil ha hjelp med. Vi har kryssa av for det som passar med svara dine. Du kan endre det.
apply-help-fits = Passar for deg
apply-error-help = Vel minst éin type hjelp.

apply-own-words-heading = Fortel om situasjonen din
apply-own-words-label = Med dine eigne ord
apply-own-words-hint = Korleis bur du no, og kva ønskjer du deg? Kommunen skal høyre kva du meiner før dei bestemmer. Du kan også fortelje det når du snakkar med dei.
apply-own-words-empty = Ikkje skrive noko
apply-characters-left = Du har { $n } teikn att.
apply-error-too-long = Teksten er for lang. Gjer han kortare.

apply-check-heading = Sjekk svara før du sender
apply-section-person = Om deg
apply-section-situation = Slik bur du no
apply-section-economy = Hushaldet og økonomien
apply-section-help = Hjelp du søkjer om
apply-section-own-words = Med dine eigne ord
answer-yes = Ja
answer-no = Nei
apply-declaration-heading = Send søknaden
apply-consent = Eg har svart så rett eg kan. Kommunen kan bruke opplysningane til å handsame søknaden og hente dei opplysningane som trengst frå NAV og Skatteetaten.
apply-error-consent = Kryss av for at du har svart rett og godtek at kommunen handsamar søknaden.
apply-submit = Send søknaden
apply-sending = Sender …
apply-retry = Prøv å sende igjen
apply-submit-failed = Søknaden vart ikkje send
apply-answers-kept = Svara dine er tekne vare på. Når du prøver igjen, blir søknaden berre send éin gong.
apply-waiting-heading = Søknaden er ikkje send enno
apply-waiting-body = Vi får ikkje kontakt med tenaren no, kanskje fordi du ikkje er på nett. Søknaden er lagra på denne eininga, og vi sender han av oss sjølve når sambandet er tilbake, også om du lukkar sida og opnar Husly igjen seinare. Han blir berre send éin gong.
apply-waiting-change = Han blir send slik han står her. Vil du endre noko, endrar du svaret og trykkjer «Send søknaden» på nytt.
outbox-waiting = Søknaden din er ikkje send enno. Han blir send av seg sjølv når du er på nett igjen.
outbox-waiting-link = Sjå søknaden
outbox-sent = Du er på nett igjen, og søknaden din er send.
outbox-sent-link = Sjå kvitteringa
apply-sent-already = Du har sendt ein søknad frå denne eininga. Svara i han er ikkje lagra her lenger.
apply-error-server = Noko gjekk gale hos oss. Prøv igjen om litt.

apply-receipt-heading = Søknaden er send
apply-receipt-reference = Referansen din er
apply-receipt-sent = Vi sende søknaden til { $municipality } kommune { $date }.
apply-receipt-keep = Skriv ned referansen eller skriv ut denne sida. Oppgi referansen når du snakkar med kommunen.
apply-next-heading = Kva skjer no?
apply-next-body = Kommunen les søknaden og tek kontakt med deg. Tek det meir enn ein månad, skal du få eit brev om når du kan vente svar (forvaltningslova § 11 a).
apply-next-urgent = Har du ingen stad å sove i natt, ring NAV på 55 55 33 33 eller gå til NAV-kontoret i dag.
apply-appeal-heading = Viss du er usamd i svaret
apply-appeal-body = Du får svaret i eit brev (eit vedtak). Er du usamd, kan du klage. Fristen er tre veker frå du fekk brevet (forvaltningslova § 29). I brevet står det kvar du sender klaga. NAV-kontoret kan hjelpe deg å skrive ho.
apply-print = Skriv ut
apply-summary-heading = Det du sende
apply-receipt-missing = Ingen kvittering her
apply-receipt-missing-body = Vi finn ingen send søknad på denne eininga. Kvitteringa blir sletta når nokon trykkjer «Start på nytt».
apply-status-label = Status:
apply-status-received = Motteken. Kommunen har ikkje byrja å handsame søknaden enno.
apply-status-in-progress = Under handsaming.
apply-status-decided = Avgjord. Svaret kjem i eit brev.
error-too-many-requests = Det har kome mange søknader frå denne eininga på kort tid. Vent eit minutt, og prøv igjen.

## The receipt: who will contact the resident about what (routes/apply/receipt/handled_by.rs)
apply-handled-by-heading = Kven kontaktar deg om kva
apply-handled-by-lead = Kvar del av søknaden går til den som avgjer han. Dei tek kontakt med deg.
handler-housing-office = Bustadtenesta i { $municipality } kommune
handler-nav = NAV-kontoret der du bur
handler-husbanken = Husbanken
handler-about = Om:
handler-nav-how = NAV-kontoret avgjer dette og tek kontakt med deg. Du når NAV på telefon
handler-husbanken-how = Husbanken avgjer bustøtte. Du søkjer på husbanken.no, og kommunen kan hjelpe deg med søknaden.
decision-open = Les vedtaket
decision-ready = Kommunen har gjort eit vedtak i saka di.
receipt-meeting-heading = Du er kalla inn til samtale
receipt-meeting-when = { $date } klokka { $time }
receipt-meeting-open = Sjå innkallinga og svar
receipt-meeting-confirmed = Du har svart at du kjem.
receipt-meeting-another = Du har bede om ei anna tid.
receipt-documents-heading = Vedlegg
receipt-documents-body = Send dokumenta kommunen ber om, til dømes legitimasjon, lønnsslippar og leigekontrakt, rett frå telefonen.
receipt-documents-open = Legg ved dokument
receipt-documents-send = Send dokumenta
receipt-documents-waiting = { $count ->
    [one] Dokumentet du la ved, er enno berre på denne telefonen. Send det no, så kommunen får det.
   *[other] Dei { $count } dokumenta du la ved, er enno berre på denne telefonen. Send dei no, så kommunen får dei.
}
apply-documents = { $count ->
    [0] Du kan leggje ved dokumenta kommunen ber om, som lønnsslippar og leigekontrakt. Dei blir verande på denne telefonen til du har sendt søknaden.
    [one] Du har lagt ved eitt dokument. Det blir verande på denne telefonen til du har sendt søknaden, og så sender du det frå kvitteringa.
   *[other] Du har lagt ved { $count } dokument. Dei blir verande på denne telefonen til du har sendt søknaden, og så sender du dei frå kvitteringa.
}
