# Nowhere to sleep tonight: the emergency help, and the law behind the needs check's answer.
# Review status: see main.ftl.

## The start page's way in (its title is emergency-heading)
emergency-entry-body = Зателефонуйте в NAV або сьогодні ж ідіть до офісу NAV. Ось як отримати допомогу.

## The emergency help
emergency-page-title = Нема де спати цієї ночі? – Husly
emergency-outcome = Тоді ви «vanskeligstilt på boligmarkedet» (у скрутному становищі на ринку житла), і це терміново. NAV має допомогти вам знайти, де переночувати сьогодні.
emergency-call = Зателефонуйте в NAV
emergency-call-evening = Увечері або у вихідні телефонуйте до чергової лікарні (legevakt):
emergency-office = Сьогодні ж ідіть до офісу NAV
emergency-office-here = Ідіть до офісу NAV у комуні, де ви зараз перебуваєте.
emergency-office-in = Ідіть до офісу NAV у комуні { $municipality }.
emergency-office-duty = NAV має допомогти вам знайти, де переночувати сьогодні (тимчасове житло, midlertidig botilbud, sosialtjenesteloven § 27).
emergency-say = Що можна сказати
emergency-say-words = Мені нема де спати цієї ночі, і мені потрібне тимчасове житло.
emergency-say-meaning = Це означає:
emergency-say-show = Ви також можете показати їм екран.
emergency-danger = Вам зараз загрожує небезпека? Телефонуйте в поліцію:
emergency-continue = Відповісти на інші запитання
emergency-continue-hint = Це необов’язково. Якщо відповісте, побачите, яка ще допомога може вам підійти, наприклад житло від комуни.

## The needs check's answer
needs-outcome-emergency = Ви «vanskeligstilt på boligmarkedet» (у скрутному становищі на ринку житла), і це терміново, бо вам нема де спати цієї ночі.
needs-law-heading = На чому це ґрунтується
explain-needs-no-bed-tonight = Вам нема де спати цієї ночі. Отже, ви у скрутному становищі на ринку житла, і це терміново.
explain-law-vanskeligstilt = Закон про відповідальність комун у соціально-житловій сфері (boligsosialloven), з 1 липня 2023 року: ви «vanskeligstilt på boligmarkedet», якщо з фінансових, соціальних чи медичних причин не можете самі знайти або зберегти придатне житло.
explain-law-individual-help = Boligsosialloven § 6: комуна має надати вам допомогу, пристосовану до вас і ваших потреб, у співпраці з вами.
explain-law-temporary-accommodation = Sosialtjenesteloven § 27: комуна має знайти тимчасове житло (midlertidig botilbud) для того, хто не може зробити це сам. Цим займається офіс NAV.
