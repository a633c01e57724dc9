# اقتصاد خانوار: عاید هر بزرگسال، قرض‌ها و مصارف ثابت، خرید، و توضیح آن‌ها.
# Review status: see main.ftl.

## فورم
income-person-heading = بزرگسال { $n }
field-income-old-age-single = این شخص از بیمهٔ ملی (folketrygden) alderspensjon (تقاعد سن) می‌گیرد و با همسر یا هم‌خانه زندگی نمی‌کند
field-income-young-disabled = این شخص uføretrygd (معاش معلولیت) می‌گیرد و حقوق ung ufør (معلول جوان) را دارد
source-uforetrygd = Uføretrygd (معاش معلولیت)
source-benefit = Introduksjonsstønad یا kvalifiseringsstønad
estimate-incomplete-income = عاید هر بزرگسال را بنویسید؛ اگر کسی عاید ندارد، 0 بنویسید.
field-exclusion = آیا یکی از این‌ها دربارهٔ کسی در خانوار صدق می‌کند؟
field-exclusion-hint = در آن صورت خانوار نمی‌تواند bostøtte بگیرد.
exclusion-none = نه، هیچ‌کدام
exclusion-student = محصلی که از Lånekassen کمک می‌گیرد و فرزند ندارد
exclusion-national-service = در خدمت نظامی یا خدمت ملکی است
exclusion-institution = در مؤسسه‌ای زندگی می‌کند که بر اساس عاید پول می‌گیرد
section-debts = قرض‌ها و مصارف ثابت
section-debts-hint = startlån باید در کنار این‌ها قابل پرداخت باشد. آنچه را ندارید خالی بگذارید.
debt-consumer = قرضهٔ مصرفی و کارت کریدت
debt-student = قرضهٔ تحصیلی
debt-car = قرضهٔ موتر
debt-other = قرض‌های دیگر
field-debt-monthly = پرداخت در ماه
field-debt-balance = یا: چقدر قرضدار هستید
field-debt-balance-hint = نمی‌دانید در ماه چقدر می‌پردازید؟ بنویسید چقدر قرضدار هستید، و ما یک بازپرداخت معمول حساب می‌کنیم.
field-childcare = کودکستان و SFO (مراقبت بعد از مکتب) در ماه
field-child-support = نفقهٔ فرزند که در ماه می‌پردازید
field-purchase-kind = چه چیزی می‌خواهید بخرید؟
purchase-borettslag = سهم در borettslag (تعاونی مسکن)
purchase-selveier = مالکیت کامل: خانه، یا آپارتمان در sameie
field-maintenance = هزینه‌های مشترک و نگهداری در ماه برای خانه‌ای که می‌خواهید بخرید
field-maintenance-hint = در اعلان فروش نوشته شده است: هزینه‌های مشترک (در borettslag همراه با قرض مشترک آن) و نگهداری.
answer-none = هیچ

## نتیجه‌ها
income-heading = عاید پس از مالیات
income-result = { $persons ->
    [one] تقریباً { $year } در سال پس از مالیات، { $month } در ماه.
   *[other] تقریباً { $year } در سال پس از مالیات برای { $persons } بزرگسال با هم، { $month } در ماه.
}
startlan-gap-too-large = تقریباً { $amount } کم است. کمک مالی به ندرت این‌قدر را می‌پوشاند. آنچه می‌تواند کمک کند: پول بیشتر از خودتان، خانهٔ ارزان‌تر (با قرضه‌ای که می‌توانید بپردازید، قیمتی حدود { $price } مناسب است)، یا deleie (مالکیت مشترک) اگر کمون آن را پیشنهاد کند.
startlan-purchase-costs-estimated = مصارف خرید { $amount } تخمین زده شده است. بخش «چگونه حساب کردیم» نشان می‌دهد که چه چیزهایی در آن شامل است.
startlan-fits = به نظر می‌رسد خرید این خانه ممکن است: قرضه‌ای که لازم دارید، از قرضه‌ای که می‌توانید بپردازید بیشتر نیست.
startlan-maintenance-missing = هزینه‌های مشترک و نگهداری شامل نیست. این‌ها در اعلان فروش نوشته شده‌اند: آن‌ها را بنویسید، ورنه قرضه‌ای که می‌توانید بپردازید بزرگ‌تر از آنچه هست به نظر می‌رسد.
explain-tax-pension-deduction-not-included = کسر مالیات برای عاید تقاعد (skattefradrag for pensjonsinntekt) هنوز در این تخمین شامل نیست. بنابراین مالیات شاید کمتر از آنچه نشان داده شده باشد، و عاید پس از مالیات بیشتر.
old-figures-notice = بعضی از ارقام این تخمین مربوط به یک دورهٔ قبلی است. ارقام جدیدتر نداریم و جدیدترین ارقامی را که داریم به کار می‌بریم:
old-figure = { $name }: معتبر از { $from } تا { $until }
figure-node-tax-income_tax = نرخ‌های مالیات
figure-node-tax-minimum_deduction = کسر حداقل (minstefradrag)
figure-node-living_costs-guideline_rates = نرخ‌های رهنمای دولت برای مصارف زندگی
figure-node-bostotte-cost_cap = سقف مصارف خانه در bostøtte
figure-node-bostotte-egenandel = سهم خودتان (egenandel) در bostøtte
figure-node-bostotte-allowances = افزوده‌ها به مصارف خانه در bostøtte
figure-node-bostotte-coverage_rate = سهمی که bostøtte می‌پوشاند
figure-node-bostotte-income = دارایی در bostøtte
figure-node-bostotte-minimum_payout = کمترین پرداخت bostøtte
figure-node-bostotte-municipality_groups = گروه‌های کمون در bostøtte
figure-node-bostotte-weighting = وزن‌دهی بر اساس تعداد اشخاص
figure-node-needs-municipal_criteria = شرایط کمون
figure-node-startlan-debt_repayment = بازپرداخت معمول قرض
figure-node-startlan-deleie = Deleie (مالکیت مشترک)
figure-node-startlan-grant = Tilskudd til etablering (کمک مالی برای اسکان)
figure-node-startlan-policy_rate = سود بانک مرکزی
figure-node-startlan-purchase_costs = مصارف خرید
figure-node-startlan-stress = آزمون فشار سود
figure-node-startlan-term = مدت بازپرداخت
figure-per-year = { $value } در سال
figure-per-month = { $value } در ماه
figure-years = { $n } سال
figure-months = { $n } ماه
figure-node-startlan-interest = سود startlån

chart-axis-y = bostøtte در ماه (تا { $max })
chart-axis-x = عاید سالانهٔ خانوار پیش از مالیات (از ۰ تا { $max })

## چگونه حساب کردیم
explain-tax-person = بزرگسال { $person }: { $source }.
explain-tax-not-personinntekt = Introduksjonsstønad و kvalifiseringsstønad عاید شخصی نیستند: از آن‌ها trygdeavgift یا trinnskatt پرداخت نمی‌شود.
explain-income-household = همهٔ بزرگسالان با هم: { $gross } پیش از مالیات، مالیات { $total_tax }، { $net } پس از مالیات در سال.
error-more-incomes-than-adults = تعداد عایدهای نوشته‌شده بیشتر از تعداد بزرگسالان خانوار است.
explain-bostotte-egenandel-special = سهم خود (egenandel) خانوار کمتر است، چون { $group }.
egenandel-group-single-old-age = یک شخص تنها alderspensjon می‌گیرد
egenandel-group-young-disabled = یک نفر uføretrygd را به عنوان ung ufør می‌گیرد
explain-startlan-debt-payment = { $debt }: { $monthly } در ماه.
explain-startlan-debt-balance = { $debt }: { $balance } قرضدار هستید. ما بازپرداخت را در { $years } سال با سود { $rate } حساب می‌کنیم، که { $monthly } در ماه می‌شود.
explain-startlan-fixed-costs = با کودکستان و SFO { $childcare } و نفقهٔ فرزند { $child_support }، مصارف ثابت { $total } در ماه می‌شود.
explain-startlan-own-rate-above-stress = سود خود قرضه، { $rate }، بالاتر از سود آزمون فشار { $stress_rate } است. قرضه باید با آن سود هم قابل پرداخت باشد.
explain-startlan-purchase-costs-selveier = مصارف خرید یک خانه با مالکیت کامل به قیمت { $price }: dokumentavgift و ثبت قباله و سند گرو، مجموعاً { $costs }.
explain-startlan-purchase-costs-borettslag = سهم در borettslag دارای dokumentavgift نیست. ثبت گرو { $costs } هزینه دارد. فیس تغییر مالک خود borettslag شامل نیست.
explain-startlan-grant-need = آنچه کم است، { $gap }، شاید با tilskudd til etablering (کمک مالی برای اسکان) پوشانده شود. از کمون بپرسید. با قرضه‌ای که می‌توانید بپردازید، قیمتی حدود { $affordable_price } مناسب است.
explain-startlan-gap-too-large = آنچه کم است، { $gap }، بیشتر از آن است که کمک مالی معمولاً می‌پوشاند. با قرضه‌ای که می‌توانید بپردازید و پول خودتان، قیمتی حدود { $affordable_price } مناسب است.

## Deleie and leie til eie, where the municipality offers them
estimates-terms-own = قرضهٔ آغاز (startlån) با قواعد { $municipality } حساب شده است، که از { $date } نافذ است.
estimates-terms-national = Husly قواعد خاصی برای { $municipality } ندارد؛ شرایط ملی به کار رفته است.
estimates-terms-loading = در حال گرفتن قواعد کمون …
estimates-terms-unavailable = نتوانستیم قواعد خاص کمون را بگیریم؛ شرایط ملی به کار رفته است.
rent-or-buy-open = کرایه یا مالکیت؟ ببینید در ماه چقدر برایتان هزینه دارد و چه چیزی مانع است
ownership-heading = مالکیت بخشی از خانه
ownership-deleie-what = Deleie (مالکیت مشترک): شما بخشی از خانه را با قرضهٔ آغاز (startlån) می‌خرید و باقی آن مال کمون است. شما در تمام خانه زندگی می‌کنید و هر ماه برای بخش کمون به کمون پول می‌پردازید. بعداً می‌توانید بیشتر بخرید.
ownership-leie-til-eie-what = Leie til eie (کرایه تا مالکیت): شما حالا بخشی از خانه را می‌خرید و باقی را کرایه می‌کنید. بعد از چند سال باقی را می‌خرید.
ownership-share-label = با deleie چه اندازه سهم می‌خرید؟
ownership-price-missing = قیمت خانه‌ای را که می‌خواهید بخرید بنویسید (زیر «اگر می‌خواهید خانه بخرید»)، آنگاه نشان می‌دهیم که deleie و leie til eie ماهانه چقدر هزینه دارند، در کنار کرایه و قرضه برای تمام خانه.
ownership-caption = هزینهٔ ماهانهٔ کرایه، مالکیت یک سهم و مالکیت تمام خانه
ownership-column-choice = شیوهٔ زندگی
ownership-column-monthly = در ماه
ownership-column-loan = قرضهٔ آغاز (startlån)
ownership-column-owned = مال شما
ownership-renting = کرایه، مانند امروز
ownership-deleie = Deleie (مالکیت مشترک)
ownership-leie-til-eie = Leie til eie (کرایه تا مالکیت)
ownership-full-startlan = تمام خانه با قرضهٔ آغاز (startlån)
ownership-no-loan = هیچ
ownership-short = { $amount } کم است
ownership-owns-nothing = هیچ چیز
ownership-owns-share = { $share } از خانه ({ $value })
ownership-owns-share-then-rest = { $share } حالا ({ $value }). باقی را ({ $rest } به قیمت امروز) بعد از { $years ->
        [one] یک سال
       *[other] { $years } سال
    } می‌خرید.
ownership-owns-whole = تمام خانه ({ $value })
ownership-renting-how = کرایه: آنچه به عنوان مصارف مسکن امروز خود نوشتید.
ownership-monthly-note = برای deleie و leie til eie، مبلغ ماهانه قسط قرضه به اضافهٔ پولی است که برای بخشی که مال شما نیست می‌پردازید. وقتی مالک هستید، هزینه‌های مشترک و نگهداری هم اضافه می‌شود.
figure-profile-offers-deleie-minimum_share = کوچک‌ترین سهمی که با deleie می‌توانید بخرید
figure-profile-offers-deleie-compensation_rate = آنچه برای سهم کمون به کمون می‌پردازید، در سال
figure-profile-offers-leie_til_eie-first_share = سهمی که با leie til eie اول می‌خرید
figure-profile-offers-leie_til_eie-rest_after_years = چه وقت با leie til eie باقی را می‌خرید
figure-profile-offers-leie_til_eie-rent_rate = کرایهٔ بخشی که هنوز خریده نشده، در سال
figure-profile-startlan-interest_margin = افزودهٔ کمون بر نرخ سود Husbanken
figure-profile-startlan-interest_rate = نرخ سود کمون بر قرضهٔ آغاز (startlån)
figure-profile-startlan-stress_add_on = افزودهٔ کمون در آزمون فشار
figure-profile-startlan-longest_term_years = طولانی‌ترین مدت بازپرداخت کمون
