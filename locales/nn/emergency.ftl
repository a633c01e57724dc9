# Nowhere to sleep tonight: the emergency help, and the law behind the needs check's answer.
# Review status: see main.ftl.

## The start page's way in (its title is emergency-heading)
emergency-entry-body = Ring NAV, eller gå til NAV-kontoret i dag. Slik får du hjelp.

## The emergency help
emergency-page-title = Ingen stad å sove i natt? – Husly
emergency-outcome = Då er du vanskelegstilt på bustadmarknaden, og det hastar. NAV skal hjelpe deg med ein stad å sove i natt.
emergency-call = Ring NAV
emergency-call-evening = Er det kveld eller helg, ring legevakta:
emergency-office = Gå til NAV-kontoret i dag
emergency-office-here = Gå til NAV-kontoret i kommunen der du er.
emergency-office-in = Gå til NAV-kontoret i { $municipality }.
emergency-office-duty = NAV skal hjelpe deg med ein stad å sove i natt (mellombels butilbod, sosialtenestelova § 27).
emergency-say = Dette kan du seie
emergency-say-words = Eg har ingen stad å sove i natt, og eg treng mellombels butilbod.
emergency-say-meaning = Det tyder:
emergency-say-show = Du kan òg vise dei skjermen.
emergency-danger = Er du i fare no? Ring politiet:
emergency-continue = Svar på fleire spørsmål
emergency-continue-hint = Det er frivillig. Svarer du, ser du kva anna hjelp som kan passe, til dømes ein bustad frå kommunen.

## The needs check's answer
needs-outcome-emergency = Du er vanskelegstilt på bustadmarknaden, og det hastar, fordi du ikkje har ein stad å sove i natt.
needs-law-heading = Dette byggjer på
explain-needs-no-bed-tonight = Du har ingen stad å sove i natt. Då er du vanskelegstilt på bustadmarknaden, og det hastar.
explain-law-vanskeligstilt = Lov om kommunane sitt ansvar på det bustadsosiale feltet (bustadsosiallova), frå 1. juli 2023: du er vanskelegstilt på bustadmarknaden dersom du av økonomiske, sosiale eller helsemessige grunnar ikkje klarer å skaffe deg eller halde på ein eigna bustad på eiga hand.
explain-law-individual-help = Bustadsosiallova § 6: Kommunen skal gi deg hjelp som er tilpassa deg og det du treng, i samarbeid med deg.
explain-law-temporary-accommodation = Sosialtenestelova § 27: Kommunen skal finne eit mellombels butilbod til den som ikkje klarer det sjølv. Det er NAV-kontoret som gjer dette.
