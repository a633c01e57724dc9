# ትግርኛ፦ መመልከቲ። Review status: see main.ftl.
apply-page-title = ንገዛ ሓገዝ ሕተት – Husly
apply-heading = ንገዛ ሓገዝ ሕተት
apply-lead = ኣብዚ ገዛ ንምርካብ ወይ ንምሓዝ ካብ ኮሙን ሓገዝ ትሓትት። ሓደ መመልከቲ ትሰድድ፣ ኮሙን ድማ እንታይ ሓገዝ ክትረክብ ከም እትኽእል ይፈልጥ።
apply-need-heading = ዘድልየካ
apply-need-id = ቁጽሪ ልደት (fødselsnummer) ወይ D-nummer (11 ኣሃዛት)
apply-need-economy = ንስኻን ምሳኻ ዝነብሩን ብግምት ክንደይ ከም እትረኽቡን፣ እቲ ገዛ ክንደይ ከም ዘኽፍልን
apply-need-time = ብግምት 10 ደቒቕ። ክትጽሕፍ ከለኻ መልስታት ኣብ ተሌፎን ይዕቀቡ፣ ስለዚ ከተዕርፍ ትኽእል።
apply-privacy = ኣብ መወዳእታ «መመልከቲ ስደድ» ክሳብ እትጥውቕ ዋላ ሓንቲ ኣይለኣኽን።
apply-start = መመልከቲ ጀምር
apply-resume = ካብ ዝኣረፍካሉ ቀጽል
apply-progress = ስጉምቲ { $n } ካብ { $total }
apply-change = ቀይር

apply-person-heading = መን እዩ ዘመልክት?
apply-name = ምሉእ ስም
apply-national-id = ቁጽሪ ልደት (fødselsnummer) ወይ D-nummer
apply-national-id-hint = 11 ኣሃዛት። ንኣብነት ኣብ ካርድ ባንኪ፣ ኣብ ደብዳበታት NAV ወይ ኣብ ካርድ መንበሪ ክትረኽቦ ትኽእል።
apply-error-name = ምሉእ ስም ጸሓፍ።
apply-error-national-id-missing = ቁጽሪ ልደትካ ወይ D-nummer ጸሓፍ።

apply-contact-heading = ኮሙን ከመይ ጌሩ ክረኽበካ ይኽእል?
apply-contact-hint = ቁጽሪ ተሌፎን፣ ኢመይል ወይ ክልቲኡ ጸሓፍ።
apply-phone = ቁጽሪ ተሌፎን
apply-phone-hint = ንኣብነት 912 34 567።
apply-email = ኢመይል
apply-language = ኣየናይ ቋንቋ ትመርጽ?
apply-language-hint = ኮሙን ብዚ ቋንቋ ክምልሰልካ ይፍትን።
apply-interpreter = ምስ ኮሙን ክዛረብ ከለኹ ተርጓሚ የድልየኒ
apply-error-contact = ኮሙን ክረኽበካ ምእንቲ ቁጽሪ ተሌፎን ወይ ኢመይል ጸሓፍ።
error-invalid-phone = ካብ 8 ክሳብ 15 ኣሃዛት ዘለዎ ቁጽሪ ተሌፎን ጸሓፍ፣ ንኣብነት 912 34 567።
error-invalid-email = ከም name@example.no ዝበለ ኣድራሻ ኢመይል ጸሓፍ።

apply-economy-heading = ስድራን ቁጠባን
apply-economy-hint = ኣብዚ startlån ወይ bostøtte ሓሲብካ እንተኔርካ፣ መልስታት ተመሊኦም ኣለዉ። ቅኑዓት ምዃኖም ኣረጋግጽ።
apply-error-municipality = እትነብረሉ ኮሙን ጸሓፍ።
apply-error-income = እቶት ጸሓፍ። ኣብ ስድራ ዝኾነ እቶት ዘለዎ እንተዘየሎ 0 ጸሓፍ።
apply-error-housing-cost = እቲ ገዛ ኣብ ወርሒ ክንደይ ከም ዘኽፍል ጸሓፍ። ዋላ ሓንቲ እንተዘይከፊልካ 0 ጸሓፍ።

apply-help-heading = እንታይ ክትሓትት ትደሊ?
apply-help-hint = ሓገዝ እትደልየሉ ኩሉ ምልክት ግበር። ምስ መልስታትካ ዝሰማማዕ ምልክት ጌርናሉ ኣለና። ክትቅይሮ ትኽእል።
apply-help-fits = ይሰማማዓካ
apply-error-help = እንተወሓደ ሓደ ዓይነት ሓገዝ ምረጽ።

apply-own-words-heading = ብዛዕባ ኩነታትካ ንገር
apply-own-words-label = ብናትካ ቃላት
apply-own-words-hint = ሕጂ ከመይ ትነብር፣ እንታይከ ትደሊ? ኮሙን ቅድሚ ምውሳኑ ርእይቶኻ ክሰምዕ ኣለዎ። ምሳታቶም ክትዛረብ ከለኻ እውን ክትነግሮም ትኽእል።
apply-own-words-empty = ዋላ ሓንቲ ኣይተጻሕፈን
apply-characters-left = { $n } ፊደላት ተሪፎምኻ።
apply-error-too-long = እቲ ጽሑፍ ኣዝዩ ነዊሕ እዩ። ኣሕጽሮ።

apply-check-heading = ቅድሚ ምስዳድካ መልስታት ኣረጋግጽ
apply-section-person = ብዛዕባኻ
apply-section-situation = ሕጂ ከመይ ትነብር
apply-section-economy = ስድራን ቁጠባን
apply-section-help = እትሓቶ ሓገዝ
apply-section-own-words = ብናትካ ቃላት
answer-yes = እወ
answer-no = ኣይፋል
apply-declaration-heading = መመልከቲ ስደድ
apply-consent = ብዝከኣለኒ ብቕንዕና መሊሰ ኣለኹ። ኮሙን ነቲ መመልከቲ ንምርኣይ ነዚ ሓበሬታ ክጥቀመሉን ካብ NAVን Skatteetaten (ቤት ጽሕፈት ግብሪ)ን ዘድሊ ሓበሬታ ከምጽእን ይኽእል።
apply-error-consent = ብቕንዕና ከም ዝመለስካን ኮሙን ነቲ መመልከቲ ክርእዮ ከም እትሰማማዕን ምልክት ግበር።
apply-submit = መመልከቲ ስደድ
apply-sending = ይለኣኽ ኣሎ …
apply-retry = እንደገና ክትሰድድ ፈትን
apply-submit-failed = እቲ መመልከቲ ኣይተላእከን
apply-answers-kept = መልስታትካ ተዓቂቦም ኣለዉ። እንደገና ክትፍትን ከለኻ እቲ መመልከቲ ሓንሳብ ጥራይ ይለኣኽ።
apply-waiting-heading = መመልከቲኻ ገና ኣይተላእከን
apply-waiting-body = ሕጂ ምስ ሰርቨር ክንራኸብ ኣይከኣልናን፣ ምናልባት ምስ ኢንተርነት ስለ ዘይተራኸብካ። እቲ መመልከቲ ኣብዚ መሳርሒ ተዓቂቡ ኣሎ፣ እቲ ርክብ ምስ ተመልሰ ባዕልና ክንሰዶ ኢና፣ ነቲ ገጽ እንተ ዓጸኻዮ እሞ Husly ደሓር እንተ ከፈትካዮ እውን። ሓንሳብ ጥራይ እዩ ዝለኣኽ።
apply-waiting-change = ከምቲ ኣብዚ ዘሎ ኢዩ ዝለኣኽ። ገለ ክትቅይር እንተ ደሊኻ፣ ነቲ መልሲ ቀይሮ እሞ «መመልከቲ ስደድ» እንደገና ጠውቕ።
outbox-waiting = መመልከቲኻ ገና ኣይተላእከን። ምስ ኢንተርነት ምስ ተራኸብካ ባዕሉ ክለኣኽ እዩ።
outbox-waiting-link = ነቲ መመልከቲ ርአ
outbox-sent = እንደገና ምስ ኢንተርነት ተራኺብካ ኣለኻ፣ መመልከቲኻ ድማ ተላኢኹ።
outbox-sent-link = ነቲ ቅብሊት ርአ
apply-sent-already = ካብዚ መሳርሒ ሓደ መመልከቲ ሰዲድኩም ኢኹም። መልስታቱ ኣብዚ ድሕሪ ሕጂ ኣይዕቀቡን እዮም።
apply-error-server = ኣብ ወገንና ገለ ነገር ተጋጊዩ። ድሕሪ ቁሩብ እንደገና ፈትን።

apply-receipt-heading = እቲ መመልከቲ ተላኢኹ
apply-receipt-reference = ናይ መወከሲ ቁጽርኻ እዚ እዩ
apply-receipt-sent = ነቲ መመልከቲ ብ{ $date } ናብ ኮሙን { $municipality } ሰዲድናዮ።
apply-receipt-keep = ነቲ ናይ መወከሲ ቁጽሪ ጸሓፎ ወይ ነዚ ገጽ ሕተሞ። ምስ ኮሙን ክትዛረብ ከለኻ ነቲ ቁጽሪ ንገሮም።
apply-next-heading = ሕጂ እንታይ ይኸውን?
apply-next-body = ኮሙን ነቲ መመልከቲ የንብቦ እሞ ይራኸበካ። ልዕሊ ሓደ ወርሒ እንተወሲዱ፣ መዓስ መልሲ ክትጽበ ከም እትኽእል ዝገልጽ ደብዳበ ክትረክብ ኢኻ (forvaltningsloven § 11 a)።
apply-next-urgent = ሎሚ ለይቲ ዝድቅሰሉ ቦታ እንተዘይብልካ፣ ናብ NAV ብ55 55 33 33 ደውል ወይ ሎሚ ናብ ቤት ጽሕፈት NAV ኪድ።
apply-appeal-heading = ምስቲ መልሲ እንተዘይተሰማሚዕካ
apply-appeal-body = እቲ መልሲ ብደብዳበ (ውሳነ፣ vedtak) ትረኽቦ። እንተዘይተሰማሚዕካ ይግባይ ክትብል ትኽእል። እቲ ቀነ ገደብ ካብ እትቕበሎ ዕለት ሰለስተ ሰሙን እዩ (forvaltningsloven § 29)። ኣብቲ ደብዳበ ነቲ ይግባይ ናበይ ከም እትሰድዶ ተጻሒፉ ኣሎ። ቤት ጽሕፈት NAV ንምጽሓፉ ክሕግዘካ ይኽእል።
apply-print = ሕተም
apply-summary-heading = ዝሰደድካዮ
apply-receipt-missing = ኣብዚ ቅብሊት የለን
apply-receipt-missing-body = ኣብዚ መሳርሒ ዝተላእከ መመልከቲ ኣይረኸብናን። ሓደ ሰብ «እንደገና ጀምር» ክጥውቕ ከሎ እቲ ቅብሊት ይድምሰስ።
apply-status-label = ኩነታት፦
apply-status-received = ተቐቢልናዮ። ኮሙን ነቲ መመልከቲ ክርእዮ ገና ኣይጀመረን።
apply-status-in-progress = ይርአ ኣሎ።
apply-status-decided = ተወሲኑ። እቲ መልሲ ብደብዳበ ይመጽእ።
error-too-many-requests = ካብዚ መሳርሒ ኣብ ሓጺር ግዜ ብዙሓት መመልከቲታት መጺኦም። ሓንቲ ደቒቕ ተጸበ እሞ እንደገና ፈትን።

## The receipt: who will contact the resident about what (routes/apply/receipt/handled_by.rs)
apply-handled-by-heading = መን ብዛዕባ እንታይ ክረኽበካ እዩ
apply-handled-by-lead = ነፍሲ ወከፍ ክፋል ናይ ሕቶኻ ናብቲ ዝውስነሉ ኣካል ይኸይድ። ንሳቶም ክረኽቡኻ እዮም።
handler-housing-office = ኣገልግሎት ገዛ ኣብ ኮሙን { $municipality }
handler-nav = ኣብቲ እትነብረሉ ቦታ ዘሎ ቤት ጽሕፈት NAV
handler-husbanken = Husbanken (ናይ መንግስቲ ባንክ ገዛ)
handler-about = ብዛዕባ፦
handler-nav-how = ቤት ጽሕፈት NAV ኣብዚ ይውስን እሞ ክረኽበካ እዩ። ንNAV በዚ ቁጽሪ ተሌፎን ክትረኽቦ ትኽእል፦
handler-husbanken-how = Husbanken ኣብ bostøtte (ናይ ገዛ ደገፍ) ይውስን። ኣብ husbanken.no ትሓትት፣ ኮሙን ድማ ኣብቲ ሕቶ ክሕግዘካ ይኽእል።
decision-open = ነቲ ውሳነ ኣንብብ
decision-ready = ኮሙን ኣብ ጉዳይካ ውሳነ ሂቡ ኣሎ።
receipt-meeting-heading = ናብ ዝርርብ ተጸዊዕካ ኣለኻ
receipt-meeting-when = { $date }፣ ሰዓት { $time }
receipt-meeting-open = ነቲ ጻውዒት ርአ እሞ መልሲ ሃብ
receipt-meeting-confirmed = ክትመጽእ ምዃንካ መሊስካ ኣለኻ።
receipt-meeting-another = ካልእ ግዜ ሓቲትካ ኣለኻ።
receipt-documents-heading = ሰነዳት
receipt-documents-body = ኮሙን ዝሓቶም ሰነዳት፣ ንኣብነት መንነት መረጋገጺ፣ ወረቐት ደሞዝን ውዕል ክራይን፣ ብቐጥታ ካብ ተሌፎንካ ስደድ።
receipt-documents-open = ሰነዳት ኣተሓሕዝ
receipt-documents-send = ነቶም ሰነዳት ስደድ
receipt-documents-waiting = { $count ->
    [one] እቲ ዘተሓሓዝካዮ ሰነድ ገና ኣብዚ ተሌፎን ጥራይ እዩ ዘሎ። ኮሙን ምእንቲ ክረኽቦ ሕጂ ስደዶ።
   *[other] እቶም ዘተሓሓዝካዮም { $count } ሰነዳት ገና ኣብዚ ተሌፎን ጥራይ እዮም ዘለዉ። ኮሙን ምእንቲ ክረኽቦም ሕጂ ስደዶም።
}
apply-documents = { $count ->
    [0] ኮሙን ዝሓቶም ሰነዳት፣ ንኣብነት ወረቐት ደሞዝን ውዕል ክራይን፣ ከተተሓሕዝ ትኽእል ኢኻ። ነቲ መመልከቲ ክሳብ እትሰዶ ኣብዚ ተሌፎን ይጸንሑ።
    [one] ሓደ ሰነድ ኣተሓሒዝካ ኣለኻ። ነቲ መመልከቲ ክሳብ እትሰዶ ኣብዚ ተሌፎን ይጸንሕ፣ ድሕሪኡ ካብቲ ቅብሊት ትሰዶ።
   *[other] { $count } ሰነዳት ኣተሓሒዝካ ኣለኻ። ነቲ መመልከቲ ክሳብ እትሰዶ ኣብዚ ተሌፎን ይጸንሑ፣ ድሕሪኡ ካብቲ ቅብሊት ትሰዶም።
}
