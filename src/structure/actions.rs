//! Numbered actions: the table of contents (number, title, section) and the body (pages, quoted proposals, measure type, responsible, report-back).
