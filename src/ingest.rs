//! Driving the pipeline over folders: walk, hash, extract in parallel, structure, link, index.
