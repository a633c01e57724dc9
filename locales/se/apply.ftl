# Davvisámegiella: ohcamuš. Review status: see main.ftl.
apply-page-title = Oza veahki ássanbáikái – Husly
apply-heading = Oza veahki ássanbáikái
apply-lead = Dás don ozat suohkanis veahki oažžut dahje doalahit ássanbáikki. Don sádde ovtta ohcamuša, ja suohkan gávnnaha makkár veahki sáhtát oažžut.
apply-need-heading = Dán don dárbbašat
apply-need-id = Riegádannummir (fødselsnummer) dahje D-nummir (11 logu)
apply-need-economy = Sullii man ollu don ja sii geaiguin orut dinejehppet, ja man ollu ássanbáiki máksá
apply-need-time = Sullii 10 minuhta. Vástádusat vurkejuvvojit telefovdnii dan botta go čálát, nu ahte sáhtát vuoiŋŋastit.
apply-privacy = Ii mihkkege sáddejuvvo ovdal go deaddilat «Sádde ohcamuša» loahpas.
apply-start = Álgge ohcamuša
apply-resume = Joatkke doppe gos bisánit
apply-progress = Lávki { $n } / { $total }
apply-change = Rievdat

apply-person-heading = Gii ohcá?
apply-name = Olles namma
apply-national-id = Riegádannummir (fødselsnummer) dahje D-nummir
apply-national-id-hint = 11 logu. Don gávnnat dan ovdamearkka dihte báŋkogoarttas, NAV-reivviin dahje orrungoarttas.
apply-error-name = Čále olles nama.
apply-error-national-id-missing = Čále iežat riegádannummira dahje D-nummira.

apply-contact-heading = Mo suohkan sáhttá váldit oktavuođa duinna?
apply-contact-hint = Čále telefonnummira, e-poastta dahje goappašagaid.
apply-phone = Telefonnummir
apply-phone-hint = Ovdamearkka dihte 912 34 567.
apply-email = E-poasta
apply-language = Makkár giela don eanemusat háliidat geavahit?
apply-language-hint = Suohkan geahččala vástidit dutnje dán gillii.
apply-interpreter = Mun dárbbašan dulka go hálan suohkaniin
apply-error-contact = Čále telefonnummira dahje e-poastta, vai suohkan olaha du.
error-invalid-phone = Čále telefonnummira mas leat 8–15 logu, ovdamearkka dihte 912 34 567.
error-invalid-email = Čále e-poastačujuhusa nugo namma@ovdamearka.no.

apply-economy-heading = Dállodoallu ja ekonomiija
apply-economy-hint = Jus leat rehkenastán álgoloana dahje ássandoarjaga dás, de leat vástádusat deavdojuvvon. Dárkkis ahte dat leat riekta.
apply-error-municipality = Čále guđe suohkanis don orut.
apply-error-income = Čále dietnasiid. Čále 0 jus ii oktage dállodoalus dine.
apply-error-housing-cost = Čále man ollu ássanbáiki máksá mánus. Čále 0 jus it mávsse maidege.

apply-help-heading = Maid don háliidat ohcat?
apply-help-hint = Merke buot masa háliidat veahki. Mii leat merken dan mii heive du vástádusaide. Don sáhtát dan rievdadit.
apply-help-fits = Heive dutnje
apply-error-help = Vállje unnimusat ovtta veahkkešlája.

apply-own-words-heading = Muital du dili birra
apply-own-words-label = Iežat sániiguin
apply-own-words-hint = Mo don dál orut, ja maid don sávat? Suohkan galgá gullat du oaivila ovdal go mearrida. Sáhtát maiddái muitalit dan go hálat singuin.
apply-own-words-empty = Ii čállojuvvon maidege
apply-characters-left = Dus leat { $n } mearkka báhcán.
apply-error-too-long = Teaksta lea menddo guhkki. Oanit dan.

apply-check-heading = Dárkkis vástádusaid ovdal go sáddet
apply-section-person = Du birra
apply-section-situation = Nu don dál orut
apply-section-economy = Dállodoallu ja ekonomiija
apply-section-help = Veahkki maid ozat
apply-section-own-words = Iežat sániiguin
answer-yes = Juo
answer-no = Ii
apply-declaration-heading = Sádde ohcamuša
apply-consent = Mun lean vástidan nu rievttes go nagodan. Suohkan sáhttá geavahit dieđuid meannudit ohcamuša ja viežžat dárbbašlaš dieđuid NAV:s ja Vearroetáhtas (Skatteetaten).
apply-error-consent = Merke ahte leat vástidan rievttes ja dohkkehat ahte suohkan meannuda ohcamuša.
apply-submit = Sádde ohcamuša
apply-sending = Sádde …
apply-retry = Geahččal sáddet ođđasit
apply-submit-failed = Ohcamuš ii sáddejuvvon
apply-answers-kept = Du vástádusat leat vurkejuvvon. Go geahččalat ođđasit, de ohcamuš sáddejuvvo dušše oktii.
apply-waiting-heading = Ohcamuš ii leat vel sáddejuvvon
apply-waiting-body = Eat oaččo dál oktavuođa bálvvá, soaitá danin go it leat neahtas. Ohcamuš lea vurkejuvvon dán ovttadahkii, ja mii sáddet dan ieža go oktavuohta lea fas doaibmame, maiddái jus gidadat siiddu ja rahpat Husly maŋŋel. Dat sáddejuvvo dušše oktii.
apply-waiting-change = Dat sáddejuvvo nu go dá čuožžu. Jus háliidat rievdadit juoidá, de rievdadat vástádusa ja deaddilat «Sádde ohcamuša» ođđasit.
outbox-waiting = Du ohcamuš ii leat vel sáddejuvvon. Dat sáddejuvvo ieš go fas leat neahtas.
outbox-waiting-link = Geahča ohcamuša
outbox-sent = Don leat fas neahtas, ja du ohcamuš lea sáddejuvvon.
outbox-sent-link = Geahča kvihttehusa
apply-sent-already = Don leat sádden ohcamuša dán ovttadagas. Vástádusat das eai leat šat vurkejuvvon dáppe.
apply-error-server = Juoga manai boasttut min bealde. Geahččal ođđasit veaháš maŋŋel.

apply-receipt-heading = Ohcamuš lea sáddejuvvon
apply-receipt-reference = Du referánsa lea
apply-receipt-sent = Mii sáddiimet ohcamuša { $municipality } suohkanii { $date }.
apply-receipt-keep = Čále referánssa dahje čálit dán siiddu. Muital referánssa go hálat suohkaniin.
apply-next-heading = Mii dál dáhpáhuvvá?
apply-next-body = Suohkan lohká ohcamuša ja váldá oktavuođa duinna. Jus dat bistá eanet go mánu, de oaččut reivve goas sáhtát vuordit vástádusa (forvaltningsloven § 11 a).
apply-next-urgent = Jus dus ii leat oađđinsadji ihkku, riŋge NAV:ii 55 55 33 33 dahje mana NAV-kantuvrii otne.
apply-appeal-heading = Jus it leat ovttaoaivilis vástádusain
apply-appeal-body = Don oaččut vástádusa reivviin (mearrádus, vedtak). Jus it leat ovttaoaivilis, sáhtát váidit. Áigemearri lea golbma vahku das go ožžot reivve (forvaltningsloven § 29). Reivves čuožžu gosa sáddet váidaga. NAV-kantuvra sáhttá veahkehit du čállit dan.
apply-print = Čálit
apply-summary-heading = Dat maid sáddejit
apply-receipt-missing = Ii leat kvitteren dás
apply-receipt-missing-body = Eat gávdna ovttage sáddejuvvon ohcamuša dán ovttadagas. Kvitteren sihkkojuvvo go muhtun deaddila «Álgge ođđasit».
apply-status-label = Stáhtus:
apply-status-received = Vuostáiváldon. Suohkan ii leat vel álgán meannudit ohcamuša.
apply-status-in-progress = Meannudeamis.
apply-status-decided = Mearriduvvon. Vástádus boahtá reivviin.
error-too-many-requests = Dán ovttadagas leat boahtán ollu ohcamušat oanehis áiggis. Vuordde minuhta, ja geahččal ođđasit.

## The receipt: who will contact the resident about what (routes/apply/receipt/handled_by.rs)
apply-handled-by-heading = Gii váldá oktavuođa duinna ja man birra
apply-handled-by-lead = Juohke oassi du ohcamušas manná sutnje guhte dan mearrida. Sii váldet oktavuođa duinna.
handler-housing-office = Ássanbálvalus { $municipality } suohkanis
handler-nav = NAV-kantuvra doppe gos don ásat
handler-husbanken = Husbanken (Stáhta ássanbánku)
handler-about = Man birra:
handler-nav-how = NAV-kantuvra mearrida dan ja váldá oktavuođa duinna. NAV:ii sáhtát riŋget dán nummirii:
handler-husbanken-how = Husbanken mearrida ássandoarjaga (bostøtte). Don ozat husbanken.no:s, ja suohkan sáhttá veahkehit du ohcamušain.
decision-open = Loga mearrádusa
decision-ready = Suohkan lea dahkan mearrádusa du áššis.
receipt-meeting-heading = Don leat bovdejuvvon ságastallamii
receipt-meeting-when = { $date } diibmu { $time }
receipt-meeting-open = Geahča bovdehusa ja vástit
receipt-meeting-confirmed = Don leat vástidan ahte boađát.
receipt-meeting-another = Don leat bivdán eará áiggi.
receipt-documents-heading = Mielddusat
receipt-documents-body = Sádde dokumeanttaid maid suohkan bivdá, ovdamearkka dihte legitimašuvnna, bálkádieđuid ja láigosoahpamuša, njuolga telefovnnas.
receipt-documents-open = Lasit dokumeanttaid
receipt-documents-send = Sádde dokumeanttaid
receipt-documents-waiting = { $count ->
    [one] Dokumeanta maid don lasihit, lea ain dušše dán telefovnnas. Sádde dan dál, vai suohkan oažžu dan.
    [two] Guokte dokumeantta maid don lasihit, leaba ain dušše dán telefovnnas. Sádde daid dál, vai suohkan oažžu daid.
   *[other] Dat { $count } dokumeantta maid don lasihit, leat ain dušše dán telefovnnas. Sádde daid dál, vai suohkan oažžu daid.
}
apply-documents = { $count ->
    [0] Don sáhtát lasihit dokumeanttaid maid suohkan bivdá, nugo bálkádieđuid ja láigosoahpamuša. Dat bissot dán telefovnnas dassážii go leat sádden ohcamuša.
    [one] Don leat lasihan ovtta dokumeantta. Dat bissu dán telefovnnas dassážii go leat sádden ohcamuša, ja de sáddet dan kvihttehusas.
    [two] Don leat lasihan guokte dokumeantta. Dat bissoba dán telefovnnas dassážii go leat sádden ohcamuša, ja de sáddet daid kvihttehusas.
   *[other] Don leat lasihan { $count } dokumeantta. Dat bissot dán telefovnnas dassážii go leat sádden ohcamuša, ja de sáddet daid kvihttehusas.
}
