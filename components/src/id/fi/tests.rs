use super::*;

fn parse(s: &str) -> Result<Hetu, HetuError> {
    Hetu::parse(s)
}

#[test]
fn accepts_the_textbook_example() {
    let h = parse("131052-308T").expect("valid");
    assert_eq!(h.birth_date(), Date::ymd(1952, 10, 13));
    assert_eq!(h.sex(), Sex::Female);
    assert!(!h.is_temporary());
    assert_eq!(h.to_string(), "131052-308T");
    assert_eq!(h.masked(), "131052-****");
}

#[test]
fn every_century_sign_of_decree_690_2022() {
    for (sign, century) in [
        ('+', 1800),
        ('-', 1900),
        ('Y', 1900),
        ('X', 1900),
        ('W', 1900),
        ('V', 1900),
        ('U', 1900),
        ('A', 2000),
        ('B', 2000),
        ('C', 2000),
        ('D', 2000),
        ('E', 2000),
        ('F', 2000),
    ] {
        let code = format!("131052{sign}308T");
        let h = parse(&code).unwrap_or_else(|e| panic!("{code}: {e:?}"));
        assert_eq!(h.birth_date().year(), century + 52, "{code}");
        assert_eq!(h.to_string(), code);
    }
}

#[test]
fn codes_of_2030_and_later_are_valid() {
    // A popular validator rejects these; they are ordinary codes of people born after 2029.
    let h = parse("280230A101N").expect("born 28.2.2030");
    assert_eq!(h.birth_date(), Date::ymd(2030, 2, 28));
    assert_eq!(h.sex(), Sex::Male);
}

#[test]
fn leap_days_follow_the_century() {
    assert!(parse("290200A1239").is_ok(), "2000 is a leap year");
    assert_eq!(parse("290200-1239"), Err(HetuError::Date), "1900 is not");
    assert!(parse("290296-0025").is_ok());
    assert_eq!(parse("290297-0025"), Err(HetuError::Date));
    assert_eq!(
        parse("310452-308T"),
        Err(HetuError::Date),
        "April has 30 days"
    );
    assert_eq!(parse("001052-308T"), Err(HetuError::Date));
    assert_eq!(parse("131352-308T"), Err(HetuError::Date));
    assert_eq!(parse("1310x2-308T"), Err(HetuError::Date));
}

#[test]
fn individual_numbers() {
    assert_eq!(parse("131052-000T"), Err(HetuError::IndividualNumber));
    assert_eq!(parse("131052-001T"), Err(HetuError::IndividualNumber));
    assert_eq!(parse("131052-3A8T"), Err(HetuError::IndividualNumber));
    let temporary = parse("010594Y9032").expect("temporary codes are valid");
    assert!(temporary.is_temporary());
    assert_eq!(temporary.sex(), Sex::Male);
    let last = parse("311299-998D").expect("998 is valid");
    assert_eq!(last.sex(), Sex::Female);
}

#[test]
fn check_character_error_names_the_expected_one() {
    assert_eq!(
        parse("131052-308U"),
        Err(HetuError::CheckCharacter {
            expected: 'T',
            found: 'U'
        })
    );
    // Letters never used as check characters are still reported with the right one.
    assert_eq!(
        parse("131052-308G"),
        Err(HetuError::CheckCharacter {
            expected: 'T',
            found: 'G'
        })
    );
    let msg = parse("131052-308U")
        .err()
        .map(|e| e.message(Lang::Fi))
        .unwrap_or_default();
    assert!(msg.contains("pitäisi olla T"), "{msg}");
}

#[test]
fn input_is_trimmed_and_case_folded_but_nothing_else() {
    assert_eq!(
        parse("  131052-308t\n").map(|h| h.to_string()),
        Ok("131052-308T".into())
    );
    assert_eq!(
        parse("131052a308t").map(|h| h.to_string()),
        Ok("131052A308T".into())
    );
    assert_eq!(
        parse("131052 -308T"),
        Err(HetuError::InvalidCharacter {
            position: 7,
            found: ' '
        })
    );
    assert_eq!(
        parse("\u{a0}131052-308T"),
        Err(HetuError::InvalidCharacter {
            position: 1,
            found: '\u{a0}'
        })
    );
    assert_eq!(
        parse("131052–308T"),
        Err(HetuError::InvalidCharacter {
            position: 7,
            found: '–'
        })
    );
    assert_eq!(
        parse("１31052-308T"),
        Err(HetuError::InvalidCharacter {
            position: 1,
            found: '１'
        })
    );
    assert_eq!(parse(""), Err(HetuError::Empty));
    assert_eq!(parse("   "), Err(HetuError::Empty));
    assert_eq!(parse("131052-308"), Err(HetuError::Length { found: 10 }));
    assert_eq!(parse("131052-308TT"), Err(HetuError::Length { found: 12 }));
}

#[test]
fn inputs_that_break_other_validators() {
    // One crate panics on the first and accepts the second.
    assert!(parse("131052-+08T").is_err());
    assert!(parse("+11212A345J").is_err());
    assert_eq!(
        parse("131052?308T"),
        Err(HetuError::InvalidCharacter {
            position: 7,
            found: '?'
        })
    );
    assert_eq!(
        parse("131052Z308T"),
        Err(HetuError::CenturySign { found: 'Z' })
    );
}

#[test]
fn every_error_has_a_message_in_every_language() {
    let errors = [
        HetuError::Empty,
        HetuError::InvalidCharacter {
            position: 3,
            found: ' ',
        },
        HetuError::Length { found: 5 },
        HetuError::Date,
        HetuError::CenturySign { found: 'Z' },
        HetuError::IndividualNumber,
        HetuError::CheckCharacter {
            expected: 'T',
            found: 'U',
        },
    ];
    for e in errors {
        let texts: Vec<String> = Lang::ALL.iter().map(|&l| e.message(l)).collect();
        assert!(texts.iter().all(|t| t.len() > 10), "{e:?}");
        assert_ne!(texts[0], texts[1]);
        assert_ne!(texts[1], texts[2]);
    }
}

mod properties {
    use super::super::*;
    use proptest::prelude::*;

    const SIGNS: &[u8] = b"+-YXWVUABCDEF";

    fn century(sign: u8) -> u16 {
        match sign {
            b'+' => 1800,
            b'A'..=b'F' => 2000,
            _ => 1900,
        }
    }

    /// Any valid code: a real date in the sign's century, an individual number 002–999,
    /// and its check character.
    fn valid_code() -> impl Strategy<Value = (String, (u16, u8, u8), u16)> {
        (0..SIGNS.len(), 0u16..100, 1u8..=12, 1u8..=31, 2u16..=999).prop_filter_map(
            "real date",
            |(s, yy, m, d, n)| {
                let sign = SIGNS[s];
                let year = century(sign) + yy;
                (d <= days_in_month(year, m)).then(|| {
                    let number = (u32::from(d) * 10_000 + u32::from(m) * 100 + u32::from(yy))
                        * 1000
                        + u32::from(n);
                    let check = CHECK_CHARS[(number % 31) as usize];
                    (
                        format!(
                            "{d:02}{m:02}{yy:02}{}{n:03}{}",
                            char::from(sign),
                            char::from(check)
                        ),
                        (year, m, d),
                        n,
                    )
                })
            },
        )
    }

    proptest! {
        #[test]
        fn every_valid_code_parses_and_round_trips((code, date, n) in valid_code()) {
            let h = Hetu::parse(&code).map_err(|e| TestCaseError::fail(format!("{code}: {e:?}")))?;
            prop_assert_eq!(h.to_string(), code.clone());
            prop_assert_eq!(h.birth_date().parts(), date);
            prop_assert_eq!(h.is_temporary(), n >= 900);
            prop_assert_eq!(h.sex() == Sex::Male, n % 2 == 1);
            prop_assert_eq!(Hetu::parse(&code.to_lowercase()), Ok(h));
            prop_assert_eq!(h.masked(), format!("{}****", &code[..7]));
        }

        #[test]
        fn one_changed_digit_is_always_caught((code, _, _) in valid_code(), pos in prop::sample::select(vec![0usize, 1, 2, 3, 4, 5, 7, 8, 9]), delta in 1u8..10) {
            let mut bytes = code.into_bytes();
            bytes[pos] = b'0' + (bytes[pos] - b'0' + delta) % 10;
            let changed = String::from_utf8(bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert!(Hetu::parse(&changed).is_err(), "{} was accepted", changed);
        }

        #[test]
        fn no_string_panics(s in ".{0,64}") {
            let _ = Hetu::parse(&s).map(|h| h.masked());
        }

        #[test]
        fn no_bytes_panic(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
            let s = String::from_utf8_lossy(&bytes);
            let _ = Hetu::parse(&s);
            for country in crate::id::Country::ALL {
                let _ = crate::id::parse(country, &s, Date::ymd(2026, 11, 22)).map(|id| id.masked());
            }
        }

        #[test]
        fn neighbours_never_panic_on_their_own_alphabet(s in "[0-9 +-]{0,16}") {
            for country in crate::id::Country::ALL {
                let _ = crate::id::parse(country, &s, Date::ymd(2026, 11, 22)).map(|id| (id.masked(), id.to_string()));
            }
        }
    }
}
