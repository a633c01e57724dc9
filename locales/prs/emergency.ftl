# Nowhere to sleep tonight: the emergency help, and the law behind the needs check's answer.
# Review status: see main.ftl.

## The start page's way in (its title is emergency-heading)
emergency-entry-body = به NAV زنگ بزنید، یا امروز به دفتر NAV بروید. این‌طور کمک می‌گیرید.

## The emergency help
emergency-page-title = امشب جایی برای خوابیدن ندارید؟ – Husly
emergency-outcome = در این صورت شما «vanskeligstilt på boligmarkedet» (در بازار مسکن در وضعیت دشوار) هستید، و موضوع عاجل است. NAV باید کمک کند که امشب جایی برای خوابیدن پیدا کنید.
emergency-call = به NAV زنگ بزنید
emergency-call-evening = اگر شب یا آخر هفته است، به شفاخانهٔ عاجل (legevakt) زنگ بزنید:
emergency-office = امروز به دفتر NAV بروید
emergency-office-here = به دفتر NAV در کمونی بروید که حالا در آن هستید.
emergency-office-in = به دفتر NAV در { $municipality } بروید.
emergency-office-duty = NAV باید کمک کند که امشب جایی برای خوابیدن پیدا کنید (جای موقت، midlertidig botilbud، sosialtjenesteloven § 27).
emergency-say = چه می‌توانید بگویید
emergency-say-words = امشب جایی برای خوابیدن ندارم و به جای موقت نیاز دارم.
emergency-say-meaning = یعنی:
emergency-say-show = می‌توانید صفحه را هم به آن‌ها نشان دهید.
emergency-danger = آیا حالا در خطر هستید؟ به پولیس زنگ بزنید:
emergency-continue = به سؤال‌های بیشتر جواب دهید
emergency-continue-hint = اختیاری است. اگر جواب دهید، می‌بینید که چه کمک دیگری ممکن است برای شما مناسب باشد، مثلاً خانه‌ای از کمون.

## The needs check's answer
needs-outcome-emergency = شما «vanskeligstilt på boligmarkedet» (در بازار مسکن در وضعیت دشوار) هستید، و موضوع عاجل است، چون امشب جایی برای خوابیدن ندارید.
needs-law-heading = این بر چه اساسی است
explain-needs-no-bed-tonight = امشب جایی برای خوابیدن ندارید. پس شما در بازار مسکن در وضعیت دشوار هستید، و موضوع عاجل است.
explain-law-vanskeligstilt = قانون مسئولیت کمون‌ها در عرصهٔ مسکن اجتماعی (boligsosialloven)، از 1 جولای 2023: شما «vanskeligstilt på boligmarkedet» هستید اگر به دلایل مالی، اجتماعی یا صحی نتوانید خودتان یک خانهٔ مناسب پیدا کنید یا نگه دارید.
explain-law-individual-help = طبق boligsosialloven § 6، کمون باید با همکاری شما کمکی به شما بدهد که با شما و نیازهای‌تان مطابقت داشته باشد.
explain-law-temporary-accommodation = طبق sosialtjenesteloven § 27، کمون باید برای کسی که خودش نمی‌تواند، جای موقت (midlertidig botilbud) پیدا کند. این کار را دفتر NAV انجام می‌دهد.
