//! Hangul's two Unicode forms. A syllable such as 정 is one code point when composed (NFC),
//! and three conjoining jamo (ᄌ ᅥ ᆼ) when decomposed (NFD), as some systems send typed
//! text. The data is kept composed (the build refuses decomposed jamo) and a search
//! composes what the reader typed, so both forms find the same entries. Composition is
//! Unicode's arithmetic for Hangul, so no normalisation tables are needed.

const SYLLABLE_BASE: u32 = 0xAC00;
const LEADING_BASE: u32 = 0x1100;
const VOWEL_BASE: u32 = 0x1161;
const TRAILING_BASE: u32 = 0x11A7;
const LEADING_COUNT: u32 = 19;
const VOWEL_COUNT: u32 = 21;
const TRAILING_COUNT: u32 = 28;
const SYLLABLE_COUNT: u32 = LEADING_COUNT * VOWEL_COUNT * TRAILING_COUNT;

fn leading(c: char) -> Option<u32> {
    (c as u32).checked_sub(LEADING_BASE).filter(|index| *index < LEADING_COUNT)
}

fn vowel(c: char) -> Option<u32> {
    (c as u32).checked_sub(VOWEL_BASE).filter(|index| *index < VOWEL_COUNT)
}

/// A trailing consonant's index, from 1 (index 0 means none).
fn trailing(c: char) -> Option<u32> {
    (c as u32).checked_sub(TRAILING_BASE).filter(|index| (1..TRAILING_COUNT).contains(index))
}

/// A composed syllable without a trailing consonant, which one may still join.
fn open_syllable(c: char) -> bool {
    (c as u32).checked_sub(SYLLABLE_BASE).is_some_and(|index| index < SYLLABLE_COUNT && index % TRAILING_COUNT == 0)
}

/// `text` with every decomposed Hangul syllable composed; everything else unchanged.
pub fn compose(text: &str) -> String {
    let mut out: Vec<char> = Vec::with_capacity(text.len());
    for c in text.chars() {
        let previous = out.last().copied();
        let composed = match (previous.and_then(leading), vowel(c)) {
            (Some(l), Some(v)) => char::from_u32(SYLLABLE_BASE + (l * VOWEL_COUNT + v) * TRAILING_COUNT),
            _ => match (previous.filter(|p| open_syllable(*p)), trailing(c)) {
                (Some(syllable), Some(t)) => char::from_u32(syllable as u32 + t),
                _ => None,
            },
        };
        match composed {
            Some(syllable) => *out.last_mut().expect("a previous character") = syllable,
            None => out.push(c),
        }
    }
    out.into_iter().collect()
}

/// Whether `text` has no conjoining jamo left to compose (what the build requires).
pub fn is_composed(text: &str) -> bool {
    compose(text) == text
}

/// Whether `c` is Hangul in any form a reader's system may send: a syllable, a conjoining jamo,
/// or a compatibility jamo (ㄱ, ㅏ, as typed one at a time).
pub fn is_hangul(c: char) -> bool {
    matches!(c, '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7A3}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decomposed_syllables_compose() {
        // 정전 (armistice), typed as conjoining jamo.
        assert_eq!(compose("\u{110C}\u{1165}\u{11BC}\u{110C}\u{1165}\u{11AB}"), "정전");
        assert_eq!(compose("\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}"), "한국");
        assert_eq!(compose("\u{1106}\u{116E}\u{11AB} \u{110C}\u{1162}-in"), "문 재-in");
    }

    #[test]
    fn composed_text_and_other_scripts_stay_as_they_are() {
        for text in ["정전협정", "Kim Jong Un", "Ä ä", "", "ᄀ", "가\u{11A8}"] {
            let expected = if text == "가\u{11A8}" { "각" } else { text };
            assert_eq!(compose(text), expected);
        }
        assert!(is_composed("문재인"));
        assert!(!is_composed("\u{1106}\u{116E}\u{11AB}"));
    }

    #[test]
    fn a_syllable_with_a_trailing_consonant_takes_no_second_one() {
        assert_eq!(compose("각\u{11A8}"), "각\u{11A8}");
    }

    #[test]
    fn jamo_that_cannot_join_stay_as_they_are() {
        for text in [
            "a\u{1161}",        // a vowel after a letter that is no leading consonant
            "\u{1100}x",        // a leading consonant before a letter that is no vowel
            "\u{1161}\u{11A8}", // a trailing consonant after a lone vowel
            "가b",              // a syllable before a letter that is no trailing consonant
            "\u{1113}\u{1161}", // old leading consonants, outside the modern set, join no vowel
            "\u{1100}\u{1176}", // nor do old vowels
            "가\u{11A7}",       // nor is the filler before the trailing consonants one of them
            "\u{D7A4}\u{11A8}", // past the last syllable
            "\u{ABFF}\u{11A8}", // before the first
            "\u{11A8}\u{11A8}",
        ] {
            assert_eq!(compose(text), text, "{:X?}", text.chars().map(u32::from).collect::<Vec<_>>());
            assert!(is_composed(text));
        }
        assert_eq!(compose("\u{1112}\u{1175}\u{11C2}"), "힣", "the last syllable");
        assert_eq!(compose("\u{1100}\u{1161}"), "가", "the first");
    }

    #[test]
    fn hangul_is_told_from_other_scripts_in_every_form() {
        let hangul = ["가", "힣", "\u{1100}", "\u{11FF}", "ㄱ", "ㅏ", "\u{318F}"];
        assert!(hangul.iter().all(|text| text.chars().all(is_hangul)), "{hangul:?}");
        let other = [
            "a", "Z", "1", " ", "–", "\u{10FF}", "\u{1200}", "\u{312F}", "\u{3190}", "\u{ABFF}", "\u{D7A4}", "漢", "ア",
        ];
        assert!(other.iter().all(|text| !text.chars().any(is_hangul)), "{other:?}");
    }

    #[test]
    fn every_syllable_round_trips_through_its_jamo() {
        for index in 0..SYLLABLE_COUNT {
            let syllable = char::from_u32(SYLLABLE_BASE + index).unwrap();
            let l = char::from_u32(LEADING_BASE + index / (VOWEL_COUNT * TRAILING_COUNT)).unwrap();
            let v = char::from_u32(VOWEL_BASE + (index % (VOWEL_COUNT * TRAILING_COUNT)) / TRAILING_COUNT).unwrap();
            let t = index % TRAILING_COUNT;
            let mut jamo = format!("{l}{v}");
            if t > 0 {
                jamo.push(char::from_u32(TRAILING_BASE + t).unwrap());
            }
            assert_eq!(compose(&jamo), syllable.to_string());
        }
    }
}
