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
criteria-national-default = We do not have your municipality's own criteria yet. These are the usual criteria for a municipal rental home. Your municipality may have others.
criteria-national-municipality = Most municipalities
criterion-residence-permit-met = { $municipality } requires a residence permit for a municipal rental home. You have a residence permit.
criterion-residence-permit-not-met = { $municipality } requires a residence permit for a municipal rental home. You answered that you do not have one.
criterion-residence-permit-unknown = { $municipality } requires a residence permit for a municipal rental home. We do not know whether you have one.
criterion-residence-years-met = { $municipality } requires you to have lived in the municipality for the last { $years } years. You have lived there for { $answered ->
        [one] one year
       *[other] { $answered } years
    }.
criterion-residence-years-not-met = { $municipality } requires you to have lived in the municipality for the last { $years } years. You have lived there for { $answered ->
        [one] one year
       *[other] { $answered } years
    }, so this requirement is not met.
criterion-residence-years-unknown = { $municipality } requires you to have lived in the municipality for the last { $years } years. We do not know how long you have lived there.
criterion-min-age-met = { $municipality } requires you to be at least { $age }. You are { $answered }.
criterion-min-age-met-caring-for-children = { $municipality } requires you to be at least { $age }, but makes an exception when you care for children. You are { $answered } and care for children.
criterion-min-age-not-met = { $municipality } requires you to be at least { $age }. You are { $answered }, so this requirement is not met.
criterion-min-age-unknown = { $municipality } requires you to be at least { $age }. We do not know your age.
criterion-min-age-unknown-children = { $municipality } requires you to be at least { $age }, but makes an exception when you care for children. You are { $answered }. We do not know whether you care for children.
criterion-lease-ending-met = { $municipality } counts you as at risk of losing your home when your lease ends within { $months } months without a right to renew it. Yours ends in { $answered ->
        [one] one month
       *[other] { $answered } months
    }.
criterion-lease-ending-not-met = { $municipality } counts you as at risk of losing your home when your lease ends within { $months } months without a right to renew it. Yours ends in { $answered ->
        [one] one month
       *[other] { $answered } months
    }, so it does not count yet.
criterion-lease-ending-unknown = { $municipality } counts you as at risk of losing your home when your lease ends within { $months } months without a right to renew it. We do not know when yours ends.
criterion-leaving-institution-met = { $municipality } counts you as without a home when you leave an institution or prison within { $months } months with nowhere to live. You leave in { $answered ->
        [one] one month
       *[other] { $answered } months
    }.
criterion-leaving-institution-not-met = { $municipality } counts you as without a home when you leave an institution or prison within { $months } months with nowhere to live. You leave in { $answered ->
        [one] one month
       *[other] { $answered } months
    }, so it does not count yet.
criterion-leaving-institution-unknown = { $municipality } counts you as without a home when you leave an institution or prison within { $months } months with nowhere to live. We do not know when you leave.
why-rental-home-criterion-not-met = You do not seem to meet all the municipality's requirements for a municipal rental home. The municipality can make exceptions, so ask it all the same.
explain-needs-help-not-offered = { $municipality } does not offer this, so we do not suggest it: { $help }.
explain-startlan-leie-til-eie = With rent-to-own you buy { $share } of the home now for { $share_price }, and rent the rest for { $rent } a month. Loan: { $loan }. Missing: { $grant_need }. In all { $monthly_total } a month. After { $years } years you buy the rest, worth { $rest_price } today.
