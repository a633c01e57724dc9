# Українська: заява. Review status: see main.ftl.
apply-page-title = Подати заяву на допомогу з житлом – Husly
apply-heading = Подати заяву на допомогу з житлом
apply-lead = Тут ви просите комуну допомогти вам отримати або зберегти житло. Ви надсилаєте одну заяву, а комуна визначає, яку допомогу ви можете отримати.
apply-need-heading = Що вам знадобиться
apply-need-id = Fødselsnummer або D-nummer (11 цифр)
apply-need-economy = Приблизно, скільки заробляєте ви та люди, з якими ви живете, і скільки коштує житло
apply-need-time = Приблизно 10 хвилин. Відповіді зберігаються на телефоні під час введення, тож можна зробити перерву.
apply-privacy = Нічого не надсилається, доки ви не натиснете «Надіслати заяву» в кінці.
apply-start = Почати заяву
apply-resume = Продовжити з того місця, де ви зупинилися
apply-progress = Крок { $n } з { $total }
apply-change = Змінити

apply-person-heading = Хто подає заяву?
apply-name = Повне ім’я
apply-national-id = Fødselsnummer або D-nummer
apply-national-id-hint = 11 цифр. Його можна знайти, наприклад, на банківській картці, у листах від NAV або на посвідці на проживання.
apply-error-name = Введіть повне ім’я.
apply-error-national-id-missing = Введіть свій fødselsnummer або D-nummer.

apply-contact-heading = Як комуна може з вами зв’язатися?
apply-contact-hint = Введіть номер телефону, електронну пошту або і те, і інше.
apply-phone = Номер телефону
apply-phone-hint = Наприклад, 912 34 567.
apply-email = Електронна пошта
apply-language = Якою мовою вам зручніше?
apply-language-hint = Комуна постарається відповісти вам цією мовою.
apply-interpreter = Мені потрібен перекладач для розмови з комуною
apply-error-contact = Введіть номер телефону або електронну пошту, щоб комуна могла з вами зв’язатися.
error-invalid-phone = Введіть номер телефону з 8–15 цифр, наприклад 912 34 567.
error-invalid-email = Введіть адресу електронної пошти, наприклад name@example.no.

apply-economy-heading = Домогосподарство та фінанси
apply-economy-hint = Якщо ви вже розраховували тут startlån або bostøtte, відповіді заповнено. Перевірте, чи вони правильні.
apply-error-municipality = Введіть комуну, у якій ви живете.
apply-error-income = Введіть дохід. Введіть 0, якщо ніхто в домогосподарстві не має доходу.
apply-error-housing-cost = Введіть, скільки коштує житло на місяць. Введіть 0, якщо ви нічого не платите.

apply-help-heading = На що ви хочете подати заяву?
apply-help-hint = Позначте все, з чим вам потрібна допомога. Ми позначили те, що відповідає вашим відповідям. Ви можете це змінити.
apply-help-fits = Підходить вам
apply-error-help = Виберіть принаймні один вид допомоги.

apply-own-words-heading = Розкажіть про свою ситуацію
apply-own-words-label = Своїми словами
apply-own-words-hint = Як ви живете зараз і чого бажаєте? Комуна має вислухати вашу думку, перш ніж ухвалити рішення. Ви також можете розповісти це під час розмови.
apply-own-words-empty = Нічого не написано
apply-characters-left = Залишилося { $n } символів.
apply-error-too-long = Текст задовгий. Скоротіть його.

apply-check-heading = Перевірте відповіді перед надсиланням
apply-section-person = Про вас
apply-section-situation = Як ви живете зараз
apply-section-economy = Домогосподарство та фінанси
apply-section-help = Допомога, на яку ви подаєте заяву
apply-section-own-words = Своїми словами
answer-yes = Так
answer-no = Ні
apply-declaration-heading = Надіслати заяву
apply-consent = Я відповів(-ла) якомога точніше. Комуна може використовувати ці відомості для розгляду заяви та отримувати потрібні відомості від NAV і податкової служби.
apply-error-consent = Позначте, що ваші відповіді правильні і що комуна може розглядати заяву.
apply-submit = Надіслати заяву
apply-sending = Надсилання …
apply-retry = Спробувати надіслати ще раз
apply-submit-failed = Заяву не надіслано
apply-answers-kept = Ваші відповіді збережено. Коли ви спробуєте ще раз, заяву буде надіслано лише один раз.
apply-waiting-heading = Вашу заяву ще не надіслано
apply-waiting-body = Зараз не вдається зв’язатися із сервером, можливо, тому що ви не в мережі. Заяву збережено на цьому пристрої, і ми надішлемо її самі, коли зв’язок відновиться, навіть якщо ви закриєте сторінку і відкриєте Husly пізніше. Її буде надіслано лише один раз.
apply-waiting-change = Її буде надіслано такою, як вона є тут. Якщо хочете щось змінити, змініть відповідь і знову натисніть «Надіслати заяву».
outbox-waiting = Вашу заяву ще не надіслано. Її буде надіслано автоматично, коли ви знову будете в мережі.
outbox-waiting-link = Переглянути заяву
outbox-sent = Ви знову в мережі, і вашу заяву надіслано.
outbox-sent-link = Переглянути квитанцію
apply-error-server = У нас щось пішло не так. Спробуйте ще раз трохи пізніше.

apply-receipt-heading = Вашу заяву надіслано
apply-receipt-reference = Ваш номер заяви
apply-receipt-sent = Ми надіслали заяву до комуни { $municipality } { $date }.
apply-receipt-keep = Запишіть номер або роздрукуйте цю сторінку. Називайте номер, коли говорите з комуною.
apply-next-heading = Що буде далі?
apply-next-body = Комуна прочитає заяву і зв’яжеться з вами. Якщо це триватиме понад місяць, ви отримаєте лист про те, коли чекати відповіді (forvaltningsloven § 11 a).
apply-next-urgent = Якщо вам ніде ночувати сьогодні, зателефонуйте в NAV за номером 55 55 33 33 або прийдіть до офісу NAV сьогодні.
apply-appeal-heading = Якщо ви не згодні з відповіддю
apply-appeal-body = Відповідь ви отримаєте листом (рішення, «vedtak»). Якщо ви не згодні, можна подати скаргу. Строк — три тижні з дня, коли ви отримали лист (forvaltningsloven § 29). У листі сказано, куди надсилати скаргу. Офіс NAV може допомогти її написати.
apply-print = Роздрукувати
apply-summary-heading = Що ви надіслали
apply-receipt-missing = Тут немає квитанції
apply-receipt-missing-body = На цьому пристрої немає надісланої заяви. Квитанція видаляється, коли хтось натискає «Почати знову».
apply-status-label = Статус:
apply-status-received = Отримано. Комуна ще не почала розглядати заяву.
apply-status-in-progress = Розглядається.
apply-status-decided = Рішення ухвалено. Відповідь надійде листом.
error-too-many-requests = З цього пристрою за короткий час надійшло багато заяв. Зачекайте хвилину і спробуйте ще раз.

## The receipt: who will contact the resident about what (routes/apply/receipt/handled_by.rs)
apply-handled-by-heading = Хто і з якого питання з вами зв’яжеться
apply-handled-by-lead = Кожна частина вашої заяви надходить до того, хто ухвалює щодо неї рішення. Вони з вами зв’яжуться.
handler-housing-office = Житлова служба комуни { $municipality }
handler-nav = Офіс NAV за місцем вашого проживання
handler-husbanken = Husbanken (Державний житловий банк)
handler-about = Щодо:
handler-nav-how = Офіс NAV ухвалює рішення щодо цього і зв’яжеться з вами. Зателефонувати до NAV можна за номером
handler-husbanken-how = Husbanken ухвалює рішення щодо bostøtte (житлової допомоги). Заяву подають на husbanken.no, і комуна може допомогти вам її заповнити.
decision-open = Прочитати рішення
decision-ready = Комуна ухвалила рішення у вашій справі.
