# The glossary: what each Norwegian term that the text keeps in Norwegian (src/i18n/terms.rs)
# means, shown in brackets after its first appearance on a page, e.g. "startlån (…)". Short and
# plain, without the term itself or another Norwegian term. Review status: see main.ftl.

glossary-startlan = pożyczka od gminy na zakup mieszkania
glossary-bostotte = comiesięczna pomoc od państwa na koszty mieszkania przy niskich dochodach
glossary-nav = urząd do spraw pracy, świadczeń i pomocy społecznej
glossary-husbanken = państwowy bank mieszkaniowy
glossary-fodselsnummer = Twój 11-cyfrowy norweski numer identyfikacyjny
glossary-d-nummer = tymczasowy norweski numer identyfikacyjny dla osób, które nie mają stałego
glossary-vedtak = pisemna decyzja urzędu, od której można się odwołać
glossary-egenandel = część, którą płacisz sam
glossary-depositum = kaucja, którą płacisz wynajmującemu, gdy wynajmujesz mieszkanie
glossary-tilskudd-til-etablering = dotacja od gminy na zakup mieszkania dla osób o niskich dochodach
glossary-midlertidig-botilbud = tymczasowe miejsce pobytu, gdy nie masz gdzie mieszkać
glossary-vanskeligstilt = określenie z ustawy: osoba, która sama nie może znaleźć ani utrzymać odpowiedniego mieszkania
glossary-sosialtjenesteloven = ustawa o usługach socjalnych
glossary-boligsosialloven = ustawa o obowiązku gminy pomagania ludziom w sprawach mieszkaniowych
glossary-forvaltningsloven = ustawa o postępowaniu administracyjnym: zasady, według których urząd prowadzi Twoją sprawę
glossary-minstefradrag = standardowe odliczenie od dochodu przed podatkiem
glossary-skattemelding = roczne zeznanie podatkowe
glossary-skatteetaten = norweski urząd skarbowy
glossary-trygdeavgift = składka na ubezpieczenie społeczne, podatek od dochodu
glossary-trinnskatt = podatek progresywny, dodatkowy podatek od wyższych dochodów
glossary-bolig-forst = „Najpierw mieszkanie”: najpierw własne mieszkanie, potem pomoc, by je utrzymać
glossary-lanekassen = państwowa instytucja pożyczek i stypendiów dla studentów
glossary-borettslag = spółdzielnia mieszkaniowa: kupujesz udział i co miesiąc płacisz wspólne koszty
glossary-sameie = budynek we współwłasności: Twoje mieszkanie jest Twoje, reszta jest wspólna
glossary-deleie = częściowa własność: kupujesz część mieszkania, a resztę wynajmujesz od gminy
glossary-legevakt = lekarz dyżurny, gdy przychodnia Twojego lekarza jest zamknięta
