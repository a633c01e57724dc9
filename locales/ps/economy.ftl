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
