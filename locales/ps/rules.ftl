# د هغه څه متنونه چې قواعد یې تشریح کوي، پرېکړه کوي او ردوي. Review status: see main.ftl.

## موږ څنګه حساب کړ: عاید او مالیه
explain-income-gross-given = تاسو له مالیې مخکې عاید ولیکه: { $gross } په کال کې. له مالیې وروسته نږدې { $net } کېږي.
explain-income-net-given = تاسو له مالیې وروسته عاید ولیکه. دا په کال کې له مالیې مخکې نږدې { $gross } او له مالیې وروسته { $net } سره برابر دی.
explain-tax-minimum-deduction = له { $gross } څخه لږ تر لږه کسر (minstefradrag) { $deduction } دی.
explain-tax-ordinary-income = له کسرونو وروسته عادي عاید { $ordinary_income } دی. پر هغه مالیه { $tax } ده.
explain-tax-trygdeavgift = د ټولنیز بیمې ونډه (trygdeavgift) { $trygdeavgift } ده.
explain-tax-trinnskatt = پوړیزه مالیه (trinnskatt) { $trinnskatt } ده.
explain-tax-net = ټوله مالیه نږدې { $total_tax } ده. تاسو ته په کال کې { $net } پاتې کېږي.

## موږ څنګه حساب کړ: bostøtte
explain-bostotte-costs = د کور لګښتونه په میاشت کې { $monthly_cost } دي. سربېره پر دې د تودوخې لپاره یو ثابت مبلغ، { $heating } په کال کې، حسابېږي.
explain-bostotte-house-operating = د یوه جلا کور لپاره د ساتنې لپاره هم { $amount } په کال کې حسابېږي.
explain-bostotte-cost-cap = د { $persons ->
        [one] یوه کس
       *[other] { $persons } کسانو
    } لپاره په { $municipality } کې (ډله { $group }) د کور لګښتونه تر { $cap } پورې په کال کې حسابېږي.
explain-bostotte-counted-costs = د کور لګښتونه په کال کې { $costs } دي. موږ { $counted } حسابوو، ځکه چې حد { $cap } دی.
explain-bostotte-income = عاید { $gross_income } دی. له شتمنۍ څخه { $wealth_part } حسابېږي. ټول { $income }.
explain-bostotte-weighting = { $persons ->
        [1] تاسو یوازې اوسېږئ، نو عاید لکه څنګه چې دی حسابېږي: { $weighted } په کال کې.
       *[other] عاید پر { $factor } ویشل کېږي ځکه چې { $persons } کسان یوځای اوسېږي. دا { $weighted } په کال کې کېږي.
    }
explain-bostotte-egenandel = ستاسو خپله برخه (egenandel)، هغه څه چې باید پخپله یې ورکړئ، په کال کې { $egenandel } ده.
explain-bostotte-coverage = bostøtte ستاسو له خپلې برخې پورته د کور لګښتونو { $rate } پوښي. دا په میاشت کې { $monthly } کېږي.
explain-bostotte-below-minimum = مبلغ په میاشت کې له { $minimum } څخه کم دی. دومره کم مبلغونه نه ورکول کېږي.
explain-bostotte-excluded-student = هغه زده کوونکي چې له Lånekassen څخه مرسته ترلاسه کولی شي او ماشومان نه لري، bostøtte نشي ترلاسه کولی.
explain-bostotte-excluded-national-service = هغه څوک چې په پوځي یا ملکي خدمت کې دی، bostøtte نشي ترلاسه کولی.
explain-bostotte-excluded-institution = هغه څوک چې په مؤسسه کې اوسېږي او د عاید له مخې پیسې ورکوي، bostøtte نشي ترلاسه کولی.
explain-bostotte-no-home = bostøtte هغه چا ته ورکول کېږي چې خپل کور لري او د کور لګښتونه ورکوي.

## موږ څنګه حساب کړ: startlån
explain-startlan-living-floor = د { $adults ->
        [one] یوه لوی کس
       *[other] { $adults } لویانو
    } او { $children ->
        [0] پرته له ماشومانو
        [one] یوه ماشوم
       *[other] { $children } ماشومانو
    } لپاره د ژوند لګښت دولتي نرخونه په میاشت کې { $floor } دي. موږ هېڅکله لږ نه حسابوو.
explain-startlan-living-raised-to-floor = تاسو د ژوند لګښتونه له دولتي نرخونو کم ولیکل. موږ { $floor } حسابوو.
explain-startlan-available = له مالیې وروسته عاید په میاشت کې { $net_income } دی. منفي د ژوند لګښت { $living_costs }، نور ثابت لګښتونه { $other_fixed_costs } او ساتنه او ګډ لګښتونه { $maintenance }: د پور لپاره { $available } پاتې کېږي.
explain-startlan-rate = ګټه { $rate } ده (د Husbanken بدلېدونکې ګټه جمع د کمون زیاتوالی).
explain-startlan-rate-municipal = ګټه { $rate } ده، لکه څنګه چې کمون ټاکلې ده.
explain-startlan-stress-rate = تاسو باید د { $stress_rate } ګټې زغم ولرئ (د مرکزي بانک ګټه جمع یو زیاتوالی).
explain-startlan-max-loan = په { $years } کلونو کې کولی شئ نږدې { $max_loan } پور ورکړئ.
explain-startlan-long-term-applies = داسې ښکاري چې د { $years } کلنې بېرته ورکړې شرطونه پوره دي. بیا کولی شئ نږدې { $max_loan } ورکړئ.
explain-startlan-long-term-not-met = د { $years } کلنې بېرته ورکړې سره به مو نږدې { $max_loan } ورکولی شوای، خو ستاسو د ځوابونو له مخې د دومره اوږدې مودې شرطونه پوره نه دي.
explain-startlan-purchase = کور { $price } بیه لري، او پېر یې سربېره پر دې { $costs } لګښت لري. تاسو باید { $loan_needed } پور واخلئ. شاید وکولی شئ { $loan } ورکړئ، او باید په میاشت کې { $monthly } ورکړئ.
explain-startlan-deleie = په ګډ مالکیت (deleie) کې تاسو د کور { $share } په { $share_price } اخلئ، او د پاتې برخې لپاره کمون ته په میاشت کې { $compensation } ورکوئ. پور: { $loan }. کمښت: { $grant_need }. ټول په میاشت کې { $monthly_total }.

## د اړتیاوو کتنه
explain-needs-homeless = د اوسېدو ثابت ځای نه لرئ.
explain-needs-at-risk = کېدای شي خپل کور له لاسه ورکړئ.
explain-needs-unsuitable = کور یا سیمه تاسو ته مناسبه نه ده.
explain-needs-yes = د ځوابونو له مخې، کېدای شي تاسو «vanskeligstilt på boligmarkedet» (د کور په بازار کې په ستونزمن حالت کې) یاست. بیا کمون باید وارزوي چې تاسو کومې مرستې ته اړتیا لرئ.
explain-needs-maybe = کېدای شي د کور په بازار کې په ستونزمن حالت کې یاست. کمون باید ستاسو حالت وګوري.
explain-needs-no = د ځوابونو له مخې، داسې نه ښکاري چې د کور په بازار کې په ستونزمن حالت کې یاست. بیا هم کولی شئ مشوره او لارښوونه ترلاسه کړئ.
explain-needs-rental-home-criteria = ډېری کمونونه غواړي چې له ۱۸ کلونو پورته یاست او څو کاله مو په کمون کې ژوند کړی وي ترڅو د کمون کور ترلاسه کړئ.
reason-without-home = تاسو کور نه لرئ.
reason-at-risk-of-losing-home = د کور له لاسه ورکولو په خطر کې یاست.
reason-unsuitable-home = په داسې کور یا سیمه کې اوسېږئ چې تاسو ته مناسبه نه ده.
reason-financial = ستاسو اقتصادي حالت د کور موندل یا ساتل ستونزمن کوي.
reason-health = روغتیا یا جسمي وړتیا د کور موندل یا ساتل ستونزمن کوي.
reason-social = ټولنیز حالت د کور موندل یا ساتل ستونزمن کوي.
why-no-bed-tonight = نن شپه د ویده کېدو ځای نه لرئ. NAV باید د لنډمهاله استوګنځي په موندلو کې مرسته وکړي.
why-homeless-and-health = کور نه لرئ او روغتیايي ستونزې لرئ. «لومړی کور» له ملاتړ سره ثابت کور ورکوي.
why-rental-home-criteria-met = داسې ښکاري چې د کمون د کرایي کور عادي شرطونه پوره کوئ.
why-rental-home-ask-municipality = له کمون څخه د کمون د کرایي کور د شرطونو په اړه وپوښتئ.
why-deposit-to-rent = NAV کولی شي د ګروي پیسو تضمین درکړي ترڅو کرایه کړئ.
why-debt-or-arrears = پور لرئ یا کرایه پر تاسو پور ده. NAV کولی شي په اقتصاد کې مرسته وکړي.
why-support-to-keep-home = کولی شئ په کور کې ملاتړ ترلاسه کړئ ترڅو وکولی شئ هلته ژوند وکړئ.
why-bostotte-estimate-positive = اټکل ښيي چې کولی شئ bostøtte ترلاسه کړئ.
why-startlan-bank-refused = بانک پور رد کړی دی. startlån د هغو لپاره دی چې له عادي بانک څخه پور نشي اخیستلی.
why-startlan-capacity = اټکل ښيي چې کولی شئ پور ورکړئ.
why-grant-gap = پور ټول کور نه پوښي. مالي مرسته کولی شي پاتې برخه پوره کړي.
why-home-not-accessible = کور ستاسو له جسمي وړتیا سره برابر نه دی.
why-advice-always = کمون او NAV د کور، اقتصاد او حقونو په اړه مشوره ورکوي.
help-where-nav = د خپل NAV په دفتر کې غوښتنه وکړئ.
help-where-municipality = له کمون سره غوښتنه وکړئ.
help-where-husbanken = په husbanken.no کې غوښتنه وکړئ.
bring-id = د پېژندنې سند
bring-income = د عاید لنډیز
bring-lease = د کرایې تړون
bring-lease-offer = د کرایې تړون وړاندیز
bring-debts = د پورونو لنډیز
bring-bills = بېلونه او یادونې
bring-housing-costs = د کور د لګښتونو لنډیز
bring-tax-return = د مالیې اعلامیه (skattemelding)
bring-bank-refusal = د بانک رد ځواب
bring-health-documentation = د روغتیا یا جسمي وړتیا اسناد

## تېروتنې
error-no-adults = کورنۍ باید لږ تر لږه یو لوی کس ولري.
error-negative-amount = مبلغ له صفر څخه کم نشي کېدای.
error-absurd-amount = مبلغ له هغه څه ډېر دی چې موږ یې حسابولی شو. وګورئ چې سم دی.
error-child-age = ماشومان باید له ۱۸ کلونو کم وي. له ۱۸ کلونو پورته کسان لویان وګڼئ.
error-too-many-persons = کورنۍ له هغه ډېر کسان لري چې موږ یې حسابولی شو.
error-unknown-municipality = کمون مو ونه موند. نوم یا څلور رقمي شمېره ولیکئ.
error-municipality-not-in-force = د کمون دا شمېره په دې نېټه کې اعتبار نه درلود.
error-no-parameters = د دې نېټې لپاره نرخونه نه لرو.
error-out-of-range = شمېره له هغه حد بهر ده چې موږ یې حسابولی شو.
error-invalid-input = د ځوابونو یوه برخه ونه لوستل شوه.
error-io = یو څه غلط شول. بیا هڅه وکړئ.
error-invalid-national-id = د زېږون شمېره (fødselsnummer) یا D-nummer سمه نه ده. ۱۱ رقمه لري.
error-required = دا باید ډک شي.
error-invalid-text = متن ډېر اوږد دی یا داسې نښې لري چې موږ یې نشو منلی.

## The municipality's own criteria and offers (its profile)
criteria-national-default = موږ لا ستاسو د کمون ځانګړي شرطونه نه لرو. دا د کمون د کرایي کور عادي شرطونه دي. ستاسو کمون کېدای شي نور شرطونه ولري.
criteria-national-municipality = معمولاً یو کمون
criterion-residence-permit-met = { $municipality } د کمون د کرایي کور لپاره د اوسېدو اجازه غواړي. تاسو د اوسېدو اجازه لرئ.
criterion-residence-permit-not-met = { $municipality } د کمون د کرایي کور لپاره د اوسېدو اجازه غواړي. تاسو ځواب ورکړی چې نه یې لرئ.
criterion-residence-permit-unknown = { $municipality } د کمون د کرایي کور لپاره د اوسېدو اجازه غواړي. موږ نه پوهېږو چې ایا تاسو یې لرئ.
criterion-residence-years-met = { $municipality } غواړي چې تاسو په تېرو { $years } کلونو کې په کمون کې اوسېدلي یاست. تاسو هلته { $answered ->
        [one] یو کال
       *[other] { $answered } کاله
    } اوسېدلي یاست.
criterion-residence-years-not-met = { $municipality } غواړي چې تاسو په تېرو { $years } کلونو کې په کمون کې اوسېدلي یاست. تاسو هلته { $answered ->
        [one] یو کال
       *[other] { $answered } کاله
    } اوسېدلي یاست، نو دا شرط پوره نه دی.
criterion-residence-years-unknown = { $municipality } غواړي چې تاسو په تېرو { $years } کلونو کې په کمون کې اوسېدلي یاست. موږ نه پوهېږو چې تاسو هلته څومره موده اوسېدلي یاست.
criterion-min-age-met = { $municipality } غواړي چې تاسو لږ تر لږه { $age } کلن یاست. تاسو { $answered } کلن یاست.
criterion-min-age-met-caring-for-children = { $municipality } غواړي چې تاسو لږ تر لږه { $age } کلن یاست، خو که د ماشومانو پالنه کوئ استثنا کوي. تاسو { $answered } کلن یاست او د ماشومانو پالنه کوئ.
criterion-min-age-not-met = { $municipality } غواړي چې تاسو لږ تر لږه { $age } کلن یاست. تاسو { $answered } کلن یاست، نو دا شرط پوره نه دی.
criterion-min-age-unknown = { $municipality } غواړي چې تاسو لږ تر لږه { $age } کلن یاست. موږ ستاسو په عمر نه پوهېږو.
criterion-min-age-unknown-children = { $municipality } غواړي چې تاسو لږ تر لږه { $age } کلن یاست، خو که د ماشومانو پالنه کوئ استثنا کوي. تاسو { $answered } کلن یاست. موږ نه پوهېږو چې ایا تاسو د ماشومانو پالنه کوئ.
criterion-lease-ending-met = { $municipality } تاسو د کور له لاسه ورکولو په خطر کې ګڼي کله چې ستاسو د کرایې تړون په { $months } میاشتو کې د نوي کولو له حق پرته پای ته ورسېږي. ستاسو تړون { $answered ->
        [one] یوه میاشت
       *[other] { $answered } میاشتې
    } وروسته پای ته رسېږي.
criterion-lease-ending-not-met = { $municipality } تاسو د کور له لاسه ورکولو په خطر کې ګڼي کله چې ستاسو د کرایې تړون په { $months } میاشتو کې د نوي کولو له حق پرته پای ته ورسېږي. ستاسو تړون { $answered ->
        [one] یوه میاشت
       *[other] { $answered } میاشتې
    } وروسته پای ته رسېږي، نو لا نه حسابېږي.
criterion-lease-ending-unknown = { $municipality } تاسو د کور له لاسه ورکولو په خطر کې ګڼي کله چې ستاسو د کرایې تړون په { $months } میاشتو کې د نوي کولو له حق پرته پای ته ورسېږي. موږ نه پوهېږو چې ستاسو تړون کله پای ته رسېږي.
criterion-leaving-institution-met = { $municipality } تاسو بې کوره ګڼي کله چې په { $months } میاشتو کې له مؤسسې یا زندان څخه ووځئ او د اوسېدو ځای ونه لرئ. تاسو { $answered ->
        [one] یوه میاشت
       *[other] { $answered } میاشتې
    } وروسته وځئ.
criterion-leaving-institution-not-met = { $municipality } تاسو بې کوره ګڼي کله چې په { $months } میاشتو کې له مؤسسې یا زندان څخه ووځئ او د اوسېدو ځای ونه لرئ. تاسو { $answered ->
        [one] یوه میاشت
       *[other] { $answered } میاشتې
    } وروسته وځئ، نو لا نه حسابېږي.
criterion-leaving-institution-unknown = { $municipality } تاسو بې کوره ګڼي کله چې په { $months } میاشتو کې له مؤسسې یا زندان څخه ووځئ او د اوسېدو ځای ونه لرئ. موږ نه پوهېږو چې تاسو کله وځئ.
why-rental-home-criterion-not-met = داسې ښکاري چې تاسو د کمون د کرایي کور لپاره د کمون ټول شرطونه نه پوره کوئ. کمون کولی شي استثنا وکړي، نو بیا هم ترې وپوښتئ.
explain-needs-help-not-offered = { $municipality } دا نه وړاندې کوي، نو موږ یې وړاندیز نه کوو: { $help }.
explain-startlan-leie-til-eie = په leie til eie کې تاسو اوس د کور { $share } په { $share_price } اخلئ، او پاتې برخه په میاشت کې په { $rent } کرایه کوئ. پور: { $loan }. کم دي: { $grant_need }. ټول ټال { $monthly_total } په میاشت کې. له { $years } کلونو وروسته پاتې برخه اخلئ، چې نن یې ارزښت { $rest_price } دی.
