# Soomaali. Review status: machine-assisted, waiting for a qualified translator.
app-name = Husly
skip-to-content = U gudub qoraalka ugu muhiimsan
start-over = Dib u bilow
start-over-waiting = Codsigaaga weli lama dirin. Haddii aad dib u bilowdo, waa laga tirtirayaa qalabkan lamana diri doono. Ma rabtaa inaad dib u bilowdo si kastaba?
start-over-receipt = Rasiidka codsigaaga waa laga tirtirayaa qalabkan. La'aantiis halkan kuma akhrin kartid go'aanka, kamana jawaabi kartid casuumadaha. Marka hore qor tixraaca. Ma rabtaa inaad dib u bilowdo si kastaba?
language-picker-label = Luqadda (Language)
footer-privacy = Waxa aad qorto waxay ku jiraan taleefankaaga ilaa aad adigu codsiga dirto.

home-page-title = Husly – caawimo si aad guri u hesho oo aad u haysato
home-heading = Caawimo si aad guri u hesho oo aad u haysato
home-lead = Ogow caawimada aad ka heli karto degmada iyo NAV, xisaabi qiyaas ahaan waxa aad heli karto, oo codso – dhammaan hal meel.
entry-needs-title = Ogow caawimada kugu habboon
entry-needs-body = Ka jawaab dhowr su'aalood oo gaaban oo ku saabsan sida aad hadda u degan tahay.
entry-estimates-title = Xisaabi startlån iyo bostøtte
entry-estimates-body = Arag qiyaas ahaan inta aad amaahan karto, iyo inta kaalmada guriga (bostøtte) ah ee aad heli karto.
entry-apply-title = Codso caawimo
entry-apply-body = Hal codsi oo degmada loo diro si lagaaga caawiyo helitaanka ama haysashada guri.
entry-receipt-title = Codsiga aad dirtay
entry-receipt-body = Rasiidka, waxa hadda dhacaya, casuumadaha kulanka iyo go'aanka.

back-to-start = Ku noqo bogga hore
not-found-title = Bogga lama helin
not-found-body = Cinwaanku wuu khaldan yahay, ama boggii waa la wareejiyay.

## Estimates
estimates-page-title = Xisaabi startlån iyo bostøtte – Husly
estimates-heading = Xisaabi startlån iyo bostøtte
estimates-lead = Buuxi waxa aad taqaan. Jawaabtu waxay imanaysaa inta aad qorayso. Waxba oo aad halkan ku qorto meelna looma diro.
estimates-disclaimer = Tani waa qiyaas, ma aha go'aan. Degmada iyo Husbanken ayaa go'aamiya.
section-where = Xaggee baad degan tahay?
section-household = Yaa kula nool?
section-income = Dakhliga
section-housing = Guriga aad hadda haysato
section-purchase = Haddii aad rabto inaad guri iibsato
field-municipality = Degmada
field-municipality-hint = Qor magaca ama lambarka degmada ee afarta god ah.
field-adults = Tirada dadka waaweyn (18 sano iyo ka weyn), adiga oo ku jira
field-couple = Laba ka mid ah dadka waaweyn waa is-qaba, wada nool ama lammaane diiwaangashan
field-children-0-5 = Tirada carruurta 0–5 jir ah
field-children-6-10 = Tirada carruurta 6–10 jir ah
field-children-11-17 = Tirada carruurta 11–17 jir ah
field-income = Dakhli
field-income-hint = Karoon ahaan, tusaale ahaan 350 000.
period-year = sannadkii
period-month = bishii
basis-gross = ka hor canshuurta
basis-net = ka dib canshuurta
field-income-source = Waa dakhli noocee ah?
source-wages = Mushahar, lacagta jirada, AAP ama lacagta shaqo la'aanta
source-pension = Hawlgab (alderspensjon, AFP iyo hawlgab kale)
field-wealth = Hanti
field-wealth-hint = Lacagta bangiga iyo waxyaabaha kale ee aad leedahay, laga jaray deynta. Ka tag meesha oo bannaan haddii aadan hanti lahayn.
field-home-kind = Sidee baad u degan tahay?
home-rented = Waan kireystaa
home-cooperative = Waxaan leeyahay aqal (borettslag ama sameie)
home-owned-house = Waxaan leeyahay guri
home-none = Guri aan leeyahay ma haysto
field-housing-cost = Kharashka guriga bishii
field-housing-cost-hint = Kirada, ama kharashka wadaagga, dulsaarka iyo bixinta amaahda guriga.
field-adapted = Guriga waxaa loo habeeyay naafonimo
field-home-price = Qiimaha guriga aad rabto inaad iibsato
field-home-price-hint = Ka tag meesha oo bannaan haddii aad kaliya rabto inaad ogaato inta aad amaahan karto.
field-own-funds = Lacagtaada gaarka ah ee aad iibsashada ku isticmaali karto
field-error-not-a-number = Qor tiro, tusaale ahaan 12 000.
field-error-negative = Tiradu kama yaraan karto eber.
estimate-incomplete = Buuxi degmada, dakhliga qof kasta oo weyn iyo kharashka guriga si aad u aragto qiyaas.
results-heading = Qiyaas
bostotte-heading = Bostøtte (kaalmada guriga)
bostotte-result = Waxaad heli kartaa qiyaas ahaan { $amount } bishii oo bostøtte ah.
bostotte-none = Sida ay tani muujinayso, malaha ma heli doontid bostøtte.
startlan-heading = Startlån (amaah bilow)
startlan-result = Malaha waxaad bixin kartaa startlån qiyaas ahaan { $amount } muddo { $years } sano ah.
startlan-long-term = Muddo { $years } sano ah waxay noqonaysaa qiyaas ahaan { $amount }, haddii shuruudaha bixin intaas le'eg la buuxiyo.
startlan-no-capacity = Sida ay tani muujinayso, dakhligaaga kuma filna bixinta amaah. Degmada ayaa kula eegi karta xalal kale.
startlan-purchase-payment = Amaah dhan { $loan } waxay ku kacaysaa qiyaas ahaan { $amount } bishii.
startlan-grant-need = Waxaa ka dhiman qiyaas ahaan { $amount }. Degmada weydii tilskudd til etablering (deeq dejin).
unverified-notice = Qaar ka mid ah heerarka aan isticmaalno weli lama xaqiijin. Lacagtu way ka duwanaan kartaa wax yar.
parameters-date = Heerarku waxay dhaqan galeen { $date }.
official-calculator-bostotte = Xisaabiyaha bostøtte ee Husbanken
official-calculator-startlan = Ka akhri startlån Husbanken
how-we-calculated = Sida aan u xisaabinay
figure-valid-from = wuxuu dhaqan galay { $date }
figure-unverified = lama xaqiijin
chart-title = Bostøtte iyadoo loo eegayo dakhliga
chart-desc = Xariiqdu waxay muujinaysaa inta bostøtte ah ee qoysku heli karo bishii marka dakhligu yahay 0 ilaa { $max_income } sannadkii. Dhibicdu waa dakhligaaga.
chart-caption = Marka dakhligu sii kordho, bostøtte-du way yaraataa. Dhibicdu adiga ayay ku tusinaysaa.

## Front-desk mode (a shared device at a NAV or municipal front desk)
front-desk-new-client = Macmiil cusub
front-desk-banner = Habka miiska soo dhaweynta: { $name } ayaa galay. Codsiyada waxaa loo dirayaa qofka halkan jooga magaciisa. Riix «Macmiil cusub» marka aad dhammayso.
front-desk-on-behalf = Codsiga waxaa loo dirayaa qofkan magaciisa, laga soo diray miiska soo dhaweynta.

## Languages and the interpreter view
# The state of this language's text (README.md, "Languages"; tests/locales.rs keeps them
# equal). Not shown; do not translate: "reviewed" (checked by a qualified translator), "team"
# (written by the Husly team, not checked by a qualified translator: translation-notice-team)
# or "machine-assisted" (waiting for a qualified translator: translation-notice).
translation-status = machine-assisted
translation-notice = Qoraalkan waxaa lagu turjumay caawimada mashiin, weli ma hubin turjubaan aqoon leh. Haddii wax aan caddayn jiraan, weydii turjubaan.
translation-notice-team = Qoraalkan waxaa qoray kooxda Husly, lamana hubin turjubaan aqoon leh. Haddii wax aan caddayn jiraan, weydii turjubaan.
interpreter-view = Tus af-Noorweejiga dhinaca

## Where to turn: a municipality's housing office (components/contact_card.rs)
contact-card-office = { $office }, degmada { $municipality }
contact-card-phone = Telefoon
contact-card-web = Bogga internetka
contact-card-address = Cinwaan
contact-card-opening-hours = Saacadaha furitaanka
contact-card-books-interpreters = Xafiisku wuxuu ballansadaa turjubaan haddii aad u baahato.
contact-card-ask-for-interpreter = Haddii aad u baahato turjubaan, sheeg marka aad la xiriirto.
opening-hours-range = { $first }–{ $last } { $opens }–{ $closes }
opening-hours-day = { $day } { $opens }–{ $closes }
weekday-monday = Isniin
weekday-tuesday = Talaado
weekday-wednesday = Arbaco
weekday-thursday = Khamiis
weekday-friday = Jimce
weekday-saturday = Sabti
weekday-sunday = Axad
field-error-not-a-whole-number = Ku qor tiro dhan oo lambar ah, tusaale ahaan 3.

# Shown on a page read before the app arrived: when the app could not be loaded, and while it still loads after the reader has begun (src/components/layout.rs).
app-not-loaded = Boggu si buuxda uma soo degin, sidaas darteed badhamadiisu weli ma shaqeynayaan. Hubi xiriirka internetka, kadibna dib u soo deji bogga.
app-reload = Dib u soo deji bogga
app-starting = Boggu weli wuu soo degayaa. Waxa aad qorto iyo waxa aad doorato waa la kaydinayaa.
