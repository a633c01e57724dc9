# English: the application. Review status: machine-assisted, waiting for a qualified translator.
apply-page-title = Apply for help with housing – Husly
apply-heading = Apply for help with housing
apply-lead = Here you ask the municipality for help to get or keep a home. You send one application, and the municipality works out which help you can get.
apply-need-heading = What you need
apply-need-id = Your fødselsnummer or D-nummer (11 digits)
apply-need-economy = About how much you and the people you live with earn, and what your home costs
apply-need-time = About 10 minutes. Your answers are saved on your phone as you type, so you can take a break.
apply-privacy = Nothing is sent until you press “Send the application” at the end.
apply-start = Start the application
apply-resume = Continue where you left off
apply-progress = Step { $n } of { $total }
apply-change = Change

apply-person-heading = Who is applying?
apply-name = Full name
apply-national-id = Fødselsnummer or D-nummer
apply-national-id-hint = 11 digits. You can find it on your bank card, in letters from NAV or on your residence card.
apply-error-name = Enter your full name.
apply-error-national-id-missing = Enter your fødselsnummer or D-nummer.

apply-contact-heading = How can the municipality contact you?
apply-contact-hint = Enter a phone number, an e-mail address or both.
apply-phone = Phone number
apply-phone-hint = For example 912 34 567.
apply-email = E-mail
apply-language = Which language do you prefer?
apply-language-hint = The municipality will try to answer you in this language.
apply-interpreter = I need an interpreter when I talk to the municipality
apply-error-contact = Enter a phone number or an e-mail address, so the municipality can reach you.
error-invalid-phone = Enter a phone number with 8 to 15 digits, for example 912 34 567.
error-invalid-email = Enter an e-mail address like name@example.no.

apply-economy-heading = Your household and economy
apply-economy-hint = If you have made an estimate of startlån or bostøtte here, your answers are filled in. Check that they are right.
apply-error-municipality = Enter the municipality you live in.
apply-error-income = Enter the income. Enter 0 if nobody in the household has an income.
apply-error-housing-cost = Enter what your home costs per month. Enter 0 if you pay nothing.

apply-help-heading = What do you want to apply for?
apply-help-hint = Tick everything you want help with. We have ticked what fits your answers. You can change it.
apply-help-fits = Fits you
apply-error-help = Choose at least one kind of help.

apply-own-words-heading = Tell us about your situation
apply-own-words-label = In your own words
apply-own-words-hint = How do you live now, and what do you wish for? The municipality must hear what you think before it decides. You can also tell them when you talk to them.
apply-own-words-empty = Nothing written
apply-characters-left = You have { $n } characters left.
apply-error-too-long = The text is too long. Make it shorter.

apply-check-heading = Check your answers before you send
apply-section-person = About you
apply-section-situation = How you live now
apply-section-economy = Your household and economy
apply-section-help = Help you apply for
apply-section-own-words = In your own words
answer-yes = Yes
answer-no = No
apply-declaration-heading = Send the application
apply-consent = I have answered as correctly as I can. The municipality may use this information to process the application and get the information it needs from NAV and the Tax Administration.
apply-error-consent = Tick to confirm that your answers are correct and that the municipality may process the application.
apply-submit = Send the application
apply-sending = Sending …
apply-retry = Try sending again
apply-submit-failed = The application was not sent
apply-answers-kept = Your answers are kept. When you try again, the application is sent only once.
apply-waiting-heading = Your application has not been sent yet
apply-waiting-body = We cannot reach the server right now, perhaps because you are offline. Your application is saved on this device, and we will send it by ourselves when the connection is back, even if you close the page and open Husly again later. It will be sent only once.
apply-waiting-change = It will be sent as it stands here. If you want to change something, change the answer and press “Send the application” again.
outbox-waiting = Your application has not been sent yet. It will be sent by itself when you are online again.
outbox-waiting-link = See the application
outbox-sent = You are online again, and your application has been sent.
outbox-sent-link = See the receipt
apply-sent-already = You have sent an application from this device. Its answers are no longer kept here.
apply-error-server = Something went wrong on our side. Try again in a little while.

apply-receipt-heading = Your application has been sent
apply-receipt-reference = Your reference is
apply-receipt-sent = We sent the application to { $municipality } municipality on { $date }.
apply-receipt-keep = Write down the reference or print this page. Give the reference when you talk to the municipality.
apply-next-heading = What happens now?
apply-next-body = The municipality reads your application and contacts you. If it takes more than a month, you will get a letter saying when to expect an answer (forvaltningsloven § 11 a).
apply-next-urgent = If you have nowhere to sleep tonight, call NAV on 55 55 33 33 or go to your NAV office today.
apply-appeal-heading = If you disagree with the answer
apply-appeal-body = You get the answer in a letter (a decision, “vedtak”). If you disagree, you can appeal. The deadline is three weeks from when you got the letter (forvaltningsloven § 29). The letter says where to send the appeal. Your NAV office can help you write it.
apply-print = Print
apply-summary-heading = What you sent
apply-receipt-missing = No receipt here
apply-receipt-missing-body = We find no sent application on this device. The receipt is deleted when someone presses “Start over”.
apply-status-label = Status:
apply-status-received = Received. The municipality has not started on the application yet.
apply-status-in-progress = Being processed.
apply-status-decided = Decided. The answer comes in a letter.
error-too-many-requests = Many applications have come from this device in a short time. Wait a minute and try again.

## The receipt: who will contact the resident about what (routes/apply/receipt/handled_by.rs)
apply-handled-by-heading = Who will contact you about what
apply-handled-by-lead = Each part of your application goes to whoever decides on it. They will contact you.
handler-housing-office = { $municipality } municipality
handler-nav = The NAV office where you live
handler-husbanken = Husbanken (the Norwegian State Housing Bank)
handler-about = About:
handler-nav-how = The NAV office decides on this and will contact you. You can reach NAV by phone on
handler-husbanken-how = Husbanken decides on bostøtte (housing allowance). You apply at husbanken.no, and the municipality can help you with the application.
decision-open = Read the decision
decision-ready = The municipality has made a decision on your application.
receipt-meeting-heading = You are invited to a meeting
receipt-meeting-when = { $date } at { $time }
receipt-meeting-open = See the invitation and reply
receipt-meeting-confirmed = You have replied that you will come.
receipt-meeting-another = You have asked for another time.
receipt-documents-heading = Documents
receipt-documents-body = Send the documents the municipality asks for, such as ID, payslips and the lease, straight from your phone.
receipt-documents-open = Attach documents
receipt-documents-send = Send the documents
receipt-documents-waiting = { $count ->
    [one] The document you attached is still only on this phone. Send it now so the municipality gets it.
   *[other] The { $count } documents you attached are still only on this phone. Send them now so the municipality gets them.
}
apply-documents = { $count ->
    [0] You can attach the documents the municipality asks for, such as payslips and the lease. They stay on this phone until you have sent the application.
    [one] You have attached one document. It stays on this phone until you have sent the application; then you send it from the receipt.
   *[other] You have attached { $count } documents. They stay on this phone until you have sent the application; then you send them from the receipt.
}
