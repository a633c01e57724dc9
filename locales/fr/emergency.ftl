# Nowhere to sleep tonight: the emergency help, and the law behind the needs check's answer.
# Review status: see main.ftl.

## The start page's way in (its title is emergency-heading)
emergency-entry-body = Appelez NAV, ou allez au bureau NAV aujourd’hui. Voici comment obtenir de l’aide.

## The emergency help
emergency-page-title = Pas d’endroit où dormir cette nuit ? – Husly
emergency-outcome = Vous êtes alors « vanskeligstilt på boligmarkedet » (en difficulté sur le marché du logement), et c’est urgent. NAV doit vous aider à trouver un endroit où dormir cette nuit.
emergency-call = Appelez NAV
emergency-call-evening = Le soir ou le week-end, appelez le service médical de garde (legevakt) :
emergency-office = Allez au bureau NAV aujourd’hui
emergency-office-here = Allez au bureau NAV de la commune où vous vous trouvez.
emergency-office-in = Allez au bureau NAV de { $municipality }.
emergency-office-duty = NAV doit vous aider à trouver un endroit où dormir cette nuit (hébergement d’urgence, midlertidig botilbud, sosialtjenesteloven § 27).
emergency-say = Ce que vous pouvez dire
emergency-say-words = Je n’ai pas d’endroit où dormir cette nuit, et j’ai besoin d’un hébergement d’urgence.
emergency-say-meaning = Cela veut dire :
emergency-say-show = Vous pouvez aussi leur montrer votre écran.
emergency-danger = Êtes-vous en danger maintenant ? Appelez la police :
emergency-continue = Répondre à d’autres questions
emergency-continue-hint = Ce n’est pas obligatoire. Si vous répondez, vous verrez quelle autre aide peut vous convenir, par exemple un logement de la commune.

## The needs check's answer
needs-outcome-emergency = Vous êtes « vanskeligstilt på boligmarkedet » (en difficulté sur le marché du logement), et c’est urgent, car vous n’avez pas d’endroit où dormir cette nuit.
needs-law-heading = Sur quoi cela repose
explain-needs-no-bed-tonight = Vous n’avez pas d’endroit où dormir cette nuit. Vous êtes donc en difficulté sur le marché du logement, et c’est urgent.
explain-law-vanskeligstilt = La loi sur la responsabilité des communes dans le domaine du logement social (boligsosialloven), depuis le 1er juillet 2023 : vous êtes « vanskeligstilt på boligmarkedet » si, pour des raisons financières, sociales ou de santé, vous ne pouvez pas trouver ou garder seul un logement adapté.
explain-law-individual-help = Boligsosialloven § 6 : la commune doit vous apporter une aide adaptée à vous et à vos besoins, en coopération avec vous.
explain-law-temporary-accommodation = Sosialtjenesteloven § 27 : la commune doit trouver un hébergement provisoire (midlertidig botilbud) pour toute personne qui ne peut pas le faire elle-même. C’est le bureau NAV qui s’en charge.
