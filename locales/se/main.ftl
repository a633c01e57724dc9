# Davvisámegiella. Review status: machine-assisted, waiting for a qualified translator.
app-name = Husly
skip-to-content = Mana váldosisdollui
start-over = Álgge ođđasit
start-over-waiting = Ohcamuš ii leat vel sáddejuvvon. Jus álggát ođđasit, de dat sihkkojuvvo dán ovttadagas iige sáddejuvvo goassege. Háliidatgo liikká álgit ođđasit?
start-over-receipt = Du ohcamuša kvihttehus sihkkojuvvo dán ovttadagas. Dan haga it sáhte lohkat mearrádusa dahje vástidit bovdehusaide dáppe. Čále referánssa vuos. Háliidatgo liikká álgit ođđasit?
language-picker-label = Giella (Language)
footer-privacy = Dat maid čálát, bissu du telefovnnas dassážii go ieš sádde ohcamuša.

home-page-title = Husly – veahkki oažžut ja doalahit ássanbáikki
home-heading = Veahkki oažžut ja doalahit ássanbáikki
home-lead = Gávnnat makkár veahki sáhtát oažžut suohkanis ja NAV:s, rehkenastte sullii maid sáhtát oažžut, ja oza – buot ovtta sajis.
entry-needs-title = Gávnnat makkár veahkki heive dutnje
entry-needs-body = Vástit moadde oanehis gažaldaga das mo don dál ásat.
entry-estimates-title = Rehkenastte álgoloana (startlån) ja ássandoarjaga (bostøtte)
entry-estimates-body = Oainne sullii man ollu sáhtát loatnat, ja man ollu ássandoarjaga (bostøtte) sáhtát oažžut.
entry-apply-title = Oza veahki
entry-apply-body = Okta ohcamuš suohkanii veahki várás oažžut dahje doalahit ássanbáikki.
entry-receipt-title = Du sáddejuvvon ohcamuš
entry-receipt-body = Kvihttehus, mii dál dáhpáhuvvá, bovdehusat ságastallamii ja mearrádus.

back-to-start = Ruovttoluotta ovdasiidui
not-found-title = Eat gávdnan siiddu
not-found-body = Čujuhus sáhttá leat boasttu, dahje siidu sáhttá leat sirdojuvvon.

## Estimates
estimates-page-title = Rehkenastte startlån ja bostøtte – Husly
estimates-heading = Rehkenastte álgoloana (startlån) ja ássandoarjaga (bostøtte)
estimates-lead = Deavdde dan maid dieđát. Vástádus boahtá dan botta go čálát. Ii mihkkege maid dás čálát, sáddejuvvo gosage.
estimates-disclaimer = Dát lea árvvoštallan, ii mearrádus. Suohkan ja Husbanken mearridit.
section-where = Gos don orut?
section-household = Geat orrot duinna?
section-income = Dietnasat
section-housing = Ássanbáiki mii dus lea dál
section-purchase = Jus háliidat oastit ássanbáikki
field-municipality = Suohkan
field-municipality-hint = Čále nama dahje suohkana njealjeloguvttat nummira.
field-adults = Rávisolbmuid lohku (18 jagi ja boarráset), don ieš mielde
field-couple = Guokte rávisolbmos leat náitalan, ovttasássit dahje registrerejuvvon guoimmit
field-children-0-5 = Mánáid lohku 0–5 jagi
field-children-6-10 = Mánáid lohku 6–10 jagi
field-children-11-17 = Mánáid lohku 11–17 jagi
field-income = Dietnasat
field-income-hint = Ruvnnuin, ovdamearkka dihte 350 000.
period-year = jahkái
period-month = mánnui
basis-gross = ovdal vearu
basis-net = maŋŋel vearu
field-income-source = Makkár dietnasat dat leat?
source-wages = Bálká, buohcanruđat, AAP dahje bargguhisvuođaruđat (dagpenger)
source-pension = Penšuvdna (alderspensjon, AFP ja eará penšuvdna)
field-wealth = Opmodat
field-wealth-hint = Ruđat báŋkkus ja eará maid don eaiggádat, vealgi geassemin eret. Guođe guorusin jus dus ii leat opmodat.
field-home-kind = Mo don orut?
home-rented = Mun láigohan
home-cooperative = Mun eaiggádan viesu (borettslag dahje sameie)
home-owned-house = Mun eaiggádan dálu
home-none = Mus ii leat iežan ássanbáiki
field-housing-cost = Ássangolut mánus
field-housing-cost-hint = Láigu, dahje oktasašgolut, reantu ja máksu ássanloanas.
field-adapted = Ássanbáiki lea heivehuvvon doaibmahehttehussii
field-home-price = Ássanbáikki haddi maid háliidat oastit
field-home-price-hint = Guođe guorusin jus háliidat dušše diehtit man ollu sáhtát loatnat.
field-own-funds = Iežat ruđat maid sáhtát geavahit oastimii
field-error-not-a-number = Čále logu, ovdamearkka dihte 12 000.
field-error-negative = Lohku ii sáhte leat unnit go nolla.
estimate-incomplete = Deavdde suohkana, juohke rávisolbmo dietnasiid ja ássangoluid vai oainnát árvvoštallama.
results-heading = Árvvoštallan
bostotte-heading = Ássandoarjja (bostøtte)
bostotte-result = Sáhtát oažžut sullii { $amount } mánus ássandoarjjan.
bostotte-none = Dán vuođul don it dáidde oažžut ássandoarjaga.
startlan-heading = Álgoloatna (startlån)
startlan-result = Don dáidát nagodit máksit álgoloana sullii { $amount } { $years } jagis.
startlan-long-term = { $years } jagis dat šaddá sullii { $amount }, jus eavttut nu guhkes máksináigái leat deavdon.
startlan-no-capacity = Dán vuođul ii báze doarvái dietnasiin máksit loana. Suohkan sáhttá geahččat eará čovdosiid duinna ovttas.
startlan-purchase-payment = Loatna { $loan } máksá sullii { $amount } mánus.
startlan-grant-need = Váilu sullii { $amount }. Jeara suohkanis tilskudd til etablering (ásaiduvvandoarjja).
unverified-notice = Muhtun mávssut maid geavahit, eai leat vel duođaštuvvon. Submi sáhttá veaháš earáláhkai.
parameters-date = Mávssut gustojit { $date } rájes.
official-calculator-bostotte = Husbanken ássandoarjjarehkenastin
official-calculator-startlan = Loga álgoloana birra Husbankenis
how-we-calculated = Nu mii rehkenasttiimet
figure-valid-from = gustovaš { $date } rájes
figure-unverified = ii duođaštuvvon
chart-title = Ássandoarjja dietnasiid mielde
chart-desc = Linnjá čájeha man ollu ássandoarjaga dállodoallu sáhttá oažžut mánus go dietnasat leat 0 rájes { $max_income } rádjái jahkái. Čuokkis lea du dietnasat.
chart-caption = Mađe alit dietnasat, dađe unnit ássandoarjja. Čuokkis čájeha du.

## Front-desk mode (a shared device at a NAV or municipal front desk)
front-desk-new-client = Ođđa klienta
front-desk-banner = Vuostáiváldinvuohki: { $name } lea sisačálihan. Ohcamušat sáddejuvvojit dan olbmo ovddas gii lea dás. Deaddil «Ođđa klienta» go leat gearggus.
front-desk-on-behalf = Ohcamuš sáddejuvvo dán olbmo ovddas, vuostáiváldimis.

## Languages and the interpreter view
# The state of this language's text (README.md, "Languages"; tests/locales.rs keeps them
# equal). Not shown; do not translate: "reviewed" (checked by a qualified translator), "team"
# (written by the Husly team, not checked by a qualified translator: translation-notice-team)
# or "machine-assisted" (waiting for a qualified translator: translation-notice).
translation-status = machine-assisted
translation-notice = Dát teaksta lea jorgaluvvon mašiinna veahkiin, iige gelbbolaš jorgaleaddji leat vel dárkkistan dan. Jus juoga lea eahpečielggas, jeara dulka.
translation-notice-team = Dán teavstta lea Husly-joavku čállán, iige gelbbolaš jorgaleaddji leat dárkkistan dan. Jus juoga lea eahpečielggas, jeara dulka.
interpreter-view = Čájet dárogiela bálddas

## Where to turn: a municipality's housing office (components/contact_card.rs)
contact-card-office = { $office }, { $municipality } suohkan
contact-card-phone = Telefovdna
contact-card-web = Neahttasiidu
contact-card-address = Čujuhus
contact-card-opening-hours = Rabasáiggit
contact-card-books-interpreters = Kantuvra diŋgo dulka jus don dárbbašat.
contact-card-ask-for-interpreter = Jus dárbbašat dulka, dieđit dan go váldát oktavuođa.
opening-hours-range = { $first }–{ $last } { $opens }–{ $closes }
opening-hours-day = { $day } { $opens }–{ $closes }
weekday-monday = mánnodat
weekday-tuesday = disdat
weekday-wednesday = gaskavahkku
weekday-thursday = duorastat
weekday-friday = bearjadat
weekday-saturday = lávvordat
weekday-sunday = sotnabeaivi
field-error-not-a-whole-number = Čále olles logu siffariiguin, ovdamearkka dihte 3.

# Shown on a page read before the app arrived: when the app could not be loaded, and while it still loads after the reader has begun (src/components/layout.rs).
app-not-loaded = Siidu ii viežžan ollásit, nu ahte boallut eai vel doaibma. Dárkkis interneahttaoktavuođa, ja viečča siiddu ođđasit.
app-reload = Viečča siiddu ođđasit
app-starting = Siidu ain viežžasa. Dat maid čálát ja válljet, vurkejuvvo.
