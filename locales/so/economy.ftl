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
estimates-terms-own = Startlån-ka waxaa lagu xisaabiyay xeerarka { $municipality }, oo dhaqan galay { $date }.
estimates-terms-national = Husly ma haysto xeerar gaar ah oo { $municipality }; shuruudaha qaranka ayaa la isticmaalay.
estimates-terms-loading = Waxaa la soo qaadayaa xeerarka degmada …
estimates-terms-unavailable = Ma aanan soo qaadi karin xeerarka gaarka ah ee degmada; shuruudaha qaranka ayaa la isticmaalay.
rent-or-buy-open = Kiro mise lahaansho? Arag waxa bishii kugu kacaya, iyo waxa kaa celinaya
ownership-heading = Lahaanshaha qayb ka mid ah guriga
ownership-deleie-what = Deleie (wadaag-lahaansho): waxaad qayb ka mid ah guriga ku iibsanaysaa startlån, degmaduna waxay leedahay inta kale. Waxaad ku nooshahay guriga oo dhan, bil kastana waxaad degmada u bixinaysaa qaybteeda. Hadhow waxaad iibsan kartaa wax dheeraad ah.
ownership-leie-til-eie-what = Leie til eie (kiro ilaa lahaansho): hadda waxaad iibsanaysaa qayb ka mid ah guriga, inta kalena waad kiraysanaysaa. Dhowr sano kadib waxaad iibsanaysaa inta kale.
ownership-share-label = Qayb intee le'eg ayaad ku iibsan lahayd deleie?
ownership-price-missing = Qor qiimaha guriga aad rabto inaad iibsato (hoosta "Haddii aad rabto inaad guri iibsato"), markaas ayaan ku tusi doonaa waxa deleie iyo leie til eie ay bishii ku kacaan, iyadoo la barbar dhigayo kirada iyo amaah guriga oo dhan ah.
ownership-caption = Waxa bishii ku kaca kirada, lahaanshaha qayb iyo lahaanshaha guriga oo dhan
ownership-column-choice = Qaabka deganaanshaha
ownership-column-monthly = Bishii
ownership-column-loan = Startlån
ownership-column-owned = Waxaad leedahay
ownership-renting = Kiro, sida maanta
ownership-deleie = Deleie (wadaag-lahaansho)
ownership-leie-til-eie = Leie til eie (kiro ilaa lahaansho)
ownership-full-startlan = Guriga oo dhan oo startlån ah
ownership-no-loan = Midna
ownership-short = Waxaa dhiman { $amount }
ownership-owns-nothing = Waxba
ownership-owns-share = { $share } guriga ({ $value })
ownership-owns-share-then-rest = { $share } hadda ({ $value }). Inta kale ({ $rest } qiimaha maanta) waxaad iibsanaysaa { $years ->
        [one] hal sano
       *[other] { $years } sano
    } kadib.
ownership-owns-whole = Guriga oo dhan ({ $value })
ownership-renting-how = Kiro: waxa aad u qortay kharashka gurigaaga maanta.
ownership-monthly-note = Deleie iyo leie til eie, lacagta bishii waa bixinta amaahda iyo waxa aad ku bixinayso qaybta aadan lahayn. Kharashyada wadaagga iyo dayactirka ayaa lagu daraa marka aad guriga leedahay.
figure-profile-offers-deleie-minimum_share = Qaybta ugu yar ee aad ku iibsan karto deleie
figure-profile-offers-deleie-compensation_rate = Waxa aad degmada u bixinayso qaybteeda, sannadkii
figure-profile-offers-leie_til_eie-first_share = Qaybta aad marka hore ku iibsanayso leie til eie
figure-profile-offers-leie_til_eie-rest_after_years = Goorta aad inta kale ku iibsanayso leie til eie
figure-profile-offers-leie_til_eie-rent_rate = Kirada qaybta aan weli la iibsan, sannadkii
figure-profile-startlan-interest_margin = Dheeraadka degmada ee dulsaarka Husbanken
figure-profile-startlan-interest_rate = Dulsaarka startlån ee degmada
figure-profile-startlan-stress_add_on = Dheeraadka degmada ee imtixaanka cadaadiska
figure-profile-startlan-longest_term_years = Muddada ugu dheer ee degmada
