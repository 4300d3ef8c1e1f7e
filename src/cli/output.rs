//! Terminal details: whether stdout is a terminal, its width, highlighting of `**marked**`
//! words, and a stdout that notices when its reader went away (`kommission actions | head`).

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};

pub use kommission::export::for_terminal;

/// Set when a write to stdout failed because the reader closed the pipe.
static READER_GONE: AtomicBool = AtomicBool::new(false);

/// Whether the reader of stdout went away (then the command ends quietly with success).
pub fn reader_gone() -> bool {
    READER_GONE.load(Ordering::SeqCst)
}

/// Locked stdout that remembers a closed pipe (see [`reader_gone`]); every output command
/// writes through it, whatever wraps the error on the way up (CSV, JSON, anyhow).
pub struct Out(std::io::StdoutLock<'static>);

pub fn stdout() -> Out {
    Out(std::io::stdout().lock())
}

impl Out {
    fn note<T>(r: std::io::Result<T>) -> std::io::Result<T> {
        if let Err(e) = &r {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                READER_GONE.store(true, Ordering::SeqCst);
            }
        }
        r
    }
}

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        Self::note(self.0.write(buf))
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Self::note(self.0.flush())
    }
}

/// The width to fit tables into: the terminal's when stdout is one (or `COLUMNS` when the
/// terminal does not say), none when stdout is a file or a pipe (full output).
pub fn table_width() -> Option<usize> {
    if !stdout_is_terminal() {
        return None;
    }
    terminal_size::terminal_size()
        .map(|(w, _)| usize::from(w.0))
        .filter(|w| *w > 0)
        .or_else(|| {
            std::env::var("COLUMNS")
                .ok()
                .and_then(|c| c.trim().parse().ok())
        })
        .or(Some(80))
}

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
