# The glossary: what each Norwegian term that the text keeps in Norwegian (src/i18n/terms.rs)
# means, shown in brackets after its first appearance on a page, e.g. "startlån (…)". Short and
# plain, without the term itself or another Norwegian term. Review status: see main.ftl.

glossary-startlan = قرضی از کمون برای خرید خانه
glossary-bostotte = پرداخت ماهانه از دولت برای کمک به مصارف خانه، وقتی عاید کم است
glossary-nav = ادارهٔ دولتی کار، کمک‌های مالی و خدمات اجتماعی
glossary-husbanken = بانک دولتی مسکن
glossary-fodselsnummer = نمبر هویت ۱۱ رقمی ناروی شما
glossary-d-nummer = نمبر هویت موقت ناروی، برای کسانی که نمبر دایمی ندارند
glossary-vedtak = تصمیم کتبی یک ادارهٔ دولتی، که می‌توانید بر آن اعتراض کنید
glossary-egenandel = بخشی که خودتان می‌پردازید
glossary-depositum = پول ضمانتی که هنگام کرایه گرفتن خانه به صاحب خانه می‌دهید
glossary-tilskudd-til-etablering = کمک مالی کمون برای خرید خانه، برای کسانی که عاید کم دارند
glossary-midlertidig-botilbud = جای موقت برای ماندن، وقتی جایی برای زندگی ندارید
glossary-vanskeligstilt = اصطلاح قانون برای کسی که خودش نمی‌تواند خانهٔ مناسب پیدا کند یا نگه دارد
glossary-sosialtjenesteloven = قانون خدمات اجتماعی
glossary-boligsosialloven = قانونی که کمون را مکلف می‌کند به کسانی که در مسکن مشکل دارند کمک کند
glossary-forvaltningsloven = قانون ادارهٔ عامه: قواعدی که ادارات دولتی در رسیدگی به قضیهٔ شما رعایت می‌کنند
glossary-minstefradrag = کسر ثابت از عاید پیش از مالیات
glossary-skattemelding = اظهارنامهٔ سالانهٔ مالیات
glossary-skatteetaten = ادارهٔ مالیات ناروی
glossary-trygdeavgift = حق بیمهٔ ملی، مالیاتی بر عاید
glossary-trinnskatt = مالیات اضافی بر عاید بلند
glossary-bolig-forst = «اول خانه»: اول یک خانه از خودتان، بعد کمک برای نگه داشتن آن
glossary-lanekassen = ادارهٔ دولتی قرضه و کمک هزینهٔ تحصیلی
glossary-borettslag = شرکت تعاونی مسکن: سهمی می‌خرید و هر ماه مصارف مشترک می‌پردازید
glossary-sameie = ساختمانی با ملکیت مشترک: آپارتمان شما از خودتان است و بقیه مشترک است
glossary-deleie = ملکیت بخشی: بخشی از خانه را می‌خرید و بقیه را از کمون کرایه می‌کنید
glossary-legevakt = داکتر عاجل، وقتی مطب داکتر خودتان بسته است
