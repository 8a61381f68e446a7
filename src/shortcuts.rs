//! Single-key shortcuts. They never fire while the reader types in a field or holds a
//! modifier, so they cannot eat a letter or a browser shortcut. The help dialog lists
//! exactly [`SHORTCUTS`], so the list and the behaviour cannot drift apart.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortcut {
    NextEntry,
    PreviousEntry,
    Search,
    Help,
}

/// Each shortcut with the keys that trigger it, in the help dialog's order.
pub const SHORTCUTS: [(Shortcut, &[&str]); 4] = [
    (Shortcut::NextEntry, &["j", "ArrowDown"]),
    (Shortcut::PreviousEntry, &["k", "ArrowUp"]),
    (Shortcut::Search, &["/"]),
    (Shortcut::Help, &["?"]),
];

/// What a key press asks for. `in_field`: focus is in a text field or other control that
/// takes typing; `modified`: Ctrl, Alt or Meta is held. Arrow keys only move between entries
/// when an entry has focus, so they keep scrolling the page everywhere else.
pub fn shortcut_for(key: &str, in_field: bool, modified: bool, on_entry: bool) -> Option<Shortcut> {
    if in_field || modified {
        return None;
    }
    let (shortcut, _) = SHORTCUTS.iter().find(|(_, keys)| keys.contains(&key))?;
    let arrow = key.starts_with("Arrow");
    (!arrow || on_entry).then_some(*shortcut)
}

/// How a key is written in the help dialog.
pub fn key_label(key: &str) -> &str {
    match key {
        "ArrowDown" => "↓",
        "ArrowUp" => "↑",
        key => key,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_move_between_entries_unless_typing() {
        assert_eq!(shortcut_for("j", false, false, false), Some(Shortcut::NextEntry));
        assert_eq!(shortcut_for("k", false, false, true), Some(Shortcut::PreviousEntry));
        assert_eq!(shortcut_for("j", true, false, false), None);
        assert_eq!(shortcut_for("/", true, false, false), None);
    }

    #[test]
    fn modifiers_and_unknown_keys_are_left_alone() {
        assert_eq!(shortcut_for("k", false, true, true), None);
        assert_eq!(shortcut_for("x", false, false, true), None);
    }

    #[test]
    fn arrows_only_act_on_an_entry() {
        assert_eq!(shortcut_for("ArrowDown", false, false, false), None);
        assert_eq!(shortcut_for("ArrowDown", false, false, true), Some(Shortcut::NextEntry));
    }

    #[test]
    fn help_and_search_have_keys() {
        assert_eq!(shortcut_for("?", false, false, false), Some(Shortcut::Help));
        assert_eq!(shortcut_for("/", false, false, false), Some(Shortcut::Search));
        assert_eq!(key_label("ArrowUp"), "↑");
    }
}
