# العربية. Review status: machine-assisted, waiting for a qualified translator.
app-name = Husly
skip-to-content = الانتقال إلى المحتوى الرئيسي
start-over = ابدأ من جديد
start-over-waiting = لم يُرسل طلبك بعد. إذا بدأت من جديد، فسيُحذف من هذا الجهاز ولن يُرسل أبدًا. هل تريد البدء من جديد على أي حال؟
start-over-receipt = سيُحذف إيصال طلبك من هذا الجهاز. من دونه لن تستطيع قراءة القرار أو الرد على الدعوات هنا. اكتب الرقم المرجعي أولًا. هل تريد البدء من جديد على أي حال؟
language-picker-label = اللغة (Language)
footer-privacy = ما تكتبه يبقى على هاتفك حتى ترسل الطلب بنفسك.

home-page-title = Husly – مساعدة في الحصول على سكن والحفاظ عليه
home-heading = مساعدة في الحصول على سكن والحفاظ عليه
home-lead = اعرف ما المساعدة التي يمكنك الحصول عليها من البلدية ومن NAV، واحسب تقريبًا ما يمكنك الحصول عليه، وقدّم طلبك – كل ذلك في مكان واحد.
entry-needs-title = اعرف ما المساعدة المناسبة لك
entry-needs-body = أجب عن بعض الأسئلة القصيرة حول مكان سكنك الآن.
entry-estimates-title = احسب قرض البداية (startlån) ودعم السكن (bostøtte)
entry-estimates-body = اعرف تقريبًا كم يمكنك أن تقترض، وكم يمكن أن تحصل عليه من دعم السكن.
entry-apply-title = قدّم طلب مساعدة
entry-apply-body = طلب واحد إلى البلدية للمساعدة في الحصول على سكن أو الحفاظ عليه.
entry-receipt-title = الطلب الذي أرسلته
entry-receipt-body = الإيصال، وماذا يحدث الآن، والدعوات إلى مقابلة، والقرار.

back-to-start = العودة إلى الصفحة الرئيسية
not-found-title = لم نجد الصفحة
not-found-body = قد يكون العنوان خاطئًا، أو ربما نُقلت الصفحة.

## Estimates
estimates-page-title = احسب قرض البداية ودعم السكن – Husly
estimates-heading = احسب قرض البداية (startlån) ودعم السكن (bostøtte)
estimates-lead = املأ ما تعرفه. تظهر الإجابة أثناء الكتابة. لا يُرسل شيء مما تكتبه هنا إلى أي مكان.
estimates-disclaimer = هذا تقدير وليس قرارًا. البلدية وHusbanken هما من يقرران.
section-where = أين تسكن؟
section-household = من يسكن معك؟
section-income = الدخل
section-housing = مسكنك الحالي
section-purchase = إذا كنت تريد شراء مسكن
field-municipality = البلدية
field-municipality-hint = اكتب اسم البلدية أو رقمها المكوّن من أربعة أرقام.
field-adults = عدد البالغين (18 سنة فأكثر)، وأنت منهم
field-couple = اثنان من البالغين متزوجان أو يعيشان معًا أو شريكان مسجلان
field-children-0-5 = عدد الأطفال من 0 إلى 5 سنوات
field-children-6-10 = عدد الأطفال من 6 إلى 10 سنوات
field-children-11-17 = عدد الأطفال من 11 إلى 17 سنة
field-income = الدخل
field-income-hint = بالكرونة، مثلًا 350,000.
period-year = في السنة
period-month = في الشهر
basis-gross = قبل الضريبة
basis-net = بعد الضريبة
field-income-source = ما نوع الدخل؟
source-wages = راتب، أو تعويض مرضي، أو AAP، أو إعانة بطالة
source-pension = معاش تقاعد (alderspensjon وAFP ومعاشات أخرى)
field-wealth = الثروة
field-wealth-hint = المال في البنك وما تملكه غير ذلك، ناقص الديون. اترك الحقل فارغًا إذا لم تكن لديك ثروة.
field-home-kind = كيف تسكن؟
home-rented = أستأجر
home-cooperative = أملك شقة (borettslag أو sameie)
home-owned-house = أملك منزلًا
home-none = ليس لدي مسكن خاص
field-housing-cost = تكاليف السكن في الشهر
field-housing-cost-hint = الإيجار، أو التكاليف المشتركة وفوائد وأقساط قرض السكن.
field-adapted = المسكن مهيأ لشخص ذي إعاقة
field-home-price = ثمن المسكن الذي تريد شراءه
field-home-price-hint = اترك الحقل فارغًا إذا كنت تريد فقط معرفة كم يمكنك أن تقترض.
field-own-funds = مالك الخاص للشراء
field-error-not-a-number = اكتب رقمًا، مثلًا 12,000.
field-error-negative = لا يمكن أن يكون الرقم أقل من صفر.
estimate-incomplete = املأ البلدية ودخل كل بالغ وتكاليف السكن لترى التقدير.
results-heading = التقدير
bostotte-heading = دعم السكن (bostøtte)
bostotte-result = يمكنك الحصول على نحو { $amount } في الشهر من دعم السكن.
bostotte-none = حسب هذه المعلومات، على الأرجح لن تحصل على دعم السكن.
startlan-heading = قرض البداية (startlån)
startlan-result = يمكنك على الأرجح سداد قرض بداية بقيمة { $amount } تقريبًا على مدى { $years } سنة.
startlan-long-term = على مدى { $years } سنة يصبح نحو { $amount }، إذا تحققت شروط هذه المدة الطويلة.
startlan-no-capacity = حسب هذه المعلومات، لا يبقى من الدخل ما يكفي لسداد قرض. يمكن للبلدية أن تبحث معك عن حلول أخرى.
startlan-purchase-payment = قرض بقيمة { $loan } يكلف نحو { $amount } في الشهر.
startlan-grant-need = ينقص نحو { $amount }. اسأل البلدية عن منحة (tilskudd til etablering).
unverified-notice = بعض المعدلات التي نستخدمها لم تُؤكَّد بعد. قد يختلف المبلغ قليلًا.
parameters-date = المعدلات سارية من { $date }.
official-calculator-bostotte = حاسبة دعم السكن الخاصة بـ Husbanken
official-calculator-startlan = اقرأ عن قرض البداية لدى Husbanken
how-we-calculated = كيف حسبنا
figure-valid-from = ساري من { $date }
figure-unverified = غير مؤكد
chart-title = دعم السكن حسب الدخل
chart-desc = يُظهر الخط مقدار دعم السكن الذي يمكن للأسرة الحصول عليه في الشهر عند دخل من 0 إلى { $max_income } في السنة. النقطة هي دخلك.
chart-caption = كلما ارتفع الدخل قلّ دعم السكن. النقطة تمثلك.

## Front-desk mode (a shared device at a NAV or municipal front desk)
front-desk-new-client = عميل جديد
front-desk-banner = وضع مكتب الاستقبال: { $name } مسجّل الدخول. تُرسل الطلبات نيابةً عن الشخص الموجود هنا. اضغط «عميل جديد» عند الانتهاء.
front-desk-on-behalf = يُرسل الطلب نيابةً عن هذا الشخص من مكتب الاستقبال.

## Languages and the interpreter view
# The state of this language's text (README.md, "Languages"; tests/locales.rs keeps them
# equal). Not shown; do not translate: "reviewed" (checked by a qualified translator), "team"
# (written by the Husly team, not checked by a qualified translator: translation-notice-team)
# or "machine-assisted" (waiting for a qualified translator: translation-notice).
translation-status = machine-assisted
translation-notice = تُرجم هذا النص بمساعدة الترجمة الآلية ولم يراجعه مترجم مؤهل بعد. إذا كان هناك شيء غير واضح، اطلب مترجمًا فوريًا.
translation-notice-team = كتب فريق Husly هذا النص، ولم يراجعه مترجم مؤهل. إذا كان هناك شيء غير واضح، اطلب مترجمًا فوريًا.
interpreter-view = اعرض النص النرويجي بجانبه

## Where to turn: a municipality's housing office (components/contact_card.rs)
contact-card-office = { $office }، بلدية { $municipality }
contact-card-phone = الهاتف
contact-card-web = الموقع الإلكتروني
contact-card-address = العنوان
contact-card-opening-hours = ساعات العمل
contact-card-books-interpreters = يحجز المكتب مترجمًا إذا احتجت إليه.
contact-card-ask-for-interpreter = إذا احتجت إلى مترجم، فأخبرهم بذلك عند التواصل.
opening-hours-range = { $first }–{ $last } { $opens }–{ $closes }
opening-hours-day = { $day } { $opens }–{ $closes }
weekday-monday = الاثنين
weekday-tuesday = الثلاثاء
weekday-wednesday = الأربعاء
weekday-thursday = الخميس
weekday-friday = الجمعة
weekday-saturday = السبت
weekday-sunday = الأحد
field-error-not-a-whole-number = اكتب عددًا صحيحًا بالأرقام، مثلًا 3.

# Shown on a page read before the app arrived: when the app could not be loaded, and while it still loads after the reader has begun (src/components/layout.rs).
app-not-loaded = لم يكتمل تحميل الصفحة، لذلك لا تعمل أزرارها بعد. تحقق من اتصالك بالإنترنت، ثم أعد تحميل الصفحة.
app-reload = أعد تحميل الصفحة
app-starting = ما زالت الصفحة قيد التحميل. ما تكتبه وتختاره يُحفظ.
