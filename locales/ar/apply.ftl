# العربية: الطلب. Review status: see main.ftl.
apply-page-title = قدّم طلب مساعدة في السكن – Husly
apply-heading = قدّم طلب مساعدة في السكن
apply-lead = هنا تطلب من البلدية المساعدة في الحصول على مسكن أو الاحتفاظ به. ترسل طلبًا واحدًا، وتحدد البلدية المساعدة التي يمكنك الحصول عليها.
apply-need-heading = ما الذي تحتاجه
apply-need-id = رقم fødselsnummer أو D-nummer (11 رقمًا)
apply-need-economy = تقريبًا كم تكسب أنت ومن يعيش معك، وكم يكلّف مسكنك
apply-need-time = حوالي 10 دقائق. تُحفظ إجاباتك على هاتفك أثناء الكتابة، فيمكنك أخذ استراحة.
apply-privacy = لا يُرسل أي شيء قبل أن تضغط «أرسل الطلب» في النهاية.
apply-start = ابدأ الطلب
apply-resume = تابع من حيث توقفت
apply-progress = الخطوة { $n } من { $total }
apply-change = تغيير

apply-person-heading = من يقدّم الطلب؟
apply-name = الاسم الكامل
apply-national-id = رقم fødselsnummer أو D-nummer
apply-national-id-hint = 11 رقمًا. تجده مثلًا على بطاقة البنك أو في رسائل NAV أو على بطاقة الإقامة.
apply-error-name = اكتب اسمك الكامل.
apply-error-national-id-missing = اكتب رقم fødselsnummer أو D-nummer الخاص بك.

apply-contact-heading = كيف يمكن للبلدية التواصل معك؟
apply-contact-hint = اكتب رقم الهاتف أو البريد الإلكتروني أو كليهما.
apply-phone = رقم الهاتف
apply-phone-hint = مثلًا ⁦912 34 567⁩.
apply-email = البريد الإلكتروني
apply-language = ما اللغة التي تفضّلها؟
apply-language-hint = ستحاول البلدية الرد عليك بهذه اللغة.
apply-interpreter = أحتاج إلى مترجم عندما أتحدث مع البلدية
apply-error-contact = اكتب رقم الهاتف أو البريد الإلكتروني حتى تتمكن البلدية من الوصول إليك.
error-invalid-phone = اكتب رقم هاتف من 8 إلى 15 رقمًا، مثلًا ⁦912 34 567⁩.
error-invalid-email = اكتب بريدًا إلكترونيًا مثل name@example.no.

apply-economy-heading = الأسرة والوضع المالي
apply-economy-hint = إذا حسبت هنا startlån أو bostøtte، فإجاباتك معبأة. تحقق من أنها صحيحة.
apply-error-municipality = اكتب البلدية التي تسكن فيها.
apply-error-income = اكتب الدخل. اكتب 0 إذا لم يكن لأحد في الأسرة دخل.
apply-error-housing-cost = اكتب كم يكلّف مسكنك في الشهر. اكتب 0 إذا كنت لا تدفع شيئًا.

apply-help-heading = ما الذي تريد أن تطلبه؟
apply-help-hint = ضع علامة على كل ما تريد المساعدة فيه. وضعنا علامة على ما يناسب إجاباتك. يمكنك تغييره.
apply-help-fits = مناسب لك
apply-error-help = اختر نوعًا واحدًا على الأقل من المساعدة.

apply-own-words-heading = أخبرنا عن وضعك
apply-own-words-label = بكلماتك الخاصة
apply-own-words-hint = كيف تسكن الآن، وماذا تتمنى؟ يجب أن تسمع البلدية رأيك قبل أن تقرر. يمكنك أيضًا أن تخبرهم عندما تتحدث معهم.
apply-own-words-empty = لم يُكتب شيء
apply-characters-left = بقي لك { $n } حرفًا.
apply-error-too-long = النص طويل جدًا. اجعله أقصر.

apply-check-heading = تحقق من إجاباتك قبل الإرسال
apply-section-person = عنك
apply-section-situation = كيف تسكن الآن
apply-section-economy = الأسرة والوضع المالي
apply-section-help = المساعدة التي تطلبها
apply-section-own-words = بكلماتك الخاصة
answer-yes = نعم
answer-no = لا
apply-declaration-heading = أرسل الطلب
apply-consent = أجبت بأدق ما أستطيع. يجوز للبلدية استخدام هذه المعلومات لمعالجة الطلب والحصول على المعلومات اللازمة من NAV ومصلحة الضرائب.
apply-error-consent = ضع علامة لتأكيد أن إجاباتك صحيحة وأن البلدية يجوز لها معالجة الطلب.
apply-submit = أرسل الطلب
apply-sending = جارٍ الإرسال …
apply-retry = حاول الإرسال مرة أخرى
apply-submit-failed = لم يُرسل الطلب
apply-answers-kept = إجاباتك محفوظة. عندما تحاول مرة أخرى، يُرسل الطلب مرة واحدة فقط.
apply-waiting-heading = لم يُرسل طلبك بعد
apply-waiting-body = لا نستطيع الوصول إلى الخادم الآن، ربما لأنك غير متصل بالإنترنت. طلبك محفوظ على هذا الجهاز، وسنرسله بأنفسنا عندما يعود الاتصال، حتى لو أغلقت الصفحة وفتحت Husly لاحقًا. سيُرسل مرة واحدة فقط.
apply-waiting-change = سيُرسل كما هو هنا. إذا أردت تغيير شيء، غيّر الإجابة واضغط «أرسل الطلب» مرة أخرى.
outbox-waiting = لم يُرسل طلبك بعد. سيُرسل تلقائيًا عندما تتصل بالإنترنت من جديد.
outbox-waiting-link = اعرض الطلب
outbox-sent = أنت متصل بالإنترنت من جديد، وقد أُرسل طلبك.
outbox-sent-link = اعرض الإيصال
apply-sent-already = لقد أرسلت طلبًا من هذا الجهاز. لم تعد إجاباته محفوظة هنا.
apply-error-server = حدث خطأ من جهتنا. حاول مرة أخرى بعد قليل.

apply-receipt-heading = تم إرسال طلبك
apply-receipt-reference = رقمك المرجعي هو
apply-receipt-sent = أرسلنا الطلب إلى بلدية { $municipality } في { $date }.
apply-receipt-keep = اكتب الرقم المرجعي أو اطبع هذه الصفحة. اذكر الرقم المرجعي عندما تتحدث مع البلدية.
apply-next-heading = ماذا يحدث الآن؟
apply-next-body = تقرأ البلدية طلبك وتتواصل معك. إذا استغرق ذلك أكثر من شهر، ستصلك رسالة تخبرك متى تتوقع الرد (forvaltningsloven § 11 a).
apply-next-urgent = إذا لم يكن لديك مكان تنام فيه الليلة، اتصل بـ NAV على الرقم ⁦55 55 33 33⁩ أو اذهب إلى مكتب NAV اليوم.
apply-appeal-heading = إذا لم توافق على الرد
apply-appeal-body = يصلك الرد في رسالة (قرار، «vedtak»). إذا لم توافق، يمكنك تقديم تظلّم. المهلة ثلاثة أسابيع من استلامك الرسالة (forvaltningsloven § 29). تذكر الرسالة أين ترسل التظلّم. يمكن لمكتب NAV مساعدتك في كتابته.
apply-print = اطبع
apply-summary-heading = ما أرسلته
apply-receipt-missing = لا يوجد إيصال هنا
apply-receipt-missing-body = لا نجد طلبًا مرسلًا على هذا الجهاز. يُحذف الإيصال عندما يضغط أحد على «ابدأ من جديد».
apply-status-label = الحالة:
apply-status-received = تم الاستلام. لم تبدأ البلدية بمعالجة الطلب بعد.
apply-status-in-progress = قيد المعالجة.
apply-status-decided = تم البت فيه. يصلك الرد في رسالة.
error-too-many-requests = وصلت طلبات كثيرة من هذا الجهاز في وقت قصير. انتظر دقيقة وحاول مرة أخرى.

## The receipt: who will contact the resident about what (routes/apply/receipt/handled_by.rs)
apply-handled-by-heading = من سيتواصل معك وبخصوص ماذا
apply-handled-by-lead = يذهب كل جزء من طلبك إلى الجهة التي تقرر فيه. وهي ستتواصل معك.
handler-housing-office = خدمة السكن في بلدية { $municipality }
handler-nav = مكتب NAV في مكان سكنك
handler-husbanken = Husbanken (بنك الإسكان الحكومي)
handler-about = بخصوص:
handler-nav-how = مكتب NAV يقرر في هذا وسيتواصل معك. يمكنك الوصول إلى NAV بالهاتف على الرقم
handler-husbanken-how = Husbanken يقرر في دعم السكن (bostøtte). تقدم الطلب على husbanken.no، ويمكن للبلدية أن تساعدك في الطلب.
decision-open = اقرأ القرار
decision-ready = اتخذت البلدية قرارًا في قضيتك.
receipt-meeting-heading = أنت مدعو إلى مقابلة
receipt-meeting-when = { $date }، الساعة { $time }
receipt-meeting-open = اعرض الدعوة ورُدّ عليها
receipt-meeting-confirmed = رددت بأنك ستحضر.
receipt-meeting-another = طلبت موعدًا آخر.
receipt-documents-heading = الوثائق
receipt-documents-body = أرسل الوثائق التي تطلبها البلدية، مثل إثبات الهوية وقسائم الراتب وعقد الإيجار، مباشرة من هاتفك.
receipt-documents-open = أرفق الوثائق
receipt-documents-send = أرسل الوثائق
receipt-documents-waiting = { $count ->
    [one] الوثيقة التي أرفقتها ما زالت على هذا الهاتف فقط. أرسلها الآن لتصل إلى البلدية.
    [two] أرفقت وثيقتين، وما زالتا على هذا الهاتف فقط. أرسلهما الآن لتصلا إلى البلدية.
    [few] أرفقت { $count } وثائق، وما زالت على هذا الهاتف فقط. أرسلها الآن لتصل إلى البلدية.
    [many] أرفقت { $count } وثيقة، وما زالت على هذا الهاتف فقط. أرسلها الآن لتصل إلى البلدية.
   *[other] أرفقت { $count } وثيقة، وما زالت على هذا الهاتف فقط. أرسلها الآن لتصل إلى البلدية.
}
apply-documents = { $count ->
    [0] يمكنك أن ترفق الوثائق التي تطلبها البلدية، مثل قسائم الراتب وعقد الإيجار. تبقى الوثائق على هذا الهاتف حتى ترسل الطلب.
    [one] أرفقت وثيقة واحدة. تبقى على هذا الهاتف حتى ترسل الطلب، ثم ترسلها من الإيصال.
    [two] أرفقت وثيقتين. تبقيان على هذا الهاتف حتى ترسل الطلب، ثم ترسلهما من الإيصال.
    [few] أرفقت { $count } وثائق. تبقى على هذا الهاتف حتى ترسل الطلب، ثم ترسلها من الإيصال.
    [many] أرفقت { $count } وثيقة. تبقى على هذا الهاتف حتى ترسل الطلب، ثم ترسلها من الإيصال.
   *[other] أرفقت { $count } وثيقة. تبقى على هذا الهاتف حتى ترسل الطلب، ثم ترسلها من الإيصال.
}
