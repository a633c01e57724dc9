# دری: درخواست. Review status: see main.ftl.
apply-page-title = درخواست کمک برای خانه – Husly
apply-heading = درخواست کمک برای خانه
apply-lead = اینجا از کمون برای یافتن یا نگه‌داشتن خانه کمک می‌خواهید. یک درخواست می‌فرستید و کمون تعیین می‌کند که چه کمکی می‌توانید بگیرید.
apply-need-heading = آنچه لازم دارید
apply-need-id = شمارهٔ تولد (fødselsnummer) یا D-nummer (۱۱ رقم)
apply-need-economy = تقریباً چقدر شما و کسانی که با آنها زندگی می‌کنید عاید دارید، و خانه چقدر هزینه دارد
apply-need-time = تقریباً ۱۰ دقیقه. جواب‌ها هنگام نوشتن در تلفن ذخیره می‌شوند، پس می‌توانید استراحت کنید.
apply-privacy = تا در پایان «فرستادن درخواست» را فشار ندهید، چیزی فرستاده نمی‌شود.
apply-start = شروع درخواست
apply-resume = از جایی که ماندید ادامه دهید
apply-progress = مرحلهٔ { $n } از { $total }
apply-change = تغییر

apply-person-heading = چه کسی درخواست می‌دهد؟
apply-name = نام کامل
apply-national-id = شمارهٔ تولد (fødselsnummer) یا D-nummer
apply-national-id-hint = ۱۱ رقم. آن را مثلاً روی کارت بانکی، در نامه‌های NAV یا روی کارت اقامت پیدا می‌کنید.
apply-error-name = نام کامل را بنویسید.
apply-error-national-id-missing = شمارهٔ تولد یا D-nummer خود را بنویسید.

apply-contact-heading = کمون چگونه می‌تواند با شما تماس بگیرد؟
apply-contact-hint = شمارهٔ تلفن، ایمیل یا هر دو را بنویسید.
apply-phone = شمارهٔ تلفن
apply-phone-hint = مثلاً ⁦912 34 567⁩.
apply-email = ایمیل
apply-language = کدام زبان را ترجیح می‌دهید؟
apply-language-hint = کمون می‌کوشد به این زبان به شما جواب دهد.
apply-interpreter = هنگام صحبت با کمون به ترجمان نیاز دارم
apply-error-contact = شمارهٔ تلفن یا ایمیل بنویسید تا کمون بتواند با شما تماس بگیرد.
error-invalid-phone = یک شمارهٔ تلفن با ۸ تا ۱۵ رقم بنویسید، مثلاً ⁦912 34 567⁩.
error-invalid-email = یک آدرس ایمیل مانند name@example.no بنویسید.

apply-economy-heading = خانوار و اقتصاد
apply-economy-hint = اگر اینجا startlån یا bostøtte را حساب کرده‌اید، جواب‌ها پر شده‌اند. بررسی کنید که درست باشند.
apply-error-municipality = کمونی را که در آن زندگی می‌کنید بنویسید.
apply-error-income = عاید را بنویسید. اگر هیچ‌کس در خانوار عاید ندارد، 0 بنویسید.
apply-error-housing-cost = بنویسید خانه در ماه چقدر هزینه دارد. اگر چیزی نمی‌پردازید، 0 بنویسید.

apply-help-heading = برای چه چیزی درخواست می‌دهید؟
apply-help-hint = هر چیزی را که برایش کمک می‌خواهید علامت بزنید. ما آنچه را با جواب‌هایتان جور است علامت زده‌ایم. می‌توانید تغییرش دهید.
apply-help-fits = مناسب شما
apply-error-help = دست‌کم یک نوع کمک را انتخاب کنید.

apply-own-words-heading = دربارهٔ وضعیت‌تان بگویید
apply-own-words-label = با کلمات خودتان
apply-own-words-hint = اکنون چگونه زندگی می‌کنید و چه می‌خواهید؟ کمون باید پیش از تصمیم نظر شما را بشنود. می‌توانید هنگام صحبت با آنها هم بگویید.
apply-own-words-empty = چیزی نوشته نشده
apply-characters-left = { $n } نشانه برای شما باقی مانده است.
apply-error-too-long = متن خیلی طولانی است. کوتاه‌ترش کنید.

apply-check-heading = پیش از فرستادن جواب‌ها را بررسی کنید
apply-section-person = دربارهٔ شما
apply-section-situation = وضعیت زندگی فعلی شما
apply-section-economy = خانوار و اقتصاد
apply-section-help = کمکی که درخواست می‌کنید
apply-section-own-words = با کلمات خودتان
answer-yes = بلی
answer-no = نخیر
apply-declaration-heading = فرستادن درخواست
apply-consent = تا جایی که می‌توانم درست جواب داده‌ام. کمون می‌تواند این معلومات را برای رسیدگی به درخواست به کار ببرد و معلومات لازم را از NAV و Skatteetaten (ادارهٔ مالیات) بگیرد.
apply-error-consent = علامت بزنید که درست جواب داده‌اید و می‌پذیرید که کمون به درخواست رسیدگی کند.
apply-submit = فرستادن درخواست
apply-sending = در حال فرستادن …
apply-retry = دوباره فرستادن
apply-submit-failed = درخواست فرستاده نشد
apply-answers-kept = جواب‌های شما نگه داشته شده‌اند. وقتی دوباره کوشش کنید، درخواست فقط یک بار فرستاده می‌شود.
apply-waiting-heading = درخواست شما هنوز فرستاده نشده است
apply-waiting-body = اکنون با سرور تماس گرفته نمی‌توانیم، شاید به این دلیل که به انترنت وصل نیستید. درخواست شما روی همین دستگاه نگه داشته شده است و وقتی اتصال برگردد، خود ما آن را می‌فرستیم، حتی اگر صفحه را ببندید و Husly را بعداً باز کنید. فقط یک بار فرستاده می‌شود.
apply-waiting-change = همان‌طور که این‌جا است فرستاده می‌شود. اگر می‌خواهید چیزی را تغییر دهید، جواب را تغییر دهید و دوباره «فرستادن درخواست» را فشار دهید.
outbox-waiting = درخواست شما هنوز فرستاده نشده است. وقتی دوباره به انترنت وصل شوید، خودش فرستاده می‌شود.
outbox-waiting-link = دیدن درخواست
outbox-sent = دوباره به انترنت وصل هستید و درخواست شما فرستاده شد.
outbox-sent-link = دیدن رسید
apply-sent-already = شما از این دستگاه یک درخواست فرستاده‌اید. پاسخ‌های آن دیگر اینجا نگه‌داری نمی‌شوند.
apply-error-server = نزد ما مشکلی پیش آمد. کمی بعد دوباره کوشش کنید.

apply-receipt-heading = درخواست فرستاده شد
apply-receipt-reference = شمارهٔ مرجع شما
apply-receipt-sent = درخواست را در { $date } به کمون { $municipality } فرستادیم.
apply-receipt-keep = شمارهٔ مرجع را یادداشت کنید یا این صفحه را چاپ کنید. هنگام صحبت با کمون شمارهٔ مرجع را بگویید.
apply-next-heading = حالا چه می‌شود؟
apply-next-body = کمون درخواست را می‌خواند و با شما تماس می‌گیرد. اگر بیشتر از یک ماه طول بکشد، نامه‌ای می‌گیرید که می‌گوید کی منتظر جواب باشید (forvaltningsloven § 11 a).
apply-next-urgent = اگر امشب جایی برای خوابیدن ندارید، به NAV به شمارهٔ ⁦55 55 33 33⁩ زنگ بزنید یا امروز به دفتر NAV بروید.
apply-appeal-heading = اگر با جواب موافق نیستید
apply-appeal-body = جواب را در یک نامه (تصمیم، vedtak) می‌گیرید. اگر موافق نیستید، می‌توانید اعتراض کنید. مهلت سه هفته از زمانی است که نامه را گرفتید (forvaltningsloven § 29). در نامه نوشته شده که اعتراض را به کجا بفرستید. دفتر NAV می‌تواند در نوشتن آن کمک کند.
apply-print = چاپ
apply-summary-heading = آنچه فرستادید
apply-receipt-missing = اینجا رسیدی نیست
apply-receipt-missing-body = در این دستگاه هیچ درخواست فرستاده‌شده‌ای پیدا نکردیم. رسید وقتی کسی «از نو شروع کنید» را فشار دهد پاک می‌شود.
apply-status-label = وضعیت:
apply-status-received = دریافت شد. کمون هنوز رسیدگی به درخواست را شروع نکرده است.
apply-status-in-progress = در حال رسیدگی.
apply-status-decided = تصمیم گرفته شد. جواب با نامه می‌آید.
error-too-many-requests = از این دستگاه در زمان کوتاه درخواست‌های زیادی آمده است. یک دقیقه صبر کنید و دوباره کوشش کنید.

## The receipt: who will contact the resident about what (routes/apply/receipt/handled_by.rs)
apply-handled-by-heading = چه کسی دربارهٔ چه چیزی با شما تماس می‌گیرد
apply-handled-by-lead = هر بخش درخواست شما به جایی می‌رود که دربارهٔ آن تصمیم می‌گیرد. آن‌ها با شما تماس می‌گیرند.
handler-housing-office = خدمات مسکن کمون { $municipality }
handler-nav = دفتر NAV در جایی که زندگی می‌کنید
handler-husbanken = Husbanken (بانک دولتی مسکن)
handler-about = دربارهٔ:
handler-nav-how = دفتر NAV دربارهٔ این تصمیم می‌گیرد و با شما تماس می‌گیرد. می‌توانید با NAV به این شمارهٔ تلفن تماس بگیرید:
handler-husbanken-how = Husbanken دربارهٔ کمک مسکن (bostøtte) تصمیم می‌گیرد. درخواست را در husbanken.no می‌دهید، و کمون می‌تواند در درخواست به شما کمک کند.
decision-open = خواندن تصمیم
decision-ready = کمون در قضیهٔ شما تصمیم گرفته است.
receipt-meeting-heading = شما به ملاقات دعوت شده‌اید
receipt-meeting-when = { $date }، ساعت { $time }
receipt-meeting-open = دعوت‌نامه را ببینید و جواب دهید
receipt-meeting-confirmed = جواب داده‌اید که می‌آیید.
receipt-meeting-another = وقت دیگری خواسته‌اید.
receipt-documents-heading = اسناد
receipt-documents-body = اسنادی را که کمون می‌خواهد، مثلاً سند هویت، فیش معاش و قرارداد کرایه، مستقیم از تلفن خود بفرستید.
receipt-documents-open = اسناد را ضمیمه کنید
receipt-documents-send = اسناد را بفرستید
receipt-documents-waiting = { $count ->
    [one] سندی که ضمیمه کردید، هنوز فقط در این تلفن است. حالا آن را بفرستید تا به کمون برسد.
   *[other] { $count } سندی که ضمیمه کردید، هنوز فقط در این تلفن هستند. حالا آن‌ها را بفرستید تا به کمون برسند.
}
apply-documents = { $count ->
    [0] می‌توانید اسنادی را که کمون می‌خواهد، مثلاً فیش معاش و قرارداد کرایه، ضمیمه کنید. آن‌ها تا زمانی که درخواست را نفرستید، در این تلفن می‌مانند.
    [one] یک سند ضمیمه کرده‌اید. تا زمانی که درخواست را نفرستید، در این تلفن می‌ماند و بعد آن را از رسید می‌فرستید.
   *[other] { $count } سند ضمیمه کرده‌اید. تا زمانی که درخواست را نفرستید، در این تلفن می‌مانند و بعد آن‌ها را از رسید می‌فرستید.
}
