# Dhaqaalaha qoyska: dakhliga qof kasta oo weyn, deynta iyo kharashyada go'an, iibsashada, iyo
# sharaxaaddooda. Review status: see main.ftl.

## Foomka
income-person-heading = Qof weyn { $n }
field-income-old-age-single = Qofkani wuxuu alderspensjon (hawlgabka da'da) ka helaa caymiska qaranka (folketrygden) lamana nool xaas ama lammaane
field-income-young-disabled = Qofkani wuxuu helaa uføretrygd (gunnada naafada) wuxuuna leeyahay xuquuqda ung ufør (qof dhallinyaro ah oo naafo ah)
source-uforetrygd = Uføretrygd (gunnada naafada)
source-benefit = Introduksjonsstønad ama kvalifiseringsstønad
estimate-incomplete-income = Qor dakhliga qof kasta oo weyn, 0 haddii qof aanu dakhli lahayn.
field-exclusion = Waxyaabahan midkood ma khuseeyaa qof ka mid ah qoyska?
field-exclusion-hint = Markaas qoysku ma heli karo bostøtte.
exclusion-none = Maya, midna
exclusion-student = Arday taageero ka hela Lånekassen, oo aan carruur u gaar ah lahayn
exclusion-national-service = Ku jira adeegga ciidanka ama adeegga madaniga ah
exclusion-institution = Ku nool xarun lacag ku qaadata dakhliga
section-debts = Deynta iyo kharashyada go'an
section-debts-hint = Startlån-ka waa in la bixin karaa intaas dheer. Bannaan uga tag waxa aadan lahayn.
debt-consumer = Amaahda isticmaalka iyo kaararka deynta
debt-student = Amaahda waxbarashada
debt-car = Amaahda baabuurka
debt-other = Deyn kale
field-debt-monthly = Bixinta bishii
field-debt-balance = Ama: inta lagugu leeyahay
field-debt-balance-hint = Ma garanaysid inta aad bixiso bishii? Qor inta lagugu leeyahay, waxaanan xisaabinaynaa bixin caadi ah.
field-childcare = Xannaanada carruurta iyo SFO (daryeelka ardayda ka dib dugsiga) bishii
field-child-support = Masruufka carruurta ee aad bixiso bishii
field-purchase-kind = Maxaad rabtaa inaad iibsato?
purchase-borettslag = Saami ku jira borettslag (iskaashatada guryaha)
purchase-selveier = Lahaansho buuxda: guri, ama aqal ku yaal sameie
field-maintenance = Kharashka wadaagga iyo dayactirka bishii ee guriga aad rabto inaad iibsato
field-maintenance-hint = Waxay ku qoran yihiin warqadda iibka: kharashka wadaagga (borettslag-ga, oo ay ku jirto deynta wadaagga ah) iyo dayactirka.
answer-none = Midna

## Natiijooyinka
income-heading = Dakhliga ka dib canshuurta
income-result = { $persons ->
    [one] Qiyaas ahaan { $year } sannadkii ka dib canshuurta, { $month } bishii.
   *[other] Wadarta { $persons } qof oo waaweyn: qiyaas ahaan { $year } sannadkii ka dib canshuurta, { $month } bishii.
}
startlan-gap-too-large = Waxaa ka dhiman qiyaas ahaan { $amount }. Deeqdu dhif bay intaas daboolaa. Waxa caawin kara: lacag badan oo adiga kuu gaar ah, guri ka jaban (amaahda aad bixin karto, qiimo qiyaastii { $price } ah ayaa ku habboon), ama deleie (wadaag-lahaansho) haddii degmadu bixiso.
startlan-purchase-costs-estimated = Kharashka iibsashada waxaa lagu qiyaasay { $amount }. «Sida aan u xisaabinay» ayaa muujinaysa waxa ku jira.
startlan-fits = Guriga waxay u egtahay inaad awoodi karto: amaahda aad u baahan tahay kama badna inta aad bixin karto.
startlan-maintenance-missing = Kharashka wadaagga iyo dayactirka laguma darin. Waxay ku qoran yihiin warqadda iibka: qor, haddii kale amaahda aad bixin karto waxay u muuqanaysaa mid ka weyn inta ay dhab ahaan tahay.
explain-tax-pension-deduction-not-included = Ka-jarista canshuurta ee dakhliga hawlgabka (skattefradrag for pensjonsinntekt) weli kuma jirto qiyaastan. Sidaas darteed canshuurtu waxay noqon kartaa mid ka yar inta la muujiyay, dakhliga ka dib canshuurtuna mid ka badan.
old-figures-notice = Tirooyinka qaar ee qiyaastan waxay khuseeyaan muddo hore. Ma hayno tirooyin ka cusub, waxaana isticmaalnaa kuwa ugu cusub ee aan hayno:
old-figure = { $name }: wuxuu khuseeyaa { $from }–{ $until }
figure-node-tax-income_tax = Heerarka canshuurta
figure-node-tax-minimum_deduction = Ka-jarista ugu yar (minstefradrag)
figure-node-living_costs-guideline_rates = Heerarka tilmaamaha dawladda ee kharashka nolosha
figure-node-bostotte-cost_cap = Xadka sare ee kharashka guriga ee bostøtte
figure-node-bostotte-egenandel = Qaybta adiga kaa saaran (egenandel) ee bostøtte
figure-node-bostotte-allowances = Lacagaha lagu daro kharashka guriga ee bostøtte
figure-node-bostotte-coverage_rate = Qaybta uu bostøtte daboolo
figure-node-bostotte-income = Hantida lagu xisaabiyo bostøtte
figure-node-bostotte-minimum_payout = Lacagta ugu yar ee bostøtte ee la bixiyo
figure-node-bostotte-municipality_groups = Kooxaha degmooyinka ee bostøtte
figure-node-bostotte-weighting = Miisaanka iyadoo loo eegayo tirada dadka
figure-node-needs-municipal_criteria = Shuruudaha degmada
figure-node-startlan-debt_repayment = Bixinta caadiga ah ee deynta
figure-node-startlan-deleie = Deleie (wadaag-lahaansho)
figure-node-startlan-grant = Tilskudd til etablering (deeq dejin)
figure-node-startlan-policy_rate = Dulsaarka bangiga dhexe
figure-node-startlan-purchase_costs = Kharashka iibsashada
figure-node-startlan-stress = Tijaabada culeyska dulsaarka
figure-node-startlan-term = Muddada bixinta
figure-per-year = { $value } sannadkii
figure-per-month = { $value } bishii
figure-years = { $n } sano
figure-months = { $n } bilood
figure-node-startlan-interest = Dulsaarka startlån

chart-axis-y = Bostøtte bishii (ilaa { $max })
chart-axis-x = Dakhliga qoyska sannadkii ka hor canshuurta (0 ilaa { $max })

## Sida aan u xisaabinay
explain-tax-person = Qof weyn { $person }: { $source }.
explain-tax-not-personinntekt = Introduksjonsstønad iyo kvalifiseringsstønad ma aha dakhli shakhsi ah: lagama bixiyo trygdeavgift iyo trinnskatt.
explain-income-household = Dhammaan dadka waaweyn wadar ahaan: { $gross } ka hor canshuurta, canshuur { $total_tax }, { $net } ka dib canshuurta sannadkii.
error-more-incomes-than-adults = Dakhliyada la sheegay way ka badan yihiin dadka waaweyn ee qoyska.
explain-bostotte-egenandel-special = Qoysku wuxuu leeyahay egenandel ka yar, sababtoo ah { $group }.
egenandel-group-single-old-age = qof keligiis ah ayaa hela alderspensjon
egenandel-group-young-disabled = qof ayaa haysta uføretrygd isagoo ah ung ufør
explain-startlan-debt-payment = { $debt }: { $monthly } bishii.
explain-startlan-debt-balance = { $debt }: waxaa lagugu leeyahay { $balance }. Waxaan xisaabinaynaa bixin muddo { $years } sano ah oo dulsaarkeedu yahay { $rate }, taasi waa { $monthly } bishii.
explain-startlan-fixed-costs = Marka lagu daro xannaanada iyo SFO { $childcare } iyo masruufka carruurta { $child_support }, kharashyada go'an waa { $total } bishii.
explain-startlan-own-rate-above-stress = Dulsaarka amaahda lafteeda, { $rate }, wuu ka sarreeyaa dulsaarka tijaabada culeyska, { $stress_rate }. Amaahda waa in xitaa dulsaarkaas lagu bixin karaa.
explain-startlan-purchase-costs-selveier = Kharashka iibsashada guri lahaansho buuxda ah oo qiimihiisu yahay { $price }: dokumentavgift iyo diiwaangelinta warqadda lahaanshaha iyo rahaamadda, wadar ahaan { $costs }.
explain-startlan-purchase-costs-borettslag = Saami ku jira borettslag ma laha dokumentavgift. Diiwaangelinta rahaamadda waxay ku kacaysaa { $costs }. Khidmadda beddelka milkiilaha ee borettslag-ga laguma darin.
explain-startlan-grant-need = Waxa dhiman, { $gap }, waxaa laga yaabaa inuu daboolo tilskudd til etablering (deeq dejin). Weydii degmada. Amaahda aad bixin karto, qiimo qiyaastii { $affordable_price } ah ayaa ku habboon.
explain-startlan-gap-too-large = Waxa dhiman, { $gap }, wuu ka badan yahay inta deeqdu caadi ahaan daboosho. Amaahda aad bixin karto iyo lacagtaada, qiimo qiyaastii { $affordable_price } ah ayaa ku habboon.

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
