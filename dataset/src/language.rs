//! The languages the site is published in. English is the article's language; every text a
//! reader sees is also written by hand in Korean (never translated at run time), and the
//! article's quotes stay verbatim in English beside their Korean translation.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Language {
    #[default]
    English,
    Korean,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::English, Language::Korean];

    /// The BCP 47 tag, as `<html lang>` and `hreflang` take it.
    pub const fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Korean => "ko",
        }
    }

    /// The `og:locale` of the link-preview tags.
    pub const fn locale(self) -> &'static str {
        match self {
            Language::English => "en_US",
            Language::Korean => "ko_KR",
        }
    }

    /// The language's name in itself, as a link to that edition says it.
    pub const fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Korean => "한국어",
        }
    }
}

/// A text written in each language the site is published in.
///
/// The browser build of one language's pages carries that language's texts only (the other
/// is empty there, see `build.rs`), so a page downloads no text it cannot show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Text {
    pub en: &'static str,
    pub ko: &'static str,
}

impl Text {
    pub const fn get(&self, language: Language) -> &'static str {
        match language {
            Language::English => self.en,
            Language::Korean => self.ko,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_tag_locale_and_own_name() {
        let english = (Language::English.code(), Language::English.locale(), Language::English.own_name());
        assert_eq!(english, ("en", "en_US", "English"));
        let korean = (Language::Korean.code(), Language::Korean.locale(), Language::Korean.own_name());
        assert_eq!(korean, ("ko", "ko_KR", "한국어"));
        assert_eq!(Language::default(), Language::English, "the article's language");
    }

    #[test]
    fn a_text_gives_the_words_of_the_language_asked_for() {
        let text = Text { en: "armistice", ko: "정전협정" };
        assert_eq!(text.get(Language::English), "armistice");
        assert_eq!(text.get(Language::Korean), "정전협정");
    }
}
