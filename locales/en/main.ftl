# English. Review status: reviewed (by the team).
app-name = Husly
skip-to-content = Skip to main content
language-picker-label = Language
footer-privacy = What you type stays on your phone until you send the application yourself.

home-page-title = Husly – help to get and keep a home
home-heading = Help to get and keep a home
home-lead = Find out what help you can get from the municipality and NAV, estimate roughly what you can get, and apply – all in one place.
entry-needs-title = Find out what help fits you
entry-needs-body = Answer a few short questions about where you live now.
entry-estimates-title = Estimate startlån and bostøtte
entry-estimates-body = See roughly how much you can borrow, and how much housing allowance you can get.
entry-apply-title = Apply for help
entry-apply-body = One application to the municipality for help to get or keep a home.

not-yet-body = This part is not ready yet. Contact your NAV office or your municipality if you need help now.
back-to-start = Back to the start page
not-found-title = We could not find that page
not-found-body = The address may be wrong, or the page may have moved.
