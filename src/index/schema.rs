//! The index schema and its version.
