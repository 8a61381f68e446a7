//! `application/x-www-form-urlencoded` as browsers write query strings: `+` and `%20` are both
//! a space, and decoding never fails; it reports what it had to repair instead. Paths are
//! percent-decoded the same way, except that a `+` in a path is a plus.

/// What had to be repaired while decoding.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Repairs {
    /// A `%` not followed by two hex digits, kept as it was.
    pub broken_escape: bool,
    /// Bytes that are not UTF-8, replaced by U+FFFD.
    pub invalid_utf8: bool,
}

/// Decodes one key or value of a query string.
pub fn decode(text: &str) -> (String, Repairs) {
    percent_decode(text, true)
}

/// Decodes one segment of a path.
pub fn decode_path(text: &str) -> (String, Repairs) {
    percent_decode(text, false)
}

fn percent_decode(text: &str, plus_is_space: bool) -> (String, Repairs) {
    let mut repairs = Repairs::default();
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' if plus_is_space => out.push(b' '),
            b'%' => match (bytes.get(i + 1).and_then(hex), bytes.get(i + 2).and_then(hex)) {
                (Some(high), Some(low)) => {
                    out.push(high << 4 | low);
                    i += 2;
                }
                _ => {
                    repairs.broken_escape = true;
                    out.push(b'%');
                }
            },
            byte => out.push(byte),
        }
        i += 1;
    }
    let text = match String::from_utf8(out) {
        Ok(text) => text,
        Err(error) => {
            repairs.invalid_utf8 = true;
            String::from_utf8_lossy(error.as_bytes()).into_owned()
        }
    };
    (text, repairs)
}

fn hex(byte: &u8) -> Option<u8> {
    (*byte as char).to_digit(16).map(|digit| digit as u8)
}

/// Encodes a value so that [`decode`] gives it back: unreserved characters stay readable,
/// a space becomes `+`, everything else is percent-escaped UTF-8.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(byte as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plus_and_percent_twenty_are_both_spaces() {
        assert_eq!(decode("end+of%20war").0, "end of war");
    }

    #[test]
    fn a_plus_in_a_path_is_a_plus() {
        assert_eq!(decode_path("a+b%20c").0, "a+b c");
    }

    #[test]
    fn broken_escapes_are_kept_and_reported() {
        assert_eq!(decode("100%").0, "100%");
        assert_eq!(decode("%zz%4").0, "%zz%4");
        assert!(decode("%E").1.broken_escape);
        assert_eq!(decode("%41").1, Repairs::default());
    }

    #[test]
    fn invalid_utf8_is_replaced_and_reported() {
        let (text, repairs) = decode("a%FFb");
        assert_eq!(text, "a\u{FFFD}b");
        assert!(repairs.invalid_utf8);
    }

    #[test]
    fn encoding_escapes_reserved_and_non_ascii_characters() {
        assert_eq!(encode("Kim & Moon, 50%"), "Kim+%26+Moon%2C+50%25");
        assert_eq!(encode("정전"), "%EC%A0%95%EC%A0%84");
        assert_eq!(decode(&encode("a+b=c?")).0, "a+b=c?");
    }
}
