# Nowhere to sleep tonight: the emergency help, and the law behind the needs check's answer.
# Review status: see main.ftl.

## The start page's way in (its title is emergency-heading)
emergency-entry-body = Call NAV, or go to the NAV office today. Here is how to get help.

## The emergency help
emergency-page-title = Nowhere to sleep tonight? – Husly
emergency-outcome = Then you are disadvantaged in the housing market («vanskeligstilt på boligmarkedet»), and it is urgent. NAV must help you find somewhere to sleep tonight.
emergency-call = Call NAV
emergency-call-evening = In the evening or at the weekend, call the emergency doctor service (legevakt):
emergency-office = Go to the NAV office today
emergency-office-here = Go to the NAV office in the municipality where you are.
emergency-office-in = Go to the NAV office in { $municipality }.
emergency-office-duty = NAV must help you find somewhere to sleep tonight (emergency housing: midlertidig botilbud, sosialtjenesteloven § 27).
emergency-say = What you can say
emergency-say-words = I have nowhere to sleep tonight, and I need emergency housing.
emergency-say-meaning = This means:
emergency-say-show = You can also show them your screen.
emergency-danger = Are you in danger now? Call the police:
emergency-continue = Answer more questions
emergency-continue-hint = You do not have to. If you answer, you will see what other help may fit you, for example a home from the municipality.

## The needs check's answer
needs-outcome-emergency = You are disadvantaged in the housing market («vanskeligstilt på boligmarkedet»), and it is urgent, because you have nowhere to sleep tonight.
needs-law-heading = What this is based on
explain-needs-no-bed-tonight = You have nowhere to sleep tonight. That makes you disadvantaged in the housing market, and it is urgent.
explain-law-vanskeligstilt = The Act on municipalities' responsibility in social housing (boligsosialloven), from 1 July 2023: you are disadvantaged in the housing market («vanskeligstilt på boligmarkedet») if, for financial, social or health reasons, you cannot get or keep a suitable home on your own.
explain-law-individual-help = Boligsosialloven § 6: the municipality must give you help that is adapted to you and what you need, in cooperation with you.
explain-law-temporary-accommodation = Sosialtjenesteloven § 27: the municipality must find temporary accommodation (midlertidig botilbud) for anyone who cannot do it themselves. The NAV office does this.
