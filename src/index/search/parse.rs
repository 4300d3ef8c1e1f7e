//! The query language: a lexer (words, phrases, identifiers, fields, operators) and a
//! recursive-descent parser into an [`Ast`].

use crate::index::IndexError;

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Lexeme {
    /// A word, a phrase, an identifier or a field filter, as the parser takes it.
    Term(Ast),
    And,
    Or,
    Not,
    Open,
    Close,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Lex {
    lexeme: Lexeme,
    /// Character position in the query (0-based).
    pos: usize,
}

impl Lex {
    fn at(lexeme: Lexeme, pos: usize) -> Lex {
        Lex { lexeme, pos }
    }
}

pub(super) const FIELDS: &[&str] = &["doc", "kind", "action", "code"];

pub(super) fn syntax(msg: String) -> IndexError {
    IndexError::Syntax(msg)
}

pub(super) fn lex(query: &str) -> Result<Vec<Lex>, IndexError> {
    let chars: Vec<char> = query.chars().collect();
    // Identifiers (which may hold spaces and punctuation), by the character they start at.
    let char_at: std::collections::HashMap<usize, usize> = query
        .char_indices()
        .enumerate()
        .map(|(ci, (bi, _))| (bi, ci))
        .chain(std::iter::once((query.len(), chars.len())))
        .collect();
    let idents: std::collections::HashMap<usize, (usize, String, String)> =
        crate::index::analyzer::identifiers(query, true)
            .into_iter()
            .filter_map(|id| {
                let from = *char_at.get(&id.from)?;
                let to = *char_at.get(&id.to)?;
                let surface = query.get(id.from..id.to)?.to_string();
                Some((from, (to, id.key, surface)))
            })
            .collect();
    let mut out = Vec::new();
    let mut i = 0;
    let is_break = |c: char| c.is_whitespace() || c == '(' || c == ')' || c == '"';
    while let Some(&c) = chars.get(i) {
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let pos = i;
        if let Some((to, key, surface)) = idents.get(&i) {
            let ident = Ast::Ident(key.clone(), surface.clone());
            out.push(Lex::at(Lexeme::Term(ident), pos));
            i = *to;
            continue;
        }
        match c {
            '(' | ')' => {
                let bracket = if c == '(' {
                    Lexeme::Open
                } else {
                    Lexeme::Close
                };
                out.push(Lex::at(bracket, pos));
                i += 1;
            }
            '"' => {
                let (text, next) = read_phrase(&chars, i)?;
                out.push(Lex::at(Lexeme::Term(Ast::Phrase(text)), pos));
                i = next;
            }
            '-' => {
                if chars
                    .get(i + 1)
                    .is_some_and(|&n| !n.is_whitespace() && n != ')')
                {
                    out.push(Lex::at(Lexeme::Not, pos));
                }
                // A lone '-' (as in "hälso - och") is punctuation.
                i += 1;
            }
            _ => {
                let start = i;
                while chars.get(i).is_some_and(|&c| !is_break(c)) {
                    i += 1;
                }
                let word: String = chars.get(start..i).unwrap_or(&[]).iter().collect();
                let lexeme = match word.as_str() {
                    "AND" | "&&" => Lexeme::And,
                    "OR" | "||" => Lexeme::Or,
                    "NOT" => Lexeme::Not,
                    _ => match word.split_once(':') {
                        Some((name, value)) if FIELDS.contains(&name.to_lowercase().as_str()) => {
                            let name = name.to_lowercase();
                            let value = if !value.is_empty() {
                                value.to_string()
                            } else if chars.get(i) == Some(&'"') {
                                let (text, next) = read_phrase(&chars, i)?;
                                i = next;
                                text
                            } else {
                                return Err(syntax(format!(
                                    "'{name}:' at position {pos} needs a value, e.g. {name}:{}",
                                    field_example(&name)
                                )));
                            };
                            Lexeme::Term(Ast::Field(name, value, pos))
                        }
                        _ => Lexeme::Term(Ast::Word(word)),
                    },
                };
                out.push(Lex::at(lexeme, pos));
            }
        }
    }
    Ok(out)
}

pub(super) fn field_example(name: &str) -> &'static str {
    match name {
        "doc" => "inriktning-2014",
        "kind" => "action",
        "action" => "5",
        _ => "2.2.3.3",
    }
}

/// Read a quoted phrase starting at the quote at `start`; returns the text and the index
/// after the closing quote.
pub(super) fn read_phrase(chars: &[char], start: usize) -> Result<(String, usize), IndexError> {
    let rest = chars.get(start + 1..).unwrap_or(&[]);
    let Some(n) = rest.iter().position(|&c| c == '"') else {
        return Err(syntax(format!(
            "unclosed quote: the phrase starting at position {start} has no closing '\"'"
        )));
    };
    Ok((rest.iter().take(n).collect(), start + n + 2))
}

/// The parsed query.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Ast {
    Word(String),
    Phrase(String),
    /// An identifier: its key and its words as written.
    Ident(String, String),
    Field(String, String, usize),
    Not(Box<Ast>),
    /// `explicit` when written with AND.
    And(Vec<Ast>, bool),
    Or(Vec<Ast>),
}

pub(super) struct Parser {
    lexes: Vec<Lex>,
    i: usize,
    /// Nesting of parentheses and exclusions (bounded, so no query can exhaust the stack).
    depth: usize,
}

/// Deepest nesting of parentheses and '-' a query may have.
pub(super) const MAX_DEPTH: usize = 32;

impl Parser {
    /// The next lexeme and its position.
    fn next(&self) -> Option<(&Lexeme, usize)> {
        self.lexes.get(self.i).map(|l| (&l.lexeme, l.pos))
    }

    fn or_expr(&mut self) -> Result<Ast, IndexError> {
        let mut items = vec![self.and_expr()?];
        while let Some((Lexeme::Or, pos)) = self.next() {
            self.i += 1;
            if self.at_end_of_group() {
                return Err(syntax(format!(
                    "'OR' at position {pos} needs a term after it"
                )));
            }
            items.push(self.and_expr()?);
        }
        Ok(match <[Ast; 1]>::try_from(items) {
            Ok([one]) => one,
            Err(items) => Ast::Or(items),
        })
    }

    fn at_end_of_group(&self) -> bool {
        matches!(self.next(), None | Some((Lexeme::Close, _)))
    }

    fn and_expr(&mut self) -> Result<Ast, IndexError> {
        let mut items = vec![self.unary()?];
        let mut explicit = false;
        loop {
            match self.next() {
                None | Some((Lexeme::Or | Lexeme::Close, _)) => break,
                Some((Lexeme::And, pos)) => {
                    self.i += 1;
                    explicit = true;
                    if self.at_end_of_group()
                        || matches!(self.next(), Some((Lexeme::Or | Lexeme::And, _)))
                    {
                        return Err(syntax(format!(
                            "'AND' at position {pos} needs a term after it"
                        )));
                    }
                    items.push(self.unary()?);
                }
                Some(_) => items.push(self.unary()?),
            }
        }
        Ok(match <[Ast; 1]>::try_from(items) {
            Ok([one]) => one,
            Err(items) => Ast::And(items, explicit),
        })
    }

    fn unary(&mut self) -> Result<Ast, IndexError> {
        let Some(lex) = self.lexes.get(self.i).cloned() else {
            return Err(syntax("the query ends where a term was expected".into()));
        };
        self.i += 1;
        let nests = matches!(lex.lexeme, Lexeme::Not | Lexeme::Open);
        if nests {
            self.depth += 1;
            if self.depth > MAX_DEPTH {
                return Err(syntax(format!(
                    "the query nests too deeply at position {} (at most {MAX_DEPTH} levels)",
                    lex.pos
                )));
            }
        }
        let result = self.unary_inner(lex);
        if nests {
            self.depth = self.depth.saturating_sub(1);
        }
        result
    }

    fn unary_inner(&mut self, lex: Lex) -> Result<Ast, IndexError> {
        match lex.lexeme {
            Lexeme::Not => Ok(Ast::Not(Box::new(self.unary()?))),
            Lexeme::Term(ast) => Ok(ast),
            Lexeme::Open => {
                if self.at_end_of_group() {
                    return Err(syntax(format!("empty parentheses at position {}", lex.pos)));
                }
                let inner = self.or_expr()?;
                match self.next() {
                    Some((Lexeme::Close, _)) => {
                        self.i += 1;
                        Ok(inner)
                    }
                    _ => Err(syntax(format!(
                        "'(' at position {} is never closed",
                        lex.pos
                    ))),
                }
            }
            Lexeme::Close => Err(syntax(format!(
                "')' at position {} has no matching '('",
                lex.pos
            ))),
            Lexeme::And | Lexeme::Or => Err(syntax(format!(
                "'{}' at position {} needs a term before it",
                if lex.lexeme == Lexeme::And {
                    "AND"
                } else {
                    "OR"
                },
                lex.pos
            ))),
        }
    }
}

pub(super) fn parse(query: &str) -> Result<Ast, IndexError> {
    let lexes = lex(query)?;
    if lexes.is_empty() {
        return Err(IndexError::EmptyQuery);
    }
    let mut p = Parser {
        lexes,
        i: 0,
        depth: 0,
    };
    let ast = p.or_expr()?;
    if let Some((_, pos)) = p.next() {
        return Err(syntax(format!("')' at position {pos} has no matching '('")));
    }
    Ok(ast)
}

/// Whether the query has an implicit AND somewhere (so that relaxing it changes something).
pub(super) fn has_implicit_and(ast: &Ast) -> bool {
    match ast {
        Ast::And(items, explicit) => {
            (!explicit && items.iter().filter(|i| !matches!(i, Ast::Not(_))).count() > 1)
                || items.iter().any(has_implicit_and)
        }
        Ast::Or(items) => items.iter().any(has_implicit_and),
        Ast::Not(inner) => has_implicit_and(inner),
        _ => false,
    }
}

/// The phrases of a query that are not excluded.
pub(super) fn phrases(ast: &Ast, out: &mut Vec<String>) {
    match ast {
        Ast::Phrase(p) => out.push(p.clone()),
        Ast::And(items, _) | Ast::Or(items) => items.iter().for_each(|i| phrases(i, out)),
        _ => {}
    }
}

/// The words of a text as query words ("e ticket" of "e-ticket", a phrase's words apart).
pub(super) fn words_of(text: &str) -> Vec<Ast> {
    let words = text.split_whitespace();
    words.map(|w| Ast::Word(w.to_string())).collect()
}

/// How a query item is shown among a partial hit's matched words.
pub(super) fn label(ast: &Ast) -> String {
    match ast {
        Ast::Word(w) => w.clone(),
        Ast::Phrase(p) => format!("\"{p}\""),
        Ast::Ident(_, s) => s.clone(),
        Ast::Field(n, v, _) => format!("{n}:{v}"),
        Ast::Not(inner) => format!("-{}", label(inner)),
        Ast::And(items, _) => items.iter().map(label).collect::<Vec<_>>().join(" "),
        Ast::Or(items) => format!(
            "({})",
            items.iter().map(label).collect::<Vec<_>>().join(" OR ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_logic() {
        let ast = parse("a OR b c -d").unwrap();
        assert_eq!(
            ast,
            Ast::Or(vec![
                Ast::Word("a".into()),
                Ast::And(
                    vec![
                        Ast::Word("b".into()),
                        Ast::Word("c".into()),
                        Ast::Not(Box::new(Ast::Word("d".into())))
                    ],
                    false
                )
            ])
        );
        assert_eq!(
            parse("\"hälso- och sjukvård\" doc:x").unwrap(),
            Ast::And(
                vec![
                    Ast::Phrase("hälso- och sjukvård".into()),
                    Ast::Field("doc".into(), "x".into(), 22)
                ],
                false
            )
        );
        // A hyphenated word is one word; a lone dash is punctuation.
        assert_eq!(
            parse("hälso- och").unwrap(),
            Ast::And(
                vec![Ast::Word("hälso-".into()), Ast::Word("och".into())],
                false
            )
        );
    }

    #[test]
    fn syntax_errors_point_at_the_problem() {
        let msg = |q: &str| match parse(q) {
            Err(IndexError::Syntax(m)) => m,
            other => panic!("{q}: {other:?}"),
        };
        assert!(msg("\"hälso och").contains("position 0"));
        assert!(msg("screening OR").contains("'OR' at position 10"));
        assert!(msg("AND screening").contains("'AND' at position 0"));
        assert!(msg("(a b").contains("'(' at position 0"));
        assert!(msg("a b)").contains("')' at position 3"));
        assert!(msg("doc: x").contains("'doc:' at position 0"));
        assert!(matches!(parse("   "), Err(IndexError::EmptyQuery)));
        assert!(msg(&"(".repeat(100_000)).contains("nests too deeply"));
        assert!(msg(&format!("a {}b", "-".repeat(100_000))).contains("nests too deeply"));
        assert!(parse(&format!("{}a{}", "(".repeat(10), ")".repeat(10))).is_ok());
        // Depth is nesting, not count: many groups side by side are fine.
        assert!(parse(&"(a) -b ".repeat(200)).is_ok());
    }
}
