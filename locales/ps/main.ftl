# پښتو. Review status: machine-assisted, waiting for a qualified translator.
app-name = Husly
skip-to-content = اصلي منځپانګې ته ورشئ
start-over = بیا پیل کړئ
start-over-waiting = ستاسو غوښتنلیک لا نه دی لېږل شوی. که بیا پیل کړئ، له دې وسیلې به ړنګ شي او هېڅکله به ونه لېږل شي. ایا بیا هم پیل کوئ؟
start-over-receipt = ستاسو د غوښتنلیک رسید به له دې وسیلې ړنګ شي. له هغه پرته نه شئ کولی دلته پرېکړه ولولئ یا بلنو ته ځواب ورکړئ. لومړی د مرجع شمېره ولیکئ. ایا بیا هم پیل کوئ؟
language-picker-label = ژبه (Language)
footer-privacy = هغه څه چې تاسو یې لیکئ ستاسو په ټیلیفون کې پاتې کېږي تر هغه چې تاسو پخپله غوښتنلیک ولېږئ.

home-page-title = Husly – د کور موندلو او ساتلو لپاره مرسته
home-heading = د کور موندلو او ساتلو لپاره مرسته
home-lead = ومومئ چې له ښاروالۍ (کمون) او NAV څخه کومه مرسته ترلاسه کولی شئ، نږدې حساب کړئ چې څومره ترلاسه کولی شئ، او غوښتنه وکړئ – ټول په یوه ځای کې.
entry-needs-title = ومومئ کومه مرسته تاسو ته مناسبه ده
entry-needs-body = د خپل اوسني استوګنې په اړه څو لنډو پوښتنو ته ځواب ورکړئ.
entry-estimates-title = د پیل پور (startlån) او د کور مرستې (bostøtte) حساب
entry-estimates-body = نږدې وګورئ چې څومره پور اخیستلی شئ او څومره د کور مرسته (bostøtte) ترلاسه کولی شئ.
entry-apply-title = د مرستې غوښتنه
entry-apply-body = کمون ته یو غوښتنلیک د کور موندلو یا ساتلو لپاره د مرستې په اړه.
entry-receipt-title = هغه غوښتنلیک چې تاسو لېږلی دی
entry-receipt-body = رسید، اوس څه کېږي، د لیدنې بلنې او پرېکړه.

back-to-start = لومړۍ پاڼې ته ستنېدل
not-found-title = پاڼه ونه موندل شوه
not-found-body = کېدای شي پته غلطه وي، یا پاڼه بل ځای ته وړل شوې وي.

## Estimates
estimates-page-title = د startlån او bostøtte حساب – Husly
estimates-heading = د پیل پور (startlån) او د کور مرستې (bostøtte) حساب
estimates-lead = هغه څه چې پوهېږئ ډک کړئ. ځواب د لیکلو پر مهال راځي. هغه څه چې دلته لیکئ چېرته نه لېږل کېږي.
estimates-disclaimer = دا یو اټکل دی، پرېکړه نه ده. کمون او Husbanken پرېکړه کوي.
section-where = چېرته اوسېږئ؟
section-household = څوک له تاسو سره اوسېږي؟
section-income = عاید
section-housing = هغه کور چې اوس یې لرئ
section-purchase = که غواړئ کور واخلئ
field-municipality = کمون
field-municipality-hint = نوم یا د کمون څلور رقمي شمېره ولیکئ.
field-adults = د لویانو شمېر (۱۸ کلن او پورته)، له تاسو سره
field-couple = دوه لویان واده شوي، یوځای اوسېدونکي یا ثبت شوي شریکان دي
field-children-0-5 = د ۰–۵ کلنو ماشومانو شمېر
field-children-6-10 = د ۶–۱۰ کلنو ماشومانو شمېر
field-children-11-17 = د ۱۱–۱۷ کلنو ماشومانو شمېر
field-income = عاید
field-income-hint = په کرونو، د بېلګې په توګه 350,000.
period-year = په کال کې دی
period-month = په میاشت کې دی
basis-gross = له مالیې مخکې دی
basis-net = له مالیې وروسته دی
field-income-source = دا کوم ډول عاید دی؟
source-wages = معاش، د ناروغۍ پیسې، AAP یا د بې‌کارۍ مرسته
source-pension = تقاعد (alderspensjon، AFP او نور تقاعدونه)
field-wealth = شتمني
field-wealth-hint = په بانک کې پیسې او نور هغه څه چې لرئ، منفي پورونه. که شتمني نه لرئ، خالي یې پرېږدئ.
field-home-kind = څنګه اوسېږئ؟
home-rented = په کرایه اوسېږم
home-cooperative = د یوه اپارتمان مالک یم (borettslag یا sameie)
home-owned-house = د یوه کور مالک یم
home-none = خپل کور نه لرم
field-housing-cost = په میاشت کې د کور لګښتونه
field-housing-cost-hint = کرایه، یا ګډ لګښتونه، ګټه او د کور د پور قسط.
field-adapted = کور د معلولیت لپاره برابر شوی دی
field-home-price = د هغه کور بیه چې غواړئ یې واخلئ
field-home-price-hint = که یوازې غواړئ پوه شئ چې څومره پور اخیستلی شئ، خالي یې پرېږدئ.
field-own-funds = ستاسو خپلې پیسې د پېر لپاره
field-error-not-a-number = یوه شمېره ولیکئ، د بېلګې په توګه 12,000.
field-error-negative = شمېره له صفر څخه کمه نشي کېدای.
estimate-incomplete = د اټکل لیدلو لپاره کمون، د هر لوی کس عاید او د کور لګښتونه ډک کړئ.
results-heading = اټکل
bostotte-heading = د کور مرسته (bostøtte)
bostotte-result = تاسو کولی شئ په میاشت کې نږدې { $amount } د کور مرسته (bostøtte) ترلاسه کړئ.
bostotte-none = د دې معلوماتو له مخې، شاید bostøtte ترلاسه نکړئ.
startlan-heading = د پیل پور (startlån)
startlan-result = شاید وکولی شئ نږدې { $amount } startlån په { $years } کلونو کې ورکړئ.
startlan-long-term = په { $years } کلونو کې نږدې { $amount } کېږي، که د دومره اوږدې بېرته ورکړې شرطونه پوره شي.
startlan-no-capacity = د دې معلوماتو له مخې، له عاید څخه د پور ورکولو لپاره کافي نه پاتې کېږي. کمون کولی شي له تاسو سره نورې لارې وګوري.
startlan-purchase-payment = د { $loan } پور په میاشت کې نږدې { $amount } لګښت لري.
startlan-grant-need = نږدې { $amount } کم دي. له کمون څخه د tilskudd til etablering (د مېشتېدو مالي مرسته) په اړه وپوښتئ.
unverified-notice = ځینې هغه نرخونه چې موږ یې کاروو لا تایید شوي نه دي. کېدای شي مبلغ لږ توپیر ولري.
parameters-date = نرخونه له { $date } څخه اعتبار لري.
official-calculator-bostotte = د Husbanken د bostøtte محاسبه کوونکی
official-calculator-startlan = په Husbanken کې د startlån په اړه ولولئ
how-we-calculated = موږ څنګه حساب کړ
figure-valid-from = له { $date } څخه اعتبار لري
figure-unverified = تایید شوی نه دی
chart-title = د عاید له مخې bostøtte
chart-desc = کرښه ښيي چې کورنۍ د ۰ څخه تر { $max_income } پورې کلني عاید سره په میاشت کې څومره bostøtte ترلاسه کولی شي. ټکی ستاسو عاید دی.
chart-caption = څومره چې عاید لوړ وي، هومره bostøtte کمه وي. ټکی تاسو ښيي.

## Front-desk mode (a shared device at a NAV or municipal front desk)
front-desk-new-client = نوی مراجع
front-desk-banner = د پذیرش مېز حالت: { $name } ننوتی دی. غوښتنلیکونه د هغه چا په استازیتوب لېږل کېږي چې دلته دی. کله چې پای ته ورسېږئ «نوی مراجع» کېکاږئ.
front-desk-on-behalf = غوښتنلیک د دې کس په استازیتوب، د پذیرش له مېز څخه لېږل کېږي.

## Languages and the interpreter view
# The state of this language's text (README.md, "Languages"; tests/locales.rs keeps them
# equal). Not shown; do not translate: "reviewed" (checked by a qualified translator), "team"
# (written by the Husly team, not checked by a qualified translator: translation-notice-team)
# or "machine-assisted" (waiting for a qualified translator: translation-notice).
translation-status = machine-assisted
translation-notice = دا متن د ماشین په مرسته ژباړل شوی او لا د یوه وړ ژباړونکي له خوا نه دی کتل شوی. که څه روښانه نه وي، ژباړن وغواړئ.
translation-notice-team = دا متن د Husly ټیم لیکلی او د یوه وړ ژباړونکي له خوا نه دی کتل شوی. که څه روښانه نه وي، ژباړن وغواړئ.
interpreter-view = ناروېژي متن تر څنګ ښکاره کړئ

## Where to turn: a municipality's housing office (components/contact_card.rs)
contact-card-office = { $office }، د { $municipality } کمون
contact-card-phone = تلیفون
contact-card-web = وېب پاڼه
contact-card-address = پته
contact-card-opening-hours = د کار ساعتونه
contact-card-books-interpreters = که ژباړونکي ته اړتیا لرئ، دفتر یې ورته برابروي.
contact-card-ask-for-interpreter = که ژباړونکي ته اړتیا لرئ، د اړیکې په وخت کې یې ووایاست.
opening-hours-range = { $first }–{ $last } { $opens }–{ $closes }
opening-hours-day = { $day } { $opens }–{ $closes }
weekday-monday = دوشنبه
weekday-tuesday = سه‌شنبه
weekday-wednesday = چهارشنبه
weekday-thursday = پنجشنبه
weekday-friday = جمعه
weekday-saturday = شنبه
weekday-sunday = یکشنبه
field-error-not-a-whole-number = یو بشپړ عدد په رقمونو ولیکئ، د بېلګې په توګه 3.

# Shown on a page read before the app arrived: when the app could not be loaded, and while it still loads after the reader has begun (src/components/layout.rs).
app-not-loaded = پاڼه په بشپړه توګه پورته نه شوه، نو تڼۍ یې لا کار نه کوي. خپله انټرنیټي اړیکه وګورئ او پاڼه بیا پورته کړئ.
app-reload = پاڼه بیا پورته کړئ
app-starting = پاڼه لا پورته کېږي. هغه څه چې لیکئ او غوره کوئ، ساتل کېږي.
