# Українська. Review status: machine-assisted, waiting for a qualified translator.
app-name = Husly
skip-to-content = Перейти до основного змісту
start-over = Почати спочатку
start-over-waiting = Вашу заяву ще не надіслано. Якщо почати спочатку, її буде видалено з цього пристрою і не надіслано. Все одно почати спочатку?
start-over-receipt = Квитанцію про вашу заяву буде видалено з цього пристрою. Без неї ви не зможете тут прочитати рішення чи відповісти на запрошення. Спершу запишіть номер заяви. Все одно почати спочатку?
language-picker-label = Мова (Language)
footer-privacy = Те, що ви вводите, залишається на вашому телефоні, доки ви самі не надішлете заяву.

home-page-title = Husly – допомога, щоб отримати й зберегти житло
home-heading = Допомога, щоб отримати й зберегти житло
home-lead = Дізнайтеся, яку допомогу ви можете отримати від комуни та NAV, приблизно розрахуйте, скільки можете отримати, і подайте заяву – усе в одному місці.
entry-needs-title = Дізнайтеся, яка допомога вам підходить
entry-needs-body = Дайте відповідь на кілька коротких запитань про ваше теперішнє житло.
entry-estimates-title = Розрахуйте startlån і bostøtte
entry-estimates-body = Дізнайтеся приблизно, скільки ви можете позичити і яку житлову допомогу (bostøtte) можете отримати.
entry-apply-title = Подати заяву про допомогу
entry-apply-body = Одна заява до комуни про допомогу, щоб знайти або зберегти житло.
entry-receipt-title = Заява, яку ви надіслали
entry-receipt-body = Квитанція, що буде далі, запрошення на розмову і рішення.

back-to-start = Повернутися на головну сторінку
not-found-title = Сторінку не знайдено
not-found-body = Можливо, адреса неправильна або сторінку перенесено.

## Estimates
estimates-page-title = Розрахувати startlån і bostøtte – Husly
estimates-heading = Розрахувати startlån і bostøtte
estimates-lead = Заповніть те, що знаєте. Відповідь з'являється, поки ви пишете. Нічого з написаного тут нікуди не надсилається.
estimates-disclaimer = Це приблизний розрахунок, а не рішення. Рішення ухвалюють комуна і Husbanken.
section-where = Де ви живете?
section-household = Хто живе разом із вами?
section-income = Дохід
section-housing = Ваше теперішнє житло
section-purchase = Якщо ви хочете купити житло
field-municipality = Комуна
field-municipality-hint = Напишіть назву або чотиризначний номер комуни.
field-adults = Кількість дорослих (від 18 років), включно з вами
field-couple = Двоє з дорослих одружені, живуть разом або є зареєстрованими партнерами
field-children-0-5 = Кількість дітей 0–5 років
field-children-6-10 = Кількість дітей 6–10 років
field-children-11-17 = Кількість дітей 11–17 років
field-income = Дохід
field-income-hint = У кронах, наприклад 350 000.
period-year = на рік
period-month = на місяць
basis-gross = до оподаткування
basis-net = після оподаткування
field-income-source = Який це дохід?
source-wages = Зарплата, лікарняні, AAP або допомога з безробіття
source-pension = Пенсія (alderspensjon, AFP та інші пенсії)
field-wealth = Майно
field-wealth-hint = Гроші в банку та інше, чим ви володієте, мінус борги. Залиште поле порожнім, якщо майна немає.
field-home-kind = Як ви живете?
home-rented = Я орендую
home-cooperative = Я маю власну квартиру (borettslag або sameie)
home-owned-house = Я маю власний будинок
home-none = У мене немає власного житла
field-housing-cost = Витрати на житло на місяць
field-housing-cost-hint = Орендна плата або спільні витрати, відсотки та погашення іпотеки.
field-adapted = Житло пристосоване для людини з інвалідністю
field-home-price = Ціна житла, яке ви хочете купити
field-home-price-hint = Залиште поле порожнім, якщо хочете лише дізнатися, скільки можете позичити.
field-own-funds = Власні гроші на купівлю
field-error-not-a-number = Напишіть число, наприклад 12 000.
field-error-negative = Число не може бути меншим за нуль.
estimate-incomplete = Заповніть комуну, дохід кожного дорослого і витрати на житло, щоб побачити розрахунок.
results-heading = Розрахунок
bostotte-heading = Bostøtte (житлова допомога)
bostotte-result = Ви можете отримати приблизно { $amount } на місяць житлової допомоги (bostøtte).
bostotte-none = За цими даними ви, ймовірно, не отримаєте bostøtte.
startlan-heading = Startlån (стартова позика)
startlan-result = Ви, ймовірно, зможете виплачувати startlån приблизно { $amount } протягом { $years } років.
startlan-long-term = За { $years } років це приблизно { $amount }, якщо умови для такого довгого строку виконано.
startlan-no-capacity = За цими даними від доходу залишається замало, щоб виплачувати позику. Комуна може разом із вами розглянути інші рішення.
startlan-purchase-payment = Позика { $loan } коштує приблизно { $amount } на місяць.
startlan-grant-need = Бракує приблизно { $amount }. Запитайте комуну про грант (tilskudd til etablering).
unverified-notice = Деякі ставки, які ми використовуємо, ще не підтверджено. Сума може трохи відрізнятися.
parameters-date = Ставки діють з { $date }.
official-calculator-bostotte = Власний калькулятор bostøtte від Husbanken
official-calculator-startlan = Про startlån на сайті Husbanken
how-we-calculated = Як ми рахували
figure-valid-from = діє з { $date }
figure-unverified = не підтверджено
chart-title = Bostøtte залежно від доходу
chart-desc = Лінія показує, скільки bostøtte домогосподарство може отримати на місяць при доході від 0 до { $max_income } на рік. Крапка — ваш дохід.
chart-caption = Що вищий дохід, то менша bostøtte. Крапка показує вас.

## Front-desk mode (a shared device at a NAV or municipal front desk)
front-desk-new-client = Новий клієнт
front-desk-banner = Режим стійки обслуговування: увійшов { $name }. Заяви надсилаються від імені людини, яка тут. Натисніть «Новий клієнт», коли закінчите.
front-desk-on-behalf = Заяву надсилають від імені цієї людини зі стійки обслуговування.

## Languages and the interpreter view
# The state of this language's text (README.md, "Languages"; tests/locales.rs keeps them
# equal). Not shown; do not translate: "reviewed" (checked by a qualified translator), "team"
# (written by the Husly team, not checked by a qualified translator: translation-notice-team)
# or "machine-assisted" (waiting for a qualified translator: translation-notice).
translation-status = machine-assisted
translation-notice = Цей текст перекладено за допомогою машинного перекладу, і кваліфікований перекладач його ще не перевірив. Якщо щось незрозуміло, попросіть перекладача.
translation-notice-team = Цей текст написала команда Husly, і кваліфікований перекладач його не перевіряв. Якщо щось незрозуміло, попросіть перекладача.
interpreter-view = Показати норвезькою поруч

## Where to turn: a municipality's housing office (components/contact_card.rs)
contact-card-office = { $office }, комуна { $municipality }
contact-card-phone = Телефон
contact-card-web = Вебсторінка
contact-card-address = Адреса
contact-card-opening-hours = Години роботи
contact-card-books-interpreters = Офіс замовляє перекладача, якщо він вам потрібен.
contact-card-ask-for-interpreter = Якщо вам потрібен перекладач, скажіть про це, коли звертаєтеся.
opening-hours-range = { $first }–{ $last } { $opens }–{ $closes }
opening-hours-day = { $day } { $opens }–{ $closes }
weekday-monday = понеділок
weekday-tuesday = вівторок
weekday-wednesday = середа
weekday-thursday = четвер
weekday-friday = п’ятниця
weekday-saturday = субота
weekday-sunday = неділя
field-error-not-a-whole-number = Напишіть ціле число цифрами, наприклад 3.

# Shown on a page read before the app arrived: when the app could not be loaded, and while it still loads after the reader has begun (src/components/layout.rs).
app-not-loaded = Сторінка не завантажилася повністю, тому кнопки поки не працюють. Перевірте з’єднання з інтернетом і перезавантажте сторінку.
app-reload = Перезавантажити сторінку
app-starting = Сторінка ще завантажується. Те, що ви вводите й обираєте, збережеться.
