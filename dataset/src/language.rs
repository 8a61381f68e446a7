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
