//! Output of records for people and programs: aligned tables, CSV (RFC 4180, UTF-8, optional
//! `;` delimiter and BOM for spreadsheet programs), JSON and JSONL, with a stable field order.

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// RFC 4180 CSV with a header row.
    Csv,
    /// One JSON array.
    Json,
    /// One JSON object per line.
    Jsonl,
}
