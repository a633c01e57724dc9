# ሕግታት ዝገልጽዎ፣ ዝውስንዎን ዝነጽግዎን ጽሑፋት። Review status: see main.ftl.

## ከመይ ከም ዝሓሰብና፦ እቶትን ግብርን
explain-income-gross-given = ቅድሚ ግብሪ ዘሎ እቶት ሂብካ፦ ኣብ ዓመት { $gross }። ድሕሪ ግብሪ ብግምት { $net } ይኸውን።
explain-income-net-given = ድሕሪ ግብሪ ዘሎ እቶት ሂብካ። እዚ ኣብ ዓመት ቅድሚ ግብሪ ብግምት { $gross }፣ ድሕሪ ግብሪ ድማ { $net } ይኸውን።
explain-tax-minimum-deduction = ዝወሓደ ቅናስ (minstefradrag) ካብ { $gross } { $deduction } እዩ።
explain-tax-ordinary-income = ድሕሪ ቅናስ ልሙድ እቶት { $ordinary_income } እዩ። ግብሪ ናይኡ { $tax } እዩ።
explain-tax-trygdeavgift = ማሕበራዊ ውሕስነት (trygdeavgift) { $trygdeavgift } እዩ።
explain-tax-trinnskatt = ደረጃዊ ግብሪ (trinnskatt) { $trinnskatt } እዩ።
explain-tax-net = ጠቕላላ ግብሪ ብግምት { $total_tax } እዩ። ኣብ ዓመት { $net } ይተርፈካ።

## ከመይ ከም ዝሓሰብና፦ bostøtte
explain-bostotte-costs = ወጻኢታት ገዛ ኣብ ወርሒ { $monthly_cost } እዩ። ብተወሳኺ ንምውዓይ ዝተወሰነ መጠን፣ ኣብ ዓመት { $heating }፣ ይሕሰብ።
explain-bostotte-house-operating = ንበይኑ ዝቖመ ገዛ ንምዕቃብ ኣብ ዓመት { $amount } እውን ይሕሰብ።
explain-bostotte-cost-cap = ን{ $persons ->
        [one] ሓደ ሰብ
       *[other] { $persons } ሰባት
    } ኣብ { $municipality } (ጉጅለ { $group }) ወጻኢታት ገዛ ክሳብ ኣብ ዓመት { $cap } ይሕሰብ።
explain-bostotte-counted-costs = ወጻኢታት ገዛ ኣብ ዓመት { $costs } እዩ። እቲ ጠርዚ { $cap } ስለ ዝኾነ { $counted } ንሕሰብ።
explain-bostotte-income = እቶት { $gross_income } እዩ። ካብ ሃብቲ { $wealth_part } ይሕሰብ። ብድምር { $income }።
explain-bostotte-weighting = { $persons ->
        [1] በይንኻ ትነብር፣ ስለዚ እቶት ከም ዘለዎ ይሕሰብ፦ ኣብ ዓመት { $weighted }።
       *[other] { $persons } ሰባት ብሓባር ስለ ዝነብሩ እቶት ብ{ $factor } ይምቀል። እዚ ኣብ ዓመት { $weighted } ይኸውን።
    }
explain-bostotte-egenandel = ናይ ገዛእ ርእስኻ ግደ (egenandel)፣ ባዕልኻ ክትከፍሎ ዘለካ፣ ኣብ ዓመት { $egenandel } እዩ።
explain-bostotte-coverage = Bostøtte ልዕሊ ግደኻ ዘሎ ወጻኢታት ገዛ { $rate } ይሽፍን። እዚ ኣብ ወርሒ { $monthly } ይኸውን።
explain-bostotte-below-minimum = እቲ መጠን ኣብ ወርሒ ካብ { $minimum } ይትሕት። ከምዚ ዝኣመሰለ ትሑት መጠን ኣይክፈልን።
explain-bostotte-excluded-student = ካብ Lånekassen ደገፍ ክረኽቡ ዝኽእሉን ቆልዑ ዘይብሎምን ተማሃሮ bostøtte ክረኽቡ ኣይኽእሉን።
explain-bostotte-excluded-national-service = ኣብ ሃገራዊ ወተሃደራዊ ወይ ሲቪላዊ ኣገልግሎት ዘሎ bostøtte ክረክብ ኣይክእልን።
explain-bostotte-excluded-institution = ኣብ ትካል ዝነብርን ብመሰረት እቶቱ ዝኸፍልን bostøtte ክረክብ ኣይክእልን።
explain-bostotte-no-home = Bostøtte ናቱ ገዛ ዘለዎን ወጻኢታት ገዛ ዝኸፍልን ይወሃብ።

## ከመይ ከም ዝሓሰብና፦ startlån
explain-startlan-living-floor = ናይ መንግስቲ መጠናት ናይ መነባብሮ ን{ $adults ->
        [one] ሓደ ዓቢ ሰብ
       *[other] { $adults } ዓበይቲ
    } ከምኡ'ውን { $children ->
        [0] ቆልዓ ዘይብሉ
        [one] ሓደ ቆልዓ
       *[other] { $children } ቆልዑ
    } ኣብ ወርሒ { $floor } እዩ። ካብዚ ዝወሓደ ፈጺምና ኣይንሕሰብን።
explain-startlan-living-raised-to-floor = ካብ ናይ መንግስቲ መጠናት ዝተሓተ ወጻኢ መነባብሮ ሂብካ። { $floor } ንሕሰብ።
explain-startlan-available = ድሕሪ ግብሪ ዘሎ እቶት ኣብ ወርሒ { $net_income } እዩ። መነባብሮ { $living_costs }፣ ካልእ ቀወምቲ ወጻኢታት { $other_fixed_costs } ከምኡ'ውን ዕቃበን ሓባራዊ ወጻኢታትን { $maintenance } ተቐኒሱ፦ ንልቓሕ { $available } ይተርፍ።
explain-startlan-rate = ወለድ { $rate } እዩ (ናይ Husbanken ተቐያያሪ ወለድ ምስ ወሰኽ ኮሙን)።
explain-startlan-rate-municipal = ወለድ { $rate } እዩ፣ ከምቲ ኮሙን ዝወሰኖ።
explain-startlan-stress-rate = ወለድ { $stress_rate } ክትጻወር ክትክእል ኣለካ (ወለድ ማእከላይ ባንኪ ምስ ወሰኽ)።
explain-startlan-max-loan = ኣብ { $years } ዓመት ብግምት { $max_loan } ዝኸውን ልቓሕ ክትከፍል ትኽእል።
explain-startlan-long-term-applies = ቅድመ ኩነታት ናይ { $years } ዓመት ክፍሊት ዝተማልኡ ይመስሉ። ሽዑ ብግምት { $max_loan } ክትከፍል ትኽእል።
explain-startlan-long-term-not-met = ብ{ $years } ዓመት ክፍሊት ብግምት { $max_loan } ምኸፈልካ ነይርካ፣ ግን ብመሰረት መልስታትካ ቅድመ ኩነታት ከምዚ ዝኣመሰለ ነዊሕ ግዜ ኣይተማልኡን።
explain-startlan-purchase = እቲ ገዛ { $price } ዋጋ ኣለዎ፣ ዕድጊቱ ድማ ብተወሳኺ { $costs } የኽፍል። { $loan_needed } ክትልቃሕ የድልየካ። { $loan } ክትከፍል ትኽእል ትኸውን፣ ኣብ ወርሒ ድማ { $monthly } ክትከፍል ኣለካ።
explain-startlan-deleie = ብሓባራዊ ዋንነት (deleie) { $share } ካብቲ ገዛ ብ{ $share_price } ትዕድግ፣ ነቲ ዝተረፈ ድማ ንኮሙን ኣብ ወርሒ { $compensation } ትኸፍል። ልቓሕ፦ { $loan }። ጉድለት፦ { $grant_need }። ብድምር ኣብ ወርሒ { $monthly_total }።

## ምርመራ ድሌት
explain-needs-homeless = ቀዋሚ መንበሪ የብልካን።
explain-needs-at-risk = ገዛኻ ክትስእን ትኽእል።
explain-needs-unsuitable = እቲ ገዛ ወይ ከባቢ ኣይሰማማዓካን።
explain-needs-yes = ብመሰረት መልስታትካ «vanskeligstilt på boligmarkedet» (ኣብ ዕዳጋ ገዛ ኣብ ጸገም ዘሎ) ክትከውን ትኽእል። ሽዑ ኮሙን እንታይ ሓገዝ ከም ዘድልየካ ክግምግም ኣለዎ።
explain-needs-maybe = ኣብ ዕዳጋ ገዛ ኣብ ጸገም ክትከውን ትኽእል። ኮሙን ኩነታትካ ክርኢ ኣለዎ።
explain-needs-no = ብመሰረት መልስታትካ ኣብ ዕዳጋ ገዛ ኣብ ጸገም ዘለኻ ኣይመስልን። ኮይኑ ግን ምኽርን መምርሕን ክትረክብ ትኽእል።
explain-needs-rental-home-criteria = ብዙሓት ኮሙናት ናይ ኮሙን ገዛ ንምርካብ ልዕሊ 18 ዓመት ክትከውንን ንሒደት ዓመታት ኣብቲ ኮሙን ክትነብርን ይሓቱ።
reason-without-home = ገዛ የብልካን።
reason-at-risk-of-losing-home = ገዛኻ ናይ ምስኣን ሓደጋ ኣሎካ።
reason-unsuitable-home = ኣብ ዘይሰማማዓካ ገዛ ወይ ከባቢ ትነብር።
reason-financial = ቁጠባዊ ኩነታትካ ገዛ ምርካብ ወይ ምሓዝ የጸግም።
reason-health = ጥዕና ወይ ኣካላዊ ዓቕሚ ገዛ ምርካብ ወይ ምሓዝ የጸግም።
reason-social = ማሕበራዊ ኩነታት ገዛ ምርካብ ወይ ምሓዝ የጸግም።
why-no-bed-tonight = ሎሚ ለይቲ ዝድቅሰሉ ቦታ የብልካን። NAV ግዜያዊ መንበሪ ክሕግዘካ ኣለዎ።
why-homeless-and-health = ገዛ የብልካን ናይ ጥዕና ጸገማት ከኣ ኣለዉኻ። «ቅድም ገዛ» ምስ ክትትል ቀዋሚ ገዛ ይህብ።
why-rental-home-criteria-met = ልሙዳት ቅድመ ኩነታት ናይ ኮሙን ናይ ክራይ ገዛ ዘማላእካ ትመስል።
why-rental-home-ask-municipality = ንኮሙን ብዛዕባ ቅድመ ኩነታት ናይ ኮሙን ናይ ክራይ ገዛ ሕተት።
why-deposit-to-rent = ክትካረ ምእንቲ NAV ውሕስነት መትሓዚ ገንዘብ ክህብ ይኽእል።
why-debt-or-arrears = ዕዳ ኣለካ ወይ ክራይ ኣይከፈልካን። NAV ብቁጠባ ክሕግዘካ ይኽእል።
why-support-to-keep-home = ኣብ ገዛ ምንባር ክትክእል ኣብ ገዛ ክትትል ክትረክብ ትኽእል።
why-bostotte-estimate-positive = እቲ ግምት bostøtte ክትረክብ ከም እትኽእል የርኢ።
why-startlan-bank-refused = ባንኪ ልቓሕ ኣብዩ። Startlån ካብ ልሙድ ባንኪ ልቓሕ ንዘይረኽቡ እዩ።
why-startlan-capacity = እቲ ግምት ልቓሕ ክትከፍል ከም እትኽእል የርኢ።
why-grant-gap = እቲ ልቓሕ ንምሉእ ገዛ ኣይሽፍንን። ሓገዝ ነቲ ዝተረፈ ክሽፍን ይኽእል።
why-home-not-accessible = እቲ ገዛ ምስ ኣካላዊ ዓቕምኻ ኣይሰማማዕን።
why-advice-always = ኮሙንን NAVን ብዛዕባ ገዛ፣ ቁጠባን መሰላትን ምኽሪ ይህቡ።
help-where-nav = ኣብ ቤት ጽሕፈት NAV ኣመልክት።
help-where-municipality = ኣብ ኮሙን ኣመልክት።
help-where-husbanken = ኣብ husbanken.no ኣመልክት።
bring-id = መንነት መረጋገጺ
bring-income = ዝርዝር እቶት
bring-lease = ውዕል ክራይ
bring-lease-offer = ናይ ውዕል ክራይ ሓሳብ
bring-debts = ዝርዝር ዕዳ
bring-bills = ቢላታትን መዘኻኸርታትን
bring-housing-costs = ዝርዝር ወጻኢታት ገዛ
bring-tax-return = ናይ ግብሪ ጸብጻብ (skattemelding)
bring-bank-refusal = ናይ ባንኪ ምንጻግ
bring-health-documentation = ሰነዳት ጥዕና ወይ ኣካላዊ ዓቕሚ

## ጌጋታት
error-no-adults = ስድራ እንተወሓደ ሓደ ዓቢ ሰብ ክህልዎ ኣለዎ።
error-negative-amount = እቲ መጠን ካብ ዜሮ ክንእስ ኣይክእልን።
error-absurd-amount = እቲ መጠን ክንሕስቦ ካብ እንኽእል ይበዝሕ። ቅኑዕ ምዃኑ ኣረጋግጽ።
error-child-age = ቆልዑ ትሕቲ 18 ዓመት ክኾኑ ኣለዎም። ልዕሊ 18 ዘለዉ ከም ዓበይቲ ቑጸሮም።
error-too-many-persons = ስድራ ክንሕስቦ ካብ እንኽእል ዝበዝሑ ሰባት ኣለዉዎ።
error-unknown-municipality = ነቲ ኮሙን ኣይረኸብናዮን። ስም ወይ ኣርባዕተ ኣሃዝ ዘለዎ ቁጽሪ ጸሓፍ።
error-municipality-not-in-force = እዚ ቁጽሪ ኮሙን ኣብዚ ዕለት ኣይሰርሕን ነይሩ።
error-no-parameters = ንዚ ዕለት መጠናት የብልናን።
error-out-of-range = እቲ ቁጽሪ ካብቲ ክንሕስቦ እንኽእል ወጻኢ እዩ።
error-invalid-input = ገለ ካብቶም መልስታት ክንበብ ኣይከኣለን።
error-io = ገለ ነገር ተጋጊዩ። እንደገና ፈትን።
error-invalid-national-id = ቁጽሪ ልደት (fødselsnummer) ወይ D-nummer ቅኑዕ ኣይኮነን። 11 ኣሃዛት ኣለዎ።
error-required = እዚ ክምላእ ኣለዎ።
error-invalid-text = እቲ ጽሑፍ ኣዝዩ ነዊሕ እዩ ወይ ክንቕበሎም ዘይንኽእል ፊደላት ኣለዉዎ።

## The municipality's own criteria and offers (its profile)
criteria-national-default = ገና ናይ ኮሙንካ ናይ ገዛእ ርእሱ ረቛሒታት የብልናን። እዚኣቶም ንናይ ኮሙን ናይ ክራይ ገዛ ልሙዳት ረቛሒታት እዮም። ኮሙንካ ካልኦት ክህልውዎ ይኽእል።
criteria-national-municipality = ብልሙድ ኮሙን
criterion-residence-permit-met = { $municipality } ንናይ ኮሙን ናይ ክራይ ገዛ ፍቓድ መንበሪ ይሓትት። ፍቓድ መንበሪ ኣለካ።
criterion-residence-permit-not-met = { $municipality } ንናይ ኮሙን ናይ ክራይ ገዛ ፍቓድ መንበሪ ይሓትት። የብለይን ኢልካ መሊስካ።
criterion-residence-permit-unknown = { $municipality } ንናይ ኮሙን ናይ ክራይ ገዛ ፍቓድ መንበሪ ይሓትት። ከም ዘለካ ኣይንፈልጥን።
criterion-residence-years-met = { $municipality } ኣብ ዝሓለፈ { $years } ዓመት ኣብቲ ኮሙን ክትነብር ከም ዝነበርካ ይሓትት። ኣብኡ { $answered ->
        [one] ሓደ ዓመት
       *[other] { $answered } ዓመት
    } ነቢርካ።
criterion-residence-years-not-met = { $municipality } ኣብ ዝሓለፈ { $years } ዓመት ኣብቲ ኮሙን ክትነብር ከም ዝነበርካ ይሓትት። ኣብኡ { $answered ->
        [one] ሓደ ዓመት
       *[other] { $answered } ዓመት
    } ነቢርካ፣ ስለዚ እዚ ረቛሒ ኣይተማልአን።
criterion-residence-years-unknown = { $municipality } ኣብ ዝሓለፈ { $years } ዓመት ኣብቲ ኮሙን ክትነብር ከም ዝነበርካ ይሓትት። ኣብኡ ክንደይ ግዜ ከም ዝነበርካ ኣይንፈልጥን።
criterion-min-age-met = { $municipality } ዕድሜኻ እንተ ወሓደ { $age } ክኸውን ይሓትት። ዕድሜኻ { $answered } እዩ።
criterion-min-age-met-caring-for-children = { $municipality } ዕድሜኻ እንተ ወሓደ { $age } ክኸውን ይሓትት፣ ቆልዑ እንተ ትሕሉ ግን ፍሉይ ኩነታት ይገብር። ዕድሜኻ { $answered } እዩ፣ ቆልዑ ድማ ትሕሉ።
criterion-min-age-not-met = { $municipality } ዕድሜኻ እንተ ወሓደ { $age } ክኸውን ይሓትት። ዕድሜኻ { $answered } እዩ፣ ስለዚ እዚ ረቛሒ ኣይተማልአን።
criterion-min-age-unknown = { $municipality } ዕድሜኻ እንተ ወሓደ { $age } ክኸውን ይሓትት። ዕድሜኻ ኣይንፈልጥን።
criterion-min-age-unknown-children = { $municipality } ዕድሜኻ እንተ ወሓደ { $age } ክኸውን ይሓትት፣ ቆልዑ እንተ ትሕሉ ግን ፍሉይ ኩነታት ይገብር። ዕድሜኻ { $answered } እዩ። ቆልዑ ከም እትሕሉ ኣይንፈልጥን።
criterion-lease-ending-met = { $municipality } ውዕል ክራይካ ብዘይ መሰል ምሕዳስ ኣብ ውሽጢ { $months } ወርሒ ምስ ዝውዳእ ገዛኻ ናይ ምስኣን ሓደጋ ከም ዘለካ ይቖጽሮ። ናትካ ድሕሪ { $answered ->
        [one] ሓደ ወርሒ
       *[other] { $answered } ወርሒ
    } ይውዳእ።
criterion-lease-ending-not-met = { $municipality } ውዕል ክራይካ ብዘይ መሰል ምሕዳስ ኣብ ውሽጢ { $months } ወርሒ ምስ ዝውዳእ ገዛኻ ናይ ምስኣን ሓደጋ ከም ዘለካ ይቖጽሮ። ናትካ ድሕሪ { $answered ->
        [one] ሓደ ወርሒ
       *[other] { $answered } ወርሒ
    } ይውዳእ፣ ስለዚ ገና ኣይቑጸርን።
criterion-lease-ending-unknown = { $municipality } ውዕል ክራይካ ብዘይ መሰል ምሕዳስ ኣብ ውሽጢ { $months } ወርሒ ምስ ዝውዳእ ገዛኻ ናይ ምስኣን ሓደጋ ከም ዘለካ ይቖጽሮ። ናትካ መዓስ ከም ዝውዳእ ኣይንፈልጥን።
criterion-leaving-institution-met = { $municipality } ኣብ ውሽጢ { $months } ወርሒ ካብ ትካል ወይ ቤት ማእሰርቲ ክትወጽእ ኮንካ መንበሪ ቦታ እንተ ዘይብልካ ከም ገዛ ዘይብሉ ይቖጽረካ። ድሕሪ { $answered ->
        [one] ሓደ ወርሒ
       *[other] { $answered } ወርሒ
    } ክትወጽእ ኢኻ።
criterion-leaving-institution-not-met = { $municipality } ኣብ ውሽጢ { $months } ወርሒ ካብ ትካል ወይ ቤት ማእሰርቲ ክትወጽእ ኮንካ መንበሪ ቦታ እንተ ዘይብልካ ከም ገዛ ዘይብሉ ይቖጽረካ። ድሕሪ { $answered ->
        [one] ሓደ ወርሒ
       *[other] { $answered } ወርሒ
    } ክትወጽእ ኢኻ፣ ስለዚ ገና ኣይቑጸርን።
criterion-leaving-institution-unknown = { $municipality } ኣብ ውሽጢ { $months } ወርሒ ካብ ትካል ወይ ቤት ማእሰርቲ ክትወጽእ ኮንካ መንበሪ ቦታ እንተ ዘይብልካ ከም ገዛ ዘይብሉ ይቖጽረካ። መዓስ ከም እትወጽእ ኣይንፈልጥን።
why-rental-home-criterion-not-met = ንናይ ኮሙን ናይ ክራይ ገዛ ኩሉ ረቛሒታት ኮሙን ዘማላእካ ኣይትመስልን። ኮሙን ፍሉይ ኩነታት ክገብር ይኽእል እዩ፣ ስለዚ ብዝኾነ ሕተቶ።
explain-needs-help-not-offered = { $municipality } ነዚ ኣየቕርቦን፣ ስለዚ ኣይንመኽሮን፦ { $help }።
explain-startlan-leie-til-eie = ብleie til eie ሕጂ { $share } ካብቲ ገዛ ብ{ $share_price } ትገዝእ፣ እቲ ዝተረፈ ድማ ኣብ ወርሒ ብ{ $rent } ትኻረዮ። ልቓሕ፦ { $loan }። ዝጎደለ፦ { $grant_need }። ብድምር ኣብ ወርሒ { $monthly_total }። ድሕሪ { $years } ዓመት እቲ ዝተረፈ ትገዝኦ፣ ሎሚ ዋጋኡ { $rest_price } እዩ።
