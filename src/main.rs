//! The `kommission` command line: a thin layer over the library (see `src/cli/`).

mod cli;

/// The system allocator, with a kommission message when memory runs out.
#[global_allocator]
static ALLOCATOR: kommission::resources::Reporting = kommission::resources::Reporting;

fn main() -> std::process::ExitCode {
    kommission::resources::adapt_to_limits();
    cli::main()
}
