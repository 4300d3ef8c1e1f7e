//! All integration tests in one binary: one link instead of one per file keeps the build
//! small and fast (run one group with `cargo test --test it <module>::`).

mod structure_support;
mod support;

mod cli;
mod doc_files;
mod export_formats;
mod export_opensearch;
mod export_pages;
mod export_sqlite;
mod index_store;
mod ingest_cli;
mod links_corpus;
mod ocr_decode;
mod ocr_hyphens;
mod ocr_protocol;
mod ocr_realworld;
mod ocr_retry;
mod pdf_corpus;
mod pdf_features;
mod pdf_producers;
mod pdf_realworld;
mod pdf_words;
mod reliability_archive;
mod reliability_cli;
mod reliability_faults;
mod reliability_fuzz;
mod reliability_generators;
mod reliability_hostile;
mod search_cli;
mod search_corpus;
mod search_pipeline;
mod search_ranking;
mod show_cli;
mod structure_actions;
mod structure_corpus;
mod structure_generated;
mod structure_plan_producers;
mod structure_producers;
mod structure_protocol_diary;
mod structure_protocol_producers;
mod structure_protocols;
mod structure_realworld;
mod structure_relayout;
mod structure_scanned;
mod word_files;
