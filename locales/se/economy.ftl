# Dállodoalu ekonomiija: juohke rávisolbmo dietnasat, vealgi ja giddes golut, oastin, ja daid
# čilgehusat. Review status: see main.ftl.

## Skovvi
income-person-heading = Rávisolmmoš { $n }
field-income-old-age-single = Olmmoš oažžu alderspensjon (boarrásiidpenšuvdna) álbmotoadjus iige oro ovttas beallelaččain dahje ovttasássiin
field-income-young-disabled = Olmmoš oažžu uføretrygd (bargonávccahisvuođaoaju) ja sus leat vuoigatvuođat nugo ung ufør (nuorra bargonávccahis)
source-uforetrygd = Uføretrygd (bargonávccahisvuođaoadju)
source-benefit = Introduksjonsstønad dahje kvalifiseringsstønad
estimate-incomplete-income = Čále juohke rávisolbmo dietnasiid, 0 jus sus eai leat dietnasat.
field-exclusion = Guoskágo juoga dás muhtumii dállodoalus?
field-exclusion-hint = De ii sáhte dállodoallu oažžut ássandoarjaga (bostøtte).
exclusion-none = Ii, ii mihkkege dás
exclusion-student = Studeanta geas lea doarjja Lånekassenis, ja geas eai leat iežas mánát
exclusion-national-service = Lea vuosttašgearddebálvalusas dahje siviilabálvalusas
exclusion-institution = Orru ásahusas mii váldá máksu dietnasiid mielde
section-debts = Vealgi ja giddes golut
section-debts-hint = Álgoloana (startlån) ferte sáhttit máksit dáid lassin. Guođe guorusin dan mii dus ii leat.
debt-consumer = Geavahanloatna ja kredihttagoarttat
debt-student = Studeantaloatna
debt-car = Biilaloatna
debt-other = Eará vealgi
field-debt-monthly = Mákset mánus
field-debt-balance = Dahje: man ollu leat velggolaš
field-debt-balance-hint = Itgo dieđe maid mákset mánus? Čále man ollu leat velggolaš, de mii rehkenastit dábálaš máksima.
field-childcare = Mánáidgárdi ja SFO (skuvlla astoáiggeortnet) mánus
field-child-support = Mánnábiebmu maid mákset mánus
field-purchase-kind = Maid háliidat oastit?
purchase-borettslag = Oassi borettslagas (ássansearvvis)
purchase-selveier = Iežaseaiggát: dállu, dahje viessu sameies
field-maintenance = Oktasašgolut ja divodeapmi mánus ássanbáikái maid háliidat oastit
field-maintenance-hint = Dat čuožžu vuovdindieđáhusas: oktasašgolut (borettslagas oktasašvealggiin) ja divodeapmi.
answer-none = Ii mihkkege

## Boađus
income-heading = Dietnasat maŋŋel vearu
income-result = { $persons ->
    [one] Sullii { $year } jahkái maŋŋel vearu, { $month } mánus.
    [two] Sullii { $year } jahkái maŋŋel vearu { $persons } rávisolbmui oktiibuot, { $month } mánus.
   *[other] Sullii { $year } jahkái maŋŋel vearu { $persons } rávisolbmui oktiibuot, { $month } mánus.
}
startlan-gap-too-large = Váilu sullii { $amount }. Nu ollu doarjja hárve gokčá. Dat mii sáhttá veahkehit: eanet iežat ruđat, hálbbit ássanbáiki (dainna loanain maid nagodat máksit, heive haddi birrasiid { $price }), dahje oasseeaiggáduššan (deleie) jus suohkan dan fállá.
startlan-purchase-costs-estimated = Oastingolut leat árvvoštallojuvvon { $amount }. «Nu mii rehkenasttiimet» čájeha mii lea mielde.
startlan-fits = Ássanbáiki orru heivemin: loatna maid dárbbašat, lea dan siskkobealde maid nagodat máksit.
startlan-maintenance-missing = Oktasašgolut ja divodeapmi eai leat mielde. Dat čužžot vuovdindieđáhusas: čále daid, muđui orru loatna maid nagodat máksit stuorát go dat lea.
explain-tax-pension-deduction-not-included = Penšuvdnadietnasiid vearrogeassin (skattefradrag for pensjonsinntekt) ii leat vel mielde dán árvvoštallamis. Vearru sáhttá danin leat unnit go čájehuvvo, ja dietnasat maŋŋel vearu stuorábut.
old-figures-notice = Muhtun logut dán árvvoštallamis gusket ovddit áigodahkii. Mis eai leat ođđasat logut, ja geavahit dáid ođđamusaid mat mis leat:
old-figure = { $name }: gustovaš { $from }–{ $until }
figure-node-tax-income_tax = Vearromearit
figure-node-tax-minimum_deduction = Unnimusgeassin (minstefradrag)
figure-node-living_costs-guideline_rates = Stáhta bagadeaddji eallinmávssut
figure-node-bostotte-cost_cap = Ássangoluid bajimus ráddji ássandoarjagis
figure-node-bostotte-egenandel = Iežat oassi (egenandel) ássandoarjagis
figure-node-bostotte-allowances = Lasáhusat ássangoluide ássandoarjagis
figure-node-bostotte-coverage_rate = Oassi maid ássandoarjja gokčá
figure-node-bostotte-income = Opmodat ássandoarjagis
figure-node-bostotte-minimum_payout = Unnimus ássandoarjja mii máksojuvvo
figure-node-bostotte-municipality_groups = Suohkanjoavkkut ássandoarjagis
figure-node-bostotte-weighting = Deattuheapmi olmmošlogu mielde
figure-node-needs-municipal_criteria = Suohkana eavttut
figure-node-startlan-debt_repayment = Dábálaš velggi máksin
figure-node-startlan-deleie = Oasseeaiggáduššan (deleie)
figure-node-startlan-grant = Tilskudd til etablering (ásaiduvvandoarjja)
figure-node-startlan-policy_rate = Stivrenreantu
figure-node-startlan-purchase_costs = Oastingolut
figure-node-startlan-stress = Reanttu stressageahččaleapmi
figure-node-startlan-term = Máksináigi
figure-per-year = { $value } jahkái
figure-per-month = { $value } mánus
figure-years = { $n } jagi
figure-months = { $n } mánu
figure-node-startlan-interest = Álgoloana reantu

chart-axis-y = Ássandoarjja mánus ({ $max } rádjái)
chart-axis-x = Dállodoalu dietnasat jahkái ovdal vearu (0 rájes { $max } rádjái)

## Nu mii rehkenasttiimet
explain-tax-person = Rávisolmmoš { $person }: { $source }.
explain-tax-not-personinntekt = Introduksjonsstønad ja kvalifiseringsstønad eaba leat persovdnadietnasat: dain ii máksojuvvo trygdeavgift (oadjomáksu) iige trinnskatt (ceahkkevearru).
explain-income-household = Buot rávisolbmot oktiibuot: { $gross } ovdal vearu, vearru { $total_tax }, { $net } maŋŋel vearu jahkái.
error-more-incomes-than-adults = Leat addon eanet dietnasat go dállodoalus leat rávisolbmot.
explain-bostotte-egenandel-special = Dállodoalus lea unnit iežat oassi (egenandel) go { $group }.
egenandel-group-single-old-age = okto ássi oažžu alderspensjon
egenandel-group-young-disabled = muhtun oažžu uføretrygd nugo ung ufør
explain-startlan-debt-payment = { $debt }: { $monthly } mánus.
explain-startlan-debt-balance = { $debt }: don leat velggolaš { $balance }. Mii rehkenastit ahte máksát dan { $years } jagis { $rate } reanttuin, dat šaddá { $monthly } mánus.
explain-startlan-fixed-costs = Mánáidgárddiin ja SFO:in { $childcare } ja mánnábiepmuin { $child_support } šaddet giddes golut { $total } mánus.
explain-startlan-own-rate-above-stress = Loana iežas reantu, { $rate }, lea alit go stressageahččalanreantu { $stress_rate }. Loana ferte sáhttit máksit maiddái dainna reanttuin.
explain-startlan-purchase-costs-selveier = Oastingolut iežaseaiggátássanbáikái mii máksá { $price }: dokumentavgift ja skøyte ja panttareivve registreren, oktiibuot { $costs }.
explain-startlan-purchase-costs-borettslag = Oasis borettslagas ii leat dokumentavgift. Pantta registreren máksá { $costs }. Borettslaga iežas eaiggátmolsunmáksu ii leat mielde.
explain-startlan-grant-need = Dat mii váilu, { $gap }, sáhttá vejolaččat gokčojuvvot tilskudd til etablering (ásaiduvvandoarjja) bokte. Jeara suohkanis. Dainna loanain maid nagodat máksit, heive haddi birrasiid { $affordable_price }.
explain-startlan-gap-too-large = Dat mii váilu, { $gap }, lea eanet go maid doarjja dábálaččat gokčá. Dainna loanain maid nagodat máksit ja iežat ruđaiguin heive haddi birrasiid { $affordable_price }.

## Deleie and leie til eie, where the municipality offers them
estimates-terms-own = The startlån is calculated with the rules of { $municipality }, in force from { $date }.
estimates-terms-national = Husly has no rules for { $municipality }; the national terms are used.
estimates-terms-loading = Fetching the municipality's rules …
estimates-terms-unavailable = We could not fetch the municipality's own rules; the national terms are used.
ownership-heading = Owning part of the home
ownership-deleie-what = Deleie (shared ownership): you buy part of the home with a startlån and the municipality owns the rest. You live in the whole home and pay the municipality each month for its part. You can buy more later.
ownership-leie-til-eie-what = Leie til eie (rent to own): you buy part of the home now and rent the rest. After some years you buy the rest.
ownership-share-label = How large a share would you buy with deleie?
ownership-price-missing = Type the price of the home you want to buy (under "If you want to buy a home") and we show what deleie and leie til eie cost each month beside renting and borrowing for the whole home.
ownership-caption = What renting, owning a share and owning the whole home cost each month
ownership-column-choice = Way to live
ownership-column-monthly = Per month
ownership-column-loan = Startlån
ownership-column-owned = You own
ownership-renting = Renting, as today
ownership-deleie = Deleie
ownership-leie-til-eie = Leie til eie
ownership-full-startlan = The whole home with startlån
ownership-no-loan = None
ownership-short = { $amount } short
ownership-owns-nothing = Nothing
ownership-owns-share = { $share } of the home ({ $value })
ownership-owns-share-then-rest = { $share } now ({ $value }). You buy the rest ({ $rest } at today's price) after { $years ->
        [one] one year
       *[other] { $years } years
    }.
ownership-owns-whole = The whole home ({ $value })
ownership-renting-how = Renting: what you typed as your housing costs today.
ownership-monthly-note = For deleie and leie til eie, the monthly amount is the loan's payment plus what you pay for the part you do not own. Common costs and maintenance come in addition when you own.
figure-profile-offers-deleie-minimum_share = The smallest share you can buy with deleie
figure-profile-offers-deleie-compensation_rate = What you pay the municipality for its share, per year
figure-profile-offers-leie_til_eie-first_share = The share you buy first with leie til eie
figure-profile-offers-leie_til_eie-rest_after_years = When you buy the rest with leie til eie
figure-profile-offers-leie_til_eie-rent_rate = The rent for the part not yet bought, per year
figure-profile-startlan-interest_margin = The municipality's margin on Husbanken's rate
figure-profile-startlan-interest_rate = The municipality's startlån rate
figure-profile-startlan-stress_add_on = The municipality's add-on in the stress test
figure-profile-startlan-longest_term_years = The municipality's longest term
