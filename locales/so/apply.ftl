# Soomaali: codsiga. Review status: see main.ftl.
apply-page-title = Codso caawimo guri – Husly
apply-heading = Codso caawimo guri
apply-lead = Halkan waxaad degmada ka codsanaysaa caawimo si aad guri u hesho ama u haysato. Waxaad dirtaa hal codsi, degmaduna waxay ogaanaysaa caawimada aad heli karto.
apply-need-heading = Waxa aad u baahan tahay
apply-need-id = Lambarka dhalashada (fødselsnummer) ama D-nummer (11 god)
apply-need-economy = Qiyaas ahaan inta adiga iyo dadka aad la nooshahay kasbataan, iyo inta guriga ku kacayo
apply-need-time = Qiyaas ahaan 10 daqiiqo. Jawaabaha waxaa lagu kaydiyaa taleefanka inta aad qorayso, sidaas darteed waad nasan kartaa.
apply-privacy = Waxba lama diro ilaa aad ugu dambeyn riixdo «Dir codsiga».
apply-start = Bilow codsiga
apply-resume = Ka sii wad meeshii aad joogtay
apply-progress = Tallaabada { $n } ee { $total }
apply-change = Beddel

apply-person-heading = Yaa codsanaya?
apply-name = Magaca oo dhan
apply-national-id = Lambarka dhalashada (fødselsnummer) ama D-nummer
apply-national-id-hint = 11 god. Waxaad ka heli kartaa tusaale ahaan kaarka bangiga, warqadaha NAV ama kaarka degganaanshaha.
apply-error-name = Qor magacaaga oo dhan.
apply-error-national-id-missing = Qor lambarkaaga dhalashada ama D-nummer.

apply-contact-heading = Sidee degmadu kuula soo xiriiri kartaa?
apply-contact-hint = Qor lambarka taleefanka, iimaylka ama labadaba.
apply-phone = Lambarka taleefanka
apply-phone-hint = Tusaale ahaan 912 34 567.
apply-email = Iimayl
apply-language = Luqaddee ayaad doorbidaysaa?
apply-language-hint = Degmadu waxay isku dayaysaa inay kugu jawaabto luqaddan.
apply-interpreter = Waxaan u baahanahay turjubaan marka aan la hadlayo degmada
apply-error-contact = Qor lambarka taleefanka ama iimaylka, si degmadu kuula soo xiriirto.
error-invalid-phone = Qor lambar taleefan oo leh 8 ilaa 15 god, tusaale ahaan 912 34 567.
error-invalid-email = Qor cinwaan iimayl sida magac@tusaale.no.

apply-economy-heading = Qoyska iyo dhaqaalaha
apply-economy-hint = Haddii aad halkan ku xisaabisay startlån ama bostøtte, jawaabaha waa la buuxiyay. Hubi inay sax yihiin.
apply-error-municipality = Qor degmada aad ku nooshahay.
apply-error-income = Qor dakhliga. Qor 0 haddii qofna qoyska dakhli ku lahayn.
apply-error-housing-cost = Qor inta gurigu ku kacayo bishii. Qor 0 haddii aadan waxba bixin.

apply-help-heading = Maxaad codsanaysaa?
apply-help-hint = Calaamadee wax kasta oo aad caawimo ka rabto. Waxaan calaamadeynay waxa ku habboon jawaabahaaga. Waad beddeli kartaa.
apply-help-fits = Kuu habboon
apply-error-help = Dooro ugu yaraan hal nooc oo caawimo ah.

apply-own-words-heading = Ka sheekee xaaladdaada
apply-own-words-label = Ereyadaada
apply-own-words-hint = Sidee baad hadda u degan tahay, maxaadse rabtaa? Degmadu waa inay maqasho fikradaada ka hor inta aysan go'aamin. Sidoo kale waad u sheegi kartaa marka aad la hadlayso.
apply-own-words-empty = Waxba lama qorin
apply-characters-left = Waxaa kuu haray { $n } xaraf.
apply-error-too-long = Qoraalku aad buu u dheer yahay. Soo gaabi.

apply-check-heading = Hubi jawaabaha ka hor intaadan dirin
apply-section-person = Adiga
apply-section-situation = Sida aad hadda u degan tahay
apply-section-economy = Qoyska iyo dhaqaalaha
apply-section-help = Caawimada aad codsanayso
apply-section-own-words = Ereyadaada
answer-yes = Haa
answer-no = Maya
apply-declaration-heading = Dir codsiga
apply-consent = Waxaan uga jawaabay sida ugu saxsan ee aan awoodo. Degmadu waxay macluumaadka u isticmaali kartaa inay ka shaqeyso codsiga oo ka soo qaadato macluumaadka loo baahan yahay NAV iyo Skatteetaten (hay'adda canshuurta).
apply-error-consent = Calaamadee inaad si sax ah uga jawaabtay oo aad aqbashay in degmadu ka shaqeyso codsiga.
apply-submit = Dir codsiga
apply-sending = Waa la dirayaa …
apply-retry = Isku day inaad mar kale dirto
apply-submit-failed = Codsiga lama dirin
apply-answers-kept = Jawaabahaaga waa la kaydiyay. Marka aad mar kale isku daydo, codsiga hal mar oo keliya ayaa la diri doonaa.
apply-waiting-heading = Codsigaaga weli lama dirin
apply-waiting-body = Hadda kuma xirmi karno server-ka, laga yaabee inaadan internet ku xirnayn. Codsiga waxaa lagu kaydiyay qalabkan, waxaana annagu diri doonnaa marka xiriirku soo laabto, xitaa haddii aad xirto bogga oo aad Husly mar dambe furto. Hal mar oo keliya ayaa la diri doonaa.
apply-waiting-change = Waxaa loo diri doonaa sida uu halkan u yaal. Haddii aad rabto inaad wax beddesho, beddel jawaabta oo mar kale riix «Dir codsiga».
outbox-waiting = Codsigaaga weli lama dirin. Si iskiis ah ayuu u bixi doonaa marka aad mar kale internet ku xirnaato.
outbox-waiting-link = Eeg codsiga
outbox-sent = Mar kale ayaad internet ku xiran tahay, codsigaagana waa la diray.
outbox-sent-link = Eeg rasiidka
apply-sent-already = Codsi ayaad ka dirtay qalabkan. Jawaabihiisa halkan laguma sii hayo.
apply-error-server = Wax baa nagu khaldamay. Isku day mar kale wax yar ka dib.

apply-receipt-heading = Codsiga waa la diray
apply-receipt-reference = Tixraacaagu waa
apply-receipt-sent = Codsiga waxaan u dirnay degmada { $municipality } { $date }.
apply-receipt-keep = Qor tixraaca ama daabac boggan. Sheeg tixraaca marka aad la hadlayso degmada.
apply-next-heading = Maxaa hadda dhacaya?
apply-next-body = Degmadu way akhrinaysaa codsiga oo way kula soo xiriiri doontaa. Haddii ay qaadato wax ka badan hal bil, waxaad heli doontaa warqad sheegaysa goorta aad jawaab filan karto (forvaltningsloven § 11 a).
apply-next-urgent = Haddii aadan caawa meel aad seexato haysan, wac NAV 55 55 33 33 ama maanta tag xafiiska NAV.
apply-appeal-heading = Haddii aadan ku raacsanayn jawaabta
apply-appeal-body = Jawaabta waxaad ku heli doontaa warqad (go'aan, vedtak). Haddii aadan ku raacsanayn, waad ka racfaan qaadan kartaa. Muddadu waa saddex toddobaad laga bilaabo markii aad hesho warqadda (forvaltningsloven § 29). Warqadda waxaa ku qoran meesha aad u dirayso racfaanka. Xafiiska NAV ayaa kaa caawin kara qoristiisa.
apply-print = Daabac
apply-summary-heading = Waxa aad dirtay
apply-receipt-missing = Halkan rasiid ma jiro
apply-receipt-missing-body = Qalabkan kuma helin codsi la diray. Rasiidka waa la tirtiraa marka qof riixo «Dib u bilow».
apply-status-label = Xaaladda:
apply-status-received = Waa la helay. Degmadu weli ma bilaabin inay ka shaqeyso codsiga.
apply-status-in-progress = Waa laga shaqeynayaa.
apply-status-decided = Waa la go'aamiyay. Jawaabtu waxay ku imaanaysaa warqad.
error-too-many-requests = Qalabkan waxaa ka yimid codsiyo badan waqti gaaban. Sug hal daqiiqo, oo isku day mar kale.

## The receipt: who will contact the resident about what (routes/apply/receipt/handled_by.rs)
apply-handled-by-heading = Yaa kula soo xiriiraya, oo maxay ku saabsan tahay
apply-handled-by-lead = Qayb kasta oo codsigaaga ka mid ah waxay u socotaa cidda go'aanka ka gaarta. Iyagaa kula soo xiriiri doona.
handler-housing-office = Adeegga guryaha ee degmada { $municipality }
handler-nav = Xafiiska NAV ee meesha aad deggan tahay
handler-husbanken = Husbanken (Bangiga Guryaha ee Dowladda)
handler-about = Ku saabsan:
handler-nav-how = Xafiiska NAV ayaa go'aan ka gaara tan, wuuna kula soo xiriiri doonaa. NAV waxaad telefoon kaga heli kartaa
handler-husbanken-how = Husbanken ayaa go'aan ka gaara bostøtte (kaalmada guriga). Waxaad ka codsanaysaa husbanken.no, degmaduna waxay kaa caawin kartaa codsiga.
decision-open = Akhri go'aanka
decision-ready = Degmadu go'aan ayay ka gaartay kiiskaaga.
receipt-meeting-heading = Waxaa lagugu casuumay kulan
receipt-meeting-when = { $date } saacadda { $time }
receipt-meeting-open = Eeg casuumadda oo ka jawaab
receipt-meeting-confirmed = Waxaad ku jawaabtay inaad imanayso.
receipt-meeting-another = Waxaad codsatay waqti kale.
receipt-documents-heading = Dukumentiyada
receipt-documents-body = Si toos ah taleefankaaga uga dir dukumentiyada degmadu codsato, tusaale ahaan aqoonsiga, warqadaha mushaharka iyo heshiiska kirada.
receipt-documents-open = Lifaaq dukumentiyo
receipt-documents-send = Dir dukumentiyada
receipt-documents-waiting = { $count ->
    [one] Dukumentiga aad lifaaqday weli wuxuu ku jiraa taleefankan oo keliya. Hadda dir si degmadu u hesho.
   *[other] Waxaad lifaaqday { $count } dukumenti, weli waxay ku jiraan taleefankan oo keliya. Hadda dir si degmadu u hesho.
}
apply-documents = { $count ->
    [0] Waxaad lifaaqi kartaa dukumentiyada degmadu codsato, sida warqadaha mushaharka iyo heshiiska kirada. Waxay ku jiri doonaan taleefankan ilaa aad codsiga dirto.
    [one] Waxaad lifaaqday hal dukumenti. Wuxuu ku jiri doonaa taleefankan ilaa aad codsiga dirto, kadibna waxaad ka diri doontaa rasiidka.
   *[other] Waxaad lifaaqday { $count } dukumenti. Waxay ku jiri doonaan taleefankan ilaa aad codsiga dirto, kadibna waxaad ka diri doontaa rasiidka.
}
