# Words people use (issue 14): the municipality as people write it, and a name of its own for each group of choices.
words-municipality-found = پیدا شد: شاروالی { $name } ({ $number }).
words-municipality-replaced-number = شمارهٔ شاروالی { $old } دیگر استفاده نمی‌شود. این شماره تغییر کرده ({ $path }) و اکنون شاروالی { $name } ({ $new }) است. ما { $new } را استفاده می‌کنیم.
words-municipality-replaced-name = { $old } ({ $number }) دیگر یک شاروالی جداگانه نیست. بخشی از شاروالی { $name } شد ({ $path }). ما { $new } را استفاده می‌کنیم.
words-municipality-divided = شاروالی { $old } ({ $number }) به چند شاروالی تقسیم شد. شاروالی‌ای را که اکنون در آن زندگی می‌کنید انتخاب کنید:
words-municipality-several = چند شاروالی مناسب است. شاروالی‌ای را که در آن زندگی می‌کنید انتخاب کنید:
words-municipality-not-found = شاروالی‌ای با این نام یا شماره پیدا نکردیم. نام شاروالی را به نارویژی، یا شمارهٔ چهار رقمی آن را بنویسید.
error-municipality-divided = شاروالی‌ای که این شماره را داشت به چند شاروالی تقسیم شده است. نام شاروالی‌ای را که اکنون در آن زندگی می‌کنید بنویسید.
explain-needs-reception-centre = اگر در کمپ پناهجویان زندگی می‌کنید و اجازهٔ اقامت گرفته‌اید، شاروالی‌ای که شما را جابه‌جا می‌کند باید در پیدا کردن خانه کمک کند. از کمپ دربارهٔ جابه‌جایی (bosetting) بپرسید.
words-income-period = آیا این مبلغ سالانه است یا ماهانه؟
words-income-basis = آیا این مبلغ پیش از مالیات است یا پس از مالیات؟
