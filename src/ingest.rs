//! Driving the pipeline over folders: walk, hash, extract in parallel, structure, link, index.

/// Version of the extraction and structure pipeline. Bump it when their output changes, so
/// that the next ingest extracts every document again.
pub const PIPELINE_VERSION: u32 = 1;
