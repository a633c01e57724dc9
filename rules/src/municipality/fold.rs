//! Folding a typed municipality name so that the ways people write it meet: case, Norwegian and
//! Sámi letters typed without their marks (Bærum, Baerum, Barum; Tromsø, Tromso, Tromsoe; Ås,
//! As), the forms of the same letter in Arabic, Persian and Pashto, and the words "kommune",
//! "municipality" and their like around the name.

/// Words that say "municipality" (after folding), dropped from what was typed.
const NOISE: &[&str] = &[
    "kommune",
    "kommun",
    "kommunen",
    "herad",
    "suohkan",
    "gielda",
    "municipality",
    "municipalite",
    "commune",
    "gmina",
    "degmada",
    "of",
    "de",
    "بلديه",
    "شهرداري",
    "ولسوالي",
    "муніципалітет",
    "громада",
    "комуна",
    "коммуна",
];

/// One letter folded, or `None` to drop it.
fn letter(c: char) -> Option<char> {
    Some(match c {
        'æ' | 'ä' | 'å' | 'á' | 'à' | 'â' | 'ã' => 'a',
        'ø' | 'ö' | 'œ' | 'ó' | 'ò' | 'ô' | 'õ' => 'o',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'č' | 'ç' | 'ć' => 'c',
        'đ' => 'd',
        'ŋ' | 'ñ' | 'ń' => 'n',
        'š' | 'ś' => 's',
        'ŧ' => 't',
        'ž' | 'ź' | 'ż' => 'z',
        'ł' => 'l',
        'ё' => 'е',
        'ї' => 'і',
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' | 'ی' | 'ې' | 'ۍ' | 'ئ' => 'ي',
        'ک' | 'ڪ' => 'ك',
        'ګ' => 'گ',
        'ټ' => 'ت',
        'ډ' => 'د',
        'ة' | 'ۀ' => 'ه',
        // Arabic vowel marks, tatweel, and invisible joiners and direction marks.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200B}'..='\u{200F}' => {
            return None;
        }
        '-' | '–' | '—' | '.' | ',' | '/' | '\'' | '’' | '(' | ')' | '"' => ' ',
        c => c,
    })
}

/// `text` folded: lower case, letters without marks, one space between words, and the Norwegian
/// spellings without æ, ø, å (ae, oe, aa) made the same as with them.
pub fn fold(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        if let Some(f) = letter(c) {
            plain.push(f);
        }
    }
    let words: Vec<String> = plain
        .split_whitespace()
        .map(|w| w.replace("ae", "a").replace("oe", "o").replace("aa", "a"))
        .collect();
    words.join(" ")
}

/// What was typed, folded and without the words that only say "municipality".
pub fn key(text: &str) -> String {
    let folded = fold(text);
    let kept: Vec<&str> = folded
        .split(' ')
        .filter(|w| !w.is_empty() && !NOISE.contains(w))
        .collect();
    kept.join(" ")
}

/// The ASCII digits in `text`, with Arabic-Indic and Persian digits read as them.
pub fn digits(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '0'..='9' => Some(c),
            '\u{0660}'..='\u{0669}' => char::from_u32(c as u32 - 0x0660 + '0' as u32),
            '\u{06F0}'..='\u{06F9}' => char::from_u32(c as u32 - 0x06F0 + '0' as u32),
            _ => None,
        })
        .collect()
}
