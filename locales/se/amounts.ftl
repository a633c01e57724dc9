# Davvisámegiella. Review status: machine-assisted, waiting for a qualified translator.

amount-error-ambiguous = Mii eat sáhte diehtit mearkkaša go sirrenmearka duháhiid vai evrriid (øre). Čále 11500 dahje 11 500 go oaivvildat oktanuppelot duhát vihttačuođi ruvnno. Evrriid čálát rihkku maŋŋá, guovttiin logunmearkkain: 11 500,50.
amount-error-separators = Gaska, čuokkis dahje rihkku lea boasttu sajis. Čále duháhiid golmma joavkkuin, ovdamearkka dihte 1 250 000 dahje 1250000, ja evrriid rihkku maŋŋá: 12 500,50.
amount-error-decimals = Čále eanemusat guokte logunmearkka rihkku maŋŋá (øre), ovdamearkka dihte 12 500,50.
count-error-whole = Čále ollis logu, ovdamearkka dihte 2.
