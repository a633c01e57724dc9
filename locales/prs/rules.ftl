# متن‌های آنچه قواعد توضیح می‌دهند، تصمیم می‌گیرند و رد می‌کنند. Review status: see main.ftl.

## چگونه حساب کردیم: عاید و مالیات
explain-income-gross-given = عاید پیش از مالیات را نوشتید: { $gross } در سال. پس از مالیات تقریباً { $net } می‌شود.
explain-income-net-given = عاید پس از مالیات را نوشتید. این تقریباً برابر با { $gross } در سال پیش از مالیات، و { $net } پس از مالیات است.
explain-tax-minimum-deduction = کسر حداقل (minstefradrag) از { $gross } برابر { $deduction } است.
explain-tax-ordinary-income = عاید عادی پس از کسرها { $ordinary_income } است. مالیات آن { $tax } است.
explain-tax-trygdeavgift = حق بیمهٔ اجتماعی (trygdeavgift) { $trygdeavgift } است.
explain-tax-trinnskatt = مالیات پله‌ای (trinnskatt) { $trinnskatt } است.
explain-tax-net = مجموع مالیات تقریباً { $total_tax } است. برای شما { $net } در سال می‌ماند.

## چگونه حساب کردیم: bostøtte
explain-bostotte-costs = مصارف خانه { $monthly_cost } در ماه است. علاوه بر آن یک مبلغ ثابت برای گرمایش، { $heating } در سال، حساب می‌شود.
explain-bostotte-house-operating = برای یک خانهٔ جداگانه، { $amount } در سال برای نگهداری هم حساب می‌شود.
explain-bostotte-cost-cap = برای { $persons ->
        [one] یک نفر
       *[other] { $persons } نفر
    } در { $municipality } (گروه { $group })، مصارف خانه تا { $cap } در سال حساب می‌شود.
explain-bostotte-counted-costs = مصارف خانه { $costs } در سال است. ما { $counted } حساب می‌کنیم، چون سقف { $cap } است.
explain-bostotte-income = عاید { $gross_income } است. از دارایی { $wealth_part } حساب می‌شود. مجموعاً { $income }.
explain-bostotte-weighting = { $persons ->
        [1] شما تنها زندگی می‌کنید، پس عاید همان‌طور که هست حساب می‌شود: { $weighted } در سال.
       *[other] عاید بر { $factor } تقسیم می‌شود چون { $persons } نفر با هم زندگی می‌کنند. این { $weighted } در سال می‌شود.
    }
explain-bostotte-egenandel = سهم خودتان (egenandel)، یعنی آنچه باید خودتان بپردازید، { $egenandel } در سال است.
explain-bostotte-coverage = bostøtte { $rate } از مصارف خانه بالاتر از سهم خودتان را می‌پوشاند. این { $monthly } در ماه می‌شود.
explain-bostotte-below-minimum = مبلغ کمتر از { $minimum } در ماه است. مبالغ به این کمی پرداخت نمی‌شوند.
explain-bostotte-excluded-student = محصلانی که می‌توانند از Lånekassen کمک بگیرند و فرزند ندارند، نمی‌توانند bostøtte بگیرند.
explain-bostotte-excluded-national-service = کسی که در خدمت نظامی یا خدمت ملکی است، نمی‌تواند bostøtte بگیرد.
explain-bostotte-excluded-institution = کسی که در مؤسسه زندگی می‌کند و بر اساس عاید می‌پردازد، نمی‌تواند bostøtte بگیرد.
explain-bostotte-no-home = bostøtte به کسی داده می‌شود که خانهٔ خودش را دارد و مصارف خانه را می‌پردازد.

## چگونه حساب کردیم: startlån
explain-startlan-living-floor = نرخ‌های دولت برای مصارف زندگی برای { $adults ->
        [one] یک بزرگسال
       *[other] { $adults } بزرگسال
    } و { $children ->
        [0] بدون کودک
        [one] یک کودک
       *[other] { $children } کودک
    } { $floor } در ماه است. ما هرگز کمتر حساب نمی‌کنیم.
explain-startlan-living-raised-to-floor = مصارف زندگی کمتر از نرخ‌های دولت نوشتید. ما { $floor } حساب می‌کنیم.
explain-startlan-available = عاید پس از مالیات { $net_income } در ماه است. منهای مصارف زندگی { $living_costs }، دیگر مصارف ثابت { $other_fixed_costs } و نگهداری و هزینه‌های مشترک { $maintenance }: { $available } برای قرضه باقی می‌ماند.
explain-startlan-rate = سود { $rate } است (سود متغیر Husbanken به اضافهٔ افزودهٔ کمون).
explain-startlan-rate-municipal = سود { $rate } است، همان‌طور که کمون تعیین کرده است.
explain-startlan-stress-rate = باید بتوانید سود { $stress_rate } را تحمل کنید (سود بانک مرکزی به اضافهٔ یک افزوده).
explain-startlan-max-loan = در { $years } سال می‌توانید یک قرضهٔ تقریباً { $max_loan } را بپردازید.
explain-startlan-long-term-applies = به نظر می‌رسد شرایط بازپرداخت { $years } ساله پوره است. آنگاه می‌توانید تقریباً { $max_loan } را بپردازید.
explain-startlan-long-term-not-met = با بازپرداخت { $years } ساله می‌توانستید تقریباً { $max_loan } را بپردازید، اما بر اساس جواب‌هایتان شرایط برای این مدت طولانی پوره نیست.
explain-startlan-purchase = خانه { $price } قیمت دارد و خرید آن { $costs } هزینهٔ اضافی دارد. باید { $loan_needed } قرض بگیرید. احتمالاً می‌توانید { $loan } را بپردازید و باید { $monthly } در ماه بپردازید.
explain-startlan-deleie = در مالکیت مشترک (deleie) شما { $share } از خانه را به { $share_price } می‌خرید و برای باقی آن { $compensation } در ماه به کمون می‌پردازید. قرضه: { $loan }. کمبود: { $grant_need }. مجموعاً { $monthly_total } در ماه.

## بررسی نیازها
explain-needs-homeless = جای ثابتی برای زندگی ندارید.
explain-needs-at-risk = ممکن است خانهٔ‌تان را از دست بدهید.
explain-needs-unsuitable = خانه یا منطقه برای شما مناسب نیست.
explain-needs-yes = بر اساس جواب‌ها، ممکن است شما «vanskeligstilt på boligmarkedet» (در بازار مسکن در وضعیت دشوار) باشید. آنگاه کمون باید بررسی کند که به چه کمکی نیاز دارید.
explain-needs-maybe = ممکن است در بازار مسکن در وضعیت دشوار باشید. کمون باید وضعیت شما را بررسی کند.
explain-needs-no = بر اساس جواب‌ها، به نظر نمی‌رسد در بازار مسکن در وضعیت دشوار باشید. با این حال می‌توانید مشوره و راهنمایی بگیرید.
explain-needs-rental-home-criteria = بسیاری از کمون‌ها شرط می‌کنند که بالای ۱۸ سال باشید و چند سال در کمون زندگی کرده باشید تا خانهٔ کمون بگیرید.
reason-without-home = شما خانه ندارید.
reason-at-risk-of-losing-home = در خطر از دست دادن خانه هستید.
reason-unsuitable-home = در خانه یا منطقه‌ای زندگی می‌کنید که برای شما مناسب نیست.
reason-financial = وضعیت اقتصادی‌تان یافتن یا نگه‌داشتن خانه را دشوار می‌کند.
reason-health = صحت یا توانایی جسمی یافتن یا نگه‌داشتن خانه را دشوار می‌کند.
reason-social = وضعیت اجتماعی یافتن یا نگه‌داشتن خانه را دشوار می‌کند.
why-no-bed-tonight = امشب جایی برای خوابیدن ندارید. NAV باید در یافتن یک جای موقت به شما کمک کند.
why-homeless-and-health = خانه ندارید و مشکلات صحی دارید. «اول خانه» یک خانهٔ ثابت با همراهی می‌دهد.
why-rental-home-criteria-met = به نظر می‌رسد شرایط معمول خانهٔ کرایی کمون را دارید.
why-rental-home-ask-municipality = از کمون دربارهٔ شرایط خانهٔ کرایی کمون بپرسید.
why-deposit-to-rent = NAV می‌تواند ضمانت پول گرو بدهد تا بتوانید کرایه کنید.
why-debt-or-arrears = قرض یا کرایهٔ پرداخت‌نشده دارید. NAV می‌تواند در اقتصاد کمک کند.
why-support-to-keep-home = می‌توانید در خانه همراهی بگیرید تا بتوانید در آن زندگی کنید.
why-bostotte-estimate-positive = تخمین نشان می‌دهد که می‌توانید bostøtte بگیرید.
why-startlan-bank-refused = بانک قرضه را رد کرده است. startlån برای کسانی است که از بانک عادی قرضه نمی‌گیرند.
why-startlan-capacity = تخمین نشان می‌دهد که می‌توانید یک قرضه را بپردازید.
why-grant-gap = قرضه تمام خانه را نمی‌پوشاند. کمک مالی می‌تواند باقی را بپوشاند.
why-home-not-accessible = خانه با توانایی جسمی شما مناسب نیست.
why-advice-always = کمون و NAV دربارهٔ خانه، اقتصاد و حقوق مشوره می‌دهند.
help-where-nav = در دفتر NAV خود درخواست دهید.
help-where-municipality = نزد کمون درخواست دهید.
help-where-husbanken = در husbanken.no درخواست دهید.
bring-id = سند هویت
bring-income = فهرست عاید
bring-lease = قرارداد کرایه
bring-lease-offer = پیشنهاد قرارداد کرایه
bring-debts = فهرست قرض‌ها
bring-bills = بل‌ها و یادآوری‌ها
bring-housing-costs = فهرست مصارف خانه
bring-tax-return = اظهارنامهٔ مالیاتی (skattemelding)
bring-bank-refusal = جواب رد بانک
bring-health-documentation = اسناد صحی یا توانایی جسمی

## خطاها
error-no-adults = خانوار باید دست‌کم یک بزرگسال داشته باشد.
error-negative-amount = مبلغ نمی‌تواند کمتر از صفر باشد.
error-absurd-amount = مبلغ بیشتر از آن است که ما بتوانیم حساب کنیم. بررسی کنید که درست باشد.
error-child-age = کودکان باید زیر ۱۸ سال باشند. افراد بالای ۱۸ سال را بزرگسال حساب کنید.
error-too-many-persons = خانوار بیشتر از آن نفر دارد که ما بتوانیم حساب کنیم.
error-unknown-municipality = کمون را پیدا نکردیم. نام یا شمارهٔ چهاررقمی را بنویسید.
error-municipality-not-in-force = این شمارهٔ کمون در این تاریخ اعتبار نداشت.
error-no-parameters = برای این تاریخ نرخ نداریم.
error-out-of-range = عدد بیرون از محدوده‌ای است که می‌توانیم حساب کنیم.
error-invalid-input = بخشی از جواب‌ها خوانده نشد.
error-io = مشکلی پیش آمد. دوباره کوشش کنید.
error-invalid-national-id = شمارهٔ تولد (fødselsnummer) یا D-nummer درست نیست. ۱۱ رقم دارد.
error-required = این باید پر شود.
error-invalid-text = متن خیلی طولانی است یا نشانه‌هایی دارد که نمی‌توانیم بپذیریم.

## The municipality's own criteria and offers (its profile)
criteria-national-default = ما هنوز شرایط خاص کمون شما را نداریم. این‌ها شرایط معمول برای خانهٔ کرایی کمون هستند. کمون شما ممکن است شرایط دیگری داشته باشد.
criteria-national-municipality = معمولاً یک کمون
criterion-residence-permit-met = { $municipality } برای خانهٔ کرایی کمون اجازهٔ اقامت می‌خواهد. شما اجازهٔ اقامت دارید.
criterion-residence-permit-not-met = { $municipality } برای خانهٔ کرایی کمون اجازهٔ اقامت می‌خواهد. شما جواب دادید که آن را ندارید.
criterion-residence-permit-unknown = { $municipality } برای خانهٔ کرایی کمون اجازهٔ اقامت می‌خواهد. نمی‌دانیم که آیا آن را دارید.
criterion-residence-years-met = { $municipality } می‌خواهد که شما در { $years } سال گذشته در کمون زندگی کرده باشید. شما { $answered ->
        [one] یک سال
       *[other] { $answered } سال
    } است که در آنجا زندگی می‌کنید.
criterion-residence-years-not-met = { $municipality } می‌خواهد که شما در { $years } سال گذشته در کمون زندگی کرده باشید. شما { $answered ->
        [one] یک سال
       *[other] { $answered } سال
    } است که در آنجا زندگی می‌کنید، پس این شرط پوره نشده است.
criterion-residence-years-unknown = { $municipality } می‌خواهد که شما در { $years } سال گذشته در کمون زندگی کرده باشید. نمی‌دانیم چه مدت در آنجا زندگی کرده‌اید.
criterion-min-age-met = { $municipality } می‌خواهد که شما دست‌کم { $age } سال داشته باشید. شما { $answered } سال دارید.
criterion-min-age-met-caring-for-children = { $municipality } می‌خواهد که شما دست‌کم { $age } سال داشته باشید، اما اگر از اطفال سرپرستی کنید استثنا می‌کند. شما { $answered } سال دارید و از اطفال سرپرستی می‌کنید.
criterion-min-age-not-met = { $municipality } می‌خواهد که شما دست‌کم { $age } سال داشته باشید. شما { $answered } سال دارید، پس این شرط پوره نشده است.
criterion-min-age-unknown = { $municipality } می‌خواهد که شما دست‌کم { $age } سال داشته باشید. سن شما را نمی‌دانیم.
criterion-min-age-unknown-children = { $municipality } می‌خواهد که شما دست‌کم { $age } سال داشته باشید، اما اگر از اطفال سرپرستی کنید استثنا می‌کند. شما { $answered } سال دارید. نمی‌دانیم که آیا از اطفال سرپرستی می‌کنید.
criterion-lease-ending-met = { $municipality } شما را در خطر از دست دادن خانه می‌داند وقتی قرارداد کرایهٔ شما در { $months } ماه آینده بدون حق تمدید تمام شود. قرارداد شما { $answered ->
        [one] یک ماه
       *[other] { $answered } ماه
    } بعد تمام می‌شود.
criterion-lease-ending-not-met = { $municipality } شما را در خطر از دست دادن خانه می‌داند وقتی قرارداد کرایهٔ شما در { $months } ماه آینده بدون حق تمدید تمام شود. قرارداد شما { $answered ->
        [one] یک ماه
       *[other] { $answered } ماه
    } بعد تمام می‌شود، پس هنوز حساب نمی‌شود.
criterion-lease-ending-unknown = { $municipality } شما را در خطر از دست دادن خانه می‌داند وقتی قرارداد کرایهٔ شما در { $months } ماه آینده بدون حق تمدید تمام شود. نمی‌دانیم قرارداد شما چه وقت تمام می‌شود.
criterion-leaving-institution-met = { $municipality } شما را بی‌خانه می‌داند وقتی در { $months } ماه آینده از مؤسسه یا زندان بیرون شوید و جایی برای زندگی نداشته باشید. شما { $answered ->
        [one] یک ماه
       *[other] { $answered } ماه
    } بعد بیرون می‌شوید.
criterion-leaving-institution-not-met = { $municipality } شما را بی‌خانه می‌داند وقتی در { $months } ماه آینده از مؤسسه یا زندان بیرون شوید و جایی برای زندگی نداشته باشید. شما { $answered ->
        [one] یک ماه
       *[other] { $answered } ماه
    } بعد بیرون می‌شوید، پس هنوز حساب نمی‌شود.
criterion-leaving-institution-unknown = { $municipality } شما را بی‌خانه می‌داند وقتی در { $months } ماه آینده از مؤسسه یا زندان بیرون شوید و جایی برای زندگی نداشته باشید. نمی‌دانیم چه وقت بیرون می‌شوید.
why-rental-home-criterion-not-met = به نظر می‌رسد که همهٔ شرایط کمون را برای خانهٔ کرایی کمون پوره نمی‌کنید. کمون می‌تواند استثنا کند، پس باز هم از کمون بپرسید.
explain-needs-help-not-offered = { $municipality } این را ارائه نمی‌کند، پس آن را پیشنهاد نمی‌کنیم: { $help }.
explain-startlan-leie-til-eie = با leie til eie شما حالا { $share } از خانه را به { $share_price } می‌خرید، و باقی را ماهانه به { $rent } کرایه می‌کنید. قرضه: { $loan }. کم است: { $grant_need }. مجموعاً { $monthly_total } در ماه. بعد از { $years } سال باقی را می‌خرید، که امروز { $rest_price } ارزش دارد.
