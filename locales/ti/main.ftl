# ትግርኛ. Review status: machine-assisted, waiting for a qualified translator.
app-name = Husly
skip-to-content = ናብ ቀንዲ ትሕዝቶ ኪድ
start-over = እንደገና ጀምር
start-over-waiting = መመልከቲኻ ገና ኣይተላእከን። እንደገና እንተ ጀሚርካ፣ ካብዚ መሳርሒ ክድምሰስ እዩ፣ ፈጺሙ ድማ ኣይለኣኽን። ብዝኾነ እንደገና ክትጅምር ትደሊ ዶ?
start-over-receipt = ናይ መመልከቲኻ ቅብሊት ካብዚ መሳርሒ ክድምሰስ እዩ። ብዘይኡ ኣብዚ ነቲ ውሳነ ከተንብብ ወይ ንጻውዒታት መልሲ ክትህብ ኣይትኽእልን። መጀመርታ ነቲ ናይ መወከሲ ቁጽሪ ጸሓፎ። ብዝኾነ እንደገና ክትጅምር ትደሊ ዶ?
language-picker-label = ቋንቋ (Language)
footer-privacy = ዝጸሓፍካዮ ባዕልኻ ነቲ መመልከቲ ክሳብ እትሰዶ ኣብ ተሌፎንካ ይጸንሕ።

home-page-title = Husly – ገዛ ንምርካብን ንምሓዝን ሓገዝ
home-heading = ገዛ ንምርካብን ንምሓዝን ሓገዝ
home-lead = ካብ ኮሙን (ምምሕዳር ከተማ) ከምኡ'ውን NAV እንታይ ሓገዝ ክትረክብ ከም እትኽእል ፍለጥ፣ ብግምት እንታይ ክትረክብ ከም እትኽእል ሕሰብ፣ ከምኡ'ውን ኣመልክት – ኩሉ ኣብ ሓደ ቦታ።
entry-needs-title = ዝሰማማዓካ ሓገዝ ፍለጥ
entry-needs-body = ብዛዕባ ሕጂ ዘለካዮ መንበሪ ንዝምልከቱ ሒደት ሓጸርቲ ሕቶታት መልስ።
entry-estimates-title = startlån ከምኡ'ውን bostøtte ሕሰብ
entry-estimates-body = ብግምት ክንደይ ክትልቃሕ ከም እትኽእልን ክንደይ ናይ ገዛ ደገፍ (bostøtte) ክትረክብ ከም እትኽእልን ርአ።
entry-apply-title = ሓገዝ ሕተት
entry-apply-body = ገዛ ንምርካብ ወይ ንምሓዝ ሓገዝ ንምሕታት ናብ ኮሙን ሓደ መመልከቲ።
entry-receipt-title = ዝሰደድካዮ መመልከቲ
entry-receipt-body = እቲ ቅብሊት፣ ሕጂ እንታይ ከም ዝኸውን፣ ጻውዒታት ናብ ዝርርብን እቲ ውሳነን።

back-to-start = ናብ መበገሲ ገጽ ተመለስ
not-found-title = እቲ ገጽ ኣይተረኽበን
not-found-body = እቲ ኣድራሻ ጌጋ ክኸውን ይኽእል፣ ወይ እቲ ገጽ ተቐይሩ ክኸውን ይኽእል።

## Estimates
estimates-page-title = startlån ከምኡ'ውን bostøtte ሕሰብ – Husly
estimates-heading = startlån (ናይ መጀመርታ ልቓሕ) ከምኡ'ውን bostøtte (ናይ ገዛ ደገፍ) ሕሰብ
estimates-lead = ዝፈለጥካዮ ምላእ። እቲ መልሲ ክትጽሕፍ ከለኻ ይመጽእ። ኣብዚ ዝጸሓፍካዮ ናብ ዝኾነ ቦታ ኣይለኣኽን።
estimates-disclaimer = እዚ ግምት እዩ፣ ውሳነ ኣይኮነን። ዝውስኑ ኮሙንን Husbankenን እዮም።
section-where = ኣበይ ትነብር?
section-household = ምሳኻ መን ይነብር?
section-income = እቶት
section-housing = ሕጂ ዘለካ ገዛ
section-purchase = ገዛ ክትዕድግ እንተደሊኻ
field-municipality = ኮሙን
field-municipality-hint = ስም ወይ ኣርባዕተ ኣሃዝ ዘለዎ ቁጽሪ ኮሙን ጸሓፍ።
field-adults = ቁጽሪ ዓበይቲ (18 ዓመትን ልዕሊኡን)፣ ንስኻ ሓዊስካ
field-couple = ክልተ ካብቶም ዓበይቲ መጻምዲ፣ ብሓባር ዝነብሩ ወይ ዝተመዝገቡ መሻርኽቲ እዮም
field-children-0-5 = ቁጽሪ ቆልዑ 0–5 ዓመት
field-children-6-10 = ቁጽሪ ቆልዑ 6–10 ዓመት
field-children-11-17 = ቁጽሪ ቆልዑ 11–17 ዓመት
field-income = እቶት
field-income-hint = ብክሮነር፣ ንኣብነት 350 000።
period-year = ዓመት እዩ
period-month = ወርሒ እዩ
basis-gross = ቅድሚ ግብሪ እዩ
basis-net = ድሕሪ ግብሪ እዩ
field-income-source = እንታይ ዓይነት እቶት እዩ?
source-wages = ደሞዝ፣ ናይ ሕማም ክፍሊት፣ AAP ወይ ናይ ስራሕ ኣልቦነት ሓገዝ
source-pension = ጡረታ (alderspensjon፣ AFP ከምኡ'ውን ካልእ ጡረታ)
field-wealth = ሃብቲ
field-wealth-hint = ኣብ ባንኪ ዘሎ ገንዘብን ካልእ ዝውንኖን፣ ዕዳ ተቐኒሱ። ሃብቲ እንተዘይብልካ ባዶ ግደፎ።
field-home-kind = ከመይ ትነብር?
home-rented = ተኻሪየ እየ ዝነብር
home-cooperative = ኣፓርትመንት ኣለኒ (borettslag ወይ sameie)
home-owned-house = ገዛ ኣለኒ
home-none = ናተይ ገዛ የብለይን
field-housing-cost = ወርሓዊ ወጻኢታት ገዛ
field-housing-cost-hint = ክራይ፣ ወይ ሓባራዊ ወጻኢታት፣ ወለድን ክፍሊት ልቓሕ ገዛን።
field-adapted = እቲ ገዛ ንስንኩፍነት ዝተመቓረሐ እዩ
field-home-price = ዋጋ ክትዕድጎ እትደሊ ገዛ
field-home-price-hint = ክንደይ ክትልቃሕ ከም እትኽእል ጥራይ ክትፈልጥ እንተደሊኻ ባዶ ግደፎ።
field-own-funds = ንዕድጊት እትጥቀመሉ ናይ ባዕልኻ ገንዘብ
field-error-not-a-number = ቁጽሪ ጸሓፍ፣ ንኣብነት 12 000።
field-error-negative = እቲ ቁጽሪ ካብ ዜሮ ክንእስ ኣይክእልን።
estimate-incomplete = ግምት ንምርኣይ ኮሙን፣ እቶት ነፍሲ ወከፍ ዓቢ ሰብን ወጻኢታት ገዛን ምላእ።
results-heading = ግምት
bostotte-heading = Bostøtte (ናይ ገዛ ደገፍ)
bostotte-result = ኣብ ወርሒ ብግምት { $amount } bostøtte ክትረክብ ትኽእል።
bostotte-none = ብመሰረት እዚ ሓበሬታ፣ bostøtte ክትረክብ ኣይትኽእልን ትኸውን።
startlan-heading = Startlån (ናይ መጀመርታ ልቓሕ)
startlan-result = ብግምት { $amount } ዝኸውን startlån ኣብ { $years } ዓመት ክትከፍል ትኽእል ትኸውን።
startlan-long-term = ኣብ { $years } ዓመት ብግምት { $amount } ይኸውን፣ ቅድመ ኩነታት ከምዚ ዝኣመሰለ ነዊሕ ክፍሊት እንተተማሊኦም።
startlan-no-capacity = ብመሰረት እዚ ሓበሬታ፣ ልቓሕ ንምኽፋል ካብ እቶት እኹል ኣይተርፍን። ኮሙን ምሳኻ ካልእ ፍታሕ ክርኢ ይኽእል።
startlan-purchase-payment = ልቓሕ { $loan } ኣብ ወርሒ ብግምት { $amount } የኽፍል።
startlan-grant-need = ብግምት { $amount } ይጎድል። ንኮሙን ብዛዕባ tilskudd til etablering (ናይ ምቛም ሓገዝ) ሕተት።
unverified-notice = ገለ ካብቶም እንጥቀመሎም መጠናት ገና ኣይተረጋገጹን። እቲ መጠን ቁሩብ ክፈላለ ይኽእል።
parameters-date = እቶም መጠናት ካብ { $date } ጀሚሮም ይሰርሑ።
official-calculator-bostotte = ናይ Husbanken መሕሰቢ bostøtte
official-calculator-startlan = ብዛዕባ startlån ኣብ Husbanken ኣንብብ
how-we-calculated = ከመይ ከም ዝሓሰብና
figure-valid-from = ካብ { $date } ጀሚሩ ዝሰርሕ
figure-unverified = ዘይተረጋገጸ
chart-title = Bostøtte ብመሰረት እቶት
chart-desc = እታ መስመር ስድራ ብዓመታዊ እቶት ካብ 0 ክሳብ { $max_income } ኣብ ወርሒ ክንደይ bostøtte ክትረክብ ከም እትኽእል ተርኢ። እታ ነጥቢ እቶትካ እያ።
chart-caption = እቶት ክለዓል ከሎ bostøtte ይንኪ። እታ ነጥቢ ንዓኻ ተርኢ።

## Front-desk mode (a shared device at a NAV or municipal front desk)
front-desk-new-client = ሓድሽ ዓሚል
front-desk-banner = ኣገባብ መቐበሊ፦ { $name } ኣቲዩ ኣሎ። መመልከቲታት ኣብ ክንዲ እቲ ኣብዚ ዘሎ ሰብ ይለኣኹ። ምስ ወዳእካ «ሓድሽ ዓሚል» ጠውቕ።
front-desk-on-behalf = እቲ መመልከቲ ኣብ ክንዲ እዚ ሰብ ካብ መቐበሊ ይለኣኽ።

## Languages and the interpreter view
# The state of this language's text (README.md, "Languages"; tests/locales.rs keeps them
# equal). Not shown; do not translate: "reviewed" (checked by a qualified translator), "team"
# (written by the Husly team, not checked by a qualified translator: translation-notice-team)
# or "machine-assisted" (waiting for a qualified translator: translation-notice).
translation-status = machine-assisted
translation-notice = እዚ ጽሑፍ ብሓገዝ ማሽን ተተርጒሙ እዩ፣ ገና ብብቑዕ ተርጓሚ ኣይተመርመረን። ዘይንጹር ነገር እንተሎ ተርጓሚ ሕተት።
translation-notice-team = እዚ ጽሑፍ ብጉጅለ Husly እዩ ተጻሒፉ፣ ብብቑዕ ተርጓሚ ኣይተመርመረን። ዘይንጹር ነገር እንተሎ ተርጓሚ ሕተት።
interpreter-view = ኖርወይኛ ኣብ ጎኑ ኣርኢ

## Where to turn: a municipality's housing office (components/contact_card.rs)
contact-card-office = { $office }፣ ኮሙን { $municipality }
contact-card-phone = ተሌፎን
contact-card-web = መርበብ ሓበሬታ
contact-card-address = ኣድራሻ
contact-card-opening-hours = ሰዓታት ስራሕ
contact-card-books-interpreters = እንተ ደሊኻዮ ቤት ጽሕፈት ተርጓሚ የዳልወልካ።
contact-card-ask-for-interpreter = ተርጓሚ እንተ ደሊኻ፣ ክትረኽቦም ከለኻ ንገሮም።
opening-hours-range = { $first }–{ $last } { $opens }–{ $closes }
opening-hours-day = { $day } { $opens }–{ $closes }
weekday-monday = ሰኑይ
weekday-tuesday = ሰሉስ
weekday-wednesday = ረቡዕ
weekday-thursday = ሓሙስ
weekday-friday = ዓርቢ
weekday-saturday = ቀዳም
weekday-sunday = ሰንበት
field-error-not-a-whole-number = ምሉእ ቁጽሪ ብኣሃዛት ጽሓፍ፣ ንኣብነት 3።

# Shown on a page read before the app arrived: when the app could not be loaded, and while it still loads after the reader has begun (src/components/layout.rs).
app-not-loaded = እዚ ገጽ ምሉእ ብምሉእ ኣይተጻዕነን፣ ስለዚ መጠወቒታቱ ገና ኣይሰርሑን። ናይ ኢንተርነት ርክብካ ኣረጋግጽ፣ ነቲ ገጽ ድማ ደጊምካ ጽዐኖ።
app-reload = ነቲ ገጽ ደጊምካ ጽዐኖ
app-starting = እቲ ገጽ ገና ይጽዓን ኣሎ። ዝጸሓፍካዮን ዝመረጽካዮን ይዕቀብ እዩ።
