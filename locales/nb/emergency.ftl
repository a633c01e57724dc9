# Nowhere to sleep tonight: the emergency help, and the law behind the needs check's answer.
# Review status: see main.ftl.

## The start page's way in (its title is emergency-heading)
emergency-entry-body = Ring NAV, eller gå til NAV-kontoret i dag. Slik får du hjelp.

## The emergency help
emergency-page-title = Ikke et sted å sove i natt? – Husly
emergency-outcome = Da er du vanskeligstilt på boligmarkedet, og det haster. NAV skal hjelpe deg med et sted å sove i natt.
emergency-call = Ring NAV
emergency-call-evening = Er det kveld eller helg, ring legevakten:
emergency-office = Gå til NAV-kontoret i dag
emergency-office-here = Gå til NAV-kontoret i kommunen der du er.
emergency-office-in = Gå til NAV-kontoret i { $municipality }.
emergency-office-duty = NAV skal hjelpe deg med et sted å sove i natt (midlertidig botilbud, sosialtjenesteloven § 27).
emergency-say = Dette kan du si
emergency-say-words = Jeg har ikke noe sted å sove i natt, og jeg trenger midlertidig botilbud.
emergency-say-meaning = Det betyr:
emergency-say-show = Du kan også vise dem skjermen.
emergency-danger = Er du i fare nå? Ring politiet:
emergency-continue = Svar på flere spørsmål
emergency-continue-hint = Det er frivillig. Svarer du, ser du hvilken annen hjelp som kan passe, for eksempel en bolig fra kommunen.

## The needs check's answer
needs-outcome-emergency = Du er vanskeligstilt på boligmarkedet, og det haster, fordi du ikke har et sted å sove i natt.
needs-law-heading = Dette bygger på
explain-needs-no-bed-tonight = Du har ikke et sted å sove i natt. Da er du vanskeligstilt på boligmarkedet, og det haster.
explain-law-vanskeligstilt = Lov om kommunenes ansvar på det boligsosiale feltet (boligsosialloven), fra 1. juli 2023: du er vanskeligstilt på boligmarkedet hvis du av økonomiske, sosiale eller helsemessige grunner ikke klarer å skaffe deg eller beholde en egnet bolig på egen hånd.
explain-law-individual-help = Boligsosialloven § 6: Kommunen skal gi deg hjelp som er tilpasset deg og det du trenger, i samarbeid med deg.
explain-law-temporary-accommodation = Sosialtjenesteloven § 27: Kommunen skal finne et midlertidig botilbud til den som ikke klarer det selv. Det er NAV-kontoret som gjør dette.
