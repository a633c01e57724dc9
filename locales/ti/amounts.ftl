# ትግርኛ. Review status: machine-assisted, waiting for a qualified translator.

amount-error-ambiguous = እዛ ነጥቢ ኣሽሓት ድያ ወይስ øre (ሳንቲም) ክንፈልጥ ኣይንኽእልን፣ ስለዚ ዝደለኻዮ መጠን ኣይተረድኣናን። ንዓሰርተው ሓደ ሽሕን ሓሙሽተ ሚእትን ክሮነ 11500፣ 11 500 ወይ 11,500 ጸሓፍ። øre ድሕሪ ነጥቢ ብኽልተ ኣሃዝ ጸሓፍ፦ 11,500.50።
amount-error-separators = እቶም ባዶ ቦታታት፣ ነጥብታት ወይ ኮማታት ኣብ ዘይቦታኦም እዮም ዘለዉ። ኣሽሓት ብጉጅለ ሰለስተ ጸሓፍ፣ ንኣብነት 1,250,000፣ 1 250 000 ወይ 1250000፣ øre ድማ ድሕሪ ነጥቢ፦ 12,500.50።
amount-error-decimals = ድሕሪ ነጥቢ እንተበዝሐ ክልተ ኣሃዝ (øre) ጸሓፍ፣ ንኣብነት 12,500.50።
count-error-whole = ምሉእ ቁጽሪ ጸሓፍ፣ ንኣብነት 2።
