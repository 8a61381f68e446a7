//! The snippet an editor pastes into an article to show the timeline there: an `<iframe>` of
//! the embedded edition, with what a well-behaved frame needs.

/// The height a frame starts at; a host that listens to the page's messages (see
/// `docs/embedding.md`) fits it to the content.
pub const FRAME_HEIGHT: u32 = 640;

/// The message the embedded page sends its host with its content's height in CSS pixels.
pub const HEIGHT_MESSAGE: &str = "korean-peace-timeline:height";

/// Text made safe for an HTML attribute value in double quotes.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The `<iframe>` for the embedded page at `url` (absolute), titled `title` for screen
/// readers: full width, lazily loaded, sending no more of the host's address than its origin,
/// and allowed to copy links.
pub fn iframe_snippet(url: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{FRAME_HEIGHT}\" loading=\"lazy\" \
         referrerpolicy=\"strict-origin-when-cross-origin\" allow=\"clipboard-write\" \
         style=\"border: 0; max-width: 100%;\"></iframe>",
        attribute(url),
        attribute(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_frames_the_page_with_a_title_lazily_and_a_strict_referrer() {
        let snippet =
            iframe_snippet("https://example.org/timeline/embed/?kind=summit&from=2018", "Korean peace timeline");
        assert!(snippet.starts_with("<iframe src=\"https://example.org/timeline/embed/?kind=summit&amp;from=2018\" "));
        for attribute in [
            "title=\"Korean peace timeline\"",
            "width=\"100%\"",
            "height=\"640\"",
            "loading=\"lazy\"",
            "referrerpolicy=\"strict-origin-when-cross-origin\"",
        ] {
            assert!(snippet.contains(attribute), "{attribute} in {snippet}");
        }
        assert!(snippet.ends_with("></iframe>"));
    }

    #[test]
    fn text_cannot_break_out_of_its_attribute() {
        let snippet = iframe_snippet("https://example.org/?q=\"><script>", "A \"title\" <b>");
        assert!(!snippet.contains("<script>") && !snippet.contains("<b>"));
        assert!(snippet.contains("q=&quot;&gt;&lt;script&gt;"));
        assert_eq!(snippet.matches('"').count() % 2, 0);
    }
}
