# د کورنۍ اقتصاد: د هر لوی کس عاید، پورونه او ثابت لګښتونه، پېر، او د هغوی تشریح.
# Review status: see main.ftl.

## فورمه
income-person-heading = لوی کس { $n }
field-income-old-age-single = دا کس له ملي بیمې (folketrygden) څخه alderspensjon (د عمر تقاعد) اخلي او له مېړه، مېرمنې یا ملګري سره نه اوسېږي
field-income-young-disabled = دا کس uføretrygd (د معلولیت معاش) اخلي او د ung ufør (ځوان معلول) حقونه لري
source-uforetrygd = Uføretrygd (د معلولیت معاش)
source-benefit = Introduksjonsstønad یا kvalifiseringsstønad
estimate-incomplete-income = د هر لوی کس عاید ولیکئ؛ که څوک عاید نه لري، 0 ولیکئ.
field-exclusion = ایا له دې څخه کوم یو د کورنۍ پر کوم غړي صدق کوي؟
field-exclusion-hint = بیا کورنۍ bostøtte نشي ترلاسه کولی.
exclusion-none = نه، هېڅ یو
exclusion-student = زده کوونکی چې له Lånekassen څخه مرسته اخلي، او خپل ماشومان نه لري
exclusion-national-service = پوځي یا ملکي خدمت ترسره کوي
exclusion-institution = په داسې مؤسسه کې اوسېږي چې د عاید له مخې پیسې اخلي
section-debts = پورونه او ثابت لګښتونه
section-debts-hint = startlån باید له دې سره سره د ورکړې وړ وي. هغه څه چې نه یې لرئ خالي پرېږدئ.
debt-consumer = مصرفي پورونه او کریډیټ کارتونه
debt-student = د زده کړې پور
debt-car = د موټر پور
debt-other = نور پورونه
field-debt-monthly = په میاشت کې ورکړه
field-debt-balance = یا: څومره پور درباندې دی
field-debt-balance-hint = نه پوهېږئ چې په میاشت کې څومره ورکوئ؟ ولیکئ چې څومره پور درباندې دی، او موږ به یوه عادي بېرته ورکړه حساب کړو.
field-childcare = وړکتون او SFO (له ښوونځي وروسته پاملرنه) په میاشت کې
field-child-support = د ماشوم نفقه چې په میاشت کې یې ورکوئ
field-purchase-kind = څه غواړئ واخلئ؟
purchase-borettslag = په borettslag (د کور کوپراتیف) کې برخه
purchase-selveier = بشپړ مالکیت: کور، یا په sameie کې اپارتمان
field-maintenance = د هغه کور میاشتني ګډ لګښتونه او ساتنه چې غواړئ یې واخلئ
field-maintenance-hint = د پلور په اعلان کې لیکل شوي دي: ګډ لګښتونه (په borettslag کې د هغه له ګډ پور سره) او ساتنه.
answer-none = هېڅ نه

## پایلې
income-heading = له مالیې وروسته عاید
income-result = { $persons ->
    [one] نږدې { $year } په کال کې له مالیې وروسته، { $month } په میاشت کې.
   *[other] د { $persons } لویانو لپاره ټول یوځای نږدې { $year } په کال کې له مالیې وروسته، { $month } په میاشت کې.
}
startlan-gap-too-large = نږدې { $amount } کم دي. مالي مرسته په ندرت سره دومره پوښي. هغه څه چې مرسته کولی شي: خپلې ډېرې پیسې، ارزانه کور (د هغه پور سره چې ورکولی یې شئ، شاوخوا { $price } بیه مناسبه ده)، یا deleie (ګډ مالکیت) که کمون یې وړاندې کوي.
startlan-purchase-costs-estimated = د پېر لګښتونه { $amount } اټکل شوي دي. «موږ څنګه حساب کړ» برخه ښيي چې پکې څه شامل دي.
startlan-fits = داسې ښکاري چې دا کور ستاسو د وس دی: هغه پور چې اړتیا ورته لرئ، له هغه پور څخه زیات نه دی چې ورکولی یې شئ.
startlan-maintenance-missing = ګډ لګښتونه او ساتنه پکې شامل نه دي. دا د پلور په اعلان کې لیکل شوي دي: ویې لیکئ، که نه نو هغه پور چې ورکولی یې شئ، له هغه چې دی لوی ښکاري.
explain-tax-pension-deduction-not-included = د تقاعد پر عاید د مالیې کسر (skattefradrag for pensjonsinntekt) لا په دې اټکل کې نه دی شامل. نو مالیه کېدای شي له ښودل شوې کمه وي، او له مالیې وروسته عاید زیات.
old-figures-notice = په دې اټکل کې ځینې شمېرې د پخوانۍ مودې دي. له دې نوې شمېرې نه لرو، او هغه تر ټولو نوې کاروو چې لرو یې:
old-figure = { $name }: له { $from } څخه تر { $until } پورې اعتبار لري
figure-node-tax-income_tax = د مالیې نرخونه
figure-node-tax-minimum_deduction = لږ تر لږه کسر (minstefradrag)
figure-node-living_costs-guideline_rates = د ژوند لګښت لپاره د دولت لارښود نرخونه
figure-node-bostotte-cost_cap = په bostøtte کې د کور د لګښتونو لوړ حد
figure-node-bostotte-egenandel = په bostøtte کې ستاسو خپله برخه (egenandel)
figure-node-bostotte-allowances = په bostøtte کې د کور لګښتونو ته اضافې
figure-node-bostotte-coverage_rate = هغه برخه چې bostøtte یې پوښي
figure-node-bostotte-income = په bostøtte کې شتمني
figure-node-bostotte-minimum_payout = د bostøtte تر ټولو کوچنۍ ورکړه
figure-node-bostotte-municipality_groups = په bostøtte کې د کمونونو ډلې
figure-node-bostotte-weighting = د کسانو د شمېر له مخې وزن ورکول
figure-node-needs-municipal_criteria = د کمون شرطونه
figure-node-startlan-debt_repayment = د پور عادي بېرته ورکړه
figure-node-startlan-deleie = Deleie (ګډ مالکیت)
figure-node-startlan-grant = Tilskudd til etablering (د مېشتېدو مالي مرسته)
figure-node-startlan-policy_rate = د مرکزي بانک ګټه
figure-node-startlan-purchase_costs = د پېر لګښتونه
figure-node-startlan-stress = د ګټې د فشار ازموینه
figure-node-startlan-term = د بېرته ورکړې موده
figure-per-year = { $value } په کال کې
figure-per-month = { $value } په میاشت کې
figure-years = { $n } کاله
figure-months = { $n } میاشتې
figure-node-startlan-interest = د startlån ګټه

chart-axis-y = bostøtte په میاشت کې (تر { $max } پورې)
chart-axis-x = د کورنۍ کلني عاید له مالیې مخکې (له ۰ څخه تر { $max } پورې)

## موږ څنګه حساب کړ
explain-tax-person = لوی کس { $person }: { $source }.
explain-tax-not-personinntekt = Introduksjonsstønad او kvalifiseringsstønad شخصي عاید نه دي: پر دوی trygdeavgift یا trinnskatt نه ورکول کېږي.
explain-income-household = ټول لویان یوځای: { $gross } له مالیې مخکې، مالیه { $total_tax }، { $net } له مالیې وروسته په کال کې.
error-more-incomes-than-adults = د لیکل شویو عایدونو شمېر د کورنۍ له لویانو زیات دی.
explain-bostotte-egenandel-special = د کورنۍ خپله برخه (egenandel) کمه ده، ځکه چې { $group }.
egenandel-group-single-old-age = یو یوازې اوسېدونکی کس alderspensjon اخلي
egenandel-group-young-disabled = یو کس د ung ufør په توګه uføretrygd اخلي
explain-startlan-debt-payment = { $debt }: { $monthly } په میاشت کې.
explain-startlan-debt-balance = { $debt }: { $balance } پور درباندې دی. موږ په { $years } کلونو کې د { $rate } ګټې سره بېرته ورکړه حسابوو، چې په میاشت کې { $monthly } کېږي.
explain-startlan-fixed-costs = د وړکتون او SFO { $childcare } او د ماشوم نفقې { $child_support } سره، ثابت لګښتونه په میاشت کې { $total } کېږي.
explain-startlan-own-rate-above-stress = د پور خپله ګټه، { $rate }، د فشار ازموینې له ګټې { $stress_rate } څخه لوړه ده. پور باید په هغې ګټې هم د ورکړې وړ وي.
explain-startlan-purchase-costs-selveier = په { $price } د بشپړ مالکیت کور د پېر لګښتونه: dokumentavgift او د قبالې او ګروي سند ثبت، ټول { $costs }.
explain-startlan-purchase-costs-borettslag = په borettslag کې برخه dokumentavgift نه لري. د ګروي ثبت { $costs } لګښت لري. د borettslag خپله د مالک بدلولو فیس پکې شامل نه دی.
explain-startlan-grant-need = هغه څه چې کم دي، { $gap }، کېدای شي د tilskudd til etablering (د مېشتېدو مالي مرسته) له لارې پوره شي. له کمون څخه وپوښتئ. د هغه پور سره چې ورکولی یې شئ، شاوخوا { $affordable_price } بیه مناسبه ده.
explain-startlan-gap-too-large = هغه څه چې کم دي، { $gap }، له هغه څه زیات دي چې مالي مرسته یې معمولاً پوښي. د هغه پور سره چې ورکولی یې شئ او د خپلو پیسو سره، شاوخوا { $affordable_price } بیه مناسبه ده.

## Deleie and leie til eie, where the municipality offers them
estimates-terms-own = د پیل پور (startlån) د { $municipality } له قواعدو سره حساب شوی، چې له { $date } راهیسې نافذ دي.
estimates-terms-national = Husly د { $municipality } لپاره ځانګړي قواعد نه لري؛ ملي شرطونه کارول شوي.
estimates-terms-loading = د کمون قواعد راوړل کېږي …
estimates-terms-unavailable = د کمون ځانګړي قواعد مو را نه وړای شول؛ ملي شرطونه کارول شوي.
rent-or-buy-open = کرایه که مالکیت؟ وګورئ چې په میاشت کې تاسو ته څومره لګښت لري، او څه مخه نیسي
ownership-heading = د کور د یوې برخې مالکیت
ownership-deleie-what = Deleie (ګډ مالکیت): تاسو د کور یوه برخه د پیل پور (startlån) سره اخلئ او پاتې برخه د کمون ده. تاسو په ټول کور کې اوسېږئ او هره میاشت کمون ته د هغې د برخې پیسې ورکوئ. وروسته کولی شئ نوره هم واخلئ.
ownership-leie-til-eie-what = Leie til eie (کرایه تر مالکیته): تاسو اوس د کور یوه برخه اخلئ او پاتې په کرایه نیسئ. له څو کلونو وروسته پاتې برخه اخلئ.
ownership-share-label = په deleie کې به څومره برخه واخلئ؟
ownership-price-missing = د هغه کور بیه ولیکئ چې غواړئ یې واخلئ (د «که غواړئ کور واخلئ» لاندې)، بیا به وښیو چې deleie او leie til eie میاشتنی څومره لګښت لري، د کرایې او ټول کور لپاره د پور تر څنګ.
ownership-caption = د کرایې، د یوې برخې د مالکیت او د ټول کور د مالکیت میاشتنی لګښت
ownership-column-choice = د اوسېدو طریقه
ownership-column-monthly = په میاشت کې
ownership-column-loan = د پیل پور (startlån)
ownership-column-owned = ستاسو مالکیت
ownership-renting = کرایه، لکه نن
ownership-deleie = Deleie (ګډ مالکیت)
ownership-leie-til-eie = Leie til eie (کرایه تر مالکیته)
ownership-full-startlan = ټول کور د پیل پور (startlån) سره
ownership-no-loan = هیڅ
ownership-short = { $amount } کم دي
ownership-owns-nothing = هیڅ
ownership-owns-share = د کور { $share } ({ $value })
ownership-owns-share-then-rest = اوس { $share } ({ $value }). پاتې برخه ({ $rest } د نن په بیه) له { $years ->
        [one] یو کال
       *[other] { $years } کلونو
    } وروسته اخلئ.
ownership-owns-whole = ټول کور ({ $value })
ownership-renting-how = کرایه: هغه څه چې تاسو د نن ورځې د کور د لګښتونو په توګه ولیکل.
ownership-monthly-note = د deleie او leie til eie لپاره میاشتنی مبلغ د پور قسط او هغه پیسې دي چې د هغې برخې لپاره یې ورکوئ چې ستاسو نه ده. کله چې مالک یاست، ګډ لګښتونه او ساتنه پرې زیاتېږي.
figure-profile-offers-deleie-minimum_share = تر ټولو کوچنۍ برخه چې په deleie کې یې اخیستی شئ
figure-profile-offers-deleie-compensation_rate = هغه څه چې کمون ته د هغې د برخې لپاره ورکوئ، په کال کې
figure-profile-offers-leie_til_eie-first_share = هغه برخه چې په leie til eie کې یې لومړی اخلئ
figure-profile-offers-leie_til_eie-rest_after_years = په leie til eie کې پاتې برخه کله اخلئ
figure-profile-offers-leie_til_eie-rent_rate = د هغې برخې کرایه چې لا نه ده اخیستل شوې، په کال کې
figure-profile-startlan-interest_margin = د Husbanken په سود د کمون زیاتوالی
figure-profile-startlan-interest_rate = د پیل پور (startlån) لپاره د کمون سود
figure-profile-startlan-stress_add_on = د فشار په ازموینه کې د کمون زیاتوالی
figure-profile-startlan-longest_term_years = د کمون تر ټولو اوږده د بېرته ورکړې موده
