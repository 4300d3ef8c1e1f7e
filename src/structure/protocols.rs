//! Protocol paragraphs (Protokollsutdrag): body, date, time, place, §, title, diary numbers, people, decisions, basis documents.
