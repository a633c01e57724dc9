# Norsk bokmål: the source language. Review status: reviewed (written in klarspråk by the team).
app-name = Husly
skip-to-content = Gå til hovedinnholdet
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

not-yet-body = Denne delen er ikke ferdig ennå. Kontakt NAV-kontoret eller kommunen din hvis du trenger hjelp nå.
back-to-start = Tilbake til forsiden
not-found-title = Vi fant ikke siden
not-found-body = Adressen kan være feil, eller siden kan være flyttet.
