# اقتصاد الأسرة: دخل كل بالغ، والديون والتكاليف الثابتة، والشراء، وشرح ذلك.
# Review status: see main.ftl.

## الاستمارة
income-person-heading = البالغ { $n }
field-income-old-age-single = يحصل هذا الشخص على معاش الشيخوخة (alderspensjon) من التأمين الوطني (folketrygden) ولا يسكن مع زوج أو شريك
field-income-young-disabled = يحصل هذا الشخص على معاش العجز (uføretrygd) وله حقوق ung ufør (العجز في سن مبكرة)
source-uforetrygd = معاش العجز (uføretrygd)
source-benefit = إعانة برنامج الاندماج (introduksjonsstønad) أو إعانة برنامج التأهيل (kvalifiseringsstønad)
estimate-incomplete-income = اكتب دخل كل بالغ، و0 إذا لم يكن لأحدهم دخل.
field-exclusion = هل ينطبق شيء من هذا على أحد في الأسرة؟
field-exclusion-hint = في هذه الحالة لا يمكن للأسرة الحصول على دعم السكن (bostøtte).
exclusion-none = لا، لا شيء من هذا
exclusion-student = طالب يحصل على دعم من Lånekassen، وليس لديه أطفال
exclusion-national-service = يؤدي الخدمة العسكرية أو المدنية
exclusion-institution = يسكن في مؤسسة تأخذ المقابل حسب الدخل
section-debts = الديون والتكاليف الثابتة
section-debts-hint = يجب أن تستطيع سداد قرض البداية (startlån) إلى جانب هذه. اترك فارغًا ما ليس لديك.
debt-consumer = القروض الاستهلاكية وبطاقات الائتمان
debt-student = قرض الدراسة
debt-car = قرض السيارة
debt-other = ديون أخرى
field-debt-monthly = الدفعة الشهرية
field-debt-balance = أو: كم عليك من الدين
field-debt-balance-hint = لا تعرف كم تدفع في الشهر؟ اكتب كم عليك من الدين، وسنحسب سدادًا عاديًا.
field-childcare = روضة الأطفال وSFO (الرعاية بعد المدرسة) في الشهر
field-child-support = نفقة الأطفال التي تدفعها في الشهر
field-purchase-kind = ماذا تريد أن تشتري؟
purchase-borettslag = حصة في borettslag (جمعية سكنية تعاونية)
purchase-selveier = ملكية كاملة: منزل، أو شقة في sameie
field-maintenance = التكاليف المشتركة والصيانة في الشهر للمسكن الذي تريد شراءه
field-maintenance-hint = تجدها في إعلان البيع: التكاليف المشتركة (في borettslag مع الدين المشترك) والصيانة.
answer-none = لا يوجد

## النتائج
income-heading = الدخل بعد الضريبة
income-result = { $persons ->
    [zero] نحو { $year } في السنة بعد الضريبة، و{ $month } في الشهر.
    [one] نحو { $year } في السنة بعد الضريبة، و{ $month } في الشهر.
    [two] نحو { $year } في السنة بعد الضريبة للبالغَين الاثنين معًا، و{ $month } في الشهر.
    [few] نحو { $year } في السنة بعد الضريبة لـ{ $persons } بالغين معًا، و{ $month } في الشهر.
    [many] نحو { $year } في السنة بعد الضريبة لـ{ $persons } بالغًا معًا، و{ $month } في الشهر.
   *[other] نحو { $year } في السنة بعد الضريبة لـ{ $persons } بالغ معًا، و{ $month } في الشهر.
}
startlan-gap-too-large = ينقص نحو { $amount }. نادرًا ما تغطي المنحة مبلغًا بهذا الحجم. ما قد يساعد: مال خاص أكثر، أو مسكن أرخص (مع القرض الذي تستطيع سداده يناسبك سعر في حدود { $price })، أو الملكية المشتركة (deleie) إذا كانت البلدية توفرها.
startlan-purchase-costs-estimated = تُقدَّر تكاليف الشراء بـ{ $amount }. يوضح قسم «كيف حسبنا» ما تشمله.
startlan-fits = يبدو أن المسكن في متناولك: القرض الذي تحتاجه لا يزيد على ما تستطيع سداده.
startlan-maintenance-missing = التكاليف المشتركة والصيانة غير محسوبة. تجدها في إعلان البيع: اكتبها، وإلا بدا القرض الذي تستطيع سداده أكبر مما هو عليه.
explain-tax-pension-deduction-not-included = الخصم الضريبي على دخل التقاعد (skattefradrag for pensjonsinntekt) غير محسوب في هذا التقدير بعد. لذلك قد تكون الضريبة أقل مما هو معروض، والدخل بعد الضريبة أعلى.
old-figures-notice = بعض الأرقام في هذا التقدير تخص فترة سابقة. ليس لدينا أرقام أحدث، فنستخدم أحدث ما لدينا:
old-figure = { $name }: سارٍ من { $from } إلى { $until }
figure-node-tax-income_tax = معدلات الضريبة
figure-node-tax-minimum_deduction = الخصم الأدنى
figure-node-living_costs-guideline_rates = معدلات الدولة الإرشادية لتكاليف المعيشة
figure-node-bostotte-cost_cap = الحد الأقصى لتكاليف السكن في دعم السكن
figure-node-bostotte-egenandel = الحصة الخاصة (egenandel) في دعم السكن
figure-node-bostotte-allowances = الإضافات إلى تكاليف السكن في دعم السكن
figure-node-bostotte-coverage_rate = النسبة التي يغطيها دعم السكن
figure-node-bostotte-income = الثروة في دعم السكن
figure-node-bostotte-minimum_payout = أدنى مبلغ يُصرف من دعم السكن
figure-node-bostotte-municipality_groups = مجموعات البلديات في دعم السكن
figure-node-bostotte-weighting = الترجيح حسب عدد الأشخاص
figure-node-needs-municipal_criteria = شروط البلدية
figure-node-startlan-debt_repayment = السداد المعتاد للدين
figure-node-startlan-deleie = الملكية المشتركة (deleie)
figure-node-startlan-grant = منحة التأسيس (tilskudd til etablering)
figure-node-startlan-policy_rate = سعر الفائدة الأساسي
figure-node-startlan-purchase_costs = تكاليف الشراء
figure-node-startlan-stress = اختبار تحمل سعر الفائدة
figure-node-startlan-term = مدة السداد
figure-per-year = { $value } في السنة
figure-per-month = { $value } في الشهر
figure-years = { $n } سنة
figure-months = { $n } شهر
figure-node-startlan-interest = سعر الفائدة على قرض البداية

chart-axis-y = دعم السكن في الشهر (حتى { $max })
chart-axis-x = دخل الأسرة في السنة قبل الضريبة (من 0 إلى { $max })

## كيف حسبنا
explain-tax-person = البالغ { $person }: { $source }.
explain-tax-not-personinntekt = إعانة برنامج الاندماج (introduksjonsstønad) وإعانة برنامج التأهيل (kvalifiseringsstønad) ليستا دخلًا شخصيًا: لا يُدفع عنهما اشتراك التأمين الوطني (trygdeavgift) ولا الضريبة التصاعدية (trinnskatt).
explain-income-household = جميع البالغين معًا: { $gross } قبل الضريبة، والضريبة { $total_tax }، و{ $net } بعد الضريبة في السنة.
error-more-incomes-than-adults = عدد الدخول المذكورة أكبر من عدد البالغين في الأسرة.
explain-bostotte-egenandel-special = حصة الأسرة الخاصة (egenandel) أقل لأن { $group }.
egenandel-group-single-old-age = شخصًا يعيش وحده يحصل على معاش الشيخوخة (alderspensjon)
egenandel-group-young-disabled = أحد أفرادها يحصل على معاش العجز (uføretrygd) بصفته ung ufør
explain-startlan-debt-payment = { $debt }: { $monthly } في الشهر.
explain-startlan-debt-balance = { $debt }: عليك { $balance }. نحسب السداد على مدى { $years ->
        [one] سنة واحدة
        [two] سنتين
        [few] { $years } سنوات
       *[other] { $years } سنة
    } بفائدة { $rate }، أي { $monthly } في الشهر.
explain-startlan-fixed-costs = مع روضة الأطفال وSFO { $childcare } ونفقة الأطفال { $child_support }، تصبح التكاليف الثابتة { $total } في الشهر.
explain-startlan-own-rate-above-stress = سعر فائدة القرض نفسه، { $rate }، أعلى من سعر اختبار التحمل { $stress_rate }. يجب أن تستطيع سداد القرض بهذا السعر أيضًا.
explain-startlan-purchase-costs-selveier = تكاليف شراء مسكن بملكية كاملة بسعر { $price }: رسم dokumentavgift وتسجيل عقد الملكية ووثيقة الرهن، والمجموع { $costs }.
explain-startlan-purchase-costs-borettslag = لا يوجد dokumentavgift على حصة في borettslag. تسجيل الرهن يكلف { $costs }. رسوم تغيير المالك الخاصة بالـborettslag نفسه غير محسوبة.
explain-startlan-grant-need = ما ينقص، { $gap }، قد تغطيه منحة التأسيس (tilskudd til etablering). اسأل البلدية. مع القرض الذي تستطيع سداده يناسبك سعر في حدود { $affordable_price }.
explain-startlan-gap-too-large = ما ينقص، { $gap }، أكثر مما تغطيه المنحة عادةً. مع القرض الذي تستطيع سداده ومالك الخاص يناسبك سعر في حدود { $affordable_price }.

## Deleie and leie til eie, where the municipality offers them
estimates-terms-own = قرض البداية (startlån) محسوب بقواعد { $municipality } السارية منذ { $date }.
estimates-terms-national = ليس لدى Husly قواعد خاصة بـ { $municipality }؛ استُخدمت الشروط الوطنية.
estimates-terms-loading = جارٍ جلب قواعد البلدية …
estimates-terms-unavailable = لم نتمكن من جلب قواعد البلدية الخاصة؛ استُخدمت الشروط الوطنية.
rent-or-buy-open = الإيجار أو التملك؟ اعرف كم يكلفك ذلك في الشهر، وما الذي يمنعك
ownership-heading = امتلاك جزء من المسكن
ownership-deleie-what = الملكية المشتركة (deleie): تشتري جزءًا من المسكن بقرض البداية (startlån) وتملك البلدية الباقي. تسكن في المسكن كله وتدفع للبلدية كل شهر مقابل جزئها. يمكنك شراء المزيد لاحقًا.
ownership-leie-til-eie-what = الإيجار المنتهي بالتملك (leie til eie): تشتري جزءًا من المسكن الآن وتستأجر الباقي. بعد بضع سنوات تشتري الباقي.
ownership-share-label = ما حجم الحصة التي ستشتريها في الملكية المشتركة (deleie)؟
ownership-price-missing = اكتب سعر المسكن الذي تريد شراءه (تحت «إذا كنت تريد شراء مسكن») وسنعرض لك تكلفة الملكية المشتركة (deleie) والإيجار المنتهي بالتملك (leie til eie) كل شهر إلى جانب الإيجار والاقتراض لشراء المسكن كله.
ownership-caption = تكلفة الإيجار وامتلاك حصة وامتلاك المسكن كله كل شهر
ownership-column-choice = طريقة السكن
ownership-column-monthly = في الشهر
ownership-column-loan = قرض البداية (startlån)
ownership-column-owned = ما تملكه
ownership-renting = الإيجار، كما اليوم
ownership-deleie = الملكية المشتركة (deleie)
ownership-leie-til-eie = الإيجار المنتهي بالتملك (leie til eie)
ownership-full-startlan = المسكن كله بقرض البداية (startlån)
ownership-no-loan = لا شيء
ownership-short = ينقص { $amount }
ownership-owns-nothing = لا شيء
ownership-owns-share = { $share } من المسكن ({ $value })
ownership-owns-share-then-rest = { $share } الآن ({ $value }). تشتري الباقي ({ $rest } بسعر اليوم) بعد { $years ->
        [one] سنة واحدة
        [two] سنتين
        [few] { $years } سنوات
       *[other] { $years } سنة
    }.
ownership-owns-whole = المسكن كله ({ $value })
ownership-renting-how = الإيجار: ما كتبته على أنه تكاليف سكنك اليوم.
ownership-monthly-note = في الملكية المشتركة (deleie) والإيجار المنتهي بالتملك (leie til eie)، المبلغ الشهري هو قسط القرض مضافًا إليه ما تدفعه مقابل الجزء الذي لا تملكه. وتأتي التكاليف المشتركة والصيانة إضافةً إلى ذلك عندما تكون مالكًا.
figure-profile-offers-deleie-minimum_share = أصغر حصة يمكنك شراؤها في الملكية المشتركة (deleie)
figure-profile-offers-deleie-compensation_rate = ما تدفعه للبلدية مقابل حصتها، في السنة
figure-profile-offers-leie_til_eie-first_share = الحصة التي تشتريها أولًا في الإيجار المنتهي بالتملك (leie til eie)
figure-profile-offers-leie_til_eie-rest_after_years = متى تشتري الباقي في الإيجار المنتهي بالتملك (leie til eie)
figure-profile-offers-leie_til_eie-rent_rate = إيجار الجزء الذي لم يُشترَ بعد، في السنة
figure-profile-startlan-interest_margin = هامش البلدية فوق فائدة Husbanken
figure-profile-startlan-interest_rate = فائدة البلدية على قرض البداية (startlån)
figure-profile-startlan-stress_add_on = إضافة البلدية في اختبار التحمل
figure-profile-startlan-longest_term_years = أطول مدة سداد لدى البلدية
