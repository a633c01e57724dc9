# Qoraallada waxa xeerarku sharxaan, go'aamiyaan oo diidaan. Review status: see main.ftl.

## Sida aan u xisaabinay: dakhliga iyo canshuurta
explain-income-gross-given = Waxaad sheegtay dakhli ka hor canshuurta: { $gross } sannadkii. Canshuurta ka dib waa qiyaas ahaan { $net }.
explain-income-net-given = Waxaad sheegtay dakhli ka dib canshuurta. Taasi waxay u dhigantaa qiyaas ahaan { $gross } sannadkii ka hor canshuurta, iyo { $net } ka dib canshuurta.
explain-tax-minimum-deduction = Ka-jarista ugu yar (minstefradrag) ee { $gross } waa { $deduction }.
explain-tax-ordinary-income = Dakhliga caadiga ah ka dib ka-jarista waa { $ordinary_income }. Canshuurta saaran waa { $tax }.
explain-tax-trygdeavgift = Lacagta caymiska bulshada (trygdeavgift) waa { $trygdeavgift }.
explain-tax-trinnskatt = Canshuurta heerarka (trinnskatt) waa { $trinnskatt }.
explain-tax-net = Canshuurta guud waa qiyaas ahaan { $total_tax }. Waxaa kuu haray { $net } sannadkii.

## Sida aan u xisaabinay: bostøtte
explain-bostotte-costs = Kharashka guriga waa { $monthly_cost } bishii. Intaas waxaa lagu daraa lacag go'an oo kuleyl ah, { $heating } sannadkii.
explain-bostotte-house-operating = Guri gooni ah waxaa sidoo kale lagu xisaabiyaa { $amount } sannadkii oo dayactir ah.
explain-bostotte-cost-cap = { $persons ->
        [one] Hal qof
       *[other] { $persons } qof
    } oo ku nool { $municipality } (kooxda { $group }), kharashka guriga waxaa lagu xisaabiyaa ilaa { $cap } sannadkii.
explain-bostotte-counted-costs = Kharashka guriga waa { $costs } sannadkii. Waxaan xisaabinaynaa { $counted }, sababtoo ah xadku waa { $cap }.
explain-bostotte-income = Dakhligu waa { $gross_income }. Hantida waxaa laga xisaabiyaa { $wealth_part }. Wadar ahaan { $income }.
explain-bostotte-weighting = { $persons ->
        [1] Keligaa ayaad degan tahay, sidaas darteed dakhliga sida uu yahay ayaa loo xisaabiyaa: { $weighted } sannadkii.
       *[other] Dakhliga waxaa loo qaybiyaa { $factor } sababtoo ah { $persons } qof ayaa wada nool. Taasi waxay noqonaysaa { $weighted } sannadkii.
    }
explain-bostotte-egenandel = Qaybta adiga kaa saaran (egenandel) waa { $egenandel } sannadkii.
explain-bostotte-coverage = Bostøtte-du waxay daboolaysaa { $rate } kharashka guriga ee ka badan qaybtaada. Taasi waa { $monthly } bishii.
explain-bostotte-below-minimum = Lacagtu way ka yar tahay { $minimum } bishii. Lacag intaas le'eg lama bixiyo.
explain-bostotte-excluded-student = Ardayda heli kara taageero Lånekassen oo aan carruur lahayn, ma heli karaan bostøtte.
explain-bostotte-excluded-national-service = Qofka ku jira adeegga ciidanka ama adeegga madaniga ah ma heli karo bostøtte.
explain-bostotte-excluded-institution = Qofka ku nool xarun oo lacag ku bixiya dakhligiisa, ma heli karo bostøtte.
explain-bostotte-no-home = Bostøtte waxaa la siiyaa qofka leh guri u gaar ah oo bixiya kharashka guriga.

## Sida aan u xisaabinay: startlån
explain-startlan-living-floor = Heerarka dawladda ee kharashka nolosha { $adults ->
        [one] hal qof oo weyn
       *[other] { $adults } qof oo waaweyn
    } iyo { $children ->
        [0] carruur la'aan
        [one] hal ilmo
       *[other] { $children } carruur ah
    } waa { $floor } bishii. Weligeen kama yar xisaabinno.
explain-startlan-living-raised-to-floor = Waxaad sheegtay kharash nololeed ka yar heerarka dawladda. Waxaan xisaabinaynaa { $floor }.
explain-startlan-available = Dakhliga canshuurta ka dib waa { $net_income } bishii. Laga jaray kharashka nolosha { $living_costs }, kharashyo kale oo go'an { $other_fixed_costs } iyo dayactirka iyo kharashka wadaagga { $maintenance }: waxaa amaahda u haray { $available }.
explain-startlan-rate = Dulsaarku waa { $rate } (dulsaarka isbeddela ee Husbanken oo lagu daray kordhinta degmada).
explain-startlan-rate-municipal = Dulsaarku waa { $rate }, sida degmadu u dejisay.
explain-startlan-stress-rate = Waa inaad u adkeysan kartaa dulsaar dhan { $stress_rate } (dulsaarka bangiga dhexe oo lagu daray kordhin).
explain-startlan-max-loan = Muddo { $years } sano ah waxaad bixin kartaa amaah qiyaas ahaan { $max_loan }.
explain-startlan-long-term-applies = Shuruudaha bixinta { $years } sano waxay u muuqdaan kuwo la buuxiyay. Markaas waxaad bixin kartaa qiyaas ahaan { $max_loan }.
explain-startlan-long-term-not-met = Bixin { $years } sano ah waxaad bixin lahayd qiyaas ahaan { $max_loan }, laakiin sida jawaabahaagu muujinayaan shuruudaha muddadaas dheer lama buuxin.
explain-startlan-purchase = Gurigu wuxuu joogaa { $price }, iibsashaduna waxay ku kacaysaa { $costs } oo dheeraad ah. Waxaad u baahan tahay inaad amaahato { $loan_needed }. Malaha waxaad bixin kartaa { $loan }, waana inaad bixisaa { $monthly } bishii.
explain-startlan-deleie = Wadaag-lahaansho (deleie) waxaad ku iibsanaysaa { $share } guriga { $share_price }, waxaadna degmada siinaysaa { $compensation } bishii inta kale. Amaah: { $loan }. Dhiman: { $grant_need }. Wadar ahaan { $monthly_total } bishii.

## Hubinta baahida
explain-needs-homeless = Ma haysatid meel joogto ah oo aad ku noolaato.
explain-needs-at-risk = Waxaa laga yaabaa inaad waydo gurigaaga.
explain-needs-unsuitable = Guriga ama xaafaddu kuma habboona.
explain-needs-yes = Sida jawaabahaagu muujinayaan, waxaa laga yaabaa inaad tahay «vanskeligstilt på boligmarkedet» (qof ku dhibaataysan suuqa guryaha). Markaas degmadu waa inay qiimeyso caawimada aad u baahan tahay.
explain-needs-maybe = Waxaa laga yaabaa inaad ku dhibaataysan tahay suuqa guryaha. Degmadu waa inay eegto xaaladdaada.
explain-needs-no = Sida jawaabahaagu muujinayaan, uma muuqato inaad ku dhibaataysan tahay suuqa guryaha. Si kastaba waxaad heli kartaa talo iyo hanuunin.
explain-needs-rental-home-criteria = Degmooyin badan waxay shardi ka dhigaan inaad ka weyn tahay 18 sano oo aad degmada ku noolayd dhowr sano si aad u hesho guri degmo.
reason-without-home = Guri ma lihid.
reason-at-risk-of-losing-home = Waxaa kuu taagan khatar ah inaad waydo gurigaaga.
reason-unsuitable-home = Waxaad ku nooshahay guri ama xaafad aan kugu habboonayn.
reason-financial = Dhaqaalahaagu wuxuu adkeeyaa helitaanka ama haysashada guri.
reason-health = Caafimaad ama awood jireed ayaa adkeeya helitaanka ama haysashada guri.
reason-social = Xaalad bulsho ayaa adkeysa helitaanka ama haysashada guri.
why-no-bed-tonight = Caawa meel aad seexato ma haysid. NAV waa inay kaa caawisaa meel ku meel gaar ah.
why-homeless-and-health = Guri ma lihid oo waxaad leedahay caqabado caafimaad. «Guri marka hore» wuxuu bixiyaa guri joogto ah oo taageero leh.
why-rental-home-criteria-met = Waxaad u muuqataa inaad buuxisay shuruudaha caadiga ah ee guriga kirada degmada.
why-rental-home-ask-municipality = Degmada weydii shuruudaha guriga kirada degmada.
why-deposit-to-rent = NAV waxay bixin kartaa dammaanad dhigaal si aad u kireysato.
why-debt-or-arrears = Deyn ayaad leedahay ama kiro ayaa lagugu leeyahay. NAV ayaa dhaqaalaha kaa caawin karta.
why-support-to-keep-home = Waxaad heli kartaa taageero guriga si aad ugu guulaysato inaad ku noolaato.
why-bostotte-estimate-positive = Qiyaastu waxay muujinaysaa inaad heli karto bostøtte.
why-startlan-bank-refused = Bangigu wuu diiday amaahda. Startlån waxaa loogu talagalay dadka aan amaah ka helin bangi caadi ah.
why-startlan-capacity = Qiyaastu waxay muujinaysaa inaad bixin karto amaah.
why-grant-gap = Amaahdu ma dabooshaa guriga oo dhan. Deeq ayaa dabooli karta inta kale.
why-home-not-accessible = Guriga kuma habboona awooddaada jireed.
why-advice-always = Degmada iyo NAV waxay bixiyaan talo ku saabsan guriga, dhaqaalaha iyo xuquuqda.
help-where-nav = Ka codso xafiiska NAV.
help-where-municipality = Ka codso degmada.
help-where-husbanken = Ka codso husbanken.no.
bring-id = Aqoonsi
bring-income = Warbixin dakhli
bring-lease = Heshiiska kirada
bring-lease-offer = Dalab heshiis kiro
bring-debts = Warbixin deyn
bring-bills = Biilal iyo xasuusin lacag bixin
bring-housing-costs = Warbixin kharashka guriga
bring-tax-return = Warbixinta canshuurta (skattemelding)
bring-bank-refusal = Diidmada bangiga
bring-health-documentation = Dukumentiyo caafimaad ama awood jireed

## Khaladaad
error-no-adults = Qoysku waa inuu lahaadaa ugu yaraan hal qof oo weyn.
error-negative-amount = Lacagtu kama yaraan karto eber.
error-absurd-amount = Lacagtu way ka badan tahay inta aan xisaabin karno. Hubi inay sax tahay.
error-child-age = Carruurtu waa inay ka yar yihiin 18 sano. Dadka ka weyn 18 u xisaabi dad waaweyn.
error-too-many-persons = Qoysku wuxuu leeyahay dad ka badan inta aan xisaabin karno.
error-unknown-municipality = Degmada ma helin. Qor magaca ama lambarka afarta god ah.
error-municipality-not-in-force = Lambarka degmadu ma shaqaynayn taariikhdaas.
error-no-parameters = Ma haysanno heerar taariikhdan.
error-out-of-range = Tiradu waxay ka baxsan tahay inta aan xisaabin karno.
error-invalid-input = Wax ka mid ah jawaabaha lama akhrin karin.
error-io = Wax baa khaldamay. Isku day mar kale.
error-invalid-national-id = Lambarka dhalashada (fødselsnummer) ama D-nummer ma saxna. Wuxuu leeyahay 11 god.
error-required = Tan waa in la buuxiyaa.
error-invalid-text = Qoraalku aad buu u dheer yahay ama wuxuu leeyahay xarfo aanan aqbali karin.

## The municipality's own criteria and offers (its profile)
criteria-national-default = Weli ma haysanno shuruudaha gaarka ah ee degmadaada. Kuwani waa shuruudaha caadiga ah ee guri kiro ah oo degmada leedahay. Degmadaadu waxay yeelan kartaa kuwo kale.
criteria-national-municipality = Degmadu caadi ahaan
criterion-residence-permit-met = { $municipality } waxay u baahan tahay sharci deganaansho si aad u hesho guri kiro ah oo degmada leedahay. Waxaad haysataa sharci deganaansho.
criterion-residence-permit-not-met = { $municipality } waxay u baahan tahay sharci deganaansho si aad u hesho guri kiro ah oo degmada leedahay. Waxaad ku jawaabtay inaadan haysan.
criterion-residence-permit-unknown = { $municipality } waxay u baahan tahay sharci deganaansho si aad u hesho guri kiro ah oo degmada leedahay. Ma ogin inaad haysato.
criterion-residence-years-met = { $municipality } waxay u baahan tahay inaad degmada ku noolayd { $years }-kii sano ee la soo dhaafay. Waxaad halkaas ku noolayd { $answered ->
        [one] hal sano
       *[other] { $answered } sano
    }.
criterion-residence-years-not-met = { $municipality } waxay u baahan tahay inaad degmada ku noolayd { $years }-kii sano ee la soo dhaafay. Waxaad halkaas ku noolayd { $answered ->
        [one] hal sano
       *[other] { $answered } sano
    }, markaa shardigan lama buuxin.
criterion-residence-years-unknown = { $municipality } waxay u baahan tahay inaad degmada ku noolayd { $years }-kii sano ee la soo dhaafay. Ma ogin inta aad halkaas ku noolayd.
criterion-min-age-met = { $municipality } waxay u baahan tahay inaad ugu yaraan { $age } jir tahay. Waxaad tahay { $answered } jir.
criterion-min-age-met-caring-for-children = { $municipality } waxay u baahan tahay inaad ugu yaraan { $age } jir tahay, laakiin way ka dhaafaysaa marka aad daryeesho carruur. Waxaad tahay { $answered } jir waxaadna daryeeshaa carruur.
criterion-min-age-not-met = { $municipality } waxay u baahan tahay inaad ugu yaraan { $age } jir tahay. Waxaad tahay { $answered } jir, markaa shardigan lama buuxin.
criterion-min-age-unknown = { $municipality } waxay u baahan tahay inaad ugu yaraan { $age } jir tahay. Ma ogin da'daada.
criterion-min-age-unknown-children = { $municipality } waxay u baahan tahay inaad ugu yaraan { $age } jir tahay, laakiin way ka dhaafaysaa marka aad daryeesho carruur. Waxaad tahay { $answered } jir. Ma ogin inaad daryeesho carruur.
criterion-lease-ending-met = { $municipality } waxay kuu aragtaa inaad khatar ugu jirto inaad waydo gurigaaga marka heshiiska kiradaadu dhammaado { $months } bilood gudahood adigoo aan xaq u lahayn cusboonaysiin. Kaagu wuxuu dhammaanayaa { $answered ->
        [one] hal bil
       *[other] { $answered } bilood
    } kadib.
criterion-lease-ending-not-met = { $municipality } waxay kuu aragtaa inaad khatar ugu jirto inaad waydo gurigaaga marka heshiiska kiradaadu dhammaado { $months } bilood gudahood adigoo aan xaq u lahayn cusboonaysiin. Kaagu wuxuu dhammaanayaa { $answered ->
        [one] hal bil
       *[other] { $answered } bilood
    } kadib, markaa weli looma tiriyo.
criterion-lease-ending-unknown = { $municipality } waxay kuu aragtaa inaad khatar ugu jirto inaad waydo gurigaaga marka heshiiska kiradaadu dhammaado { $months } bilood gudahood adigoo aan xaq u lahayn cusboonaysiin. Ma ogin goorta kaagu dhammaanayo.
criterion-leaving-institution-met = { $municipality } waxay kuu aragtaa inaad guri la'aan tahay marka aad ka baxayso xarun ama xabsi { $months } bilood gudahood adigoo aan meel aad deggenaato lahayn. Waxaad ka baxaysaa { $answered ->
        [one] hal bil
       *[other] { $answered } bilood
    } kadib.
criterion-leaving-institution-not-met = { $municipality } waxay kuu aragtaa inaad guri la'aan tahay marka aad ka baxayso xarun ama xabsi { $months } bilood gudahood adigoo aan meel aad deggenaato lahayn. Waxaad ka baxaysaa { $answered ->
        [one] hal bil
       *[other] { $answered } bilood
    } kadib, markaa weli looma tiriyo.
criterion-leaving-institution-unknown = { $municipality } waxay kuu aragtaa inaad guri la'aan tahay marka aad ka baxayso xarun ama xabsi { $months } bilood gudahood adigoo aan meel aad deggenaato lahayn. Ma ogin goorta aad ka baxayso.
why-rental-home-criterion-not-met = Waxay u muuqataa inaadan buuxin dhammaan shuruudaha degmada ee guri kiro ah oo degmada leedahay. Degmadu way samayn kartaa ka-dhaafis, markaa iska weydii si kastaba.
explain-needs-help-not-offered = { $municipality } ma bixiso tan, markaa ma soo jeedinno: { $help }.
explain-startlan-leie-til-eie = Leie til eie waxaad hadda ku iibsanaysaa { $share } guriga { $share_price }, inta kalena waxaad ku kiraysanaysaa { $rent } bishii. Amaah: { $loan }. Dhiman: { $grant_need }. Wadar ahaan { $monthly_total } bishii. { $years } sano kadib waxaad iibsanaysaa inta kale, oo maanta qiimaheedu yahay { $rest_price }.
