# دری. Review status: machine-assisted, waiting for a qualified translator.
app-name = Husly
skip-to-content = رفتن به محتوای اصلی
start-over = از نو شروع کنید
start-over-waiting = درخواست شما هنوز فرستاده نشده است. اگر از نو شروع کنید، از این دستگاه پاک می‌شود و هرگز فرستاده نمی‌شود. با این هم از نو شروع می‌کنید؟
start-over-receipt = رسید درخواست شما از این دستگاه پاک می‌شود. بدون آن نمی‌توانید تصمیم را اینجا بخوانید یا به دعوت‌نامه‌ها جواب دهید. اول شمارهٔ مرجع را یادداشت کنید. با این هم از نو شروع می‌کنید؟
language-picker-label = زبان (Language)
footer-privacy = آنچه می‌نویسید تا زمانی که خودتان درخواست را نفرستید، در تلفن شما می‌ماند.

home-page-title = Husly – کمک برای یافتن و نگه‌داشتن خانه
home-heading = کمک برای یافتن و نگه‌داشتن خانه
home-lead = بدانید که از شاروالی (کمون) و NAV چه کمکی می‌توانید بگیرید، تقریباً حساب کنید که چه مقدار می‌توانید بگیرید، و درخواست بدهید – همه در یک جا.
entry-needs-title = بدانید کدام کمک برای شما مناسب است
entry-needs-body = به چند سوال کوتاه دربارهٔ جای زندگی فعلی‌تان جواب دهید.
entry-estimates-title = محاسبهٔ قرضهٔ آغاز (startlån) و کمک مسکن (bostøtte)
entry-estimates-body = تقریباً ببینید چقدر می‌توانید قرض بگیرید و چقدر کمک مسکن (bostøtte) می‌توانید بگیرید.
entry-apply-title = درخواست کمک
entry-apply-body = یک درخواست به کمون برای کمک در یافتن یا نگه‌داشتن خانه.
entry-receipt-title = درخواستی که فرستاده‌اید
entry-receipt-body = رسید، اینکه حالا چه می‌شود، دعوت‌نامه‌های ملاقات و تصمیم.

back-to-start = بازگشت به صفحهٔ اول
not-found-title = صفحه پیدا نشد
not-found-body = شاید آدرس اشتباه باشد، یا صفحه جابه‌جا شده باشد.

## Estimates
estimates-page-title = محاسبهٔ startlån و bostøtte – Husly
estimates-heading = محاسبهٔ قرضهٔ آغاز (startlån) و کمک مسکن (bostøtte)
estimates-lead = آنچه را می‌دانید پر کنید. جواب همزمان با نوشتن شما می‌آید. هیچ چیزی که اینجا می‌نویسید به جایی فرستاده نمی‌شود.
estimates-disclaimer = این یک تخمین است، نه یک تصمیم. کمون و Husbanken تصمیم می‌گیرند.
section-where = کجا زندگی می‌کنید؟
section-household = چه کسی با شما زندگی می‌کند؟
section-income = عاید
section-housing = خانه‌ای که اکنون دارید
section-purchase = اگر می‌خواهید خانه بخرید
field-municipality = کمون
field-municipality-hint = نام یا شمارهٔ چهاررقمی کمون را بنویسید.
field-adults = تعداد بزرگسالان (۱۸ سال و بالاتر)، با خودتان
field-couple = دو نفر از بزرگسالان متأهل، هم‌خانه یا شریک ثبت‌شده هستند
field-children-0-5 = تعداد کودکان ۰ تا ۵ ساله
field-children-6-10 = تعداد کودکان ۶ تا ۱۰ ساله
field-children-11-17 = تعداد کودکان ۱۱ تا ۱۷ ساله
field-income = عاید
field-income-hint = به کرون، مثلاً 350,000.
period-year = یک سال است
period-month = یک ماه است
basis-gross = پیش از مالیات است
basis-net = پس از مالیات است
field-income-source = چه نوع عایدی است؟
source-wages = معاش، پول مریضی، AAP یا کمک بیکاری
source-pension = تقاعد (alderspensjon، AFP و تقاعدهای دیگر)
field-wealth = دارایی
field-wealth-hint = پول در بانک و دیگر چیزهایی که دارید، منهای قرض. اگر دارایی ندارید، خالی بگذارید.
field-home-kind = چگونه زندگی می‌کنید؟
home-rented = کرایه‌نشین هستم
home-cooperative = مالک یک آپارتمان هستم (borettslag یا sameie)
home-owned-house = مالک یک خانه هستم
home-none = خانهٔ خودم را ندارم
field-housing-cost = مصارف خانه در ماه
field-housing-cost-hint = کرایه، یا هزینه‌های مشترک، سود و قسط قرضهٔ خانه.
field-adapted = خانه برای معلولیت مناسب‌سازی شده است
field-home-price = قیمت خانه‌ای که می‌خواهید بخرید
field-home-price-hint = اگر فقط می‌خواهید بدانید چقدر می‌توانید قرض بگیرید، خالی بگذارید.
field-own-funds = پول خودتان برای خرید
field-error-not-a-number = یک عدد بنویسید، مثلاً 12,000.
field-error-negative = عدد نمی‌تواند کمتر از صفر باشد.
estimate-incomplete = برای دیدن تخمین، کمون، عاید هر بزرگسال و مصارف خانه را پر کنید.
results-heading = تخمین
bostotte-heading = کمک مسکن (bostøtte)
bostotte-result = می‌توانید تقریباً { $amount } در ماه کمک مسکن (bostøtte) بگیرید.
bostotte-none = با این معلومات، احتمالاً bostøtte نمی‌گیرید.
startlan-heading = قرضهٔ آغاز (startlån)
startlan-result = احتمالاً می‌توانید یک startlån تقریباً { $amount } را در { $years } سال بپردازید.
startlan-long-term = در { $years } سال تقریباً { $amount } می‌شود، اگر شرایط برای بازپرداخت به این درازی پوره شود.
startlan-no-capacity = با این معلومات، از عاید به اندازهٔ کافی برای پرداخت قرضه باقی نمی‌ماند. کمون می‌تواند با شما راه‌های دیگر را بررسی کند.
startlan-purchase-payment = یک قرضهٔ { $loan } تقریباً { $amount } در ماه هزینه دارد.
startlan-grant-need = تقریباً { $amount } کم است. از کمون دربارهٔ tilskudd til etablering (کمک مالی برای اسکان) بپرسید.
unverified-notice = بعضی از نرخ‌هایی که به کار می‌بریم هنوز تأیید نشده‌اند. ممکن است مبلغ کمی فرق کند.
parameters-date = نرخ‌ها از { $date } اعتبار دارند.
official-calculator-bostotte = ماشین حساب bostøtte از Husbanken
official-calculator-startlan = دربارهٔ startlån در Husbanken بخوانید
how-we-calculated = چگونه حساب کردیم
figure-valid-from = معتبر از { $date }
figure-unverified = تأیید نشده
chart-title = bostøtte بر اساس عاید
chart-desc = خط نشان می‌دهد که خانوار با عاید ۰ تا { $max_income } در سال چقدر bostøtte در ماه می‌تواند بگیرد. نقطه عاید شماست.
chart-caption = هرچه عاید بیشتر، bostøtte کمتر. نقطه شما را نشان می‌دهد.

## Front-desk mode (a shared device at a NAV or municipal front desk)
front-desk-new-client = مراجع جدید
front-desk-banner = حالت میز پذیرش: { $name } وارد شده است. درخواست‌ها از طرف کسی که اینجاست فرستاده می‌شوند. وقتی تمام شد، «مراجع جدید» را فشار دهید.
front-desk-on-behalf = درخواست از طرف این شخص، از میز پذیرش فرستاده می‌شود.

## Languages and the interpreter view
# The state of this language's text (README.md, "Languages"; tests/locales.rs keeps them
# equal). Not shown; do not translate: "reviewed" (checked by a qualified translator), "team"
# (written by the Husly team, not checked by a qualified translator: translation-notice-team)
# or "machine-assisted" (waiting for a qualified translator: translation-notice).
translation-status = machine-assisted
translation-notice = این متن با کمک ماشین ترجمه شده و هنوز توسط یک مترجم مسلکی بررسی نشده است. اگر چیزی روشن نیست، ترجمان بخواهید.
translation-notice-team = این متن را تیم Husly نوشته است و توسط یک مترجم مسلکی بررسی نشده است. اگر چیزی روشن نیست، ترجمان بخواهید.
interpreter-view = نمایش متن نارویژی در کنار آن

## Where to turn: a municipality's housing office (components/contact_card.rs)
contact-card-office = { $office }، کمون { $municipality }
contact-card-phone = تلفن
contact-card-web = صفحهٔ انترنتی
contact-card-address = آدرس
contact-card-opening-hours = ساعات کار
contact-card-books-interpreters = اگر به ترجمان نیاز داشته باشید، دفتر ترجمان می‌گیرد.
contact-card-ask-for-interpreter = اگر به ترجمان نیاز دارید، هنگام تماس بگویید.
opening-hours-range = { $first }–{ $last } { $opens }–{ $closes }
opening-hours-day = { $day } { $opens }–{ $closes }
weekday-monday = دوشنبه
weekday-tuesday = سه‌شنبه
weekday-wednesday = چهارشنبه
weekday-thursday = پنجشنبه
weekday-friday = جمعه
weekday-saturday = شنبه
weekday-sunday = یکشنبه
field-error-not-a-whole-number = یک عدد کامل را با رقم بنویسید، مثلاً 3.

# Shown on a page read before the app arrived: when the app could not be loaded, and while it still loads after the reader has begun (src/components/layout.rs).
app-not-loaded = صفحه کاملاً بارگذاری نشد، بنابراین دکمه‌های آن هنوز کار نمی‌کنند. اتصال انترنت خود را بررسی کنید و صفحه را دوباره بارگذاری کنید.
app-reload = صفحه را دوباره بارگذاری کنید
app-starting = صفحه هنوز در حال بارگذاری است. آنچه می‌نویسید و انتخاب می‌کنید، نگه داشته می‌شود.
