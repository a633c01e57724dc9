# Polski. Review status: machine-assisted, waiting for a qualified translator.
app-name = Husly
skip-to-content = Przejdź do głównej treści
start-over = Zacznij od nowa
start-over-waiting = Wniosek nie został jeszcze wysłany. Jeśli zaczniesz od nowa, zostanie usunięty z tego urządzenia i nigdy nie zostanie wysłany. Czy mimo to zacząć od nowa?
start-over-receipt = Potwierdzenie wysłania wniosku zostanie usunięte z tego urządzenia. Bez niego nie możesz tutaj przeczytać decyzji ani odpowiadać na zaproszenia. Najpierw zapisz numer referencyjny. Czy mimo to zacząć od nowa?
language-picker-label = Język (Language)
footer-privacy = To, co piszesz, zostaje w twoim telefonie, dopóki sam nie wyślesz wniosku.

home-page-title = Husly – pomoc w znalezieniu i utrzymaniu mieszkania
home-heading = Pomoc w znalezieniu i utrzymaniu mieszkania
home-lead = Sprawdź, jaką pomoc możesz dostać od gminy i NAV, oblicz w przybliżeniu, ile możesz otrzymać, i złóż wniosek – wszystko w jednym miejscu.
entry-needs-title = Sprawdź, jaka pomoc do ciebie pasuje
entry-needs-body = Odpowiedz na kilka krótkich pytań o to, jak teraz mieszkasz.
entry-estimates-title = Oblicz startlån i bostøtte
entry-estimates-body = Zobacz w przybliżeniu, ile możesz pożyczyć i ile dodatku mieszkaniowego (bostøtte) możesz dostać.
entry-apply-title = Złóż wniosek o pomoc
entry-apply-body = Jeden wniosek do gminy o pomoc w znalezieniu lub utrzymaniu mieszkania.
entry-receipt-title = Twój wysłany wniosek
entry-receipt-body = Potwierdzenie, co dzieje się teraz, zaproszenia na rozmowę i decyzja.

back-to-start = Powrót do strony głównej
not-found-title = Nie znaleźliśmy strony
not-found-body = Adres może być błędny albo strona została przeniesiona.

## Estimates
estimates-page-title = Oblicz startlån i bostøtte – Husly
estimates-heading = Oblicz startlån i bostøtte
estimates-lead = Wpisz to, co wiesz. Wynik pojawia się w trakcie pisania. Nic, co tu wpiszesz, nie jest nigdzie wysyłane.
estimates-disclaimer = To jest szacunek, a nie decyzja. Decyzję podejmuje gmina i Husbanken.
section-where = Gdzie mieszkasz?
section-household = Kto mieszka z tobą?
section-income = Dochód
section-housing = Twoje obecne mieszkanie
section-purchase = Jeśli chcesz kupić mieszkanie
field-municipality = Gmina
field-municipality-hint = Wpisz nazwę albo czterocyfrowy numer gminy.
field-adults = Liczba dorosłych (18 lat i więcej), łącznie z tobą
field-couple = Dwoje z dorosłych to małżonkowie, partnerzy lub osoby w konkubinacie
field-children-0-5 = Liczba dzieci w wieku 0–5 lat
field-children-6-10 = Liczba dzieci w wieku 6–10 lat
field-children-11-17 = Liczba dzieci w wieku 11–17 lat
field-income = Dochód
field-income-hint = W koronach, na przykład 350 000.
period-year = roku
period-month = miesiąca
basis-gross = przed podatkiem
basis-net = po podatku
field-income-source = Jaki to dochód?
source-wages = Wynagrodzenie, zasiłek chorobowy, AAP lub zasiłek dla bezrobotnych
source-pension = Emerytura (alderspensjon, AFP i inne emerytury)
field-wealth = Majątek
field-wealth-hint = Pieniądze w banku i to, co posiadasz, minus długi. Zostaw puste, jeśli nie masz majątku.
field-home-kind = Jak mieszkasz?
home-rented = Wynajmuję
home-cooperative = Jestem właścicielem mieszkania (spółdzielnia lub wspólnota)
home-owned-house = Jestem właścicielem domu
home-none = Nie mam własnego mieszkania
field-housing-cost = Koszty mieszkania miesięcznie
field-housing-cost-hint = Czynsz albo opłaty wspólne, odsetki i spłata kredytu mieszkaniowego.
field-adapted = Mieszkanie jest dostosowane do niepełnosprawności
field-home-price = Cena mieszkania, które chcesz kupić
field-home-price-hint = Zostaw puste, jeśli chcesz tylko wiedzieć, ile możesz pożyczyć.
field-own-funds = Własne pieniądze na zakup
field-error-not-a-number = Wpisz liczbę, na przykład 12 000.
field-error-negative = Liczba nie może być mniejsza od zera.
estimate-incomplete = Wpisz gminę, dochód każdej osoby dorosłej i koszty mieszkania, aby zobaczyć szacunek.
results-heading = Szacunek
bostotte-heading = Bostøtte (dodatek mieszkaniowy)
bostotte-result = Możesz dostać około { $amount } miesięcznie bostøtte.
bostotte-none = Na podstawie tych danych prawdopodobnie nie dostaniesz bostøtte.
startlan-heading = Startlån (kredyt na start)
startlan-result = Prawdopodobnie jesteś w stanie spłacać startlån w wysokości około { $amount } przez { $years } lat.
startlan-long-term = Przez { $years } lat to około { $amount }, jeśli spełnione są warunki tak długiej spłaty.
startlan-no-capacity = Na podstawie tych danych z dochodu nie zostaje dość, by spłacać kredyt. Gmina może razem z tobą poszukać innych rozwiązań.
startlan-purchase-payment = Kredyt w wysokości { $loan } kosztuje około { $amount } miesięcznie.
startlan-grant-need = Brakuje około { $amount }. Zapytaj gminę o tilskudd til etablering (dotację na start).
unverified-notice = Niektóre stawki, których używamy, nie są jeszcze potwierdzone. Kwota może być trochę inna.
parameters-date = Stawki obowiązują od { $date }.
official-calculator-bostotte = Kalkulator bostøtte Husbanken
official-calculator-startlan = Przeczytaj o startlån w Husbanken
how-we-calculated = Jak liczyliśmy
figure-valid-from = obowiązuje od { $date }
figure-unverified = niepotwierdzone
chart-title = Bostøtte według dochodu
chart-desc = Linia pokazuje, ile bostøtte gospodarstwo domowe może dostać miesięcznie przy dochodzie od 0 do { $max_income } rocznie. Kropka to twój dochód.
chart-caption = Im wyższy dochód, tym mniejsze bostøtte. Kropka pokazuje ciebie.

## Front-desk mode (a shared device at a NAV or municipal front desk)
front-desk-new-client = Nowy klient
front-desk-banner = Tryb recepcji: { $name } jest zalogowany(-a). Wnioski są wysyłane w imieniu osoby, która tu jest. Naciśnij „Nowy klient”, gdy skończysz.
front-desk-on-behalf = Wniosek jest wysyłany w imieniu tej osoby, z recepcji.

## Languages and the interpreter view
# The state of this language's text (README.md, "Languages"; tests/locales.rs keeps them
# equal). Not shown; do not translate: "reviewed" (checked by a qualified translator), "team"
# (written by the Husly team, not checked by a qualified translator: translation-notice-team)
# or "machine-assisted" (waiting for a qualified translator: translation-notice).
translation-status = machine-assisted
translation-notice = Ten tekst został przetłumaczony z pomocą maszyny i nie został jeszcze sprawdzony przez wykwalifikowanego tłumacza. Jeśli coś jest niejasne, poproś o tłumacza.
translation-notice-team = Ten tekst napisał zespół Husly i nie został sprawdzony przez wykwalifikowanego tłumacza. Jeśli coś jest niejasne, poproś o tłumacza.
interpreter-view = Pokaż obok tekst norweski

## Where to turn: a municipality's housing office (components/contact_card.rs)
contact-card-office = { $office }, gmina { $municipality }
contact-card-phone = Telefon
contact-card-web = Strona internetowa
contact-card-address = Adres
contact-card-opening-hours = Godziny otwarcia
contact-card-books-interpreters = Biuro zamawia tłumacza, jeśli go potrzebujesz.
contact-card-ask-for-interpreter = Jeśli potrzebujesz tłumacza, powiedz o tym, gdy się kontaktujesz.
opening-hours-range = { $first }–{ $last } { $opens }–{ $closes }
opening-hours-day = { $day } { $opens }–{ $closes }
weekday-monday = poniedziałek
weekday-tuesday = wtorek
weekday-wednesday = środa
weekday-thursday = czwartek
weekday-friday = piątek
weekday-saturday = sobota
weekday-sunday = niedziela
field-error-not-a-whole-number = Wpisz liczbę całkowitą cyframi, na przykład 3.

# Shown on a page read before the app arrived: when the app could not be loaded, and while it still loads after the reader has begun (src/components/layout.rs).
app-not-loaded = Strona nie załadowała się do końca, więc przyciski jeszcze nie działają. Sprawdź połączenie z internetem i odśwież stronę.
app-reload = Odśwież stronę
app-starting = Strona wciąż się ładuje. To, co wpisujesz i wybierasz, zostanie zachowane.
