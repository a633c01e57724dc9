# The glossary: what each Norwegian term that the text keeps in Norwegian (src/i18n/terms.rs)
# means, shown in brackets after its first appearance on a page, e.g. "startlån (…)". Short and
# plain, without the term itself or another Norwegian term. Review status: see main.ftl.

glossary-startlan = قرض من البلدية لشراء مسكن
glossary-bostotte = دفعة شهرية من الدولة تساعد في تكاليف السكن عندما يكون الدخل منخفضًا
glossary-nav = المكتب الحكومي للعمل والإعانات والخدمات الاجتماعية
glossary-husbanken = بنك الإسكان الحكومي
glossary-fodselsnummer = رقم هويتك النرويجي المكوّن من 11 رقمًا
glossary-d-nummer = رقم هوية نرويجي مؤقت لمن ليس لديه رقم دائم
glossary-vedtak = قرار مكتوب من جهة حكومية، يمكنك الطعن فيه
glossary-egenandel = الجزء الذي تدفعه بنفسك
glossary-depositum = مبلغ تأمين تدفعه للمالك عندما تستأجر مسكنًا
glossary-tilskudd-til-etablering = منحة من البلدية لشراء مسكن، لأصحاب الدخل المنخفض
glossary-midlertidig-botilbud = مكان مؤقت للإقامة عندما لا يكون لديك مكان تسكن فيه
glossary-vanskeligstilt = وصف القانون لمن لا يستطيع بنفسه أن يجد مسكنًا مناسبًا أو يحتفظ به
glossary-sosialtjenesteloven = قانون الخدمات الاجتماعية
glossary-boligsosialloven = القانون الذي يُلزم البلدية بمساعدة من يواجهون صعوبة في السكن
glossary-forvaltningsloven = قانون الإدارة العامة: القواعد التي تتبعها الجهات الحكومية في معالجة قضيتك
glossary-minstefradrag = خصم ثابت من الدخل قبل حساب الضريبة
glossary-skattemelding = الإقرار الضريبي السنوي
glossary-skatteetaten = مصلحة الضرائب النرويجية
glossary-trygdeavgift = اشتراك التأمين الوطني، ضريبة على الدخل
glossary-trinnskatt = ضريبة إضافية على الدخل المرتفع
glossary-bolig-forst = «السكن أولًا»: مسكن خاص بك أولًا، ثم المساعدة للاحتفاظ به
glossary-lanekassen = الجهة الحكومية لقروض ومنح الطلاب
glossary-borettslag = جمعية سكنية تعاونية: تشتري حصة وتدفع تكاليف مشتركة كل شهر
glossary-sameie = مبنى مملوك بالاشتراك: شقتك ملكك والباقي مشترك
glossary-deleie = ملكية جزئية: تشتري جزءًا من المسكن وتستأجر الباقي من البلدية
glossary-legevakt = طبيب الطوارئ، عندما تكون عيادة طبيبك مغلقة
