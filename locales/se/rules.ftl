# Teavsttat dasa maid njuolggadusat čilgejit, mearridit ja hilgot. Review status: see main.ftl.

## Nu mii rehkenasttiimet: dietnasat ja vearru
explain-income-gross-given = Don dieđihit dietnasiid ovdal vearu: { $gross } jahkái. Maŋŋel vearu dat šaddá sullii { $net }.
explain-income-net-given = Don dieđihit dietnasiid maŋŋel vearu. Dat vástida sullii { $gross } jahkái ovdal vearu, ja { $net } maŋŋel vearu.
explain-tax-minimum-deduction = Unnimusgeassin (minstefradrag) { $gross } dietnasiin lea { $deduction }.
explain-tax-ordinary-income = Dábálaš dietnasat maŋŋel geassimiid leat { $ordinary_income }. Vearru dain lea { $tax }.
explain-tax-trygdeavgift = Oadjomáksu (trygdeavgift) lea { $trygdeavgift }.
explain-tax-trinnskatt = Ceahkkevearru (trinnskatt) lea { $trinnskatt }.
explain-tax-net = Oktiibuot vearru lea sullii { $total_tax }. Dus báhcá { $net } jahkái.

## Nu mii rehkenasttiimet: ássandoarjja
explain-bostotte-costs = Ássangolut leat { $monthly_cost } mánus. Dasa lassin rehkenastojuvvo giddes submi liegganeapmái, { $heating } jahkái.
explain-bostotte-house-operating = Okta-bearašviesus rehkenastojuvvo maiddái { $amount } jahkái doaibmagoluide.
explain-bostotte-cost-cap = { $persons ->
        [one] Ovtta olbmui
       *[other] { $persons } olbmui
    } { $municipality } suohkanis (joavku { $group }) rehkenastojuvvojit ássangolut gitta { $cap } rádjái jahkái.
explain-bostotte-counted-costs = Ássangolut leat { $costs } jahkái. Mii rehkenastit { $counted }, go ráddji lea { $cap }.
explain-bostotte-income = Dietnasat leat { $gross_income }. Opmodagas rehkenastojuvvo { $wealth_part }. Oktiibuot { $income }.
explain-bostotte-weighting = { $persons ->
        [1] Don orut okto, nu ahte dietnasat rehkenastojuvvojit nu mo leat: { $weighted } jahkái.
       *[other] Dietnasat juhkkojuvvojit { $factor } oassái go { $persons } olbmo orrot ovttas. Dat addá { $weighted } jahkái.
    }
explain-bostotte-egenandel = Iežat oassi (egenandel), dat maid ieš fertet máksit, lea { $egenandel } jahkái.
explain-bostotte-coverage = Ássandoarjja gokčá { $rate } ássangoluin mat leat badjel iežat oasi. Dat šaddá { $monthly } mánus.
explain-bostotte-below-minimum = Submi lea unnit go { $minimum } mánus. Nu unna supmit eai máksojuvvo.
explain-bostotte-excluded-student = Studeanttat geat sáhttet oažžut doarjaga Lånekassenis, ja geain eai leat mánát, eai sáhte oažžut ássandoarjaga.
explain-bostotte-excluded-national-service = Son gii lea vuosttašgearddebálvalusas dahje siviilabálvalusas, ii sáhte oažžut ássandoarjaga.
explain-bostotte-excluded-institution = Son gii orru ásahusas ja máksá dietnasiid mielde, ii sáhte oažžut ássandoarjaga.
explain-bostotte-no-home = Ássandoarjja addojuvvo sutnje geas lea iežas ássanbáiki ja gii máksá ássangoluid.

## Nu mii rehkenasttiimet: álgoloatna
explain-startlan-living-floor = Stáhta eallinmávssut { $adults ->
        [one] ovtta rávisolbmui
       *[other] { $adults } rávisolbmui
    } ja { $children ->
        [0] ii ovttage mánnái
        [one] ovtta mánnái
       *[other] { $children } mánnái
    } leat { $floor } mánus. Mii eat goassige rehkenastte unnit.
explain-startlan-living-raised-to-floor = Don dieđihit vuollegat eallingoluid go stáhta mávssut. Mii rehkenastit { $floor }.
explain-startlan-available = Dietnasat maŋŋel vearu leat { $net_income } mánus. Eallingolut { $living_costs }, eará giddes golut { $other_fixed_costs } ja divodeapmi ja oktasašgolut { $maintenance } geassemin eret: { $available } báhcá loana várás.
explain-startlan-rate = Reantu lea { $rate } (Husbankena rievddadeaddji reantu lassin suohkana lasáhussii).
explain-startlan-rate-municipal = Reantu lea { $rate }, nu mo suohkan lea dan mearridan.
explain-startlan-stress-rate = Don fertet nagodit { $stress_rate } reanttu (stivrenreantu lassin lasáhussii).
explain-startlan-max-loan = { $years } jagis sáhtát máksit loana sullii { $max_loan }.
explain-startlan-long-term-applies = Eavttut { $years } jagi máksimii orrot deavdon. De sáhtát máksit sullii { $max_loan }.
explain-startlan-long-term-not-met = { $years } jagi máksimiin livččet sáhttán máksit sullii { $max_loan }, muhto du vástádusaid vuođul eavttut nu guhkes áigái eai leat deavdon.
explain-startlan-purchase = Ássanbáiki máksá { $price }, ja oastin máksá { $costs } lassin. Don dárbbašat loatnat { $loan_needed }. Don dáidát nagodit máksit { $loan }, ja fertet máksit { $monthly } mánus.
explain-startlan-deleie = Oasseeaiggáduššamis (deleie) oasttát { $share } ássanbáikkis { $share_price } ruvnnuin, ja mákset suohkanii { $compensation } mánus loahpas. Loatna: { $loan }. Váilu: { $grant_need }. Oktiibuot { $monthly_total } mánus.

## Dárbbuid dárkkisteapmi
explain-needs-homeless = Dus ii leat bissovaš ássansadji.
explain-needs-at-risk = Sáhtát massit ássanbáikkát.
explain-needs-unsuitable = Ássanbáiki dahje guovlu ii heive dutnje.
explain-needs-yes = Vástádusaid vuođul don sáhtát leat «vanskeligstilt på boligmarkedet» (váttis dilis ássanmárkanis). Suohkan galgá de árvvoštallat makkár veahki don dárbbašat.
explain-needs-maybe = Don sáhtát leat váttis dilis ássanmárkanis. Suohkan ferte geahččat du dili.
explain-needs-no = Vástádusaid vuođul ii oro ahte don leat váttis dilis ássanmárkanis. Sáhtát goit oažžut rávvagiid ja bagadusa.
explain-needs-rental-home-criteria = Ollu suohkanat gáibidit ahte don leat badjel 18 jagi ja leat orron suohkanis moadde jagi vai oaččut suohkana ássanbáikki.
reason-without-home = Dus ii leat ássanbáiki.
reason-at-risk-of-losing-home = Don leat vára vuolde massit ássanbáikki.
reason-unsuitable-home = Don orut ássanbáikkis dahje guovllus mii ii heive dutnje.
reason-financial = Du ekonomiija dahká váttisin oažžut dahje doalahit ássanbáikki.
reason-health = Dearvvašvuohta dahje doaibmanávccat dahket váttisin oažžut dahje doalahit ássanbáikki.
reason-social = Sosiála dilit dahket váttisin oažžut dahje doalahit ássanbáikki.
why-no-bed-tonight = Dus ii leat oađđinsadji ihkku. NAV galgá veahkehit du gaskaboddosaš ássansajiin.
why-homeless-and-health = Dus ii leat ássanbáiki ja dus leat dearvvašvuođahástalusat. Ássanbáiki vuosttažin addá bissovaš ássanbáikki čuovvolemiin.
why-rental-home-criteria-met = Don orut deavdimin dábálaš gáibádusaid suohkana láigoássanbáikái.
why-rental-home-ask-municipality = Jeara suohkanis gáibádusaid birra suohkana láigoássanbáikái.
why-deposit-to-rent = NAV sáhttá addit depositum-dáhkádusa, vai sáhtát láigohit.
why-debt-or-arrears = Dus lea vealgi dahje velggolaččat láiggu. NAV sáhttá veahkehit ekonomiijain.
why-support-to-keep-home = Sáhtát oažžut čuovvoleami ruovttus vai nagodat ássat.
why-bostotte-estimate-positive = Árvvoštallan čájeha ahte sáhtát oažžut ássandoarjaga.
why-startlan-bank-refused = Báŋku lea hilgon loana. Álgoloatna lea sidjiide geat eai oaččo loana dábálaš báŋkkus.
why-startlan-capacity = Árvvoštallan čájeha ahte sáhtát máksit loana.
why-grant-gap = Loatna ii gokčča olles ássanbáikki. Doarjja sáhttá gokčat loahpa.
why-home-not-accessible = Ássanbáiki ii heive du doaibmanávccaide.
why-advice-always = Suohkan ja NAV addiba rávvagiid ássama, ekonomiija ja vuoigatvuođaid birra.
help-where-nav = Oza iežat NAV-kantuvrras.
help-where-municipality = Oza suohkanis.
help-where-husbanken = Oza husbanken.no:s.
bring-id = Legitimašuvdna
bring-income = Dietnasiid bajilgovva
bring-lease = Láigosoahpamuš
bring-lease-offer = Fálaldat láigosoahpamuššii
bring-debts = Velggiid bajilgovva
bring-bills = Rehkegat ja máinnašeamit
bring-housing-costs = Ássangoluid bajilgovva
bring-tax-return = Vearrodieđáhus (skattemelding)
bring-bank-refusal = Báŋkku hilgun
bring-health-documentation = Duođaštus dearvvašvuođa dahje doaibmanávccaid birra

## Meattáhusat
error-no-adults = Dállodoalus ferte leat unnimusat okta rávisolmmoš.
error-negative-amount = Submi ii sáhte leat unnit go nolla.
error-absurd-amount = Submi lea alit go maid sáhttit rehkenastit. Dárkkis ahte dat lea riekta.
error-child-age = Mánát fertejit leat vuollel 18 jagi. Rehkenastte olbmuid badjel 18 jagi rávisolbmožin.
error-too-many-persons = Dállodoalus leat eanet olbmot go maid sáhttit rehkenastit.
error-unknown-municipality = Eat gávdna suohkana. Čále nama dahje njealjeloguvttat nummira.
error-municipality-not-in-force = Suohkannummir ii gustton dán beaivvi.
error-no-parameters = Mis eai leat mávssut dán beaivái.
error-out-of-range = Lohku lea olggobealde dan maid sáhttit rehkenastit.
error-invalid-input = Muhtun vástádusain ii sáhttán lohkojuvvot.
error-io = Juoga manai boasttut. Geahččal ođđasit.
error-invalid-national-id = Riegádannummir (fødselsnummer) dahje D-nummir ii leat riekta. Das leat 11 logu.
error-required = Dát ferte deavdojuvvot.
error-invalid-text = Teaksta lea menddo guhkki dahje das leat mearkkat maid eat sáhte váldit vuostá.

## The municipality's own criteria and offers (its profile)
criteria-national-default = Mis eai leat vel du suohkana iežas eavttut. Dát leat dábálaš eavttut suohkana láigoássanbáikái. Du suohkanis sáhttet leat earát.
criteria-national-municipality = Suohkan dábálaččat
criterion-residence-permit-met = { $municipality } gáibida orrunlobi suohkana láigoássanbáikái. Dus lea orrunlohpi.
criterion-residence-permit-not-met = { $municipality } gáibida orrunlobi suohkana láigoássanbáikái. Don vástidit ahte dus ii leat dat.
criterion-residence-permit-unknown = { $municipality } gáibida orrunlobi suohkana láigoássanbáikái. Mii eat dieđe leago dus dat.
criterion-residence-years-met = { $municipality } gáibida ahte don leat ássan suohkanis maŋimuš { $years } jagi. Don leat ássan doppe { $answered ->
        [one] ovtta jagi
        [two] guokte jagi
       *[other] { $answered } jagi
    }.
criterion-residence-years-not-met = { $municipality } gáibida ahte don leat ássan suohkanis maŋimuš { $years } jagi. Don leat ássan doppe { $answered ->
        [one] ovtta jagi
        [two] guokte jagi
       *[other] { $answered } jagi
    }, nu ahte dát gáibádus ii leat ollašuhttojuvvon.
criterion-residence-years-unknown = { $municipality } gáibida ahte don leat ássan suohkanis maŋimuš { $years } jagi. Mii eat dieđe man guhká leat ássan doppe.
criterion-min-age-met = { $municipality } gáibida ahte don leat unnimusat { $age } jagi boaris. Don leat { $answered } jagi boaris.
criterion-min-age-met-caring-for-children = { $municipality } gáibida ahte don leat unnimusat { $age } jagi boaris, muhto dahká spiehkastaga go dus lea fuolahusovddasvástádus mánáin. Don leat { $answered } jagi boaris ja dus lea fuolahusovddasvástádus mánáin.
criterion-min-age-not-met = { $municipality } gáibida ahte don leat unnimusat { $age } jagi boaris. Don leat { $answered } jagi boaris, nu ahte dát gáibádus ii leat ollašuhttojuvvon.
criterion-min-age-unknown = { $municipality } gáibida ahte don leat unnimusat { $age } jagi boaris. Mii eat dieđe man boaris don leat.
criterion-min-age-unknown-children = { $municipality } gáibida ahte don leat unnimusat { $age } jagi boaris, muhto dahká spiehkastaga go dus lea fuolahusovddasvástádus mánáin. Don leat { $answered } jagi boaris. Mii eat dieđe leago dus fuolahusovddasvástádus mánáin.
criterion-lease-ending-met = { $municipality } atná du vára vuolde massit ássanbáikki go láigosoahpamuš nohká { $months } mánu siste almmá vuoigatvuođa ođasmahttit dan. Du soahpamuš nohká { $answered ->
        [one] ovtta mánu
        [two] guovtti mánu
       *[other] { $answered } mánu
    } geažes.
criterion-lease-ending-not-met = { $municipality } atná du vára vuolde massit ássanbáikki go láigosoahpamuš nohká { $months } mánu siste almmá vuoigatvuođa ođasmahttit dan. Du soahpamuš nohká { $answered ->
        [one] ovtta mánu
        [two] guovtti mánu
       *[other] { $answered } mánu
    } geažes, nu ahte dat ii vel rehkenasto nu.
criterion-lease-ending-unknown = { $municipality } atná du vára vuolde massit ássanbáikki go láigosoahpamuš nohká { $months } mánu siste almmá vuoigatvuođa ođasmahttit dan. Mii eat dieđe goas du soahpamuš nohká.
criterion-leaving-institution-met = { $municipality } atná du ássanbáikkehemiin go galggat olggos ásahusas dahje giddagasas { $months } mánu siste ja dus ii leat báiki gos ássat. Don galggat olggos { $answered ->
        [one] ovtta mánu
        [two] guovtti mánu
       *[other] { $answered } mánu
    } geažes.
criterion-leaving-institution-not-met = { $municipality } atná du ássanbáikkehemiin go galggat olggos ásahusas dahje giddagasas { $months } mánu siste ja dus ii leat báiki gos ássat. Don galggat olggos { $answered ->
        [one] ovtta mánu
        [two] guovtti mánu
       *[other] { $answered } mánu
    } geažes, nu ahte dat ii vel rehkenasto nu.
criterion-leaving-institution-unknown = { $municipality } atná du ássanbáikkehemiin go galggat olggos ásahusas dahje giddagasas { $months } mánu siste ja dus ii leat báiki gos ássat. Mii eat dieđe goas galggat olggos.
why-rental-home-criterion-not-met = Orru ahte it ollašuhte buot suohkana gáibádusaid suohkana láigoássanbáikái. Suohkan sáhttá dahkat spiehkastagaid, nu ahte jeara goit.
explain-needs-help-not-offered = { $municipality } ii fála dán, nu ahte mii eat evttot dan: { $help }.
explain-startlan-leie-til-eie = Leie til eie bokte oastát { $share } ássanbáikkis dál { $share_price } ovddas, ja láigohat loahpa { $rent } ovddas mánnui. Loatna: { $loan }. Váilu: { $grant_need }. Oktiibuot { $monthly_total } mánnui. { $years } jagi geažes oastát loahpa, man árvu odne lea { $rest_price }.
