# نصوص الشروح والقرارات والأخطاء في حزمة القواعد. Review status: see main.ftl.

## كيف حسبنا: الدخل والضريبة
explain-income-gross-given = ذكرت دخلك قبل الضريبة: { $gross } في السنة. بعد الضريبة يصبح تقريبًا { $net }.
explain-income-net-given = ذكرت دخلك بعد الضريبة. هذا يعادل تقريبًا { $gross } في السنة قبل الضريبة، و{ $net } بعدها.
explain-tax-minimum-deduction = الخصم الأدنى من { $gross } هو { $deduction }.
explain-tax-ordinary-income = الدخل العادي بعد الخصومات هو { $ordinary_income }. والضريبة عليه { $tax }.
explain-tax-trygdeavgift = اشتراك التأمين الوطني (trygdeavgift) هو { $trygdeavgift }.
explain-tax-trinnskatt = الضريبة التصاعدية (trinnskatt) هي { $trinnskatt }.
explain-tax-net = مجموع الضريبة تقريبًا { $total_tax }. يبقى لك { $net } في السنة.

## كيف حسبنا: دعم السكن (bostøtte)
explain-bostotte-costs = تكاليف السكن { $monthly_cost } في الشهر. ويُضاف مبلغ ثابت للتدفئة، { $heating } في السنة.
explain-bostotte-house-operating = للمنزل المستقل يُحسب أيضًا { $amount } في السنة لتكاليف التشغيل.
explain-bostotte-cost-cap = بالنسبة إلى { $persons ->
        [one] شخص واحد
       *[other] { $persons } أشخاص
    } في { $municipality } (المجموعة { $group })، تُحسب تكاليف السكن حتى { $cap } في السنة.
explain-bostotte-counted-costs = تكاليف السكن { $costs } في السنة. نحسب { $counted }، لأن الحد الأقصى هو { $cap }.
explain-bostotte-income = الدخل { $gross_income }. ويُحسب من ثروتك { $wealth_part }. المجموع { $income }.
explain-bostotte-weighting = { $persons ->
        [1] تسكن وحدك، لذلك يُحسب الدخل كما هو: { $weighted } في السنة.
       *[other] يُقسم الدخل على { $factor } لأن { $persons } أشخاص يسكنون معًا. النتيجة { $weighted } في السنة.
    }
explain-bostotte-egenandel = حصتك الخاصة (egenandel)، أي ما تدفعه بنفسك، هي { $egenandel } في السنة.
explain-bostotte-coverage = يغطي دعم السكن { $rate } من تكاليف السكن فوق حصتك الخاصة. أي { $monthly } في الشهر.
explain-bostotte-below-minimum = المبلغ أقل من { $minimum } في الشهر. المبالغ الصغيرة إلى هذا الحد لا تُصرف.
explain-bostotte-excluded-student = الطلاب الذين يحق لهم دعم من Lånekassen وليس لديهم أطفال لا يمكنهم الحصول على دعم السكن.
explain-bostotte-excluded-national-service = من يؤدي الخدمة العسكرية أو المدنية لا يمكنه الحصول على دعم السكن.
explain-bostotte-excluded-institution = من يسكن في مؤسسة ويدفع حسب دخله لا يمكنه الحصول على دعم السكن.
explain-bostotte-no-home = دعم السكن لمن لديه مسكن خاص ويدفع تكاليفه.

## كيف حسبنا: قرض البداية (startlån)
explain-startlan-living-floor = معدلات الدولة لتكاليف المعيشة لـ{ $adults ->
        [one] شخص بالغ واحد
       *[other] { $adults } بالغين
    } و{ $children ->
        [0] بدون أطفال
        [one] طفل واحد
       *[other] { $children } أطفال
    } هي { $floor } في الشهر. لا نحسب أبدًا أقل من ذلك.
explain-startlan-living-raised-to-floor = ذكرت تكاليف معيشة أقل من معدلات الدولة. نحسب { $floor }.
explain-startlan-available = الدخل بعد الضريبة { $net_income } في الشهر. ناقص المعيشة { $living_costs } والتكاليف الثابتة الأخرى { $other_fixed_costs } والصيانة والتكاليف المشتركة { $maintenance }: يبقى { $available } للقرض.
explain-startlan-rate = سعر الفائدة { $rate } (سعر Husbanken المتغير مع هامش البلدية).
explain-startlan-rate-municipal = سعر الفائدة { $rate }، كما حددته البلدية.
explain-startlan-stress-rate = يجب أن تتحمل سعر فائدة { $stress_rate } (سعر الفائدة الأساسي مع هامش).
explain-startlan-max-loan = على مدى { $years } سنة يمكنك سداد قرض بقيمة { $max_loan } تقريبًا.
explain-startlan-long-term-applies = يبدو أن شروط السداد على مدى { $years } سنة متحققة. عندها يمكنك سداد { $max_loan } تقريبًا.
explain-startlan-long-term-not-met = على مدى { $years } سنة كان يمكنك سداد { $max_loan } تقريبًا، لكن حسب إجاباتك لا تتحقق شروط هذه المدة الطويلة.
explain-startlan-purchase = ثمن المسكن { $price }، ويكلف الشراء فوق ذلك { $costs }. تحتاج إلى اقتراض { $loan_needed }. يمكنك على الأرجح سداد { $loan } بمبلغ { $monthly } في الشهر.
explain-startlan-deleie = في الملكية المشتركة تشتري { $share } من المسكن بمبلغ { $share_price }، وتدفع للبلدية { $compensation } في الشهر عن الباقي. القرض: { $loan }. الناقص: { $grant_need }. المجموع { $monthly_total } في الشهر.

## فحص الاحتياجات
explain-needs-homeless = ليس لديك مكان ثابت للسكن.
explain-needs-at-risk = قد تفقد مسكنك.
explain-needs-unsuitable = مسكنك أو المنطقة لا يناسبانك.
explain-needs-yes = حسب إجاباتك، قد تكون في وضع صعب في سوق السكن. على البلدية عندها أن تقيّم المساعدة التي تحتاجها.
explain-needs-maybe = قد تكون في وضع صعب في سوق السكن. على البلدية أن تنظر في وضعك.
explain-needs-no = حسب إجاباتك، لا يبدو أنك في وضع صعب في سوق السكن. يمكنك مع ذلك الحصول على نصيحة.
explain-needs-rental-home-criteria = تشترط بلديات كثيرة أن يكون عمرك فوق 18 سنة وأن تكون قد سكنت في البلدية بضع سنوات للحصول على مسكن بلدي.
reason-without-home = أنت بلا مسكن.
reason-at-risk-of-losing-home = أنت معرّض لفقدان مسكنك.
reason-unsuitable-home = تسكن في مسكن أو منطقة لا تناسبك.
reason-financial = وضعك المالي يصعّب عليك الحصول على مسكن أو الاحتفاظ به.
reason-health = الصحة أو الإعاقة تصعّب عليك الحصول على مسكن أو الاحتفاظ به.
reason-social = الظروف الاجتماعية تصعّب عليك الحصول على مسكن أو الاحتفاظ به.
why-no-bed-tonight = ليس لديك مكان تنام فيه الليلة. على NAV أن يساعدك في مكان سكن مؤقت.
why-homeless-and-health = أنت بلا مسكن ولديك مشاكل صحية. برنامج «السكن أولًا» (Bolig først) يوفر مسكنًا دائمًا مع متابعة.
why-rental-home-criteria-met = يبدو أنك تستوفي الشروط المعتادة للمسكن البلدي.
why-rental-home-ask-municipality = اسأل البلدية عن شروط المسكن البلدي.
why-deposit-to-rent = يمكن لـ NAV أن يضمن مبلغ التأمين حتى تتمكن من الاستئجار.
why-debt-or-arrears = لديك ديون أو إيجار متأخر. يمكن لـ NAV أن يساعدك في أمورك المالية.
why-support-to-keep-home = يمكنك الحصول على متابعة في البيت لتتمكن من السكن.
why-bostotte-estimate-positive = التقدير يُظهر أنه يمكنك الحصول على دعم السكن.
why-startlan-bank-refused = رفض البنك منحك قرضًا. قرض البداية لمن لا يحصل على قرض من بنك عادي.
why-startlan-capacity = التقدير يُظهر أنه يمكنك سداد قرض.
why-grant-gap = القرض لا يغطي ثمن المسكن كله. يمكن لمنحة أن تغطي الباقي.
why-home-not-accessible = المسكن لا يناسب إعاقتك.
why-advice-always = تقدم البلدية وNAV النصيحة بشأن السكن والمال وحقوقك.
help-where-nav = قدّم طلبك في مكتب NAV الخاص بك.
help-where-municipality = قدّم طلبك إلى البلدية.
help-where-husbanken = قدّم طلبك على husbanken.no.
bring-id = إثبات الهوية
bring-income = بيان بالدخل
bring-lease = عقد الإيجار
bring-lease-offer = عرض عقد إيجار
bring-debts = بيان بالديون
bring-bills = الفواتير والتذكيرات
bring-housing-costs = بيان بتكاليف السكن
bring-tax-return = الإقرار الضريبي
bring-bank-refusal = رفض البنك
bring-health-documentation = وثائق عن الصحة أو الإعاقة

## الأخطاء
error-no-adults = يجب أن يكون في الأسرة شخص بالغ واحد على الأقل.
error-negative-amount = لا يمكن أن يكون المبلغ أقل من صفر.
error-absurd-amount = المبلغ أكبر مما يمكننا حسابه. تحقق من صحته.
error-child-age = يجب أن يكون عمر الأطفال أقل من 18 سنة. احسب من هم فوق 18 سنة بالغين.
error-too-many-persons = في الأسرة أشخاص أكثر مما يمكننا حسابه.
error-unknown-municipality = لا نجد البلدية. اكتب الاسم أو الرقم المكوّن من أربعة أرقام.
error-municipality-not-in-force = رقم البلدية لم يكن ساريًا في هذا التاريخ.
error-no-parameters = ليست لدينا معدلات لهذا التاريخ.
error-out-of-range = الرقم خارج ما يمكننا حسابه.
error-invalid-input = تعذّرت قراءة شيء في الإجابات.
error-io = حدث خطأ ما. حاول مرة أخرى.
error-invalid-national-id = رقم الهوية الشخصية (fødselsnummer) أو رقم D غير صحيح. يتكون من 11 رقمًا.
error-required = يجب ملء هذا الحقل.
error-invalid-text = النص طويل جدًا أو يحتوي على رموز لا يمكننا قبولها.

## The municipality's own criteria and offers (its profile)
criteria-national-default = ليست لدينا بعد شروط بلديتك الخاصة. هذه هي الشروط المعتادة للمسكن البلدي للإيجار. قد تكون لبلديتك شروط أخرى.
criteria-national-municipality = البلدية عادةً
criterion-residence-permit-met = { $municipality } تشترط تصريح إقامة للمسكن البلدي للإيجار. لديك تصريح إقامة.
criterion-residence-permit-not-met = { $municipality } تشترط تصريح إقامة للمسكن البلدي للإيجار. أجبت بأنه ليس لديك تصريح.
criterion-residence-permit-unknown = { $municipality } تشترط تصريح إقامة للمسكن البلدي للإيجار. لا نعرف إن كان لديك تصريح.
criterion-residence-years-met = { $municipality } تشترط أن تكون قد سكنت في البلدية خلال آخر { $years } سنوات. سكنت هناك { $answered ->
        [one] سنة واحدة
        [two] سنتين
        [few] { $answered } سنوات
       *[other] { $answered } سنة
    }.
criterion-residence-years-not-met = { $municipality } تشترط أن تكون قد سكنت في البلدية خلال آخر { $years } سنوات. سكنت هناك { $answered ->
        [one] سنة واحدة
        [two] سنتين
        [few] { $answered } سنوات
       *[other] { $answered } سنة
    }، لذلك هذا الشرط غير مستوفى.
criterion-residence-years-unknown = { $municipality } تشترط أن تكون قد سكنت في البلدية خلال آخر { $years } سنوات. لا نعرف كم من الوقت سكنت هناك.
criterion-min-age-met = { $municipality } تشترط ألا يقل عمرك عن { $age } سنة. عمرك { $answered } سنة.
criterion-min-age-met-caring-for-children = { $municipality } تشترط ألا يقل عمرك عن { $age } سنة، لكنها تستثني من يعتني بأطفال. عمرك { $answered } سنة وتعتني بأطفال.
criterion-min-age-not-met = { $municipality } تشترط ألا يقل عمرك عن { $age } سنة. عمرك { $answered } سنة، لذلك هذا الشرط غير مستوفى.
criterion-min-age-unknown = { $municipality } تشترط ألا يقل عمرك عن { $age } سنة. لا نعرف عمرك.
criterion-min-age-unknown-children = { $municipality } تشترط ألا يقل عمرك عن { $age } سنة، لكنها تستثني من يعتني بأطفال. عمرك { $answered } سنة. لا نعرف إن كنت تعتني بأطفال.
criterion-lease-ending-met = { $municipality } تعدّك معرضًا لخطر فقدان مسكنك عندما ينتهي عقد إيجارك خلال { $months } أشهر دون حق في تجديده. عقدك ينتهي بعد { $answered ->
        [one] شهر واحد
        [two] شهرين
        [few] { $answered } أشهر
       *[other] { $answered } شهرًا
    }.
criterion-lease-ending-not-met = { $municipality } تعدّك معرضًا لخطر فقدان مسكنك عندما ينتهي عقد إيجارك خلال { $months } أشهر دون حق في تجديده. عقدك ينتهي بعد { $answered ->
        [one] شهر واحد
        [two] شهرين
        [few] { $answered } أشهر
       *[other] { $answered } شهرًا
    }، لذلك لا يُحتسب ذلك بعد.
criterion-lease-ending-unknown = { $municipality } تعدّك معرضًا لخطر فقدان مسكنك عندما ينتهي عقد إيجارك خلال { $months } أشهر دون حق في تجديده. لا نعرف متى ينتهي عقدك.
criterion-leaving-institution-met = { $municipality } تعدّك بلا مسكن عندما تخرج من مؤسسة أو سجن خلال { $months } أشهر وليس لديك مكان تسكن فيه. ستخرج بعد { $answered ->
        [one] شهر واحد
        [two] شهرين
        [few] { $answered } أشهر
       *[other] { $answered } شهرًا
    }.
criterion-leaving-institution-not-met = { $municipality } تعدّك بلا مسكن عندما تخرج من مؤسسة أو سجن خلال { $months } أشهر وليس لديك مكان تسكن فيه. ستخرج بعد { $answered ->
        [one] شهر واحد
        [two] شهرين
        [few] { $answered } أشهر
       *[other] { $answered } شهرًا
    }، لذلك لا يُحتسب ذلك بعد.
criterion-leaving-institution-unknown = { $municipality } تعدّك بلا مسكن عندما تخرج من مؤسسة أو سجن خلال { $months } أشهر وليس لديك مكان تسكن فيه. لا نعرف متى ستخرج.
why-rental-home-criterion-not-met = يبدو أنك لا تستوفي كل شروط البلدية للمسكن البلدي للإيجار. يمكن للبلدية أن تستثني، فاسألها مع ذلك.
explain-needs-help-not-offered = { $municipality } لا تقدم هذا، لذلك لا نقترحه: { $help }.
explain-startlan-leie-til-eie = في الإيجار المنتهي بالتملك (leie til eie) تشتري الآن { $share } من المسكن بمبلغ { $share_price }، وتستأجر الباقي بمبلغ { $rent } في الشهر. القرض: { $loan }. الناقص: { $grant_need }. المجموع { $monthly_total } في الشهر. بعد { $years } سنوات تشتري الباقي، وقيمته اليوم { $rest_price }.
