//! Recommendation references "(2.2.3.3, s. 114)", codes and diary numbers in running text.
