# Words people use (issue 14): the municipality as people write it, and a name of its own for each group of choices.
words-municipality-found = Waa la helay: degmada { $name } ({ $number }).
words-municipality-replaced-number = Lambarka degmada { $old } hadda lama isticmaalo. Waa la beddelay ({ $path }), hadana waa degmada { $name } ({ $new }). Waxaan isticmaalnaa { $new }.
words-municipality-replaced-name = { $old } ({ $number }) hadda ma aha degmo gaar ah. Waxay qayb ka noqotay degmada { $name } ({ $path }). Waxaan isticmaalnaa { $new }.
words-municipality-divided = Degmada { $old } ({ $number }) waxaa loo qaybiyay dhowr degmo. Dooro tan aad hadda ku nooshahay:
words-municipality-several = Dhowr degmo ayaa ku habboon. Dooro tan aad ku nooshahay:
words-municipality-not-found = Ma helno degmo leh magacaas ama lambarkaas. Qor magaca degmada ee af Noorwiijiga, ama lambarkeeda afarta god ah.
error-municipality-divided = Degmada lambarkan leh waxaa loo qaybiyay dhowr degmo. Qor magaca degmada aad hadda ku nooshahay.
explain-needs-reception-centre = Haddii aad ku nooshahay xarun magangalyo-doon oo aad heshay sharciga deganaanshaha, degmada lagu dejinayo ayaa ku caawinaysa guri. Weydii xarunta ku saabsan dejinta (bosetting).
words-income-period = Lacagtu ma sannadkii baa mise bishii?
words-income-basis = Lacagtu ma ka hor canshuurta baa mise ka dib?
