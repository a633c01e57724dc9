# ኢኮኖሚ ስድራ፦ እቶት ነፍሲ ወከፍ ዓቢ ሰብ፣ ዕዳን ቀወምቲ ወጻኢታትን፣ ዕድጊት፣ ከምኡ'ውን መግለጺታቶም።
# Review status: see main.ftl.

## እቲ ቅጥዒ
income-person-heading = ዓቢ ሰብ { $n }
field-income-old-age-single = እዚ ሰብ ካብ ሃገራዊ ውሕስነት (folketrygden) alderspensjon (ናይ ዕድመ ጡረታ) ይረክብ፣ ምስ በዓል ቤት ወይ መጻምድቲ ድማ ኣይነብርን
field-income-young-disabled = እዚ ሰብ uføretrygd (ናይ ስንክልና ሓገዝ) ይረክብ፣ ከም ung ufør (መንእሰይ ስንኩል) ድማ መሰላት ኣለዎ
source-uforetrygd = Uføretrygd (ናይ ስንክልና ሓገዝ)
source-benefit = Introduksjonsstønad ወይ kvalifiseringsstønad
estimate-incomplete-income = እቶት ነፍሲ ወከፍ ዓቢ ሰብ ጸሓፍ፣ እቶት ዘይብሉ እንተሎ 0 ጸሓፍ።
field-exclusion = ካብዚ ዝኾነ ንሓደ ካብ ስድራ ይምልከቶ ድዩ?
field-exclusion-hint = ሽዑ እቲ ስድራ bostøtte ክረክብ ኣይክእልን።
exclusion-none = ኣይፋል፣ ካብዚ ሓደ እኳ የለን
exclusion-student = ካብ Lånekassen ደገፍ ዝረክብ ተማሃራይ፣ ናቱ ቆልዑ ዘይብሉ
exclusion-national-service = ሃገራዊ ወተሃደራዊ ወይ ሲቪላዊ ኣገልግሎት ዝፍጽም ዘሎ
exclusion-institution = ብመሰረት እቶት ክፍሊት ኣብ ዝወስድ ትካል ዝነብር
section-debts = ዕዳን ቀወምቲ ወጻኢታትን
section-debts-hint = startlån ብተወሳኺ እዚኦም ክኽፈል ክኽእል ኣለዎ። ዘይብልካ ባዶ ግደፎ።
debt-consumer = ናይ ፍጆታ ልቓሕን ክረዲት ካርድን
debt-student = ናይ ትምህርቲ ልቓሕ
debt-car = ናይ መኪና ልቓሕ
debt-other = ካልእ ዕዳ
field-debt-monthly = ወርሓዊ ክፍሊት
field-debt-balance = ወይ፦ ክንደይ ዕዳ ኣለካ
field-debt-balance-hint = ኣብ ወርሒ ክንደይ ከም እትኸፍል ኣይትፈልጥን ዲኻ? ክንደይ ዕዳ ከም ዘለካ ጸሓፍ፣ ንሕና ድማ ልሙድ ክፍሊት ንሕሰብ።
field-childcare = መዋእለ ህጻናትን SFO-ን (ድሕሪ ትምህርቲ ክንክን ቆልዑ) ኣብ ወርሒ
field-child-support = ኣብ ወርሒ እትኸፍሎ ናይ ቆልዑ ቀለብ
field-purchase-kind = እንታይ ክትዕድግ ትደሊ?
purchase-borettslag = ኣብ borettslag (ናይ ገዛ ማሕበር) ዘሎ ግደ
purchase-selveier = ምሉእ ዋንነት፦ ገዛ፣ ወይ ኣብ sameie ዘሎ ኣፓርትመንት
field-maintenance = ናይቲ ክትዕድጎ እትደሊ ገዛ ወርሓዊ ሓባራዊ ወጻኢታትን ዕቃበን
field-maintenance-hint = ኣብ መግለጺ መሸጣ ተጻሒፉ ኣሎ፦ ሓባራዊ ወጻኢታት (ኣብ borettslag ምስ ሓባራዊ ዕዳኡ) ከምኡ'ውን ዕቃበ።
answer-none = የለን

## ውጽኢታት
income-heading = ድሕሪ ግብሪ ዘሎ እቶት
income-result = { $persons ->
    [one] ብግምት ኣብ ዓመት ድሕሪ ግብሪ { $year }፣ ኣብ ወርሒ { $month }።
   *[other] ን{ $persons } ዓበይቲ ብድምር ብግምት ኣብ ዓመት ድሕሪ ግብሪ { $year }፣ ኣብ ወርሒ { $month }።
}
startlan-gap-too-large = ብግምት { $amount } ይጎድል። ሓገዝ ክንድዚ ዝሽፍን ሳሕቲ እዩ። ክሕግዝ ዝኽእል፦ ዝያዳ ናይ ባዕልኻ ገንዘብ፣ ዝሓሰረ ገዛ (ብቲ ክትከፍሎ እትኽእል ልቓሕ፣ ዋጋ ኣስታት { $price } ይሰማማዕ)፣ ወይ ኮሙን እንተ ኣቕሪቡዎ deleie (ሓባራዊ ዋንነት)።
startlan-purchase-costs-estimated = ወጻኢታት ዕድጊት ብግምት { $amount } እዩ። ኣብ «ከመይ ከም ዝሓሰብና» እዞም ወጻኢታት እንታይ ከም ዝሓቖፉ ክትርኢ ትኽእል።
startlan-fits = እዚ ገዛ ክትዕድጎ እትኽእል ይመስል፦ እቲ ዘድልየካ ልቓሕ ካብቲ ክትከፍሎ እትኽእል ኣይበዝሕን።
startlan-maintenance-missing = ሓባራዊ ወጻኢታትን ዕቃበን ኣይተሓወሱን። ኣብ መግለጺ መሸጣ ተጻሒፎም ኣለዉ፦ ጸሓፎም፣ እንተዘይኮይኑ እቲ ክትከፍሎ እትኽእል ልቓሕ ካብቲ ዘሎ ዝዓበየ ኮይኑ ክረአ እዩ።
explain-tax-pension-deduction-not-included = ናይ ጡረታ እቶት ቅናስ ግብሪ (skattefradrag for pensjonsinntekt) ኣብዚ ግምት ገና ኣይተሓወሰን። ስለዚ ግብሪ ካብቲ ዝተራእየ ዝተሓተ፣ ድሕሪ ግብሪ ዘሎ እቶት ድማ ዝለዓለ ክኸውን ይኽእል።
old-figures-notice = ኣብዚ ግምት ዘለዉ ገለ ቁጽርታት ንዝሓለፈ እዋን እዮም ዝምልከቱ። ሓደስቲ ቁጽርታት የብልናን፣ ስለዚ እቶም ዘለዉና ዝሓደሱ ንጥቀም፦
old-figure = { $name }፦ ዝሰርሕ { $from }–{ $until }
figure-node-tax-income_tax = መጠናት ግብሪ
figure-node-tax-minimum_deduction = ዝወሓደ ቅናስ (minstefradrag)
figure-node-living_costs-guideline_rates = ናይ መንግስቲ መምርሒ መጠናት ናይ መነባብሮ
figure-node-bostotte-cost_cap = ላዕለዋይ ደረት ወጻኢታት ገዛ ኣብ bostøtte
figure-node-bostotte-egenandel = ናይ ገዛእ ርእስኻ ግደ (egenandel) ኣብ bostøtte
figure-node-bostotte-allowances = ወሰኻት ኣብ ወጻኢታት ገዛ ኣብ bostøtte
figure-node-bostotte-coverage_rate = bostøtte ዝሽፍኖ ግደ
figure-node-bostotte-income = ሃብቲ ኣብ bostøtte
figure-node-bostotte-minimum_payout = ዝወሓደ ክፍሊት bostøtte
figure-node-bostotte-municipality_groups = ጉጅለታት ኮሙን ኣብ bostøtte
figure-node-bostotte-weighting = ሚዛን ብመሰረት ቁጽሪ ሰባት
figure-node-needs-municipal_criteria = ቅድመ ኩነታት ኮሙን
figure-node-startlan-debt_repayment = ልሙድ ክፍሊት ዕዳ
figure-node-startlan-deleie = Deleie (ሓባራዊ ዋንነት)
figure-node-startlan-grant = Tilskudd til etablering (ናይ ምቛም ሓገዝ)
figure-node-startlan-policy_rate = ወለድ ማእከላይ ባንኪ
figure-node-startlan-purchase_costs = ወጻኢታት ዕድጊት
figure-node-startlan-stress = ፈተነ ጸቕጢ ወለድ
figure-node-startlan-term = ግዜ ክፍሊት ልቓሕ
figure-per-year = ኣብ ዓመት { $value }
figure-per-month = ኣብ ወርሒ { $value }
figure-years = { $n } ዓመት
figure-months = { $n } ወርሒ
figure-node-startlan-interest = ወለድ startlån

chart-axis-y = Bostøtte ኣብ ወርሒ (ክሳብ { $max })
chart-axis-x = ዓመታዊ እቶት ስድራ ቅድሚ ግብሪ (ካብ 0 ክሳብ { $max })

## ከመይ ከም ዝሓሰብና
explain-tax-person = ዓቢ ሰብ { $person }፦ { $source }።
explain-tax-not-personinntekt = Introduksjonsstønad ከምኡ'ውን kvalifiseringsstønad ውልቃዊ እቶት ኣይኮኑን፦ ካብኣቶም trygdeavgift ወይ trinnskatt ኣይክፈልን።
explain-income-household = ኩሎም ዓበይቲ ብድምር፦ ቅድሚ ግብሪ { $gross }፣ ግብሪ { $total_tax }፣ ድሕሪ ግብሪ ኣብ ዓመት { $net }።
error-more-incomes-than-adults = ካብ ቁጽሪ ዓበይቲ ስድራ ዝበዝሐ እቶታት ተገሊጹ ኣሎ።
explain-bostotte-egenandel-special = እቲ ስድራ ዝተሓተ egenandel (ናይ ገዛእ ርእሲ ግደ) ኣለዎ፣ ምኽንያቱ { $group }።
egenandel-group-single-old-age = በይኑ ዝነብር ሰብ alderspensjon ይረክብ
egenandel-group-young-disabled = ሓደ ሰብ ከም ung ufør uføretrygd ይረክብ
explain-startlan-debt-payment = { $debt }፦ ኣብ ወርሒ { $monthly }።
explain-startlan-debt-balance = { $debt }፦ { $balance } ዕዳ ኣለካ። ኣብ { $years } ዓመት ብ{ $rate } ወለድ ከም እትኸፍሎ ንሕሰብ፣ እዚ ኣብ ወርሒ { $monthly } ይኸውን።
explain-startlan-fixed-costs = መዋእለ ህጻናትን SFO-ን { $childcare }፣ ናይ ቆልዑ ቀለብ { $child_support }፣ ብድምር ቀወምቲ ወጻኢታት ኣብ ወርሒ { $total } ይኾኑ።
explain-startlan-own-rate-above-stress = ናይቲ ልቓሕ ባዕሉ ወለድ፣ { $rate }፣ ካብ ወለድ ፈተነ ጸቕጢ { $stress_rate } ይበልጽ። እቲ ልቓሕ በዚ ወለድ እውን ክኽፈል ክኽእል ኣለዎ።
explain-startlan-purchase-costs-selveier = ወጻኢታት ዕድጊት ብ{ $price } ዝዕደግ ምሉእ ዋንነት ገዛ፦ dokumentavgift ከምኡ'ውን ምዝገባ ሰነድ ዋንነትን ውሕስነት ልቓሕን፣ ብድምር { $costs }።
explain-startlan-purchase-costs-borettslag = ኣብ borettslag ዘሎ ግደ dokumentavgift የብሉን። ምዝገባ ውሕስነት ልቓሕ { $costs } የኽፍል። እቲ borettslag ባዕሉ ዝወስዶ ክፍሊት ምቕያር ዋና ኣይተሓወሰን።
explain-startlan-grant-need = እቲ ዝጎደለ፣ { $gap }፣ ብtilskudd til etablering (ናይ ምቛም ሓገዝ) ክሽፈን ይኽእል ይኸውን። ንኮሙን ሕተት። ብቲ ክትከፍሎ እትኽእል ልቓሕ፣ ዋጋ ኣስታት { $affordable_price } ይሰማማዕ።
explain-startlan-gap-too-large = እቲ ዝጎደለ፣ { $gap }፣ ሓገዝ ብልሙድ ካብ ዝሽፍኖ ይበዝሕ። ብቲ ክትከፍሎ እትኽእል ልቓሕን ናይ ባዕልኻ ገንዘብን፣ ዋጋ ኣስታት { $affordable_price } ይሰማማዕ።

## Deleie and leie til eie, where the municipality offers them
estimates-terms-own = Startlån (ናይ መጀመርታ ልቓሕ) ብሕግታት { $municipality } እዩ ተሓሲቡ፣ ካብ { $date } ጀሚሩ ዝሰርሕ።
estimates-terms-national = Husly ንኮሙን { $municipality } ናይ ገዛእ ርእሱ ሕግታት የብሉን፤ ሃገራዊ ኩነታት ተጠቒምና ኣለና።
estimates-terms-loading = ሕግታት ኮሙን ይመጽእ ኣሎ …
estimates-terms-unavailable = ናይ ኮሙን ናይ ገዛእ ርእሱ ሕግታት ከነምጽእ ኣይከኣልናን፤ ሃገራዊ ኩነታት ተጠቒምና ኣለና።
rent-or-buy-open = ምክራይ ድዩ ምውናን? ኣብ ወርሒ ክንደይ ከም ዘኽፍለካን እንታይ ከም ዝዓግትን ርአ
ownership-heading = ክፋል ናይ ገዛ ምውናን
ownership-deleie-what = Deleie (ሓባራዊ ዋንነት)፦ ክፋል ናይቲ ገዛ ብstartlån ትገዝእ፣ እቲ ዝተረፈ ድማ ናይ ኮሙን እዩ። ኣብ ምሉእ ገዛ ትነብር፣ ነፍሲ ወከፍ ወርሒ ድማ ንኮሙን ስለ ክፋሉ ትኸፍል። ደሓር ተወሳኺ ክትገዝእ ትኽእል።
ownership-leie-til-eie-what = Leie til eie (ክራይ ናብ ዋንነት)፦ ሕጂ ክፋል ናይቲ ገዛ ትገዝእ፣ እቲ ዝተረፈ ድማ ትኻረዮ። ድሕሪ ገለ ዓመታት እቲ ዝተረፈ ትገዝእ።
ownership-share-label = ብdeleie ክንደይ ክፋል ምገዛእካ?
ownership-price-missing = ዋጋ ናይቲ ክትገዝኦ እትደሊ ገዛ ጽሓፍ (ኣብ ትሕቲ «ገዛ ክትገዝእ እንተደሊኻ»)፣ ሽዑ deleie ከምኡ'ውን leie til eie ኣብ ወርሒ ክንደይ ከም ዘኽፍሉ ክነርኣካ ኢና፣ ምስ ክራይን ንምሉእ ገዛ ልቓሕን ብምንጽጻር።
ownership-caption = ክራይ፣ ክፋል ምውናንን ምሉእ ገዛ ምውናንን ኣብ ወርሒ ክንደይ የኽፍሉ
ownership-column-choice = ኣገባብ መንበሪ
ownership-column-monthly = ኣብ ወርሒ
ownership-column-loan = Startlån
ownership-column-owned = እትውንኖ
ownership-renting = ክራይ፣ ከም ሎሚ
ownership-deleie = Deleie (ሓባራዊ ዋንነት)
ownership-leie-til-eie = Leie til eie (ክራይ ናብ ዋንነት)
ownership-full-startlan = ምሉእ ገዛ ብstartlån
ownership-no-loan = የለን
ownership-short = { $amount } ይጎድል
ownership-owns-nothing = ዋላ ሓደ
ownership-owns-share = { $share } ካብቲ ገዛ ({ $value })
ownership-owns-share-then-rest = ሕጂ { $share } ({ $value })። እቲ ዝተረፈ ({ $rest } ብዋጋ ሎሚ) ድሕሪ { $years ->
        [one] ሓደ ዓመት
       *[other] { $years } ዓመት
    } ትገዝኦ።
ownership-owns-whole = ምሉእ ገዛ ({ $value })
ownership-renting-how = ክራይ፦ እቲ ከም ናይ ሎሚ ወጻኢታት ገዛ ዝጸሓፍካዮ።
ownership-monthly-note = ን deleie ከምኡ'ውን leie til eie፣ ወርሓዊ መጠን ክፍሊት ልቓሕ ምስቲ ነቲ ዘይትውንኖ ክፋል እትኸፍሎ እዩ። ወናኒ ምስ ትኸውን፣ ሓባራዊ ወጻኢታትን ጽገናን ይውሰኹ።
figure-profile-offers-deleie-minimum_share = ብdeleie ክትገዝኦ እትኽእል ዝነኣሰ ክፋል
figure-profile-offers-deleie-compensation_rate = ንኮሙን ስለ ክፋሉ እትኸፍሎ፣ ኣብ ዓመት
figure-profile-offers-leie_til_eie-first_share = ብleie til eie መጀመርታ እትገዝኦ ክፋል
figure-profile-offers-leie_til_eie-rest_after_years = ብleie til eie እቲ ዝተረፈ መዓስ ትገዝኦ
figure-profile-offers-leie_til_eie-rent_rate = ክራይ ናይቲ ገና ዘይተገዝአ ክፋል፣ ኣብ ዓመት
figure-profile-startlan-interest_margin = ኮሙን ኣብ ወለድ Husbanken ዝውስኾ
figure-profile-startlan-interest_rate = ወለድ ኮሙን ን startlån
figure-profile-startlan-stress_add_on = ኮሙን ኣብ ፈተና ጸቕጢ ዝውስኾ
figure-profile-startlan-longest_term_years = ናይ ኮሙን ዝነውሐ ግዜ ምኽፋል
