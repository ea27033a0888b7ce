//! What a question with a character limit says about the answer being typed (GOV.UK's
//! "character count"): the limit before anything is typed, then how many characters are
//! left or how many are too many. The count is the check's own ([`answer_length`]), so
//! the count and the error on "Continue" never disagree.

use crate::i18n::Lang;

/// How many characters an answer has as the form's check counts them: Unicode characters
/// (not bytes), without the spaces at either end, which are not kept.
pub fn answer_length(value: &str) -> usize {
    value.trim().chars().count()
}

/// A count written as each language writes numbers: `2 000` in Finnish and Swedish (a
/// no-break space between thousands), `2,000` in English.
pub fn number_text(n: usize, lang: Lang) -> String {
    let digits = n.to_string();
    let separator = if lang == Lang::En { "," } else { "\u{a0}" };
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

/// The limit, said before anything is typed: "Voit kirjoittaa enintään 2 000 merkkiä."
pub fn limit_text(max: usize, lang: Lang) -> String {
    let n = number_text(max, lang);
    match lang {
        Lang::Fi => format!("Voit kirjoittaa enintään {n} merkkiä."),
        Lang::Sv => format!("Du kan skriva högst {n} tecken."),
        Lang::En => format!("You can enter up to {n} characters."),
    }
}

/// What is left of the limit with `length` characters typed, or how many are too many.
pub fn count_text(length: usize, max: usize, lang: Lang) -> String {
    if length == 0 {
        return limit_text(max, lang);
    }
    let over = length > max;
    let left = max.abs_diff(length);
    let n = number_text(left, lang);
    let one = left == 1;
    match (lang, over) {
        (Lang::Fi, false) if one => "Voit kirjoittaa vielä 1 merkin.".into(),
        (Lang::Fi, false) => format!("Voit kirjoittaa vielä {n} merkkiä."),
        (Lang::Fi, true) if one => "Vastauksessa on 1 merkki liikaa.".into(),
        (Lang::Fi, true) => format!("Vastauksessa on {n} merkkiä liikaa."),
        (Lang::Sv, false) => format!("Du kan skriva {n} tecken till."),
        (Lang::Sv, true) => format!("Svaret har {n} tecken för mycket."),
        (Lang::En, false) if one => "You have 1 character remaining.".into(),
        (Lang::En, false) => format!("You have {n} characters remaining."),
        (Lang::En, true) if one => "You have 1 character too many.".into(),
        (Lang::En, true) => format!("You have {n} characters too many."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang::{En, Fi, Sv};

    #[test]
    fn counts_characters_not_bytes_and_not_the_spaces_at_the_ends() {
        assert_eq!(answer_length(""), 0);
        assert_eq!(answer_length("  \n "), 0);
        assert_eq!(answer_length(" Äijä "), 4);
        assert_eq!(answer_length("Áile Čáhppes"), 12);
        assert_eq!(answer_length("a\nb"), 3);
    }

    #[test]
    fn writes_thousands_as_each_language_does() {
        assert_eq!(number_text(0, Fi), "0");
        assert_eq!(number_text(999, Sv), "999");
        assert_eq!(number_text(1000, Fi), "1\u{a0}000");
        assert_eq!(number_text(2000, Sv), "2\u{a0}000");
        assert_eq!(number_text(2000, En), "2,000");
        assert_eq!(number_text(1_234_567, En), "1,234,567");
    }

    #[test]
    fn says_the_limit_then_what_is_left_then_what_is_too_many() {
        let rows: [(usize, [&str; 3]); 6] = [
            (
                0,
                [
                    "Voit kirjoittaa enintään 2\u{a0}000 merkkiä.",
                    "Du kan skriva högst 2\u{a0}000 tecken.",
                    "You can enter up to 2,000 characters.",
                ],
            ),
            (
                50,
                [
                    "Voit kirjoittaa vielä 1\u{a0}950 merkkiä.",
                    "Du kan skriva 1\u{a0}950 tecken till.",
                    "You have 1,950 characters remaining.",
                ],
            ),
            (
                1999,
                [
                    "Voit kirjoittaa vielä 1 merkin.",
                    "Du kan skriva 1 tecken till.",
                    "You have 1 character remaining.",
                ],
            ),
            (
                2000,
                [
                    "Voit kirjoittaa vielä 0 merkkiä.",
                    "Du kan skriva 0 tecken till.",
                    "You have 0 characters remaining.",
                ],
            ),
            (
                2001,
                [
                    "Vastauksessa on 1 merkki liikaa.",
                    "Svaret har 1 tecken för mycket.",
                    "You have 1 character too many.",
                ],
            ),
            (
                2012,
                [
                    "Vastauksessa on 12 merkkiä liikaa.",
                    "Svaret har 12 tecken för mycket.",
                    "You have 12 characters too many.",
                ],
            ),
        ];
        for (length, [fi, sv, en]) in rows {
            assert_eq!(count_text(length, 2000, Fi), fi, "{length}");
            assert_eq!(count_text(length, 2000, Sv), sv, "{length}");
            assert_eq!(count_text(length, 2000, En), en, "{length}");
        }
    }
}
