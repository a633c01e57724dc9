# پښتو: غوښتنلیک. Review status: see main.ftl.
apply-page-title = د کور لپاره د مرستې غوښتنه – Husly
apply-heading = د کور لپاره د مرستې غوښتنه
apply-lead = دلته له کمون څخه د کور موندلو یا ساتلو لپاره مرسته غواړئ. یو غوښتنلیک لېږئ، او کمون معلوموي چې کومه مرسته ترلاسه کولی شئ.
apply-need-heading = هغه څه چې ورته اړتیا لرئ
apply-need-id = د زېږون شمېره (fødselsnummer) یا D-nummer (۱۱ رقمه)
apply-need-economy = نږدې تاسو او هغه کسان چې له تاسو سره اوسېږي څومره عاید لري، او کور څومره لګښت لري
apply-need-time = نږدې ۱۰ دقیقې. ځوابونه د لیکلو پر مهال په ټیلیفون کې ساتل کېږي، نو کولی شئ دمه وکړئ.
apply-privacy = تر هغه چې په پای کې «غوښتنلیک ولېږئ» کېکاږئ، هېڅ نه لېږل کېږي.
apply-start = غوښتنلیک پیل کړئ
apply-resume = له هماغه ځایه دوام ورکړئ چې پاتې شوي وئ
apply-progress = ګام { $n } له { $total }
apply-change = بدلول

apply-person-heading = څوک غوښتنه کوي؟
apply-name = بشپړ نوم
apply-national-id = د زېږون شمېره (fødselsnummer) یا D-nummer
apply-national-id-hint = ۱۱ رقمه. د بېلګې په توګه یې د بانک پر کارت، د NAV په لیکونو یا د اوسېدو پر کارت مومئ.
apply-error-name = بشپړ نوم ولیکئ.
apply-error-national-id-missing = خپله د زېږون شمېره یا D-nummer ولیکئ.

apply-contact-heading = کمون څنګه له تاسو سره اړیکه نیولی شي؟
apply-contact-hint = د ټیلیفون شمېره، برېښنالیک یا دواړه ولیکئ.
apply-phone = د ټیلیفون شمېره
apply-phone-hint = د بېلګې په توګه ⁦912 34 567⁩.
apply-email = برېښنالیک
apply-language = کومه ژبه غوره ګڼئ؟
apply-language-hint = کمون هڅه کوي چې په دې ژبه تاسو ته ځواب درکړي.
apply-interpreter = کله چې له کمون سره خبرې کوم ژباړن ته اړتیا لرم
apply-error-contact = د ټیلیفون شمېره یا برېښنالیک ولیکئ، ترڅو کمون تاسو ته ورسېږي.
error-invalid-phone = د ۸ څخه تر ۱۵ رقمونو پورې د ټیلیفون شمېره ولیکئ، د بېلګې په توګه ⁦912 34 567⁩.
error-invalid-email = یو برېښنالیک پته لکه name@example.no ولیکئ.

apply-economy-heading = کورنۍ او اقتصاد
apply-economy-hint = که مو دلته startlån یا bostøtte حساب کړې وي، ځوابونه ډک شوي دي. وګورئ چې سم دي.
apply-error-municipality = هغه کمون ولیکئ چې پکې اوسېږئ.
apply-error-income = عاید ولیکئ. که په کورنۍ کې هېڅوک عاید نه لري، 0 ولیکئ.
apply-error-housing-cost = ولیکئ چې کور په میاشت کې څومره لګښت لري. که هېڅ نه ورکوئ، 0 ولیکئ.

apply-help-heading = د څه لپاره غوښتنه کوئ؟
apply-help-hint = هر هغه څه نښه کړئ چې مرسته پکې غواړئ. موږ هغه څه نښه کړي چې ستاسو له ځوابونو سره برابر دي. تاسو یې بدلولی شئ.
apply-help-fits = تاسو ته مناسب
apply-error-help = لږ تر لږه یو ډول مرسته وټاکئ.

apply-own-words-heading = د خپل حالت په اړه ووایاست
apply-own-words-label = په خپلو خبرو
apply-own-words-hint = اوس څنګه اوسېږئ، او څه غواړئ؟ کمون باید له پرېکړې مخکې ستاسو نظر واوري. کولی شئ دا هغه وخت هم ووایاست چې ورسره خبرې کوئ.
apply-own-words-empty = هېڅ نه دي لیکل شوي
apply-characters-left = تاسو ته { $n } توري پاتې دي.
apply-error-too-long = متن ډېر اوږد دی. لنډ یې کړئ.

apply-check-heading = له لېږلو مخکې ځوابونه وګورئ
apply-section-person = ستاسو په اړه
apply-section-situation = اوس څنګه اوسېږئ
apply-section-economy = کورنۍ او اقتصاد
apply-section-help = هغه مرسته چې غوښتنه یې کوئ
apply-section-own-words = په خپلو خبرو
answer-yes = هو
answer-no = نه
apply-declaration-heading = غوښتنلیک ولېږئ
apply-consent = ما څومره چې کولی شول سم ځوابونه ورکړي دي. کمون کولی شي دا معلومات د غوښتنلیک د څېړلو لپاره وکاروي او اړین معلومات له NAV او Skatteetaten (د مالیې اداره) څخه ترلاسه کړي.
apply-error-consent = نښه کړئ چې سم مو ځواب ورکړی او منئ چې کمون غوښتنلیک وڅېړي.
apply-submit = غوښتنلیک ولېږئ
apply-sending = لېږل کېږي …
apply-retry = بیا د لېږلو هڅه وکړئ
apply-submit-failed = غوښتنلیک ونه لېږل شو
apply-answers-kept = ستاسو ځوابونه ساتل شوي دي. کله چې بیا هڅه وکړئ، غوښتنلیک به یوازې یو ځل ولېږل شي.
apply-waiting-heading = ستاسو غوښتنلیک لا نه دی لېږل شوی
apply-waiting-body = اوس له سرور سره اړیکه نشو نیولی، ښايي ځکه چې تاسو انټرنېټ ته وصل نه یاست. غوښتنلیک په همدې وسیله کې ساتل شوی، او کله چې اړیکه بېرته راشي موږ به یې پخپله ولېږو، که څه هم پاڼه وتړئ او Husly وروسته بیا پرانیزئ. یوازې یو ځل به ولېږل شي.
apply-waiting-change = هماغسې به ولېږل شي لکه څنګه چې دلته دی. که غواړئ څه بدل کړئ، ځواب بدل کړئ او بیا «غوښتنلیک ولېږئ» کېکاږئ.
outbox-waiting = ستاسو غوښتنلیک لا نه دی لېږل شوی. کله چې بیا انټرنېټ ته وصل شئ، پخپله به ولېږل شي.
outbox-waiting-link = غوښتنلیک وګورئ
outbox-sent = تاسو بیا انټرنېټ ته وصل یاست، او ستاسو غوښتنلیک ولېږل شو.
outbox-sent-link = رسید وګورئ
apply-sent-already = تاسو له دې وسیلې یوه غوښتنه لېږلې ده. د هغې ځوابونه نور دلته نه ساتل کېږي.
apply-error-server = زموږ لخوا یو څه غلط شول. لږ وروسته بیا هڅه وکړئ.

apply-receipt-heading = غوښتنلیک ولېږل شو
apply-receipt-reference = ستاسو د مرجع شمېره ده
apply-receipt-sent = موږ غوښتنلیک په { $date } د { $municipality } کمون ته ولېږه.
apply-receipt-keep = د مرجع شمېره ولیکئ یا دا پاڼه چاپ کړئ. کله چې له کمون سره خبرې کوئ د مرجع شمېره ووایاست.
apply-next-heading = اوس څه کېږي؟
apply-next-body = کمون غوښتنلیک لولي او له تاسو سره اړیکه نیسي. که له یوې میاشتې ډېر وخت ونیسي، یو لیک به ترلاسه کړئ چې وايي کله د ځواب تمه ولرئ (forvaltningsloven § 11 a).
apply-next-urgent = که نن شپه د ویده کېدو ځای نه لرئ، NAV ته په ⁦55 55 33 33⁩ زنګ ووهئ یا نن د NAV دفتر ته ورشئ.
apply-appeal-heading = که له ځواب سره موافق نه یاست
apply-appeal-body = ځواب په یوه لیک (پرېکړه، vedtak) کې ترلاسه کوئ. که موافق نه یاست، کولی شئ اعتراض وکړئ. موده د لیک ترلاسه کولو څخه درې اونۍ ده (forvaltningsloven § 29). په لیک کې لیکل شوي چې اعتراض چېرته ولېږئ. د NAV دفتر کولی شي د لیکلو کې مرسته وکړي.
apply-print = چاپ
apply-summary-heading = هغه څه چې مو ولېږل
apply-receipt-missing = دلته رسید نشته
apply-receipt-missing-body = په دې وسیله کې هېڅ لېږل شوی غوښتنلیک مو ونه موند. رسید هغه وخت پاکېږي چې څوک «بیا پیل کړئ» کېکاږي.
apply-status-label = حالت:
apply-status-received = ترلاسه شو. کمون لا د غوښتنلیک څېړل نه دي پیل کړي.
apply-status-in-progress = د څېړنې لاندې.
apply-status-decided = پرېکړه شوې. ځواب په لیک کې راځي.
error-too-many-requests = له دې وسیلې څخه په لنډ وخت کې ډېر غوښتنلیکونه راغلي. یوه دقیقه انتظار وکړئ، او بیا هڅه وکړئ.

## The receipt: who will contact the resident about what (routes/apply/receipt/handled_by.rs)
apply-handled-by-heading = څوک به تاسو سره د څه په اړه اړیکه ونیسي
apply-handled-by-lead = ستاسو د غوښتنلیک هره برخه هغه چا ته ځي چې پرې پرېکړه کوي. هغوی به تاسو سره اړیکه ونیسي.
handler-housing-office = د { $municipality } کمون د کور خدمت
handler-nav = په هغه ځای کې د NAV دفتر چې تاسو اوسېږئ
handler-husbanken = Husbanken (د کور دولتي بانک)
handler-about = په اړه:
handler-nav-how = د NAV دفتر پر دې پرېکړه کوي او تاسو سره به اړیکه ونیسي. NAV ته په دې شمېره تلیفون کولی شئ:
handler-husbanken-how = Husbanken د کور مرستې (bostøtte) پر اړه پرېکړه کوي. تاسو په husbanken.no کې غوښتنه کوئ، او کمون کولی شي په غوښتنلیک کې مو مرسته وکړي.
decision-open = پرېکړه ولولئ
decision-ready = کمون ستاسو په قضیه کې پرېکړه کړې ده.
receipt-meeting-heading = تاسو لیدنې ته رابلل شوي یاست
receipt-meeting-when = { $date }، ساعت { $time }
receipt-meeting-open = بلنه وګورئ او ځواب ورکړئ
receipt-meeting-confirmed = تاسو ځواب ورکړی چې راځئ.
receipt-meeting-another = تاسو د بل وخت غوښتنه کړې ده.
receipt-documents-heading = اسناد
receipt-documents-body = هغه اسناد چې کمون یې غواړي، لکه د پېژندنې سند، د معاش پاڼې او د کرایې تړون، نېغ په نېغه له خپل تلیفون څخه ولېږئ.
receipt-documents-open = اسناد ضمیمه کړئ
receipt-documents-send = اسناد ولېږئ
receipt-documents-waiting = { $count ->
    [one] هغه سند چې تاسو ضمیمه کړی، لا هم یوازې په دې تلیفون کې دی. همدا اوس یې ولېږئ چې کمون ته ورسېږي.
   *[other] هغه { $count } اسناد چې تاسو ضمیمه کړي، لا هم یوازې په دې تلیفون کې دي. همدا اوس یې ولېږئ چې کمون ته ورسېږي.
}
apply-documents = { $count ->
    [0] تاسو کولی شئ هغه اسناد ضمیمه کړئ چې کمون یې غواړي، لکه د معاش پاڼې او د کرایې تړون. دا اسناد په دې تلیفون کې پاتې کېږي تر هغه چې غوښتنلیک ولېږئ.
    [one] تاسو یو سند ضمیمه کړی دی. دا په دې تلیفون کې پاتې کېږي تر هغه چې غوښتنلیک ولېږئ، بیا یې له رسید څخه لېږئ.
   *[other] تاسو { $count } اسناد ضمیمه کړي دي. دا په دې تلیفون کې پاتې کېږي تر هغه چې غوښتنلیک ولېږئ، بیا یې له رسید څخه لېږئ.
}
