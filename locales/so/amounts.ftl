# Soomaali. Review status: machine-assisted, waiting for a qualified translator.

amount-error-ambiguous = Barta halkan waxay noqon kartaa kumanyaal ama øre (jajab), markaa ma garan karno lacagta aad ula jeeddo. Qor 11500, 11 500 ama 11,500 haddii ay tahay kow iyo toban kun iyo shan boqol oo koroon. Øre ku qor barta kadib, laba god: 11,500.50.
amount-error-separators = Meelaha bannaan, hakadaha ama baraha meel khaldan ayay ku jiraan. Kumanyaasha u qor kooxo saddex ah, tusaale ahaan 1,250,000, 1 250 000 ama 1250000, øre-na barta kadib: 12,500.50.
amount-error-decimals = Barta kadib qor ugu badnaan laba god (øre), tusaale ahaan 12,500.50.
count-error-whole = Qor tiro dhan, tusaale ahaan 2.
