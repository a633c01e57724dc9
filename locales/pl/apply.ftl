# Polski: wniosek. Review status: see main.ftl.
apply-page-title = Złóż wniosek o pomoc mieszkaniową – Husly
apply-heading = Złóż wniosek o pomoc mieszkaniową
apply-lead = Tutaj prosisz gminę o pomoc w znalezieniu lub utrzymaniu mieszkania. Wysyłasz jeden wniosek, a gmina ustala, jaką pomoc możesz dostać.
apply-need-heading = Czego potrzebujesz
apply-need-id = Numer osobowy (fødselsnummer) lub D-nummer (11 cyfr)
apply-need-economy = Ile w przybliżeniu zarabiasz ty i osoby, z którymi mieszkasz, i ile kosztuje mieszkanie
apply-need-time = Około 10 minut. Odpowiedzi są zapisywane w telefonie w trakcie pisania, więc możesz zrobić przerwę.
apply-privacy = Nic nie zostanie wysłane, zanim na końcu nie naciśniesz „Wyślij wniosek”.
apply-start = Rozpocznij wniosek
apply-resume = Kontynuuj tam, gdzie skończyłeś/-aś
apply-progress = Krok { $n } z { $total }
apply-change = Zmień

apply-person-heading = Kto składa wniosek?
apply-name = Imię i nazwisko
apply-national-id = Numer osobowy (fødselsnummer) lub D-nummer
apply-national-id-hint = 11 cyfr. Znajdziesz go na przykład na karcie bankowej, w listach z NAV lub na karcie pobytu.
apply-error-name = Wpisz imię i nazwisko.
apply-error-national-id-missing = Wpisz swój numer osobowy lub D-nummer.

apply-contact-heading = Jak gmina może się z tobą skontaktować?
apply-contact-hint = Wpisz numer telefonu, e-mail albo oba.
apply-phone = Numer telefonu
apply-phone-hint = Na przykład 912 34 567.
apply-email = E-mail
apply-language = W jakim języku wolisz się porozumiewać?
apply-language-hint = Gmina postara się odpowiedzieć ci w tym języku.
apply-interpreter = Potrzebuję tłumacza, gdy rozmawiam z gminą
apply-error-contact = Wpisz numer telefonu lub e-mail, żeby gmina mogła się z tobą skontaktować.
error-invalid-phone = Wpisz numer telefonu od 8 do 15 cyfr, na przykład 912 34 567.
error-invalid-email = Wpisz adres e-mail, na przykład imie@przyklad.no.

apply-economy-heading = Gospodarstwo domowe i finanse
apply-economy-hint = Jeśli obliczyłeś/-aś tu startlån lub bostøtte, odpowiedzi są już wpisane. Sprawdź, czy są prawidłowe.
apply-error-municipality = Wpisz gminę, w której mieszkasz.
apply-error-income = Wpisz dochód. Wpisz 0, jeśli nikt w gospodarstwie domowym nie ma dochodu.
apply-error-housing-cost = Wpisz, ile kosztuje mieszkanie miesięcznie. Wpisz 0, jeśli nic nie płacisz.

apply-help-heading = O co chcesz wnioskować?
apply-help-hint = Zaznacz wszystko, w czym chcesz pomocy. Zaznaczyliśmy to, co pasuje do twoich odpowiedzi. Możesz to zmienić.
apply-help-fits = Pasuje do ciebie
apply-error-help = Wybierz co najmniej jeden rodzaj pomocy.

apply-own-words-heading = Opowiedz o swojej sytuacji
apply-own-words-label = Własnymi słowami
apply-own-words-hint = Jak teraz mieszkasz i czego chcesz? Gmina musi wysłuchać twojego zdania, zanim podejmie decyzję. Możesz też o tym powiedzieć podczas rozmowy.
apply-own-words-empty = Nic nie napisano
apply-characters-left = Zostało ci { $n } znaków.
apply-error-too-long = Tekst jest za długi. Skróć go.

apply-check-heading = Sprawdź odpowiedzi przed wysłaniem
apply-section-person = O tobie
apply-section-situation = Jak teraz mieszkasz
apply-section-economy = Gospodarstwo domowe i finanse
apply-section-help = Pomoc, o którą wnioskujesz
apply-section-own-words = Własnymi słowami
answer-yes = Tak
answer-no = Nie
apply-declaration-heading = Wyślij wniosek
apply-consent = Odpowiedziałem/-am najdokładniej, jak umiem. Gmina może użyć tych informacji do rozpatrzenia wniosku i pobrać potrzebne informacje z NAV i Skatteetaten (urzędu skarbowego).
apply-error-consent = Zaznacz, że odpowiedziałeś/-aś zgodnie z prawdą i zgadzasz się, by gmina rozpatrzyła wniosek.
apply-submit = Wyślij wniosek
apply-sending = Wysyłanie …
apply-retry = Spróbuj wysłać ponownie
apply-submit-failed = Wniosek nie został wysłany
apply-answers-kept = Twoje odpowiedzi są zachowane. Gdy spróbujesz ponownie, wniosek zostanie wysłany tylko raz.
apply-waiting-heading = Wniosek nie został jeszcze wysłany
apply-waiting-body = Nie możemy teraz połączyć się z serwerem, być może dlatego, że nie masz internetu. Wniosek jest zapisany na tym urządzeniu i wyślemy go sami, gdy połączenie wróci, nawet jeśli zamkniesz stronę i otworzysz Husly później. Zostanie wysłany tylko raz.
apply-waiting-change = Zostanie wysłany tak, jak wygląda tutaj. Jeśli chcesz coś zmienić, zmień odpowiedź i ponownie naciśnij „Wyślij wniosek”.
outbox-waiting = Twój wniosek nie został jeszcze wysłany. Zostanie wysłany sam, gdy znów będziesz mieć internet.
outbox-waiting-link = Zobacz wniosek
outbox-sent = Znów masz internet i twój wniosek został wysłany.
outbox-sent-link = Zobacz potwierdzenie
apply-sent-already = Wniosek został już wysłany z tego urządzenia. Jego odpowiedzi nie są tu już przechowywane.
apply-error-server = U nas coś poszło nie tak. Spróbuj ponownie za chwilę.

apply-receipt-heading = Wniosek został wysłany
apply-receipt-reference = Twój numer referencyjny to
apply-receipt-sent = Wysłaliśmy wniosek do gminy { $municipality } { $date }.
apply-receipt-keep = Zapisz numer referencyjny albo wydrukuj tę stronę. Podaj numer, gdy rozmawiasz z gminą.
apply-next-heading = Co teraz?
apply-next-body = Gmina przeczyta wniosek i skontaktuje się z tobą. Jeśli potrwa to dłużej niż miesiąc, dostaniesz list z informacją, kiedy możesz spodziewać się odpowiedzi (forvaltningsloven § 11 a).
apply-next-urgent = Jeśli nie masz gdzie spać tej nocy, zadzwoń do NAV pod numer 55 55 33 33 albo idź dziś do biura NAV.
apply-appeal-heading = Jeśli nie zgadzasz się z odpowiedzią
apply-appeal-body = Odpowiedź dostaniesz w liście (decyzja, vedtak). Jeśli się nie zgadzasz, możesz się odwołać. Termin to trzy tygodnie od otrzymania listu (forvaltningsloven § 29). W liście jest napisane, gdzie wysłać odwołanie. Biuro NAV może pomóc ci je napisać.
apply-print = Drukuj
apply-summary-heading = Co wysłałeś/-aś
apply-receipt-missing = Brak potwierdzenia
apply-receipt-missing-body = Nie znajdujemy na tym urządzeniu wysłanego wniosku. Potwierdzenie jest usuwane, gdy ktoś naciśnie „Zacznij od nowa”.
apply-status-label = Status:
apply-status-received = Przyjęty. Gmina jeszcze nie zaczęła rozpatrywać wniosku.
apply-status-in-progress = W trakcie rozpatrywania.
apply-status-decided = Rozstrzygnięty. Odpowiedź przyjdzie w liście.
error-too-many-requests = Z tego urządzenia przyszło w krótkim czasie wiele wniosków. Odczekaj minutę i spróbuj ponownie.

## The receipt: who will contact the resident about what (routes/apply/receipt/handled_by.rs)
apply-handled-by-heading = Kto skontaktuje się z tobą w jakiej sprawie
apply-handled-by-lead = Każda część wniosku trafia do tego, kto o niej decyduje. Ten ktoś skontaktuje się z tobą.
handler-housing-office = Dział mieszkaniowy gminy { $municipality }
handler-nav = Biuro NAV w miejscu, gdzie mieszkasz
handler-husbanken = Husbanken (państwowy bank mieszkaniowy)
handler-about = W sprawie:
handler-nav-how = Biuro NAV decyduje o tym i skontaktuje się z tobą. Z NAV możesz skontaktować się telefonicznie pod numerem
handler-husbanken-how = Husbanken decyduje o bostøtte (dodatku mieszkaniowym). Wniosek składasz na husbanken.no, a gmina może ci w tym pomóc.
decision-open = Przeczytaj decyzję
decision-ready = Gmina podjęła decyzję w twojej sprawie.
receipt-meeting-heading = Masz zaproszenie na rozmowę
receipt-meeting-when = { $date } o godzinie { $time }
receipt-meeting-open = Zobacz zaproszenie i odpowiedz
receipt-meeting-confirmed = Twoja odpowiedź: przyjdziesz na rozmowę.
receipt-meeting-another = Twoja odpowiedź: potrzebujesz innego terminu.
receipt-documents-heading = Załączniki
receipt-documents-body = Wyślij dokumenty, o które prosi gmina, na przykład dokument tożsamości, paski wypłaty i umowę najmu, prosto z telefonu.
receipt-documents-open = Dodaj dokumenty
receipt-documents-send = Wyślij dokumenty
receipt-documents-waiting = { $count ->
    [one] Dodany dokument jest na razie tylko w tym telefonie. Wyślij go teraz, żeby trafił do gminy.
    [few] { $count } dodane dokumenty są na razie tylko w tym telefonie. Wyślij je teraz, żeby trafiły do gminy.
    [many] { $count } dodanych dokumentów jest na razie tylko w tym telefonie. Wyślij je teraz, żeby trafiły do gminy.
   *[other] { $count } dodanych dokumentów jest na razie tylko w tym telefonie. Wyślij je teraz, żeby trafiły do gminy.
}
apply-documents = { $count ->
    [0] Możesz dodać dokumenty, o które prosi gmina, na przykład paski wypłaty i umowę najmu. Zostaną w tym telefonie, dopóki nie wyślesz wniosku.
    [one] Dodano jeden dokument. Zostanie w tym telefonie, dopóki nie wyślesz wniosku, a potem wyślesz go z potwierdzenia.
    [few] Dodano { $count } dokumenty. Zostaną w tym telefonie, dopóki nie wyślesz wniosku, a potem wyślesz je z potwierdzenia.
    [many] Dodano { $count } dokumentów. Zostaną w tym telefonie, dopóki nie wyślesz wniosku, a potem wyślesz je z potwierdzenia.
   *[other] Dodano { $count } dokumentu. Zostaną w tym telefonie, dopóki nie wyślesz wniosku, a potem wyślesz je z potwierdzenia.
}
