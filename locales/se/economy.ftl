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
estimates-terms-own = Álgoloatna (startlån) lea rehkenastojuvvon { $municipality } njuolggadusaiguin, mat leat fámus { $date } rájes.
estimates-terms-national = Husly:s eai leat sierra njuolggadusat { $municipality } várás; riikkaviidosaš eavttut leat geavahuvvon.
estimates-terms-loading = Viežžamin suohkana njuolggadusaid …
estimates-terms-unavailable = Mii eat sáhttán viežžat suohkana iežas njuolggadusaid; riikkaviidosaš eavttut leat geavahuvvon.
rent-or-buy-open = Láigohit vai eaiggáduššat? Oainne maid dat máksá dutnje mánus, ja mii lea hehttehussan
ownership-heading = Eaiggáduššat oasi ássanbáikkis
ownership-deleie-what = Oasseeaiggáduššan (deleie): don oastát oasi ássanbáikkis álgoloanain (startlån), ja suohkan eaiggáduššá loahpa. Don ásat olles ássanbáikkis ja mákset suohkanii juohke mánu dan oasis. Maŋŋelis sáhtát oastit eanet.
ownership-leie-til-eie-what = Leie til eie (láigohit eaiggáduššama guvlui): don oastát oasi ássanbáikkis dál ja láigohat loahpa. Moadde jagi maŋŋel oastát loahpa.
ownership-share-label = Man stuorra oasi oaččošit oasseeaiggáduššamiin (deleie)?
ownership-price-missing = Čále dan ássanbáikki hattis maid háliidat oastit (oasis «Jus háliidat oastit ássanbáikki»), de čájehit maid deleie ja leie til eie mákset mánnui, láigoheami ja olles ássanbáikki loana bálddas.
ownership-caption = Maid láigoheapmi, oasi eaiggáduššan ja olles ássanbáikki eaiggáduššan mákset mánnui
ownership-column-choice = Ássanvuohki
ownership-column-monthly = Mánnui
ownership-column-loan = Álgoloatna (startlån)
ownership-column-owned = Don eaiggáduššat
ownership-renting = Láigoheapmi, dego odne
ownership-deleie = Oasseeaiggáduššan (deleie)
ownership-leie-til-eie = Leie til eie
ownership-full-startlan = Olles ássanbáiki álgoloanain (startlån)
ownership-no-loan = Ii mihkkege
ownership-short = Váilu { $amount }
ownership-owns-nothing = Ii mihkkege
ownership-owns-share = { $share } ássanbáikkis ({ $value })
ownership-owns-share-then-rest = { $share } dál ({ $value }). Loahpa ({ $rest } odnehaš haddái) oastát { $years ->
        [one] jagi
        [two] guovtti jagi
       *[other] { $years } jagi
    } geažes.
ownership-owns-whole = Olles ássanbáiki ({ $value })
ownership-renting-how = Láigoheapmi: dat maid čállet ássangoluid odne.
ownership-monthly-note = Deleie ja leie til eie dáfus lea mánnosaš submi loana máksu ja dat maid mákset dan oasis maid it eaiggáduššá. Oktasaš golut ja divodeapmi bohtet lassin go eaiggáduššat.
figure-profile-offers-deleie-minimum_share = Unnimus oassi maid sáhtát oastit deleie bokte
figure-profile-offers-deleie-compensation_rate = Dat maid mákset suohkanii dan oasis, jahkái
figure-profile-offers-leie_til_eie-first_share = Oassi maid vuos oastát leie til eie bokte
figure-profile-offers-leie_til_eie-rest_after_years = Goas oastát loahpa leie til eie bokte
figure-profile-offers-leie_til_eie-rent_rate = Láigu oasis mii ii leat vel oastojuvvon, jahkái
figure-profile-startlan-interest_margin = Suohkana lasáhus Husbanken reantui
figure-profile-startlan-interest_rate = Suohkana álgoloana (startlån) reantu
figure-profile-startlan-stress_add_on = Suohkana lasáhus stressateasttas
figure-profile-startlan-longest_term_years = Suohkana guhkimus máksináigi
