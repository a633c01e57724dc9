# العربية. Review status: machine-assisted, waiting for a qualified translator.
app-name = Husly
skip-to-content = الانتقال إلى المحتوى الرئيسي
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

not-yet-body = هذا الجزء غير جاهز بعد. إذا كنت بحاجة إلى مساعدة الآن، فتواصل مع مكتب NAV أو مع بلديتك.
back-to-start = العودة إلى الصفحة الرئيسية
not-found-title = لم نجد الصفحة
not-found-body = قد يكون العنوان خاطئًا، أو ربما نُقلت الصفحة.
