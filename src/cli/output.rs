//! Terminal details: whether stdout is a terminal, highlighting of `**marked**` words.

use std::io::IsTerminal;

/// Whether stdout is a terminal (decides the default table format and colours).
pub fn stdout_is_terminal() -> bool {
    std::io::stdout().is_terminal()
}

/// Render `**word**` marks as bold+yellow on a terminal (unless NO_COLOR is set); leave them
/// as they are otherwise, so piped output keeps the marks.
pub fn highlight(snippet: &str) -> String {
    if !stdout_is_terminal() || std::env::var_os("NO_COLOR").is_some() {
        return snippet.to_string();
    }
    let mut out = String::new();
    let mut open = false;
    let mut rest = snippet;
    while let Some(i) = rest.find("**") {
        out.push_str(rest.get(..i).unwrap_or_default());
        out.push_str(if open { "\x1b[0m" } else { "\x1b[1;33m" });
        open = !open;
        rest = rest.get(i + 2..).unwrap_or_default();
    }
    out.push_str(rest);
    if open {
        out.push_str("\x1b[0m");
    }
    out
}
